import { defineHastPlugin, type HastNode, type HastVisitorContext } from 'satteri';

// Search (Pagefind) builds its excerpts from the text of the page, and text in neighbouring
// blocks with no whitespace between them runs together: `<dt>Seats</dt><dd>1</dd>` is indexed
// as "Seats1". Markdown puts a line break between blocks, but tags written in MDX often do not
// (`<dl><dt>…</dt><dd>…</dd></dl>` on one line). This puts a line break on each side of every
// block element that lacks whitespace there. Browsers ignore it; nothing inside `<pre>` is touched.

export const BLOCK_TAGS = [
	'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
	'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
	'tfoot', 'th', 'thead', 'tr', 'ul',
];
const BLOCKS = new Set(BLOCK_TAGS);

function tagOf(node: HastNode | undefined): string | undefined {
	if (node?.type === 'element') return node.tagName;
	if (node?.type === 'mdxJsxFlowElement' || node?.type === 'mdxJsxTextElement') return node.name ?? undefined;
	return undefined;
}

function insidePre(node: Readonly<HastNode>, ctx: HastVisitorContext): boolean {
	for (let up = ctx.parent(node) as HastNode | undefined; up; up = ctx.parent(up) as HastNode | undefined) {
		const tag = tagOf(up);
		if (tag === 'pre' || tag === 'code') return true;
	}
	return false;
}

function space(node: Readonly<HastNode>, ctx: HastVisitorContext): void {
	const parent = ctx.parent(node);
	const index = ctx.indexOf(node);
	if (!parent || index === undefined || insidePre(node, ctx)) return;
	const siblings = parent.children as HastNode[];
	const before = siblings[index - 1];
	const after = siblings[index + 1];
	const line = (): HastNode => ({ type: 'text', value: '\n' });
	// A block before this one puts the break between them itself.
	if (before && !BLOCKS.has(tagOf(before) ?? '') && !(before.type === 'text' && /\s$/.test(before.value))) ctx.insertBefore(node, line());
	if (after && !(after.type === 'text' && /^\s/.test(after.value))) ctx.insertAfter(node, line());
}

export const blockSpacing = defineHastPlugin({
	name: 'aftercare:block-spacing',
	element: { filter: BLOCK_TAGS, visit: space },
	mdxJsxFlowElement: { filter: BLOCK_TAGS, visit: space },
	mdxJsxTextElement: { filter: BLOCK_TAGS, visit: space },
});
