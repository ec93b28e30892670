// Wires the article folders under content/ to Astro collections so their MDX can be rendered.
// Validation and cross-references are done by src/lib/read-content.ts before the build starts.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema, noticeSchema, pageSchema, troubleshootingSchema } from './schemas/article';
import { contentDir } from './lib/project';

const base = (folder: string) => `./${contentDir()}/${folder}`;

export const collections = {
	guides: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: base('guides') }), schema: guideSchema }),
	troubleshooting: defineCollection({
		loader: glob({ pattern: '*/*.mdx', base: base('troubleshooting') }),
		schema: troubleshootingSchema,
	}),
	pages: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: base('pages') }), schema: pageSchema }),
	notices: defineCollection({ loader: glob({ pattern: '*/*.{md,mdx}', base: base('notices') }), schema: noticeSchema }),
};
