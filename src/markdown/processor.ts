import { satteri } from '@astrojs/markdown-satteri';
import type { HastPluginList, MdastPluginList } from 'satteri';

// The plugins every article goes through, in order, one concern a file in this folder. Astro
// compiles Markdown and MDX with Sätteri; the content check parses with the same library
// (src/lib/), so the two never disagree on what an article says.
const mdastPlugins: MdastPluginList = [];
const hastPlugins: HastPluginList = [];

/** The Markdown processor for `markdown.processor` in astro.config.mjs (MDX inherits it). */
export function markdownProcessor() {
	return satteri({ mdastPlugins, hastPlugins });
}
