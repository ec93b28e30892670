import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import pixelmatch from 'pixelmatch';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { intact } from '../../src/images/cache-files.ts';
import { fitText, wrap } from '../../src/images/fit-text.ts';
import { loadFonts } from '../../src/images/fonts.ts';
import { glyphProblems } from '../../src/images/glyphs.ts';
import { TextFitError, type SatoriNode } from '../../src/images/node.ts';
import { planListingImages, planPageCards } from '../../src/images/plan.ts';
import { presetsFor } from '../../src/images/presets.ts';
import { render, type RenderJob } from '../../src/images/render.ts';
import { runImageJobs, type PlannedImage } from '../../src/images/run-jobs.ts';
import { licenseCardBody, licenseCardHeader, type LicenseCardData } from '../../src/images/templates/license-card.ts';
import { buildTime } from '../../src/lib/notices.ts';
import { pageContext } from '../../src/lib/page-context.ts';
import { pageMeta } from '../../src/lib/page-meta.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { pageCardFor, routeTable } from '../../src/lib/route-table.ts';
import { buildSite } from '../../src/lib/site.ts';
import { projectRoot } from '../helpers/build.ts';
import { fixture, fixtureFile, shopWith } from '../helpers/content-tree.ts';

const fonts = loadFonts();
const measure = (text: string, size: number) => fonts.measure(text, size, 400);

const card: LicenseCardData = {
	shopName: 'Linden & Ink',
	accent: '#8a3b12',
	productName: 'Willow Wedding Stationery Suite',
	licenseTitle: 'Licença Comercial',
	badge: 'Produto digital',
	footer: 'Termos completos: help.lindenandink.com/pt/licenses/commercial/',
	rows: [
		{ label: 'Usar para si', status: 'allowed', detail: 'Sim' },
		{ label: 'Vender produtos físicos', status: 'limited', detail: 'Até 5\u00a0000 unidades' },
		{ label: 'Revender os ficheiros', status: 'not-allowed', detail: 'Não' },
		{ label: 'Sprzedawać produkty fizyczne', status: 'limited', detail: 'Do 5000 sztuk: ąęłżźćńó' },
	],
};

describe('fitting text', () => {
	it('wraps at word boundaries within the width', () => {
		const lines = wrap('Willow Wedding Stationery Suite for Canva', 300, 32, measure);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(measure(line, 32)).toBeLessThanOrEqual(300);
		expect(lines.join(' ')).toBe('Willow Wedding Stationery Suite for Canva');
	});

	it('shrinks before giving up, and gives up rather than cut', () => {
		const fitted = fitText('Willow Wedding Stationery Suite for Canva', { width: 400, maxLines: 1, size: 40, minSize: 10 }, measure);
		expect(fitted!.size).toBeLessThan(40);
		expect(fitted!.lines).toHaveLength(1);
		expect(fitText('x'.repeat(400), { width: 400, maxLines: 2, size: 40, minSize: 20 }, measure)).toBeUndefined();
	});

	it('names the field when a product name cannot fit', () => {
		expect(() => licenseCardHeader({ ...card, productName: 'Supercalifragilistic'.repeat(12) }, 4 / 3, fonts)).toThrow(TextFitError);
		expect(() => licenseCardHeader({ ...card, productName: 'Supercalifragilistic'.repeat(12) }, 4 / 3, fonts)).toThrow(/^name: "Supercal.*" does not fit on the image even at the smallest legible size\. Shorten it\.$/);
	});

	it('uses two columns of permissions from square up, so a square thumbnail stays readable', () => {
		const columnsAt = (aspect: number) => {
			const [columns] = licenseCardBody(card, aspect, fonts).node.props.children as SatoriNode[];
			return [columns!.props.children].flat().length;
		};
		expect(columnsAt(1)).toBe(2);
		expect(columnsAt(3 / 2)).toBe(2);
		expect(columnsAt(2 / 3)).toBe(1);
	});
});

describe('presets', () => {
	it('follow the platforms a product sells on', () => {
		expect(presetsFor(['etsy']).map((p) => p.id)).toEqual(['etsy', 'pinterest', 'open-graph']);
		expect(presetsFor(['gumroad', 'creative-market']).map((p) => p.id)).toEqual(['gumroad-cover', 'gumroad-thumbnail', 'creative-market', 'pinterest', 'open-graph']);
	});
});

describe('glyph coverage', () => {
	it('notices characters the fonts cannot draw', () => {
		expect(fonts.missing('Mockup ☂ only 🎉')).toEqual(['☂', '🎉']);
		expect(fonts.missing('Zażółć gęślą jaźń · São Tomé · Ærøskøbing · ¿Qué? · «Très»')).toEqual([]);
	});

	it('covers every UI string of every locale', () => {
		for (const [locale, strings] of Object.entries(uiStrings)) {
			for (const [key, text] of Object.entries(strings)) expect(fonts.missing(text), `${locale} ${key}`).toEqual([]);
		}
	});

	it('covers every name, title and note in the example shop', () => {
		const content = readContent(projectRoot);
		const texts: string[] = [content.shop.name, JSON.stringify(content.shop)];
		for (const entry of [...content.products.values(), ...content.licenses.values()]) texts.push(JSON.stringify(entry));
		for (const list of Object.values(content.articles)) for (const article of list) texts.push(article.data.title);
		const missing = texts.flatMap((text) => fonts.missing(JSON.parse(JSON.stringify(text)))).filter((c) => c !== '\\');
		expect([...new Set(missing)]).toEqual([]);
	});

	it('checks only the text the chosen images draw', () => {
		const content = readContent(
			shopWith({
				'guides/en/install-the-font.mdx': fixtureFile('guides/en/install-the-font.mdx').replace('title: Install the font', 'title: Install the font 🎉'),
				'notices/en/etsy-delay.md': fixtureFile('notices/en/etsy-delay.md').replace(/^title: (.*)$/m, 'title: ⚠ $1'),
			}),
		);
		const fields = (outputs: { images: boolean; previews: boolean }) => glyphProblems(content, outputs).map((p) => `${p.file} ${p.where}`);
		expect(fields({ images: true, previews: false })).toEqual([]);
		expect(fields({ images: false, previews: true })).toEqual(['content/guides/en/install-the-font.mdx title']);
		// Of the interface strings, only those drawn on the chosen images.
		const ui = readContent(shopWith({ 'ui/en.yaml': 'notices.none: All systems normal ✅\nperm.personalUse: Use it yourself ✅\n' }));
		expect(glyphProblems(ui, { images: true, previews: true }).map((p) => p.where)).toEqual(['perm.personalUse']);
		expect(glyphProblems(ui, { images: false, previews: true })).toEqual([]);
	});
});

/**
 * Pixels that differ to the eye: pixelmatch compares colours in YIQ space and ignores
 * anti-aliasing, so a library update that moves an edge by a fraction of a pixel passes while a
 * missing word (hundreds of pixels) or letter (a dozen or more) does not. A stored rendering is
 * byte-identical today; the allowance is for such updates.
 */
const MAX_DIFFERING_PIXELS = 8;
const SNAPSHOTS = join(projectRoot, 'test/fixtures/snapshots');

/**
 * Compares `png` with the stored snapshot `<name>.png`. A missing snapshot fails in CI (where a
 * test that writes its own expectation would pass on anything); elsewhere it is written, and the
 * test says so, for the developer to look at and commit. A failure writes the rendering and a
 * map of the differing pixels to test/.output/snapshots/ to look at.
 */
async function matchSnapshot(
	name: string,
	png: Buffer,
	{ dir = SNAPSHOTS, env = process.env, say = (line: string) => console.warn(line), report = true }: { dir?: string; env?: Record<string, string | undefined>; say?: (line: string) => void; report?: boolean } = {},
): Promise<{ differing: number; report: string }> {
	const file = join(dir, `${name}.png`);
	const shown = relative(projectRoot, file);
	if (!existsSync(file)) {
		if (env.CI) throw new Error(`${shown} is missing. Run the tests without CI to write it, look at it, and commit it.`);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, png);
		say(`Wrote the missing snapshot ${shown}: look at it, then commit it.`);
		return { differing: 0, report: 'written' };
	}
	const decode = (input: Buffer) => sharp(input).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	const [actual, expected] = await Promise.all([decode(png), decode(readFileSync(file))]);
	const { width, height } = expected.info;
	if (actual.info.width !== width || actual.info.height !== height) return { differing: Infinity, report: `${actual.info.width}x${actual.info.height}, the snapshot is ${width}x${height}` };
	const map = Buffer.alloc(width * height * 4);
	const differing = pixelmatch(actual.data, expected.data, map, width, height, { threshold: 0.1 });
	if (differing <= MAX_DIFFERING_PIXELS || !report) return { differing, report: '' };
	const out = join(projectRoot, 'test/.output/snapshots');
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, `${name}.actual.png`), png);
	await sharp(map, { raw: { width, height, channels: 4 } }).png().toFile(join(out, `${name}.diff.png`));
	return { differing, report: `${differing} pixels differ from ${shown}: see test/.output/snapshots/${name}.actual.png and .diff.png` };
}

describe('rendering', () => {
	const size = { width: 800, height: 600, format: 'png' as const, safe: { x: 0.125, y: 0, width: 0.75, height: 1 } };

	it('renders a licence card at the exact size and format, with the shop colour in the header', async () => {
		const png = await render({ kind: 'license-card', size, data: card });
		const meta = await sharp(png).metadata();
		expect([meta.format, meta.width, meta.height]).toEqual(['png', 800, 600]);
		const [r, g, b] = (await sharp(await sharp(png).extract({ left: 0, top: 0, width: 800, height: 20 }).toBuffer()).stats()).channels.map((c) => c.mean);
		expect(Math.abs(r! - 0x8a) + Math.abs(g! - 0x3b) + Math.abs(b! - 0x12)).toBeLessThan(12);
	});

	it('matches the stored snapshot to the eye', async () => {
		const result = await matchSnapshot('license-card-pt', await render({ kind: 'license-card', size, data: card }));
		expect(result.differing, result.report).toBeLessThanOrEqual(MAX_DIFFERING_PIXELS);
	});

	it('tells a snapshot from the same card with a word removed or changed', async () => {
		const without = (change: (data: LicenseCardData) => void) => {
			const data = structuredClone(card);
			change(data);
			return render({ kind: 'license-card', size, data });
		};
		// "os", a two-letter word in a permission row, and "Suite" in the header.
		for (const png of [await without((d) => (d.rows[2]!.label = 'Revender ficheiros')), await without((d) => (d.productName = 'Willow Wedding Stationery'))]) {
			expect((await matchSnapshot('license-card-pt', png, { report: false })).differing).toBeGreaterThan(MAX_DIFFERING_PIXELS * 10);
		}
		expect((await matchSnapshot('license-card-pt', await without((d) => (d.rows[0]!.detail = 'Sin')), { report: false })).differing).toBeGreaterThan(MAX_DIFFERING_PIXELS);
	});

	it('fails on a missing snapshot in CI, and elsewhere writes it and says so', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'aftercare-snapshots-'));
		const png = await render({ kind: 'license-card', size, data: card });
		await expect(matchSnapshot('new-card', png, { dir, env: { CI: 'true' } })).rejects.toThrow(/new-card\.png is missing.*Run the tests without CI/);
		expect(existsSync(join(dir, 'new-card.png'))).toBe(false);
		const said: string[] = [];
		const written = await matchSnapshot('new-card', png, { dir, env: {}, say: (line) => said.push(line) });
		expect(written.differing).toBe(0);
		expect(readFileSync(join(dir, 'new-card.png')).equals(png)).toBe(true);
		expect(said.join('\n')).toMatch(/Wrote the missing snapshot .*new-card\.png: look at it/);
	});

	it('composites a visible label inside the thumbnail-safe area of a photo', async () => {
		const photo = join(projectRoot, 'test/.output/plain-photo.jpg');
		mkdirSync(join(projectRoot, 'test/.output'), { recursive: true });
		await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#f2efe9' } }).jpeg().toFile(photo);
		const job: RenderJob = { kind: 'mockup', size: { ...size, format: 'jpeg' }, photo, label: { headline: 'Mockup only', detail: 'Digital download: no physical item is shipped' } };
		const jpeg = await render(job);
		expect((await sharp(jpeg).metadata()).format).toBe('jpeg');
		// The label sits in the lower middle of the centre square that thumbnails keep.
		// stats() reads the input, not the pipeline: crop to a buffer first.
		const region = async (left: number, top: number) => sharp(await sharp(jpeg).extract({ left, top, width: 500, height: 80 }).toBuffer()).stats();
		const labelArea = await region(150, 485);
		const corner = await region(0, 0);
		expect(labelArea.channels[0]!.mean).toBeLessThan(120);
		expect(labelArea.channels[0]!.stdev).toBeGreaterThan(10);
		expect(corner.channels[0]!.mean).toBeGreaterThan(200);
	});

	// Through the plan, as a build makes them: the foundry fixture's cards at the Gumroad thumbnail size.
	describe('the licence cards of a foundry shop', () => {
		const site = buildSite(readContent(fixture('foundry')), buildTime());
		const planned = planListingImages(site, { outDir: '/out', photos: new Map() });
		const job = (out: string) => {
			const found = planned.find((image) => image.out === join('/out', out))?.job;
			if (found?.kind !== 'license-card') throw new Error(`no licence card ${out} in the plan`);
			return found;
		};
		const labels = (out: string) => job(out).data.rows.map((row) => `${row.label}: ${row.detail}`);

		it('draws a font tier with its computers in the Polish plural and its seat range', async () => {
			const out = 'kestrel-sans/gumroad-thumbnail/licence-desktop-small-pl.png';
			expect(labels(out)).toContain('Zainstalować na komputerach: Najwyżej 2 komputery');
			expect(labels(out)).toContain('Liczba użytkowników na jeden zakup: 1–2');
			expect(labels('kestrel-sans/gumroad-thumbnail/licence-web-en.png')).toContain('Use it on a website: Up to 10,000 pageviews a month');
			expect(labels('kestrel-sans/gumroad-thumbnail/licence-web-en.png').some((row) => row.startsWith('Users per purchase'))).toBe(false);
			const result = await matchSnapshot('license-card-font-pl', await render(job(out)));
			expect(result.differing, result.report).toBeLessThanOrEqual(MAX_DIFFERING_PIXELS);
		});

		it('draws a course licence with only the questions a course is asked', async () => {
			const out = 'lettering-course/gumroad-thumbnail/licence-course-materials-en.png';
			expect(labels(out)).toEqual([
				'Use it for yourself: Yes', 'Use it in a business: Up to 25 printed worksheets', 'Make things for clients: No',
				'Share or resell the original files: No', 'Train AI models with it: No', 'Pass the licence on to someone else: No',
				'Users per purchase: 1', 'Credit required: No', 'How long: Forever',
			]);
			const result = await matchSnapshot('license-card-course-en', await render(job(out)));
			expect(result.differing, result.report).toBeLessThanOrEqual(MAX_DIFFERING_PIXELS);
		});
	});

	it('gives the same bytes for the same inputs', async () => {
		const [a, b] = await Promise.all([render({ kind: 'license-card', size, data: card }), render({ kind: 'license-card', size, data: card })]);
		expect(a.equals(b)).toBe(true);
	});
});

describe('the image cache', () => {
	const previewSize = { width: 1200, height: 630, format: 'png' as const, safe: { x: 0, y: 0, width: 1, height: 1 } };
	const preview = (title: string): RenderJob => ({ kind: 'page-card', size: previewSize, data: { shopName: 'Linden & Ink', accent: '#8a3b12', kind: 'Guide', title, host: 'help.example.com' } });
	const leftovers = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tmp'));

	it('knows a whole image from one cut short, damaged or of another size', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'aftercare-intact-'));
		const png = join(dir, 'a.png');
		const jpeg = join(dir, 'a.jpg');
		writeFileSync(png, await render(preview('Open the template')));
		writeFileSync(jpeg, await render({ ...preview('Open the template'), size: { ...previewSize, format: 'jpeg' } }));
		expect(intact(png, previewSize)).toBe(true);
		expect(intact(jpeg, { ...previewSize, format: 'jpeg' })).toBe(true);
		expect(intact(png, { ...previewSize, width: 600 })).toBe(false);
		expect(intact(png, { ...previewSize, format: 'jpeg' })).toBe(false);
		expect(intact(join(dir, 'none.png'), previewSize)).toBe(false);
		for (const [file, format] of [[png, 'png'], [jpeg, 'jpeg']] as const) {
			truncateSync(file, Math.floor(readFileSync(file).length / 2));
			expect(intact(file, { ...previewSize, format }), file).toBe(false);
		}
		writeFileSync(png, '');
		expect(intact(png, previewSize)).toBe(false);
	});

	it('renders identical images once, copies them to every place, and re-renders a damaged cached file', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'aftercare-cache-'));
		const cacheDir = join(dir, 'cache');
		const images: PlannedImage[] = [
			{ out: join(dir, 'out/og/guides/x.png'), job: preview('Open the template') },
			{ out: join(dir, 'out/og/pt/guides/x.png'), job: preview('Open the template') },
			{ out: join(dir, 'out/og/guides/y.png'), job: preview('Print at the right size') },
		];
		const quiet = { cacheDir, workers: 1, title: 'test', log: () => undefined };
		expect(await runImageJobs(images, quiet)).toMatchObject({ rendered: 2, shared: 1, cached: 0, failed: [] });
		expect(readFileSync(images[0]!.out).equals(readFileSync(images[1]!.out))).toBe(true);
		expect(await runImageJobs(images, quiet)).toMatchObject({ rendered: 0, shared: 0, cached: 3 });
		// An interrupted write or another tool's: the damaged entry is drawn again, the rest reused.
		const shared = readFileSync(images[0]!.out);
		const damaged = readdirSync(cacheDir).find((f) => readFileSync(join(cacheDir, f)).equals(shared))!;
		truncateSync(join(cacheDir, damaged), 100);
		expect(await runImageJobs(images, quiet)).toMatchObject({ rendered: 1, shared: 1, cached: 1 });
		for (const image of images) expect(intact(image.out, previewSize), image.out).toBe(true);
		expect([...leftovers(cacheDir), ...leftovers(join(dir, 'out'))]).toEqual([]);
	});

	it("points a page showing an untranslated article at the original's preview, planned once in the original's words", () => {
		const site = buildSite(readContent(fixture('basic')), buildTime());
		const routes = routeTable(site);
		const route = (locale: string, slug: string) => routes.find((r) => r.kind === 'article' && r.locale === locale && r.slug === slug)!;
		expect(pageCardFor(route('pt', 'open-canva-link'), site)).toBe('/og/guides/open-canva-link.png');
		expect(pageCardFor(route('en', 'open-canva-link'), site)).toBe('/og/guides/open-canva-link.png');
		expect(pageCardFor(route('pt', 'install-the-font'), site)).toBe('/og/pt/guides/install-the-font.png');
		const cards = planPageCards(site, routes, '/dist', (r) => pageMeta(pageContext(site, r.locale, r.path), r));
		const outs = cards.map((card) => card.out);
		expect(new Set(outs).size).toBe(outs.length);
		// Every page's card is planned: the page head and the renderer agree.
		for (const r of routes) {
			const path = pageCardFor(r, site);
			if (path) expect(outs, `${r.locale} ${r.path}`).toContain(join('/dist', path));
		}
		const shared = cards.find((card) => card.out === '/dist/og/guides/open-canva-link.png')!.job;
		const original = pageMeta(pageContext(site, 'en', '/guides/open-canva-link/'), route('en', 'open-canva-link'));
		expect(shared.kind === 'page-card' && [shared.data.title, shared.data.kind]).toEqual([original.title, original.kind]);
	});
});
