import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { localize } from './routes.ts';

/**
 * The notice feeds: RSS 2.0 (written by @astrojs/rss) and JSON Feed 1.1 (written here), one of
 * each per locale at `/notices/rss.xml` and `/notices/feed.json` (`/pt/notices/…`). Both are
 * built from the same items, so a feed reader gets the same news whichever it follows. Nothing in
 * them depends on when the build ran beyond which notices have started: two builds of the same
 * content at the same SOURCE_DATE_EPOCH write the same bytes.
 */

/** Where a locale's feeds are, as locale-specific paths without the site's base. */
export function noticeFeedPaths(locale: string, defaultLocale: string): { rss: string; json: string } {
	return { rss: localize('/notices/rss.xml', locale, defaultLocale), json: localize('/notices/feed.json', locale, defaultLocale) };
}

/** One notice as the feeds carry it. */
export interface FeedItem {
	/** The notice's anchor on the notices page, absolute: its link, and its id for good. */
	url: string;
	/** "Outage: Etsy download e-mails were delayed": the kind named in words. */
	title: string;
	/** When, and what it affects, in one line: the same line the notices page shows. */
	summary: string;
	/** The whole notice as HTML: the summary, the text, the updates. Links are absolute. */
	html: string;
	/** The language of the notice's text, when it is not the feed's (an untranslated notice). */
	lang?: string;
	published: Date;
	/** The newest update's time, or the end of a notice that has ended. */
	modified?: Date;
}

export interface Feed {
	title: string;
	description: string;
	language: string;
	/** The notices page, absolute. */
	homePageUrl: string;
	/** This feed's own address, absolute. */
	feedUrl: string;
	items: FeedItem[];
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Text made safe to put inside HTML, in an element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"]/g, (char) => escapes[char]!);
}

/**
 * Rendered HTML with every `href`, `src` and `srcset` address made absolute against the page it
 * came from: a feed reader shows an item away from the site, where `/guides/x/` leads nowhere.
 * The rendered addresses already carry the site's base (src/markdown/base-links.ts). The HTML is
 * parsed and written again (parse5), so quoting and character references are read as a browser
 * reads them.
 */
export function absoluteLinks(html: string, pageUrl: string): string {
	const absolute = (address: string) => {
		if (address.startsWith('#')) return address;
		try {
			return new URL(address, pageUrl).href;
		} catch {
			return address;
		}
	};
	const visit = (node: DefaultTreeAdapterMap['parentNode']) => {
		for (const child of node.childNodes) {
			if (!('attrs' in child)) continue;
			for (const attribute of child.attrs) {
				if (attribute.name === 'href' || attribute.name === 'src') attribute.value = absolute(attribute.value.trim());
				// Candidates are "address [descriptor]", split by commas, as the HTML standard reads them.
				else if (attribute.name === 'srcset')
					attribute.value = attribute.value
						.split(',')
						.map((candidate) => candidate.trim().replace(/^\S+/, (address) => absolute(address)))
						.join(', ');
			}
			visit(child.nodeName === 'template' ? (child as DefaultTreeAdapterMap['template']).content : child);
		}
	};
	const fragment = parseFragment(html);
	visit(fragment);
	return serialize(fragment);
}

/** The parts of one notice's item body, already in the feed's language (its text may not be). */
export interface ItemParts {
	summary: string;
	/** The notice's rendered text. */
	bodyHtml: string;
	/** The language of `bodyHtml` when it is not the feed's. */
	lang?: string | undefined;
	/** "Updates (Central European Time)", when there are any. */
	updatesTitle?: string | undefined;
	/** Newest first, each with its time already written out. */
	updates: { at: Date; when: string; text: string; lang?: string | undefined }[];
}

/** The item's HTML: what the notices page shows of it, with each update and its time. */
export function itemHtml(parts: ItemParts, pageUrl: string): string {
	const lang = (code: string | undefined) => (code ? ` lang="${escapeHtml(code)}"` : '');
	const updates =
		parts.updates.length > 0 && parts.updatesTitle
			? `<p><strong>${escapeHtml(parts.updatesTitle)}</strong></p><ul>${parts.updates
					.map((update) => `<li><time datetime="${update.at.toISOString()}">${escapeHtml(update.when)}</time>: <span${lang(update.lang)}>${escapeHtml(update.text)}</span></li>`)
					.join('')}</ul>`
			: '';
	return `<p>${escapeHtml(parts.summary)}</p><div${lang(parts.lang)}>${absoluteLinks(parts.bodyHtml.trim(), pageUrl)}</div>${updates}`;
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), as the file's text. */
export function jsonFeed(feed: Feed): string {
	const document = {
		version: 'https://jsonfeed.org/version/1.1',
		title: feed.title,
		home_page_url: feed.homePageUrl,
		feed_url: feed.feedUrl,
		description: feed.description,
		language: feed.language,
		items: feed.items.map((item) => ({
			id: item.url,
			url: item.url,
			title: item.title,
			summary: item.summary,
			content_html: item.html,
			date_published: item.published.toISOString(),
			...(item.modified ? { date_modified: item.modified.toISOString() } : {}),
			...(item.lang ? { language: item.lang } : {}),
		})),
	};
	return `${JSON.stringify(document, null, '\t')}\n`;
}

/** The items as @astrojs/rss takes them: the anchor is the link and the permanent guid. */
export function rssItems(feed: Feed): { title: string; link: string; pubDate: Date; description: string; content: string }[] {
	return feed.items.map((item) => ({ title: item.title, link: item.url, pubDate: item.published, description: item.summary, content: item.html }));
}

/** The channel's own lines beyond what @astrojs/rss writes: its language and its self link. */
export function rssChannelExtras(feed: Feed, rssUrl: string): string {
	return `<language>${escapeHtml(feed.language)}</language><atom:link href="${escapeHtml(rssUrl)}" rel="self" type="application/rss+xml"/>`;
}
