import { getEntry } from 'astro:content';
import { loadSite } from './load-site.ts';
import type { Article } from '../lib/content-model.ts';

/** The Astro collection entry behind an article, for rendering its body. */
export async function getArticleEntry(article: Article) {
	const entry = await getEntry(article.folder, `${article.locale}/${article.slug}`);
	if (!entry) throw new Error(`${article.file} was checked but Astro did not load it; delete .astro/ and node_modules/.astro/ and build again.`);
	return entry;
}

/** A picture from content/ (`logo`, `product/<id>`) ready for astro:assets, or undefined when the shop has none. */
export async function getPicture(id: string) {
	// Astro warns about every entry or collection asked for that is not there: ask only for
	// pictures the content names.
	const { pictures } = loadSite().content;
	const exists = id === 'logo' ? pictures.logo !== undefined : pictures.products.has(id.slice('product/'.length));
	return exists ? (await getEntry('pictures', id))?.data.src : undefined;
}
