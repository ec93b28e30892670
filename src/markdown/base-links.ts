import { defineHastPlugin } from 'satteri';
import { withBase } from '../lib/base-path.ts';

// Authors link to `/guides/x/`, whatever address the help centre is published at. Under a
// sub-path (`https://user.github.io/shop-help/`) each root-relative link in an article gets the
// base here, so a Markdown notice, which is rendered without our components, links right too. In
// MDX, LocalizedLink then puts the buyer's language between the base and the path. Every link gets
// it, even one that already starts with the base's words: a site at `/help/` has pages at `/help/x/`.

let linkBase = '/';

/** Set once the shop's `url` is read (src/integration/index.ts), before any article is compiled. */
export function setLinkBase(base: string): void {
	linkBase = base;
}

export const baseLinks = defineHastPlugin({
	name: 'aftercare:base-links',
	element: {
		filter: ['a'],
		visit(node, ctx) {
			const href = node.properties?.href;
			if (linkBase === '/' || typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
			ctx.setProperty(node, 'href', withBase(href, linkBase));
		},
	},
});
