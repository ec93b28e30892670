import { withBase } from './base-path.ts';
import { localize } from './routes.ts';
import type { RedirectKind, Route } from './route-table.ts';

/**
 * Real redirects (HTTP 301) for the hosts that read rules from the published folder. Every
 * redirect is also a page of its own that leads on with a meta refresh, so a host without rules
 * (GitHub Pages) still takes the buyer there: the rules only make it a true 301, which search
 * engines and link checkers understand.
 */
export interface RedirectRule {
	from: string;
	to: string;
	via: RedirectKind;
}

/**
 * How many rules `_redirects` holds: Cloudflare Pages reads at most 2,000 static ones (and 100 with
 * wildcards); Netlify documents no limit, and the same file serves both.
 */
export const REDIRECTS_FILE_LIMIT = 2000;
/** Vercel reads at most 1,024 redirects from `vercel.json`. */
export const VERCEL_LIMIT = 1024;

// When a host allows fewer rules than there are redirects, the addresses most likely printed
// long ago come first; the rest still work through their meta-refresh pages.
const PRIORITY: readonly RedirectKind[] = ['imported', 'former-slug', 'former-code', 'short-link'];

/** The site's redirects as rules, with the base, oldest kinds of address first. */
export function redirectRules(routes: readonly Route[], defaultLocale: string, base: string): RedirectRule[] {
	const rules: RedirectRule[] = [];
	for (const route of routes) {
		if (route.kind !== 'redirect') continue;
		const to = route.to.startsWith('https://') ? route.to : withBase(route.to, base);
		rules.push({ from: withBase(localize(route.path, route.locale, defaultLocale), base), to, via: route.via });
	}
	// A stable sort: within a kind, the route table's order.
	return rules.sort((a, b) => PRIORITY.indexOf(a.via) - PRIORITY.indexOf(b.via));
}

/**
 * `_redirects` for Cloudflare Pages and Netlify. Netlify applies a rule only where no file exists
 * unless it is forced (`301!`), and every redirect here has its meta-refresh page, so a build for
 * Netlify forces them; Cloudflare always applies rules but reads `301!` as a mistake and skips
 * the line, so the default is plain. Netlify also gets one rule per language that serves that
 * language's 404 page (Cloudflare finds the nearest 404.html by itself).
 */
export function redirectsFile(rules: readonly RedirectRule[], options: { host: 'netlify' | 'cloudflare'; base: string; locales: readonly string[] }): { text: string; left: number } {
	const kept = rules.slice(0, REDIRECTS_FILE_LIMIT);
	const status = options.host === 'netlify' ? '301!' : '301';
	const lines = [
		'# Written by `npm run build` from content/ (formerSlugs, formerCodes, shortCode, redirects.yaml): do not edit.',
		...kept.map((rule) => `${rule.from} ${rule.to} ${status}`),
	];
	if (rules.length > kept.length) lines.push(`# ${rules.length - kept.length} more redirects are beyond Cloudflare Pages' limit of ${REDIRECTS_FILE_LIMIT} rules; their pages lead on by themselves.`);
	if (options.host === 'netlify') {
		for (const locale of options.locales.slice(1)) lines.push(`${withBase(`/${locale}/`, options.base)}* ${withBase(`/${locale}/404.html`, options.base)} 404`);
	}
	return { text: `${lines.join('\n')}\n`, left: rules.length - kept.length };
}

/** `vercel.json` for a prebuilt folder deployed with `vercel deploy`. */
export function vercelConfig(rules: readonly RedirectRule[]): { text: string; left: number } {
	const kept = rules.slice(0, VERCEL_LIMIT);
	const config = {
		// The pages are folders with an index.html and every link ends in a slash; without this,
		// Vercel would answer /guides/x/ by redirecting to /guides/x.
		trailingSlash: true,
		redirects: kept.map((rule) => ({ source: rule.from, destination: rule.to, statusCode: 301 })),
	};
	return { text: `${JSON.stringify(config, null, '\t')}\n`, left: rules.length - kept.length };
}
