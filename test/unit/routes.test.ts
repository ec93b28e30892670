import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/read-content.ts';
import { pageCardFor, routeTable, unlistedPaths } from '../../src/lib/route-table.ts';
import { delocalize, indexFor, indexPages, isPageLink, localize, normalizeInternalHref, paths } from '../../src/lib/routes.ts';
import { buildSite } from '../../src/lib/site.ts';
import { fixture } from '../helpers/content-tree.ts';

describe('localize and delocalize', () => {
	it.each([
		['/guides/x/', 'en', '/guides/x/'],
		['/guides/x/', 'pt', '/pt/guides/x/'],
		['/', 'pt', '/pt/'],
	])('%s in %s is %s', (path, locale, expected) => {
		expect(localize(path, locale, 'en')).toBe(expected);
		expect(delocalize(expected, ['en', 'pt'])).toEqual({ locale, path });
	});

	it('does not mistake a section for a locale', () => {
		expect(delocalize('/policies/refunds/', ['en', 'pt'])).toEqual({ locale: 'en', path: '/policies/refunds/' });
		expect(delocalize('/en/guides/x/', ['en', 'pt'])).toEqual({ locale: 'en', path: '/en/guides/x/' });
	});
});

describe('internal links', () => {
	it.each([
		['/guides/x', '/guides/x/', ''],
		['/guides/x/#step-2', '/guides/x/', '#step-2'],
		['/search/?q=zip', '/search/', '?q=zip'],
		['/files/guide.pdf', '/files/guide.pdf', ''],
	])('normalises %s', (href, path, suffix) => {
		expect(normalizeInternalHref(href)).toEqual({ path, suffix });
	});

	it('treats only root-relative page links as pages', () => {
		expect(isPageLink('/help/x/')).toBe(true);
		expect(isPageLink('/files/guide.pdf')).toBe(false);
		expect(isPageLink('https://www.etsy.com/')).toBe(false);
		expect(isPageLink('//cdn.example.com/x')).toBe(false);
		expect(isPageLink('#fix')).toBe(false);
	});

	it('builds the paths every page uses', () => {
		expect(paths.article('troubleshooting', 'zip')).toBe('/help/zip/');
		expect(paths.article('pages', 'refunds')).toBe('/policies/refunds/');
		expect(paths.shortLink('planner')).toBe('/go/planner/');
		expect([paths.products(), paths.topics(), paths.articles('guides'), paths.articles('troubleshooting')]).toEqual(['/products/', '/topics/', '/guides/', '/help/']);
	});
});

describe('index pages', () => {
	const site = buildSite(readContent(fixture('basic')), new Date('2026-11-25T00:00:00Z'));
	const routes = routeTable(site);

	it('are in the route table in every locale, listed for search engines', () => {
		const indexes = routes.filter((r) => r.kind === 'products' || r.kind === 'topics' || r.kind === 'articles');
		expect(indexes.map((r) => `${r.locale}:${r.path}`).sort()).toEqual(
			site.locales.flatMap((locale) => indexPages.map((index) => `${locale}:${index.path}`)).sort(),
		);
		const unlisted = unlistedPaths(routes, site.defaultLocale);
		for (const route of indexes) expect(unlisted.has(localize(route.path, route.locale, site.defaultLocale))).toBe(false);
	});

	it('each have a link preview of their own, beside the folder of their items\' previews', () => {
		const cards = routes.filter((r) => r.kind === 'products' || r.kind === 'articles').map((r) => pageCardFor(r, site));
		expect(cards).toEqual(expect.arrayContaining(['/og/products.png', '/og/guides.png', '/og/help.png', '/og/pt/products.png', '/og/pt/help.png']));
		expect(routes.some((r) => r.kind === 'topics' && pageCardFor(r, site) === '/og/pt/topics.png')).toBe(true);
	});

	it('include the licence chooser in every locale, listed, with a link preview of its own', () => {
		const chooser = routes.filter((r) => r.kind === 'licenseChooser');
		expect(chooser.map((r) => `${r.locale}:${r.path}`)).toEqual(site.locales.map((locale) => `${locale}:/licenses/choose/`));
		const unlisted = unlistedPaths(routes, site.defaultLocale);
		for (const route of chooser) expect(unlisted.has(localize(route.path, route.locale, site.defaultLocale))).toBe(false);
		expect(chooser.map((r) => pageCardFor(r, site))).toEqual(site.locales.map((locale) => (locale === site.defaultLocale ? '/og/licenses/choose.png' : `/og/${locale}/licenses/choose.png`)));
	});

	it('start the breadcrumb trail of a product or a topic, and of an article through its topic', () => {
		expect(indexFor('/products/brush-font/')?.path).toBe('/products/');
		expect(indexFor('/topics/printing/')).toEqual({ path: '/topics/', label: 'nav.topics' });
		expect(indexFor('/products/')).toBeUndefined();
		expect(indexFor('/topics/')).toBeUndefined();
		expect(indexFor('/')).toBeUndefined();
		expect(indexFor('/guides/x/')).toBeUndefined();
		expect(indexFor('/licenses/')).toBeUndefined();
		expect(indexFor('/policies/refunds/')).toBeUndefined();
	});
});
