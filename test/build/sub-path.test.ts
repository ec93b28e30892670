import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { withoutBase } from '../../src/lib/base-path.ts';
import { buildShop, fileForPath, listFiles, readPage, testOutput, type BuildResult } from '../helpers/build.ts';
import { fixture, shopWith } from '../helpers/content-tree.ts';

// A shop published as a GitHub Pages project site (test/fixtures/sub-path, url
// https://example.github.io/shop-help/): every address a page writes must lead under /shop-help/,
// to a file the build wrote. Each page is read with an HTML parser, so no attribute is missed for
// the way it is quoted or spread over lines.

const BASE = '/shop-help/';
const ORIGIN = 'https://example.github.io';

let build: BuildResult;
let dist: string;
let pages: string[];

beforeAll(() => {
	build = buildShop(join(fixture('sub-path'), 'content'), testOutput('sub-path'));
	if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
	dist = build.outDir;
	pages = listFiles(dist).filter((file) => file.endsWith('.html'));
});

type Element = DefaultTreeAdapterMap['element'];

function elements(html: string): Element[] {
	const found: Element[] = [];
	const walk = (node: DefaultTreeAdapterMap['parentNode']) => {
		for (const child of node.childNodes) {
			if (!('tagName' in child)) continue;
			found.push(child);
			walk(child.tagName === 'template' ? (child as DefaultTreeAdapterMap['template']).content : child);
		}
	};
	walk(parse(html));
	return found;
}

const attribute = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

/** Every address a page names, with where it stands: `a[href]`, `img[srcset]`, `meta refresh`… */
function addresses(html: string): { where: string; value: string }[] {
	const found: { where: string; value: string }[] = [];
	for (const element of elements(html)) {
		const tag = element.tagName;
		for (const name of ['href', 'src', 'action', 'poster', 'data']) {
			const value = attribute(element, name);
			if (value !== undefined) found.push({ where: `${tag}[${name}]`, value });
		}
		const srcset = attribute(element, 'srcset');
		if (srcset) for (const candidate of srcset.split(',')) found.push({ where: `${tag}[srcset]`, value: candidate.trim().split(/\s+/)[0]! });
		const content = attribute(element, 'content');
		if (tag === 'meta' && content !== undefined) {
			if (attribute(element, 'http-equiv') === 'refresh') found.push({ where: 'meta refresh', value: /url=(.*)$/i.exec(content)?.[1] ?? '' });
			const property = attribute(element, 'property') ?? attribute(element, 'name');
			if (property && /^(og:(url|image)|twitter:image)$/.test(property)) found.push({ where: `meta ${property}`, value: content });
		}
	}
	return found;
}

/** An address on the shop's own site as a path (`/shop-help/x/`), or undefined for another site, a mail address or `#x`. */
function ownPath(value: string): string | undefined {
	if (value.startsWith('//')) return new URL(`https:${value}`).origin === ORIGIN ? new URL(`https:${value}`).pathname : undefined;
	if (value.startsWith('/')) return value;
	if (value.startsWith(`${ORIGIN}/`) || value === ORIGIN) {
		const url = new URL(value);
		return `${url.pathname}${url.search}${url.hash}`;
	}
	return undefined;
}

/** What is wrong with one address on a page, or undefined: it must be under the base and lead to a file. */
function problemWith(value: string): string | undefined {
	const path = ownPath(value);
	if (path === undefined) return undefined;
	const inside = withoutBase(path.split(/[?#]/)[0]!, BASE);
	if (inside === undefined) return 'is outside /shop-help/';
	if (!fileForPath(dist, inside)) return 'leads to no file';
	return undefined;
}

describe('a shop hosted under a sub-path', () => {
	it('builds it', () => {
		expect(build.stdout).toContain('1 products, 1 licences, 5 articles, locales en, pt');
		expect(pages.length).toBeGreaterThan(40);
	});

	it('writes every address of every page under /shop-help/, each leading to a file the build wrote', () => {
		const problems: string[] = [];
		let checked = 0;
		for (const file of pages) {
			for (const { where, value } of addresses(readFileSync(join(dist, file), 'utf8'))) {
				if (ownPath(value) !== undefined) checked++;
				// A 404 names its own address as og:url (/shop-help/404/), as at a domain root, where it is
				// served for every miss: under the base, but not a file of its own.
				const problem = where === 'meta og:url' && file.endsWith('404.html') ? (ownPath(value)!.startsWith(BASE) ? undefined : 'is outside /shop-help/') : problemWith(value);
				if (problem) problems.push(`${file}: ${where} ${value} ${problem}`);
			}
		}
		expect(problems).toEqual([]);
		// Pages, stylesheets, scripts, pictures, the favicon, og images: thousands, not a handful.
		expect(checked).toBeGreaterThan(1000);
	});

	it('writes canonical, hreflang, og:url and og:image as full addresses under the base', () => {
		const head = elements(readPage(dist, '/pt/guides/print-a-specimen/'));
		const link = (rel: string, hreflang?: string) => head.find((e) => e.tagName === 'link' && attribute(e, 'rel') === rel && attribute(e, 'hreflang') === hreflang);
		const meta = (property: string) => attribute(head.find((e) => e.tagName === 'meta' && attribute(e, 'property') === property)!, 'content');
		expect(attribute(link('canonical')!, 'href')).toBe(`${ORIGIN}/shop-help/pt/guides/print-a-specimen/`);
		expect(attribute(link('alternate', 'en')!, 'href')).toBe(`${ORIGIN}/shop-help/guides/print-a-specimen/`);
		expect(attribute(link('alternate', 'x-default')!, 'href')).toBe(`${ORIGIN}/shop-help/guides/print-a-specimen/`);
		expect(meta('og:url')).toBe(`${ORIGIN}/shop-help/pt/guides/print-a-specimen/`);
		expect(meta('og:image')).toBe(`${ORIGIN}/shop-help/og/pt/guides/print-a-specimen.png`);
		expect(attribute(link('icon')!, 'href')).toBe('/shop-help/favicon.svg');
	});

	it('keeps article links in the reader’s language, under the base, notices’ links too', () => {
		const body = (path: string) => elements(readPage(dist, path)).filter((e) => e.tagName === 'a').map((e) => attribute(e, 'href'));
		expect(body('/pt/guides/print-a-specimen/')).toContain('/shop-help/pt/help/pages-cut-off/');
		// An English entry shown untranslated on a Portuguese page links to the Portuguese guide.
		expect(body('/pt/help/pages-cut-off/')).toContain('/shop-help/pt/guides/print-a-specimen/');
		expect(body('/notices/')).toContain('/shop-help/guides/print-a-specimen/');
		const pictures = elements(readPage(dist, '/guides/print-a-specimen/')).filter((e) => e.tagName === 'img').map((e) => attribute(e, 'src'));
		expect(pictures).toContainEqual(expect.stringMatching(/^\/shop-help\/_astro\/specimen\..*\.webp$/));
		const home = elements(readPage(dist, '/')).filter((e) => e.tagName === 'img').map((e) => attribute(e, 'src'));
		expect(home).toContainEqual(expect.stringMatching(/^\/shop-help\/_astro\/logo-/));
		expect(home).toContainEqual(expect.stringMatching(/^\/shop-help\/_astro\/lettering-font\./));
	});

	it('prints short links with the base on the product page', () => {
		const text = elements(readPage(dist, '/products/lettering-font/')).map((e) => e.childNodes.filter((c) => c.nodeName === '#text').map((c) => (c as DefaultTreeAdapterMap['textNode']).value).join('')).join('');
		expect(text).toContain('https://example.github.io/shop-help/go/letter/');
	});

	it('sends every redirect page on to a page under the base, by meta refresh and by its link', () => {
		const expected: Record<string, string> = {
			'/go/letter/': '/shop-help/products/lettering-font/',
			'/go/letter/print-a-specimen/': '/shop-help/guides/print-a-specimen/',
			'/go/letter/pages-cut-off/': '/shop-help/help/pages-cut-off/',
			'/pt/go/letter/': '/shop-help/pt/products/lettering-font/',
			'/go/lettering/': '/shop-help/products/lettering-font/',
			'/guides/specimen/': '/shop-help/guides/print-a-specimen/',
			'/pt/guides/specimen/': '/shop-help/pt/guides/print-a-specimen/',
		};
		for (const [from, to] of Object.entries(expected)) {
			const page = elements(readPage(dist, from));
			const refresh = attribute(page.find((e) => e.tagName === 'meta' && attribute(e, 'http-equiv') === 'refresh')!, 'content');
			expect(refresh, from).toBe(`0; url=${to}`);
			expect(page.filter((e) => e.tagName === 'a').map((e) => attribute(e, 'href')), from).toContain(to);
		}
		let redirects = 0;
		for (const file of pages) {
			const refresh = elements(readFileSync(join(dist, file), 'utf8')).find((e) => e.tagName === 'meta' && attribute(e, 'http-equiv') === 'refresh');
			if (!refresh) continue;
			redirects++;
			const to = /url=(.*)$/.exec(attribute(refresh, 'content')!)![1]!;
			const target = fileForPath(dist, withoutBase(to, BASE) ?? '/nowhere/');
			expect(target, `${file} -> ${to}`).toBeDefined();
			expect(readFileSync(target!, 'utf8'), `${file} -> ${to} is itself a redirect`).not.toContain('http-equiv="refresh"');
		}
		expect(redirects).toBeGreaterThanOrEqual(Object.keys(expected).length);
	});

	it('links the 404 pages, served at any depth, with addresses under the base', () => {
		for (const file of ['404.html', 'pt/404.html']) {
			const links = elements(readFileSync(join(dist, file), 'utf8')).flatMap((e) => ['href', 'src', 'action'].map((name) => attribute(e, name)).filter((v): v is string => v !== undefined));
			const own = links.filter((value) => !value.startsWith('#') && !value.startsWith('mailto:'));
			expect(own.length, file).toBeGreaterThan(10);
			for (const value of own) expect(value, file).toMatch(/^(\/shop-help\/|https:\/\/example\.github\.io\/shop-help\/)/);
		}
		expect(elements(readFileSync(join(dist, '404.html'), 'utf8')).some((e) => e.tagName === 'a' && attribute(e, 'href') === '/shop-help/pt/')).toBe(true);
	});

	it('lists the pages in the sitemap under the base, without short links, old slugs or 404s', () => {
		const locs = (file: string) => [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
		expect(locs('sitemap-index.xml')).toEqual([`${ORIGIN}/shop-help/sitemap-0.xml`]);
		const urls = locs('sitemap-0.xml');
		expect(urls).toContain(`${ORIGIN}/shop-help/`);
		expect(urls).toContain(`${ORIGIN}/shop-help/pt/guides/print-a-specimen/`);
		for (const url of urls) {
			expect(url).toMatch(/^https:\/\/example\.github\.io\/shop-help\//);
			expect(problemWith(url), url).toBeUndefined();
			expect(url).not.toMatch(/\/go\/|\/guides\/specimen\/|\/404\/|\/saved-replies\//);
		}
	});

	it('loads search from under the base: Pagefind and its vocabulary, whose base then prefixes the results', () => {
		expect(fileForPath(dist, '/pagefind/pagefind.js')).toBeDefined();
		// Astro inlines a small script (the highlighter's loader, on every page) and bundles the rest.
		const inline = elements(readPage(dist, '/')).filter((e) => e.tagName === 'script' && !attribute(e, 'src')).map((e) => e.childNodes.map((c) => (c as DefaultTreeAdapterMap['textNode']).value ?? '').join(''));
		const bundled = listFiles(dist).filter((file) => file.startsWith('_astro/') && file.endsWith('.js')).map((file) => readFileSync(join(dist, file), 'utf8'));
		const scripts = [...inline, ...bundled].join('\n');
		expect(scripts).toContain('/shop-help/pagefind/pagefind.js');
		expect(scripts).toContain('/shop-help/pagefind/aftercare-search.');
		expect(scripts).toContain('/shop-help/pagefind/pagefind-highlight.js');
		expect(scripts.replaceAll('/shop-help/pagefind/', '')).not.toContain('/pagefind/');
		// Stylesheets name no root-relative file outside the base either.
		const styles = listFiles(dist).filter((file) => file.endsWith('.css')).map((file) => readFileSync(join(dist, file), 'utf8')).join('\n');
		for (const [, url] of styles.matchAll(/url\(\s*["']?(\/[^"')]*)/g)) expect(problemWith(url!), url).toBeUndefined();
	});

	it('builds the same site from the address written without its last slash', () => {
		const root = shopWith({ 'shop.yaml': readFileSync(join(fixture('sub-path'), 'content', 'shop.yaml'), 'utf8').replace('url: https://example.github.io/shop-help/', 'url: https://example.github.io/shop-help') }, 'sub-path');
		const other = buildShop(join(root, 'content'), testOutput('sub-path-no-slash'));
		if (other.status !== 0) throw new Error(`build failed:\n${other.stdout}\n${other.stderr}`);
		const files = listFiles(dist);
		expect(listFiles(other.outDir)).toEqual(files);
		const differing = files.filter((file) => !readFileSync(join(dist, file)).equals(readFileSync(join(other.outDir, file))));
		expect(differing).toEqual([]);
	});
});
