// The kitchen-sink shop (test/fixtures/kitchen-sink): Lightroom presets, Polish first and English,
// with one article that uses every construct an author has: headings, a long title, a long URL,
// inline code, fenced code in five languages with long lines, a nine-column table and a table
// written as tags, nested lists, quotes and callouts, a local image, kbd, details, footnotes.
// It is built once; each page is then read in Chromium at 360, 390 and 1280 px, light and dark:
// no page wider than the screen, axe finds no WCAG 2.2 A or AA violation, nothing blocked by the
// CSP or fetched from another site, and wide things scroll inside their own box.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/lib/contrast.ts';
import { tokenClasses } from '../../src/markdown/code-theme.ts';
import { describeInChromium, launchBrowser, serveStatic, watchProblems } from '../helpers/browser.ts';
import { buildShop, listFiles, projectRoot, readPage, testOutput } from '../helpers/build.ts';
import { fixture } from '../helpers/content-tree.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ARTICLES = ['/guides/install-the-presets/', '/en/guides/install-the-presets/'];
const OTHER_PAGES = ['/', '/en/', '/products/film-grain-presets/', '/en/licenses/personal/', '/help/presets-missing/', '/en/help/presets-missing/'];
const WIDTHS = [360, 390, 1280];
const SCHEMES = ['light', 'dark'] as const;

let dist: string;

beforeAll(() => {
	const out = testOutput('kitchen-sink');
	const build = buildShop(join(fixture('kitchen-sink'), 'content'), out, {}, ['--outDir', out, '--no-images', '--no-previews']);
	if (build.status !== 0) throw new Error(`the kitchen-sink shop did not build:\n${build.stdout}\n${build.stderr}`);
	dist = build.outDir;
});

/** The article's own HTML, between its `<div class="prose">` and the end of the article. */
function prose(path: string): string {
	const html = readPage(dist, path);
	const start = html.indexOf('<div class="prose">');
	expect(start, path).toBeGreaterThan(0);
	return html.slice(start, html.indexOf('</article>', start));
}

const count = (html: string, pattern: RegExp) => [...html.matchAll(new RegExp(pattern, 'g'))].length;

/** Each indexed page's text as Pagefind keeps it for excerpts, by URL. */
function indexedText(): Map<string, string> {
	const pages = new Map<string, string>();
	for (const file of listFiles(join(dist, 'pagefind', 'fragment'))) {
		const text = gunzipSync(readFileSync(join(dist, 'pagefind', 'fragment', file))).toString('utf8');
		const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
		pages.set(fragment.url, fragment.content);
	}
	return pages;
}

describe('the kitchen-sink article, as built', () => {
	it.each(ARTICLES)('%s has every construct', (path) => {
		const html = prose(path);
		// Both tables sit in a scroll box that takes focus and is named by its first row.
		expect(count(html, /<section class="table-scroll" tabindex="0" aria-label="[^"]+"><table>/)).toBe(2);
		expect(html).toMatch(/aria-label="(App|Aplikacja), (Version|Wersja), System, [^"]*…"/);
		// Five highlighted code blocks, their tokens as classes.
		expect(count(html, /<pre class="astro-code" tabindex="0" data-language="(sh|powershell|xml|json|text)">/)).toBe(5);
		for (const name of ['t-keyword', 't-string', 't-constant', 't-entity', 't-tag']) expect(html, name).toContain(`class="${name}"`);
		// Two callouts, one of them a warning, and one real quote.
		expect(count(html, /<div class="callout" role="note">/)).toBe(1);
		expect(count(html, /<div class="callout callout--warning" role="note">/)).toBe(1);
		expect(count(html, /<blockquote>/)).toBe(1);
		expect(html).toMatch(/<ol>[\s\S]*?<li>[^<]*<ol>/);
		expect(html).toMatch(/<ul>\s*<li>[\s\S]*?<ul>/);
		const image = /<img [^>]*>/.exec(html)?.[0] ?? '';
		for (const attribute of [/ src="\/_astro\/before-after\.[\w-]+\.webp"/, / alt="[^"]{40,}"/, / loading="lazy"/, / width="1200"/, / height="600"/]) expect(image).toMatch(attribute);
		expect(count(html, /<kbd>/)).toBeGreaterThan(8);
		expect(count(html, /<details>\s*<summary>/)).toBe(2);
		expect(html).toContain('<abbr title="Extensible Metadata Platform">XMP</abbr>');
		expect(html).toContain('<mark>');
		expect(count(html, /data-footnote-ref/)).toBe(2);
		expect(html).toMatch(/<section data-footnotes(="true")? class="footnotes"><h2 class="sr-only" id="footnote-label">/);
	});

	it('writes valid HTML on every page (html-validate)', async () => {
		const validator = new HtmlValidate(JSON.parse(readFileSync(join(projectRoot, '.htmlvalidate.json'), 'utf8')));
		const problems: string[] = [];
		for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
			const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'));
			for (const result of report.results) for (const m of result.messages) problems.push(`${file}:${m.line} ${m.ruleId}: ${m.message}`);
		}
		expect(problems).toEqual([]);
	});

	it.todo('renders "Term" / ": definition" as a definition list, once src/markdown/features.ts turns on definitionList');

	it.each(ARTICLES)('%s has no style attribute in its text, which the Content-Security-Policy would block', (path) => {
		expect(prose(path)).not.toMatch(/\sstyle=/);
	});

	it('keeps a space between cells, terms and blocks in the search index', () => {
		const pages = indexedText();
		expect([...pages.keys()].sort()).toEqual(expect.arrayContaining(ARTICLES));
		// A table written as tags has no line breaks of its own between cells.
		expect(pages.get('/en/guides/install-the-presets/')).toMatch(/Portra Warm\W+25\W+\+10\W+Tri-X Push\W+60/);
		expect(pages.get('/guides/install-the-presets/')).toMatch(/Portra Warm\W+25\W+\+10\W+Tri-X Push\W+60/);
		expect(pages.get('/en/guides/install-the-presets/')).toMatch(/Lightroom Classic\W+13\.0 or newer\W+Windows 10, 11\W+XMP/);
		// Licence and product pages: a term and its definition, a status and its note.
		expect(pages.get('/en/licenses/personal/')).toMatch(/Credit required\W+No\W+How long/);
		expect(pages.get('/en/licenses/personal/')).toMatch(/Limited\W+Private accounts only/);
		expect(pages.get('/en/products/film-grain-presets/')).toMatch(/Formats\W+XMP, DNG\W+What you need\W+Adobe Lightroom\W+Licences offered/);
	});

	it('colours every kind of code token at 4.5:1 or more on the code background, light and dark', () => {
		const css = readFileSync(join(projectRoot, 'src', 'styles', 'global.css'), 'utf8');
		const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
		const variables = (block: string) => Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
		const light = variables(css.slice(0, darkAt));
		const dark = { ...light, ...variables(css.slice(darkAt, css.indexOf('}', css.indexOf('}', darkAt) + 1))) };
		expect(tokenClasses.length).toBe(8);
		for (const name of tokenClasses) {
			expect(css, name).toMatch(new RegExp(`\\.t-${name} \\{ color: var\\(--code-${name}\\)`));
			for (const [scheme, colours] of [['light', light], ['dark', dark]] as const) {
				expect(colours[`code-${name}`], `${scheme} --code-${name}`).toBeDefined();
				expect(contrastRatio(colours[`code-${name}`]!, colours.surface!), `${scheme} --code-${name}`).toBeGreaterThanOrEqual(4.5);
			}
		}
		expect(light.surface).not.toBe(dark.surface);
	});
});

describeInChromium('the kitchen-sink shop in Chromium', () => {
	let browser: Browser;
	let server: Awaited<ReturnType<typeof serveStatic>>;
	const contexts = new Map<string, { context: BrowserContext; page: Page; problems: string[] }>();

	beforeAll(async () => {
		server = await serveStatic(dist);
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	/** One tab per width and colour scheme, reused by the tests that need it. */
	async function tab(width: number, scheme: 'light' | 'dark') {
		const key = `${width}-${scheme}`;
		if (!contexts.has(key)) {
			const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
			const page = await context.newPage();
			contexts.set(key, { context, page, problems: watchProblems(page, server.url) });
		}
		return contexts.get(key)!;
	}

	async function open(width: number, scheme: 'light' | 'dark', path: string) {
		const opened = await tab(width, scheme);
		// Several tabs are open; keys go to the one in front.
		await opened.page.bringToFront();
		await opened.page.goto(server.url + path, { waitUntil: 'load' });
		return opened;
	}

	async function axe(page: Page): Promise<string[]> {
		// Evaluated through the DevTools protocol: the page's CSP refuses an injected <script>.
		await page.evaluate(axeSource);
		const result = (await page.evaluate((tags) => (window as unknown as { axe: { run(ctx: Document, o: object): Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS)) as {
			violations: { id: string; help: string; nodes: { target: string[] }[] }[];
			passes: unknown[];
		};
		expect(result.passes.length).toBeGreaterThan(5);
		return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
	}

	const widest = (page: Page) => page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));

	const cases = ARTICLES.flatMap((path) => WIDTHS.flatMap((width) => SCHEMES.map((scheme) => ({ path, width, scheme }))));
	it.each(cases)('$path at $width px, $scheme: no wider than the screen, and axe finds nothing', async ({ path, width, scheme }) => {
		const { page, problems } = await open(width, scheme, path);
		expect(await widest(page)).toBeLessThanOrEqual(width);
		expect([...(await axe(page)), ...problems.splice(0)]).toEqual([]);
	});

	it.each(OTHER_PAGES)('%s at 360 px: no wider than the screen, and axe finds nothing', async (path) => {
		const { page, problems } = await open(360, 'light', path);
		expect(await widest(page)).toBeLessThanOrEqual(360);
		expect([...(await axe(page)), ...problems.splice(0)]).toEqual([]);
	});

	it.each(WIDTHS)('at %i px, a long code line scrolls inside its block, also with the keyboard', async (width) => {
		const { page } = await open(width, 'light', ARTICLES[1]!);
		const block = page.locator('pre[data-language="xml"]');
		const sizes = await block.evaluate((pre) => ({ scroll: pre.scrollWidth, client: pre.clientWidth, overflow: getComputedStyle(pre).overflowX, right: pre.getBoundingClientRect().right }));
		expect(sizes.scroll).toBeGreaterThan(sizes.client);
		expect(sizes.overflow).toBe('auto');
		expect(sizes.right).toBeLessThanOrEqual(width);
		await block.focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => block.evaluate((pre) => pre.scrollLeft), { timeout: 10_000 }).toBeGreaterThan(0);
	});

	it.each([360, 390])('at %i px, the wide table scrolls in its box, with a shadow at the edge that has more', async (width) => {
		const { page } = await open(width, 'light', ARTICLES[0]!);
		const box = page.locator('.table-scroll').first();
		const sizes = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, right: el.getBoundingClientRect().right, background: getComputedStyle(el).backgroundImage, attachment: getComputedStyle(el).backgroundAttachment }));
		expect(sizes.scroll).toBeGreaterThan(sizes.client * 2);
		expect(sizes.right).toBeLessThanOrEqual(width);
		expect(sizes.background).toContain('radial-gradient');
		expect(sizes.attachment).toBe('local, local, scroll, scroll');
		await box.focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => box.evaluate((el) => el.scrollLeft), { timeout: 10_000 }).toBeGreaterThan(0);
	});

	it('keeps short code words in table cells whole, and wraps a long URL at phone width', async () => {
		const { page } = await open(360, 'light', ARTICLES[1]!);
		const lines = await page.locator('.table-scroll td > code').evaluateAll((codes) => codes.filter((c) => c.textContent!.length <= 3).map((c) => `${c.textContent} ${c.getClientRects().length} ${c.getBoundingClientRect().height < 30}`));
		expect(lines).toEqual(['XMP 1 true', 'XMP 1 true', 'XMP 1 true', 'DNG 1 true', 'XMP 1 true']);
		const link = page.locator('.prose a[href^="https://helpx.adobe.com/"]');
		const box = await link.evaluate((a) => ({ right: a.getBoundingClientRect().right, lines: a.getClientRects().length }));
		expect(box.right).toBeLessThanOrEqual(360);
		expect(box.lines).toBeGreaterThan(2);
	});

	it('colours code from the site palette in each colour scheme', async () => {
		const colours: Record<string, { keyword: string; background: string; page: string }> = {};
		for (const scheme of SCHEMES) {
			const { page } = await open(390, scheme, ARTICLES[0]!);
			colours[scheme] = await page.evaluate(() => ({
				keyword: getComputedStyle(document.querySelector('.t-keyword')!).color,
				background: getComputedStyle(document.querySelector('pre.astro-code')!).backgroundColor,
				page: getComputedStyle(document.body).backgroundColor,
			}));
		}
		expect(colours.light!.keyword).not.toBe(colours.dark!.keyword);
		expect(colours.light!.background).toBe('rgb(244, 241, 236)');
		expect(colours.dark!.background).toBe('rgb(36, 33, 30)');
		expect(colours.light!.background).not.toBe(colours.light!.page);
	});
});
