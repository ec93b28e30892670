import { pick } from './localized.ts';
import { redirectTarget } from './published-urls.ts';
import { articleSections, delocalize, localize, paths, type IndexedFolder } from './routes.ts';
import type { ArticleKind, Site } from './site.ts';

/** Every page the site builds, one entry per locale. Redirects keep old addresses working. */
export type Route = { locale: string; path: string } & (
	| { kind: 'home' | 'search' | 'notices' | 'licenses' | 'licenseChooser' | 'savedReplies' | 'products' | 'topics' }
	| { kind: 'articles'; folder: IndexedFolder }
	| { kind: 'product' | 'topic'; id: string }
	/** `listed: false` in the licence file: the page is built for old links, but kept from search engines. */
	| { kind: 'license'; id: string; unlisted?: true }
	| { kind: 'article'; folder: ArticleKind; slug: string }
	| { kind: 'redirect'; to: string; title: string; via: RedirectKind }
);

/**
 * Why an address leads elsewhere. A short link is current (print it); the others are former
 * addresses that keep working (print the page they lead to instead).
 */
export type RedirectKind = 'short-link' | 'former-slug' | 'former-code' | 'imported';

export function routeTable(site: Site): Route[] {
	const { shop, licenses } = site.content;
	const routes: Route[] = [];
	// Which guides and troubleshooting entries each product's short links lead to: the same in every
	// language and under every code, so worked out once, not per locale and code.
	const shortLinked = new Map(site.products().map((product) => [product.id, (['guides', 'troubleshooting'] as const).flatMap((folder) => site.forProduct(folder, product, site.defaultLocale).map(({ article }) => ({ folder, article })))]));
	for (const locale of site.locales) {
		const add = (route: Route) => routes.push(route);
		add({ locale, kind: 'home', path: paths.home() });
		add({ locale, kind: 'search', path: paths.search() });
		add({ locale, kind: 'notices', path: paths.notices() });
		add({ locale, kind: 'licenses', path: paths.licenses() });
		add({ locale, kind: 'licenseChooser', path: paths.licenseChooser() });
		add({ locale, kind: 'savedReplies', path: paths.savedReplies() });
		add({ locale, kind: 'products', path: paths.products() });
		add({ locale, kind: 'topics', path: paths.topics() });
		for (const folder of ['guides', 'troubleshooting'] as const) add({ locale, kind: 'articles', folder, path: paths.articles(folder) });
		for (const [id, license] of licenses) add({ locale, kind: 'license', id, path: paths.license(id), ...(license.listed ? {} : { unlisted: true as const }) });
		for (const product of site.products()) add({ locale, kind: 'product', id: product.id, path: paths.product(product.id) });
		for (const id of Object.keys(shop.categories)) add({ locale, kind: 'topic', id, path: paths.topic(id) });
		for (const folder of ['guides', 'troubleshooting', 'pages'] as const) {
			for (const slug of site.slugs(folder)) {
				const path = paths.article(folder, slug);
				add({ locale, kind: 'article', folder, slug, path });
				// Old addresses are listed on the original; every locale keeps them.
				const { article } = site.get(folder, slug, site.defaultLocale);
				for (const former of article.data.formerSlugs) {
					add({ locale, kind: 'redirect', via: 'former-slug', path: paths.article(folder, former), to: localize(path, locale, site.defaultLocale), title: site.get(folder, slug, locale).article.data.title });
				}
			}
		}
		// Short links are printed in deliverables and QR codes: `/go/<code>/` for the product's
		// page and `/go/<code>/<slug>/` for each of its guides and troubleshooting entries, in every
		// language (`/pt/go/<code>/` for a Portuguese PDF). A former code or slug keeps working.
		for (const product of site.products()) {
			for (const code of [product.shortCode, ...product.formerCodes]) {
				const current = code === product.shortCode;
				add({ locale, kind: 'redirect', via: current ? 'short-link' : 'former-code', path: paths.shortLink(code), to: localize(paths.product(product.id), locale, site.defaultLocale), title: pick(product.name, locale, site.defaultLocale) });
				for (const { folder, article } of shortLinked.get(product.id)!) {
					const to = localize(paths.article(folder, article.slug), locale, site.defaultLocale);
					const title = site.get(folder, article.slug, locale).article.data.title;
					add({ locale, kind: 'redirect', via: current ? 'short-link' : 'former-code', path: paths.shortLink(code, article.slug), to, title });
					for (const former of article.data.formerSlugs) add({ locale, kind: 'redirect', via: current ? 'former-slug' : 'former-code', path: paths.shortLink(code, former), to, title });
				}
			}
		}
	}
	routes.push(...importedRedirects(site, routes));
	return routes;
}

/**
 * Addresses from the tool the seller used before (content/redirects.yaml), as written. A line for
 * an article's address (`/guides/old/: /guides/new/`) keeps the rest of that article's published
 * addresses too, as `formerSlugs` would: the same in every language (to the new page in that
 * language), and the short links the ledger lists for it.
 */
function importedRedirects(site: Site, made: readonly Route[]): Route[] {
	const { redirects, shop, publishedUrls } = site.content;
	const routes: Route[] = [];
	const taken = new Set(made.map((route) => localize(route.path, route.locale, site.defaultLocale)));
	const add = (address: string, to: string) => {
		if (taken.has(address)) return;
		taken.add(address);
		const { locale, path } = delocalize(address, site.locales);
		routes.push({ locale, kind: 'redirect', via: 'imported', path, to, title: to });
	};
	const sections = new Set(Object.values(articleSections));
	// The ledger's deep short links (`/pt/go/<code>/<slug>/`) by slug, read once for every line.
	const shortLinksBySlug = new Map<string, { address: string; locale: string }[]>();
	for (const { path: address } of publishedUrls?.paths ?? []) {
		const { locale, path } = delocalize(address, site.locales);
		const [go, , deepSlug, more] = path.split('/').filter(Boolean);
		if (go !== 'go' || !deepSlug || more) continue;
		let list = shortLinksBySlug.get(deepSlug);
		if (!list) shortLinksBySlug.set(deepSlug, (list = []));
		list.push({ address, locale });
	}
	for (const [from, { to }] of redirects.entries) {
		// A target the check refuses stops the build before any page is made.
		const target = redirectTarget(to, shop.url);
		const resolved = 'url' in target ? target.url : 'path' in target ? target.path + target.fragment : to;
		add(from, resolved);
		const [section, slug, extra] = from.split('/').filter(Boolean);
		if (!section || !sections.has(section) || !slug || extra || !('path' in target)) continue;
		// In another language the target is that language's page, unless the line names one.
		const inLocale = (locale: string) => (delocalize(target.path, site.locales).locale === site.defaultLocale ? localize(target.path, locale, site.defaultLocale) + target.fragment : resolved);
		for (const locale of site.locales.slice(1)) add(localize(from, locale, site.defaultLocale), inLocale(locale));
		for (const { address, locale } of shortLinksBySlug.get(slug) ?? []) add(address, inLocale(locale));
	}
	return routes;
}

/**
 * Where a page's link preview image lives (`/og/pt/guides/x.png`), or undefined for routes that
 * have none (redirects). The page head and the image renderer both ask here, so they agree. An
 * article not translated yet is shown at /pt/… in the default language, and so is its preview:
 * the page points at the original's card (`/og/guides/x.png`), one image for both addresses.
 */
export function pageCardFor(route: Route, site: Pick<Site, 'defaultLocale' | 'get'>): string | undefined {
	if (route.kind === 'redirect') return undefined;
	const locale = route.kind === 'article' && site.get(route.folder, route.slug, route.locale).fallback ? site.defaultLocale : route.locale;
	const path = localize(route.path, locale, site.defaultLocale);
	return `/og${path === '/' ? '/index' : path.slice(0, -1)}.png`;
}

/** Redirects, the saved replies and unlisted licences are for people who have the address, not for search engines. */
export function isListed(route: Route): boolean {
	return route.kind !== 'redirect' && route.kind !== 'savedReplies' && !(route.kind === 'license' && route.unlisted);
}

/** The addresses (`/pt/guides/old-slug/`) a sitemap must leave out. */
export function unlistedPaths(routes: readonly Route[], defaultLocale: string): Set<string> {
	return new Set(routes.filter((route) => !isListed(route)).map((route) => localize(route.path, route.locale, defaultLocale)));
}
