// The example shop as built: valid HTML, one h1, ordered headings, alt on every image, and
// budgets that do not need a browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { listFiles, projectRoot, readPage, scriptBytesGzip } from '../helpers/build.ts';

let dist: string;
let pages: string[];

beforeAll(() => {
	dist = inject('exampleSite');
	pages = listFiles(dist).filter((file) => file.endsWith('.html'));
});

describe('the built example shop', () => {
	it('is valid HTML on every page', async () => {
		const validator = new HtmlValidate(JSON.parse(readFileSync(join(projectRoot, '.htmlvalidate.json'), 'utf8')));
		const errors: string[] = [];
		for (const file of pages) {
			const report = await validator.validateFile(join(dist, file));
			for (const result of report.results) for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
		expect(errors).toEqual([]);
	});

	it('has lang, one h1, headings in order and alt on every image on every page', () => {
		const problems: string[] = [];
		for (const file of pages) {
			const html = readFileSync(join(dist, file), 'utf8');
			if (!/<html lang="[a-z]{2}(-[a-z0-9]+)?"/.test(html)) problems.push(`${file}: no lang`);
			const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
			if (levels.filter((l) => l === 1).length !== 1) problems.push(`${file}: ${levels.filter((l) => l === 1).length} h1`);
			levels.forEach((level, i) => {
				if (i > 0 && level > levels[i - 1]! + 1) problems.push(`${file}: h${levels[i - 1]} then h${level}`);
			});
			// `alt` alone is alt="" (decoration), as Astro writes it.
			for (const [img] of html.matchAll(/<img\b[^>]*>/g)) if (!/\salt(=|[\s/>])/.test(img)) problems.push(`${file}: ${img}`);
		}
		expect(problems).toEqual([]);
	});

	it('puts the title before the contents list, so a phone shows it first', () => {
		const withToc = pages.map((file) => readFileSync(join(dist, file), 'utf8')).filter((html) => html.includes('class="toc"'));
		expect(withToc.length).toBeGreaterThan(5);
		for (const html of withToc) expect(html.indexOf('<h1')).toBeLessThan(html.indexOf('class="toc"'));
	});

	it('keeps an article page small and its JavaScript tiny', () => {
		const html = readPage(dist, '/guides/print-at-the-right-size/');
		expect(gzipSync(html).length).toBeLessThan(10 * 1024);
		expect(scriptBytesGzip(dist, html)).toBeLessThan(5 * 1024);
	});

	it('puts each troubleshooting entry’s fix before its cause, and shows the cause once', () => {
		const entries = pages.filter((file) => /^([a-z]{2}\/)?help\/[^/]+\/index\.html$/.test(file));
		expect(entries.length).toBeGreaterThanOrEqual(12 + 4 * 5);
		const problems: string[] = [];
		for (const file of entries) {
			const html = readFileSync(join(dist, file), 'utf8');
			const at = (needle: string, from = 0) => html.indexOf(needle, from);
			const prose = at('<div class="prose">');
			// Title, error messages (where there are any), quick fix, the body's first section (the fix), cause.
			const order = [at('<h1'), at('class="error-list"'), at('class="quick-fix"'), at('<h2', prose), at('<h2 id="cause">')].filter((i, n) => n !== 1 || i !== -1);
			if (prose === -1 || order.some((i) => i === -1) || order.some((i, n) => n > 0 && i < order[n - 1]!)) problems.push(`${file}: ${order.join(' ')}`);
			if (html.split('<h2 id="cause">').length !== 2) problems.push(`${file}: the cause is not shown exactly once`);
			if (/<h2 id="(why-this-happens|porque-é-que-isto-acontece|por-qué-ocurre|pourquoi-cela-arrive|dlaczego-tak-się-dzieje)"/.test(html)) problems.push(`${file}: a "Why this happens" section is left in the body`);
		}
		expect(problems).toEqual([]);
	});

	it('shows each error message in a copy block whose button waits for the script, still weighted for search', () => {
		const html = readPage(dist, '/help/canva-template-will-not-open/');
		const list = /<ul class="error-list" data-pagefind-weight="5">(.*?)<\/ul>/s.exec(html)?.[1] ?? '';
		expect([...list.matchAll(/<code class="copy-block__text" data-copy-text>([^<]*)<\/code>/g)].map((m) => m[1])).toEqual(['This design isn&#39;t available', 'You don&#39;t have access to this design']);
		const buttons = [...list.matchAll(/<button\b[^>]*>/g)].map((m) => m[0]);
		expect(buttons).toHaveLength(2);
		for (const button of buttons) expect(button).toMatch(/ hidden[ >].*data-pagefind-ignore/);
	});

	it('ranks related articles by what they share: a Canva problem links the Canva guides, a PDF product’s page no Canva or Cricut one', () => {
		const related = (path: string) => {
			const html = readPage(dist, path);
			const list = /<\/article><div><h2>[^<]+<\/h2><ul class="link-list">(.*?)<\/ul>/s.exec(html)?.[1] ?? '';
			return [...list.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
		};
		expect(related('/help/canva-template-will-not-open/')).toEqual([
			'/guides/edit-text-and-colours-in-canva/',
			'/guides/replace-photos-in-canva/',
			'/guides/open-a-canva-template/',
			'/help/colours-look-different-printed/',
			'/guides/choose-the-right-licence/',
		]);
		for (const path of ['/help/printout-wrong-size/', '/guides/print-at-the-right-size/']) {
			const links = related(path);
			expect(links.length, path).toBeGreaterThan(0);
			for (const link of links) expect(link, path).not.toMatch(/canva|cricut|silhouette|svg|course|hotmart|font/);
		}
		expect(related('/pt/help/canva-template-will-not-open/')).toContain('/pt/guides/open-a-canva-template/');
	});

	it('links every saved reply to its article, with the full address as the text', () => {
		const html = readPage(dist, '/saved-replies/');
		const replies = [...html.matchAll(/<section class="card reply"(.*?)<\/section>/gs)].map((m) => m[1]!);
		expect(replies.length).toBe(12);
		for (const reply of replies) {
			const link = /<a href="(\/help\/[^"]+\/)">https:\/\/help\.lindenandink\.com(\/help\/[^<]+\/)<\/a>/.exec(reply);
			expect(link, reply.slice(0, 200)).not.toBeNull();
			expect(link![1]).toBe(link![2]);
			// The copy button copies the reply, then the address on a line of its own.
			expect(reply).toMatch(new RegExp(`data-copy="[^"]+\\nhttps://help\\.lindenandink\\.com${link![1]}"`));
		}
	});

	it('references a link preview image that exists for every page', () => {
		const missing: string[] = [];
		const cards = new Set(listFiles(join(dist, 'og')));
		for (const file of pages) {
			const html = readFileSync(join(dist, file), 'utf8');
			const image = /<meta property="og:image" content="https:\/\/[^/]+(\/og\/[^"]+)"/.exec(html)?.[1];
			// Redirects and the 404s (one a language, /pt/404.html) have no preview.
			if (html.includes('http-equiv="refresh"') || /(^|\/)404\.html$/.test(file)) continue;
			if (!image || !cards.has(image.slice('/og/'.length))) missing.push(`${file}: ${image}`);
		}
		expect(missing).toEqual([]);
	});
});
