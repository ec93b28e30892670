import type { PageContext } from '../lib/page-context.ts';
import type { LocalizedText } from '../schemas/common.ts';
import { paths } from '../lib/routes.ts';
import { getPicture } from './entries.ts';

/** A card's title and text from YAML, with the language of each that is not translated yet. */
export function cardText(page: PageContext, title: LocalizedText, text: LocalizedText | undefined) {
	const name = page.textIn(title);
	const line = page.textIn(text);
	return { title: name.text, titleLang: name.lang, text: line?.text, textLang: line?.lang };
}

/** A card per product, in the shop's order, with its picture when it has one (home, /products/). */
export function productCards(page: PageContext) {
	return Promise.all(
		page.site.products().map(async (product) => ({
			href: page.href(paths.product(product.id)),
			...cardText(page, product.name, product.summary),
			image: await getPicture(`product/${product.id}`),
		})),
	);
}
