import { AstroError } from 'astro/errors';
import { ContentError } from '../lib/content-errors.ts';
import { contentDir } from '../lib/project.ts';
import type { Site } from '../lib/site.ts';
import { loadContent, siteOf } from './shop-state.ts';

/**
 * The site model for pages: read once per build, and in `astro dev` once per change to content/
 * (the content loader forgets the old one when the watcher sees a file change).
 */
export function loadSite(): Site {
	try {
		return siteOf(loadContent(process.cwd(), contentDir()));
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		// In `astro dev` this reaches the error overlay: the seller's list and what to do, not a
		// stack trace through Aftercare's reader.
		const friendly = new AstroError(error.message, 'Fix each file at the field or line named and save: the page reloads by itself.');
		friendly.stack = undefined;
		throw friendly;
	}
}
