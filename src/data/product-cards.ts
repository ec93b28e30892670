import type { PageContext } from '../lib/page-context.ts';
import { paths } from '../lib/routes.ts';
import { getPicture } from './entries.ts';

/** A card per product, in the shop's order, with its picture when it has one (home, /products/). */
export function productCards(page: PageContext) {
	return Promise.all(
		page.site.products().map(async (product) => ({
			href: page.href(paths.product(product.id)),
			title: page.text(product.name),
			text: page.text(product.summary),
			image: await getPicture(`product/${product.id}`),
		})),
	);
}
