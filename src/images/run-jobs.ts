import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SingleBar } from 'cli-progress';
import { Piscina } from 'piscina';
import { loadFonts } from './fonts.ts';
import type { RenderJob } from './render.ts';

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
	rendered: number;
	cached: number;
	failed: { image: PlannedImage; message: string }[];
	ms: number;
}

/**
 * What every image shares: the pipeline's own source (every file in src/images/, so editing a
 * template re-renders what it draws without anyone bumping a number) and the font bytes. Hashed
 * once per process rather than once per image.
 */
let pipelineVersion: string | undefined;
function pipeline(): string {
	if (pipelineVersion) return pipelineVersion;
	const dir = fileURLToPath(new URL('.', import.meta.url));
	const hash = createHash('sha256');
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort()) {
		hash.update(`${file}\0`).update(readFileSync(join(dir, file)));
	}
	for (const bytes of loadFonts().bytes) hash.update(bytes);
	pipelineVersion = hash.digest('hex');
	return pipelineVersion;
}

/**
 * The cache key: every input that changes the pixels (pipeline, data, size, photo bytes). The
 * photo's path is not part of it, so moving a photo costs nothing.
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
		return { tick: () => bar.increment(), stop: () => bar.stop() };
	}
	// Plain lines for CI logs: one every ten seconds, so a long run shows it is alive and a short
	// one prints only its summary.
	let done = 0;
	let last = performance.now();
	return {
		tick: () => {
			done += 1;
			if (done < total && performance.now() - last >= 10_000) {
				last = performance.now();
				log(`    ${title}: ${done}/${total}`);
			}
		},
		stop: () => undefined,
	};
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
	const failed: RunResult['failed'] = [];
	const todo: { image: PlannedImage; file: string }[] = [];
	const ready: { image: PlannedImage; file: string }[] = [];
	let rendered = 0;
	for (const image of images) {
		try {
			const file = `${options.cacheDir}/${imageKey(image.job, photoDigest)}${extname(image.out)}`;
			(options.useCache !== false && existsSync(file) ? ready : todo).push({ image, file });
		} catch (error) {
			failed.push({ image, message: (error as Error).message });
		}
	}
	if (todo.length > 0) {
		const pool = new Piscina({
			filename: new URL('./worker.ts', import.meta.url).href,
			maxThreads: options.workers ?? availableParallelism(),
			minThreads: Math.min(options.workers ?? availableParallelism(), todo.length),
		});
		const bar = progress(todo.length, options.title, log);
		try {
			await Promise.all(
				todo.map(async (item) => {
					try {
						await pool.run({ job: item.image.job, file: item.file });
						ready.push(item);
						rendered += 1;
					} catch (error) {
						failed.push({ image: item.image, message: (error as Error).message });
					} finally {
						bar.tick();
					}
				}),
			);
		} finally {
			bar.stop();
			await pool.destroy();
		}
	}
	for (const { image, file } of ready) {
		mkdirSync(dirname(image.out), { recursive: true });
		copyFileSync(file, image.out);
	}
	return { rendered, cached: ready.length - rendered, failed, ms: performance.now() - started };
}
