import { getCollection, getEntry } from 'astro:content';
import type { Article } from '../lib/content-model.ts';

/** The Astro collection entry behind an article, for rendering its body. */
export async function getArticleEntry(article: Article) {
	const entry = await getEntry(article.folder, `${article.locale}/${article.slug}`);
	if (!entry) throw new Error(`${article.file} was checked but Astro did not load it; delete .astro/ and node_modules/.astro/ and build again.`);
	return entry;
}

/** A picture from content/ (`logo`, `product/<id>`) ready for astro:assets, or undefined when the shop has none. */
export async function getPicture(id: string) {
	// From the whole (small) collection: getEntry warns about every product without a picture.
	return (await getCollection('pictures')).find((entry) => entry.id === id)?.data.src;
}
