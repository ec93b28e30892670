import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import { withBase } from '../lib/base-path.ts';
import { delocalize, isPageLink, localize } from '../lib/routes.ts';

// Authors link to `/guides/x/`, whatever address the help centre is published at. Under a
// sub-path (`https://user.github.io/shop-help/`) each root-relative link in an article gets the
// base here, so a Markdown notice, which is rendered without our components, links right too. In
// MDX, LocalizedLink then puts the buyer's language between the base and the path. Every link gets
// it, even one that already starts with the base's words: a site at `/help/` has pages at `/help/x/`.
// A Markdown notice has no LocalizedLink, so its page links get its own file's language here: the
// English translation of a notice leads to /en/help/x/, wherever it is shown (pages and feeds).

let linkBase = '/';
let linkLocales: readonly string[] = [];

/** Set once the shop's `url` and languages are read (src/integration/index.ts), before any article is compiled. */
export function setLinkSite(base: string, locales: readonly string[]): void {
	linkBase = base;
	linkLocales = locales;
}

/** The language of a notice's file, `content/notices/<locale>/x.md`, or undefined for any other file. */
function noticeLocale(file: URL | undefined): string | undefined {
	if (!file || !file.pathname.endsWith('.md')) return undefined;
	const parts = decodeURIComponent(file.pathname).split('/');
	const locale = parts.at(-2);
	return parts.at(-3) === 'notices' && locale && linkLocales.includes(locale) ? locale : undefined;
}

export const baseLinks = (ctx: PluginFactoryContext) => {
	const locale = noticeLocale(ctx.fileURL);
	const defaultLocale = linkLocales[0];
	const inLanguage = (href: string) => (locale && defaultLocale && locale !== defaultLocale && isPageLink(href) ? localize(delocalize(href, linkLocales).path, locale, defaultLocale) : href);
	return defineHastPlugin({
		name: 'aftercare:base-links',
		element: {
			filter: ['a'],
			visit(node, visitCtx) {
				const href = node.properties?.href;
				if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
				const localized = inLanguage(href);
				const written = withBase(localized, linkBase);
				if (written !== href) visitCtx.setProperty(node, 'href', written);
			},
		},
	});
};
