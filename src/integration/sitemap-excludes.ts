import { readContentOnce } from '../data/read-content-once';
import { buildTime } from '../lib/notices';
import { contentDir } from '../lib/project';
import { unlistedPaths } from '../lib/route-table';
import { buildSite } from '../lib/site';

let excluded: Set<string> | undefined;

/**
 * Paths the sitemap leaves out: short links, old slugs and the saved replies. Read when the
 * sitemap is written, after the content check has passed, from the content already read.
 */
export function sitemapExcludes(): Set<string> {
	excluded ??= unlistedPaths(buildSite(readContentOnce(process.cwd(), contentDir()), buildTime()));
	return excluded;
}
