import type { Heading, List, ListItem, Root, RootContent } from 'mdast';
import { articleTree } from './article-markdown.ts';
import type { PageContext } from './page-context.ts';
import { articleTrail, breadcrumbs, isFallbackCopy, type Crumb } from './page-meta.ts';
import type { Route } from './route-table.ts';
import { localize, paths } from './routes.ts';

/**
 * Structured data (schema.org, as JSON-LD) for search engines. One block per page: the page's
 * items in one `@graph`, built from the same data as what the page shows (the breadcrumb trail,
 * the article's Markdown tree), so the two cannot disagree.
 */
export type JsonLd = { [key: string]: unknown };

/** The page's items as one JSON-LD document, or undefined for a page that has none. */
export function jsonLdDocument(items: readonly (JsonLd | undefined)[]): JsonLd | undefined {
	const present = items.filter((item): item is JsonLd => item !== undefined);
	if (present.length === 0) return undefined;
	return { '@context': 'https://schema.org', '@graph': present };
}

/**
 * JSON for inside a `<script>`: the HTML parser ends the element at the first `</script` and
 * treats `<!--` specially, whatever the JSON means, so every `<` is written as `\u003c` (still the
 * same JSON string). U+2028 and U+2029 are escaped too, for parsers that read JSON as JavaScript.
 */
export function serializeJsonLd(data: JsonLd): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

/**
 * The visible breadcrumbs (src/lib/page-meta.ts `breadcrumbs`) followed by the page itself, each
 * with its full address: Google's BreadcrumbList wants `position`, `name` and `item` per step.
 * `url` turns a locale-neutral path into the full address of this page's locale.
 */
export function breadcrumbList(crumbs: readonly Crumb[], here: { name: string; url: string }, url: (path: string) => string): JsonLd {
	const steps = [...crumbs.map((crumb) => ({ name: crumb.label, url: url(crumb.path) })), here];
	return {
		'@type': 'BreadcrumbList',
		itemListElement: steps.map((step, i) => ({ '@type': 'ListItem', position: i + 1, name: step.name, item: step.url })),
	};
}

type Node = Root | RootContent;

/**
 * A node's words, as a reader sees them: text, code and image descriptions; MDX expressions,
 * imports and raw HTML carry code, not words, and are left out. Blocks are separated by a line break.
 */
export function plainText(node: Node): string {
	if (WORDLESS.has(node.type)) return '';
	if (node.type === 'break') return '\n';
	if (node.type === 'image') return node.alt ?? '';
	if ('value' in node && typeof node.value === 'string') return node.value;
	if (!('children' in node)) return '';
	const children = node.children as Node[];
	const block = children.some((child) => BLOCKS.has(child.type));
	return children
		.map(plainText)
		.filter((text) => !block || text.trim() !== '')
		.join(block ? '\n' : '')
		.trim();
}

const WORDLESS = new Set(['html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'yaml', 'toml', 'definition', 'footnoteDefinition', 'footnoteReference']);

const BLOCKS = new Set(['paragraph', 'heading', 'list', 'listItem', 'blockquote', 'code', 'table', 'tableRow', 'tableCell', 'thematicBreak', 'mdxJsxFlowElement']);

/** Blocks between a heading and the next heading of any level. */
function sections(tree: Root): { heading: Heading; blocks: RootContent[] }[] {
	const found: { heading: Heading; blocks: RootContent[] }[] = [];
	for (const node of tree.children) {
		if (node.type === 'heading') found.push({ heading: node, blocks: [] });
		else found.at(-1)?.blocks.push(node);
	}
	return found;
}

/**
 * FAQPage from an FAQ page's tree (the pages article with `role: faq`): each `##` or `###`
 * heading with text right under it is a question, and that text, up to the next heading, its
 * answer. A heading with nothing under it but another heading groups questions and is not one.
 * Google wants `mainEntity[]` of `Question` with `name` and `acceptedAnswer.text`.
 */
export function faqPage(tree: Root): JsonLd | undefined {
	const questions = sections(tree)
		.filter(({ heading }) => heading.depth === 2 || heading.depth === 3)
		.map(({ heading, blocks }) => ({ name: plainText(heading), text: blocks.map(plainText).filter((text) => text !== '').join('\n') }))
		.filter((question) => question.name !== '' && question.text !== '');
	if (questions.length === 0) return undefined;
	return {
		'@type': 'FAQPage',
		mainEntity: questions.map(({ name, text }) => ({ '@type': 'Question', name, acceptedAnswer: { '@type': 'Answer', text } })),
	};
}

/**
 * HowTo from a guide's tree. Guides write their steps as numbered lists (`1. Open…`), each under
 * the heading of what it does ("On a computer", "Set the size"), so: every numbered list at the
 * top level of the body is a list of steps. One list gives `step[]` of `HowToStep`; several give
 * `step[]` of `HowToSection`, each named by the heading it sits under (or the guide's title, for
 * a list before any heading). Lists inside a step, and bulleted lists, are not steps. A guide
 * without a numbered list gets no HowTo.
 */
export function howTo(tree: Root, guide: { name: string; description: string; url: string }): JsonLd | undefined {
	const lists: { section: string; list: List }[] = [];
	let section = guide.name;
	for (const node of tree.children) {
		if (node.type === 'heading') section = plainText(node);
		else if (node.type === 'list' && node.ordered) lists.push({ section, list: node });
	}
	const steps = (list: List) =>
		list.children
			.map((item: ListItem) => plainText(item))
			.filter((text) => text !== '')
			.map((text, i) => ({ '@type': 'HowToStep', position: i + 1, text }));
	const usable = lists.filter(({ list }) => steps(list).length > 0);
	if (usable.length === 0) return undefined;
	const step =
		usable.length === 1
			? steps(usable[0]!.list)
			: usable.map(({ section: name, list }, i) => ({ '@type': 'HowToSection', position: i + 1, name, itemListElement: steps(list) }));
	return { '@type': 'HowTo', name: guide.name, description: guide.description, url: guide.url, step };
}

export interface ProductFacts {
	name: string;
	description: string;
	/** The hub's full address. */
	url: string;
	/** The page's language (BCP 47, as the page's `lang`). */
	inLanguage: string;
	/** The shop, which publishes the product. */
	publisher: string;
	/** The licences it is sold under, each with its page's full address. */
	licenses: readonly { name: string; url: string }[];
}

/**
 * On a product's item: the id of its own picture (`product/<id>`, src/data/entries.ts), which only
 * Astro's image pipeline can turn into an address; StructuredData.astro sets `image` from it. A
 * symbol, so an item it is not resolved on is written without a picture rather than with an id.
 */
export const PICTURE = Symbol('picture');

/**
 * A product hub's item, typed CreativeWork. Not Product: Google reads a Product as a product
 * snippet, which is invalid (an error, not merely plain) without `offers`, `review` or
 * `aggregateRating`, and the shop's data has none of them (each platform sets its own price). Not
 * Course for a course either: Google's course info needs `offers` and `hasCourseInstance`, so it
 * would fail the same way. CreativeWork has `license` (the licences' pages), `publisher` and
 * `inLanguage`, and Google checks it for no rich result. `image` is the product's own picture only,
 * never the page's preview card (a card with words on it is no picture of the product).
 */
export function product(facts: ProductFacts): JsonLd {
	return {
		'@type': 'CreativeWork',
		name: facts.name,
		description: facts.description,
		url: facts.url,
		inLanguage: facts.inLanguage,
		publisher: { '@type': 'Organization', name: facts.publisher },
		...(facts.licenses.length > 0 ? { license: facts.licenses.map(({ name, url }) => ({ '@type': 'CreativeWork', name, url })) } : {}),
	};
}

/**
 * The document with each item's picture id (PICTURE) resolved to `image`, a full address, or
 * dropped when `pictureUrl` finds none. The items are copied, never changed.
 */
export async function withPictures(data: JsonLd, pictureUrl: (id: string) => Promise<string | undefined>): Promise<JsonLd> {
	const graph = data['@graph'];
	if (!Array.isArray(graph)) return data;
	const items = await Promise.all(
		(graph as JsonLd[]).map(async (item) => {
			const id = (item as { [PICTURE]?: string })[PICTURE];
			if (id === undefined) return item;
			const image = await pictureUrl(id);
			return image ? { ...item, image } : { ...item };
		}),
	);
	return { ...data, '@graph': items };
}

/**
 * The structured data of a route's page: a BreadcrumbList on every article and product hub, an
 * FAQPage on the FAQ page, a HowTo on a guide with steps, a CreativeWork on a product hub (with
 * its picture's id, PICTURE, when it has one). None on a fallback copy (a page shown in the
 * default language at another language's address): its canonical is the original, and items
 * naming the copy's own address would contradict it.
 */
export function pageStructuredData(page: PageContext, route: Route): JsonLd | undefined {
	const { site } = page;
	if (isFallbackCopy(site, route)) return undefined;
	const url = (path: string) => page.absolute(localize(path, page.locale, site.defaultLocale));
	if (route.kind === 'article') {
		const { article } = site.get(route.folder, route.slug, route.locale);
		const category = 'category' in article.data ? article.data.category : undefined;
		const here = { name: article.data.title, url: url(route.path) };
		const items: (JsonLd | undefined)[] = [breadcrumbList(breadcrumbs(page, articleTrail(page, route.folder, category)), here, url)];
		const faq = 'role' in article.data && article.data.role === 'faq';
		if (faq || route.folder === 'guides') {
			const tree = articleTree(article, article.file.endsWith('.mdx') ? 'mdx' : 'md');
			if (tree && faq) items.push(faqPage(tree));
			if (tree && route.folder === 'guides') items.push(howTo(tree, { name: article.data.title, description: article.data.description, url: here.url }));
		}
		return jsonLdDocument(items);
	}
	if (route.kind === 'product') {
		const entry = site.content.products.get(route.id)!;
		const name = page.text(entry.name);
		const licenses = site.reach(route.id).licenses.map((id) => ({ name: page.text(site.content.licenses.get(id)!.name), url: url(paths.license(id)) }));
		return jsonLdDocument([
			breadcrumbList(breadcrumbs(page, []), { name, url: url(route.path) }, url),
			{
				...product({ name, description: page.text(entry.summary), url: url(route.path), inLanguage: page.locale, publisher: site.content.shop.name, licenses }),
				...(site.content.pictures.products.has(route.id) ? { [PICTURE]: `product/${route.id}` } : {}),
			},
		]);
	}
	return undefined;
}
