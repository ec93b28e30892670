// Each other language's notices as JSON Feed 1.1, at /<locale>/notices/feed.json (src/data/notice-feeds.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonFeedResponse, otherLocales } from '../../../data/notice-feeds.ts';

export const getStaticPaths = (() => otherLocales()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => jsonFeedResponse(params.locale!);
