// Each other language's notices as RSS 2.0, at /<locale>/notices/rss.xml (src/data/notice-feeds.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { otherLocales, rssResponse } from '../../../data/notice-feeds.ts';

export const getStaticPaths = (() => otherLocales()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => rssResponse(params.locale!);
