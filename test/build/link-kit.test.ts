import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeLinkKit } from '../../src/links/write-kit.ts';
import { withoutBase } from '../../src/lib/base-path.ts';
import { buildShop, fileForPath, listFiles, projectRoot, testOutput, type BuildResult } from '../helpers/build.ts';
import { fixture } from '../helpers/content-tree.ts';

// The example shop built as a seller would, with its link kit in a folder of its own: every QR
// code is read back with a decoder, every address in the CSVs is a page or short link of the
// site that build made, and a second run writes the same bytes.

const HOST = 'https://help.lindenandink.com';
let build: BuildResult;
let dist: string;
let kit: string;

beforeAll(() => {
	const out = testOutput('link-kit');
	kit = `${out}-kit`;
	build = buildShop(join(projectRoot, 'content'), out, {}, ['--outDir', out, '--no-images', '--no-previews', '--kit-out', kit]);
	if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
	dist = build.outDir;
});

const products = ['canva-wedding-suite', 'undated-planner', 'wedding-and-planner-bundle', 'botanical-svg-bundle', 'marginalia-script', 'sell-your-first-printable'];
const locales = ['en', 'pt', 'es', 'fr', 'pl'];
type Row = Record<string, string>;
const csv = (file: string) => parse(readFileSync(file), { bom: true, columns: true }) as Row[];
const kitRows = (product: string) => csv(join(kit, product, 'links.csv'));

/** The built file an absolute address of the help centre leads to (a page, or a short link's redirect page). */
function builtFile(url: string): string | undefined {
	expect(url.startsWith(`${HOST}/`), url).toBe(true);
	return fileForPath(dist, new URL(url).pathname);
}

/** What a QR image says, or null. Images of the same bytes are decoded once. */
const decoded = new Map<string, string | null>();
async function decode(file: string): Promise<string | null> {
	const bytes = readFileSync(file);
	const key = createHash('sha256').update(bytes).digest('hex');
	if (!decoded.has(key)) {
		// An SVG is rasterised as a printer would, at 8 px a module (its viewBox counts modules).
		const image = file.endsWith('.svg') ? sharp(bytes, { density: 72 * 8 }) : sharp(bytes);
		const { data, info } = await image.flatten({ background: '#ffffff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
		decoded.set(key, jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null);
	}
	return decoded.get(key)!;
}

describe('the link kit of the example shop', () => {
	it('is announced by the build with its counts', () => {
		expect(build.stdout).toMatch(/Link kit: 6 products, \d+ links, \d+ QR codes \(SVG and PNG\), saved replies in 5 languages: \d+ files, [\d.]+ MB in .+-kit\/ \([\d.]+ s\)\./);
	});

	it('has an index, and per product a CSV, a printable sheet and the QR codes it names', () => {
		expect(existsSync(join(kit, 'index.html'))).toBe(true);
		expect(existsSync(join(kit, '.aftercare-output'))).toBe(true);
		const index = readFileSync(join(kit, 'index.html'), 'utf8');
		for (const product of products) {
			expect(index).toContain(`href="${product}/index.html"`);
			for (const file of ['links.csv', 'index.html']) expect(existsSync(join(kit, product, file)), `${product}/${file}`).toBe(true);
			for (const row of kitRows(product)) {
				for (const column of ['QR code (SVG)', 'QR code (PNG)']) expect(existsSync(join(kit, product, row[column]!)), `${product}/${row[column]}`).toBe(true);
			}
		}
		// Nothing but what the CSVs name: no code left over from a renamed page.
		const named = new Set(products.flatMap((product) => kitRows(product).flatMap((row) => [`${product}/${row['QR code (SVG)']}`, `${product}/${row['QR code (PNG)']}`])));
		expect(listFiles(kit).filter((file) => file.includes('/qr/')).sort()).toEqual([...named].sort());
	});

	it('lists in its CSVs only addresses the built site has, each language in its own', () => {
		for (const product of products) {
			const rows = kitRows(product);
			expect(new Set(rows.map((row) => row.Language))).toEqual(new Set(['English (en)', 'Portuguese (pt)', 'Spanish (es)', 'French (fr)', 'Polish (pl)']));
			for (const row of rows) {
				expect(builtFile(row['Full URL']!), row['Full URL']).toBeDefined();
				if (row['Short link']) {
					expect(builtFile(row['Short link']), row['Short link']).toBeDefined();
					expect(row['Short link']).toMatch(/\/go\/[^/]+\/([^/]+\/)?$/);
				}
				const locale = /\((\w+)\)$/.exec(row.Language!)![1]!;
				if (locale !== 'en') expect(new URL(row['Full URL']!).pathname.startsWith(`/${locale}/`)).toBe(true);
			}
			// The short link's redirect page leads to the page beside it.
			const [hub] = rows;
			expect(readFileSync(builtFile(hub!['Short link']!)!, 'utf8')).toContain(new URL(hub!['Full URL']!).pathname);
		}
	});

	it('has QR codes, PNG and SVG, that each decode to the short link, or the address when there is none', async () => {
		let read = 0;
		for (const product of products) {
			for (const row of kitRows(product)) {
				const expected = row['Short link'] || row['Full URL'];
				for (const column of ['QR code (PNG)', 'QR code (SVG)']) {
					expect(await decode(join(kit, product, row[column]!)), `${product}/${row[column]}`).toBe(expected);
					read += 1;
				}
			}
		}
		expect(read).toBeGreaterThan(500);
	});

	it('has PNG codes that print at 2 cm or more at 300 dpi, black on white with the quiet zone', async () => {
		const file = join(kit, 'canva-wedding-suite', 'qr', 'en-go-wedding-suite.png');
		const meta = await sharp(file).metadata();
		expect(meta.width).toBeGreaterThanOrEqual(Math.ceil((2 / 2.54) * 300));
		expect(meta.density).toBe(300);
		const { data, info } = await sharp(file).greyscale().raw().toBuffer({ resolveWithObject: true });
		const scale = info.width / (readFileSync(join(kit, 'canva-wedding-suite', 'qr', 'en-go-wedding-suite.svg'), 'utf8').match(/viewBox="0 0 (\d+)/)![1] as unknown as number);
		// Four modules of white on every side, then the finder pattern's black corner.
		for (let i = 0; i < 4 * scale; i += 1) expect(data[i * info.width + i]).toBe(255);
		expect(data[4 * scale * info.width + 4 * scale]).toBe(0);
	});

	it('has printable sheets kept from search engines, with no script and nothing loaded from anywhere', () => {
		for (const product of products) {
			const html = readFileSync(join(kit, product, 'index.html'), 'utf8');
			expect(html).toContain('<meta name="robots" content="noindex">');
			expect(html).not.toMatch(/<script|<link|<iframe|<img|\ssrc=|url\(|@import/i);
			const rows = kitRows(product);
			expect(html.match(/<svg class="qr"/g)?.length).toBe(rows.length);
			for (const row of rows) expect(html).toContain(`aria-label="QR code for ${row['Short link'] || row['Full URL']}"`);
		}
	});
});

describe('the saved replies of the example shop', () => {
	it('parse as JSON, CSV and Zendesk macros in every language, each reply ending with its article on the built site', () => {
		for (const locale of locales) {
			const folder = join(kit, 'saved-replies');
			const { replies } = JSON.parse(readFileSync(join(folder, `${locale}.json`), 'utf8')) as { replies: { text: string; url: string; title: string }[] };
			expect(replies.length).toBeGreaterThan(5);
			for (const reply of replies) {
				expect(reply.text.endsWith(`\n${reply.url}`)).toBe(true);
				expect(builtFile(reply.url), reply.url).toBeDefined();
				if (locale !== 'en') expect(reply.url.startsWith(`${HOST}/${locale}/help/`)).toBe(true);
			}
			const rows = csv(join(folder, `${locale}.csv`));
			expect(rows.map((row) => [row.Title, row.Reply])).toEqual(replies.map((r) => [r.title, r.text]));
			expect(rows.every((row) => row.Reply!.endsWith(row.Link!))).toBe(true);
			const { macros } = JSON.parse(readFileSync(join(folder, `${locale}.zendesk-macros.json`), 'utf8')) as { macros: { actions: { field: string; value: string }[] }[] };
			expect(macros.map((m) => m.actions[0]!.value)).toEqual(replies.map((r) => r.text));
			// In Markdown, each reply's section ends with its link.
			const sections = readFileSync(join(folder, `${locale}.md`), 'utf8').split(/^## /m).slice(1);
			expect(sections.map((section) => section.trimEnd().split('\n').at(-1))).toEqual(replies.map((r) => r.url));
		}
	});
});

describe('two runs', () => {
	it('write the same bytes', async () => {
		const again = `${kit}-again`;
		await writeLinkKit({ root: projectRoot, outDir: again });
		const files = listFiles(kit);
		expect(listFiles(again)).toEqual(files);
		for (const file of files) expect(readFileSync(join(again, file)).equals(readFileSync(join(kit, file))), file).toBe(true);
	});
});

describe('the link kit of a help centre under a sub-path', () => {
	it('has addresses under the base that the built site has, and QR codes that hold them', async () => {
		// test/fixtures/sub-path: https://example.github.io/shop-help/, in English and Portuguese.
		const out = testOutput('link-kit-sub-path');
		const built = buildShop(join(fixture('sub-path'), 'content'), out, {}, ['--outDir', out, '--no-images', '--no-previews', '--kit-out', `${out}-kit`]);
		if (built.status !== 0) throw new Error(`build failed:\n${built.stdout}\n${built.stderr}`);
		const base = 'https://example.github.io/shop-help/';
		const products = listFiles(`${out}-kit`).filter((file) => file.endsWith('/links.csv'));
		expect(products.length).toBeGreaterThan(0);
		let short = 0;
		for (const file of products) {
			for (const row of csv(join(`${out}-kit`, file))) {
				for (const url of [row['Full URL']!, row['Short link']!].filter(Boolean)) {
					expect(url.startsWith(base), url).toBe(true);
					expect(fileForPath(out, withoutBase(new URL(url).pathname, '/shop-help/')!), url).toBeDefined();
				}
				if (row['Short link']) short += 1;
				expect(await decode(join(`${out}-kit`, file, '..', row['QR code (PNG)']!))).toBe(row['Short link'] || row['Full URL']);
			}
		}
		expect(short).toBeGreaterThan(0);
		const { replies } = JSON.parse(readFileSync(join(`${out}-kit`, 'saved-replies', 'pt.json'), 'utf8')) as { replies: { text: string; url: string }[] };
		expect(replies.every((r) => r.url.startsWith(`${base}pt/help/`) && r.text.endsWith(r.url))).toBe(true);
	});
});

describe('the link kit folder', () => {
	it('is guarded as the listing images folder is', () => {
		const out = testOutput('link-kit-refused');
		const inContent = buildShop(join(projectRoot, 'content'), out, {}, ['--outDir', out, '--kit-out', 'content']);
		expect(inContent.status).toBe(2);
		expect(inContent.stderr).toContain("The link kit's folder \"content\" is the project's content/ folder");
		const inSite = buildShop(join(projectRoot, 'content'), out, {}, ['--outDir', out, '--kit-out', join(out, 'kit')]);
		expect(inSite.status).toBe(2);
		expect(inSite.stderr).toContain('one holds the other');
	});
});
