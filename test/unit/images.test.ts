import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { fitText, wrap } from '../../src/images/fit-text.ts';
import { loadFonts } from '../../src/images/fonts.ts';
import { glyphProblems } from '../../src/images/glyphs.ts';
import { TextFitError, type SatoriNode } from '../../src/images/node.ts';
import { presetsFor } from '../../src/images/presets.ts';
import { render, type RenderJob } from '../../src/images/render.ts';
import { licenseCardBody, licenseCardHeader, type LicenseCardData } from '../../src/images/templates/license-card.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { projectRoot } from '../helpers/build.ts';
import { fixtureFile, shopWith } from '../helpers/content-tree.ts';

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

describe('rendering', () => {
	const size = { width: 800, height: 600, format: 'png' as const, safe: { x: 0.125, y: 0, width: 0.75, height: 1 } };

	it('renders a licence card at the exact size and format, with the shop colour in the header', async () => {
		const png = await render({ kind: 'license-card', size, data: card });
		const meta = await sharp(png).metadata();
		expect([meta.format, meta.width, meta.height]).toEqual(['png', 800, 600]);
		const [r, g, b] = (await sharp(await sharp(png).extract({ left: 0, top: 0, width: 800, height: 20 }).toBuffer()).stats()).channels.map((c) => c.mean);
		expect(Math.abs(r! - 0x8a) + Math.abs(g! - 0x3b) + Math.abs(b! - 0x12)).toBeLessThan(12);
	});

	it('matches the stored snapshot within a tolerance', async () => {
		const png = await render({ kind: 'license-card', size, data: card });
		const file = join(projectRoot, 'test/fixtures/snapshots/license-card-pt.png');
		if (!existsSync(file)) {
			mkdirSync(join(projectRoot, 'test/fixtures/snapshots'), { recursive: true });
			writeFileSync(file, png);
		}
		const [a, b] = await Promise.all([png, readFileSync(file)].map((input) => sharp(input).removeAlpha().raw().toBuffer()));
		expect(a!.length).toBe(b!.length);
		let diff = 0;
		for (let i = 0; i < a!.length; i++) diff += Math.abs(a![i]! - b![i]!);
		expect(diff / a!.length).toBeLessThan(2);
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

	it('gives the same bytes for the same inputs', async () => {
		const [a, b] = await Promise.all([render({ kind: 'license-card', size, data: card }), render({ kind: 'license-card', size, data: card })]);
		expect(a.equals(b)).toBe(true);
	});
});
