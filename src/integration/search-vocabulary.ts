import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { vocabularyFile } from '../lib/search/correct.ts';

/**
 * Writes `pagefind/aftercare-search.<lang>.json` for each language Pagefind indexed: the words
 * of its pages (for typo correction and putting accents back) and the shop's synonyms. Read from
 * Pagefind's own fragments, so the vocabulary is exactly the indexed text, nothing more.
 */
export function writeSearchVocabulary(pagefindDir: string, synonymsFor: (lang: string) => string[][] = () => []): string[] {
	const texts = new Map<string, string[]>();
	const fragments = join(pagefindDir, 'fragment');
	for (const name of readdirSync(fragments).sort()) {
		// `en_1532ae0.pf_fragment`: a gzipped JSON record after Pagefind's 12-byte signature.
		const lang = name.slice(0, name.indexOf('_'));
		const record = JSON.parse(gunzipSync(readFileSync(join(fragments, name))).subarray('pagefind_dcd'.length).toString('utf8')) as { content: string; meta?: { title?: string } };
		texts.set(lang, [...(texts.get(lang) ?? []), `${record.meta?.title ?? ''} ${record.content}`]);
	}
	for (const [lang, list] of texts) writeFileSync(join(pagefindDir, `aftercare-search.${lang}.json`), JSON.stringify(vocabularyFile(list, synonymsFor(lang))));
	return [...texts.keys()];
}
