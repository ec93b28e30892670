import { contentDir } from '../lib/project.ts';
import { readContent } from '../lib/read-content.ts';
import { readContentOnce } from './read-content-once.ts';
import { buildSite, type Site } from '../lib/site.ts';
import { buildTime } from '../lib/notices.ts';

let cached: Site | undefined;

/**
 * The site model for pages. Built once per build; in `astro dev` it is rebuilt on every request
 * so edits to content show at once (and mistakes appear in the error overlay).
 */
export function loadSite(): Site {
	if (cached && !import.meta.env.DEV) return cached;
	const read = import.meta.env.DEV ? readContent : readContentOnce;
	cached = buildSite(read(process.cwd(), contentDir()), buildTime());
	return cached;
}
