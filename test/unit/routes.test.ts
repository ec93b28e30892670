import { describe, expect, it } from 'vitest';
import { delocalize, isPageLink, localize, normalizeInternalHref, paths } from '../../src/lib/routes.ts';

describe('localize and delocalize', () => {
	it.each([
		['/guides/x/', 'en', '/guides/x/'],
		['/guides/x/', 'pt', '/pt/guides/x/'],
		['/', 'pt', '/pt/'],
	])('%s in %s is %s', (path, locale, expected) => {
		expect(localize(path, locale, 'en')).toBe(expected);
		expect(delocalize(expected, ['en', 'pt'])).toEqual({ locale, path });
	});

	it('does not mistake a section for a locale', () => {
		expect(delocalize('/policies/refunds/', ['en', 'pt'])).toEqual({ locale: 'en', path: '/policies/refunds/' });
		expect(delocalize('/en/guides/x/', ['en', 'pt'])).toEqual({ locale: 'en', path: '/en/guides/x/' });
	});
});

describe('internal links', () => {
	it.each([
		['/guides/x', '/guides/x/', ''],
		['/guides/x/#step-2', '/guides/x/', '#step-2'],
		['/search/?q=zip', '/search/', '?q=zip'],
		['/files/guide.pdf', '/files/guide.pdf', ''],
	])('normalises %s', (href, path, suffix) => {
		expect(normalizeInternalHref(href)).toEqual({ path, suffix });
	});

	it('treats only root-relative page links as pages', () => {
		expect(isPageLink('/help/x/')).toBe(true);
		expect(isPageLink('/files/guide.pdf')).toBe(false);
		expect(isPageLink('https://www.etsy.com/')).toBe(false);
		expect(isPageLink('//cdn.example.com/x')).toBe(false);
		expect(isPageLink('#fix')).toBe(false);
	});

	it('builds the paths every page uses', () => {
		expect(paths.article('troubleshooting', 'zip')).toBe('/help/zip/');
		expect(paths.article('pages', 'refunds')).toBe('/policies/refunds/');
		expect(paths.shortLink('planner')).toBe('/go/planner/');
	});
});
