import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SingleBar } from 'cli-progress';
import { Piscina } from 'piscina';
import sharp from 'sharp';
import { copyAtomically, intact, sweepTemporaryFiles } from './cache-files.ts';
import { loadFonts } from './fonts.ts';
import type { RenderJob } from './render.ts';
import { shareKey } from './share-key.ts';
import type { WorkerResult, WorkerTask } from './worker.ts';

export interface PlannedImage {
	/** Where the finished image goes. */
	out: string;
	job: RenderJob;
}

export interface RunOptions {
	cacheDir: string;
	/** False re-renders everything (`--no-cache`). */
	useCache?: boolean;
	workers?: number;
	/** Shown before the progress bar, e.g. "Listing images". */
	title: string;
	log?: (line: string) => void;
}

export interface RunResult {
	/** Images rendered in this run: one per distinct image, however many places it goes to. */
	rendered: number;
	/** Places filled by an image rendered in this run for another place (the same pixels). */
	shared: number;
	/** Places filled from the cache, nothing rendered. */
	cached: number;
	failed: { image: PlannedImage; message: string }[];
	ms: number;
}

/** The version of an installed package, from the package.json above its entry point. */
function packageVersion(name: string): string {
	let dir = dirname(fileURLToPath(import.meta.resolve(name)));
	for (;;) {
		const file = join(dir, 'package.json');
		if (existsSync(file)) {
			const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
			if (manifest.name === name && manifest.version) return manifest.version;
		}
		if (dirname(dir) === dir) throw new Error(`Cannot find the version of ${name}.`);
		dir = dirname(dir);
	}
}

/**
 * What every image shares, hashed once per process rather than once per image: the pipeline's
 * own source (every file in src/images/, so editing a template re-renders what it draws without
 * anyone bumping a number), the font bytes, and the version of everything else that decides the
 * pixels: satori (layout and glyph outlines), fontkit (the text widths that choose line breaks
 * and sizes), sharp and the libraries it bundles (libvips, librsvg, libpng, zlib, mozjpeg…). An
 * upgrade that draws differently then re-renders instead of mixing old and new images.
 */
let pipelineVersion: string | undefined;
export function pipeline(): string {
	if (pipelineVersion) return pipelineVersion;
	const dir = fileURLToPath(new URL('.', import.meta.url));
	const hash = createHash('sha256');
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort()) {
		hash.update(`${file}\0`).update(readFileSync(join(dir, file)));
	}
	for (const bytes of loadFonts().bytes) hash.update(bytes);
	hash.update(JSON.stringify({ satori: packageVersion('satori'), fontkit: packageVersion('fontkit'), sharp: sharp.versions }));
	pipelineVersion = hash.digest('hex');
	return pipelineVersion;
}

/**
 * The cache key: every input that changes the pixels (pipeline, data, size, photo bytes). The
 * photo's path is not part of it, so moving a photo costs nothing, and two places wanting the
 * same pixels get the same key: the image is rendered once for both.
 */
function imageKey(job: RenderJob, photoDigest: (photo: string) => string): string {
	const hash = createHash('sha256').update(pipeline());
	if (job.kind === 'mockup') {
		hash.update(photoDigest(job.photo));
		hash.update(JSON.stringify({ ...job, photo: undefined }));
	} else hash.update(JSON.stringify(job));
	return hash.digest('hex').slice(0, 24);
}

function progress(total: number, title: string, log: (line: string) => void) {
	if (process.stdout.isTTY && !process.env.CI) {
		const bar = new SingleBar({ format: `    ${title} [{bar}] {value}/{total} {eta_formatted} left`, hideCursor: true, clearOnComplete: true });
		bar.start(total, 0);
		return { tick: (count: number) => bar.increment(count), stop: () => bar.stop() };
	}
	// Plain lines for CI logs: one every ten seconds, so a long run shows it is alive and a short
	// one prints only its summary.
	let done = 0;
	let last = performance.now();
	return {
		tick: (count: number) => {
			done += count;
			if (done < total && performance.now() - last >= 10_000) {
				last = performance.now();
				log(`    ${title}: ${done}/${total}`);
			}
		},
		stop: () => undefined,
	};
}

/**
 * One pool per process and size, kept between runs: a build renders the link previews and then
 * the listing images, and starting the workers (each loads satori, sharp and the fonts) once
 * saves the second start. Idle workers do not keep the process alive.
 */
const pools = new Map<number, Piscina<WorkerTask, WorkerResult>>();
function poolOf(threads: number): Piscina<WorkerTask, WorkerResult> {
	let pool = pools.get(threads);
	if (!pool) {
		pool = new Piscina({ filename: new URL('./worker.ts', import.meta.url).href, minThreads: threads, maxThreads: threads });
		pools.set(threads, pool);
	}
	return pool;
}

/** Ends the workers (a benchmark measuring a cold start, or a test that wants none left). */
export async function closeImagePools(): Promise<void> {
	const all = [...pools.values()];
	pools.clear();
	await Promise.all(all.map((pool) => pool.destroy()));
}

/** One image to render and every place it goes. */
interface Distinct {
	job: RenderJob;
	file: string;
	images: PlannedImage[];
}

/**
 * Work for the workers: images sharing costly work (shareKey) go to one worker together, the
 * rest one by one. The largest go first, so the last worker to finish is not left with a big group.
 */
function groupsOf(todo: readonly Distinct[]): Distinct[][] {
	const groups = new Map<string, Distinct[]>();
	todo.forEach((item, i) => {
		const key = shareKey(item.job) ?? `#${i}`;
		groups.set(key, [...(groups.get(key) ?? []), item]);
	});
	const cost = (group: Distinct[]) => group.reduce((sum, { job }) => sum + job.size.width * job.size.height, 0);
	return [...groups.values()].sort((a, b) => cost(b) - cost(a));
}

/** Renders what the cache lacks on a worker pool sized to the cores, then places every image. */
export async function runImageJobs(images: PlannedImage[], options: RunOptions): Promise<RunResult> {
	const started = performance.now();
	const log = options.log ?? ((line: string) => console.log(line));
	// A photo goes into one image per preset and language: read and hash it once.
	const photoDigests = new Map<string, string>();
	const photoDigest = (photo: string) => {
		let digest = photoDigests.get(photo);
		if (digest === undefined) {
			digest = createHash('sha256').update(readFileSync(photo)).digest('hex');
			photoDigests.set(photo, digest);
		}
		return digest;
	};
	sweepTemporaryFiles(options.cacheDir);
	const failed: RunResult['failed'] = [];
	const distinct = new Map<string, Distinct>();
	for (const image of images) {
		try {
			const file = join(options.cacheDir, `${imageKey(image.job, photoDigest)}${extname(image.out)}`);
			const found = distinct.get(file);
			if (found) found.images.push(image);
			else distinct.set(file, { job: image.job, file, images: [image] });
		} catch (error) {
			failed.push({ image, message: (error as Error).message });
		}
	}
	const ready: Distinct[] = [];
	const todo: Distinct[] = [];
	// A cached file counts only when whole: one cut short or damaged is rendered again.
	for (const item of distinct.values()) (options.useCache !== false && intact(item.file, item.job.size) ? ready : todo).push(item);
	const cached = ready.reduce((sum, item) => sum + item.images.length, 0);
	let rendered = 0;
	let shared = 0;
	if (todo.length > 0) {
		const pool = poolOf(options.workers ?? availableParallelism());
		const bar = progress(todo.length, options.title, log);
		try {
			await Promise.all(
				groupsOf(todo).map(async (group) => {
					let results: WorkerResult;
					try {
						results = await pool.run({ items: group.map(({ job, file }) => ({ job, file })) });
					} catch (error) {
						results = group.map(() => ({ ok: false, message: (error as Error).message }));
					}
					group.forEach((item, i) => {
						const result = results[i]!;
						if (result.ok) {
							ready.push(item);
							rendered += 1;
							shared += item.images.length - 1;
						} else for (const image of item.images) failed.push({ image, message: result.message });
					});
					bar.tick(group.length);
				}),
			);
		} finally {
			bar.stop();
		}
	}
	for (const { file, images: places } of ready) for (const image of places) copyAtomically(file, image.out);
	return { rendered, shared, cached, failed, ms: performance.now() - started };
}
