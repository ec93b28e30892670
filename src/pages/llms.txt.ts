// The default language's llms.txt for AI assistants (src/lib/llms-txt.ts). An endpoint rather than
// a file written after the build, so `npm run dev` serves it too and Astro writes it as a file.
import type { APIRoute } from 'astro';
import { loadSite } from '../data/load-site.ts';
import { llmsTxt } from '../lib/llms-txt.ts';

export const GET: APIRoute = () => {
	const site = loadSite();
	return new Response(llmsTxt(site, site.defaultLocale), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
