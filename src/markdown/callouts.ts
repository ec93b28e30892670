import { defineHastPlugin, type HastNode } from 'satteri';

// A callout is a Markdown quote that starts with a bold label ending in a colon, in the author's
// own language:
//
//     > **Tip:** install the XMP files on your computer and they sync to your phone.
//
// It reads as a note in any Markdown viewer and needs no tag. Here it becomes a box with
// role="note" (it is not a quotation), styled as .callout; a label meaning "warning" or
// "important" in one of the built-in languages gives it the warning colour (.callout--warning).
// Any other quote stays a quote.

/** Labels, lower-cased, that make a warning rather than a note. */
const WARNING_LABELS = new Set([
	// en
	'warning', 'caution', 'important', 'careful', 'attention', 'danger',
	// pt, es
	'atenção', 'aviso', 'cuidado', 'importante', 'atención', 'advertencia', 'peligro', 'perigo',
	// fr
	'avertissement', 'prudence',
	// pl
	'uwaga', 'ostrzeżenie', 'ważne', 'ostrożnie',
]);

const childrenOf = (node: HastNode): HastNode[] => ('children' in node ? (node.children as HastNode[]) : []);
const textOf = (node: HastNode): string => (node.type === 'text' ? node.value : childrenOf(node).map(textOf).join(''));
const isBlank = (node: HastNode) => node.type === 'text' && node.value.trim() === '';

/** The label of a quote that is a callout ("Tip" for `> **Tip:** …`), or undefined. */
export function calloutLabel(quote: HastNode): string | undefined {
	const first = childrenOf(quote).find((child) => !isBlank(child));
	if (first?.type !== 'element' || first.tagName !== 'p') return undefined;
	const [strong, after] = childrenOf(first);
	if (strong?.type !== 'element' || strong.tagName !== 'strong') return undefined;
	const label = textOf(strong).trim();
	// `**Tip:** text` or `**Tip**: text`.
	if (label.endsWith(':')) return label.slice(0, -1).trim() || undefined;
	if (after?.type === 'text' && after.value.startsWith(':')) return label || undefined;
	return undefined;
}

export const callouts = defineHastPlugin({
	name: 'aftercare:callouts',
	element: {
		filter: ['blockquote'],
		visit(node, ctx) {
			const label = calloutLabel(node);
			if (label === undefined) return;
			const kind = WARNING_LABELS.has(label.toLocaleLowerCase()) ? ['callout', 'callout--warning'] : ['callout'];
			ctx.replaceNode(node, { type: 'element', tagName: 'div', properties: { className: kind, role: 'note' }, children: [...node.children] });
		},
	},
});
