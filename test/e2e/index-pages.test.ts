// The index pages (/products/, /topics/, /guides/, /help/ in every language), the 404 in the
// buyer's language, and a product's short link at phone width, in Chromium against the example
// shop as built.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { pick } from '../../src/lib/localized.ts';
import { autonym } from '../../src/lib/page-context.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { localize, paths } from '../../src/lib/routes.ts';
import { buildSite } from '../../src/lib/site.ts';
import { projectRoot } from '../helpers/build.ts';
import { describeInChromium, launchBrowser, serveStatic, watchProblems } from '../helpers/browser.ts';

const dist = inject('exampleSite');
const site = buildSite(readContent(projectRoot), new Date());
const { locales, defaultLocale } = site;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

async function phonePage(width = 390): Promise<Page & { problems: string[] }> {
	const page = await browser.newPage({ viewport: { width, height: 800 } });
	return Object.assign(page, { problems: watchProblems(page, server.url) });
}

/** The links inside `main`, as paths. */
const mainLinks = (page: Page) => page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
const crumbs = (page: Page) => page.locator('.breadcrumbs li').allTextContents();

/**
 * A 404 page's problems, less Chromium's console line for the page's own 404 status; any other
 * answer of 400 or more (a stylesheet or script the page could not load) is kept.
 */
function notFoundProblems(page: Page & { problems: string[] }, failed: string[]): string[] {
	return [...page.problems.filter((problem) => !problem.endsWith('console error: Failed to load resource: the server responded with a status of 404 (Not Found)')), ...failed];
}

/** Subresources (not the page itself) answered with 400 or more. */
function failedLoads(page: Page): string[] {
	const failed: string[] = [];
	page.on('response', (response) => {
		if (response.status() >= 400 && response.request().resourceType() !== 'document') failed.push(`${response.url()}: ${response.status()}`);
	});
	return failed;
}

async function axeViolations(page: Page): Promise<string[]> {
	await page.evaluate(axeSource);
	const result = (await page.evaluate(() =>
		(window as unknown as { axe: { run(ctx: Document, o: object): Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
	)) as { violations: { id: string; nodes: { target: string[] }[] }[] };
	return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describeInChromium('index pages, the 404 and short links in Chromium', () => {
	beforeAll(async () => {
		server = await serveStatic(dist);
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it.each(locales)('lists every product, topic, guide and troubleshooting entry in %s', async (locale) => {
		const page = await phonePage();
		const href = (path: string) => localize(path, locale, defaultLocale);
		const expected: [string, string[]][] = [
			[paths.products(), site.products().map((p) => href(paths.product(p.id)))],
			[paths.topics(), Object.keys(site.content.shop.categories).map((id) => href(paths.topic(id)))],
			[paths.articles('guides'), site.slugs('guides').map((slug) => href(paths.article('guides', slug)))],
			[paths.articles('troubleshooting'), site.slugs('troubleshooting').map((slug) => href(paths.article('troubleshooting', slug)))],
		];
		for (const [path, items] of expected) {
			const response = await page.goto(server.url + href(path));
			expect(response?.status(), href(path)).toBe(200);
			expect(await page.locator('html').getAttribute('lang')).toBe(locale);
			const links = await mainLinks(page);
			expect(items.filter((item) => !links.includes(item)), href(path)).toEqual([]);
			expect(await page.locator('h1').count()).toBe(1);
			// Hreflang alternates like every other listed page, one per locale and x-default.
			expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(locales.length + 1);
		}
		expect(page.problems).toEqual([]);
		await page.close();
	});

	it('groups the guides by topic in the shop order and marks a title not yet translated with its language', async () => {
		const page = await phonePage();
		await page.goto(`${server.url}/pt/guides/`);
		const headings = await page.locator('main h2:not(#help-card-title)').allTextContents();
		const ordered = Object.values(site.content.shop.categories).sort((a, b) => a.order - b.order).map((c) => pick(c.name, 'pt', defaultLocale));
		expect(headings).toEqual(ordered.filter((name) => headings.includes(name)));
		expect(headings.length).toBeGreaterThan(3);
		const untranslated = site.slugs('guides').find((slug) => site.get('guides', slug, 'pt').fallback)!;
		expect(await page.locator(`main a[href="/pt/guides/${untranslated}/"]`).getAttribute('lang')).toBe(defaultLocale);
		const translated = site.slugs('guides').find((slug) => !site.get('guides', slug, 'pt').fallback)!;
		expect(await page.locator(`main a[href="/pt/guides/${translated}/"]`).getAttribute('lang')).toBeNull();
		await page.close();
	});

	it('shows each topic with its description and number of articles', async () => {
		const page = await phonePage();
		await page.goto(`${server.url}/topics/`);
		const printing = page.locator('main a[href="/topics/printing/"]');
		expect(await printing.textContent()).toContain(`${site.forCategory('printing', 'en').length} articles`);
		await page.close();
	});

	it('leads breadcrumbs through the index: Home › Topics › Printing on an article, Home › Products on a product', async () => {
		const page = await phonePage();
		const article = site.forCategory('printing', 'en').find(({ article }) => article.folder === 'guides')!.article;
		await page.goto(`${server.url}${paths.article('guides', article.slug)}`);
		expect(await crumbs(page)).toEqual(['Home', 'Topics', 'Printing']);
		expect(await page.locator('.breadcrumbs a').nth(1).getAttribute('href')).toBe('/topics/');
		await page.goto(`${server.url}/pt/products/canva-wedding-suite/`);
		expect(await crumbs(page)).toEqual(['Início', 'Produtos']);
		expect(await page.locator('.breadcrumbs a').nth(1).getAttribute('href')).toBe('/pt/products/');
		await page.goto(`${server.url}/topics/printing/`);
		expect(await crumbs(page)).toEqual(['Home', 'Topics']);
		await page.goto(`${server.url}/products/`);
		expect(await crumbs(page)).toEqual(['Home']);
		await page.close();
	});

	it('links every index from the footer, in the page language', async () => {
		const page = await phonePage();
		await page.goto(`${server.url}/fr/licenses/`);
		const footer = await page.locator('footer a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(footer).toEqual(expect.arrayContaining(['/fr/topics/', '/fr/products/', '/fr/guides/', '/fr/help/']));
		await page.close();
	});

	it('puts the indexes in the sitemap and leaves every 404 out', () => {
		const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
		for (const locale of locales) for (const path of ['/products/', '/topics/', '/guides/', '/help/']) expect(sitemap).toContain(`${localize(path, locale, defaultLocale)}</loc>`);
		expect(sitemap).not.toContain('/404');
	});

	it('answers a missing address under /pt/ with the Portuguese 404: one search box and the common problems', async () => {
		const page = await phonePage();
		const failed = failedLoads(page);
		const response = await page.goto(`${server.url}/pt/nothing-here/`);
		expect(response?.status()).toBe(404);
		expect(await page.locator('html').getAttribute('lang')).toBe('pt');
		expect(await page.locator('h1').textContent()).toBe('Página não encontrada');
		expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
		expect(await page.locator('form[role="search"]').count()).toBe(1);
		expect(await page.locator('form[role="search"]').getAttribute('action')).toBe('/pt/search/');
		const popular = site.commonProblems('pt').slice(0, 6);
		const section = page.locator('section[aria-labelledby="not-found-popular"]');
		expect(await section.locator('h2').textContent()).toBe('Problemas frequentes');
		expect(await section.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(popular.map(({ article }) => `/pt/help/${article.slug}/`));
		expect(await section.locator('a').allTextContents()).toEqual(popular.map(({ article }) => article.data.title));
		// Deeper addresses get the same page, its links still root-relative.
		expect((await page.goto(`${server.url}/pt/guides/no/such/page/`))?.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('Página não encontrada');
		expect(await axeViolations(page)).toEqual([]);
		expect(notFoundProblems(page, failed)).toEqual([]);
		await page.close();
	});

	it('answers an address in no language folder with the root 404, in the default language, with every language home', async () => {
		const page = await phonePage();
		const failed = failedLoads(page);
		const response = await page.goto(`${server.url}/nothing-here/`);
		expect(response?.status()).toBe(404);
		expect(await page.locator('html').getAttribute('lang')).toBe(defaultLocale);
		expect(await page.locator('form[role="search"]').count()).toBe(1);
		expect(await page.locator('section[aria-labelledby="not-found-popular"] a').count()).toBe(Math.min(6, site.slugs('troubleshooting').length));
		const languages = page.locator('.not-found-languages a');
		expect(await languages.allTextContents()).toEqual(locales.map((locale) => autonym(locale)));
		expect(await languages.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('lang')]))).toEqual(locales.map((locale) => [localize('/', locale, defaultLocale), locale]));
		expect(await axeViolations(page)).toEqual([]);
		expect(notFoundProblems(page, failed)).toEqual([]);
		await page.close();
	});

	it('breaks a code longer than the whole line inside itself rather than widen a 360 px page', async () => {
		const page = await phonePage(360);
		await page.goto(`${server.url}/products/canva-wedding-suite/`);
		// A seller's code can be one long word (a German product name): put one in its place.
		const measured = await page.locator('code.short-link').evaluate((code) => {
			const spans = [...code.querySelectorAll('span')];
			spans.at(-1)!.textContent = 'blumenwiesenkreuzstichmustersammlungsausgabe/';
			return { page: document.documentElement.scrollWidth, right: code.getBoundingClientRect().right, first: spans[0]!.getClientRects().length };
		});
		expect(measured.page).toBeLessThanOrEqual(360);
		expect(measured.right).toBeLessThanOrEqual(360);
		expect(measured.first).toBe(1);
		await page.close();
	});

	it.each([360, 390])('keeps every short link inside a %i px screen, wrapped only after a slash', async (width) => {
		const page = await phonePage(width);
		for (const product of site.products()) {
			await page.goto(`${server.url}/products/${product.id}/`);
			const measured = await page.locator('code.short-link').evaluate((code) => {
				const parts = [...code.querySelectorAll('span')].map((span) => {
					const range = document.createRange();
					range.selectNodeContents(span);
					// One box per line the part is on: more than one means it was split.
					const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
					return { text: span.textContent, lines: lines.size };
				});
				return { right: code.getBoundingClientRect().right, text: code.textContent, parts, page: document.documentElement.scrollWidth };
			});
			expect(measured.text).toBe(`${site.content.shop.url.replace(/\/$/, '')}/go/${product.shortCode}/`);
			expect(measured.parts.map((part) => part.text).join('')).toBe(measured.text);
			expect(measured.parts.length).toBeGreaterThanOrEqual(4);
			expect(measured.parts.filter((part) => part.lines !== 1), product.id).toEqual([]);
			expect(measured.right).toBeLessThanOrEqual(width);
			expect(measured.page).toBeLessThanOrEqual(width);
		}
		expect(page.problems).toEqual([]);
		await page.close();
	});
});
