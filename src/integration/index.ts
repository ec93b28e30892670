import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ContentError } from '../lib/content-errors.ts';
import { countArticles } from '../lib/content-model.ts';
import { contentDir } from '../lib/project.ts';
import { readContent } from '../lib/read-content.ts';
import { readContentOnce } from '../data/read-content-once.ts';
import { indexSite } from './pagefind.ts';

/**
 * Checks the whole of content/ before Astro starts, so a seller sees every mistake at once with
 * its file and fix, and a failed check leaves the previous dist/ untouched. After the build it
 * indexes the pages with Pagefind.
 */
export function aftercare(): AstroIntegration {
	return {
		name: 'aftercare',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig, logger }) => {
				const root = fileURLToPath(config.root);
				const started = performance.now();
				try {
					const content = (command === 'dev' ? readContent : readContentOnce)(root, contentDir());
					if (!config.site) updateConfig({ site: content.shop.url });
					// One content store per content folder: Astro keys stored entries by id alone, so
					// after a build of another shop (a test fixture, the benchmark) it would warn of
					// duplicate slugs and could import an article from the other shop's folder.
					// (`astro dev` keeps its store in .astro/ whatever this says: builds only.)
					const key = createHash('sha256').update(resolve(root, contentDir())).digest('hex').slice(0, 12);
					updateConfig({ cacheDir: pathToFileURL(join(root, 'node_modules', '.astro', `content-${key}`, '/')) });
					logger.info(
						`Checked ${content.products.size} products, ${content.licenses.size} licences and ${countArticles(content)} articles in ${Math.round(performance.now() - started)} ms.`,
					);
				} catch (error) {
					if (!(error instanceof ContentError)) throw error;
					// Printed by us rather than thrown: Astro would add a stack trace and guess hints
					// from words in the message, and a seller needs only the list.
					logger.error(`\n${error.message}\n`);
					const summary = new AstroError(
						`The content check found ${error.problems.length} problem(s), listed above.`,
						'Fix each file at the field or line named, then run the build again.',
					);
					summary.stack = undefined;
					throw summary;
				}
			},
			'astro:build:done': async ({ dir, logger }) => {
				await indexSite(fileURLToPath(dir), logger);
			},
		},
	};
}
