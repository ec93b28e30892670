import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { siteBase } from '../lib/base-path.ts';
import { redirectRules, redirectsFile, vercelConfig } from '../lib/redirect-rules.ts';
import type { Site } from '../lib/site.ts';
import type { Route } from '../lib/route-table.ts';

/**
 * Writes `_redirects` (Cloudflare Pages, Netlify) and `vercel.json` beside the pages. Which
 * `_redirects` dialect is chosen by AFTERCARE_HOST, which the shipped netlify.toml sets to
 * `netlify`; any other host gets the plain one.
 */
export function writeRedirectFiles(dist: string, site: Site, routes: readonly Route[], logger: AstroIntegrationLogger, env: Record<string, string | undefined> = process.env): void {
	const base = siteBase(site.content.shop.url);
	const rules = redirectRules(routes, site.defaultLocale, base);
	const host = env.AFTERCARE_HOST === 'netlify' ? 'netlify' : 'cloudflare';
	const redirects = redirectsFile(rules, { host, base, locales: site.locales });
	const vercel = vercelConfig(rules);
	writeFileSync(join(dist, '_redirects'), redirects.text);
	writeFileSync(join(dist, 'vercel.json'), vercel.text);
	for (const [file, left] of [['_redirects', redirects.left], ['vercel.json', vercel.left]] as const) {
		if (left > 0) logger.warn(`${left} of ${rules.length} redirects are beyond what ${file} may hold; the addresses still work through their own pages, with a 200 instead of a 301.`);
	}
}
