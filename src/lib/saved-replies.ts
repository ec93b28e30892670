import { absoluteUrl } from './base-path.ts';
import { languageName, toCsv } from './link-kit.ts';
import { localize, paths } from './routes.ts';
import type { Site } from './site.ts';

/**
 * Saved replies: each troubleshooting entry's `savedReply`, ready to paste into a message to a
 * buyer, ending with the entry's address. The /saved-replies/ page shows them with a copy
 * button; the link kit exports them for a helpdesk (src/links/).
 */
export interface SavedReply {
	slug: string;
	title: string;
	/** The language the reply is written in: the page's, or the original's when it is not translated yet. */
	language: string;
	/** The reply as written in the entry. */
	reply: string;
	/** The entry's address in the page's language, absolute (a buyer receives it in a message). */
	url: string;
	/** What is sent: the reply, then the link on a line of its own. */
	text: string;
}

/** The message a saved reply sends: its text, then the article's address on its own line. */
export function replyText(reply: string, url: string): string {
	return `${reply}\n${url}`;
}

/** Every troubleshooting entry's saved reply in `locale`, in title order (the page's and the exports' order). */
export function savedReplies(site: Site, locale: string): SavedReply[] {
	return site.slugs('troubleshooting').map((slug) => {
		const { article } = site.get('troubleshooting', slug, locale);
		const url = absoluteUrl(localize(paths.article('troubleshooting', slug), locale, site.defaultLocale), site.content.shop.url);
		return { slug, title: article.data.title, language: article.locale, reply: article.data.savedReply, url, text: replyText(article.data.savedReply, url) };
	});
}

/** Markdown: a heading per reply, the reply and its link; to read, or to paste from. */
export function repliesMarkdown(replies: readonly SavedReply[], shopName: string, locale: string): string {
	const sections = replies.map((r) => `## ${r.title}\n\n${r.text}\n`);
	return `# ${shopName}: saved replies, ${languageName(locale)}\n\n${sections.join('\n')}`;
}

export const REPLIES_CSV_HEADER = ['Title', 'Reply', 'Link', 'Language', 'Article'] as const;

/** CSV: the reply column holds the whole message (ending with the link), ready to paste. */
export function repliesCsv(replies: readonly SavedReply[]): string {
	return toCsv([[...REPLIES_CSV_HEADER], ...replies.map((r) => [r.title, r.text, r.url, r.language, r.slug])]);
}

/** JSON, for a script of the seller's own. */
export function repliesJson(replies: readonly SavedReply[], locale: string): string {
	return `${JSON.stringify({ locale, replies }, null, '\t')}\n`;
}

/**
 * Zendesk macros, in the JSON format of Zendesk's Macros API (developer.zendesk.com,
 * api-reference/ticketing/business-rules/macros): a macro is `{ title, actions }`, and the
 * `comment_value` action writes the reply into the ticket's comment. The file holds them as the
 * API lists them, `{ "macros": [...] }`; each one is created by sending `{ "macro": <one> }` to
 * POST /api/v2/macros. Titles are grouped under the language with Zendesk's `::` separator.
 */
export function zendeskMacros(replies: readonly SavedReply[], locale: string): string {
	const group = languageName(locale).replaceAll('::', ':');
	const macros = replies.map((r) => ({
		title: `${group}::${r.title.replaceAll('::', ':')}`,
		active: true,
		description: r.url,
		actions: [{ field: 'comment_value', value: r.text }],
	}));
	return `${JSON.stringify({ macros }, null, '\t')}\n`;
}
