// robots.txt at the site's root (src/lib/llms-txt.ts). Under a sub-path (a GitHub Pages project
// site) it is written all the same, though crawlers read only the domain's own: see README.
import type { APIRoute } from 'astro';
import { loadSite } from '../data/load-site.ts';
import { robotsTxt } from '../lib/llms-txt.ts';

export const GET: APIRoute = () => new Response(robotsTxt(loadSite().content.shop.url), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
