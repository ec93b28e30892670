// What a buyer on a phone sees first: no page wider than the screen at 360 or 390 px, a header
// no taller than 100 px, and on the home page the search box and three common problems before
// any scrolling. Run over every page of the example shop's sitemap.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeInChromium, launchBrowser, serveStatic } from '../helpers/browser.ts';

const site = inject('exampleSite');
const sitemap = [...readFileSync(join(site, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
// Pages out of the sitemap that buyers still reach: the 404s, saved replies, a search.
const paths = [...sitemap, '/404.html', '/pt/404.html', '/saved-replies/', '/pl/saved-replies/', '/search/?q=canva'];
const PHONES = [360, 390] as const;
const HOMES = ['/', '/pt/', '/es/', '/fr/', '/pl/'];

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
const phones = new Map<number, Page>();

/** How far the page reaches past the right edge of the screen, in CSS pixels (0 when it fits). */
const overflow = (page: Page) => page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);

/** The widest element sticking out of the screen, to name in a failure. */
const culprit = (page: Page) =>
	page.evaluate(() => {
		const out = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5);
		const el = out.sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)[0];
		return el ? `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} reaches ${Math.round(el.getBoundingClientRect().right)} px` : 'nothing visible';
	});

describeInChromium('phone layout', () => {
	beforeAll(async () => {
		server = await serveStatic(site);
		browser = await launchBrowser();
		for (const width of PHONES) phones.set(width, await browser.newPage({ viewport: { width, height: 844 } }));
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it('has the whole sitemap to walk', () => {
		expect(sitemap.length).toBeGreaterThan(100);
	});

	it.each(paths)('%s is no wider than a 360 or 390 px screen', async (path) => {
		for (const [width, page] of phones) {
			await page.goto(server.url + path);
			const extra = await overflow(page);
			expect(extra, `${path} at ${width} px: ${await culprit(page)}`).toBeLessThanOrEqual(0);
		}
	});

	it.each(HOMES)('%s shows the search box and the first three common problems above the fold at 390 px', async (path) => {
		const page = phones.get(390)!;
		await page.goto(server.url + path);
		const fold = 844;
		const search = await page.locator('main form[role="search"]').boundingBox();
		expect(search!.y + search!.height).toBeLessThanOrEqual(fold);
		const problems = page.locator('#home-common + ul a');
		expect(await problems.count()).toBeGreaterThanOrEqual(3);
		for (let i = 0; i < 3; i += 1) {
			const box = await problems.nth(i).boundingBox();
			expect(box!.y + box!.height, `problem ${i + 1} on ${path}`).toBeLessThanOrEqual(fold);
		}
	});

	it.each(['/', '/guides/open-a-canva-template/', '/pt/help/canva-template-will-not-open/', '/products/canva-wedding-suite/', '/search/?q=pdf', '/fr/licenses/'])(
		'%s has a header no taller than 100 px at 360 and 390 px',
		async (path) => {
			for (const [width, page] of phones) {
				await page.goto(server.url + path);
				const header = await page.locator('.site-header').boundingBox();
				expect(header!.height, `${path} at ${width} px`).toBeLessThanOrEqual(100);
			}
		},
	);

	it('orders the home page as a buyer needs it: search, problems, products, topics, licences, contact', async () => {
		const page = phones.get(390)!;
		await page.goto(server.url + '/');
		const tops = await page.evaluate(() =>
			['main form[role="search"]', '#home-common', '#home-products', '#home-topics', '#home-licenses', '#help-card-title'].map((selector) => document.querySelector(selector)!.getBoundingClientRect().top),
		);
		expect(tops).toEqual([...tops].sort((a, b) => a - b));
		// The seller's order (commonProblems in shop.yaml), not the alphabet.
		expect(await page.locator('#home-common + ul a').allTextContents()).toEqual([
			'I bought on Etsy and cannot find my download',
			'My Canva template will not open',
			'The ZIP file will not open on my phone',
			'My download link says it has expired',
			'My planner printed at the wrong size or with parts cut off',
			'I installed the font but it does not appear in my program',
		]);
	});

	it('gives every product card a sized, lazily loaded WebP picture from its image or mockups', async () => {
		const page = phones.get(390)!;
		await page.goto(server.url + '/');
		const pictures = await page.locator('#home-products ~ ul img, .home-products img').evaluateAll((imgs) =>
			(imgs as HTMLImageElement[]).map((img) => ({ src: img.getAttribute('src')!, width: img.getAttribute('width'), height: img.getAttribute('height'), loading: img.loading, srcset: img.srcset })),
		);
		expect(pictures).toHaveLength(5);
		for (const picture of pictures) {
			expect(picture.src).toMatch(/^\/_astro\/.+\.webp$/);
			expect([picture.width, picture.height, picture.loading]).toEqual(['96', '72', 'lazy']);
			expect(picture.srcset).toContain('2x');
		}
	});

	it('shows the logo in the header, as a picture, never as SVG markup', async () => {
		const page = phones.get(390)!;
		await page.goto(server.url + '/pt/');
		const src = await page.locator('.brand img').getAttribute('src');
		expect(src).toMatch(/^\/_astro\/logo-.+\.webp$/);
		expect(await page.locator('.site-header svg:not(.lang-icon)').count()).toBe(0);
	});

	it('has a language menu that opens from the keyboard without JavaScript and leads to the same page in another language', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(server.url + '/guides/open-a-canva-template/');
		const links = page.locator('.lang-menu a');
		expect(await links.first().isVisible()).toBe(false);
		await page.locator('.lang-menu summary').focus();
		await page.keyboard.press('Enter');
		expect(await links.first().isVisible()).toBe(true);
		expect(await page.locator('.lang-menu [aria-current]').textContent()).toBe('English');
		await page.locator('.lang-menu a[hreflang="pt"]').click();
		await page.waitForURL(/\/pt\/guides\/open-a-canva-template\/$/);
		expect(await page.locator('html').getAttribute('lang')).toBe('pt');
		await context.close();
	});
});
