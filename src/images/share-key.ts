// Kept apart from render.ts, which loads satori and the templates: the main thread groups jobs
// by this key without loading them.
import type { RenderJob } from './render.ts';

/**
 * Jobs that share costly work: a licence card's body (every permission row, the same for each
 * product offering the licence, per language and size) and a mockup's resized photo (the same
 * for each language). The run groups jobs by it and hands each group to one worker.
 */
export function shareKey(job: RenderJob): string | undefined {
	const { width, height } = job.size;
	if (job.kind === 'license-card') return JSON.stringify(['body', job.data.rows, job.data.upgrade, job.data.footer, width, height]);
	if (job.kind === 'mockup') return JSON.stringify(['photo', job.photo, width, height]);
	return undefined;
}
