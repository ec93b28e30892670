import type { AstroConfig, AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { contentNotes, formatNotes } from '../lib/article-body/check.ts';
import { siteBase, siteOrigin } from '../lib/base-path.ts';
import { ContentError } from '../lib/content-errors.ts';
import { feedbackCspDirectives } from '../lib/feedback.ts';
import { setLinkSite } from '../markdown/base-links.ts';
import { countArticles } from '../lib/content-model.ts';
import { contentDir } from '../lib/project.ts';
import { assertOwnFolder, refusalFor } from '../lib/output-folder.ts';
import { loadContent, routesOf, siteOf } from '../data/shop-state.ts';
import { placeNotFoundPages } from './not-found.ts';
import { indexSite } from './pagefind.ts';
import { writeRedirectFiles } from './redirect-files.ts';

/**
 * `astro build` empties its output folder before it writes. `npm run build` checks the folder
 * first (src/lib/output-folder.ts); this stops `npx astro build --outDir src` the same way.
 */
function refuseProjectFolder(root: string, outDir: string): void {
	const why = refusalFor(root, outDir, contentDir());
	const problem = why ? `The output folder ${outDir} ${why}, and Astro empties it before writing.` : undefined;
	try {
		if (!problem) assertOwnFolder(outDir);
	} catch (error) {
		throw Object.assign(new AstroError((error as Error).message, 'Build with `npm run build`, or pass --outDir a folder of its own.'), { stack: undefined });
	}
	if (problem) throw Object.assign(new AstroError(problem, 'Build with `npm run build`, or pass --outDir a folder of its own, such as dist.'), { stack: undefined });
}

/**
 * Checks the whole of content/ before Astro starts, so a seller sees every mistake at once with
 * its file and fix, and a failed check leaves the previous dist/ untouched. After the build it
 * indexes the pages with Pagefind.
 */
export function aftercare(): AstroIntegration {
	let config: AstroConfig;
	return {
		name: 'aftercare',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig, logger }) => {
				const root = fileURLToPath(config.root);
				const started = performance.now();
				if (command === 'build') refuseProjectFolder(root, fileURLToPath(config.outDir));
				let shop: Parameters<typeof feedbackCspDirectives>[0];
				try {
					const content = loadContent(root, contentDir());
					shop = content.shop;
					// A shop at `https://user.github.io/shop-help/` is Astro's site at the origin with base
					// `/shop-help/`: Astro then prefixes its own assets and the sitemap; our links add it
					// where they are written (page.href, src/lib/base-path.ts).
					if (!config.site) updateConfig({ site: siteOrigin(content.shop.url), base: siteBase(content.shop.url) });
					setLinkSite(siteBase(content.shop.url), content.shop.locales);
					// One content store per content folder: Astro keys stored entries by id alone, so
					// after a build of another shop (a test fixture, the benchmark) it would warn of
					// duplicate slugs and could import an article from the other shop's folder.
					// (`astro dev` keeps its store in .astro/ whatever this says: builds only.)
					const key = createHash('sha256').update(resolve(root, contentDir())).digest('hex').slice(0, 12);
					updateConfig({ cacheDir: pathToFileURL(join(root, 'node_modules', '.astro', `content-${key}`, '/')) });
					// `npm run build` prints them itself, with Astro's own log turned down to warnings.
					const notes = formatNotes(contentNotes(content));
					if (notes) logger.info(`\n${notes}`);
					logger.info(
						`Checked ${content.products.size} products, ${content.licenses.size} licences and ${countArticles(content)} articles in ${Math.round(performance.now() - started)} ms.`,
					);
				} catch (error) {
					if (!(error instanceof ContentError)) throw error;
					// `astro dev` starts anyway and shows the same list on every page until it is fixed.
					if (command === 'dev') {
						logger.error(`\n${error.message}\n`);
						return;
					}
					// Printed by us rather than thrown: Astro would add a stack trace and guess hints
					// from words in the message, and a seller needs only the list.
					logger.error(`\n${error.message}\n`);
					const summary = new AstroError(
						`The content check found ${error.problems.length} problem(s), listed above.`,
						'Fix each file at the field or line named, then run the build again.',
					);
					summary.stack = undefined;
					throw summary;
				} finally {
					// The feedback form may post to, and be sent by script to, the shop's form service.
					// (The type wants the whole csp object; the algorithm is restated as configured.)
					const { csp } = config.security;
					updateConfig({ security: { csp: { algorithm: typeof csp === 'object' ? csp.algorithm : 'SHA-256', directives: feedbackCspDirectives(shop) } } });
				}
			},
			'astro:config:done': ({ config: done }) => {
				config = done;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const content = loadContent(fileURLToPath(config.root), contentDir());
				const { synonyms, shop } = content;
				placeNotFoundPages(fileURLToPath(dir), shop.locales);
				const site = siteOf(content);
				writeRedirectFiles(fileURLToPath(dir), site, routesOf(site), logger);
				await indexSite(fileURLToPath(dir), logger, (lang) => synonyms.get(lang)?.groups ?? []);
			},
		},
	};
}
