// The default language's notices as JSON Feed 1.1 (src/data/notice-feeds.ts).
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/load-site.ts';
import { jsonFeedResponse } from '../../data/notice-feeds.ts';

export const GET: APIRoute = () => jsonFeedResponse(loadSite().defaultLocale);
