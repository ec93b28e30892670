import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { logoPng } from '../../src/images/logo.ts';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/read-content.ts';
import { fixtureFile, problemsOf, shopWith } from '../helpers/content-tree.ts';

const shop = fixtureFile('shop.yaml');
const kit = fixtureFile('products/party-kit.yaml');
const withLogo = (logo: string) => shop.replace('name: Fixture Fonts', `name: Fixture Fonts\nlogo: ${logo}`);


describe('pictures', () => {
	it('finds the logo and, per product, its named image or else its first mockup photo by name', async () => {
		const pictures = ['mockups/brush-font/b-desk.jpg', 'mockups/brush-font/a-phone.png', 'mockups/party-kit/table.jpg', 'pictures/party.webp'];
		const clean = shopWith({
			'shop.yaml': withLogo('brand/logo.svg'),
			'brand/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
			...Object.fromEntries(pictures.map((file) => [file, ''])),
			'products/party-kit.yaml': `${kit}\nimage: pictures/party.webp\n`,
		});
		for (const file of pictures) await sharp({ create: { width: 4, height: 3, channels: 3, background: '#d8cbb8' } }).toFile(join(clean, 'content', file));
		const content = readContent(clean);
		expect(content.pictures.logo).toBe(join(clean, 'content/brand/logo.svg'));
		expect(content.pictures.products.get('brush-font')).toBe(join(clean, 'content/mockups/brush-font/a-phone.png'));
		expect(content.pictures.products.get('party-kit')).toBe(join(clean, 'content/pictures/party.webp'));
	});

	it('refuses a product picture that is an SVG inside, whatever its name says, and passes over such a mockup', () => {
		const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
		const problems = problemsOf({ 'pictures/kit.png': svg, 'products/party-kit.yaml': `${kit}\nimage: pictures/kit.png\n` });
		expect(problems).toContain('content/products/party-kit.yaml\n    image: is "pictures/kit.png", which is not a JPEG, PNG or WebP picture inside, whatever its name says');
		expect(readContent(shopWith({ 'mockups/party-kit/table.png': svg })).pictures.products.has('party-kit')).toBe(false);
	});

	it('gives a product without a picture or mockup none', () => {
		expect(readContent(shopWith({})).pictures).toEqual({ logo: undefined, products: new Map() });
	});

	it.each([
		['a path outside content/', '../logo.png', 'logo: is "../logo.png", which is outside content/.'],
		['an absolute path', '/home/me/logo.png', 'logo: is "/home/me/logo.png", which is outside content/.'],
		['a format pages cannot show safely', 'logo.gif', 'logo: is "logo.gif", a .gif; it must be .png, .svg.'],
		['a file that is not there', 'Logo.png', 'logo: is "Logo.png", but there is no such file in content/.'],
	])('refuses a logo at %s, naming the field and the fix', (_, logo, message) => {
		const problems = problemsOf({ 'shop.yaml': withLogo(logo), 'logo.png': 'png' });
		expect(problems).toContain('content/shop.yaml');
		expect(problems).toContain(message);
		expect(problems).toMatch(/Hint: /);
	});

	it('names the files beside a mistyped image path and says names are case-sensitive', () => {
		const problems = problemsOf({ 'products/party-kit.yaml': `${kit}\nimage: pictures/Party.jpg\n`, 'pictures/party.jpg': 'jpeg' });
		expect(problems).toContain('content/products/party-kit.yaml\n    image: is "pictures/Party.jpg", but there is no such file in content/. Files there: `party.jpg`.');
		expect(problems).toContain('names are case-sensitive');
	});
});

describe('the logo', () => {
	it('draws an SVG made 4000 px tall at the logo\'s height, not at 300 dpi', async () => {
		const file = join(tmpdir(), `aftercare-logo-${process.pid}.svg`);
		writeFileSync(file, '<svg xmlns="http://www.w3.org/2000/svg" width="8000" height="4000"><rect width="8000" height="4000" fill="#8a3b12"/></svg>');
		const { width, height, format } = await sharp(await logoPng(file)).metadata();
		expect([format, width, height]).toEqual(['png', 384, 192]);
	});
});
