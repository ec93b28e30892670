import { describe, expect, it } from 'vitest';
import { fixtureFile, problemsOf } from '../helpers/content-tree.ts';
import { absoluteUrl, siteBase, siteOrigin, siteUrlProblem, withBase, withoutBase } from '../../src/lib/base-path.ts';

describe('a help centre under a sub-path', () => {
	it.each([
		['https://help.example.com', '/'],
		['https://help.example.com/', '/'],
		['https://user.github.io/shop-help/', '/shop-help/'],
		['https://user.github.io/shop-help', '/shop-help/'],
		['https://user.github.io/a/b//', '/a/b/'],
	])('%s has the base %s', (url, base) => {
		expect(siteBase(url)).toBe(base);
	});

	it('splits the address into the origin and the base, as Astro takes them', () => {
		expect(siteOrigin('https://user.github.io/shop-help/')).toBe('https://user.github.io');
		expect(siteOrigin('https://help.example.com:8443')).toBe('https://help.example.com:8443');
	});

	it('adds and removes the base', () => {
		expect(withBase('/guides/x/', '/')).toBe('/guides/x/');
		expect(withBase('/guides/x/', '/shop-help/')).toBe('/shop-help/guides/x/');
		expect(withBase('/', '/shop-help/')).toBe('/shop-help/');
		expect(withoutBase('/shop-help/pt/guides/x/', '/shop-help/')).toBe('/pt/guides/x/');
		expect(withoutBase('/shop-help', '/shop-help/')).toBe('/');
		expect(withoutBase('/other/guides/x/', '/shop-help/')).toBeUndefined();
		// A base named like a section: the base comes off once.
		expect(withoutBase(withBase('/help/x/', '/help/'), '/help/')).toBe('/help/x/');
	});

	it('writes full addresses under the base, and leaves other sites alone', () => {
		expect(absoluteUrl('/go/x/', 'https://user.github.io/shop-help/')).toBe('https://user.github.io/shop-help/go/x/');
		expect(absoluteUrl('/go/x/', 'https://user.github.io/shop-help')).toBe('https://user.github.io/shop-help/go/x/');
		expect(absoluteUrl('/', 'https://help.example.com')).toBe('https://help.example.com/');
		expect(absoluteUrl('/pt/guides/x/#step', 'https://help.example.com')).toBe('https://help.example.com/pt/guides/x/#step');
		expect(absoluteUrl('https://www.canva.com/x', 'https://user.github.io/shop-help/')).toBe('https://www.canva.com/x');
	});

	it('refuses a query, a fragment or a page as the address of the whole site, with the one to write', () => {
		expect(siteUrlProblem('https://user.github.io/shop-help/')).toBeUndefined();
		expect(siteUrlProblem('https://user.github.io/shop-help')).toBeUndefined();
		expect(siteUrlProblem('https://help.example.com')).toBeUndefined();
		expect(siteUrlProblem('https://user.github.io/shop-help/?utm_source=x')).toBe('has a query (?utm_source=x), but it is the address every page starts with: write https://user.github.io/shop-help/');
		expect(siteUrlProblem('https://user.github.io/shop-help#top')).toBe('has a fragment (#top), but it is the address every page starts with: write https://user.github.io/shop-help/');
		expect(siteUrlProblem('https://user.github.io/shop-help/index.html')).toBe('names a page (/shop-help/index.html), but it is the address the whole help centre lives at: write https://user.github.io/shop-help/');
		expect(siteUrlProblem('https://help.example.com/?')).toMatch(/write https:\/\/help\.example\.com\/$/);
	});

	it('tells a seller whose url has a query which address to write', () => {
		const shop = fixtureFile('shop.yaml').replace('url: https://help.fixture.test', 'url: https://user.github.io/shop-help/?ref=pages');
		const message = problemsOf({ 'shop.yaml': shop });
		expect(message).toContain('url');
		expect(message).toContain('write https://user.github.io/shop-help/');
	});
});
