import type { Features } from 'satteri';

/**
 * Sätteri's parser features for every article (definition lists, directives…), given to the
 * compiler in processor.ts and to the content check (src/lib/article-body/parse.ts), so both read
 * an article the same way. GFM (tables, footnotes, strikethrough, task lists) and smart punctuation
 * are not set here: Astro turns them on from its own `markdown.gfm` and `markdown.smartypants`,
 * which win over these for MDX, and astro.config.mjs leaves both at their default, on.
 */
export const markdownFeatures: Features = {};

/** The features Sätteri is given when Astro compiles an article. */
export function resolvedFeatures(): Features {
	return { ...markdownFeatures, gfm: true, smartPunctuation: true };
}
