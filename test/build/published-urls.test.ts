import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildShop, FIXED_EPOCH, projectRoot, readPage, testOutput } from '../helpers/build.ts';
import { shopWith } from '../helpers/content-tree.ts';

// A seller publishes the basic shop, records its addresses, then renames a guide: with the old
// slug in `formerSlugs` every printed link keeps working (and becomes a real 301 on hosts with
// rules); without it, the build stops before anything is replaced.

const quick = (outDir: string) => ['--outDir', outDir, '--no-images', '--no-previews', '--no-kit'];
let root: string;
let content: string;
const outDir = testOutput('published-urls');

function recordUrls(...args: string[]) {
	return spawnSync(process.execPath, ['scripts/record-urls.ts', ...args], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: { ...process.env, AFTERCARE_CONTENT: relative(projectRoot, content), SOURCE_DATE_EPOCH: FIXED_EPOCH },
	});
}
const guide = (locale: string, slug: string) => join(content, 'guides', locale, `${slug}.mdx`);
/** Renames the guide install-the-font (both languages), with or without its old slug kept. */
function renameGuide(keepOldSlug: boolean) {
	for (const locale of ['en', 'pt']) {
		const text = readFileSync(guide(locale, 'install-the-font'), 'utf8');
		const formers = keepOldSlug ? 'formerSlugs: [font-install, install-the-font]' : 'formerSlugs: [font-install]';
		writeFileSync(guide(locale, 'install-your-font'), locale === 'en' ? text.replace('formerSlugs: [font-install]', formers) : text);
		renameSync(guide(locale, 'install-the-font'), join(root, `${locale}-install-the-font.mdx`));
	}
}

beforeAll(() => {
	root = shopWith({});
	content = join(root, 'content');
	const first = buildShop(content, outDir, {}, quick(outDir));
	if (first.status !== 0) throw new Error(`build failed:\n${first.stdout}\n${first.stderr}`);
	const recorded = recordUrls();
	if (recorded.status !== 0) throw new Error(recorded.stderr);
});

describe('the ledger of published addresses', () => {
	it('is written by record-urls, and only added to', () => {
		const ledger = readFileSync(join(content, 'published-urls.txt'), 'utf8');
		expect(ledger.split('\n')).toContain('/guides/install-the-font/');
		expect(ledger.split('\n')).toContain('/pt/go/brush/install-the-font/');
		expect(recordUrls().stdout).toContain('Nothing to add');
		expect(recordUrls('--check').status).toBe(0);
	});

	it('stops a build that would drop a published address, and leaves the site as it was', () => {
		const before = readPage(outDir, '/guides/install-the-font/');
		renameGuide(false);
		const build = buildShop(content, outDir, {}, quick(outDir));
		expect(build.status).toBe(1);
		const shownFile = `${relative(projectRoot, content)}/published-urls.txt`;
		expect(build.stderr).toContain(shownFile);
		expect(build.stderr).toMatch(/line \d+: is \/guides\/install-the-font\/ and \d+ more addresses of the same page .*, published by this help centre and no longer made by the content/);
		expect(build.stderr).toContain('add "install-the-font" to `formerSlugs` in the article it became');
		expect(build.stderr).not.toMatch(/\n\s+at /);
		expect(readPage(outDir, '/guides/install-the-font/')).toBe(before);
		// Nor does record-urls paper over it: the old address stays in the ledger until it is kept.
		expect(recordUrls().status).toBe(1);
	});

	it('keeps every old address working once the old slug is in formerSlugs', () => {
		for (const locale of ['en', 'pt']) rmSync(guide(locale, 'install-your-font'));
		for (const locale of ['en', 'pt']) renameSync(join(root, `${locale}-install-the-font.mdx`), guide(locale, 'install-the-font'));
		renameGuide(true);
		const build = buildShop(content, outDir, {}, quick(outDir));
		expect(build.status, build.stderr).toBe(0);
		expect(readPage(outDir, '/guides/install-the-font/')).toContain('<meta http-equiv="refresh" content="0; url=/guides/install-your-font/">');
		expect(readPage(outDir, '/pt/guides/install-the-font/')).toContain('url=/pt/guides/install-your-font/');
		expect(readPage(outDir, '/go/brush/install-the-font/')).toContain('url=/guides/install-your-font/');
		expect(readPage(outDir, '/go/brush/install-your-font/')).toContain('url=/guides/install-your-font/');
		const rules = readFileSync(join(outDir, '_redirects'), 'utf8').split('\n');
		expect(rules).toContain('/guides/install-the-font/ /guides/install-your-font/ 301');
		expect(rules).toContain('/pt/go/brush/ /pt/products/brush-font/ 301');
		const vercel = JSON.parse(readFileSync(join(outDir, 'vercel.json'), 'utf8')) as { redirects: { source: string; destination: string }[] };
		expect(vercel.redirects).toContainEqual({ source: '/guides/install-the-font/', destination: '/guides/install-your-font/', statusCode: 301 });
		expect(recordUrls().stdout).toMatch(/Added \d+ addresses/);
		expect(existsSync(join(content, 'published-urls.txt.partial'))).toBe(false);
	});

	it('forces the rules for Netlify, which otherwise serves the redirect page with a 200', () => {
		const build = buildShop(content, outDir, { AFTERCARE_HOST: 'netlify' }, quick(outDir));
		expect(build.status, build.stderr).toBe(0);
		const rules = readFileSync(join(outDir, '_redirects'), 'utf8').split('\n');
		expect(rules).toContain('/guides/install-the-font/ /guides/install-your-font/ 301!');
		expect(rules).toContain('/pt/* /pt/404.html 404');
	});
});
