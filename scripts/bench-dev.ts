// `npm run bench:dev`: how fast `npm run dev` serves a page of a big shop. Writes a shop of N
// articles (default 1000) under bench/.out/dev-shop/, starts `astro dev` on it, and times pages
// as a seller previewing them meets them: each article's first view (its MDX compiled on the
// way) and a second view. The budget is 300 ms for a first view, median, once the server is up.
import { stripVTControlCharacters } from 'node:util';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../src/lib/cli.ts';
import { readCommandLine } from './command-line.ts';
import { median } from '../src/lib/bench-stats.ts';

const USAGE = `Usage: npm run bench:dev -- [--articles <n>] [--pages <n>]

Options:
  --articles <n>   articles in the synthetic shop (default 1000)
  --pages <n>      articles to time (default 20)
  --help           show this
`;
const BUDGET_MS = 300;

const options = readCommandLine({ articles: { type: 'string', default: '1000' }, pages: { type: 'string', default: '20' } }, USAGE, {
	check: (values) => {
		for (const name of ['articles', 'pages'] as const) {
			if (!/^[1-9]\d*$/.test(values[name])) throw new UsageError(`--${name} takes a whole number above 0; it was "${values[name]}".`);
		}
	},
}).values;
const articles = Number(options.articles);
const pages = Math.min(Number(options.pages), articles);

// The fixture shop, with its one English guide copied into `articles` guides.
const root = process.cwd();
const shop = join(root, 'bench', '.out', 'dev-shop', 'content');
rmSync(join(shop, '..'), { recursive: true, force: true });
cpSync(join(root, 'test/fixtures/basic/content'), shop, { recursive: true });
const template = readFileSync(join(shop, 'guides/en/install-the-font.mdx'), 'utf8');
mkdirSync(join(shop, 'guides/en'), { recursive: true });
const slug = (i: number) => `guide-${String(i).padStart(4, '0')}`;
for (let i = 0; i < articles; i++) {
	// Without the original's old addresses, which one article only may keep.
	const copy = template.replace('title: Install the font', `title: Install the font, part ${i}`).replace(/^formerSlugs:.*\n/m, '');
	writeFileSync(join(shop, 'guides/en', `${slug(i)}.mdx`), copy);
}

const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV'));
const dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', '0'], { env: { ...env, AFTERCARE_CONTENT: shop, ASTRO_TELEMETRY_DISABLED: '1' } });
let log = '';
const started = performance.now();
const url = await new Promise<string>((resolve, reject) => {
	const listen = (chunk: Buffer) => {
		// Without colours: under CI, Astro colours its output even into a pipe.
		log += stripVTControlCharacters(chunk.toString());
		const found = /Local\s+(http:\/\/localhost:\d+)\//.exec(log);
		if (found) resolve(found[1]!);
	};
	dev.stdout.on('data', listen);
	dev.stderr.on('data', listen);
	dev.on('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${log}`)));
});
const readyMs = performance.now() - started;

async function timed(path: string, expected = '<h1'): Promise<number> {
	const start = performance.now();
	const response = await fetch(url + path);
	const html = await response.text();
	if (!response.ok || !html.includes(expected)) throw new Error(`${path} answered ${response.status}:\n${html.slice(0, 500)}\n${log}`);
	return performance.now() - start;
}

try {
	// The first request of all warms Vite's module graph (the layout, the components): timed apart.
	const warmUpMs = await timed('/');
	const first: number[] = [];
	const again: number[] = [];
	for (let i = 0; i < pages; i++) first.push(await timed(`/guides/${slug(Math.floor((i * articles) / pages))}/`, 'Install the font, part'));
	for (let i = 0; i < pages; i++) again.push(await timed(`/guides/${slug(Math.floor((i * articles) / pages))}/`, 'Install the font, part'));
	const ms = (value: number) => `${Math.round(value)} ms`;
	console.log(`\nnpm run dev on a shop of ${articles} articles (${process.platform}, Node ${process.version})\n`);
	console.log('| step | time |');
	console.log('| --- | ---: |');
	console.log(`| server ready | ${ms(readyMs)} |`);
	console.log(`| first page (warms up Vite) | ${ms(warmUpMs)} |`);
	console.log(`| an article's first view, median of ${pages} | ${ms(median(first))} (slowest ${ms(Math.max(...first))}) |`);
	console.log(`| the same article again, median | ${ms(median(again))} |`);
	const held = median(first) <= BUDGET_MS;
	console.log(`\nBudget: an article's first view at most ${BUDGET_MS} ms (median): ${held ? 'held' : 'exceeded'}.`);
	process.exitCode = held ? 0 : 1;
} finally {
	dev.kill();
}
