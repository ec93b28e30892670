import { unitWords } from '../i18n/index.ts';
import { builtInUnits, pluralCategories, type BuiltInUnit, type PluralCategory, type PluralForms, type Unit } from '../schemas/license.ts';

const isBuiltIn = (unit: Unit): unit is BuiltInUnit => typeof unit === 'string' && (builtInUnits as readonly string[]).includes(unit);
/** True for a unit written as plural forms (`{ one: …, other: … }`), not one entry per locale. */
export const isForms = (value: object): value is PluralForms => Object.keys(value).every((key) => (pluralCategories as readonly string[]).includes(key));

/** A custom unit's words in `locale` (else the default locale's): its plural forms, or one invariable word. */
export function unitFormsIn(unit: Exclude<Unit, BuiltInUnit>, locale: string, defaultLocale: string): PluralForms | string | undefined {
	if (isForms(unit)) return unit;
	const perLocale = unit as Record<string, string | PluralForms>;
	return perLocale[locale] ?? perLocale[defaultLocale];
}

/** The form for `category`, falling back to `other`, then to any form written (Polish has no integer `other`). */
function formFor(forms: PluralForms, category: PluralCategory): string {
	return forms[category] ?? forms.other ?? forms.many ?? Object.values(forms).find((v) => v !== undefined) ?? '';
}

/**
 * "5,000 copies", "1 domena", "5 domen", "22 domeny": the number in the locale's digits and the
 * unit in the plural form Intl.PluralRules picks for it.
 */
export function formatAmount(max: number, unit: Unit, locale: string, defaultLocale: string): string {
	const number = new Intl.NumberFormat(locale).format(max);
	const category = new Intl.PluralRules(locale).select(max) as PluralCategory;
	const forms = isBuiltIn(unit) ? unitWords(locale)[unit] : unitFormsIn(unit, locale, defaultLocale);
	const word = forms === undefined ? '' : typeof forms === 'string' ? forms : formFor(forms, category);
	return `${number} ${word}`.trim();
}

/** Examples of whole numbers in each plural category a locale uses for them: Polish `few` is 2, 3, 4, 22…, `many` 0, 5, 11… */
export function integerCategories(locale: string): Map<PluralCategory, number[]> {
	const rules = new Intl.PluralRules(locale);
	const found = new Map<PluralCategory, number[]>();
	// Up to 1000: the compact `many` of French, Spanish and Portuguese (millions) falls back to `other`.
	for (let n = 0; n <= 1000; n++) {
		const category = rules.select(n) as PluralCategory;
		const examples = found.get(category) ?? [];
		if (examples.length < 4) examples.push(n);
		found.set(category, examples);
	}
	return found;
}

/** The plural categories whole numbers need in `locale` that `forms` leaves out, each with example numbers. */
export function missingForms(forms: PluralForms, locale: string): { category: PluralCategory; examples: number[] }[] {
	const found = integerCategories(locale);
	return pluralCategories.filter((category) => found.has(category) && forms[category] === undefined).map((category) => ({ category, examples: found.get(category)! }));
}
