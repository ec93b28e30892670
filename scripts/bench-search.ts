// `npm run bench:search`: how well the built help centre's search answers buyers' questions.
// Runs bench/search-questions.yaml in Chromium against a built site (default dist/): each
// question through the search page as a buyer types it, and in the same run through plain
// Pagefind (no query understanding) as the baseline. Prints top-1 and top-3 hit rates per
// language, the median time to the first result (also on a throttled phone profile) and the
// bytes a first search fetches, and fails when a budget is exceeded.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { UsageError } from '../src/lib/cli.ts';
import { readCommandLine } from './command-line.ts';
import { median } from '../src/lib/bench-stats.ts';
import { launchBrowser, serveStatic } from '../test/helpers/browser.ts';

const USAGE = `Usage: npm run bench:search -- [--site <dir>] [--questions <file>]

Options:
  --site <dir>         the built site to search (default dist; run npm run build first)
  --questions <file>   the suite (default bench/search-questions.yaml)
  --json <file>        also write the figures there, for a test to read
  --help               show this
`;
/** Top-3 hit rate the search page must reach, and its lead over plain Pagefind, in points. */
const TOP3_BUDGET = 0.9;
const LEAD_BUDGET = 0.25;

interface Question {
	q: string;
	kind: string;
	accept: string[];
}
interface Answer {
	locale: string;
	question: Question;
	ours: string[];
	plain: string[];
}

const options = readCommandLine(
	{
		site: { type: 'string', default: 'dist' },
		questions: { type: 'string', default: 'bench/search-questions.yaml' },
		json: { type: 'string' },
	},
	USAGE,
	{
		check: ({ site }) => {
			if (!existsSync(join(site, 'pagefind'))) throw new UsageError(`${site}/ holds no built site with a search index. Run \`npm run build\` first, or name the folder with --site.`);
		},
	},
).values;

const suite = parse(readFileSync(options.questions, 'utf8')) as Record<string, Question[]>;
const prefix = (locale: string) => (locale === Object.keys(suite)[0] ? '' : `/${locale}`);
const path = (href: string) => new URL(href, 'http://x').pathname;

/** The result addresses the search page lists for a question, once it says they are shown. */
async function searchPage(page: Page, base: string, locale: string, q: string): Promise<string[]> {
	await page.goto(`${base}${prefix(locale)}/search/?q=${encodeURIComponent(q)}`);
	await page.locator('#search[data-results-for]').waitFor({ state: 'attached' });
	return page.locator('[data-search-results] li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

/** The same question straight through Pagefind's API on the same page: the baseline. */
async function plainPagefind(page: Page, q: string): Promise<string[]> {
	return page.evaluate(async (term) => {
		const bundle = '/pagefind/pagefind.js';
		const pagefind = await import(/* @vite-ignore */ bundle);
		await pagefind.init();
		const search = await pagefind.search(term);
		return Promise.all(search.results.slice(0, 5).map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
	}, q);
}

/** Time until the page shows its answer (results, or none), in a fresh browser context each time (nothing cached). */
async function firstResult(browser: Browser, base: string, locale: string, q: string, phone: boolean): Promise<{ ms: number; bytes: number }> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	if (phone) {
		// A mid-range phone on a slow mobile connection: Chrome's "Slow 4G" and a 4x slower CPU.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	}
	const bodies: Promise<number>[] = [];
	page.on('response', (response) => {
		if (!response.url().includes('/pagefind/')) return;
		// As a static host sends them: the index files are gzipped already, the scripts in transit.
		const text = /\.(js|json|css)(\?|$)/.test(response.url());
		bodies.push(response.body().then((body) => (text ? gzipSync(body).length : body.length)).catch(() => 0));
	});
	const started = performance.now();
	await page.goto(`${base}${prefix(locale)}/search/?q=${encodeURIComponent(q)}`);
	await page.locator('#search[data-results-for]').waitFor({ state: 'attached', timeout: 60_000 });
	const ms = performance.now() - started;
	const bytes = (await Promise.all(bodies)).reduce((sum, n) => sum + n, 0);
	await context.close();
	return { ms, bytes };
}

const server = await serveStatic(options.site);
const browser = await launchBrowser();
const answers: Answer[] = [];
const timings = { desktop: [] as number[], phone: [] as number[], bytes: [] as number[] };
try {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	for (const [locale, questions] of Object.entries(suite)) {
		for (const question of questions) {
			const ours = (await searchPage(page, server.url, locale, question.q)).map(path);
			const plain = (await plainPagefind(page, question.q)).map(path);
			answers.push({ locale, question, ours, plain });
		}
	}
	await page.close();
	// Timed on the first three questions of each language, each in a cold browser context.
	for (const [locale, questions] of Object.entries(suite)) {
		for (const question of questions.slice(0, 3)) {
			const desktop = await firstResult(browser, server.url, locale, question.q, false);
			timings.desktop.push(desktop.ms);
			timings.bytes.push(desktop.bytes);
			timings.phone.push((await firstResult(browser, server.url, locale, question.q, true)).ms);
		}
	}
} finally {
	await browser.close();
	await server.close();
}

const hit = (results: string[], accept: string[], n: number) => results.slice(0, n).some((r) => accept.includes(r));
const rate = (list: Answer[], which: 'ours' | 'plain', n: number) => list.filter((a) => hit(a[which], a.question.accept, n)).length / list.length;
const pct = (value: number) => `${Math.round(value * 100)} %`;

console.log(`\nSearch relevance: ${answers.length} questions from ${options.questions}, against ${options.site}/\n`);
console.log('| language | questions | top-1 | top-3 | plain Pagefind top-1 | plain Pagefind top-3 |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const locale of [...Object.keys(suite), 'all']) {
	const list = locale === 'all' ? answers : answers.filter((a) => a.locale === locale);
	console.log(`| ${locale} | ${list.length} | ${pct(rate(list, 'ours', 1))} | ${pct(rate(list, 'ours', 3))} | ${pct(rate(list, 'plain', 1))} | ${pct(rate(list, 'plain', 3))} |`);
}
const missed = answers.filter((a) => !hit(a.ours, a.question.accept, 3));
if (missed.length > 0) {
	console.log('\nNot answered in the top three:');
	for (const a of missed) console.log(`  ${a.locale} "${a.question.q}" (${a.question.kind}): got ${a.ours.slice(0, 3).join(', ') || 'nothing'}`);
}
const ms = (values: number[]) => (values.length > 0 ? `${Math.round(median(values))} ms` : 'not measured');
console.log(`\nTime to the first result, median of ${timings.desktop.length} cold page loads: ${ms(timings.desktop)}; on a throttled phone (Slow 4G, 4x CPU): ${ms(timings.phone)}.`);
console.log(`Bytes a first search fetches, median: ${timings.bytes.length > 0 ? `${Math.round(median(timings.bytes) / 1024)} KB` : 'not measured'}.`);

const top3 = rate(answers, 'ours', 3);
const lead = top3 - rate(answers, 'plain', 3);
const verdicts = [
	`top-3 at least ${pct(TOP3_BUDGET)}: ${pct(top3)}, ${top3 >= TOP3_BUDGET ? 'held' : 'exceeded'}`,
	`at least ${Math.round(LEAD_BUDGET * 100)} points above plain Pagefind: ${Math.round(lead * 100)} points, ${lead >= LEAD_BUDGET ? 'held' : 'exceeded'}`,
];
console.log(`\nBudgets:\n${verdicts.map((v) => `  ${v}`).join('\n')}`);
if (options.json) {
	const perLanguage = Object.fromEntries(Object.keys(suite).map((locale) => {
		const list = answers.filter((a) => a.locale === locale);
		return [locale, { top1: rate(list, 'ours', 1), top3: rate(list, 'ours', 3), plainTop1: rate(list, 'plain', 1), plainTop3: rate(list, 'plain', 3) }];
	}));
	writeFileSync(options.json, `${JSON.stringify({ questions: answers.length, top1: rate(answers, 'ours', 1), top3, plainTop3: rate(answers, 'plain', 3), lead, perLanguage, missed: missed.map((a) => `${a.locale} ${a.question.q}`), firstResultMs: median(timings.desktop), phoneFirstResultMs: median(timings.phone), firstSearchBytes: median(timings.bytes) }, null, '\t')}\n`);
}
process.exitCode = top3 >= TOP3_BUDGET && lead >= LEAD_BUDGET ? 0 : 1;
