// /<locale>/llms.txt for each language but the default (src/lib/llms-txt.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../data/load-site.ts';
import { otherLocales } from '../../data/locale-paths.ts';
import { llmsTxt } from '../../lib/llms-txt.ts';

export const getStaticPaths = (() => otherLocales()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(llmsTxt(loadSite(), params.locale!), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
