import { describe, expect, it } from 'vitest';
import { ContentError, type ContentProblem } from '../../src/lib/content-errors.ts';
import { addressProblems, parseLedger, publishedPaths, recordedLedger, redirectSource, redirectTarget } from '../../src/lib/published-urls.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { redirectRules, redirectsFile, vercelConfig, REDIRECTS_FILE_LIMIT } from '../../src/lib/redirect-rules.ts';
import { routeTable, type Route } from '../../src/lib/route-table.ts';
import { buildSite } from '../../src/lib/site.ts';
import { fixtureFile, shopWith } from '../helpers/content-tree.ts';

const now = new Date('2026-11-25T00:00:00Z');
/** The basic shop with changes, read and turned into its route table. */
function shop(changes: Record<string, string | null> = {}) {
	const content = readContent(shopWith(changes), 'content', now);
	return { content, routes: routeTable(buildSite(content, now)) };
}
const ledgerOf = (paths: readonly string[]) => `# recorded\n${paths.join('\n')}\n`;
/** The problems the content check finds for the basic shop with changes (a redirects.yaml line is checked with the rest). */
function checked(changes: Record<string, string | null>): ContentProblem[] {
	try {
		readContent(shopWith(changes), 'content', now);
	} catch (error) {
		if (error instanceof ContentError) return error.problems;
		throw error;
	}
	return [];
}
const messages = (problems: { where?: string; message: string; hint?: string }[]) => problems.map((p) => `${p.where}: ${p.message} | ${p.hint}`);

describe('the ledger of published addresses', () => {
	const basic = shop();
	const published = publishedPaths(basic.routes, 'en');

	it('lists every page and redirect once, in every locale, sorted', () => {
		expect(published).toContain('/guides/install-the-font/');
		expect(published).toContain('/pt/guides/install-the-font/');
		expect(published).toContain('/guides/font-install/');
		expect(published).toContain('/go/brush/install-the-font/');
		expect(published).toContain('/pt/go/brush/');
		expect(published).toEqual([...new Set(published)].sort());
	});

	it('is recorded by adding, never by dropping a line', () => {
		const first = recordedLedger([], ['/b/', '/a/'], 'https://help.fixture.test/');
		expect(first.added).toEqual(['/b/', '/a/']);
		const lines = first.text.split('\n').filter((line) => line.startsWith('/'));
		expect(lines).toEqual(['/a/', '/b/']);
		const later = recordedLedger(['/a/', '/b/', '/gone/'], ['/a/', '/c/'], 'https://help.fixture.test/');
		expect(later.added).toEqual(['/c/']);
		expect(later.text.split('\n').filter((line) => line.startsWith('/'))).toEqual(['/a/', '/b/', '/c/', '/gone/']);
		// Recording the same again changes nothing.
		expect(recordedLedger(parseLedger(later.text, 'x').paths.map((p) => p.path), ['/a/', '/c/'], 'https://help.fixture.test/').text).toBe(later.text);
		expect(parseLedger(later.text, 'x').site).toBe('https://help.fixture.test/');
	});

	it('reads lines that are not addresses as problems at their line', () => {
		const { paths, problems } = parseLedger('# note\n/a/\n\nhttps://x.com/b/\n/c\n', 'content/published-urls.txt');
		expect(paths).toEqual([{ path: '/a/', line: 2 }]);
		expect(problems.map((p) => p.where)).toEqual(['line 4', 'line 5']);
	});

	it('passes while every published address is still made', () => {
		const { content, routes } = shop({ 'published-urls.txt': ledgerOf(published) });
		expect(addressProblems(content, routes)).toEqual([]);
	});

	it('stops a rename without a former slug, saying which line and what to write', () => {
		const renamed = fixtureFile('guides/en/install-the-font.mdx').replace('formerSlugs: [font-install]', 'formerSlugs: []');
		const { content, routes } = shop({ 'published-urls.txt': ledgerOf(published), 'guides/en/install-the-font.mdx': renamed });
		const found = messages(addressProblems(content, routes));
		// One problem for the article, at its plainest address, counting its other languages and short links.
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/^line \d+: is \/guides\/font-install\/ and 8 more addresses of the same page \(/);
		expect(found[0]).toContain('add "font-install" to `formerSlugs` in the article it became (in content/guides/en/)');
	});

	it('keeps a renamed short code working through formerCodes, and stops one dropped', () => {
		const product = fixtureFile('products/brush-font.yaml');
		const kept = shop({ 'published-urls.txt': ledgerOf(published), 'products/brush-font.yaml': product.replace('shortCode: brush', 'shortCode: brush-2').replace('formerCodes: [brush-old]', 'formerCodes: [brush-old, brush]') });
		expect(addressProblems(kept.content, kept.routes)).toEqual([]);
		const dropped = shop({ 'published-urls.txt': ledgerOf(published), 'products/brush-font.yaml': product.replace('shortCode: brush', 'shortCode: brush-2') });
		const found = messages(addressProblems(dropped.content, dropped.routes));
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/is \/go\/brush\/ and \d+ more addresses/);
		expect(found[0]).toContain('add "brush" to its `formerCodes`');
	});

	it('names a language taken out of shop.yaml once, not once per address', () => {
		// As if French had been published and then taken out of `locales`.
		const french = published.filter((path) => !path.startsWith('/pt/') && !path.startsWith('/es/')).map((path) => `/fr${path}`);
		const withoutPt = shop({ 'published-urls.txt': ledgerOf([...published, ...french]) });
		const found = addressProblems(withoutPt.content, withoutPt.routes);
		const aboutPt = found.filter((p) => p.message.includes('/fr/'));
		expect(aboutPt).toHaveLength(1);
		expect(aboutPt[0]!.message).toMatch(/lists \d+ published addresses under \/fr\//);
		expect(aboutPt[0]!.hint).toContain('put "fr" back in `locales`');
		expect(found).toHaveLength(1);
	});

	it('lets an address from another tool lead to a page through redirects.yaml', () => {
		const { content, routes } = shop({ 'redirects.yaml': '/article/12-old-name: /guides/install-the-font/\n/kb/fonts/: /pt/help/font-missing/\n' });
		expect(addressProblems(content, routes)).toEqual([]);
		const imported = routes.filter((r): r is Extract<Route, { kind: 'redirect' }> => r.kind === 'redirect' && r.via === 'imported');
		expect(imported.map((r) => `${r.path} -> ${r.to}`)).toEqual(['/article/12-old-name/ -> /guides/install-the-font/', '/kb/fonts/ -> /pt/help/font-missing/']);
	});

	it('refuses a redirect from a page, to nowhere, or from an address a static host cannot serve', () => {
		const found = messages(checked({ 'redirects.yaml': '/guides/install-the-font/: /help/font-missing/\n/old/: /guides/instal-the-font/\n' }));
		expect(found[0]).toContain('/guides/install-the-font/: is a page of this help centre');
		expect(found[1]).toContain('leads to "/guides/instal-the-font/", which is not a page');
		expect(found[1]).toContain('/guides/install-the-font/');
		expect(redirectSource('https://old.example.com/a')).toMatchObject({ message: expect.stringContaining('not a path') });
		expect(redirectSource('/a?id=3')).toMatchObject({ message: expect.stringContaining('not what follows ?') });
		expect(redirectSource('/a/../b')).toMatchObject({ message: expect.stringContaining('("..")') });
		expect(redirectSource('/docs/page.php')).toMatchObject({ message: expect.stringContaining('file extension') });
		expect(redirectSource('/article/123-Old_Name')).toEqual({ path: '/article/123-Old_Name/' });
		expect(() => readContent(shopWith({ 'redirects.yaml': '/a b/: /help/font-missing/\n' }), 'content', now)).toThrow(ContentError);
	});
});

describe('addresses made twice, and what redirects.yaml may lead to', () => {
	it('refuses a guide and a troubleshooting entry with one slug, whose short links would collide', () => {
		const entry = fixtureFile('troubleshooting/en/font-missing.mdx');
		const { content, routes } = shop({ 'troubleshooting/en/install-the-font.mdx': entry });
		const found = messages(addressProblems(content, routes));
		expect(found).toHaveLength(1);
		expect(found[0]).toContain('has the name or old name "install-the-font"');
		expect(found[0]).toContain('/go/brush/install-the-font/ would lead to two pages');
	});

	it('refuses a line of redirects.yaml that would take over a short link', () => {
		expect(messages(checked({ 'redirects.yaml': '/go/party/: /products/brush-font/\n' }))).toEqual([expect.stringContaining('/go/party/: is a short link of this help centre')]);
		// A deep short link is known only to the route table.
		const { content, routes } = shop({ 'redirects.yaml': '/go/party/open-canva-link/: /products/brush-font/\n' });
		expect(messages(addressProblems(content, routes))).toEqual([expect.stringContaining('/go/party/open-canva-link/: is a short link or old address the content already makes')]);
	});

	it('reads targets as a browser would: a #section, the own domain, https only, no spaces', () => {
		const url = 'https://help.example.com/';
		expect(redirectTarget('/guides/install-the-font/#unzip-it', url)).toEqual({ path: '/guides/install-the-font/', fragment: '#unzip-it' });
		expect(redirectTarget('/help/font-missing', url)).toEqual({ path: '/help/font-missing/', fragment: '' });
		expect(redirectTarget('https://help.example.com/help/font-missing/', url)).toEqual({ path: '/help/font-missing/', fragment: '' });
		expect(redirectTarget('https://www.etsy.com/shop/x', url)).toEqual({ url: 'https://www.etsy.com/shop/x' });
		expect(redirectTarget('https://evil.test/a b /go/x/ 200', url)).toMatchObject({ message: expect.stringContaining('a space or an invisible character') });
		expect(redirectTarget('javascript:alert(1)', url)).toMatchObject({ message: expect.stringContaining('neither a path') });
		expect(redirectTarget('http://old.example.com/', url)).toMatchObject({ message: expect.stringContaining('not an https://') });
		expect(messages(checked({ 'redirects.yaml': '/a/: https://help.fixture.test/help/gone/\n/b/: /guides/install-the-font/#unzip-it\n' }))).toEqual([expect.stringContaining('/a/: leads to "https://help.fixture.test/help/gone/", which is not a page')]);
		const { routes } = shop({ 'redirects.yaml': '/b/: /guides/install-the-font/#unzip-it\n' });
		expect(routes.find((r) => r.path === '/b/')).toMatchObject({ to: '/guides/install-the-font/#unzip-it' });
	});

	it('names the line as the seller wrote it', () => {
		expect(checked({ 'redirects.yaml': '/old-y: /nowhere/\n' })[0]).toMatchObject({ where: '/old-y' });
	});
});

describe('the fix the ledger check gives', () => {
	const published = publishedPaths(shop().routes, 'en');
	const withLedger = (changes: Record<string, string | null>) => {
		const { content, routes } = shop({ 'published-urls.txt': ledgerOf(published), ...changes });
		return messages(addressProblems(content, routes));
	};

	it('gives the exact line to add when an article no longer applies to a product', () => {
		// The guide was for the font; now it is for the party kit only.
		const guide = fixtureFile('guides/en/install-the-font.mdx').replace('products: [brush-font]', 'products: [party-kit]');
		const found = withLedger({ 'guides/en/install-the-font.mdx': guide });
		const brush = found.find((m) => m.includes('/go/brush/install-the-font/'));
		expect(brush).toContain('no longer applies to the product whose code is "brush"');
		expect(brush).toContain('`/go/brush/install-the-font/: /guides/install-the-font/`');
	});

	it('says where an article went when it moved to another section', () => {
		const guide = fixtureFile('guides/en/install-the-font.mdx');
		const found = withLedger({ 'guides/en/install-the-font.mdx': null, 'guides/pt/install-the-font.mdx': null, 'troubleshooting/en/install-the-font.mdx': guide.replace('formerSlugs: [font-install]', 'formerSlugs: []').replace('category: downloads', 'category: downloads\nsymptom: x\ncause: y\nsavedReply: z') });
		expect(found.some((m) => m.includes('is now /help/install-the-font/') && m.includes('`/guides/install-the-font/: /help/install-the-font/`'))).toBe(true);
	});
});

describe('a ledger from another help centre, and a redirect that stands for an article', () => {
	const published = publishedPaths(shop().routes, 'en');

	it('is one problem that says to delete the file when the shop began as a copy of another', () => {
		const { content, routes } = shop({ 'published-urls.txt': `site: https://help.lindenandink.com/\n/article/12-old/\n${published.join('\n')}\n` });
		const found = addressProblems(content, routes);
		expect(found).toHaveLength(1);
		expect(found[0]!.message).toBe("lists the addresses published at https://help.lindenandink.com/, but content/shop.yaml's url is https://help.fixture.test/.");
		expect(found[0]!.hint).toMatch(/^if this is a new shop begun from another \(such as the example shop\), delete .*published-urls\.txt/);
	});

	it('keeps a deleted article\'s other languages and printed short links with one line of redirects.yaml', () => {
		const ledger = `site: https://help.fixture.test/\n${published.join('\n')}\n`;
		const party = fixtureFile('products/party-kit.yaml').replace('featured: [open-canva-link]', 'featured: []');
		const deleted = { 'published-urls.txt': ledger, 'guides/en/open-canva-link.mdx': null, 'products/party-kit.yaml': party };
		const before = shop(deleted);
		expect(addressProblems(before.content, before.routes).length).toBeGreaterThan(0);
		const after = shop({ ...deleted, 'redirects.yaml': '/guides/open-canva-link/: /help/font-missing/\n' });
		expect(addressProblems(after.content, after.routes)).toEqual([]);
		const imported = after.routes.filter((r): r is Extract<Route, { kind: 'redirect' }> => r.kind === 'redirect' && r.via === 'imported').map((r) => `${r.locale}:${r.path} -> ${r.to}`);
		expect(imported).toEqual(expect.arrayContaining(['en:/guides/open-canva-link/ -> /help/font-missing/', 'pt:/guides/open-canva-link/ -> /pt/help/font-missing/', 'en:/go/party/open-canva-link/ -> /help/font-missing/', 'pt:/go/party/open-canva-link/ -> /pt/help/font-missing/']));
	});
});

describe('redirect rules for hosts', () => {
	const { routes } = shop({ 'redirects.yaml': '/article/12-old-name: /guides/install-the-font/\n' });
	const rules = redirectRules(routes, 'en', '/');

	it('puts the oldest kinds of address first and adds the base', () => {
		expect(rules[0]).toEqual({ from: '/article/12-old-name/', to: '/guides/install-the-font/', via: 'imported' });
		expect(rules.findIndex((r) => r.via === 'short-link')).toBeGreaterThan(rules.findLastIndex((r) => r.via === 'former-code'));
		expect(redirectRules(routes, 'en', '/shop-help/')[0]).toMatchObject({ from: '/shop-help/article/12-old-name/', to: '/shop-help/guides/install-the-font/' });
	});

	it('writes _redirects plain for Cloudflare, forced and with 404s per language for Netlify', () => {
		const cloudflare = redirectsFile(rules, { host: 'cloudflare', base: '/', locales: ['en', 'pt'] }).text.split('\n');
		expect(cloudflare).toContain('/article/12-old-name/ /guides/install-the-font/ 301');
		expect(cloudflare.some((line) => line.includes('404'))).toBe(false);
		const netlify = redirectsFile(rules, { host: 'netlify', base: '/', locales: ['en', 'pt'] }).text.split('\n');
		expect(netlify).toContain('/go/brush/ /products/brush-font/ 301!');
		expect(netlify).toContain('/pt/* /pt/404.html 404');
	});

	it('stays within the hosts\' limits, keeping the oldest addresses', () => {
		const many = Array.from({ length: REDIRECTS_FILE_LIMIT + 5 }, (_, i) => ({ from: `/go/x/${i}/`, to: '/', via: 'short-link' as const }));
		const written = redirectsFile([rules[0]!, ...many], { host: 'cloudflare', base: '/', locales: ['en'] });
		expect(written.left).toBe(6);
		expect(written.text.split('\n').filter((line) => line.endsWith(' 301'))).toHaveLength(REDIRECTS_FILE_LIMIT);
		expect(written.text).toContain('/article/12-old-name/');
		const vercel = vercelConfig([rules[0]!, ...many]);
		const config = JSON.parse(vercel.text) as { trailingSlash: boolean; redirects: { source: string; destination: string; statusCode: number }[] };
		expect(config.redirects).toHaveLength(1024);
		expect(config.redirects[0]).toEqual({ source: '/article/12-old-name/', destination: '/guides/install-the-font/', statusCode: 301 });
		expect(config.trailingSlash).toBe(true);
	});
});
