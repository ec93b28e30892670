// A worker thread of the image pool: renders one job and writes it to the cache.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import sharp from 'sharp';
import { render, type RenderJob } from './render.ts';

// One libvips thread per worker: the pool already uses every core, and more threads only fight.
sharp.concurrency(1);

export default async function renderToFile({ job, file }: { job: RenderJob; file: string }): Promise<number> {
	const bytes = await render(job);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, bytes);
	return bytes.length;
}
