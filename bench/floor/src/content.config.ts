import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env.FLOOR_CONTENT!;
export const collections = {
	articles: defineCollection({ loader: glob({ pattern: '{guides,troubleshooting}/en/*.mdx', base }) }),
};
