// `npm run build`: checks content, builds the help centre and the listing images, and prints a
// short summary. Options: --outDir <dir> (default dist), --images-out <dir> (default
// listing-images), --kit-out <dir> (default link-kit), --no-previews, --no-images and --no-kit
// to skip the link preview, listing images or link kit.
// Astro's own per-page log is turned down to warnings: a seller needs the outcome, not 600 lines.
import { build } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingUiKeys } from '../src/i18n/index.ts';
import { describeBuildError } from '../src/lib/build-errors.ts';
import { parseCommandLine, UsageError } from '../src/lib/cli.ts';
import { ContentError } from '../src/lib/content-errors.ts';
import { folderStats } from '../src/lib/files.ts';
import { assertOwnFolder, guardOutput, lockOutput, markOwnFolder, removeSibling, removeSiblingLater, separateOutputs, siblings, swapIn } from '../src/lib/output-folder.ts';
import { contentDir } from '../src/lib/project.ts';
import { loadContent } from '../src/data/shop-state.ts';
import { countArticles } from '../src/lib/content-model.ts';
import { contentNotes, formatNotes } from '../src/lib/article-body/check.ts';

const USAGE = `Usage: npm run build -- [options]

Checks content/, builds the help centre and renders the listing images.

Options:
  --outDir <dir>       the site's folder (default dist), replaced on every build
  --images-out <dir>   the listing images' folder (default listing-images)
  --kit-out <dir>      the link kit's folder (default link-kit): links, QR codes, saved replies
  --no-previews        skip the link preview image of each page
  --no-images          skip the listing images
  --no-kit             skip the link kit
  --help               show this
`;

const root = process.cwd();
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
function step(text: string) {
	process.stdout.write(`${text}\n`);
}
/** A mistake in the command line or content: the list, no stack trace, and nothing changed. */
function stop(error: unknown): never {
	if (error instanceof UsageError) {
		process.stderr.write(`\n${error.message}\n\n${USAGE}`);
		process.exit(2);
	}
	if (error instanceof ContentError) {
		process.stderr.write(`\n${error.message}\n`);
		process.exit(1);
	}
	throw error;
}

let options;
try {
	options = parseCommandLine({
		outDir: { type: 'string', default: 'dist' },
		'images-out': { type: 'string', default: 'listing-images' },
		'no-previews': { type: 'boolean', default: false },
		'no-images': { type: 'boolean', default: false },
		'kit-out': { type: 'string', default: 'link-kit' },
		'no-kit': { type: 'boolean', default: false },
		help: { type: 'boolean', default: false },
	}).values;
} catch (error) {
	stop(error);
}
if (options.help) {
	process.stdout.write(USAGE);
	process.exit(0);
}
const outDir = options.outDir;
const imagesOut = options['images-out'];
const kitOut = options['kit-out'];
const kit = !options['no-kit'];
const outputs = { images: !options['no-images'], previews: !options['no-previews'] };
// satori, sharp and the templates take half a second to load: only when images are wanted.
const images = () => import('../src/images/listing-images.ts');

step(`1/3 Checking ${contentDir()}/`);
let dist: string;
try {
	// Every folder this run replaces or deletes is checked and locked before anything is read.
	dist = guardOutput(root, outDir, contentDir(), "the site's folder");
	const imagesDir = outputs.images ? guardOutput(root, imagesOut, contentDir(), "the listing images' folder") : undefined;
	if (imagesDir) separateOutputs(dist, imagesDir);
	// The link kit's folder is guarded as the listing images' is, and kept apart from both.
	const kitDir = kit ? guardOutput(root, kitOut, contentDir(), "the link kit's folder") : undefined;
	if (kitDir) separateOutputs(dist, kitDir, ["the site's folder", "the link kit's folder"], 'dist and link-kit');
	if (kitDir && imagesDir) separateOutputs(imagesDir, kitDir, ["the listing images' folder", "the link kit's folder"], 'listing-images and link-kit');
	lockOutput(dist, "the site's folder");
	assertOwnFolder(dist);
	if (imagesDir) assertOwnFolder(imagesDir);
	if (kitDir) assertOwnFolder(kitDir);
	// Text the images cannot draw, or a title too long for its preview, is found now, in the same
	// list as the content's other problems, while the previous site is still up. (The font is
	// not even loaded for a build without images, such as the benchmark's.)
	const load = () => loadContent(root, contentDir());
	const content = outputs.images || outputs.previews ? (await import('../src/images/preview-fit.ts')).loadDrawable(load, outputs) : load();
	step(`    ${content.products.size} products, ${content.licenses.size} licences, ${countArticles(content)} articles, locales ${content.shop.locales.join(', ')}`);
	for (const locale of content.shop.locales) {
		const missing = missingUiKeys(locale, content.ui.get(locale));
		if (missing.length > 0) {
			step(`    Note: ${locale} has ${missing.length} buttons and labels in English; \`npm run translations\` lists them, ready to translate into content/ui/${locale}.yaml.`);
		}
	}
	// The logo is drawn now, so a file libvips cannot read is named with the rest, not by Astro.
	if (content.pictures.logo) {
		const { cachedLogoPng, PICTURE_CACHE } = await import('../src/images/logo.ts');
		await cachedLogoPng(content.pictures.logo, join(root, PICTURE_CACHE));
	}
	// Things that do not stop the build, such as a link to an article's former address.
	const notes = formatNotes(contentNotes(content));
	if (notes) step(notes);
} catch (error) {
	stop(error);
}

step('2/3 Building pages and the search index');
// Built beside the old site and swapped in only when complete: a build that fails half-way
// leaves the previous dist/ as it was.
const { partial } = siblings(dist);
let removingPrevious: Promise<void>;
let previewsOk = true;
try {
	removeSibling(partial);
	try {
		await build({ root, outDir: partial, logLevel: 'warn' });
	} catch (error) {
		const { text, located } = describeBuildError(error, root, contentDir());
		process.stderr.write(`\n${text}\n`);
		if (!located && error instanceof Error) process.stderr.write(`\nDetails for a developer:\n${error.stack}\n`);
		removeSibling(partial);
		process.exit(1);
	}
	markOwnFolder(partial);
	if (outputs.previews) previewsOk = await (await images()).renderPageCards(root, partial, step);
	// The previous site is deleted in the background while the listing images render.
	removingPrevious = removeSiblingLater(swapIn(partial, dist));
} catch (error) {
	stop(error);
}

step(kit ? '3/3 Rendering listing images and writing the link kit' : '3/3 Rendering listing images');
let imagesOk = true;
try {
	if (outputs.images) imagesOk = await (await images()).renderListingImages({ root, outDir: imagesOut, log: step });
} catch (error) {
	stop(error);
}

try {
	if (kit) {
		const { writeLinkKit, describeKit } = await import('../src/links/write-kit.ts');
		step(describeKit(await writeLinkKit({ root, outDir: kitOut }), kitOut));
	}
} catch (error) {
	stop(error);
}

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
// `astro preview` serves dist/ unless told otherwise.
const preview = outDir === 'dist' ? 'npm run preview' : `npm run preview -- --outDir ${outDir}`;
step(`Preview it with \`${preview}\`; publish the folder with any static host (see README).`);
// How often each step ran in this process: once each (the tests hold it to that).
if (process.env.AFTERCARE_PROFILE) step(`Runs: ${JSON.stringify((await import('../src/data/shop-state.ts')).runCounts())}`);
if (!previewsOk || !imagesOk) {
	process.stderr.write('\nSome images could not be made (listed above); the rest were written.\n');
	process.exit(1);
}
