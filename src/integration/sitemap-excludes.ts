import { loadContent, routesOf, siteOf } from '../data/shop-state.ts';
import { siteBase, withBase } from '../lib/base-path.ts';
import { contentDir } from '../lib/project.ts';
import { unlistedPaths } from '../lib/route-table.ts';

let excluded: Set<string> | undefined;

/**
 * Paths the sitemap leaves out: short links, old slugs, the saved replies and each language's 404
 * (the sitemap knows only the root one; Astro names the others /pt/404/). Read when the
 * sitemap is written, after the content check has passed, from the content already read.
 */
export function sitemapExcludes(): Set<string> {
	if (!excluded) {
		const site = siteOf(loadContent(process.cwd(), contentDir()));
		const paths = unlistedPaths(routesOf(site), site.defaultLocale);
		for (const locale of site.locales.slice(1)) paths.add(`/${locale}/404/`);
		// The sitemap asks with the page's full address, which under a sub-path starts with the base.
		const base = siteBase(site.content.shop.url);
		excluded = new Set([...paths].map((path) => withBase(path, base)));
	}
	return excluded;
}
