import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { markOwnFolder } from '../../src/lib/output-folder.ts';
import { buildShop, listFiles, testOutput } from '../helpers/build.ts';
import { fixtureFile, shopWith } from '../helpers/content-tree.ts';

it('lists the schemas, references, bodies, glyphs and preview titles in one list before anything renders, keeping the old dist/', () => {
	const root = shopWith({
		'shop.yaml': fixtureFile('shop.yaml').replace('name: Fixture Fonts', 'name: Fixture Fonts\ncolors: { accent: "#ffff00" }'),
		'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace('licenses: [personal]', 'licenses: [personl]'),
		'guides/en/install-the-font.mdx': fixtureFile('guides/en/install-the-font.mdx').replace('title: Install the font', 'title: Install the font 🎉').replace('/help/font-missing/', '/help/font-mising/'),
		'guides/en/open-canva-link.mdx': fixtureFile('guides/en/open-canva-link.mdx').replace(/^title: .*$/m, `title: ${'Open the Canva link that came with your order '.repeat(4)}`),
	});
	const contentBefore = listFiles(join(root, 'content')).map((f) => readFileSync(join(root, 'content', f)));
	const outDir = testOutput('one-pass');
	markOwnFolder(outDir);
	writeFileSync(join(outDir, 'index.html'), 'previous build');
	const result = buildShop(join(root, 'content'), outDir);
	expect(result.status).toBe(1);
	expect(result.stderr).toContain('Aftercare found 5 problems in your content. Nothing was built and no file was changed.');
	expect(result.stderr).toContain('colors.accent: "#ffff00" is too light or too faint to read');
	expect(result.stderr).toContain('licenses[0]: refers to the licence "personl", which does not exist.');
	expect(result.stderr).toContain('links to /help/font-mising/, which is not a page of this help centre.');
	expect(result.stderr).toContain('title: "Install the font 🎉" has "🎉" (U+1F389), which the image font cannot draw');
	expect(result.stderr).toContain('is too long for its link preview image: 3 lines at the smallest size (40 px) hold about');
	expect(result.stdout).not.toContain('2/3');
	expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('previous build');
	expect(listFiles(join(root, 'content')).map((f) => readFileSync(join(root, 'content', f)))).toEqual(contentBefore);
});
