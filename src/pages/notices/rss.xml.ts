// The default language's notices as RSS 2.0 (src/data/notice-feeds.ts).
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/load-site.ts';
import { rssResponse } from '../../data/notice-feeds.ts';

export const GET: APIRoute = () => rssResponse(loadSite().defaultLocale);
