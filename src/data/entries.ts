import { getEntry } from 'astro:content';
import type { Article } from '../lib/content-model.ts';

/** The Astro collection entry behind an article, for rendering its body. */
export async function getArticleEntry(article: Article) {
	const entry = await getEntry(article.folder, `${article.locale}/${article.slug}`);
	if (!entry) throw new Error(`${article.file} was checked but Astro did not load it; delete .astro/ and node_modules/.astro/ and build again.`);
	return entry;
}
