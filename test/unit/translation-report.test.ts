import { describe, expect, it } from 'vitest';
import { formatTranslationReport, translationReport } from '../../src/lib/translation-report';
import { readContent } from '../../src/lib/read-content';
import { fixture, shopWith } from '../helpers/content-tree';

describe('translation report', () => {
	it('lists what each locale lacks and what is older than its original', () => {
		const root = shopWith({
			'guides/pt/install-the-font.mdx': '---\ntitle: Instalar\ndescription: x\nupdated: 2026-09-01\nproducts: [brush-font]\ncategory: downloads\n---\nTexto.\n',
		});
		const [pt, es] = translationReport(readContent(root), ['en', 'pt']);
		expect(pt).toMatchObject({ locale: 'pt', total: 6, translated: 1, missingUiStrings: false });
		expect(pt!.outdated).toEqual(['guides/install-the-font (translated 2026-09-01, original updated 2026-10-01)']);
		expect(pt!.missing).toContain('troubleshooting/font-missing');
		expect(es).toMatchObject({ locale: 'es', translated: 1, missingUiStrings: true });
		expect(formatTranslationReport([es!])).toContain('UI strings: missing, so buttons and labels show in English. Copy src/i18n/en.ts to src/i18n/es.ts');
	});

	it('counts an up-to-date translation as translated', () => {
		const [pt] = translationReport(readContent(fixture('basic')), ['en', 'pt', 'es']);
		expect(pt!.outdated).toEqual([]);
		expect(pt!.missing).not.toContain('guides/install-the-font');
	});
});
