import { en, enUnits, type UiKey, type UiStrings, type UnitWords } from './en.ts';
import { es, esUnits } from './es.ts';
import { fr, frUnits } from './fr.ts';
import { pl, plUnits } from './pl.ts';
import { pt, ptUnits } from './pt.ts';

/** Built-in UI strings by locale. A shop adds or changes its own in content/ui/<locale>.yaml. */
export const uiStrings: Record<string, UiStrings> = { en, pt, es, fr, pl };

/** Built-in unit words by locale (a licence's `unit: copies`), in the same languages as the strings. */
export const builtInUnitWords: Record<string, UnitWords> = { en: enUnits, pt: ptUnits, es: esUnits, fr: frUnits, pl: plUnits };

/** The unit words a page in `locale` uses: its own language's, its base language's, or English. */
export function unitWords(locale: string): UnitWords {
	return builtInUnitWords[uiLocale(locale)]!;
}

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** The locale whose built-in strings a page in `locale` uses: its own, its base language's (pt for pt-BR), or English. */
export function uiLocale(locale: string): string {
	return [locale, locale.split('-')[0]!].find((code) => code in uiStrings) ?? 'en';
}

/** Keys a locale has no text for, built in or in the shop's `content/ui/<locale>.yaml`: they show in English. */
export function missingUiKeys(locale: string, shopStrings: Partial<UiStrings> = {}): UiKey[] {
	if (uiLocale(locale) !== 'en' || locale.split('-')[0] === 'en') return [];
	return (Object.keys(en) as UiKey[]).filter((key) => shopStrings[key] === undefined);
}

/** The language a key's text is in on a page of `locale`, for words put into it (language names). */
export function languageOf(key: UiKey, locale: string, shopStrings: Partial<UiStrings> = {}): string {
	return shopStrings[key] !== undefined ? locale : uiLocale(locale);
}

/**
 * A translator for one locale: the shop's own strings first, then the built-in ones, then
 * English, so a new locale builds at once.
 */
export function translator(locale: string, shopStrings: Partial<UiStrings> = {}): Translate {
	const strings: UiStrings = { ...en, ...uiStrings[uiLocale(locale)], ...definedOnly(shopStrings) };
	return (key, vars = {}) => strings[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

function definedOnly(strings: Partial<UiStrings>): Partial<UiStrings> {
	return Object.fromEntries(Object.entries(strings).filter(([key, value]) => key in en && value !== undefined));
}

export type { UiKey, UiStrings, UnitWords };
