import { languageOf, translator, type Translate } from '../i18n/index.ts';
import type { LocalizedText } from '../schemas/common.ts';
import { absoluteUrl, siteBase, withBase } from './base-path.ts';
import { pick, pickIn, type TextIn } from './localized.ts';
import { localize } from './routes.ts';
import type { Site } from './site.ts';
import { momentFormat, type MomentFormat } from './time-zone.ts';

/** What every component needs to know about the page being built, passed as one object. */
export interface PageContext {
	site: Site;
	locale: string;
	/** The page's locale-neutral path, e.g. `/guides/x/`. */
	path: string;
	t: Translate;
	/** A locale-neutral path as a link from this page: in its locale, under the site's base (`/shop-help/pt/guides/x/`). */
	href(path: string): string;
	/**
	 * An address already in its locale, or a file (`/pt/guides/x/`, `/og/index.png`,
	 * `/favicon.svg`), under the site's base. Every root-relative address a page writes goes
	 * through this or `href`; the route table and `localize` never hold the base.
	 */
	link(address: string): string;
	/** The same, as a full URL on the shop's `url` (canonical links, og:url, short links to print). */
	absolute(address: string): string;
	text(value: LocalizedText): string;
	text(value: LocalizedText | undefined): string | undefined;
	/** The same with the language it is written in when it is a fallback, to mark with `lang` (src/components/Text.astro). */
	textIn(value: LocalizedText): TextIn;
	textIn(value: LocalizedText | undefined): TextIn | undefined;
	/**
	 * A day written `YYYY-MM-DD` (an article's `updated`), kept at midnight UTC: shown as written,
	 * whatever the shop's `timeZone`. Moments go through `moments`.
	 */
	date(value: Date): string;
	/** Moments in the shop's `timeZone` and this page's language: "October 3, 2026 at 12:00 AM", the zone's name. */
	moments: MomentFormat;
	number(value: number): string;
	/** A language's name in the language of the page's fallback note: "inglês" on a Portuguese page. */
	languageName(locale: string): string;
}

interface Formatters {
	dates: Intl.DateTimeFormat;
	numbers: Intl.NumberFormat;
	languageNames: Intl.DisplayNames;
}

// Intl objects are slow to create and every page of a locale needs the same ones: one set per
// locale for the whole build, not one per page.
const formattersByLocale = new Map<string, Formatters>();
function formatters(locale: string): Formatters {
	let found = formattersByLocale.get(locale);
	if (!found) {
		found = {
			dates: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
			numbers: new Intl.NumberFormat(locale),
			languageNames: new Intl.DisplayNames([locale], { type: 'language' }),
		};
		formattersByLocale.set(locale, found);
	}
	return found;
}

/** A language's name in itself ("Português"), for the language switcher. */
export function autonym(locale: string): string {
	const name = formatters(locale).languageNames.of(locale) ?? locale;
	return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

export function pageContext(site: Site, locale: string, path: string): PageContext {
	const { dates, numbers } = formatters(locale);
	const moments = momentFormat(locale, site.content.shop.timeZone);
	const base = siteBase(site.content.shop.url);
	const shopStrings = site.content.ui.get(locale);
	// Names go inside the fallback sentence, so they follow its language, which is English for a
	// locale that has no strings of its own yet.
	const { languageNames } = formatters(languageOf('article.fallback', locale, shopStrings));
	return {
		site,
		locale,
		path,
		t: translator(locale, shopStrings),
		href: (target) => withBase(localize(target, locale, site.defaultLocale), base),
		link: (address) => (address.startsWith('/') && !address.startsWith('//') ? withBase(address, base) : address),
		absolute: (address) => absoluteUrl(address, site.content.shop.url),
		text: ((value: LocalizedText | undefined) => pick(value, locale, site.defaultLocale)) as PageContext['text'],
		textIn: ((value: LocalizedText | undefined) => pickIn(value, locale, site.defaultLocale)) as PageContext['textIn'],
		date: (value) => dates.format(value),
		moments,
		number: (value) => numbers.format(value),
		languageName: (code) => languageNames.of(code) ?? code,
	};
}
