import type { LocalizedText } from '../schemas/common.ts';

/** The text in `locale`, else in the default locale (always present: checked at build). */
export function pick(text: LocalizedText, locale: string, defaultLocale: string): string;
export function pick(text: LocalizedText | undefined, locale: string, defaultLocale: string): string | undefined;
export function pick(text: LocalizedText | undefined, locale: string, defaultLocale: string): string | undefined {
	return pickIn(text, locale, defaultLocale)?.text;
}

/** Text with the language it is written in, when that is not the page's. */
export interface TextIn {
	text: string;
	/** Set only for a fallback: the locale the text is written in (`en` on a Portuguese page). */
	lang?: string;
}

/**
 * Like `pick`, and says when the text is a fallback, so the page can mark it with its `lang`
 * (a screen reader then reads an English product name on a Portuguese page in English). A plain
 * string is the same in every language (a brand name, as the schema documents): never marked.
 */
export function pickIn(text: LocalizedText, locale: string, defaultLocale: string): TextIn;
export function pickIn(text: LocalizedText | undefined, locale: string, defaultLocale: string): TextIn | undefined;
export function pickIn(text: LocalizedText | undefined, locale: string, defaultLocale: string): TextIn | undefined {
	if (text === undefined) return undefined;
	if (typeof text === 'string') return { text };
	const own = text[locale];
	if (own !== undefined) return { text: own };
	const fallback = text[defaultLocale];
	if (fallback === undefined) return undefined;
	return { text: fallback, lang: defaultLocale };
}

/** The locales a text has no words of its own for (a plain string needs none). */
export function untranslatedLocales(text: LocalizedText, locales: readonly string[]): string[] {
	return typeof text === 'string' ? [] : locales.filter((locale) => text[locale] === undefined);
}
