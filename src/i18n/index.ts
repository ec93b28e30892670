import { en, type UiKey, type UiStrings } from './en';
import { es } from './es';
import { fr } from './fr';
import { pl } from './pl';
import { pt } from './pt';

/** UI strings by locale. To add a locale, copy en.ts, translate it, and list it here. */
export const uiStrings: Record<string, UiStrings> = { en, pt, es, fr, pl };

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** A translator for one locale; missing locales use English so a new locale builds at once. */
export function translator(locale: string): Translate {
	const strings = uiStrings[locale] ?? uiStrings[locale.split('-')[0]!] ?? en;
	return (key, vars = {}) => strings[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

export type { UiKey };
