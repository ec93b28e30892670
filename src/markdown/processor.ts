import { satteri } from '@astrojs/markdown-satteri';
import type { HastPluginList, MdastPluginList } from 'satteri';
import { blockSpacing } from './block-spacing.ts';
import { callouts } from './callouts.ts';
import { tableScroll } from './table-scroll.ts';

// The plugins every article goes through, in order, one concern a file in this folder. Astro
// compiles Markdown and MDX with Sätteri; the content check parses with the same library
// (src/lib/), so the two never disagree on what an article says.
const mdastPlugins: MdastPluginList = [];
const hastPlugins: HastPluginList = [
	// Tables scroll inside a labelled box (table-scroll.ts).
	tableScroll,
	// A quote that starts with a bold label ("**Tip:**") becomes a callout (callouts.ts).
	callouts,
	// Whitespace between blocks, so search excerpts do not run words together (block-spacing.ts).
	blockSpacing,
];

/** The Markdown processor for `markdown.processor` in astro.config.mjs (MDX inherits it). */
export function markdownProcessor() {
	return satteri({ mdastPlugins, hastPlugins });
}
