// Wires the article folders under content/ to Astro collections so their MDX can be rendered.
// Aftercare's reader (src/lib/read-content.ts) reads and checks every file once; the loader
// hands Astro what rendering needs from that same reading.
import { defineCollection } from 'astro:content';
import { articleLoader } from './data/content-loader.ts';

export const collections = {
	guides: defineCollection({ loader: articleLoader('guides') }),
	troubleshooting: defineCollection({ loader: articleLoader('troubleshooting') }),
	pages: defineCollection({ loader: articleLoader('pages') }),
	notices: defineCollection({ loader: articleLoader('notices') }),
};
