import { noticeFeedPaths } from './notice-feed.ts';
import { isListed, pageCardFor, type Route } from './route-table.ts';
import { localize } from './routes.ts';
import type { Site } from './site.ts';

/** How many addresses @astrojs/sitemap writes into one sitemap-<n>.xml (its `entryLimit`, left at the default). */
const SITEMAP_ENTRIES = 45_000;

/**
 * The files the build writes besides the pages, as paths without the base: the text files for
 * crawlers and AI assistants (src/pages/llms.txt.ts, llms-full.txt.ts, robots.txt.ts, and
 * /<locale>/… for each other language), the notices' feeds (noticeFeedPaths, which the feed
 * endpoints' own links use), each language's 404.html, the sitemap, and each page's link preview
 * (pageCardFor, which the pages and the image planner use). The link checker accepts exactly these.
 * Files in public/ are the caller's to add; scripts, styles and the search index (`/_astro/`,
 * `/pagefind/`) are named by the build as it runs, so they cannot be listed here.
 */
export function siteFiles(site: Pick<Site, 'locales' | 'defaultLocale' | 'get'>, routes: readonly Route[]): Set<string> {
	const files = new Set(['/robots.txt', '/sitemap-index.xml']);
	const listed = routes.filter(isListed).length;
	for (let n = 0; n < Math.max(1, Math.ceil(listed / SITEMAP_ENTRIES)); n++) files.add(`/sitemap-${n}.xml`);
	for (const locale of site.locales) {
		for (const file of ['/llms.txt', '/llms-full.txt', '/404.html']) files.add(localize(file, locale, site.defaultLocale));
		const feeds = noticeFeedPaths(locale, site.defaultLocale);
		files.add(feeds.rss).add(feeds.json);
	}
	for (const route of routes) {
		const card = pageCardFor(route, site);
		if (card) files.add(card);
	}
	return files;
}
