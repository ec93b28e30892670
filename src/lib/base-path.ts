/**
 * A help centre may live under a sub-path, such as a GitHub Pages project site at
 * `https://user.github.io/shop-help/`. Routes stay root-relative (`/guides/x/`) everywhere inside
 * Aftercare; the base is added only where an address is written out (a link, a redirect rule).
 */

/** The path part of the shop's `url`, with slashes at both ends: `/` or `/shop-help/`. */
export function siteBase(url: string): string {
	const { pathname } = new URL(url);
	const trimmed = pathname.replace(/\/+$/, '');
	return `${trimmed}/`;
}

/** `https://user.github.io/shop-help/` -> `https://user.github.io`: Astro's `site`, beside `base`. */
export function siteOrigin(url: string): string {
	return new URL(url).origin;
}

/** `/guides/x/` under `/shop-help/` -> `/shop-help/guides/x/`. */
export function withBase(path: string, base: string): string {
	return base === '/' ? path : `${base.slice(0, -1)}${path}`;
}

/** `/shop-help/guides/x/` -> `/guides/x/`; undefined for a path outside the base. */
export function withoutBase(path: string, base: string): string | undefined {
	if (base === '/') return path;
	if (path === base.slice(0, -1)) return '/';
	return path.startsWith(base) ? path.slice(base.length - 1) : undefined;
}

/**
 * A root-relative address as a buyer's browser would reach it: `/go/x/` at
 * `https://user.github.io/shop-help/` -> `https://user.github.io/shop-help/go/x/`. Anything but a
 * root-relative path (`https://…`, `mailto:`) is left as it is.
 */
export function absoluteUrl(path: string, url: string): string {
	return new URL(path.startsWith('/') && !path.startsWith('//') ? withBase(path, siteBase(url)) : path, url).href;
}

/**
 * What is wrong with a shop's `url` as the address of a whole site, or undefined. A query or a
 * fragment cannot be the start of every page's address, and `…/index.html` names one page: each
 * is refused with the address to write. A path without its last slash is fine (`siteBase` adds it).
 */
export function siteUrlProblem(url: string): string | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return undefined; // the schema's own check names a malformed address
	}
	const fix = `${parsed.origin}${siteBase(url.replace(/[?#].*$/, '').replace(/\/[^/]*\.html?$/i, '/'))}`;
	if (parsed.search || url.includes('?')) return `has a query (${parsed.search || '?'}), but it is the address every page starts with: write ${fix}`;
	if (parsed.hash || url.includes('#')) return `has a fragment (${parsed.hash || '#'}), but it is the address every page starts with: write ${fix}`;
	if (/\.html?$/i.test(parsed.pathname)) return `names a page (${parsed.pathname}), but it is the address the whole help centre lives at: write ${fix}`;
	return undefined;
}
