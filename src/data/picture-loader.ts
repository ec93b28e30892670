import type { Loader, LoaderContext } from 'astro/loaders';
import { basename, relative, resolve } from 'node:path';
import { ContentError } from '../lib/content-errors.ts';
import { contentDir } from '../lib/project.ts';
import { loadAndWatch } from './content-loader.ts';
import { loadContent } from './shop-state.ts';

/**
 * The pictures pages show (the logo, a picture per product) as entries whose `src` is an image
 * import, so they go through Astro's image pipeline: sized, converted to a modern format, hashed.
 * Entry ids: `logo` and `product/<id>`.
 */
export function pictureLoader(): Loader {
	return {
		name: 'aftercare-pictures',
		load: (context) => loadAndWatch(context, (root) => sync(context, root)),
	};
}

async function sync({ store, parseData }: LoaderContext, root: string): Promise<void> {
	let pictures;
	try {
		pictures = loadContent(root, contentDir()).pictures;
	} catch (error) {
		// The article loader reports content errors; the last good pictures stay meanwhile.
		if (error instanceof ContentError) return;
		throw error;
	}
	const files = new Map<string, string>([...pictures.products].map(([id, file]) => [`product/${id}`, file]));
	if (pictures.logo) {
		const { cachedLogoPng, PICTURE_CACHE } = await import('../images/logo.ts');
		files.set('logo', (await cachedLogoPng(pictures.logo, resolve(root, PICTURE_CACHE))).src);
	}
	store.clear();
	for (const [id, file] of files) {
		// Astro wants the entry's file relative to the project, and image() resolves `./name`
		// beside it: the entry's file here is the picture itself.
		const filePath = relative(root, file).split('\\').join('/');
		const data = await parseData({ id, data: { src: `./${basename(filePath)}` }, filePath });
		store.set({ id, data, filePath });
	}
}
