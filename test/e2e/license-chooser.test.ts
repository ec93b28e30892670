// "Which licence do I need?" as a buyer uses it: in every language, within a phone's width, the
// answer on the folded line, opening without JavaScript, and a product's link marking its group.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { describeInChromium, launchBrowser, serveStatic, watchProblems } from '../helpers/browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const LOCALES = ['en', 'pt', 'es', 'fr', 'pl'];
const prefix = (locale: string) => (locale === 'en' ? '' : `/${locale}`);

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

async function open(width: number, options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {}): Promise<Page & { problems: string[] }> {
	const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: options.javaScriptEnabled ?? true, colorScheme: options.colorScheme ?? 'light' });
	const page = await context.newPage();
	return Object.assign(page, { problems: watchProblems(page, server.url) });
}

/** The folded line of a use in the group holding `product`: the use, then the tier's name and limit. */
function useLine(page: Page, product: string, use: string) {
	return page.locator('section.chooser-group', { has: page.locator(`[id="${product}"]`) }).locator('summary', { hasText: use });
}

describeInChromium('the licence chooser in Chromium', () => {
	beforeAll(async () => {
		server = await serveStatic(inject('exampleSite'));
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it('is there in every language, titled in it, and no wider than 360 px', async () => {
		const page = await open(360);
		for (const locale of LOCALES) {
			const response = await page.goto(`${server.url}${prefix(locale)}/licenses/choose/`);
			expect(response?.status(), locale).toBe(200);
			expect(await page.locator('h1').textContent(), locale).toBe(uiStrings[locale]!['chooser.title']);
			expect(await page.locator('html').getAttribute('lang'), locale).toBe(locale);
			// Open every answer too: the widest state of the page.
			await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
			expect(await page.evaluate(() => document.documentElement.scrollWidth), locale).toBeLessThanOrEqual(360);
		}
		expect(page.problems).toEqual([]);
		await page.context().close();
	});

	it('answers "sell physical products" with the cheapest tier that allows it, and its limit, on the folded line', async () => {
		const page = await open(390);
		await page.goto(`${server.url}/licenses/choose/`);
		const line = useLine(page, 'undated-planner', 'Sell mugs, T-shirts or other things with the design');
		expect((await line.locator('.chooser-tier').textContent())!.replace(/\s+/g, ' ').trim()).toBe('Commercial · Up to 5,000 products');
		await page.goto(`${server.url}/pt/licenses/choose/`);
		const pt = useLine(page, 'undated-planner', uiStrings.pt!['chooser.use.physicalProducts']);
		expect(await pt.locator('.chooser-tier strong').textContent()).toBe('Comercial');
		await page.context().close();
	});

	it('points each product only at tiers it is sold with, and says so, with whom to write to, when none allows a use', async () => {
		const page = await open(1280);
		await page.goto(`${server.url}/licenses/choose/`);
		const groups = await page.locator('section.chooser-group:has(.chooser-uses)').evaluateAll((sections) =>
			sections.map((section) => ({
				offered: [...section.querySelectorAll('p.meta a')].map((a) => a.getAttribute('href')),
				named: [...section.querySelectorAll('.chooser-answer a[href*="/licenses/"]')].map((a) => a.getAttribute('href')),
			})),
		);
		expect(groups.length).toBeGreaterThan(1);
		for (const group of groups) for (const href of group.named) expect(group.offered).toContain(href);
		const ai = useLine(page, 'undated-planner', 'Train an AI model with it');
		await ai.click();
		const answer = page.locator('details[open] .chooser-answer');
		await expect.poll(() => answer.textContent()).toContain('No licence allows this.');
		expect(await answer.locator('a').getAttribute('href')).toBe('mailto:help@lindenandink.com');
		await page.context().close();
	});

	it('works with JavaScript off: a product page leads to its group, marked, and an answer opens from the keyboard', async () => {
		const page = await open(390, { javaScriptEnabled: false });
		await page.goto(`${server.url}/products/undated-planner/`);
		const link = page.getByRole('link', { name: 'Which licence do I need?' });
		expect(await link.getAttribute('href')).toBe('/licenses/choose/#undated-planner');
		await link.click();
		await page.waitForURL('**/licenses/choose/#undated-planner');
		const marked = page.locator('section.chooser-group', { has: page.locator('#undated-planner') });
		expect(await marked.evaluate((s) => getComputedStyle(s).borderLeftWidth)).toBe('4px');
		expect(await page.locator('section.chooser-group', { has: page.locator('#marginalia-script') }).evaluate((s) => getComputedStyle(s).borderLeftWidth)).toBe('0px');
		const line = useLine(page, 'undated-planner', 'Sell mugs, T-shirts or other things with the design');
		await line.focus();
		await page.keyboard.press('Enter');
		const answer = line.locator('xpath=..').locator('.chooser-answer');
		expect(await answer.isVisible()).toBe(true);
		expect(await answer.textContent()).toContain('Up to 5,000 products');
		expect(await answer.getByRole('link', { name: 'Commercial' }).getAttribute('href')).toBe('/licenses/commercial/');
		expect(page.problems).toEqual([]);
		await page.context().close();
	});

	it('has no WCAG A or AA violation in dark mode with every answer open and a product marked (the sitemap walk checks it folded, in light mode)', async () => {
		const page = await open(1280, { colorScheme: 'dark' });
		await page.goto(`${server.url}/licenses/choose/#marginalia-script`);
		await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
		await page.evaluate(axeSource);
		const result = (await page.evaluate(() => (window as unknown as { axe: { run(ctx: Document, o: object): Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }))) as {
			violations: { id: string; nodes: { target: string[] }[] }[];
			passes: unknown[];
		};
		expect(result.passes.length).toBeGreaterThan(5);
		expect(result.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
		expect(page.problems).toEqual([]);
		await page.context().close();
	});

	it('is linked from the home page’s licences', async () => {
		const page = await open(390);
		await page.goto(`${server.url}/pl/`);
		const link = page.locator('section[aria-labelledby="home-licenses"]').getByRole('link', { name: uiStrings.pl!['chooser.title'] });
		expect(await link.getAttribute('href')).toBe('/pl/licenses/choose/');
		await page.context().close();
	});
});
