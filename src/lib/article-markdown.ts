import type { Element as HastElement, Nodes as HastNodes } from 'hast';
import type { BlockContent, Definition, Heading, ListItem, Nodes, PhrasingContent, Root, RootContent, TableCell, TableRow, Text } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Handle, type Options } from 'mdast-util-to-markdown';
import { htmlToHast } from 'satteri';
import { parseBody, type BodyFormat } from './article-body/parse.ts';
import { absoluteUrl } from './base-path.ts';
import { delocalize, isPageLink, localize, normalizeInternalHref } from './routes.ts';

// An article body as plain Markdown for readers that are programs (src/lib/llms-txt.ts): the same
// tree the build compiles (parseBody), with each tag the allow-list permits turned into the
// Markdown that says the same thing, and links made absolute in the reader's language. Nothing is
// matched in the text: every decision is made on a node of the tree, so a `<kbd>` inside a code
// block stays code and a `[` in a sentence stays a bracket.

/** How links and pictures of one article are written out. */
export interface MarkdownOptions {
	/** A root-relative address as written in the body (`/guides/x/#step`) to the absolute URL its reader follows. */
	internal(href: string): string;
	/** The article's own absolute URL, for `#section` links. */
	pageUrl: string;
	/**
	 * The words standing in for a picture (`Picture: <alt>`). Pictures are not linked: Astro
	 * writes them under hashed names only its page knows, and the alt text is what a reader that
	 * cannot see them needs anyway.
	 */
	picture(alt: string): string;
	/** Levels added to every heading (an article under a level-3 title: 2), at most level 6. */
	headingOffset?: number;
	/** Put before every footnote's label, so the footnotes of many articles in one file do not clash. */
	footnotePrefix?: string;
}

/** Words written in place of a picture, serialized as they are (see the `picture` handler). */
interface Picture {
	type: 'picture';
	label: string;
}

/** A tag as the converter reads it, from MDX JSX or from raw HTML in a `.md` notice. */
interface Tag {
	name: string;
	attributes: Record<string, string>;
	children: Nodes[];
}

type Converted = RootContent | Picture;

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'linkReference', 'image', 'imageReference', 'footnoteReference', 'html', 'picture']);
const isPhrasing = (node: Converted): boolean => PHRASING.has(node.type);

const text = (value: string): Text => ({ type: 'text', value });

/** The words of a converted tree, as a reader would read them aloud. */
function textOf(nodes: readonly Converted[]): string {
	return nodes
		.map((node) => {
			if (node.type === 'picture') return node.label;
			if ('value' in node && typeof node.value === 'string') return node.value;
			if (node.type === 'break') return ' ';
			return 'children' in node ? textOf(node.children as Converted[]) : '';
		})
		.join('');
}

/**
 * Flow content for a block container (the root, a quote, a list item, a footnote): runs of
 * inline nodes become paragraphs, and the whitespace between tags is dropped.
 */
function asFlow(nodes: readonly Converted[]): BlockContent[] {
	const flow: BlockContent[] = [];
	let run: Converted[] = [];
	const flush = () => {
		const children = trimRun(run);
		if (children.length > 0) flow.push({ type: 'paragraph', children: children as PhrasingContent[] });
		run = [];
	};
	for (const node of nodes) {
		if (isPhrasing(node)) run.push(node);
		else {
			flush();
			flow.push(node as BlockContent);
		}
	}
	flush();
	return flow;
}

/** A paragraph's inline nodes without the line breaks and spaces that stood between tags, or at its ends. */
function trimRun(run: Converted[]): Converted[] {
	const out = [...run];
	const blank = (node: Converted | undefined) => node?.type === 'break' || (node?.type === 'text' && node.value.trim() === '');
	while (blank(out[0])) out.shift();
	while (blank(out.at(-1))) out.pop();
	const first = out[0];
	if (first?.type === 'text') out[0] = text(first.value.replace(/^\s+/, ''));
	const last = out.at(-1);
	if (last?.type === 'text') out[out.length - 1] = text(last.value.replace(/\s+$/, ''));
	return out;
}

/** Inline content for a paragraph, heading or table cell: blocks inside it are read as their text, one after another. */
function asPhrasing(nodes: readonly Converted[]): PhrasingContent[] {
	const out: Converted[] = [];
	for (const node of nodes) {
		if (isPhrasing(node)) out.push(node);
		else if (node.type === 'paragraph' || node.type === 'heading') {
			if (out.length > 0) out.push(text(' '));
			out.push(...node.children);
		} else if (node.type === 'code') out.push({ type: 'inlineCode', value: node.value.replace(/\s*\n\s*/g, ' ') });
		else if (node.type !== 'thematicBreak') {
			const words = textOf([node]).trim();
			if (words) out.push(text(`${out.length > 0 ? ' ' : ''}${words}`));
		}
	}
	// Whitespace around inline tags matters ("press <kbd>D</kbd> now"); only that at the ends goes.
	return trimRun(out.map((node) => (node.type === 'text' ? text(node.value.replace(/\s*\n\s*/g, ' ')) : node))) as PhrasingContent[];
}

interface Context {
	options: MarkdownOptions;
	definitions: Map<string, Definition>;
}

function resolveUrl(url: string, options: MarkdownOptions): string {
	if (url === '#' || url === '#top') return options.pageUrl;
	if (url.startsWith('#')) return `${options.pageUrl}${url}`;
	if (url.startsWith('/') && !url.startsWith('//')) return options.internal(url);
	return url;
}

function attributesOf(node: { attributes: readonly { type: string; name?: string; value?: unknown }[] }): Record<string, string> {
	const attributes: Record<string, string> = {};
	for (const attribute of node.attributes) {
		if (attribute.type === 'mdxJsxAttribute' && attribute.name) attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value : '';
	}
	return attributes;
}

/** A hast element from a notice's raw HTML, as the same kind of tag the MDX tree has. */
function hastToNodes(node: HastNodes): Nodes[] {
	if (node.type === 'text') return [text(node.value)];
	if (node.type === 'root') return node.children.flatMap((child) => hastToNodes(child as HastNodes));
	if (node.type !== 'element') return [];
	const element = node as HastElement;
	const attributes: Record<string, string> = {};
	for (const [key, value] of Object.entries(element.properties ?? {})) {
		if (typeof value === 'string' || typeof value === 'number') attributes[key] = String(value);
		else if (value === true) attributes[key] = '';
	}
	const tag = { type: 'aftercareTag', name: element.tagName, attributes, children: element.children.flatMap((child) => hastToNodes(child as HastNodes)) };
	return [tag as unknown as Nodes];
}

const VOID_TAGS = new Set(['br', 'wbr', 'hr', 'img']);

/**
 * The children of a `.md` notice's paragraph: Markdown leaves an inline tag as two `html` nodes
 * around its text (`<kbd>`, `Ctrl`, `</kbd>`); each pair is joined back into one tag.
 */
function pairInlineHtml(children: readonly Nodes[]): Nodes[] {
	const out: Nodes[] = [];
	for (let i = 0; i < children.length; i++) {
		const node = children[i]!;
		const open = node.type === 'html' ? /^<([a-z][a-z0-9]*)\b[^>]*?(\/?)>$/i.exec(node.value.trim()) : null;
		if (!open || node.type !== 'html') {
			out.push(node);
			continue;
		}
		const name = open[1]!.toLowerCase();
		if (open[2] === '/' || VOID_TAGS.has(name)) {
			out.push(...hastToNodes(htmlToHast(node.value, { fragment: true }) as HastNodes));
			continue;
		}
		let depth = 0;
		let close = -1;
		for (let j = i + 1; j < children.length; j++) {
			const other = children[j]!;
			if (other.type !== 'html') continue;
			if (new RegExp(`^<${name}\\b`, 'i').test(other.value.trim())) depth++;
			else if (new RegExp(`^</${name}\\s*>$`, 'i').test(other.value.trim())) {
				if (depth === 0) {
					close = j;
					break;
				}
				depth--;
			}
		}
		if (close === -1) continue; // a tag never closed: its text follows as it is
		const [element] = hastToNodes(htmlToHast(`${node.value}</${name}>`, { fragment: true }) as HastNodes) as unknown as Tag[];
		out.push({ ...element!, children: pairInlineHtml(children.slice(i + 1, close)) } as unknown as Nodes);
		i = close;
	}
	return out;
}

function convertAll(nodes: readonly Nodes[], context: Context): Converted[] {
	return pairInlineHtml(nodes).flatMap((node) => convert(node, context));
}

function convert(node: Nodes, context: Context): Converted[] {
	const { options } = context;
	const type = node.type as string;
	if (type === 'aftercareTag') return convertTag(node as unknown as Tag, context);
	switch (node.type) {
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			if (node.name === null) return convertAll(node.children, context);
			return convertTag({ name: node.name.toLowerCase(), attributes: attributesOf(node), children: node.children }, context);
		// Comments (`{/* … */}`) leave nothing; anything else here was refused by the content check.
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
		case 'mdxjsEsm':
		case 'definition':
		case 'yaml':
			return [];
		case 'html':
			return convertAll(hastToNodes(htmlToHast(node.value, { fragment: true }) as HastNodes), context);
		case 'root':
			return asFlow(convertAll(node.children, context));
		case 'heading':
			return [{ ...node, depth: Math.min(6, node.depth + (options.headingOffset ?? 0)) as Heading['depth'], children: asPhrasing(convertAll(node.children, context)) }];
		case 'paragraph': {
			const children = convertAll(node.children, context);
			// A paragraph that held only a block tag (`<img>` on its own line) is that block.
			return children.every(isPhrasing) ? [{ ...node, children: children as PhrasingContent[] }] : asFlow(children);
		}
		case 'link':
			return [{ ...node, url: resolveUrl(node.url, options), children: asPhrasing(convertAll(node.children, context)) }];
		case 'linkReference': {
			const definition = context.definitions.get(node.identifier.toLowerCase());
			const children = asPhrasing(convertAll(node.children, context));
			if (!definition) return [text('['), ...children, text(']')];
			return [{ type: 'link', url: resolveUrl(definition.url, options), title: definition.title ?? null, children }];
		}
		case 'image':
		case 'imageReference':
			return [{ type: 'picture', label: options.picture(node.alt ?? '') }];
		case 'footnoteReference':
			return [{ ...node, identifier: `${options.footnotePrefix ?? ''}${node.identifier}`, label: `${options.footnotePrefix ?? ''}${node.label ?? node.identifier}` }];
		case 'footnoteDefinition':
			return [{ ...node, identifier: `${options.footnotePrefix ?? ''}${node.identifier}`, label: `${options.footnotePrefix ?? ''}${node.label ?? node.identifier}`, children: asFlow(convertAll(node.children, context)) }];
		case 'blockquote':
			return [{ ...node, children: asFlow(convertAll(node.children, context)) }];
		case 'listItem':
			return [{ ...node, children: asFlow(convertAll(node.children, context)) }];
		case 'list':
			return [{ ...node, children: convertAll(node.children, context).filter((child): child is ListItem => child.type === 'listItem') }];
		case 'table':
			return [{ ...node, children: node.children.map((row) => ({ ...row, children: row.children.map((cell) => ({ ...cell, children: asPhrasing(convertAll(cell.children, context)) })) })) }];
		case 'emphasis':
		case 'strong':
		case 'delete':
			return [{ ...node, children: asPhrasing(convertAll(node.children, context)) } as PhrasingContent];
	}
	return [node as RootContent];
}

function convertTag(tag: Tag, context: Context): Converted[] {
	const inner = () => convertAll(tag.children, context);
	const phrasing = () => asPhrasing(inner());
	switch (tag.name) {
		// A key to press, a path, a program's output: code, as Markdown writes it.
		case 'kbd':
		case 'code':
		case 'samp':
			return [{ type: 'inlineCode', value: textOf(inner()).replace(/\s+/g, ' ').trim() }];
		case 'br':
			return [{ type: 'break' }];
		case 'wbr':
			return [];
		case 'hr':
			return [{ type: 'thematicBreak' }];
		case 'b':
		case 'strong':
		case 'mark':
			return [{ type: 'strong', children: phrasing() }];
		case 'i':
		case 'em':
			return [{ type: 'emphasis', children: phrasing() }];
		case 's':
		case 'del':
			return [{ type: 'delete', children: phrasing() }];
		case 'q':
			return [text('“'), ...phrasing(), text('”')];
		// The expansion, which the page shows on hover, is said once after the abbreviation.
		case 'abbr':
		case 'dfn': {
			const title = tag.attributes.title?.trim();
			const children = phrasing();
			return title && title !== textOf(children).trim() ? [...children, text(` (${title})`)] : children;
		}
		case 'img':
			return [{ type: 'picture', label: context.options.picture(tag.attributes.alt ?? '') }];
		case 'p':
			return [{ type: 'paragraph', children: phrasing() }];
		case 'summary':
		case 'dt':
			return [{ type: 'paragraph', children: [{ type: 'strong', children: phrasing() }] }];
		case 'figcaption':
		case 'caption':
			return [{ type: 'paragraph', children: [{ type: 'emphasis', children: phrasing() }] }];
		// What a folded section hides, a reader that cannot unfold it needs: summary, then the rest.
		case 'details':
		case 'figure':
		case 'div':
		case 'dl':
		case 'dd':
			return asFlow(inner());
		case 'blockquote':
			return [{ type: 'blockquote', children: asFlow(inner()) }];
		case 'ul':
		case 'ol': {
			const items = tag.children.flatMap((child) => (tagOf(child)?.name === 'li' ? [{ type: 'listItem', spread: false, children: asFlow(convertAll(tagOf(child)!.children, context)) } as ListItem] : []));
			const start = Number.parseInt(tag.attributes.start ?? '', 10);
			return [{ type: 'list', ordered: tag.name === 'ol', start: tag.name === 'ol' && Number.isFinite(start) ? start : null, spread: false, children: items }];
		}
		case 'li':
			return [{ type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: asFlow(inner()) }] }];
		case 'table':
			return tableOf(tag, context);
	}
	// sup, sub, small, span, u, ins, cite, var, time, bdi, and table parts met outside a table: their text.
	return inner();
}

function tagOf(node: Nodes): Tag | undefined {
	if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return node.name ? { name: node.name.toLowerCase(), attributes: attributesOf(node), children: node.children } : undefined;
	if ((node.type as string) === 'aftercareTag') return node as unknown as Tag;
	return undefined;
}

/** A table written as tags, as a GFM table: its first row is the header, a cell spanning columns is followed by empty ones. */
function tableOf(table: Tag, context: Context): Converted[] {
	const captions: Converted[] = [];
	const rows: TableRow[] = [];
	const visit = (nodes: readonly Nodes[]) => {
		for (const node of nodes) {
			const tag = tagOf(node);
			if (!tag) continue;
			if (tag.name === 'caption') captions.push(...convertTag(tag, context));
			else if (tag.name === 'thead' || tag.name === 'tbody' || tag.name === 'tfoot') visit(tag.children);
			else if (tag.name === 'tr') {
				const cells: TableCell[] = [];
				for (const child of tag.children) {
					const cell = tagOf(child);
					if (cell?.name !== 'td' && cell?.name !== 'th') continue;
					cells.push({ type: 'tableCell', children: asPhrasing(convertAll(cell.children, context)) });
					const span = Number.parseInt(cell.attributes.colspan ?? '1', 10);
					for (let extra = 1; extra < Math.min(span, 50); extra++) cells.push({ type: 'tableCell', children: [] });
				}
				rows.push({ type: 'tableRow', children: cells });
			}
		}
	};
	visit(table.children);
	if (rows.length === 0) return captions;
	const width = Math.max(...rows.map((row) => row.children.length));
	for (const row of rows) while (row.children.length < width) row.children.push({ type: 'tableCell', children: [] });
	return [...captions, { type: 'table', align: rows[0]!.children.map(() => null), children: rows }];
}

/** Every `[label]: url` of a body, for its `[text][label]` links. */
function definitionsOf(tree: Root): Map<string, Definition> {
	const found = new Map<string, Definition>();
	const visit = (node: Nodes) => {
		if (node.type === 'definition') found.set(node.identifier.toLowerCase(), node);
		if ('children' in node) for (const child of node.children) visit(child);
	};
	visit(tree);
	return found;
}

/** The tree of a body as plain Markdown (mdast with no JSX, HTML or local picture left), ready to serialize. */
export function plainMarkdownTree(tree: Root, options: MarkdownOptions): Root {
	const context: Context = { options, definitions: definitionsOf(tree) };
	return { type: 'root', children: asFlow(convertAll(tree.children, context)) as RootContent[] };
}

/**
 * A picture's words in brackets, written as they are: a bracket in them is escaped, the outer two
 * are not, unless what follows (`(`, `[`, `:`) would make them a link or a definition.
 */
const pictureHandle: Handle = (node: Picture, _parent, state, info) => `[${state.safe(node.label, { ...info, before: '[', after: ']' })}${/^[([:]/.test(info.after) ? '\\]' : ']'}`;

/**
 * Text as Markdown must escape it, less the backslash before `&` and a letter that the serializer
 * writes everywhere (`Q\&A`): only `&name;` or `&#123;` can be read as a character, so only those keep it.
 */
const textHandle: Handle = (node: Text, _parent, state, info) => state.safe(node.value, info).replace(/\\&(?![#A-Za-z0-9]+;)/g, '&');

const serializeOptions: Options = {
	bullet: '-',
	emphasis: '*',
	strong: '*',
	rule: '-',
	fences: true,
	listItemIndent: 'one',
	// Columns padded to line up cost a reader that counts tokens more than they help it.
	extensions: [gfmToMarkdown({ tablePipeAlign: false })],
	handlers: { picture: pictureHandle, text: textHandle } as unknown as Options['handlers'],
};

/** Markdown text for a tree (GFM: tables, footnotes, strikethrough). */
export function serializeMarkdown(tree: Root): string {
	return toMarkdown(tree, serializeOptions);
}

const trees = new WeakMap<object, Partial<Record<BodyFormat, Root | null>>>();

/**
 * An article's body as a tree, parsed once per file and format however many pages and files ask
 * (structured data, every language's llms-full.txt): an untranslated article is shown at every
 * language's address from the one file. Keyed by the article object, so a site read again (the
 * dev server after an edit) parses afresh. Undefined for a body that cannot be parsed, which the
 * content check refuses before anything is built. The tree is shared: read it, never change it.
 */
export function articleTree(article: { body: string; bodyLine: number }, format: BodyFormat): Root | undefined {
	let byFormat = trees.get(article);
	if (!byFormat) trees.set(article, (byFormat = {}));
	if (!(format in byFormat)) byFormat[format] = parseBody(article.body, article.bodyLine, format).tree ?? null;
	return byFormat[format] ?? undefined;
}

/** What an internal link needs to know of the site: its languages, its address and its renamed pages. */
export interface LinkTarget {
	/** The reader's language: buyers stay in it, as on the page (LocalizedLink). */
	locale: string;
	locales: readonly string[];
	defaultLocale: string;
	/** The shop's `url`, base path included. */
	url: string;
	/** A former locale-neutral address to the current one (`/guides/old/` -> `/guides/new/`). */
	formerTo?: ReadonlyMap<string, string>;
}

/**
 * `/guides/x/#step` in Portuguese -> `https://help.example/pt/guides/x/#step`, under the base path.
 * A link to a renamed article goes to its current address, not through the redirect; a file
 * (`/files/x.pdf`) keeps its address.
 */
export function internalUrl(href: string, target: LinkTarget): string {
	if (!isPageLink(href)) return absoluteUrl(href, target.url);
	const { path, suffix } = normalizeInternalHref(href);
	const neutral = delocalize(path, target.locales).path;
	const current = target.formerTo?.get(neutral) ?? neutral;
	return `${absoluteUrl(localize(current, target.locale, target.defaultLocale), target.url)}${suffix}`;
}
