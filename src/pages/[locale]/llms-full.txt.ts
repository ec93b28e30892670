// /<locale>/llms-full.txt for each language but the default (src/lib/llms-txt.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../data/load-site.ts';
import { otherLocales } from '../../data/locale-paths.ts';
import { routesOf } from '../../data/shop-state.ts';
import { llmsFullTxt } from '../../lib/llms-txt.ts';

export const getStaticPaths = (() => otherLocales()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
	const site = loadSite();
	return new Response(llmsFullTxt(site, params.locale!, routesOf(site)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
