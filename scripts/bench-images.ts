// `npm run bench:images`: the image pipeline on the example shop, four figures. (1) Link previews
// and (2) listing images rendered per second, with 1 and 2 workers, nothing cached. (3) A cold
// `npm run build` against a baseline commit built in the same run: both trees are laid out in a
// temporary folder (the baseline as a git worktree, this working tree as a copy of its files),
// share the project's installed packages through symlinks but each has its own caches, which are
// cleared before every build; the builds run in back-to-back pairs, alternating which goes first,
// and the figure is the median of the pairs' own ratios. (4) `npm run images` with nothing
// changed, timed as a child process as a seller runs it. Prints tables, writes
// bench/images.json, and exits 1 when a budget is exceeded, 2 on a usage error.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findPhotos } from '../src/images/listing-images.ts';
import { planListingImages, planPageCards } from '../src/images/plan.ts';
import { closeImagePools, runImageJobs, type PlannedImage } from '../src/images/run-jobs.ts';
import { median, medianOfRatios } from '../src/lib/bench-stats.ts';
import { parseCommandLine, UsageError } from '../src/lib/cli.ts';
import { buildTime } from '../src/lib/notices.ts';
import { pageContext } from '../src/lib/page-context.ts';
import { pageMeta } from '../src/lib/page-meta.ts';
import { contentDir } from '../src/lib/project.ts';
import { readContent } from '../src/lib/read-content.ts';
import { routeTable } from '../src/lib/route-table.ts';
import { buildSite } from '../src/lib/site.ts';

const USAGE = `Usage: npm run bench:images -- [options]

Measures the image pipeline on the example shop: link previews and listing images per second,
a cold \`npm run build\` against a baseline commit built in the same run, and \`npm run images\`
with nothing changed.

Options:
  --baseline <ref>   the commit (or branch, tag) to compare the cold build with (default 14c0753)
  --pairs <n>        back-to-back pairs of cold builds, alternating which goes first (default 3)
  --reruns <n>       timed runs of \`npm run images\` with nothing changed, per tree (default 3)
  --skip-cold        no cold builds (and no baseline): throughput and rerun only
  --help             show this
`;

/** The budgets of issue 9. */
const BUDGET = { previewsPerSecond: 40, coldRatio: 0.5 };

const root = process.cwd();

function positive(text: string, flag: string): number {
	if (!/^[1-9]\d*$/.test(text)) throw new UsageError(`${flag} needs a positive whole number, not "${text}".`);
	return Number(text);
}

let options: { baseline: string; pairs: number; reruns: number; skipCold: boolean };
try {
	const { values } = parseCommandLine({
		baseline: { type: 'string', default: '14c0753' },
		pairs: { type: 'string', default: '3' },
		reruns: { type: 'string', default: '3' },
		'skip-cold': { type: 'boolean', default: false },
		help: { type: 'boolean', default: false },
	});
	if (values.help) {
		process.stdout.write(USAGE);
		process.exit(0);
	}
	options = { baseline: values.baseline, pairs: positive(values.pairs, '--pairs'), reruns: positive(values.reruns, '--reruns'), skipCold: values['skip-cold'] };
	if (!options.skipCold && spawnSync('git', ['rev-parse', '--verify', '--quiet', `${options.baseline}^{commit}`], { cwd: root }).status !== 0) {
		throw new UsageError(`--baseline ${options.baseline} is not a commit of this repository.`);
	}
} catch (error) {
	if (!(error instanceof UsageError)) throw error;
	process.stderr.write(`${error.message}\n\n${USAGE}`);
	process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'aftercare-bench-images-'));
const log = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const rate = (value: number | undefined) => (value === undefined ? 'n/a' : value.toFixed(1));

// ---- (1), (2) throughput, in this process --------------------------------------------------

const site = buildSite(readContent(root, contentDir()), buildTime());
const previews = planPageCards(site, routeTable(site), join(work, 'throughput', 'dist'), (route) => pageMeta(pageContext(site, route.locale, route.path), route));
const pages = routeTable(site).filter((route) => route.kind !== 'redirect').length;
const listing = planListingImages(site, { outDir: join(work, 'throughput', 'listing-images'), photos: findPhotos(root, site, () => undefined).photos });

/** Images per second with `workers` threads, the workers started beforehand, nothing cached. */
async function perSecond(images: PlannedImage[], workers: number): Promise<number> {
	const cacheDir = join(work, 'throughput', `cache-${workers}`);
	// The first image of the set starts the workers (satori, sharp and the fonts load) untimed.
	await runImageJobs(images.slice(0, workers), { cacheDir: `${cacheDir}-warm`, useCache: false, workers, title: 'warm-up', log: () => undefined });
	const result = await runImageJobs(images, { cacheDir, useCache: false, workers, title: 'bench', log: () => undefined });
	if (result.failed.length > 0) throw new Error(`${result.failed[0]!.image.out}: ${result.failed[0]!.message}`);
	return result.rendered / (result.ms / 1000);
}

log(`Image throughput on the example shop (${availableParallelism()} cores, load ${loadavg()[0]!.toFixed(2)}, Node ${process.version})`);
const throughput: { images: string; count: number; perSecond: Record<number, number> }[] = [
	{ images: `link previews (${previews.length} images for ${pages} pages)`, count: previews.length, perSecond: {} },
	{ images: `listing images (${listing.length})`, count: listing.length, perSecond: {} },
];
for (const workers of [1, 2]) {
	throughput[0]!.perSecond[workers] = await perSecond(previews, workers);
	throughput[1]!.perSecond[workers] = await perSecond(listing, workers);
}
await closeImagePools();
log('');
log('| images | 1 worker | 2 workers | speed-up |');
log('| --- | ---: | ---: | ---: |');
for (const row of throughput) log(`| ${row.images} | ${rate(row.perSecond[1])}/s | ${rate(row.perSecond[2])}/s | ${(row.perSecond[2]! / row.perSecond[1]!).toFixed(2)}x |`);

// ---- the trees ---------------------------------------------------------------------------

interface Tree {
	name: 'baseline' | 'current';
	dir: string;
	out: string;
}

/**
 * node_modules as a folder of symlinks to the project's packages: the same installed code, but
 * the caches (.cache, .astro, .vite) are the tree's own, so clearing them touches no one else.
 */
function sharePackages(dir: string): void {
	const modules = join(dir, 'node_modules');
	mkdirSync(modules, { recursive: true });
	for (const name of readdirSync(join(root, 'node_modules'))) {
		if (!['.cache', '.astro', '.vite', '.vite-temp'].includes(name)) symlinkSync(join(root, 'node_modules', name), join(modules, name));
	}
}

function git(args: string[]): string {
	const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed:\n${result.stderr}`);
	return result.stdout;
}

function currentTree(): Tree {
	const dir = join(work, 'current');
	// Tracked and new files as they are in the working tree (edits not committed included).
	for (const file of git(['ls-files', '-z', '--cached', '--others', '--exclude-standard']).split('\0').filter(Boolean)) {
		if (!existsSync(join(root, file))) continue;
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		copyFileSync(join(root, file), join(dir, file));
	}
	sharePackages(dir);
	return { name: 'current', dir, out: join(work, 'out', 'current') };
}

function baselineTree(ref: string): Tree {
	const dir = join(work, 'baseline');
	git(['worktree', 'add', '--detach', '--quiet', dir, ref]);
	sharePackages(dir);
	return { name: 'baseline', dir, out: join(work, 'out', 'baseline') };
}

interface Run {
	/** From start to exit. */
	ms: number;
	/** CPU time (user and system) of the command and everything it started: steadier than `ms` on a shared machine. */
	cpuMs: number;
	stdout: string;
}

/** `times` of a POSIX shell: "0m1.250s 0m0.310s", the shell's line and then its children's. */
function childCpuMs(stderr: string): number {
	const lines = stderr.trimEnd().split('\n');
	const match = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(lines.at(-1) ?? '');
	if (!match) return Number.NaN;
	return (Number(match[1]) * 60 + Number(match[2]) + Number(match[3]) * 60 + Number(match[4])) * 1000;
}

/** Runs `npm run …` in a tree as a seller would, timed from start to exit, its CPU time counted by the shell. */
function npm(tree: Tree, args: string[]): Promise<Run> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const script = 'npm run --silent "$@"; status=$?; times >&2; exit $status';
		const child = spawn('sh', ['-c', script, 'sh', ...args], { cwd: tree.dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '1' } });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => {
			const ms = performance.now() - started;
			if (code === 0) resolve({ ms, cpuMs: childCpuMs(stderr), stdout });
			else reject(new Error(`npm run ${args.join(' ')} in the ${tree.name} tree exited ${code}:\n${stdout}\n${stderr}`));
		});
	});
}

/** What a build printed about one kind of image: "Link previews: 180 rendered, … 85.3 per second." */
function reported(stdout: string, title: string): { rendered: number; perSecond?: number } | undefined {
	const match = new RegExp(`${title}: (\\d+) rendered.*?(?:, ([\\d.]+) per second)?\\.$`, 'm').exec(stdout);
	return match ? { rendered: Number(match[1]), perSecond: match[2] === undefined ? undefined : Number(match[2]) } : undefined;
}

function clearCaches(tree: Tree): void {
	for (const cache of ['.cache', '.astro', '.vite']) rmSync(join(tree.dir, 'node_modules', cache), { recursive: true, force: true });
}

interface Build {
	ms: number;
	cpuMs: number;
	previews?: { rendered: number; perSecond?: number };
	listing?: { rendered: number; perSecond?: number };
}

async function coldBuild(tree: Tree): Promise<Build> {
	clearCaches(tree);
	const run = await npm(tree, ['build', '--', '--outDir', join(tree.out, 'dist'), '--images-out', join(tree.out, 'listing-images')]);
	return { ms: run.ms, cpuMs: run.cpuMs, previews: reported(run.stdout, 'Link previews'), listing: reported(run.stdout, 'Listing images') };
}

/** `npm run images` with nothing changed: one untimed run fills the cache, then `count` timed. */
async function reruns(tree: Tree, count: number): Promise<number[]> {
	const args = ['images', '--', '--out', join(tree.out, 'listing-images')];
	await npm(tree, args);
	const times: number[] = [];
	for (let i = 0; i < count; i++) {
		const run = await npm(tree, args);
		if (!/Listing images: nothing changed/.test(run.stdout)) throw new Error(`A rerun in the ${tree.name} tree rendered something:\n${run.stdout}`);
		times.push(run.ms);
	}
	return times;
}

const current = currentTree();
const baseline = options.skipCold ? undefined : baselineTree(options.baseline);
const pairs: { first: Tree['name']; baseline: Build; current: Build; ratio: number }[] = [];
const rerunMs: Partial<Record<Tree['name'], number[]>> = {};
try {
	// ---- (3) cold builds --------------------------------------------------------------------
	if (baseline) {
		log('');
		log(`Cold \`npm run build\` of the example shop against ${options.baseline}, caches cleared before each (${options.pairs} pairs)`);
		log('');
		log('| pair | first | baseline | current | ratio | CPU time baseline, current | CPU ratio | previews/s baseline, current | listing images/s baseline, current |');
		log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
		for (let i = 0; i < options.pairs; i++) {
			const order = i % 2 === 0 ? [baseline, current] : [current, baseline];
			const builds: Partial<Record<Tree['name'], Build>> = {};
			for (const tree of order) builds[tree.name] = await coldBuild(tree);
			const [b, c] = [builds.baseline!, builds.current!];
			pairs.push({ first: order[0]!.name, baseline: b, current: c, ratio: c.ms / b.ms });
			log(`| ${i + 1} | ${order[0]!.name} | ${seconds(b.ms)} s | ${seconds(c.ms)} s | ${(c.ms / b.ms).toFixed(2)}x | ${seconds(b.cpuMs)} s, ${seconds(c.cpuMs)} s | ${(c.cpuMs / b.cpuMs).toFixed(2)}x | ${rate(b.previews?.perSecond)}, ${rate(c.previews?.perSecond)} | ${rate(b.listing?.perSecond)}, ${rate(c.listing?.perSecond)} |`);
		}
	}
	// ---- (4) reruns ------------------------------------------------------------------------
	for (const tree of [current, ...(baseline ? [baseline] : [])]) rerunMs[tree.name] = await reruns(tree, options.reruns);
} finally {
	if (baseline) spawnSync('git', ['worktree', 'remove', '--force', baseline.dir], { cwd: root });
	rmSync(work, { recursive: true, force: true });
}

const coldRatio = pairs.length > 0 ? medianOfRatios(pairs.map((p) => [p.current.ms, p.baseline.ms] as const)) : undefined;
const cpuRatio = pairs.length > 0 ? medianOfRatios(pairs.map((p) => [p.current.cpuMs, p.baseline.cpuMs] as const)) : undefined;
const reportedRate = (which: 'baseline' | 'current', kind: 'previews' | 'listing') => {
	const rates = pairs.flatMap((p) => (p[which][kind]?.perSecond === undefined ? [] : [p[which][kind]!.perSecond!]));
	return rates.length > 0 ? median(rates) : undefined;
};
if (coldRatio !== undefined) {
	log('');
	log(`Cold build: ${coldRatio.toFixed(2)}x the baseline, the median of ${pairs.length} pairs' ratios (${pairs.map((p) => p.ratio.toFixed(2)).join(', ')}).`);
	log(`CPU time: ${cpuRatio!.toFixed(2)}x (median of the pairs' ratios; steadier than the time taken when other work shares the machine, but blind to what two cores do at once).`);
	log(`As the builds report it (median): link previews ${rate(reportedRate('baseline', 'previews'))}/s before, ${rate(reportedRate('current', 'previews'))}/s now; listing images ${rate(reportedRate('baseline', 'listing'))}/s before, ${rate(reportedRate('current', 'listing'))}/s now.`);
}
log('');
const rerunText = (name: Tree['name']) => `${median(rerunMs[name]!).toFixed(0)} ms (runs: ${rerunMs[name]!.map((ms) => ms.toFixed(0)).join(', ')})`;
log(`\`npm run images\` with nothing changed, as a child process, median of ${options.reruns}: ${rerunText('current')}${rerunMs.baseline ? `; the baseline ${rerunText('baseline')}` : ''}.`);

const verdicts = [
	{ budget: `link previews at least ${BUDGET.previewsPerSecond} per second on 2 workers`, held: throughput[0]!.perSecond[2]! >= BUDGET.previewsPerSecond, detail: `${rate(throughput[0]!.perSecond[2])}/s` },
	...(coldRatio === undefined ? [] : [{ budget: `a cold build at most ${BUDGET.coldRatio}x the baseline ${options.baseline}`, held: coldRatio <= BUDGET.coldRatio, detail: `${coldRatio.toFixed(2)}x` }]),
];
log('');
for (const v of verdicts) log(`- ${v.held ? 'held' : 'exceeded'}: ${v.budget} (${v.detail})`);
if (coldRatio === undefined) log('- not evaluated: the cold build ratio (--skip-cold)');

mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(
	join(root, 'bench', 'images.json'),
	`${JSON.stringify(
		{
			cores: availableParallelism(),
			node: process.version,
			throughput: throughput.map(({ images, count, perSecond }) => ({ images, count, perSecond })),
			cold: coldRatio === undefined ? null : { baseline: options.baseline, ratio: coldRatio, cpuRatio, pairs: pairs.map((p) => ({ first: p.first, baselineMs: Math.round(p.baseline.ms), currentMs: Math.round(p.current.ms), ratio: p.ratio, baselineCpuMs: Math.round(p.baseline.cpuMs), currentCpuMs: Math.round(p.current.cpuMs), baseline: { previews: p.baseline.previews, listing: p.baseline.listing }, current: { previews: p.current.previews, listing: p.current.listing } })) },
			rerunMs,
			verdicts,
		},
		null,
		'\t',
	)}\n`,
);
process.exit(verdicts.every((v) => v.held) ? 0 : 1);
