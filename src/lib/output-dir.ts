import { resolve } from 'node:path';
import { within } from './files.ts';

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
	if (within(resolve(root), out) || within(contentPath, out) || within(out, contentPath)) {
		throw new UsageError(`The output folder "${outDir}" is replaced on each run, and it is the project, a folder above it, or holds or lies inside ${content}/. Choose a folder of its own, e.g. dist or listing-images.`);
	}
	return out;
}

/** The site and the listing images replace their folders wholesale: one must not hold the other. */
export function separateOutputs(site: string, images: string): void {
	if (within(site, images) || within(images, site)) {
		throw new UsageError(`The site's folder "${site}" and the listing images' folder "${images}" are the same or one holds the other, so each run would delete the other's output. Give them folders of their own, e.g. dist and listing-images.`);
	}
}
