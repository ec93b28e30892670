import rss from '@astrojs/rss';
import { render } from 'astro:content';
import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer } from 'astro/container';
import { feedOrder, noticeView } from '../lib/notices.ts';
import { itemHtml, jsonFeed, noticeFeedPaths, rssChannelExtras, rssItems, type Feed } from '../lib/notice-feed.ts';
import { pageContext } from '../lib/page-context.ts';
import { localize, paths } from '../lib/routes.ts';
import { getArticleEntry } from './entries.ts';
import { loadSite } from './load-site.ts';
import type { Article } from '../lib/content-model.ts';
import type { Site } from '../lib/site.ts';

let container: experimental_AstroContainer | undefined;

/** A notice's text as HTML: a Markdown notice is rendered when it is loaded; an MDX one is rendered here. */
async function bodyHtml(article: Article<'notices'>): Promise<string> {
	const entry = await getArticleEntry(article);
	if (entry.rendered?.html !== undefined) return entry.rendered.html;
	if (!container) {
		container = await experimental_AstroContainer.create();
		container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
	}
	return container.renderToString((await render(entry)).Content);
}

// The RSS and the JSON feed of a locale carry the same items, and rendering every notice's text
// (MDX through the container) is the costly part: once per locale per site, so per build (and
// again in `astro dev` after content changes, which makes a new site).
const feeds = new WeakMap<Site, Map<string, Promise<Feed>>>();

/** One locale's notice feed: every notice that has started, the most recent first. */
export function noticeFeed(locale: string): Promise<Feed> {
	const site = loadSite();
	let byLocale = feeds.get(site);
	if (!byLocale) feeds.set(site, (byLocale = new Map()));
	let feed = byLocale.get(locale);
	if (!feed) byLocale.set(locale, (feed = buildFeed(site, locale)));
	return feed;
}

async function buildFeed(site: Site, locale: string): Promise<Feed> {
	const page = pageContext(site, locale, paths.notices());
	const shop = site.content.shop;
	const homePageUrl = page.absolute(localize(paths.notices(), locale, site.defaultLocale));
	const originals = site.content.articles.notices.filter((article) => article.locale === site.defaultLocale);
	const items = await Promise.all(
		feedOrder(originals, site.now, shop.timeZone).map(async ({ slug }) => {
			const notice = site.get('notices', slug, locale);
			const view = noticeView(site, page, notice);
			const label = page.t(`notice.${view.label}`);
			const summary = `${label} · ${view.when} · ${view.affects}`;
			const newest = view.updates[0]?.at;
			const modified = [newest, view.ended].filter((date) => date !== undefined).sort((a, b) => b.getTime() - a.getTime())[0];
			return {
				url: `${homePageUrl}#${view.anchor}`,
				title: `${label}: ${notice.article.data.title}`,
				summary,
				html: itemHtml({ summary, bodyHtml: await bodyHtml(notice.article), lang: view.lang, updatesTitle: view.updatesTitle, updates: view.updates }, homePageUrl),
				...(view.lang ? { lang: view.lang } : {}),
				published: view.starts,
				...(modified ? { modified } : {}),
			};
		}),
	);
	return {
		title: page.t('notices.feedTitle', { shop: shop.name }),
		description: page.t('notices.feedDescription', { shop: shop.name }),
		language: locale,
		homePageUrl,
		feedUrl: page.absolute(noticeFeedPaths(locale, site.defaultLocale).json),
		items,
	};
}

/** For the `[locale]` feed routes. */
export { otherLocales } from './locale-paths.ts';

/** The RSS 2.0 feed of a locale's notices, as an endpoint's response. */
export async function rssResponse(locale: string): Promise<Response> {
	const site = loadSite();
	const feed = await noticeFeed(locale);
	const rssUrl = pageContext(site, locale, paths.notices()).absolute(noticeFeedPaths(locale, site.defaultLocale).rss);
	return rss({
		title: feed.title,
		description: feed.description,
		site: feed.homePageUrl,
		items: rssItems(feed),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: rssChannelExtras(feed, rssUrl),
	});
}

/** The JSON Feed 1.1 of a locale's notices, as an endpoint's response. */
export async function jsonFeedResponse(locale: string): Promise<Response> {
	return new Response(jsonFeed(await noticeFeed(locale)), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
