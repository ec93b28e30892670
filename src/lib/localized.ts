import type { LocalizedText } from '../schemas/common.ts';

/** The text in `locale`, else in the default locale (always present: checked at build). */
export function pick(text: LocalizedText, locale: string, defaultLocale: string): string;
export function pick(text: LocalizedText | undefined, locale: string, defaultLocale: string): string | undefined;
export function pick(text: LocalizedText | undefined, locale: string, defaultLocale: string): string | undefined {
	if (text === undefined || typeof text === 'string') return text;
	return text[locale] ?? text[defaultLocale];
}
