import { describe, expect, it } from 'vitest';
import { buildTime } from '../../src/lib/notices.ts';
import { pageContext } from '../../src/lib/page-context.ts';
import { articleTrail, breadcrumbs, headLinks, isFallbackCopy, pageMeta, translationsOf } from '../../src/lib/page-meta.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { routeTable, type Route } from '../../src/lib/route-table.ts';
import { buildSite } from '../../src/lib/site.ts';
import { fixture, fixtureFile, shopWith } from '../helpers/content-tree.ts';

const site = buildSite(readContent(fixture('basic')), buildTime());
const routes = routeTable(site);
const find = (locale: string, test: (route: Route) => boolean) => routes.find((route) => route.locale === locale && test(route))!;
const article = (locale: string, slug: string) => find(locale, (r) => r.kind === 'article' && r.slug === slug);
const byId = (locale: string, kind: 'product' | 'license' | 'topic', id: string) => find(locale, (r) => r.kind === kind && r.id === id);

describe('translationsOf: the locales a page really has', () => {
	it('an article: the locales it has a file in', () => {
		expect(translationsOf(site, article('pt', 'install-the-font'))).toEqual(['en', 'pt']);
		expect(translationsOf(site, article('pt', 'open-canva-link'))).toEqual(['en']);
		expect(isFallbackCopy(site, article('pt', 'open-canva-link'))).toBe(true);
		expect(isFallbackCopy(site, article('pt', 'install-the-font'))).toBe(false);
		expect(isFallbackCopy(site, article('en', 'open-canva-link'))).toBe(false);
	});

	it('a product, licence or topic: the locales its YAML has every text in; a plain string is the same in every language', () => {
		// Brush Font's name is in English and Portuguese, its summary one plain string.
		expect(translationsOf(site, byId('pt', 'product', 'brush-font'))).toEqual(['en', 'pt']);
		expect(isFallbackCopy(site, byId('es', 'product', 'brush-font'))).toBe(true);
		expect(translationsOf(site, byId('pt', 'product', 'party-kit'))).toEqual(['en', 'pt', 'es']);
		expect(translationsOf(site, byId('pt', 'topic', 'downloads'))).toEqual(['en', 'pt']);
		expect(translationsOf(site, byId('pt', 'topic', 'editing'))).toEqual(['en', 'pt', 'es']);
		expect(isFallbackCopy(site, byId('es', 'license', 'personal'))).toBe(true);
	});

	it('a text written per language but not in this one makes the page a fallback copy there', () => {
		const yaml = fixtureFile('products/brush-font.yaml').replace(/^summary: .*$/m, 'summary: { en: A handwritten font., es: Una fuente manuscrita. }');
		const other = buildSite(readContent(shopWith({ 'products/brush-font.yaml': yaml })), buildTime());
		const route = routeTable(other).find((r) => r.kind === 'product' && r.id === 'brush-font' && r.locale === 'es')!;
		// The name has no Spanish and the summary no Portuguese: only the original is a translation.
		expect(translationsOf(other, route)).toEqual(['en']);
	});

	it('an interface page (home, indexes, search, notices): every locale with its own UI strings; a redirect: none', () => {
		expect(translationsOf(site, find('es', (r) => r.kind === 'search'))).toEqual(['en', 'pt', 'es']);
		expect(translationsOf(site, find('pt', (r) => r.kind === 'home'))).toEqual(['en', 'pt', 'es']);
		expect(translationsOf(site, find('en', (r) => r.kind === 'redirect'))).toEqual([]);
		expect(isFallbackCopy(site, find('en', (r) => r.kind === 'redirect'))).toBe(false);
		const shop = fixtureFile('shop.yaml').replace('locales: [en, pt, es]', 'locales: [en, pt, es, de]');
		const german = buildSite(readContent(shopWith({ 'shop.yaml': shop })), buildTime());
		const home = routeTable(german).find((r) => r.kind === 'home' && r.locale === 'de')!;
		// No German UI strings, built in or the shop's: its home is the English one at /de/.
		expect(translationsOf(german, home)).toEqual(['en', 'pt', 'es']);
		expect(isFallbackCopy(german, home)).toBe(true);
	});
});

describe('headLinks', () => {
	it('a translation: itself as canonical, every real translation and x-default on the default locale', () => {
		expect(headLinks('/guides/x/', 'pt', 'en', ['en', 'pt'])).toEqual({
			canonical: '/pt/guides/x/',
			alternates: [
				{ hreflang: 'en', address: '/guides/x/' },
				{ hreflang: 'pt', address: '/pt/guides/x/' },
				{ hreflang: 'x-default', address: '/guides/x/' },
			],
		});
	});

	it('a fallback copy: the original as canonical, and no hreflang at all', () => {
		expect(headLinks('/guides/x/', 'es', 'en', ['en', 'pt'])).toEqual({ canonical: '/guides/x/', alternates: [] });
	});
});

describe('breadcrumbs', () => {
	it("Home, the index of the first step, then the trail; an article's trail is its topic", () => {
		const page = pageContext(site, 'pt', '/guides/install-the-font/');
		const trail = articleTrail(page, 'guides', 'downloads');
		expect(trail).toEqual([{ label: 'Downloads', path: '/topics/downloads/' }]);
		expect(breadcrumbs(page, trail)).toEqual([
			{ label: 'Início', path: '/' },
			{ label: 'Temas', path: '/topics/' },
			{ label: 'Downloads', path: '/topics/downloads/' },
		]);
		expect(articleTrail(page, 'pages', undefined)).toEqual([]);
		expect(breadcrumbs(pageContext(site, 'en', '/products/brush-font/'), []).map((c) => c.path)).toEqual(['/', '/products/']);
		expect(breadcrumbs(pageContext(site, 'en', '/search/'), []).map((c) => c.path)).toEqual(['/']);
	});
});

describe('pageMeta', () => {
	it('gives every page a description, in its language', () => {
		for (const route of routes) {
			const meta = pageMeta(pageContext(site, route.locale, route.path), route);
			expect(meta.description.trim(), `${route.locale} ${route.path}`).not.toBe('');
		}
		const pt = (kind: Route['kind']) => pageMeta(pageContext(site, 'pt', '/'), find('pt', (r) => r.kind === kind)).description;
		expect(pt('search')).toMatch(/Pesquise/);
		expect(pt('licenses')).toMatch(/licença/);
		// The basic shop has no tagline and its topic Editing no description: UI strings stand in.
		expect(pt('home')).toMatch(/comprou em/);
		expect(pageMeta(pageContext(site, 'en', '/topics/editing/'), byId('en', 'topic', 'editing')).description).toBe('Editing: guides and fixes from the help centre.');
	});
});
