import { readContentOnce } from '../data/read-content-once.ts';
import { buildTime } from '../lib/notices.ts';
import { contentDir } from '../lib/project.ts';
import { unlistedPaths } from '../lib/route-table.ts';
import { buildSite } from '../lib/site.ts';

let excluded: Set<string> | undefined;

/**
 * Paths the sitemap leaves out: short links, old slugs and the saved replies. Read when the
 * sitemap is written, after the content check has passed, from the content already read.
 */
export function sitemapExcludes(): Set<string> {
	excluded ??= unlistedPaths(buildSite(readContentOnce(process.cwd(), contentDir()), buildTime()));
	return excluded;
}
