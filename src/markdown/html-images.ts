import type { Image } from 'mdast';
import type { MdastPluginEntry, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';

/** An `<img>` tag's text attributes, as Markdown image fields. */
function imageOf(node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>): Image {
	const text = (name: string) => {
		const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
		return attribute?.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' ? attribute.value : undefined;
	};
	return { type: 'image', url: text('src') ?? '', alt: text('alt') ?? '', title: text('title') ?? null };
}

/**
 * Turns `<img src="./photo.jpg" alt="…" />` into the Markdown image `![…](./photo.jpg)`, so an
 * image written as HTML (as in articles converted from another tool) goes through Astro's image
 * pipeline like any other: resized, in a modern format, with its width and height, lazy-loaded.
 * Astro optimises only Markdown images; an `<img>` tag would reach the page with a path that does
 * not exist there. The content check allows only `src`, `alt` and `title` on `<img>`.
 */
export const htmlImages: MdastPluginEntry = {
	name: 'aftercare-html-images',
	mdxJsxFlowElement(node) {
		if (node.name === 'img') return { type: 'paragraph', children: [imageOf(node)] };
	},
	mdxJsxTextElement(node) {
		if (node.name === 'img') return imageOf(node);
	},
};
