// A help centre published as a GitHub Pages project site, in Chromium: the sub-path fixture shop
// (url https://example.github.io/shop-help/) served only under /shop-help/, as GitHub Pages serves
// it, with nothing at the server's root. A buyer searches, follows printed short links and
// switches language; every request must stay under /shop-help/ and find its file.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildShop, testOutput } from '../helpers/build.ts';
import { fixture } from '../helpers/content-tree.ts';
import { describeInChromium, launchBrowser, serveStatic, watchProblems } from '../helpers/browser.ts';

const BASE = '/shop-help/';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let site: string;

/**
 * A phone-sized page whose `problems` list every request outside /shop-help/, every answer of 400
 * or more (but for the documents named in `expectMisses`), any console error and any page error.
 */
async function phonePage(expectMisses: string[] = []): Promise<Page & { problems: string[] }> {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	const problems = watchProblems(page, server.url);
	page.on('request', (request) => {
		if (!request.url().startsWith('data:') && !request.url().startsWith(site)) problems.push(`${page.url()} requested ${request.url()}, outside ${BASE}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400 && !expectMisses.includes(response.url())) problems.push(`${page.url()}: ${response.url()} answered ${response.status()}`);
	});
	return Object.assign(page, { problems });
}

describeInChromium('a help centre hosted under a sub-path, in Chromium', () => {
	beforeAll(async () => {
		const build = buildShop(join(fixture('sub-path'), 'content'), testOutput('sub-path-e2e'));
		if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
		server = await serveStatic(build.outDir, { base: BASE });
		site = `${server.url}${BASE}`;
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it('serves nothing outside /shop-help/, as a project site is served', async () => {
		expect((await fetch(`${server.url}/`)).status).toBe(404);
		expect((await fetch(`${server.url}/guides/print-a-specimen/`)).status).toBe(404);
		expect((await fetch(`${site}guides/print-a-specimen/`)).status).toBe(200);
	});

	it('searches from the home page and lands on the guide, its words highlighted', async () => {
		const page = await phonePage();
		await page.goto(site);
		expect(await page.locator('header a.brand').textContent()).toContain('Sub-path Studio');
		await page.getByRole('searchbox', { name: 'Search the help centre' }).fill('heavyweight');
		await page.keyboard.press('Enter');
		await page.waitForURL(`${site}search/?q=heavyweight`);
		await page.locator('#search[data-results-for="heavyweight"]').waitFor({ state: 'attached' });
		const first = page.locator('[data-search-results] li a').first();
		expect(await first.textContent()).toBe('Print a specimen sheet');
		expect(await first.getAttribute('href')).toMatch(/^\/shop-help\/guides\/print-a-specimen\/\?highlight=heavyweight$/);
		await first.click();
		await page.waitForURL(`${site}guides/print-a-specimen/?highlight=heavyweight`);
		expect(await page.locator('h1').textContent()).toBe('Print a specimen sheet');
		// Pagefind's highlighter, loaded from under the base, marks the word.
		await page.locator('article mark').first().waitFor();
		// The picture in the article loads from under the base too.
		const picture = page.locator('article img').first();
		await picture.scrollIntoViewIfNeeded();
		await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
		expect(page.problems).toEqual([]);
		await page.close();
	});

	it('follows a printed short link and a deep one to the right pages', async () => {
		const page = await phonePage();
		await page.goto(`${site}go/letter/`);
		await page.waitForURL(`${site}products/lettering-font/`);
		expect(await page.locator('h1').textContent()).toBe('Lettering Font');
		await page.goto(`${site}go/letter/print-a-specimen/`);
		await page.waitForURL(`${site}guides/print-a-specimen/`);
		expect(await page.locator('h1').textContent()).toBe('Print a specimen sheet');
		await page.goto(`${site}pt/go/letter/pages-cut-off/`);
		await page.waitForURL(`${site}pt/help/pages-cut-off/`);
		expect(await page.locator('h1').textContent()).toBe('The printed page is cut off');
		expect(page.problems).toEqual([]);
		await page.close();
	});

	it('switches language to the same page under the base, and its links stay there', async () => {
		const page = await phonePage();
		await page.goto(`${site}guides/print-a-specimen/`);
		await page.locator('.lang-menu summary').click();
		await page.getByRole('link', { name: 'Português' }).click();
		await page.waitForURL(`${site}pt/guides/print-a-specimen/`);
		expect(await page.getAttribute('html', 'lang')).toBe('pt');
		expect(await page.locator('h1').textContent()).toBe('Imprimir uma folha de amostra');
		// A link in the article keeps the language and the base.
		await page.locator('article').getByRole('link', { name: 'páginas cortadas' }).click();
		await page.waitForURL(`${site}pt/help/pages-cut-off/`);
		// The header's brand leads to the Portuguese home, whose product card shows its picture.
		await page.locator('header a.brand').click();
		await page.waitForURL(`${site}pt/`);
		const cards = page.locator('img.card-picture');
		await cards.first().scrollIntoViewIfNeeded();
		await expect.poll(() => cards.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
		expect(page.problems).toEqual([]);
		await page.close();
	});

	it('answers a miss deep under the base with the root 404, as GitHub Pages does: styled, linking every language’s home', async () => {
		const missing = `${site}pt/a/b/c/`;
		const page = await phonePage([missing]);
		const response = await page.goto(missing);
		expect(response?.status()).toBe(404);
		// GitHub Pages serves only /shop-help/404.html, never /shop-help/pt/404.html: the default language's.
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		// Its stylesheet loaded although the page answers three folders deep (a 404 would be a problem).
		expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
		// The way to each language's home, under the base: the Portuguese buyer finds theirs.
		const homes = await page.locator('main a[hreflang]').evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));
		expect(homes).toEqual([['en', BASE], ['pt', `${BASE}pt/`]]);
		await page.locator('main a[hreflang="pt"]').first().click();
		await page.waitForURL(`${site}pt/`);
		expect(await page.getAttribute('html', 'lang')).toBe('pt');
		// Chromium logs the page's own 404 as an error; any other miss is an answer of 400 or more above.
		expect(page.problems.filter((problem) => problem !== `${missing} console error: Failed to load resource: the server responded with a status of 404 (Not Found)`)).toEqual([]);
		await page.close();
	});
});
