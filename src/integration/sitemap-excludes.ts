import { loadContent, routesOf, siteOf } from '../data/shop-state.ts';
import { siteBase, withBase } from '../lib/base-path.ts';
import { contentDir } from '../lib/project.ts';
import { isFallbackCopy } from '../lib/page-meta.ts';
import { isListed, unlistedPaths } from '../lib/route-table.ts';
import { localize } from '../lib/routes.ts';

let excluded: Set<string> | undefined;

/**
 * Paths the sitemap leaves out: short links, old slugs, the saved replies, fallback copies (a
 * page at a locale it is not translated into, canonical to its original) and each language's 404
 * (the sitemap knows only the root one; Astro names the others /pt/404/). Read when the
 * sitemap is written, after the content check has passed, from the content already read.
 */
export function sitemapExcludes(): Set<string> {
	if (!excluded) {
		const site = siteOf(loadContent(process.cwd(), contentDir()));
		const routes = routesOf(site);
		const paths = unlistedPaths(routes, site.defaultLocale);
		for (const route of routes) if (isListed(route) && isFallbackCopy(site, route)) paths.add(localize(route.path, route.locale, site.defaultLocale));
		for (const locale of site.locales.slice(1)) paths.add(`/${locale}/404/`);
		// The sitemap asks with the page's full address, which under a sub-path starts with the base.
		const base = siteBase(site.content.shop.url);
		excluded = new Set([...paths].map((path) => withBase(path, base)));
	}
	return excluded;
}
