import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles } from '../../src/lib/files.ts';

export { listFiles };

export const projectRoot = join(import.meta.dirname, '..', '..');

/**
 * Where the tests build sites, per checkout: outside the project, since a build refuses to
 * replace anything inside test/ (or src/, content/...).
 */
export const testOutput = (name: string) => join(tmpdir(), `aftercare-tests-${createHash('sha256').update(projectRoot).digest('hex').slice(0, 8)}`, name);
/** 2026-11-25 00:00 UTC: a fixed clock, so notices are active or past the same way every run. */
export const FIXED_EPOCH = '1795564800';

export interface BuildResult {
	status: number | null;
	stdout: string;
	stderr: string;
	outDir: string;
}

/**
 * Runs `npm run build` as a seller would, for a shop whose content lives at `contentDir`, into
 * `outDir` (relative to the project, or absolute) with any further arguments.
 */
export function buildShop(contentDir: string, outDir: string, env: Record<string, string> = {}, args: string[] = ['--outDir', outDir, '--images-out', `${outDir}-listing-images`, '--kit-out', `${outDir}-link-kit`]): BuildResult {
	const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: { ...process.env, AFTERCARE_CONTENT: relative(projectRoot, contentDir), SOURCE_DATE_EPOCH: FIXED_EPOCH, ASTRO_TELEMETRY_DISABLED: '1', ...env },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr, outDir: resolve(projectRoot, outDir) };
}

/** The file a static host would serve for a root-relative URL path. */
export function fileForPath(dist: string, path: string): string | undefined {
	const clean = decodeURI(path.split(/[?#]/)[0]!);
	const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html')];
	return candidates.find((file) => existsSync(file));
}

export function readPage(dist: string, path: string): string {
	const file = fileForPath(dist, path);
	if (!file) throw new Error(`no page at ${path} in ${dist}`);
	return readFileSync(file, 'utf8');
}

/** Gzipped bytes of the JavaScript a page loads up front: its inline scripts and the files they name. */
export function scriptBytesGzip(dist: string, html: string): number {
	const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
	const external = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!)));
	return inline || external.length > 0 ? gzipSync(Buffer.concat([Buffer.from(inline), ...external])).length : 0;
}
