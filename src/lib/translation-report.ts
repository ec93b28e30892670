import { en } from '../i18n/en.ts';
import { missingUiKeys } from '../i18n/index.ts';
import type { Article, Content } from './content-model.ts';
import { untranslatedLocales } from './localized.ts';

export interface LocaleReport {
	locale: string;
	/** The shop's first locale: articles are not compared, only buttons and labels. */
	isDefault: boolean;
	/** Articles in the default locale. */
	total: number;
	translated: number;
	/** `guides/slug` paths with no translation (buyers see the default language). */
	missing: string[];
	/** Translations whose original was updated after them: `guides/slug (translated 2026-01-02, original 2026-03-04)`. */
	outdated: string[];
	/** Buttons and labels with no text in this locale, with their English text: buyers see the English. */
	missingUi: [key: string, english: string][];
	/**
	 * Text in the YAML files written per language but not in this one, by file: buyers see it in
	 * the default language (marked with its `lang`). `{ file: 'content/products/x.yaml', fields: ['name', 'summary'] }`.
	 */
	untranslated: { file: string; fields: string[] }[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof Map);

/**
 * Every text written per language in a YAML value, with its field path (`support.channels[0].label`):
 * an object whose keys are all the shop's locales, the default among them, and whose values are text.
 */
function localizedFields(value: unknown, locales: ReadonlySet<string>, defaultLocale: string, path = ''): [field: string, text: Record<string, string>][] {
	if (Array.isArray(value)) return value.flatMap((item, i) => localizedFields(item, locales, defaultLocale, `${path}[${i}]`));
	if (!isRecord(value)) return [];
	const entries = Object.entries(value);
	if (entries.length > 0 && defaultLocale in value && entries.every(([key, text]) => locales.has(key) && typeof text === 'string')) return [[path, value as Record<string, string>]];
	return entries.flatMap(([key, item]) => localizedFields(item, locales, defaultLocale, path ? `${path}.${key}` : key));
}

/** The YAML texts each locale lacks, by file and field. Pure. */
export function untranslatedYaml(content: Pick<Content, 'shop' | 'shopFile' | 'products' | 'licenses'>): Map<string, { file: string; fields: string[] }[]> {
	const [defaultLocale, ...others] = content.shop.locales as [string, ...string[]];
	if (others.length === 0) return new Map();
	const locales = new Set(content.shop.locales);
	const files: [file: string, value: unknown][] = [
		[content.shopFile, content.shop],
		...[...content.products.values()].map((product): [string, unknown] => [product.file, product]),
		...[...content.licenses.values()].map((license): [string, unknown] => [license.file, license]),
	];
	const byLocale = new Map(others.map((locale) => [locale, [] as { file: string; fields: string[] }[]]));
	for (const [file, value] of files) {
		const fields = localizedFields(value, locales, defaultLocale);
		for (const locale of others) {
			const missing = fields.filter(([, text]) => untranslatedLocales(text, [locale]).length > 0).map(([field]) => field);
			if (missing.length > 0) byLocale.get(locale)!.push({ file, fields: missing });
		}
	}
	return byLocale;
}

const day = (date: Date) => date.toISOString().slice(0, 10);
const updatedOf = (article: Article) => ('updated' in article.data ? article.data.updated : article.data.starts);

/** What each non-default locale lacks, compared with the default locale. Pure. */
export function translationReport(content: Content): LocaleReport[] {
	const [defaultLocale, ...others] = content.shop.locales as [string, ...string[]];
	const missingUiOf = (locale: string) => missingUiKeys(locale, content.ui.get(locale)).map((key): [string, string] => [key, en[key]]);
	// The default language has no articles to catch up on, but may lack buttons and labels (a German shop).
	const defaultReport: LocaleReport = { locale: defaultLocale, isDefault: true, total: 0, translated: 0, missing: [], outdated: [], missingUi: missingUiOf(defaultLocale), untranslated: [] };
	const yaml = untranslatedYaml(content);
	const all = Object.values(content.articles).flat() as Article[];
	const originals = all.filter((a) => a.locale === defaultLocale);
	const reports = others.map((locale): LocaleReport => {
		const own = new Map(all.filter((a) => a.locale === locale).map((a) => [`${a.folder}/${a.slug}`, a]));
		const missing: string[] = [];
		const outdated: string[] = [];
		for (const original of originals) {
			const key = `${original.folder}/${original.slug}`;
			const translation = own.get(key);
			if (!translation) missing.push(key);
			else if (updatedOf(translation) < updatedOf(original)) {
				outdated.push(`${key} (translated ${day(updatedOf(translation))}, original updated ${day(updatedOf(original))})`);
			}
		}
		return { locale, isDefault: false, total: originals.length, translated: originals.length - missing.length, missing, outdated, missingUi: missingUiOf(locale), untranslated: yaml.get(locale) ?? [] };
	});
	return defaultReport.missingUi.length > 0 ? [defaultReport, ...reports] : reports;
}

export function formatTranslationReport(reports: readonly LocaleReport[]): string {
	if (reports.length === 0) return 'Nothing to translate: the shop has one language, and its buttons and labels are there.';
	return reports
		.map((r) => {
			const lines = [r.isDefault ? `${r.locale} (the default language):` : `${r.locale}: ${r.translated} of ${r.total} articles translated, ${r.outdated.length} older than their original`];
			if (r.missingUi.length > 0) {
				lines.push(`  ${r.missingUi.length} buttons and labels show in English. Copy these lines into content/ui/${r.locale}.yaml and translate the text after each colon:`);
				// JSON strings are valid YAML and keep a colon or a quote in the text harmless.
				for (const [key, english] of r.missingUi) lines.push(`    ${key}: ${JSON.stringify(english)}`);
			}
			for (const item of r.outdated) lines.push(`  outdated  ${item}`);
			for (const item of r.missing) lines.push(`  missing   ${item}`);
			if (r.untranslated.length > 0) lines.push(`  ${r.untranslated.reduce((n, f) => n + f.fields.length, 0)} texts in the YAML files show in the default language; give each field its \`${r.locale}:\` text`);
			for (const { file, fields } of r.untranslated) lines.push(`  untranslated  ${file}: ${fields.join(', ')}`);
			return lines.join('\n');
		})
		.join('\n\n');
}
