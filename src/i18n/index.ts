import { en, type UiKey, type UiStrings } from './en';
import { es } from './es';
import { fr } from './fr';
import { pl } from './pl';
import { pt } from './pt';

/** UI strings by locale. To add a locale, copy en.ts, translate it, and list it here. */
export const uiStrings: Record<string, UiStrings> = { en, pt, es, fr, pl };

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** The locale whose strings a page in `locale` uses: its own, its base language's (pt for pt-BR), or English. */
export function uiLocale(locale: string): string {
	return [locale, locale.split('-')[0]!].find((code) => code in uiStrings) ?? 'en';
}

/** The shop's locales that have no strings of their own, so their buttons and labels are English. */
export function localesWithoutStrings(locales: readonly string[]): string[] {
	return locales.filter((locale) => uiLocale(locale) === 'en' && locale.split('-')[0] !== 'en');
}

/** A translator for one locale; missing locales use English so a new locale builds at once. */
export function translator(locale: string): Translate {
	const strings = uiStrings[uiLocale(locale)]!;
	return (key, vars = {}) => strings[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

export type { UiKey };
