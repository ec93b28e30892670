// The example shop as a search engine reads it: one meta description per page, each page's
// canonical and hreflang links against the sitemap (a fallback copy, the default language's text
// at /pt/…, points at its original and is not listed; a real translation is both), the 404s kept
// out, and the JSON-LD of articles and product hubs parsed and checked for the properties Google
// documents. In Chromium, a page with JSON-LD logs no Content-Security-Policy violation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isFallbackCopy, translationsOf } from '../../src/lib/page-meta.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { isListed, routeTable, type Route } from '../../src/lib/route-table.ts';
import { localize, paths } from '../../src/lib/routes.ts';
import { buildSite, type Site } from '../../src/lib/site.ts';
import { describeInChromium, launchBrowser, serveStatic, watchProblems } from '../helpers/browser.ts';
import { FIXED_EPOCH, fileForPath, listFiles, projectRoot, readPage } from '../helpers/build.ts';

type Element = DefaultTreeAdapterMap['element'];
type Json = { [key: string]: unknown };

let dist: string;
let site: Site;
let routes: Route[];
let origin: string;
let sitemap: Set<string>;

/** Every element of a page (or inside one element), in document order. */
function elements(html: string | Element): Element[] {
	const found: Element[] = [];
	const walk = (node: DefaultTreeAdapterMap['parentNode']) => {
		for (const child of node.childNodes) {
			if (!('tagName' in child)) continue;
			found.push(child);
			walk(child);
		}
	};
	walk(typeof html === 'string' ? parse(html) : html);
	return found;
}
const attribute = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const textOf = (node: DefaultTreeAdapterMap['childNode']): string =>
	node.nodeName === '#text' ? (node as DefaultTreeAdapterMap['textNode']).value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';

/** The `<loc>`s of every sitemap the index names (the sitemap protocol's XML, read element by element). */
function readSitemap(): Set<string> {
	const locs = (xml: string) => elements(xml).filter((e) => e.tagName === 'loc').map((e) => textOf(e).trim());
	const index = locs(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8'));
	expect(index.length).toBeGreaterThan(0);
	return new Set(index.flatMap((url) => locs(readFileSync(fileForPath(dist, new URL(url).pathname)!, 'utf8'))));
}

/** Each JSON-LD block of a page, parsed. */
function jsonLd(html: string): Json[] {
	return elements(html)
		.filter((e) => e.tagName === 'script' && attribute(e, 'type') === 'application/ld+json')
		.map((e) => JSON.parse(textOf(e)) as Json);
}
/** The page's items (its one block's `@graph`), by type. */
function items(html: string): Map<string, Json> {
	const blocks = jsonLd(html);
	expect(blocks).toHaveLength(1);
	expect(blocks[0]!['@context']).toBe('https://schema.org');
	const found = new Map<string, Json>();
	for (const item of blocks[0]!['@graph'] as Json[]) for (const type of [item['@type']].flat() as string[]) found.set(type, item);
	return found;
}

const addressOf = (route: Route) => localize(route.path, route.locale, site.defaultLocale);
const full = (address: string) => origin + address;
const isFullUrl = (value: unknown) => typeof value === 'string' && value.startsWith(`${origin}/`);

beforeAll(() => {
	dist = inject('exampleSite');
	site = buildSite(readContent(projectRoot), new Date(Number(FIXED_EPOCH) * 1000));
	routes = routeTable(site);
	origin = site.content.shop.url.replace(/\/$/, '');
	sitemap = readSitemap();
});

describe('meta descriptions and the 404s', () => {
	it('every page has one meta description with words in it', () => {
		const pages = listFiles(dist).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
		expect(pages.length).toBeGreaterThan(300);
		const lacking = pages.filter((file) => {
			const metas = elements(readFileSync(join(dist, file), 'utf8')).filter((e) => e.tagName === 'meta' && attribute(e, 'name') === 'description');
			return metas.length !== 1 || !attribute(metas[0]!, 'content')?.trim();
		});
		expect(lacking).toEqual([]);
	});

	it('each language has its 404, noindex and not in the sitemap', () => {
		for (const locale of site.locales) {
			const file = locale === site.defaultLocale ? '404.html' : `${locale}/404.html`;
			const head = elements(readFileSync(join(dist, file), 'utf8'));
			expect(head.some((e) => e.tagName === 'meta' && attribute(e, 'name') === 'robots' && attribute(e, 'content') === 'noindex'), file).toBe(true);
			expect(head.some((e) => e.tagName === 'link' && attribute(e, 'rel') === 'canonical'), file).toBe(false);
		}
		expect([...sitemap].filter((url) => url.includes('404'))).toEqual([]);
	});
});

describe('canonical, hreflang and the sitemap', () => {
	const links = (html: string) => {
		const head = elements(html).filter((e) => e.tagName === 'link');
		return {
			canonical: head.filter((e) => attribute(e, 'rel') === 'canonical').map((e) => attribute(e, 'href')),
			hreflang: head.filter((e) => attribute(e, 'rel') === 'alternate' && attribute(e, 'hreflang')).map((e) => [attribute(e, 'hreflang'), attribute(e, 'href')]),
		};
	};

	it('the example shop has fallback copies and translations of articles to check', () => {
		const articles = routes.filter((r) => r.kind === 'article' && r.locale !== site.defaultLocale);
		expect(articles.filter((r) => isFallbackCopy(site, r)).length).toBeGreaterThan(10);
		expect(articles.filter((r) => !isFallbackCopy(site, r)).length).toBeGreaterThan(10);
	});

	it('a fallback copy names its original as canonical, has no hreflang and is not in the sitemap', () => {
		const copies = routes.filter((r) => isListed(r) && isFallbackCopy(site, r));
		for (const route of copies) {
			const { canonical, hreflang } = links(readPage(dist, addressOf(route)));
			expect(canonical, addressOf(route)).toEqual([full(route.path)]);
			expect(hreflang, addressOf(route)).toEqual([]);
			expect(sitemap.has(full(addressOf(route))), addressOf(route)).toBe(false);
		}
		// The FAQ is written in English only: /pt/policies/faq/ is a copy of /policies/faq/.
		expect(copies.map(addressOf)).toContain('/pt/policies/faq/');
	});

	it('a real translation names itself, lists only the real translations with x-default on the original, and is in the sitemap', () => {
		for (const route of routes.filter((r) => isListed(r) && !isFallbackCopy(site, r))) {
			const address = addressOf(route);
			const { canonical, hreflang } = links(readPage(dist, address));
			expect(canonical, address).toEqual([full(address)]);
			const expected = [...translationsOf(site, route).map((locale) => [locale, full(localize(route.path, locale, site.defaultLocale))]), ['x-default', full(route.path)]];
			expect(hreflang, address).toEqual(expected);
			expect(sitemap.has(full(address)), address).toBe(true);
		}
		const refunds = links(readPage(dist, '/pt/policies/refunds/'));
		expect(refunds.hreflang.map(([locale]) => locale)).toEqual([...site.translations('pages', 'refunds'), 'x-default']);
		expect(links(readPage(dist, '/policies/faq/')).hreflang.map(([locale]) => locale)).toEqual(['en', 'x-default']);
	});

	it('the sitemap lists nothing but listed, translated pages', () => {
		const expected = new Set(routes.filter((r) => isListed(r) && !isFallbackCopy(site, r)).map((r) => full(addressOf(r))));
		expect([...sitemap].filter((url) => !expected.has(url))).toEqual([]);
	});

	it('robots.txt names the sitemap index', () => {
		const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
		expect(robots).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
	});
});

describe('JSON-LD', () => {
	// A fallback copy carries none (checked below): its canonical is the original's.
	const articleRoutes = () => routes.filter((r): r is Extract<Route, { kind: 'article' }> => r.kind === 'article' && !isFallbackCopy(site, r));

	it('a fallback copy has no JSON-LD: items naming its own /pt/… address would contradict its canonical', () => {
		const copies = routes.filter((r) => (r.kind === 'article' || r.kind === 'product') && isFallbackCopy(site, r));
		expect(copies.length).toBeGreaterThan(10);
		for (const route of copies) expect(jsonLd(readPage(dist, addressOf(route))), addressOf(route)).toEqual([]);
		expect(copies.map(addressOf)).toContain('/pt/policies/faq/');
	});

	it('every article has a BreadcrumbList: the visible breadcrumbs then the page, numbered from 1, each a full address', () => {
		for (const route of articleRoutes()) {
			const html = readPage(dist, addressOf(route));
			const list = items(html).get('BreadcrumbList')!;
			const steps = list.itemListElement as Json[];
			expect(steps.map((s) => s.position)).toEqual(steps.map((_, i) => i + 1));
			for (const step of steps) {
				expect(step['@type']).toBe('ListItem');
				expect(typeof step.name === 'string' && step.name.trim() !== '').toBe(true);
				expect(isFullUrl(step.item), `${addressOf(route)}: ${String(step.item)}`).toBe(true);
				expect(fileForPath(dist, new URL(step.item as string).pathname), String(step.item)).toBeDefined();
			}
			// The same trail as the page shows: its breadcrumb links, then its own title.
			const nav = elements(html).find((e) => e.tagName === 'nav' && attribute(e, 'class') === 'breadcrumbs')!;
			const visible = elements(nav).filter((e) => e.tagName === 'a').map((a) => [textOf(a), origin + attribute(a, 'href')]);
			const title = site.get(route.folder, route.slug, route.locale).article.data.title;
			expect(steps.map((s) => [s.name, s.item])).toEqual([...visible, [title, full(addressOf(route))]]);
		}
	});

	it('the FAQ page has an FAQPage: each question with its answer', () => {
		const faq = items(readPage(dist, '/policies/faq/')).get('FAQPage')!;
		const questions = faq.mainEntity as Json[];
		expect(questions).toHaveLength(10);
		for (const question of questions) {
			expect(question['@type']).toBe('Question');
			expect(String(question.name).trim()).not.toBe('');
			expect((question.acceptedAnswer as Json)['@type']).toBe('Answer');
			expect(String((question.acceptedAnswer as Json).text).trim()).not.toBe('');
		}
		expect(questions[0]).toMatchObject({ name: 'Will anything be posted to me?', acceptedAnswer: { text: expect.stringMatching(/^No\. Everything we sell is digital/) } });
		expect(items(readPage(dist, '/policies/refunds/')).has('FAQPage')).toBe(false);
	});

	it('a guide with numbered steps has a HowTo with a name and the text of each step; other articles have none', () => {
		let withSteps = 0;
		for (const route of articleRoutes()) {
			const how = items(readPage(dist, addressOf(route))).get('HowTo');
			const written = site.get(route.folder, route.slug, route.locale).article;
			const numbered = /^1\. /m.test(written.body);
			expect(Boolean(how), addressOf(route)).toBe(route.folder === 'guides' && numbered);
			if (!how) continue;
			withSteps++;
			expect(how.name).toBe(written.data.title);
			const steps = (how.step as Json[]).flatMap((s) => (s['@type'] === 'HowToSection' ? (s.itemListElement as Json[]) : [s]));
			expect(steps.length).toBeGreaterThan(0);
			for (const step of steps) {
				expect(step['@type']).toBe('HowToStep');
				expect(String(step.text).trim()).not.toBe('');
			}
		}
		expect(withSteps).toBeGreaterThan(20);
		const canva = items(readPage(dist, '/guides/open-a-canva-template/')).get('HowTo')!;
		expect((canva.step as Json[]).map((s) => s['@type'])).toEqual(Array(6).fill('HowToStep'));
		const cricut = items(readPage(dist, '/guides/import-svg-into-cricut-design-space/')).get('HowTo')!;
		expect((cricut.step as Json[]).map((s) => s.name)).toEqual(['On a computer', 'On an iPhone, iPad or Android phone', 'Set the size', 'Cut it']);
	});

	it('a product hub has a CreativeWork (no Product: Google refuses one without offers or reviews) with its name, description, language, publisher, own picture and licence pages', () => {
		let pictured = 0;
		for (const route of routes.filter((r): r is Route & { kind: 'product'; id: string } => r.kind === 'product' && !isFallbackCopy(site, r))) {
			const found = items(readPage(dist, addressOf(route)));
			expect(found.has('Product'), addressOf(route)).toBe(false);
			const product = found.get('CreativeWork')!;
			expect(found.has('BreadcrumbList')).toBe(true);
			const entry = site.content.products.get(route.id)!;
			expect(String(product.name).trim()).not.toBe('');
			expect(String(product.description).trim()).not.toBe('');
			expect(product.url).toBe(full(addressOf(route)));
			expect(product.inLanguage).toBe(route.locale);
			expect(product.publisher).toEqual({ '@type': 'Organization', name: site.content.shop.name });
			// The product's own picture, built by Astro; never the preview card, which has words on it.
			if (site.content.pictures.products.has(route.id)) {
				pictured++;
				expect(isFullUrl(product.image)).toBe(true);
				expect(new URL(product.image as string).pathname, route.id).toMatch(/^\/_astro\//);
				expect(fileForPath(dist, new URL(product.image as string).pathname), String(product.image)).toBeDefined();
			} else expect(product, route.id).not.toHaveProperty('image');
			const licences = (product.license as Json[] | undefined) ?? [];
			expect(licences.length, route.id).toBe(site.reach(route.id).licenses.length);
			for (const licence of licences) {
				expect(licence['@type']).toBe('CreativeWork');
				expect(fileForPath(dist, new URL(licence.url as string).pathname), String(licence.url)).toBeDefined();
			}
			if (route.locale === site.defaultLocale) expect(product.name).toBe(typeof entry.name === 'string' ? entry.name : entry.name[site.defaultLocale]);
		}
		expect(pictured).toBeGreaterThan(0);
		const hub = items(readPage(dist, '/pt/products/botanical-svg-bundle/')).get('CreativeWork')!;
		expect((hub.license as Json[]).map((l) => l.url)).toContain(`${origin}/pt/licenses/commercial/`);
	});

	it('pages with nothing to describe carry no JSON-LD', () => {
		for (const address of ['/', paths.search(), paths.topic(Object.keys(site.content.shop.categories)[0]!)]) expect(jsonLd(readPage(dist, address)), address).toEqual([]);
	});

	it('no block can end its script early: the JSON holds no `<`', () => {
		for (const route of articleRoutes()) {
			const html = readPage(dist, addressOf(route));
			const raw = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
			expect(raw.includes('<'), addressOf(route)).toBe(false);
		}
	});
});

describeInChromium('JSON-LD under the Content-Security-Policy', () => {
	let browser: Browser;
	let server: Awaited<ReturnType<typeof serveStatic>>;
	beforeAll(async () => {
		browser = await launchBrowser();
		server = await serveStatic(dist);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it('an article, the FAQ and a product hub load with no CSP violation or console error', async () => {
		const page = await browser.newPage();
		const problems = watchProblems(page, server.url);
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
		});
		for (const address of ['/guides/open-a-canva-template/', '/pt/guides/find-your-etsy-download/', '/policies/faq/', '/products/botanical-svg-bundle/']) {
			await page.goto(server.url + address);
			await page.waitForLoadState('load');
			expect(await page.locator('script[type="application/ld+json"]').count(), address).toBe(1);
			// The page's own scripts ran, so a blocked one would have been reported by now.
			expect(await page.evaluate(() => document.readyState)).toBe('complete');
		}
		expect(problems).toEqual([]);
		await page.close();
	});
});
