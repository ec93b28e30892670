import { defineHastPlugin, type HastNode, type HastVisitorContext } from 'satteri';

// A table wider than a phone scrolls sideways inside its own box instead of widening the page.
// The box is a `<section>` named by the table's first row (a region to screen readers) that takes
// keyboard focus, so the arrow keys scroll it (axe: scrollable-region-focusable); the stylesheet
// draws a shadow on the side where more of the table is hidden (.table-scroll in
// src/styles/global.css). Markdown tables and tables written as tags in MDX both get one.

/** The most of a table's first row its label quotes. */
const LABEL_LENGTH = 80;
const BOX = 'table-scroll';

/** An element's tag, for HTML elements and tags written in MDX alike. */
function tagOf(node: HastNode): string | undefined {
	if (node.type === 'element') return node.tagName;
	if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return node.name ?? undefined;
	return undefined;
}

const childrenOf = (node: HastNode): HastNode[] => ('children' in node ? (node.children as HastNode[]) : []);

function textOf(node: HastNode): string {
	return node.type === 'text' ? node.value : childrenOf(node).map(textOf).join('');
}

/** Descendants with one of these tags, not looking inside a match. */
function find(node: HastNode, tags: readonly string[]): HastNode[] {
	return tags.includes(tagOf(node) ?? '') ? [node] : childrenOf(node).flatMap((child) => find(child, tags));
}

/** "App, Version, System, …": the cells of a table's first row, to name its scroll box. */
export function tableLabel(table: HastNode): string {
	const [firstRow] = find(table, ['tr']);
	const parts = firstRow ? find(firstRow, ['th', 'td']).map((cell) => textOf(cell).replace(/\s+/g, ' ').trim()).filter(Boolean) : [];
	let label = '';
	for (const part of parts) {
		const longer = label ? `${label}, ${part}` : part;
		if (longer.length > LABEL_LENGTH) return `${label || part.slice(0, LABEL_LENGTH)}…`;
		label = longer;
	}
	return label;
}

function inBox(node: Readonly<HastNode>, ctx: HastVisitorContext): boolean {
	const parent = ctx.parent(node) as HastNode | undefined;
	if (!parent) return false;
	if (parent.type === 'element') return String(parent.properties.className ?? '').split(/[\s,]+/).includes(BOX);
	if (parent.type === 'mdxJsxFlowElement') return parent.attributes.some((a) => a.type === 'mdxJsxAttribute' && (a.name === 'class' || a.name === 'className') && String(a.value).split(/\s+/).includes(BOX));
	return false;
}

export const tableScroll = defineHastPlugin({
	name: 'aftercare:table-scroll',
	element: {
		filter: ['table'],
		visit(node, ctx) {
			if (inBox(node, ctx)) return;
			const label = tableLabel(node);
			ctx.wrapNode(node, {
				type: 'element',
				tagName: 'section',
				properties: { className: [BOX], tabIndex: 0, ...(label ? { ariaLabel: label } : {}) },
				children: [],
			});
		},
	},
	mdxJsxFlowElement: {
		filter: ['table'],
		visit(node, ctx) {
			if (inBox(node, ctx)) return;
			const label = tableLabel(node);
			const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });
			ctx.wrapNode(node, {
				type: 'mdxJsxFlowElement',
				name: 'section',
				attributes: [attribute('class', BOX), attribute('tabindex', '0'), ...(label ? [attribute('aria-label', label)] : [])],
				children: [],
			});
		},
	},
});
