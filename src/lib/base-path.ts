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
