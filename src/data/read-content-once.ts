import { resolve } from 'node:path';
import type { Content } from '../lib/content-model.ts';
import { readContent } from '../lib/read-content.ts';

// The build script, the integration and the pages run in one process but as separate module
// copies (Astro bundles the pages), so the cache hangs off globalThis: a shop of thousands of
// articles is then parsed and checked once per build instead of three times.
const CACHE = Symbol.for('aftercare.content');

/** readContent, once per process and content folder. Not for `astro dev`, where content changes. */
export function readContentOnce(root: string, contentDir: string): Content {
	const holder = globalThis as { [CACHE]?: Map<string, Content> };
	const cache = (holder[CACHE] ??= new Map());
	const key = resolve(root, contentDir);
	let content = cache.get(key);
	if (!content) {
		content = readContent(root, contentDir);
		cache.set(key, content);
	}
	return content;
}
