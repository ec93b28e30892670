// Wires the article folders under content/ to Astro collections so their MDX can be rendered.
// Aftercare's reader (src/lib/read-content.ts) reads and checks every file once; the loaders
// hand Astro what rendering needs from that same reading.
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articleLoader } from './data/content-loader.ts';
import { pictureLoader } from './data/picture-loader.ts';

export const collections = {
	guides: defineCollection({ loader: articleLoader('guides') }),
	troubleshooting: defineCollection({ loader: articleLoader('troubleshooting') }),
	pages: defineCollection({ loader: articleLoader('pages') }),
	notices: defineCollection({ loader: articleLoader('notices') }),
	pictures: defineCollection({ loader: pictureLoader(), schema: ({ image }) => z.object({ src: image() }) }),
};
