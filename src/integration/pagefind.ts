import type { AstroIntegrationLogger } from 'astro';
import { close, createIndex } from 'pagefind';
import { writeSearchVocabulary } from './search-vocabulary.ts';

/** Builds one Pagefind index per language (from each page's `lang`) into `<dist>/pagefind/`. */
export async function indexSite(dist: string, logger: AstroIntegrationLogger, synonymsFor: (lang: string) => string[][] = () => []): Promise<void> {
	const started = performance.now();
	try {
		const { index, errors } = await createIndex({});
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: dist });
		if (added.errors.length > 0) throw new Error(`Pagefind could not read the pages: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		writeSearchVocabulary(`${dist}/pagefind`, synonymsFor);
		logger.info(`Search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`);
	} catch (cause) {
		throw new Error('Building the search index failed. The pages were built; search will not work until this is fixed.', { cause });
	} finally {
		await close();
	}
}
