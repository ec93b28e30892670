import { satteri } from '@astrojs/markdown-satteri';
import type { HastPluginList, MdastPluginList } from 'satteri';
import { baseLinks } from './base-links.ts';
import { blockSpacing } from './block-spacing.ts';
import { callouts } from './callouts.ts';
import { markdownFeatures } from './features.ts';
import { headingIds } from './heading-ids.ts';
import { htmlImages } from './html-images.ts';
import { tableScroll } from './table-scroll.ts';

// The plugins every article goes through, in order, one concern a file in this folder. Astro
// compiles Markdown and MDX with Sätteri; the content check parses with the same library
// (src/lib/), so the two never disagree on what an article says.
const mdastPlugins: MdastPluginList = [
	// `<img src="./photo.jpg" alt="…" />` becomes a Markdown image, for Astro's image pipeline (html-images.ts).
	htmlImages,
];
const hastPlugins: HastPluginList = [
	// Tables scroll inside a labelled box (table-scroll.ts).
	tableScroll,
	// A quote that starts with a bold label ("**Tip:**") becomes a callout (callouts.ts).
	callouts,
	// Whitespace between blocks, so search excerpts do not run words together (block-spacing.ts).
	blockSpacing,
	// Every heading gets a valid id, the one the content check checks #links against (heading-ids.ts).
	headingIds,
	// Root-relative links get the base of a site published under a sub-path (base-links.ts).
	baseLinks,
];

/** The Markdown processor for `markdown.processor` in astro.config.mjs (MDX inherits it). */
export function markdownProcessor() {
	// Parser features live in features.ts, which the content check reads too.
	return satteri({ mdastPlugins, hastPlugins, features: { ...markdownFeatures } });
}
