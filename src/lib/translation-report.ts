import { en } from '../i18n/en.ts';
import { missingUiKeys } from '../i18n/index.ts';
import type { Article, Content } from './content-model.ts';

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
}

const day = (date: Date) => date.toISOString().slice(0, 10);
const updatedOf = (article: Article) => ('updated' in article.data ? article.data.updated : article.data.starts);

/** What each non-default locale lacks, compared with the default locale. Pure. */
export function translationReport(content: Content): LocaleReport[] {
	const [defaultLocale, ...others] = content.shop.locales as [string, ...string[]];
	const missingUiOf = (locale: string) => missingUiKeys(locale, content.ui.get(locale)).map((key): [string, string] => [key, en[key]]);
	// The default language has no articles to catch up on, but may lack buttons and labels (a German shop).
	const defaultReport: LocaleReport = { locale: defaultLocale, isDefault: true, total: 0, translated: 0, missing: [], outdated: [], missingUi: missingUiOf(defaultLocale) };
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
		return { locale, isDefault: false, total: originals.length, translated: originals.length - missing.length, missing, outdated, missingUi: missingUiOf(locale) };
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
			return lines.join('\n');
		})
		.join('\n\n');
}
