// `npm run build`: checks content, builds the help centre and the listing images, and prints a
// short summary. Options: --outDir <dir> (default dist), --images-out <dir> (default
// listing-images), --no-previews and --no-images to skip the link preview or listing images.
// Astro's own per-page log is turned down to warnings: a seller needs the outcome, not 600 lines.
import { build } from 'astro';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { missingUiKeys } from '../src/i18n/index.ts';
import { describeBuildError } from '../src/lib/build-errors.ts';
import { ContentError } from '../src/lib/content-errors.ts';
import { folderStats } from '../src/lib/files.ts';
import { outputDir, separateOutputs, UsageError } from '../src/lib/output-dir.ts';
import { contentDir } from '../src/lib/project.ts';
import { readContentOnce } from '../src/data/read-content-once.ts';
import { countArticles } from '../src/lib/content-model.ts';

const root = process.cwd();
function option(name: string, fallback: string): string {
	if (!process.argv.includes(name)) return fallback;
	const value = process.argv[process.argv.indexOf(name) + 1];
	if (value === undefined || value.startsWith('--')) {
		process.stderr.write(`${name} needs a folder after it, e.g. ${name} ${fallback}\n`);
		process.exit(2);
	}
	return value;
}
const outDir = option('--outDir', 'dist');
const imagesOut = option('--images-out', 'listing-images');
const dist = resolve(root, outDir);
const outputs = { images: !process.argv.includes('--no-images'), previews: !process.argv.includes('--no-previews') };
// satori, sharp and the templates take half a second to load: only when images are wanted.
const images = () => import('../src/images/listing-images.ts');
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

function step(text: string) {
	process.stdout.write(`${text}\n`);
}

step(`1/3 Checking ${contentDir()}/`);
try {
	outputDir(root, outDir, contentDir());
	if (outputs.images) separateOutputs(dist, outputDir(root, imagesOut, contentDir()));
	const content = readContentOnce(root, contentDir());
	// Text the image font cannot draw is found now, while the previous site is still up. (The
	// font is not even loaded for a build without images, such as the benchmark's.)
	if (outputs.images || outputs.previews) {
		const glyphs = (await import('../src/images/glyphs.ts')).glyphProblems(content, outputs);
		if (glyphs.length > 0) throw new ContentError(glyphs);
	}
	step(`    ${content.products.size} products, ${content.licenses.size} licences, ${countArticles(content)} articles, locales ${content.shop.locales.join(', ')}`);
	for (const locale of content.shop.locales) {
		const missing = missingUiKeys(locale, content.ui.get(locale));
		if (missing.length > 0) {
			step(`    Note: ${locale} has ${missing.length} buttons and labels in English; \`npm run translations\` lists them, ready to translate into content/ui/${locale}.yaml.`);
		}
	}
} catch (error) {
	if (!(error instanceof ContentError || error instanceof UsageError)) throw error;
	process.stderr.write(`\n${error.message}\n`);
	process.exit(1);
}

step('2/3 Building pages and the search index');
// Built beside the old site and swapped in only when complete: a build that fails half-way
// leaves the previous dist/ as it was.
const partial = `${dist}.partial`;
rmSync(partial, { recursive: true, force: true });
try {
	await build({ root, outDir: partial, logLevel: 'warn' });
} catch (error) {
	const { text, located } = describeBuildError(error, root, contentDir());
	process.stderr.write(`\n${text}\n`);
	if (!located && error instanceof Error) process.stderr.write(`\nDetails for a developer:\n${error.stack}\n`);
	rmSync(partial, { recursive: true, force: true });
	process.exit(1);
}
const previewsOk = !outputs.previews || (await (await images()).renderPageCards(root, partial, step));
const previous = `${dist}.old`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, previous);
renameSync(partial, dist);
// The previous site is deleted in the background while the listing images render.
const removingPrevious = rm(previous, { recursive: true, force: true });

step('3/3 Rendering listing images');
const imagesOk = !outputs.images || (await (await images()).renderListingImages({ root, outDir: imagesOut, log: step }));

await removingPrevious;
const { pages, bytes } = folderStats(dist);
const search = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
	languages: Record<string, { page_count: number }>;
};
const indexed = Object.entries(search.languages)
	.map(([lang, { page_count }]) => `${lang} ${page_count}`)
	.join(', ');
step(`\nDone in ${seconds()} s: ${pages} pages, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${outDir}/.`);
step(`Search index pages by language: ${indexed}.`);
step('Preview it with `npm run preview`; publish the folder with any static host (see README).');
if (!previewsOk || !imagesOk) {
	process.stderr.write('\nSome images could not be made (listed above); the rest were written.\n');
	process.exit(1);
}
