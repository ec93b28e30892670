import rss from '@astrojs/rss';
import { render } from 'astro:content';
import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer } from 'astro/container';
import { noticeAnchor, noticeLabel, noticeWhen, shownUpdates } from '../lib/notices.ts';
import { itemHtml, jsonFeed, noticeFeedPaths, rssChannelExtras, rssItems, type Feed } from '../lib/notice-feed.ts';
import { pageContext } from '../lib/page-context.ts';
import { localize, paths } from '../lib/routes.ts';
import { getArticleEntry } from './entries.ts';
import { loadSite } from './load-site.ts';
import type { Article } from '../lib/content-model.ts';

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

/** One locale's notice feed: every notice that has started, the most recent first. */
export async function noticeFeed(locale: string): Promise<Feed> {
	const site = loadSite();
	const page = pageContext(site, locale, paths.notices());
	const shop = site.content.shop;
	const homePageUrl = page.absolute(localize(paths.notices(), locale, site.defaultLocale));
	const shown = [...site.activeNotices(locale), ...site.pastNotices(locale)]
		.map(({ article }) => ({ article, original: site.get('notices', article.slug, site.defaultLocale).article }))
		.sort((a, b) => b.original.data.starts.getTime() - a.original.data.starts.getTime() || a.article.slug.localeCompare(b.article.slug));
	const productName = (id: string) => page.text(site.content.products.get(id)!.name);
	const items = await Promise.all(
		shown.map(async ({ article, original }) => {
			const updates = shownUpdates({ locale: article.locale, updates: article.data.updates }, { locale: original.locale, updates: original.data.updates }, site.now);
			const label = page.t(`notice.${noticeLabel(original.data, site.now)}`);
			const affects = `${page.t('notices.affects')} ${article.data.products === 'all' ? page.t('notices.allProducts') : article.data.products.map(productName).join(', ')}`;
			const summary = `${label} · ${noticeWhen(original.data, page.moments, page.t)} · ${affects}`;
			const lang = article.locale === locale ? undefined : article.locale;
			const url = `${homePageUrl}#${noticeAnchor(article.slug)}`;
			const ended = original.data.ends !== undefined && original.data.ends <= site.now ? original.data.ends : undefined;
			const newest = updates[0]?.at;
			const modified = [newest, ended].filter((date) => date !== undefined).sort((a, b) => b.getTime() - a.getTime())[0];
			return {
				url,
				title: `${label}: ${article.data.title}`,
				summary,
				html: itemHtml(
					{
						summary,
						bodyHtml: await bodyHtml(article),
						lang,
						updatesTitle: newest && page.t('notices.updates', { zone: page.moments.zoneName(newest) }),
						updates: updates.map((update) => ({ ...update, when: page.moments.dayAndTime(update.at), lang: (update.lang ?? article.locale) === locale ? undefined : (update.lang ?? article.locale) })),
					},
					homePageUrl,
				),
				...(lang ? { lang } : {}),
				published: original.data.starts,
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

/** Locales other than the default, for the `[locale]` feed routes. */
export function otherLocales(): { params: { locale: string } }[] {
	const site = loadSite();
	return site.locales.filter((locale) => locale !== site.defaultLocale).map((locale) => ({ params: { locale } }));
}

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
