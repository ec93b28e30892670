import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles } from '../../src/lib/files.ts';

export { listFiles };

export const projectRoot = join(import.meta.dirname, '..', '..');
/** 2026-11-25 00:00 UTC: a fixed clock, so notices are active or past the same way every run. */
export const FIXED_EPOCH = '1795564800';

export interface BuildResult {
	status: number | null;
	stdout: string;
	stderr: string;
	outDir: string;
}

/** Runs `npm run build` as a seller would, for a shop whose content lives at `contentDir`. */
export function buildShop(contentDir: string, outDir: string, env: Record<string, string> = {}): BuildResult {
	const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir, '--images-out', `${outDir}-listing-images`], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: { ...process.env, AFTERCARE_CONTENT: relative(projectRoot, contentDir), SOURCE_DATE_EPOCH: FIXED_EPOCH, ASTRO_TELEMETRY_DISABLED: '1', ...env },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr, outDir: join(projectRoot, outDir) };
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

/**
 * The example shop in content/, built once per test run into test/.output/example and shared by
 * every suite that needs it (test files run in separate workers of one vitest process).
 */
export function ensureExampleBuild(): string {
	const outDir = join(projectRoot, 'test/.output/example');
	const marker = join(outDir, '.built-for-run');
	const run = String(process.ppid);
	if (existsSync(marker) && readFileSync(marker, 'utf8') === run) return outDir;
	const build = buildShop(join(projectRoot, 'content'), 'test/.output/example');
	if (build.status !== 0) throw new Error(`example shop build failed:\n${build.stdout}\n${build.stderr}`);
	writeFileSync(marker, run);
	return outDir;
}

/** Gzipped bytes of the JavaScript a page loads up front: its inline scripts and the files they name. */
export function scriptBytesGzip(dist: string, html: string): number {
	const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
	const external = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!)));
	return inline || external.length > 0 ? gzipSync(Buffer.concat([Buffer.from(inline), ...external])).length : 0;
}
