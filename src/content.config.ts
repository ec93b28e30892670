// Wires the article folders under content/ to Astro collections so their MDX can be rendered.
// Validation and cross-references are done by src/lib/read-content.ts before the build starts.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema, noticeSchema, pageSchema, troubleshootingSchema } from './schemas/article.ts';
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { contentDir } from './lib/project.ts';

// Relative paths are resolved from the project root; an absolute one is used as it is.
const base = (folder: string) => (isAbsolute(contentDir()) ? join(contentDir(), folder) : `./${join(contentDir(), folder)}`);
// A shop may have no notices or policy pages yet; an absent folder is an empty collection rather
// than a warning from the glob loader on every build.
const articles = (folder: string, pattern: string) => (existsSync(base(folder)) ? glob({ pattern, base: base(folder) }) : () => []);

export const collections = {
	guides: defineCollection({ loader: articles('guides', '*/*.mdx'), schema: guideSchema }),
	troubleshooting: defineCollection({ loader: articles('troubleshooting', '*/*.mdx'), schema: troubleshootingSchema }),
	pages: defineCollection({ loader: articles('pages', '*/*.mdx'), schema: pageSchema }),
	notices: defineCollection({ loader: articles('notices', '*/*.{md,mdx}'), schema: noticeSchema }),
};
