// A worker thread of the image pool: renders a group of jobs (one after another, so those that
// share work reuse it, see shareKey in render.ts) and writes each into the cache.
import sharp from 'sharp';
import { forgetShared, render, type RenderJob } from './render.ts';
import { writeAtomically } from './cache-files.ts';

// One libvips thread per worker: the pool already uses every core, and more threads only fight.
sharp.concurrency(1);

export interface WorkerTask {
	items: { job: RenderJob; file: string }[];
}

/** Per item, in order: the bytes written, or why the image could not be made. */
export type WorkerResult = ({ ok: true; bytes: number } | { ok: false; message: string })[];

export default async function renderGroup({ items }: WorkerTask): Promise<WorkerResult> {
	const results: WorkerResult = [];
	try {
		for (const { job, file } of items) {
			try {
				const bytes = await render(job);
				writeAtomically(file, bytes);
				results.push({ ok: true, bytes: bytes.length });
			} catch (error) {
				results.push({ ok: false, message: (error as Error).message });
			}
		}
	} finally {
		forgetShared();
	}
	return results;
}
