import { isAbsolute, relative, resolve, sep } from 'node:path';

/** A wrong option or argument: the command prints it with its usage and exits 2. */
export class UsageError extends Error {}

/**
 * An output folder (the site's or the listing images'), resolved from the project. Builds replace
 * it wholesale, so it must not be the project, a folder above it, or anything holding or inside
 * the content folder.
 */
export function outputDir(root: string, outDir: string, content: string): string {
	const out = resolve(root, outDir);
	const contentPath = resolve(root, content);
	const within = (inner: string, outer: string) => {
		const path = relative(outer, inner);
		return !isAbsolute(path) && path.split(sep)[0] !== '..';
	};
	if (within(resolve(root), out) || within(contentPath, out) || within(out, contentPath)) {
		throw new UsageError(`The output folder "${outDir}" is replaced on each run, and it is the project, a folder above it, or holds or lies inside ${content}/. Choose a folder of its own, e.g. dist or listing-images.`);
	}
	return out;
}
