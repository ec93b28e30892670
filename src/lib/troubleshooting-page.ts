import type { MarkdownHeading } from 'astro';

/** Where a troubleshooting page shows its `cause`, worked out from the body's headings. */
export interface CausePlacement {
	/** The id for the cause's own heading: `cause`, unless the body already uses it. */
	id: string;
	/** The slug of the body heading the cause goes before; none means after the whole body. */
	before?: string;
	/** The headings for the contents list, with the cause's in its place. */
	headings: MarkdownHeading[];
}

/**
 * The body is the fix, then, by convention, one last section on where to go next ("Still
 * stuck?"): the cause goes between them, after the fix a buyer came for. A body of one section is
 * all fix, and the cause follows it.
 */
export function placeCause(headings: readonly MarkdownHeading[], causeTitle: string): CausePlacement {
	const taken = new Set(headings.map((h) => h.slug));
	let id = 'cause';
	for (let n = 1; taken.has(id); n++) id = `cause-${n}`;
	// GFM's footnotes come under a heading only screen readers see (id footnote-label): not a section.
	const sections = headings.filter((h) => h.depth === 2 && h.slug !== 'footnote-label');
	const before = sections.length >= 2 ? sections.at(-1)!.slug : undefined;
	const own: MarkdownHeading = { depth: 2, slug: id, text: causeTitle };
	const at = before === undefined ? headings.findIndex((h) => h.slug === 'footnote-label') : headings.findIndex((h) => h.slug === before);
	const list = [...headings];
	list.splice(at === -1 ? list.length : at, 0, own);
	return { id, before, headings: list };
}

/**
 * What ArticleView leaves for BodyHeading in `Astro.locals`: MDX renders the body in one piece,
 * so the heading the cause goes before is the only place it can be put in.
 */
export interface CauseSlot {
	before: string;
	id: string;
	title: string;
	text: string;
}
export const causeSlotKey = 'aftercareCause';
export const causeSlot = (locals: object): CauseSlot | undefined => (locals as Record<string, CauseSlot | undefined>)[causeSlotKey];
