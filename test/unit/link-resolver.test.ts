import { describe, expect, it } from 'vitest';
import { linkIndex, pathKey, resolveLink, type LinkIndex } from '../../src/lib/link-resolver.ts';
import { nearestChoices } from '../../src/lib/content-errors.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { routeTable } from '../../src/lib/route-table.ts';
import { buildSite } from '../../src/lib/site.ts';
import { fixture } from '../helpers/content-tree.ts';

// test/fixtures/links: Wedding Suite (code `wedding`, formerly `wed`; Canva guides), Undated
// Planner (`planner`, its own print guide), and a bundle of both (`bundle`); the guide
// edit-in-canva was open-in-canva; /article/123-old-name is imported from another tool.
const site = buildSite(readContent(fixture('links')), new Date('2026-11-25T00:00:00Z'));
const routes = routeTable(site);
const index = linkIndex(site, routes, { files: ['/favicon.svg'] });
const SITE = 'https://help.linkshop.test';
const check = (href: string, product?: string, within: LinkIndex = index) => resolveLink(href, within, product);

describe('links into the help centre', () => {
	it('finds a page', () => {
		expect(check(`${SITE}/guides/edit-in-canva/`)).toEqual({ status: 'ok', address: `${SITE}/guides/edit-in-canva/` });
		expect(check(`${SITE}/pt/help/zip-wont-open/`)).toEqual({ status: 'ok', address: `${SITE}/pt/help/zip-wont-open/` });
		expect(check(`${SITE}/`).status).toBe('ok');
		expect(check(SITE).status).toBe('ok');
	});

	it('finds a current short link, to the hub and to an article', () => {
		expect(check(`${SITE}/go/wedding/`)).toEqual({ status: 'ok', address: `${SITE}/go/wedding/` });
		expect(check(`${SITE}/go/wedding/edit-in-canva/`)).toEqual({ status: 'ok', address: `${SITE}/go/wedding/edit-in-canva/` });
		expect(check(`${SITE}/pt/go/planner/print-at-home/`).status).toBe('ok');
	});

	it('reads the address as a host serves it: trailing slash, index.html, host case, www, http, a fragment', () => {
		for (const href of [
			`${SITE}/guides/edit-in-canva`,
			`${SITE}/guides/edit-in-canva/index.html`,
			'https://HELP.LinkShop.TEST/guides/edit-in-canva/',
			'https://www.help.linkshop.test/guides/edit-in-canva/',
			'http://help.linkshop.test/guides/edit-in-canva/',
		]) {
			expect(check(href), href).toEqual({ status: 'ok', address: `${SITE}/guides/edit-in-canva/` });
		}
		expect(check(`${SITE}/guides/edit-in-canva#make-a-copy`)).toEqual({ status: 'ok', address: `${SITE}/guides/edit-in-canva/#make-a-copy` });
		expect(check(`${SITE}/search/?q=zip`)).toEqual({ status: 'ok', address: `${SITE}/search/?q=zip` });
		expect(pathKey('/')).toBe('/');
		expect(pathKey('/index.html')).toBe('/');
	});

	it('accepts the files of the site and of public/', () => {
		expect(check(`${SITE}/favicon.svg`).status).toBe('ok');
		expect(check(`${SITE}/og/guides/edit-in-canva.png`).status).toBe('ok');
		expect(check(`${SITE}/sitemap-index.xml`).status).toBe('ok');
		expect(check(`${SITE}/pt/llms-full.txt`).status).toBe('ok');
		expect(check(`${SITE}/missing.pdf`).status).toBe('broken');
	});

	it("accepts the notices' feeds in every language, and only the link previews the build makes", () => {
		for (const feed of ['/notices/rss.xml', '/notices/feed.json', '/pt/notices/rss.xml', '/pt/notices/feed.json', '/pt/404.html']) expect(check(`${SITE}${feed}`).status, feed).toBe('ok');
		expect(check(`${SITE}/og/pt/guides/edit-in-canva.png`).status).toBe('ok');
		// Not translated: the Portuguese page shares the original's card, so there is no Portuguese one.
		expect(check(`${SITE}/og/pt/guides/print-at-home.png`).status).toBe('broken');
		expect(check(`${SITE}/og/guides/edit-in-canvas.png`).status).toBe('broken');
		expect(check(`${SITE}/og/whatever.png`).status).toBe('broken');
		expect(check(`${SITE}/fr/notices/rss.xml`).status).toBe('broken');
		// The build names its scripts and search index as it runs: taken as written.
		expect(check(`${SITE}/_astro/Base.a1b2c3.css`).status).toBe('ok');
		expect(check(`${SITE}/pagefind/pagefind.js`).status).toBe('ok');
	});

	it('ignores other sites and other schemes', () => {
		expect(check('https://www.canva.com/design/abc')).toEqual({ status: 'foreign' });
		expect(check('https://linkshop.test/go/wedding/')).toEqual({ status: 'foreign' });
		expect(check('https://help.linkshop.test.evil.example/go/wedding/')).toEqual({ status: 'foreign' });
		expect(check('mailto:help@linkshop.test')).toEqual({ status: 'foreign' });
		expect(check('not a url')).toEqual({ status: 'foreign' });
	});
});

describe('former addresses', () => {
	it('says which page to print for a former slug', () => {
		expect(check(`${SITE}/guides/open-in-canva/`)).toEqual({ status: 'former', via: 'former-slug', print: `${SITE}/guides/edit-in-canva/` });
		expect(check(`${SITE}/pt/guides/open-in-canva/#fazer-uma-copia`)).toEqual({ status: 'former', via: 'former-slug', print: `${SITE}/pt/guides/edit-in-canva/#fazer-uma-copia` });
	});

	it('gives the current short link for a former code, also in the deep form', () => {
		expect(check(`${SITE}/go/wed/`)).toEqual({ status: 'former', via: 'former-code', print: `${SITE}/go/wedding/` });
		expect(check(`${SITE}/go/wed/edit-in-canva/`)).toEqual({ status: 'former', via: 'former-code', print: `${SITE}/go/wedding/edit-in-canva/` });
		expect(check(`${SITE}/pt/go/wed/zip-wont-open`)).toEqual({ status: 'former', via: 'former-code', print: `${SITE}/pt/go/wedding/zip-wont-open/` });
	});

	it('gives the current deep short link for a former slug after a current code', () => {
		expect(check(`${SITE}/go/wedding/open-in-canva/`)).toEqual({ status: 'former', via: 'former-slug', print: `${SITE}/go/wedding/edit-in-canva/` });
		// Both renamed at once.
		expect(check(`${SITE}/go/wed/open-in-canva/`)).toEqual({ status: 'former', via: 'former-code', print: `${SITE}/go/wedding/edit-in-canva/` });
	});

	it('gives the page an imported redirect leads to', () => {
		expect(check(`${SITE}/article/123-old-name`)).toEqual({ status: 'former', via: 'imported', print: `${SITE}/help/zip-wont-open/` });
	});
});

describe('broken links', () => {
	it('names the nearest address of the same language', () => {
		const result = check(`${SITE}/guides/edit-in-canvas/`);
		expect(result).toMatchObject({ status: 'broken', path: '/guides/edit-in-canvas/', nearest: '/guides/edit-in-canva/' });
		expect(result.status === 'broken' && result.suggestion).toContain(`\`${SITE}/guides/edit-in-canva/\``);
		expect(check(`${SITE}/pt/go/weding/`)).toMatchObject({ status: 'broken', nearest: '/pt/go/wedding/' });
	});

	it("names the nearest among the product's own addresses for a product's file", () => {
		const anyone = check(`${SITE}/go/bundle/edit-in-canvas/`);
		expect(anyone).toMatchObject({ status: 'broken', nearest: '/go/bundle/edit-in-canva/' });
		const wedding = check(`${SITE}/go/bundle/edit-in-canvas/`, 'wedding-suite');
		expect(wedding).toMatchObject({ status: 'broken' });
		expect(wedding).not.toHaveProperty('nearest', '/go/bundle/edit-in-canva/');
		expect(wedding.status === 'broken' && wedding.suggestion).toContain('/go/wedding/edit-in-canva/');
		expect(wedding.status === 'broken' && wedding.suggestion).not.toContain('/go/bundle/');
	});

	it('offers no address as the one meant when none is close', () => {
		const result = check(`${SITE}/nope`);
		expect(result).toMatchObject({ status: 'broken', path: '/nope' });
		expect(result).not.toHaveProperty('nearest');
	});

	it('finds no deep short link for an article of another product', () => {
		expect(check(`${SITE}/go/wedding/print-at-home/`)).toMatchObject({ status: 'broken' });
	});
});

describe('a help centre under a sub-path', () => {
	const under = linkIndex(site, routes, { url: 'https://user.github.io/shop-help/' });
	const HERE = 'https://user.github.io/shop-help';

	it('resolves addresses under the base and prints them with it', () => {
		expect(check(`${HERE}/go/wedding/`, undefined, under)).toEqual({ status: 'ok', address: `${HERE}/go/wedding/` });
		expect(check(`${HERE}`, undefined, under)).toEqual({ status: 'ok', address: `${HERE}/` });
		expect(check(`${HERE}/go/wed/edit-in-canva/`, undefined, under)).toEqual({ status: 'former', via: 'former-code', print: `${HERE}/go/wedding/edit-in-canva/` });
		expect(check(`${HERE}/guides/nope/`, undefined, under)).toMatchObject({ status: 'broken', path: '/guides/nope/' });
	});

	it('leaves the same host outside the base alone, but names one of its addresses without the folder', () => {
		expect(check('https://user.github.io/other-repo/go/wedding/', undefined, under)).toEqual({ status: 'foreign' });
		// …unless it is one of ours with the folder left out.
		expect(check('https://user.github.io/go/wedding/', undefined, under)).toEqual({ status: 'broken', path: '/go/wedding/', suggestion: `${HERE}/go/wedding/` });
		expect(check('https://user.github.io/some-other-project/', undefined, under)).toEqual({ status: 'foreign' });
		expect(check(`${SITE}/go/wedding/`, undefined, under)).toEqual({ status: 'foreign' });
	});
});

describe('links to another product', () => {
	it("finds another product's short link and page", () => {
		expect(check(`${SITE}/go/planner/`, 'wedding-suite')).toMatchObject({ status: 'ok', other: { kind: 'short-link', products: ['planner'] } });
		expect(check(`${SITE}/go/planner/zip-wont-open/`, 'wedding-suite')).toMatchObject({ status: 'ok', other: { kind: 'short-link', products: ['planner'] } });
		expect(check(`${SITE}/pt/products/planner/`, 'wedding-suite')).toMatchObject({ status: 'ok', other: { kind: 'product', products: ['planner'] } });
	});

	it('finds an article that does not apply to the product, and names whom it is for', () => {
		expect(check(`${SITE}/guides/print-at-home/`, 'wedding-suite')).toMatchObject({ status: 'ok', other: { kind: 'article', products: ['bundle', 'planner'], title: 'Print the planner at home' } });
		// Through a former address too: it works, and it is still someone else's.
		expect(check(`${SITE}/guides/open-in-canva/`, 'planner')).toMatchObject({ status: 'former', other: { kind: 'article', products: ['bundle', 'wedding-suite'] } });
	});

	it("leaves the product's own links, and those for every product, alone", () => {
		for (const path of ['/go/wedding/', '/go/wedding/edit-in-canva/', '/guides/edit-in-canva/', '/help/zip-wont-open/', '/products/wedding-suite/', '/policies/refunds/', '/']) {
			expect(check(`${SITE}${path}`, 'wedding-suite'), path).not.toHaveProperty('other');
		}
		expect(check(`${SITE}/go/wed/`, 'wedding-suite')).not.toHaveProperty('other');
	});

	it("counts a bundle's parts as the bundle's own, not the other way round", () => {
		for (const path of ['/go/wedding/', '/go/planner/print-at-home/', '/products/planner/', '/guides/print-at-home/', '/guides/edit-in-canva/']) {
			expect(check(`${SITE}${path}`, 'bundle'), path).not.toHaveProperty('other');
		}
		expect(check(`${SITE}/go/bundle/`, 'planner')).toMatchObject({ other: { kind: 'short-link', products: ['bundle'] } });
	});

	it('does not look without a product', () => {
		expect(check(`${SITE}/go/planner/`)).toEqual({ status: 'ok', address: `${SITE}/go/planner/` });
	});
});

describe('a big shop', () => {
	// The fixture's routes repeated under new paths: as many addresses as a shop of thousands of
	// articles in five languages, its redirects still leading to real pages.
	const big = (count: number) => Array.from({ length: count }, (_, i) => ({ ...routes[i % routes.length]!, path: `${routes[i % routes.length]!.path}${i}/` }));

	it('gathers 100,000 addresses in well under a second, not in minutes', () => {
		const started = performance.now();
		const large = linkIndex(site, big(100_000));
		// A copy of the language's list per route took 30 s here; pushing takes about 0.3 s.
		expect(performance.now() - started).toBeLessThan(3000);
		expect([...large.current.values()].reduce((sum, list) => sum + list.length, 0)).toBeGreaterThan(50_000);
	});

	it('works out the addresses a broken link may have meant once per language and product', () => {
		const large = linkIndex(site, big(20_000));
		const started = performance.now();
		for (let i = 0; i < 20; i++) expect(check(`${SITE}/guides/edit-in-canvas-${i}/`, 'wedding-suite', large).status).toBe('broken');
		// One set of choices for the twenty links, and one distance per address and link.
		expect([...large.choices.keys()]).toEqual(['en\0wedding-suite']);
		expect(performance.now() - started).toBeLessThan(3000);
		// The same three, in the same order, as nearestChoices names from the same addresses.
		const result = check(`${SITE}/guides/edit-in-canvas/`, 'wedding-suite', large);
		const addresses = large.choices.get('en\0wedding-suite')!.map((address) => `${SITE}${address}`);
		expect(result).toMatchObject({ status: 'broken', suggestion: nearestChoices(`${SITE}/guides/edit-in-canvas/`, addresses) });
	});
});
