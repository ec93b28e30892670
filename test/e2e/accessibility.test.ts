// axe-core on every page in the sitemap (WCAG 2.0-2.2, A and AA), in light mode, and on one
// page of each kind in dark mode. The same walk fails on any request that leaves the site, any
// console error and any uncaught page error.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeInChromium, launchBrowser, serveStatic, watchProblems } from '../helpers/browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// The example shop was built before any test file started (test/global-setup.ts), so its sitemap
// can name the tests: one per page, each with its own time limit, however slow the machine.
const site = inject('exampleSite');
const paths = [...readFileSync(join(site, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
const DARK = ['/', '/products/canva-wedding-suite/', '/guides/open-a-canva-template/', '/help/canva-template-will-not-open/', '/licenses/', '/notices/', '/pt/guides/print-at-a-copy-shop/', '/search/?q=canva'];

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let light: Page & { problems: string[] };
let dark: Page & { problems: string[] };

async function violations(page: Page, path: string): Promise<string[]> {
	await page.goto(server.url + path);
	// Evaluated rather than added as a <script>, which the pages' Content-Security-Policy blocks.
	await page.evaluate(axeSource);
	const result = (await page.evaluate((tags) => (window as unknown as { axe: { run(ctx: Document, o: object): Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS)) as {
		violations: { id: string; help: string; nodes: { target: string[] }[] }[];
		passes: unknown[];
	};
	// axe ran for real: a page always passes some rules (lang, title, landmarks).
	expect(result.passes.length, path).toBeGreaterThan(5);
	return result.violations.map((v) => `${path} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

describeInChromium('accessibility (axe-core)', () => {
	beforeAll(async () => {
		server = await serveStatic(site);
		browser = await launchBrowser();
		const open = async (options: { viewport: { width: number; height: number }; colorScheme?: 'dark' }) => {
			const page = await browser.newPage(options);
			return Object.assign(page, { problems: watchProblems(page, server.url) });
		};
		light = await open({ viewport: { width: 390, height: 844 } });
		dark = await open({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it('has every page of the sitemap to check', () => {
		expect(paths.length).toBeGreaterThan(50);
	});

	it.each(paths)('%s: no WCAG A or AA violation, third-party request or console error, at phone width', async (path) => {
		const found = await violations(light, path);
		expect([...found, ...light.problems.splice(0)]).toEqual([]);
	});

	it.each(DARK)('%s: none in dark mode either, at desktop width', async (path) => {
		const found = await violations(dark, path);
		expect([...found, ...dark.problems.splice(0)]).toEqual([]);
	});
});
