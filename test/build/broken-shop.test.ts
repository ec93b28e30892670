import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { buildShop, listFiles, projectRoot, testOutput } from '../helpers/build.ts';
import { markOwnFolder } from '../../src/lib/output-folder.ts';
import { fixtureFile, shopWith } from '../helpers/content-tree.ts';

/** Builds a shop into a folder that holds a previous site, and says whether that site survived. */
function buildOverPreviousSite(root: string, outDir: string) {
	markOwnFolder(outDir);
	writeFileSync(join(outDir, 'index.html'), 'previous build');
	const result = buildShop(join(root, 'content'), outDir);
	return { ...result, keptPrevious: readFileSync(join(outDir, 'index.html'), 'utf8') === 'previous build' };
}

it('stops with the file, field and fix, keeps the old dist/ and changes no content file', () => {
	const root = shopWith({ 'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace('licenses: [personal]', 'licenses: [personl]') });
	const contentBefore = listFiles(join(root, 'content')).map((f) => readFileSync(join(root, 'content', f), 'utf8'));
	const outDir = testOutput('broken');
	const result = buildOverPreviousSite(root, outDir);

	expect(result.status).toBe(1);
	expect(result.stderr).toContain('Aftercare found 1 problem in your content. Nothing was built and no file was changed.');
	// The shop lives in a temporary folder here, so its path is printed relative to the project.
	expect(result.stderr).toContain(
		[
			'content/products/party-kit.yaml',
			'    licenses[0]: refers to the licence "personl", which does not exist.',
			'      Hint: use one of `commercial` or `personal`, or add content/licenses/personl.yaml.',
		].join('\n'),
	);
	expect(result.stderr).not.toMatch(/^\s+at /m);
	expect(result.keptPrevious).toBe(true);
	expect(listFiles(join(root, 'content')).map((f) => readFileSync(join(root, 'content', f), 'utf8'))).toEqual(contentBefore);
	expect(existsSync(join(outDir, 'pagefind'))).toBe(false);
});

it('refuses an output folder that would replace the content, before building anything', () => {
	const root = shopWith({});
	const contentBefore = listFiles(join(root, 'content'));
	const result = buildShop(join(root, 'content'), relative(projectRoot, join(root, 'content')));
	expect(result.status).toBe(2);
	expect(result.stderr).toContain(`The site's folder "${relative(projectRoot, join(root, 'content'))}" is the shop's content folder`);
	expect(result.stdout).not.toContain('2/3');
	expect(listFiles(join(root, 'content'))).toEqual(contentBefore);
});

it('stops before building when a title has a character the image fonts lack, keeping the old dist/', () => {
	const root = shopWith({ 'guides/en/install-the-font.mdx': fixtureFile('guides/en/install-the-font.mdx').replace('title: Install the font', 'title: Install the font 🎉') });
	const result = buildOverPreviousSite(root, testOutput('broken-glyph'));
	expect(result.status).toBe(1);
	expect(result.stderr).toContain('content/guides/en/install-the-font.mdx\n    title: "Install the font 🎉" has "🎉" (U+1F389), which the image font cannot draw: it would print as a box on the link previews.');
	expect(result.stdout).not.toContain('2/3');
	expect(result.keptPrevious).toBe(true);
});

it('names the file, line and column of text MDX cannot read before Astro starts, without a stack trace, keeping the old dist/', () => {
	// The content check parses with the compiler's own parser, so Astro is never reached.
	const guide = `${fixtureFile('guides/en/install-the-font.mdx')}\n<div>\n\n* an unclosed tag\n`;
	const root = shopWith({ 'guides/en/install-the-font.mdx': guide });
	const result = buildOverPreviousSite(root, testOutput('broken-mdx'));
	expect(result.status).toBe(1);
	expect(result.stderr).toContain(
		'content/guides/en/install-the-font.mdx\n    line 23, column 1: has <div> with no </div> in the same paragraph, so MDX cannot read it.\n      Hint: close it with </div> before the paragraph ends, or delete the tag.',
	);
	expect(result.stdout).not.toContain('2/3');
	expect(result.stderr).not.toMatch(/^\s+at /m);
	expect(result.keptPrevious).toBe(true);
});

it('builds with a link to an article’s former address, and prints a note with the current one', () => {
	const entry = fixtureFile('troubleshooting/en/font-missing.mdx');
	const root = shopWith({ 'troubleshooting/en/font-missing.mdx': `${entry}\nSee [the old guide](/guides/font-install/).\n` });
	const outDir = testOutput('former-slug-note');
	const result = buildShop(join(root, 'content'), outDir, {}, ['--outDir', outDir, '--no-images', '--no-previews', '--no-kit']);
	expect(result.status, result.stderr).toBe(0);
	expect(result.stdout).toMatch(/Note: \S*content\/troubleshooting\/en\/font-missing\.mdx, line \d+: .*\/guides\/font-install\/.*\/guides\/install-the-font\//);
});
