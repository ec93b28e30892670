import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/lib/content-model.ts';
import { formatTranslationReport, translationReport } from '../../src/lib/translation-report.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { fixture, fixtureFile, shopWith } from '../helpers/content-tree.ts';

describe('translation report', () => {
	it('lists what each locale lacks and what is older than its original', () => {
		const root = shopWith({
			'guides/pt/install-the-font.mdx': '---\ntitle: Instalar\ndescription: x\nupdated: 2026-09-01\nproducts: [brush-font]\ncategory: downloads\n---\nTexto.\n',
		});
		const [pt, es] = translationReport(readContent(root));
		expect(pt).toMatchObject({ locale: 'pt', total: 6, translated: 1, missingUi: [] });
		expect(pt!.outdated).toEqual(['guides/install-the-font (translated 2026-09-01, original updated 2026-10-01)']);
		expect(pt!.missing).toContain('troubleshooting/font-missing');
		expect(es).toMatchObject({ locale: 'es', translated: 1 });
	});

	it('lists the buttons and labels a new language lacks as YAML ready to translate into content/ui/', () => {
		const root = shopWith({
			'shop.yaml': fixtureFile('shop.yaml').replace(/^locales: \[(.*)\]$/m, 'locales: [$1, de]'),
			'ui/de.yaml': 'nav.home: Startseite\nsearch.button: Suchen\n',
		});
		const de = translationReport(readContent(root)).find((r) => r.locale === 'de')!;
		expect(de.missingUi.map(([key]) => key)).not.toContain('nav.home');
		expect(de.missingUi).toContainEqual(['nav.products', 'Products']);
		const text = formatTranslationReport([de]);
		expect(text).toContain('buttons and labels show in English. Copy these lines into content/ui/de.yaml and translate the text after each colon:\n    site.helpCentre: "Help centre"');
		// The listed lines are the file's format: pasted as they are, they pass the check.
		const lines = text.split('\n').filter((line) => line.startsWith('    ')).map((line) => line.trim());
		expect(() => readContent(shopWith({ 'shop.yaml': fixtureFile('shop.yaml').replace(/^locales: \[(.*)\]$/m, 'locales: [$1, de]'), 'ui/de.yaml': lines.join('\n') }))).not.toThrow();
	});

	it('lists the missing buttons and labels of a default language that has none built in', () => {
		// Only the fields the report reads: a German shop with one language and one string of its own.
		const content = { shop: { locales: ['de'] }, articles: { guides: [], troubleshooting: [], pages: [], notices: [] }, ui: new Map([['de', { 'nav.home': 'Startseite' }]]) };
		const reports = translationReport(content as unknown as Content);
		expect(reports.map((r) => r.locale)).toEqual(['de']);
		expect(formatTranslationReport(reports)).toMatch(/^de \(the default language\):\n {2}\d+ buttons and labels show in English/);
	});

	it('lists the YAML texts not translated into a locale, by file and field', () => {
		const root = shopWith({ 'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace(/^name: .*$/m, 'name: { en: Party Kit, es: Kit de fiesta }') });
		const [pt, es] = translationReport(readContent(root));
		// The hours, the promise and one category are written in English and Portuguese only.
		expect(pt!.untranslated.some((f) => f.file.endsWith('shop.yaml'))).toBe(false);
		expect(es!.untranslated.find((f) => f.file.endsWith('shop.yaml'))!.fields).toEqual(['support.hours', 'support.responsePromise', 'categories.downloads.name']);
		// A plain string is the same in every language (a brand name): never listed.
		expect(pt!.untranslated.flatMap((f) => f.fields)).not.toContain('support.channels[0].label');
		expect(pt!.untranslated).toContainEqual({ file: expect.stringMatching(/products\/party-kit\.yaml$/), fields: ['name'] });
		expect(es!.untranslated.some((f) => f.file.endsWith('party-kit.yaml'))).toBe(false);
		expect(es!.untranslated).toContainEqual({ file: expect.stringMatching(/products\/brush-font\.yaml$/), fields: ['name'] });
		const text = formatTranslationReport([pt!]);
		expect(text).toMatch(/texts in the YAML files show in the default language; give each field its `pt:` text/);
		expect(text).toMatch(/ {2}untranslated {2}\S*products\/party-kit\.yaml: name$/m);
	});

	it('counts an up-to-date translation as translated', () => {
		const [pt] = translationReport(readContent(fixture('basic')));
		expect(pt!.outdated).toEqual([]);
		expect(pt!.missing).not.toContain('guides/install-the-font');
	});
});
