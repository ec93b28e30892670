import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Visits every node of a tree in document order. Return `false` from `visit` to skip a node's
 * children (the text inside a refused tag, say, is not judged again).
 */
export function walk(tree: Root, visit: (node: Nodes) => unknown): void {
	const stack: Nodes[] = [tree];
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (visit(node) === false) continue;
		if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
	}
}

/** Where a node starts in the parsed source (every node Sätteri makes has a position). */
export function startOf(node: Nodes): number {
	return node.position?.start.offset ?? 0;
}

/** What the author wrote for a node. */
export function sourceOf(source: string, node: Nodes): string {
	return source.slice(startOf(node), node.position?.end.offset ?? startOf(node));
}

export function isJsx(node: Nodes): node is JsxElement {
	return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** A tag's opening part as written (`<abbr title="…">`), from its `<` to the `>` that ends it. */
export function openingTagOf(source: string, node: JsxElement): { start: number; text: string } {
	const start = startOf(node);
	const end = node.position?.end.offset ?? source.length;
	let quote: string | undefined;
	let depth = 0;
	for (let i = start + 1; i < end; i++) {
		const c = source[i]!;
		if (quote) {
			if (c === quote) quote = undefined;
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '{') depth++;
		else if (c === '}') depth--;
		else if (c === '>' && depth === 0) return { start, text: source.slice(start, i + 1) };
	}
	return { start, text: source.slice(start, end) };
}

/** Where an attribute is written inside a tag (Sätteri gives attributes no position of their own). */
export function attributeOffset(source: string, node: JsxElement, name: string): number {
	const { start, text } = openingTagOf(source, node);
	const at = text.search(new RegExp(`\\s${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s=/>]|$)`));
	return at === -1 ? start : start + at + 1;
}

/** The text value of a tag's attribute, when it is written as text (`alt="…"`). */
export function textAttribute(node: JsxElement, name: string): string | undefined {
	for (const attribute of node.attributes) {
		if (attribute.type === 'mdxJsxAttribute' && attribute.name === name) return typeof attribute.value === 'string' ? attribute.value : undefined;
	}
	return undefined;
}
