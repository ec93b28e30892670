import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/** Every file below `dir`, as sorted paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
		.sort();
}

/** True when `inner` is `outer` or lies inside it. */
export function within(inner: string, outer: string): boolean {
	const path = relative(outer, inner);
	return !isAbsolute(path) && path.split(sep)[0] !== '..';
}

/** How many HTML pages and bytes a folder of built files holds. */
export function folderStats(dir: string): { pages: number; bytes: number } {
	const files = listFiles(dir);
	return {
		pages: files.filter((file) => file.endsWith('.html')).length,
		bytes: files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0),
	};
}
