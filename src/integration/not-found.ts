import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Astro writes only `/404` as `404.html`; a language's 404 comes out as `<locale>/404/index.html`.
 * Hosts that serve the nearest folder's 404 (Cloudflare Pages) look for `<locale>/404.html`, so
 * each is moved there, and the address `/pt/404/` no longer answers as if it were a page.
 */
export function placeNotFoundPages(dist: string, locales: readonly string[]): void {
	for (const locale of locales.slice(1)) {
		const folder = join(dist, locale, '404');
		if (!existsSync(join(folder, 'index.html'))) continue;
		renameSync(join(folder, 'index.html'), join(dist, locale, '404.html'));
		rmdirSync(folder);
	}
}
