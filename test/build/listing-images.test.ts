import { mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeListingImage, renderListingImages, UsageError } from '../../src/images/listing-images.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { buildSite } from '../../src/lib/site.ts';
import { listFiles, projectRoot } from '../helpers/build.ts';
import { fixtureFile, shopWith } from '../helpers/content-tree.ts';

let root: string;
const run = async (extra: Partial<Parameters<typeof renderListingImages>[0]> = {}) => {
	const log: string[] = [];
	const warnings: string[] = [];
	const ok = await renderListingImages({ root, outDir: 'listing-images', log: (l) => log.push(l), warn: (l) => warnings.push(l), ...extra });
	return { ok, log: log.join('\n'), warnings: warnings.join('\n') };
};

beforeAll(async () => {
	root = shopWith({});
	const photos = join(root, 'content/mockups/brush-font');
	mkdirSync(photos, { recursive: true });
	await sharp({ create: { width: 3000, height: 2250, channels: 3, background: '#d8cbb8' } }).jpeg().toFile(join(photos, 'desk.jpg'));
	await sharp({ create: { width: 800, height: 600, channels: 3, background: '#d8cbb8' } }).jpeg().toFile(join(photos, 'small.jpg'));
	writeFileSync(join(photos, 'broken.jpg'), 'this is not a photo');
});

describe('listing images for the basic fixture shop', () => {
	let first: Awaited<ReturnType<typeof run>>;
	beforeAll(async () => {
		first = await run();
	});

	it('renders every licence card and labelled photo per preset of the platforms sold on', () => {
		const files = listFiles(join(root, 'listing-images'));
		expect(files).toContain('brush-font/etsy/licence-personal-en.jpg');
		expect(files).toContain('brush-font/etsy/licence-commercial-en.jpg');
		expect(files).toContain('brush-font/etsy/mockup-desk-en.jpg');
		expect(files).toContain('brush-font/pinterest/mockup-desk-en.jpg');
		expect(files).toContain('party-kit/gumroad-cover/licence-personal-en.png');
		expect(files).toContain('party-kit/gumroad-thumbnail/licence-personal-en.png');
		expect(files).not.toContain('party-kit/etsy/licence-personal-en.jpg');
		expect(files).toContain('index.html');
		expect(readFileSync(join(root, 'listing-images/index.html'), 'utf8')).toContain('<img src="brush-font/etsy/mockup-desk-en.jpg"');
	});

	it('writes an index by product, then by preset with its pixel size, each image captioned in words', () => {
		const html = readFileSync(join(root, 'listing-images/index.html'), 'utf8');
		// The outline: product headings, each followed by its presets in presets.ts's order.
		const outline = [...html.matchAll(/<h([23])[^>]*>(.*?)<\/h\1>/g)].map(([, level, text]) => `${level} ${text!.replace(/<[^>]+>/g, '')}`);
		expect(outline).toEqual([
			'2 Brush Font',
			'3 Etsy listing (4:3) 3000 × 2250 px · JPEG',
			'3 Pinterest pin (2:3) 1000 × 1500 px · JPEG',
			'3 Link preview (1200x630) 1200 × 630 px · PNG',
			'2 Party Kit',
			'3 Gumroad cover (16:9) 1280 × 720 px · PNG',
			'3 Gumroad thumbnail (square) 600 × 600 px · PNG',
			'3 Pinterest pin (2:3) 1000 × 1500 px · JPEG',
			'3 Link preview (1200x630) 1200 × 630 px · PNG',
		]);
		// Under Brush Font's Etsy heading: the licence cards in the product's order, then the photo.
		const etsy = html.slice(html.indexOf('Etsy listing (4:3)'), html.indexOf('Pinterest pin (2:3)'));
		const captions = [...etsy.matchAll(/<figcaption>([^<]*)<a class="file" href="([^"]+)">/g)].map(([, caption, src]) => `${caption} = ${src}`);
		expect(captions).toEqual([
			'Licence card: Personal, English = brush-font/etsy/licence-personal-en.jpg',
			'Licence card: Commercial, English = brush-font/etsy/licence-commercial-en.jpg',
			'Mockup: desk photo, English = brush-font/etsy/mockup-desk-en.jpg',
		]);
	});

	it('makes the index a page that opens from disk: valid HTML, nothing fetched from elsewhere, phone-width', async () => {
		const html = readFileSync(join(root, 'listing-images/index.html'), 'utf8');
		const validator = new HtmlValidate(JSON.parse(readFileSync(join(projectRoot, '.htmlvalidate.json'), 'utf8')));
		const report = await validator.validateString(html);
		expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))).toEqual([]);
		expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
		expect(html).not.toMatch(/<link\b|<script\b|@import|url\(/);
		expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
		expect(html).toContain('minmax(min(220px,100%),1fr)');
	});

	it('makes each image at its preset size', async () => {
		const etsy = await sharp(join(root, 'listing-images/brush-font/etsy/mockup-desk-en.jpg')).metadata();
		expect([etsy.format, etsy.width, etsy.height]).toEqual(['jpeg', 3000, 2250]);
		const thumb = await sharp(join(root, 'listing-images/party-kit/gumroad-thumbnail/licence-personal-en.png')).metadata();
		expect([thumb.format, thumb.width, thumb.height]).toEqual(['png', 600, 600]);
	});

	it('names a corrupt photo and a photo too small, renders the rest and reports failure', () => {
		expect(first.ok).toBe(false);
		expect(first.warnings).toContain('content/mockups/brush-font/broken.jpg cannot be read as an image');
		expect(first.warnings).toContain('Export it again as JPEG or PNG.');
		expect(first.warnings).toContain('content/mockups/brush-font/small.jpg is 800x600 px, smaller than the etsy preset (3000x2250). Use a larger photo; it would look blurred.');
		expect(first.log).toMatch(/Listing images: \d+ rendered, 0 unchanged/);
	});

	it('renders nothing on a second run with nothing changed, and says so', async () => {
		const second = await run();
		expect(second.log).toMatch(/Listing images: nothing changed, \d+ images up to date/);
	});

	it('renders a damaged cached image again instead of shipping it as unchanged', async () => {
		const cacheDir = join(root, 'node_modules/.cache/aftercare/images');
		const file = join(root, 'listing-images/brush-font/pinterest/licence-commercial-en.jpg');
		const cached = readdirSync(cacheDir).find((f) => f.endsWith('.jpg') && readFileSync(join(cacheDir, f)).equals(readFileSync(file)))!;
		truncateSync(join(cacheDir, cached), 1000);
		const again = await run();
		expect(again.log).toMatch(/Listing images: 1 rendered, \d+ unchanged/);
		await sharp(file, { failOn: 'error' }).stats();
		expect(readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});

	it('renders the same bytes again with --no-cache', async () => {
		const file = join(root, 'listing-images/brush-font/pinterest/licence-commercial-en.jpg');
		const before = readFileSync(file);
		const again = await run({ useCache: false, products: ['brush-font'], presets: ['pinterest'] });
		expect(again.log).toMatch(/Listing images: [1-9]\d* rendered, 0 unchanged/);
		expect(readFileSync(file).equals(before)).toBe(true);
	});

	it('rejects an unknown preset or product with the choices', async () => {
		await expect(run({ presets: ['etsy-square'] })).rejects.toThrow(UsageError);
		await expect(run({ presets: ['etsy-square'] })).rejects.toThrow('There is no preset "etsy-square". Use one of `etsy`, `gumroad-cover`');
		await expect(run({ products: ['brush'] })).rejects.toThrow('There is no product "brush". Use one of `brush-font` or `party-kit`.');
	});
});

it('names a listing image in words from its file name, in the language it is made in', () => {
	const site = buildSite(readContent(join(projectRoot, 'test/fixtures/basic')), new Date('2026-11-25T00:00:00Z'));
	expect(describeListingImage('licence-commercial-pt.jpg', site)).toBe('Licence card: Commercial, Portuguese');
	expect(describeListingImage('mockup-flat-lay-es.png', site)).toBe('Mockup: flat lay photo, Spanish');
	expect(describeListingImage('mockup-desk_photo-en.jpg', site)).toBe('Mockup: desk photo, English');
	expect(describeListingImage('notes.jpg', site)).toBe('notes.jpg');
});

it('refuses text the fonts cannot draw, naming the file, the field and the character', async () => {
	root = shopWith({ 'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace('name: Party Kit', 'name: Party Kit ☂') });
	const result = await run();
	expect(result.ok).toBe(false);
	expect(result.warnings).toContain(
		'  content/products/party-kit.yaml\n    name: "Party Kit ☂" has "☂" (U+2602), which the image font cannot draw: it would print as a box on the listing images.\n      Hint: remove or replace the character',
	);
});

it('names a photo damaged past its header once, when rendering finds it, and writes the rest', async () => {
	root = shopWith({});
	const photos = join(root, 'content/mockups/brush-font');
	mkdirSync(photos, { recursive: true });
	const whole = await sharp({ create: { width: 3000, height: 2250, channels: 3, background: '#d8cbb8', noise: { type: 'gaussian', mean: 128, sigma: 30 } } }).jpeg().toBuffer();
	writeFileSync(join(photos, 'cut.jpg'), whole.subarray(0, Math.floor(whole.length * 0.4)));
	writeFileSync(join(photos, 'desk.jpg'), whole);
	const result = await run();
	expect(result.ok).toBe(false);
	const named = result.warnings.split('\n').filter((line) => line.includes('cut.jpg'));
	// The reason in brackets is libvips's, which differs between its versions and thread timings.
	expect(named).toHaveLength(1);
	expect(named[0]).toMatch(/^ {2}content\/mockups\/brush-font\/cut\.jpg cannot be read as an image \((VipsJpeg: premature end of JPEG image|the file is damaged or cut short)\)\. Export it again as JPEG or PNG\.$/);
	const files = listFiles(join(root, 'listing-images'));
	expect(files).toContain('brush-font/etsy/mockup-desk-en.jpg');
	expect(files.filter((file) => file.includes('mockup-cut'))).toEqual([]);
});
