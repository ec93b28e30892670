// /<locale>/llms.txt for each language but the default (src/lib/llms-txt.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../data/load-site.ts';
import { llmsTxt } from '../../lib/llms-txt.ts';

export const getStaticPaths = (() => {
	const site = loadSite();
	return site.locales.filter((locale) => locale !== site.defaultLocale).map((locale) => ({ params: { locale } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(llmsTxt(loadSite(), params.locale!), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
