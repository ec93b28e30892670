// axe-core on every page in the sitemap (WCAG 2.0-2.2, A and AA), in light mode, and on one
// page of each kind in dark mode. The same walk fails on any request that leaves the site, any
// console error and any uncaught page error.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureExampleBuild } from '../helpers/build.ts';
import { CHROMIUM, launchBrowser, serveStatic, watchProblems } from '../helpers/browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let paths: string[];

beforeAll(async () => {
	const out = ensureExampleBuild();
	const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
	paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
	server = await serveStatic(out);
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

async function violations(page: Page, path: string): Promise<string[]> {
	await page.goto(server.url + path);
	await page.addScriptTag({ content: axeSource });
	const result = (await page.evaluate((tags) => (window as unknown as { axe: { run(ctx: Document, o: object): Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS)) as {
		violations: { id: string; help: string; nodes: { target: string[] }[] }[];
		passes: unknown[];
	};
	// axe ran for real: a page always passes some rules (lang, title, landmarks).
	expect(result.passes.length, path).toBeGreaterThan(5);
	return result.violations.map((v) => `${path} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

describe.skipIf(!existsSync(CHROMIUM))('accessibility (axe-core)', () => {
	it('finds no WCAG A or AA violation, no third-party request and no console error on any page of the sitemap', async () => {
		expect(paths.length).toBeGreaterThan(50);
		const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		const found = watchProblems(page, server.url);
		for (const path of paths) found.push(...(await violations(page, path)));
		expect(found).toEqual([]);
		await page.close();
	});

	it('finds none in dark mode either', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
		const found: string[] = [];
		for (const path of ['/', '/products/canva-wedding-suite/', '/guides/open-a-canva-template/', '/help/canva-template-will-not-open/', '/licenses/', '/notices/', '/pt/guides/print-at-a-copy-shop/', '/search/?q=canva']) {
			found.push(...(await violations(page, path)));
		}
		expect(found).toEqual([]);
		await page.close();
	});
});
