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
			for (const [img] of html.matchAll(/<img\b[^>]*>/g)) if (!/\salt=/.test(img)) problems.push(`${file}: ${img}`);
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
