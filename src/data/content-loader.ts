import type { Loader, LoaderContext } from 'astro/loaders';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ContentError } from '../lib/content-errors.ts';
import type { ArticleFolder, Content } from '../lib/content-model.ts';
import { within } from '../lib/files.ts';
import { contentDir } from '../lib/project.ts';
import { contentChanged, loadContent } from './shop-state.ts';

/**
 * Feeds one article folder to Astro's content layer from Aftercare's own reader, so every file
 * is read, parsed and checked once per build (Astro's glob loader would read and validate them
 * all a second time). The store keeps only what rendering needs: MDX bodies are compiled by
 * Vite from their files when a page renders them; Markdown notices are rendered here.
 * In `astro dev` it watches content/ and loads again after a change.
 */
export function articleLoader(folder: ArticleFolder): Loader {
	return {
		name: `aftercare-${folder}`,
		load: (context) => loadAndWatch(context, (root) => sync(context, root, folder)),
	};
}

/**
 * Runs a loader's `sync` now and, in `astro dev`, again after every change under the shop's
 * folder, once the content has been read again (contentChanged). Every Aftercare loader loads so.
 */
export async function loadAndWatch(context: LoaderContext, sync: (root: string) => Promise<void>): Promise<void> {
	const root = fileURLToPath(context.config.root);
	await sync(root);
	const dir = resolve(root, contentDir());
	// A shop outside the project (AFTERCARE_CONTENT) is not under Vite's watch by default.
	context.watcher?.add(dir);
	context.watcher?.on('all', async (_event, path) => {
		if (!within(resolve(path), dir)) return;
		await contentChanged(root, contentDir());
		await sync(root);
	});
}

async function sync({ store, logger, generateDigest, renderMarkdown }: LoaderContext, root: string, folder: ArticleFolder): Promise<void> {
	let content: Content;
	try {
		content = loadContent(root, contentDir());
	} catch (error) {
		// A build has checked the content before Astro starts; in `astro dev` the seller sees the
		// same list here and on the page, and the store keeps the last good articles meanwhile.
		if (!(error instanceof ContentError)) throw error;
		if (folder === 'guides') logger.error(`\n${error.message}\n`);
		return;
	}
	const ids = new Set<string>();
	for (const article of content.articles[folder]) {
		const id = `${article.locale}/${article.slug}`;
		ids.add(id);
		const filePath = article.file;
		// A Markdown notice's links are written with the site's base and the notice's language
		// (src/markdown/base-links.ts), so its cached HTML is only good for the same url and locales.
		const digest = generateDigest(`${filePath}\0${article.body}\0${content.shop.url}\0${content.shop.locales.join(',')}\0links-2`);
		if (store.get(id)?.digest === digest) {
			// An unchanged MDX entry from a cached store still needs its module listed for rendering.
			if (!filePath.endsWith('.md')) store.addModuleImport(filePath);
			continue;
		}
		if (filePath.endsWith('.md')) store.set({ id, data: {}, filePath, digest, rendered: await renderMarkdown(article.body, { fileURL: pathToFileURL(resolve(root, filePath)) }) });
		else store.set({ id, data: {}, filePath, digest, deferredRender: true });
	}
	for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
}
