// A shop of 3D-printable files whose articles hold what the example shop's do not: code, tables,
// images written both as Markdown and as <img>, tags from the allow-list, headings that start with
// a digit, #anchors into translated pages, footnotes. Built once; the assertions read the pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildShop, fileForPath, listFiles, projectRoot, readPage, testOutput, type BuildResult } from '../helpers/build.ts';
import { fixture } from '../helpers/content-tree.ts';

let build: BuildResult;
let dist: string;

beforeAll(() => {
	build = buildShop(join(fixture('print-files'), 'content'), testOutput('print-files'), {}, ['--outDir', testOutput('print-files'), '--no-images', '--no-previews', '--no-kit']);
	if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
	dist = build.outDir;
});

/** The article's own part of a page, where its body is. */
const prose = (html: string) => /<div class="prose">([\s\S]*?)<\/article>/.exec(html)![1]!;

describe('article bodies as built', () => {
	it("puts every local image through Astro's image pipeline: WebP, width and height, lazy loading", () => {
		for (const path of ['/guides/slice-and-print/', '/pl/guides/slice-and-print/']) {
			const images = [...prose(readPage(dist, path)).matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
			expect(images.length, path).toBeGreaterThan(0);
			for (const img of images) {
				expect(img, path).toMatch(/\ssrc="\/_astro\/[^"]+\.webp"/);
				expect(img, path).toMatch(/\swidth="\d+"/);
				expect(img, path).toMatch(/\sheight="\d+"/);
				expect(img, path).toContain('loading="lazy"');
				expect(img, path).toContain('decoding="async"');
				expect(img, path).toMatch(/\salt="[^"]{10,}"/);
				const src = /\ssrc="([^"]+)"/.exec(img)![1]!;
				expect(fileForPath(dist, src), src).toBeDefined();
			}
		}
		// Both the Markdown image and the <img> tag of the English guide, at their own sizes.
		const english = prose(readPage(dist, '/guides/slice-and-print/'));
		expect(english).toMatch(/<img[^>]*alt="PrusaSlicer.s preview[^"]*"[^>]*width="1600" height="900"/);
		expect(english).toMatch(/<img[^>]*alt="The printed first layer[^"]*"[^>]*width="1200" height="800"/);
		expect(english).toMatch(/<figure>\s*(<p>)?<img[^>]*alt="The printed first layer[^"]*"/);
	});

	it('gives headings valid ids, the ones the content check computed, and every #link lands on one', () => {
		const guide = readPage(dist, '/guides/slice-and-print/');
		expect(guide).toContain('<h2 id="section-1-unzip-the-file">1. Unzip the file</h2>');
		expect(readPage(dist, '/pl/help/warping/')).toContain('<h2 id="jak-temu-zapobiec">Jak temu zapobiec?</h2>');
		const missing: string[] = [];
		for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
			const html = readFileSync(join(dist, file), 'utf8');
			if (!html.includes('class="prose"')) continue;
			for (const [, href] of prose(html).matchAll(/<a href="([^"]*#[^"]+)"/g)) {
				const [path, id] = href!.split('#') as [string, string];
				if (id.startsWith('user-content-')) continue;
				const target = path === '' ? html : readFileSync(fileForPath(dist, path)!, 'utf8');
				if (!target.includes(` id="${decodeURIComponent(id)}"`)) missing.push(`${file}: ${href}`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('is valid HTML on every article page', async () => {
		const validator = new HtmlValidate(JSON.parse(readFileSync(join(projectRoot, '.htmlvalidate.json'), 'utf8')));
		const errors: string[] = [];
		for (const file of listFiles(dist).filter((f) => /^(pl\/)?(guides|help|policies)\/.*\.html$/.test(f))) {
			const report = await validator.validateFile(join(dist, file));
			for (const result of report.results) {
				// The scroll box around a table is a <div role="region"> (src/markdown/table-scroll.ts),
				// which this rule would have be a <section>: not a matter for the article's own text.
				for (const m of result.messages) if (m.ruleId !== 'prefer-native-element') errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
			}
		}
		expect(errors).toEqual([]);
	});

	it('keeps code, tables and the allowed tags as written', () => {
		const guide = prose(readPage(dist, '/guides/slice-and-print/'));
		// Braces and < in a code block are code, not MDX.
		expect(guide).toMatch(/first_layer_bed_temperature/);
		expect(guide).toContain('while &lt; 5 mm above the bed');
		expect(guide).toContain('<code>{braces}</code>');
		expect(guide).toContain('<kbd>Ctrl</kbd>');
		expect(guide).toContain('<abbr title="Polylactic acid">PLA</abbr>');
		expect(guide).toMatch(/<details><summary>Why does it print without supports\?<\/summary>/);
		expect(guide).toContain('H<sub>2</sub>O');
		expect(guide).toContain('<mark>Do not</mark>');
		expect(guide).toMatch(/<table>/);
		// A link to a former address is written as it is and leads on through the redirect page.
		expect(guide).toContain('<a href="/help/corners-lifting/">lifting corners</a>');
		expect(fileForPath(dist, '/help/corners-lifting/')).toBeDefined();
	});
});
