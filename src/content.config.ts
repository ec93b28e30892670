// Wires the article folders under content/ to Astro collections so their MDX can be rendered.
// Validation and cross-references are done by src/lib/read-content.ts before the build starts.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema, noticeSchema, pageSchema, troubleshootingSchema } from './schemas/article';
import { isAbsolute, join } from 'node:path';
import { contentDir } from './lib/project';

// Relative paths are resolved from the project root; an absolute one is used as it is.
const base = (folder: string) => (isAbsolute(contentDir()) ? join(contentDir(), folder) : `./${join(contentDir(), folder)}`);

export const collections = {
	guides: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: base('guides') }), schema: guideSchema }),
	troubleshooting: defineCollection({
		loader: glob({ pattern: '*/*.mdx', base: base('troubleshooting') }),
		schema: troubleshootingSchema,
	}),
	pages: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: base('pages') }), schema: pageSchema }),
	notices: defineCollection({ loader: glob({ pattern: '*/*.{md,mdx}', base: base('notices') }), schema: noticeSchema }),
};
