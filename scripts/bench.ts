// `npm run bench`: builds a synthetic shop of N articles (200, 1000, 3000, 10000) with Aftercare
// and, in the same run, the same articles with bare Astro + MDX + Pagefind (the floor, given the
// same build concurrency). Prints each figure and its ratio to the floor, writes bench/results.json
// (a quick run: bench/.out/), and says of each budget whether it held, was exceeded or could not be
// evaluated by this run. Machines are noisy: the two builds run back to back in five pairs, and a
// ratio is the median of the pairs' own ratios. `-- --sizes 200,1000 --runs 1` for a quick run;
// `-- --help` lists the options.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroUserConfig } from 'astro';
import { close, createIndex } from 'pagefind';
import {
	evaluateBudgets, exitCode, marginalMsPerArticle, median, medianOfRatios, missingArticleFeatures, parseBenchArgs, summaryLine,
	USAGE, UsageError, verdictLine, type BenchOptions, type SizeMeasurement,
} from '../src/lib/bench-stats.ts';
import { folderStats } from '../src/lib/files.ts';
import { launchBrowser, serveStatic } from '../test/helpers/browser.ts';
import { FIXED_EPOCH, scriptBytesGzip } from '../test/helpers/build.ts';

const root = process.cwd();
const out = join(root, 'bench', '.out');
function readOptions(): BenchOptions {
	try {
		return parseBenchArgs(process.argv.slice(2));
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		process.stderr.write(`bench: ${error.message}\n\n${USAGE}\n`);
		process.exit(2);
	}
}
const options = readOptions();
if (options.help) {
	console.log(USAGE);
	process.exit(0);
}
const { sizes: SIZES, runs: RUNS } = options;
const COMMON_WORD = 'template';

// The floor is what Astro itself costs at Aftercare's settings: rendering eight pages at a time
// instead of one is a setting any Astro site can use, so it is not something Aftercare adds.
// (Imported by path: the lint rule on relative imports knows no .mjs.)
const config = async (file: string) => ((await import(pathToFileURL(join(root, file)).href)) as { default: AstroUserConfig }).default;
const [aftercareConfig, floorConfig] = [await config('astro.config.mjs'), await config('bench/floor/astro.config.mjs')];
if (aftercareConfig.build?.concurrency !== floorConfig.build?.concurrency) {
	process.stderr.write(`bench: the floor renders ${floorConfig.build?.concurrency ?? 1} pages at a time and Aftercare ${aftercareConfig.build?.concurrency ?? 1}; set build.concurrency in bench/floor/astro.config.mjs to match astro.config.mjs.\n`);
	process.exit(2);
}

// ---- the synthetic shop -------------------------------------------------------------------
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const VOCABULARY = ('template download file print paper size canva account link browser phone folder zip font install ' +
	'licence commercial personal order receipt email platform etsy gumroad course video lesson access password reset ' +
	'colour margin scale printer letter page design edit text photo replace share copy open close save export layer ' +
	'cricut silhouette svg cut machine mat blade vinyl iron transfer shop seller buyer refund help support question answer ' +
	'quickly carefully usually always never often first then next finally before after because while until again').split(' ');
const sentence = (words: number) => {
	const text = Array.from({ length: words }, () => pick(VOCABULARY)).join(' ');
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};
const paragraph = () => Array.from({ length: 4 }, () => sentence(10 + Math.floor(random() * 6))).join(' ');
const slugOf = (i: number) => `article-${String(i).padStart(4, '0')}`;
const PRODUCTS = Array.from({ length: 8 }, (_, i) => `product-${i + 1}`);
const CATEGORIES = ['downloads', 'editing', 'printing', 'cutting', 'fonts', 'orders'];

const word = () => pick(VOCABULARY);
// A fenced block with a language in every article, so Shiki highlights one in each build (three
// languages in turn, as a help centre shows a file's settings, a command or a style rule).
function codeBlock(i: number): string {
	const [language, lines] = [
		['json', ['{', `  "order": ${1000 + i},`, `  "file": "${word()}-${word()}.zip",`, `  "licence": "${pick(['personal', 'commercial', 'extended'])}",`, `  "downloads": ${1 + (i % 5)}`, '}']],
		['sh', [`# ${sentence(5)}`, `unzip ~/Downloads/${word()}-${word()}.zip -d ~/Documents/${word()}`, `open ~/Documents/${word()}/${word()}.pdf`]],
		['css', [`.${word()}-${word()} {`, `  margin: ${5 + (i % 20)}mm;`, `  font-family: "${word()}", serif;`, `  color: #${(0x123456 + i * 997).toString(16).slice(-6)};`, '}']],
	][i % 3] as [string, string[]];
	return `\`\`\`${language}\n${lines.join('\n')}\n\`\`\``;
}

function body(i: number, n: number): string {
	const link = (k: number) => `[${sentence(3).slice(0, -1)}](/${(i + k) % n < n * 0.7 ? 'guides' : 'help'}/${slugOf((i + k) % n)}/)`;
	return [
		paragraph(),
		`## ${sentence(4).slice(0, -1)}`,
		paragraph(),
		Array.from({ length: 5 }, (_, k) => `${k + 1}. ${sentence(8)}`).join('\n'),
		sentence(8),
		codeBlock(i),
		`## ${sentence(3).slice(0, -1)}`,
		paragraph(),
		`| ${sentence(1).slice(0, -1)} | ${sentence(1).slice(0, -1)} | ${sentence(1).slice(0, -1)} |\n| --- | --- | --- |\n` +
			Array.from({ length: 3 }, () => `| ${sentence(2)} | ${sentence(2)} | ${sentence(2)} |`).join('\n'),
		`## ${sentence(4).slice(0, -1)}`,
		`${paragraph()} See ${link(1)} and ${link(7)}.`,
		`- ${sentence(6)}\n- ${sentence(6)}\n- ${link(13)}`,
		`## ${sentence(3).slice(0, -1)}`,
		paragraph(),
		paragraph(),
	].join('\n\n');
}

function writeShop(dir: string, n: number): void {
	seed = 42;
	rmSync(dir, { recursive: true, force: true });
	const write = (file: string, text: string) => {
		mkdirSync(join(dir, file, '..'), { recursive: true });
		writeFileSync(join(dir, file), text);
	};
	write('shop.yaml', [
		'name: Bench Studio', 'url: https://help.bench.test', 'locales: [en]', 'platforms: [etsy, gumroad]',
		'support:', '  channels:', '    - { type: email, label: E-mail, email: help@bench.test }', '  hours: Weekdays', '  responsePromise: answers within a day',
		'software:', '  canva: { name: Canva, free: true }', '  cricut: { name: Cricut Design Space, free: true }',
		'categories:', ...CATEGORIES.map((c, i) => `  ${c}: { name: ${c[0]!.toUpperCase()}${c.slice(1)}, order: ${i} }`),
	].join('\n'));
	const permissions = (level: number) =>
		['personalUse', 'modify', 'printerHandoff', 'commercialUse', 'clientWork', 'physicalProducts', 'digitalProducts', 'printOnDemand', 'socialMediaAndAds', 'embedWeb', 'embedApp', 'embedEbook', 'logoOrTrademark', 'resellSourceFiles', 'competingUse', 'aiTraining', 'sublicensing']
			.map((key, k) => `  ${key}: ${k < level * 4 ? (k % 3 === 2 ? '{ status: limited, max: 5000, unit: copies }' : 'allowed') : 'not-allowed'}`).join('\n');
	['personal', 'commercial', 'extended'].forEach((id, level) => write(`licenses/${id}.yaml`, `name: ${id}\nsummary: ${sentence(12)}\norder: ${level}\npermissions:\n${permissions(level + 1)}`));
	PRODUCTS.forEach((id, i) => write(`products/${id}.yaml`, [
		`name: Product ${i + 1}`, 'kind: printable', `summary: ${sentence(14)}`, `listings: [{ platform: etsy, url: "https://www.etsy.com/listing/${i + 1}" }]`,
		`software: [${i % 2 ? 'canva' : 'cricut'}]`, 'priceBand: low', 'licenses: [personal, commercial, extended]', `shortCode: p${i + 1}`,
	].join('\n')));
	for (let i = 0; i < n; i++) {
		const guide = i < n * 0.7;
		const front = [
			'---', `title: "${sentence(6).slice(0, -1)} ${i}"`, `description: "${sentence(14)}"`, `updated: 2026-0${1 + (i % 9)}-1${i % 10}`,
			`products: [${PRODUCTS[i % PRODUCTS.length]}, ${PRODUCTS[(i + 3) % PRODUCTS.length]}]`, `category: ${CATEGORIES[i % CATEGORIES.length]}`,
			...(guide ? [] : [`symptom: "${sentence(10)}"`, `errors: ["Error ${1000 + i}: ${sentence(5).slice(0, -1)}"]`, `cause: "${sentence(12)}"`, `savedReply: "${sentence(20)}"`]),
			'---',
		];
		write(`${guide ? 'guides' : 'troubleshooting'}/en/${slugOf(i)}.mdx`, `${front.join('\n')}\n\n${body(i, n)}\n`);
	}
}

// ---- measuring ----------------------------------------------------------------------------
/** What one build of a site weighs; the same bytes every run. */
interface SiteFigures {
	pages: number;
	distBytes: number;
	articleHtml: number;
	articleHtmlGzip: number;
	articleJsGzip: number;
	searchIndexBytes: number;
	firstSearchBytes: number;
}

/** A site's figures at one size: time and memory are the medians of its runs. */
interface Figures extends SiteFigures {
	seconds: number;
	peakMiB: number;
	pagesPerSecond: number;
}

interface Timing {
	seconds: number;
	peakMiB: number;
}

/** Two builds run back to back, `first` going first. */
interface Pair {
	first: 'aftercare' | 'floor';
	aftercare: Timing;
	floor: Timing;
}

/** Runs a build in a child process; Node reports the child's own peak memory on exit. */
function timedBuild(args: string[], env: Record<string, string>, cwd = root): Timing {
	const started = performance.now();
	const hook = "process.on('exit', () => process.stderr.write('PEAK_RSS_KB=' + process.resourceUsage().maxRSS + '\\n'))";
	const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, ...args], { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (result.status !== 0) throw new Error(`build failed: ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
	const peaks = [...result.stderr.matchAll(/PEAK_RSS_KB=(\d+)/g)].map((m) => Number(m[1]));
	return { seconds: (performance.now() - started) / 1000, peakMiB: Math.max(...peaks) / 1024 };
}

async function indexWithPagefind(dist: string): Promise<void> {
	const { index } = await createIndex({});
	await index!.addDirectory({ path: dist });
	await index!.writeFiles({ outputPath: join(dist, 'pagefind') });
	await close();
}

async function measureSite(dist: string, articlePath: string, searchPath: string): Promise<SiteFigures> {
	const html = readFileSync(join(dist, articlePath, 'index.html'));
	const { pages, bytes } = folderStats(dist);
	const server = await serveStatic(dist);
	const browser = await launchBrowser();
	let firstSearchBytes: number;
	try {
		const page = await browser.newPage();
		// Each body is read before the page closes: a read still pending at close fails, and a
		// response counted as nothing would understate what a search costs. Counted as a host sends
		// them: Pagefind's index files are gzipped already, and its scripts are gzipped in transit
		// by static hosts (GitHub Pages, Netlify, Cloudflare Pages); this test server does not.
		const bodies: Promise<number>[] = [];
		page.on('response', (response) => {
			if (!response.url().includes('/pagefind/')) return;
			const text = /\.(js|json|css)(\?|$)/.test(response.url());
			bodies.push(response.body().then((body) => (text ? gzipSync(body).length : body.length)));
		});
		await page.goto(`${server.url}${searchPath}`, { waitUntil: 'networkidle' });
		firstSearchBytes = (await Promise.all(bodies)).reduce((sum, bytes) => sum + bytes, 0);
		await page.close();
	} finally {
		await browser.close();
		await server.close();
	}
	return {
		pages,
		distBytes: bytes,
		articleHtml: html.length,
		articleHtmlGzip: gzipSync(html).length,
		articleJsGzip: scriptBytesGzip(dist, html.toString()),
		searchIndexBytes: folderStats(join(dist, 'pagefind')).bytes,
		firstSearchBytes,
	};
}

// The floor has no search UI: a page that runs the same Pagefind query the way ours does.
const FLOOR_SEARCH = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>search</title></head><body><script type="module">
const pagefind = await import('/pagefind/pagefind.js'); await pagefind.init();
const search = await pagefind.search(new URLSearchParams(location.search).get('q'));
await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
</script></body></html>`;

interface SizeResult {
	aftercare: Figures;
	floor: Figures;
	/** Aftercare over the floor: for time, memory and speed, the median of the pairs' own ratios. */
	ratios: { seconds: number; peakMiB: number; pagesPerSecond: number };
	pairs: Pair[];
}

const figures = (site: SiteFigures, runs: Timing[]): Figures => {
	const seconds = median(runs.map((run) => run.seconds));
	return { seconds, peakMiB: median(runs.map((run) => run.peakMiB)), pagesPerSecond: site.pages / seconds, ...site };
};

const results: Record<number, SizeResult> = {};
for (const n of SIZES) {
	const content = join(out, `shop-${n}`, 'content');
	writeShop(content, n);
	const ours = join(out, `aftercare-${n}`);
	const floorDist = join(out, `floor-${n}`);
	const oursArticle = `guides/${slugOf(1)}`;
	const floorArticle = `guides/en/${slugOf(1)}`;
	const buildOurs = () => timedBuild(['scripts/build.ts', '--outDir', ours, '--no-images', '--no-previews', '--no-kit'], { AFTERCARE_CONTENT: content, SOURCE_DATE_EPOCH: FIXED_EPOCH });
	const buildFloor = async () => {
		const started = performance.now();
		const astro = timedBuild([join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', join(root, 'bench/floor'), '--outDir', floorDist, '--silent'], { FLOOR_CONTENT: content });
		await indexWithPagefind(floorDist);
		return { seconds: (performance.now() - started) / 1000, peakMiB: astro.peakMiB };
	};
	// The two builds run in pairs, back to back, so both meet the same spells of machine load, and
	// which goes first alternates (the second finds the articles in the file cache). Each pair's
	// ratio is a fair comparison; the ratio of two medians is not, as they can come from different
	// pairs (one run here gave 24.2 s against 18.8 s and the next two 26.5 against 25.2 and 27.4
	// against 25.3), so the ratios reported are the median of the pairs' ratios.
	const pairs: Pair[] = [];
	for (let run = 1; run <= RUNS; run++) {
		const first = run % 2 === 1 ? 'aftercare' : 'floor';
		console.log(`N = ${n}, pair ${run} of ${RUNS}: building ${first === 'aftercare' ? 'Aftercare, then the floor' : 'the floor, then Aftercare'} (the floor is bare Astro + MDX + Pagefind)…`);
		let aftercare: Timing;
		let floor: Timing;
		if (first === 'aftercare') {
			aftercare = buildOurs();
			floor = await buildFloor();
		} else {
			floor = await buildFloor();
			aftercare = buildOurs();
		}
		pairs.push({ first, aftercare, floor });
		console.log(`    Aftercare ${aftercare.seconds.toFixed(1)} s, floor ${floor.seconds.toFixed(1)} s: ${(aftercare.seconds / floor.seconds).toFixed(2)}x; peak memory ${aftercare.peakMiB.toFixed(0)} and ${floor.peakMiB.toFixed(0)} MiB`);
		if (run === 1) {
			// The figures mean something only if both sites built what the articles hold.
			for (const [site, file] of [['Aftercare', join(ours, oursArticle, 'index.html')], ['the floor', join(floorDist, floorArticle, 'index.html')]]) {
				const missing = missingArticleFeatures(readFileSync(file!, 'utf8'));
				if (missing.length) throw new Error(`${site}'s ${relative(root, file!)} has no ${missing.join(' and no ')}: the benchmark would not measure them`);
			}
		}
	}
	const aftercareSite = await measureSite(ours, oursArticle, `/search/?q=${COMMON_WORD}`);
	writeFileSync(join(floorDist, 'search.html'), FLOOR_SEARCH);
	const floorSite = await measureSite(floorDist, floorArticle, `/search.html?q=${COMMON_WORD}`);
	results[n] = {
		aftercare: figures(aftercareSite, pairs.map((pair) => pair.aftercare)),
		floor: figures(floorSite, pairs.map((pair) => pair.floor)),
		ratios: {
			seconds: medianOfRatios(pairs.map((pair) => [pair.aftercare.seconds, pair.floor.seconds])),
			peakMiB: medianOfRatios(pairs.map((pair) => [pair.aftercare.peakMiB, pair.floor.peakMiB])),
			pagesPerSecond: medianOfRatios(pairs.map((pair) => [aftercareSite.pages / pair.aftercare.seconds, floorSite.pages / pair.floor.seconds])),
		},
		pairs,
	};
}

// ---- report -------------------------------------------------------------------------------
const rows: [string, keyof Figures, (v: number) => string][] = [
	['build time (s)', 'seconds', (v) => v.toFixed(1)],
	['peak memory (MiB)', 'peakMiB', (v) => v.toFixed(0)],
	['pages', 'pages', (v) => String(v)],
	['pages per second', 'pagesPerSecond', (v) => v.toFixed(0)],
	['dist/ size (KB)', 'distBytes', (v) => (v / 1024).toFixed(0)],
	['article HTML (bytes)', 'articleHtml', String],
	['article HTML gzip (bytes)', 'articleHtmlGzip', String],
	['article JS before search, gzip (bytes)', 'articleJsGzip', String],
	['search index (KB)', 'searchIndexBytes', (v) => (v / 1024).toFixed(0)],
	[`first search for "${COMMON_WORD}" (KB fetched)`, 'firstSearchBytes', (v) => (v / 1024).toFixed(0)],
];
for (const n of SIZES) {
	const { aftercare, floor, ratios } = results[n]!;
	console.log(`\n### N = ${n}\n\n| figure | Aftercare | floor | ratio |\n| --- | ---: | ---: | ---: |`);
	for (const [label, key, format] of rows) {
		const ratio = key in ratios ? ratios[key as keyof typeof ratios] : floor[key] ? aftercare[key] / floor[key] : undefined;
		console.log(`| ${label} | ${format(aftercare[key])} | ${format(floor[key])} | ${ratio === undefined ? '-' : ratio.toFixed(2)} |`);
	}
}
console.log(`\nBuild time, peak memory and pages per second are the medians of ${RUNS} run${RUNS === 1 ? '' : 's'} of each site; their ratios are`);
console.log('the median of the pairs\' own ratios, so they need not equal one column over the other.');

type Site = 'aftercare' | 'floor';
interface Marginal {
	from: number;
	to: number;
	msPerArticle: number;
}
const marginal: Record<Site, Marginal[]> = { aftercare: [], floor: [] };
if (SIZES.length >= 2) {
	console.log('\nMarginal build time per article (from the median build times):');
	for (const site of ['aftercare', 'floor'] as const) {
		marginal[site] = SIZES.slice(1).map((to, i) => {
			const from = SIZES[i]!;
			return { from, to, msPerArticle: marginalMsPerArticle({ n: from, seconds: results[from]![site].seconds }, { n: to, seconds: results[to]![site].seconds }) };
		});
		const steps = marginal[site].map((m, i) => {
			const growth = i > 0 ? `, ${(m.msPerArticle / marginal[site][i - 1]!.msPerArticle).toFixed(2)}x the step before` : '';
			return `${m.msPerArticle.toFixed(1)} ms (${m.from}→${m.to}${growth})`;
		});
		// The budget is on Aftercare alone. The floor's growth is printed beside it because bare
		// Astro is not perfectly linear either: it shows how much of the growth is Astro's own.
		console.log(`- ${site}: ${steps.join(', ')}`);
	}
}

const measured = new Map<number, SizeMeasurement>(SIZES.map((n) => {
	const { aftercare, ratios } = results[n]!;
	return [n, { pairs: RUNS, timeRatio: ratios.seconds, seconds: aftercare.seconds, articleJsGzip: aftercare.articleJsGzip, articleHtmlGzip: aftercare.articleHtmlGzip, firstSearchBytes: aftercare.firstSearchBytes }];
}));
const budgets = evaluateBudgets(measured);
console.log(`\nBudgets:\n${budgets.map(verdictLine).join('\n')}`);

// A quick run (other sizes or run counts) must not overwrite the committed full run.
const resultsFile = options.full ? join(root, 'bench', 'results.json') : join(out, 'results.json');
writeFileSync(resultsFile, `${JSON.stringify({ sizes: SIZES, runs: RUNS, results, marginal, budgets }, null, '\t')}\n`);
console.log(`\nFigures written to ${relative(root, resultsFile)}.`);
console.log(`\n${summaryLine(budgets, SIZES, RUNS)}`);
process.exit(exitCode(budgets));
