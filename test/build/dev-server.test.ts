// `npm run dev` as a seller uses it: a page shows the content, an edit shows on the next load
// without a restart, and a mistake shows the same friendly list as the build, not a stack trace.
import { stripVTControlCharacters } from 'node:util';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build.ts';
import { shopWith } from '../helpers/content-tree.ts';

let dev: ChildProcess;
let url: string;
let log = '';
const root = shopWith({});
const guide = join(root, 'content/guides/en/install-the-font.mdx');
const original = readFileSync(guide, 'utf8');

const page = async (path: string) => {
	const response = await fetch(url + path);
	return { status: response.status, html: await response.text() };
};

/** Loads the page until it shows `text`: the watcher's reload takes its own time on a busy machine. */
async function until(path: string, text: string): Promise<string> {
	for (;;) {
		const { html } = await page(path);
		if (html.includes(text)) return html;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

beforeAll(async () => {
	dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', '0'], {
		cwd: projectRoot,
		// As a seller's terminal has it: vitest's NODE_ENV=test would make Astro serve nothing.
		env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'))), AFTERCARE_CONTENT: relative(projectRoot, join(root, 'content')), ASTRO_TELEMETRY_DISABLED: '1' },
	});
	// Without colours: under CI, Astro colours its output even into a pipe.
	const add = (chunk: Buffer) => (log += stripVTControlCharacters(chunk.toString()));
	dev.stdout!.on('data', add);
	dev.stderr!.on('data', add);
	// Readiness: Astro prints its address once it serves.
	url = await new Promise<string>((resolve, reject) => {
		const seen = () => {
			const found = /Local\s+(http:\/\/localhost:\d+)\//.exec(log);
			if (found) resolve(found[1]!);
		};
		dev.stdout!.on('data', seen);
		dev.on('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${log}`)));
		// A bound, so a server that never comes up fails with what it printed, not a bare timeout.
		setTimeout(() => reject(new Error(`astro dev did not say it was ready in 240 s:\n${log}`)), 240_000).unref();
	});
});
afterAll(() => {
	dev?.kill();
});

describe('npm run dev', () => {
	it('serves an article page from the content', async () => {
		const { status, html } = await page('/guides/install-the-font/');
		expect(status, log).toBe(200);
		expect(html).toContain('<h1');
		expect(html).toContain('Install the font');
	});

	it('shows an edit on the next load, without a restart', async () => {
		writeFileSync(guide, original.replace('title: Install the font', 'title: Install the font on any computer'));
		expect(await until('/guides/install-the-font/', 'Install the font on any computer')).toContain('<h1');
	});

	it('shows a mistake as the friendly list, on the page and in the terminal, and recovers when it is fixed', async () => {
		writeFileSync(guide, original.replace('title: Install the font', 'title: 12'));
		// The page is Astro's error overlay, which the browser fills in over its websocket; the
		// terminal shows the same text. Either way: the list, with its hint, and no stack trace.
		const html = await until('/guides/install-the-font/', 'AstroUserError');
		expect(html).not.toContain(' at ');
		while (!log.includes('the page reloads by itself.')) await new Promise((resolve) => setTimeout(resolve, 100));
		expect(log).toContain('content/guides/en/install-the-font.mdx\n    title: must be text');
		expect(log).toContain('Fix each file at the field or line named and save: the page reloads by itself.');
		expect(log).not.toMatch(/^\s+at /m);
		writeFileSync(guide, original);
		await until('/guides/install-the-font/', 'Install the font</h1>');
	});
});
