import { siteBase, withBase, withoutBase } from './base-path.ts';
import { editDistance, listChoices } from './content-errors.ts';
import type { ProductEntry } from './content-model.ts';
import { pick } from './localized.ts';
import type { RedirectKind, Route } from './route-table.ts';
import { delocalize, localize, paths } from './routes.ts';
import { appliesTo, type Site } from './site.ts';
import { siteFiles } from './site-files.ts';

/**
 * What a link printed in a deliverable (a PDF, a receipt, a QR code) does on this help centre:
 * whether it still leads somewhere, whether it goes through an address that should no longer be
 * printed, and whether it leads to another product than the one the deliverable is for.
 * `npm run check-links` (scripts/check-links.ts) asks this for every link it reads.
 */

/** A link that leads to another product than the deliverable's, and which products it is for. */
export interface OtherProduct {
	/** What the link leads to: another product's page, its short link, or an article that is not for this product. */
	kind: 'product' | 'short-link' | 'article';
	/** The products it is for, ids in the shop's order. */
	products: string[];
	/** The page's title, for an article. */
	title?: string;
}

export type LinkCheck =
	/** Not an address of this help centre (another site, `mailto:`, a path outside the base): counted, not checked. */
	| { status: 'foreign' }
	/** A page, a current short link, or a file of the site. */
	| { status: 'ok'; address: string; other?: OtherProduct }
	/** Works, through a former address: `print` is the address to print instead. */
	| { status: 'former'; via: Exclude<RedirectKind, 'short-link'>; print: string; other?: OtherProduct }
	/** Leads nowhere. `suggestion` names the nearest addresses; `nearest` is the one meant, when one is a letter or two away. */
	| { status: 'broken'; path: string; suggestion: string; nearest?: string };

interface Entry {
	route: Route;
	/** The path a browser asks for, without the base: `/pt/go/wedding/`. */
	address: string;
}

/** The shop's addresses, gathered once for every link of a run. */
export interface LinkIndex {
	site: Site;
	/** `https://help.example.com`, as the shop's `url` writes it. */
	origin: string;
	/** The host, without a leading `www.`. */
	host: string;
	base: string;
	/** Every route, by pathKey of its address. */
	byKey: Map<string, Entry>;
	/** The product each short code (current or former) belongs to. */
	codes: Map<string, ProductEntry>;
	/** The current short link leading to a page, per locale and product: `pt\0wedding-suite\0/pt/guides/x/` -> `/pt/go/wedding/x/`. */
	shortLinks: Map<string, string>;
	/** The addresses worth printing, per locale, for "did you mean". */
	current: Map<string, Entry[]>;
	/** `current` without other products' short links, per `locale\0product`, filled as broken links ask (see broken). */
	choices: Map<string, string[]>;
	/** The files of the site besides its pages (siteFiles) and those in public/, as paths (`/favicon.svg`, `/pt/notices/rss.xml`). */
	files: Set<string>;
}

/**
 * The key a static host serves an address under: `/guides/x`, `/guides/x/` and
 * `/guides/x/index.html` are one page. Paths stay case-sensitive, as they are on GitHub Pages.
 */
export function pathKey(path: string): string {
	return path.replace(/\/index\.html?$/i, '/').replace(/\/+$/, '') || '/';
}

/**
 * The site's assets: scripts and styles (`/_astro/`) and the search index (`/pagefind/`). Their
 * names are made by the build as it runs (hashed bundles, index chunks), so they cannot be known
 * beforehand; a link into them is taken as written. Every other file is checked (siteFiles).
 */
const SITE_ASSETS = /^\/(_astro|pagefind)\//;

const bareHost = (host: string) => host.replace(/\.$/, '').replace(/^www\./, '');

export function linkIndex(site: Site, routes: readonly Route[], { url = site.content.shop.url, files = [] }: { url?: string; files?: Iterable<string> } = {}): LinkIndex {
	const parsed = new URL(url);
	const byKey = new Map<string, Entry>();
	for (const route of routes) {
		const address = localize(route.path, route.locale, site.defaultLocale);
		byKey.set(pathKey(address), { route, address });
	}
	const codes = new Map<string, ProductEntry>();
	for (const product of site.products()) for (const code of [product.shortCode, ...product.formerCodes]) codes.set(code, product);
	const shortLinks = new Map<string, string>();
	const current = new Map<string, Entry[]>();
	for (const entry of byKey.values()) {
		const { route, address } = entry;
		if (route.kind === 'redirect' && route.via !== 'short-link') continue;
		if (route.kind === 'redirect') {
			const product = codes.get(shortCodeOf(route.path)!);
			if (product) shortLinks.set(`${route.locale}\0${product.id}\0${route.to}`, address);
		}
		// Pushed, not spread into a new array: a copy per route was quadratic (47 s at 165k routes).
		const list = current.get(route.locale);
		if (list) list.push(entry);
		else current.set(route.locale, [entry]);
	}
	return { site, origin: parsed.origin, host: bareHost(parsed.host), base: siteBase(url), byKey, codes, shortLinks, current, choices: new Map(), files: new Set([...siteFiles(site, routes), ...files]) };
}

/** `/go/wedding/x/` -> `wedding`; undefined for a path that is not a short link. */
function shortCodeOf(path: string): string | undefined {
	return /^\/go\/([^/]+)\//.exec(path)?.[1];
}

/** The full address to print for a path of the site, with the base and what followed the path. */
export function fullAddress(index: Pick<LinkIndex, 'origin' | 'base'>, path: string, suffix = ''): string {
	return /^https?:\/\//.test(path) ? path : `${index.origin}${withBase(path, index.base)}${suffix}`;
}

/**
 * What `href` does on this help centre, for a deliverable of `product` (an id; without one, links
 * to other products are not looked for). Normalised as a browser and a static host would: the
 * host's case, `www.`, http or https, a missing trailing slash and `index.html` make no difference;
 * a query and a fragment are kept on the address to print.
 */
export function resolveLink(href: string, index: LinkIndex, product?: string): LinkCheck {
	let url: URL;
	try {
		url = new URL(href);
	} catch {
		return { status: 'foreign' };
	}
	if ((url.protocol !== 'https:' && url.protocol !== 'http:') || bareHost(url.host) !== index.host) return { status: 'foreign' };
	let decoded = url.pathname;
	try {
		decoded = decodeURI(url.pathname);
	} catch {
		// A stray % is looked up as written: it matches nothing and is reported as broken.
	}
	const path = withoutBase(decoded, index.base);
	if (path === undefined) {
		// On the shop's host but outside its folder: another project site of the same account,
		// unless it is one of ours with the folder left out (`user.github.io/go/x/`), a common slip.
		const meant = index.byKey.get(pathKey(decoded));
		return meant ? { status: 'broken', path: decoded, suggestion: fullAddress(index, meant.address, `${url.search}${url.hash}`) } : { status: 'foreign' };
	}
	const suffix = `${url.search}${url.hash}`;
	const entry = index.byKey.get(pathKey(path));
	if (!entry) {
		if (index.files.has(path) || SITE_ASSETS.test(path)) return { status: 'ok', address: fullAddress(index, path, suffix) };
		return broken(path, index, product);
	}
	const { route, address } = entry;
	const other = product === undefined ? undefined : otherProduct(entry, index, product);
	const withOther = other ? { other } : {};
	if (route.kind !== 'redirect' || route.via === 'short-link') return { status: 'ok', address: fullAddress(index, address, suffix), ...withOther };
	return { status: 'former', via: route.via, print: fullAddress(index, currentAddress(entry, index), route.to.startsWith('https://') ? '' : suffix), ...withOther };
}

/**
 * What to print instead of a former address: a former short link's current short link (so
 * `/go/old-code/x/` becomes `/go/new-code/x/`, not the article's long address), else the page it
 * leads to.
 */
function currentAddress({ route }: Entry, index: LinkIndex): string {
	if (route.kind !== 'redirect') return route.path;
	const code = shortCodeOf(route.path);
	const product = code === undefined ? undefined : index.codes.get(code);
	return (product && index.shortLinks.get(`${route.locale}\0${product.id}\0${route.to}`)) ?? route.to;
}

/**
 * A broken link, with the addresses nearest to it in its language. In a product's file, other
 * products' short links are left out (each guide has one per product, and the bundle's would
 * crowd out the product's own), but every page stays in: a mistyped slug may be any article's.
 */
function broken(path: string, index: LinkIndex, product: string | undefined): LinkCheck {
	const { locale } = delocalize(path, index.site.locales);
	const choices = choicesFor(index, locale, product);
	// One distance per choice, for both the nearest and the three shown: the base and origin are the
	// same for every address, so distances between paths are those between full addresses.
	const written = path.toLowerCase();
	const ranked = choices.map((choice, order) => ({ choice, order, distance: editDistance(written, choice.toLowerCase()) })).sort((a, b) => a.distance - b.distance || a.order - b.order);
	const full = (choice: string) => fullAddress(index, choice);
	const best = ranked[0];
	// `nearest` is offered as the target of a redirect, so only when it is plainly the one meant (a typo, a changed letter or two).
	const plain = best !== undefined && best.distance <= Math.max(2, Math.floor(path.length / 8));
	const suggestion = ranked.length <= NEAREST ? listChoices(choices.map(full)) : `${listChoices(ranked.slice(0, NEAREST).map(({ choice }) => full(choice)))} (the closest of ${ranked.length})`;
	return { status: 'broken', path, suggestion, ...(plain ? { nearest: best.choice } : {}) };
}

/** How many nearest addresses a broken link names, as nearestChoices does. */
const NEAREST = 3;

/**
 * The addresses a broken link in `locale` may have meant, for a deliverable of `product`: worked
 * out once per language and product, since a folder of PDFs asks it for each broken link.
 */
function choicesFor(index: LinkIndex, locale: string, product: string | undefined): string[] {
	const key = `${locale}\0${product ?? ''}`;
	let choices = index.choices.get(key);
	if (!choices) {
		const mine = (entry: Entry) => product === undefined || entry.route.kind !== 'redirect' || !otherProduct(entry, index, product);
		choices = (index.current.get(locale) ?? []).filter(mine).map((entry) => entry.address);
		index.choices.set(key, choices);
	}
	return choices;
}

/** The page a route shows in the end: a redirect's target (once: redirects never chain). */
function landing(entry: Entry, index: LinkIndex): Route | undefined {
	const { route } = entry;
	if (route.kind !== 'redirect') return route;
	return route.to.startsWith('https://') ? undefined : index.byKey.get(pathKey(route.to))?.route;
}

/**
 * Whether a link leads to another product than `product`'s: another product's page or short
 * link, or a guide or troubleshooting entry that does not apply to it. A bundle's parts are the
 * bundle's own (site.reach), so a bundle's PDF may link to the planner inside it; the planner's
 * PDF linking to the bundle is another product. An article that applies to no product at all is
 * nobody else's, so it is not reported.
 */
function otherProduct(entry: Entry, index: LinkIndex, product: string): OtherProduct | undefined {
	const { site } = index;
	const own = site.reach(product);
	const code = entry.route.kind === 'redirect' ? shortCodeOf(entry.route.path) : undefined;
	if (code !== undefined) {
		const target = index.codes.get(code);
		return target && !own.ids.includes(target.id) ? { kind: 'short-link', products: [target.id] } : undefined;
	}
	const page = landing(entry, index);
	if (page?.kind === 'product') return own.ids.includes(page.id) ? undefined : { kind: 'product', products: [page.id] };
	if (page?.kind === 'article' && page.folder !== 'pages') {
		const { data } = site.get(page.folder, page.slug, site.defaultLocale).article;
		if (appliesTo(data, own)) return undefined;
		const products = site.products().filter((p) => appliesTo(data, site.reach(p))).map((p) => p.id);
		return products.length > 0 ? { kind: 'article', products, title: site.get(page.folder, page.slug, page.locale).article.data.title } : undefined;
	}
	return undefined;
}

/** A product's name in the deliverable's language (the default one when the link has none). */
export function productName(index: LinkIndex, id: string, locale = index.site.defaultLocale): string {
	const product = index.site.content.products.get(id);
	return product ? pick(product.name, locale, index.site.defaultLocale) : id;
}

/** The short link to print for a product, `https://…/go/<code>/`. */
export function productShortLink(index: LinkIndex, id: string): string | undefined {
	const product = index.site.content.products.get(id);
	return product ? fullAddress(index, paths.shortLink(product.shortCode)) : undefined;
}
