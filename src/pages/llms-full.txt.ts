// Every article of the default language in full, for AI assistants (src/lib/llms-txt.ts).
import type { APIRoute } from 'astro';
import { loadSite } from '../data/load-site.ts';
import { routesOf } from '../data/shop-state.ts';
import { llmsFullTxt } from '../lib/llms-txt.ts';

export const GET: APIRoute = () => {
	const site = loadSite();
	return new Response(llmsFullTxt(site, site.defaultLocale, routesOf(site)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
