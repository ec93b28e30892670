// `npm run build`: checks content, builds the help centre, and prints a short summary.
// Astro's own per-page log is turned down to warnings: a seller needs the outcome, not 600 lines.
import { build } from 'astro';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../src/lib/content-errors';
import { contentDir } from '../src/lib/project';
import { readContent } from '../src/lib/read-content';
import { renderListingImages, renderPageCards } from '../src/images/listing-images';

const root = process.cwd();
const outDir = process.argv.includes('--outDir') ? process.argv[process.argv.indexOf('--outDir') + 1]! : 'dist';
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

function step(text: string) {
	process.stdout.write(`${text}\n`);
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
	);
}

step(`1/3 Checking ${contentDir()}/`);
try {
	const content = readContent(root, contentDir());
	const articles = Object.values(content.articles).reduce((sum, list) => sum + list.length, 0);
	step(`    ${content.products.size} products, ${content.licenses.size} licences, ${articles} articles, locales ${content.shop.locales.join(', ')}`);
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	process.stderr.write(`\n${error.message}\n`);
	process.exit(1);
}

step('2/3 Building pages and the search index');
await build({ root, outDir, logLevel: 'warn' });
const previewsOk = await renderPageCards(root, join(root, outDir), step);

step('3/3 Rendering listing images');
const imagesOk = process.argv.includes('--no-images') || (await renderListingImages({ root, outDir: 'listing-images', log: step }));

const files = walk(join(root, outDir));
const pages = files.filter((file) => file.endsWith('.html')).length;
const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
const search = JSON.parse(readFileSync(join(root, outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
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
