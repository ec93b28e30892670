import { describe, expect, it } from 'vitest';
import {
	evaluateBudgets, exitCode, FULL_RUNS, FULL_SIZES, marginalMsPerArticle, median, medianOfRatios, missingArticleFeatures,
	parseBenchArgs, summaryLine, UsageError, verdictLine, type SizeMeasurement,
} from '../../src/lib/bench-stats.ts';

describe('the benchmark statistics', () => {
	it('takes the median of the pairs\' ratios, not the ratio of the medians', () => {
		const ratios = [1.18, 1.19, 1.0, 1.2, 1.35];
		expect(medianOfRatios(ratios.map((ratio) => [ratio * 20, 20]))).toBeCloseTo(1.19, 10);
		// Medians from different pairs: Aftercare's median is 26 s and the floor's 20 s (1.30x), but
		// no pair was slower than 1.10x: each pair met its own spell of machine load.
		const pairs: [number, number][] = [[22, 20], [26, 24], [33, 30], [11, 10], [27, 25]];
		expect(median(pairs.map(([ours]) => ours)) / median(pairs.map(([, floor]) => floor))).toBeCloseTo(26 / 24, 10);
		expect(medianOfRatios(pairs)).toBeCloseTo(1.1, 10);
	});

	it('takes the mean of the two middle values of an even count, and refuses no values', () => {
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([7])).toBe(7);
		expect(() => median([])).toThrow();
	});

	it('measures the time each article adds between two sizes', () => {
		expect(marginalMsPerArticle({ n: 200, seconds: 3.5 }, { n: 1000, seconds: 9.5 })).toBeCloseTo(7.5, 10);
	});
});

describe('the benchmark\'s command line', () => {
	it('defaults to the full run, N = 10000 included, with five pairs', () => {
		expect(parseBenchArgs([])).toEqual({ sizes: [200, 1000, 3000, 10000], runs: 5, full: true, help: false });
		expect(FULL_SIZES).toContain(10000);
		expect(FULL_RUNS).toBe(5);
	});

	it('reads --sizes with a space or an equals sign, and --runs', () => {
		expect(parseBenchArgs(['--sizes=200,1000']).sizes).toEqual([200, 1000]);
		expect(parseBenchArgs(['--sizes', '200,1000']).sizes).toEqual([200, 1000]);
		expect(parseBenchArgs(['--sizes', '1000,200', '--runs', '1'])).toEqual({ sizes: [200, 1000], runs: 1, full: false, help: false });
		expect(parseBenchArgs(['--runs=3']).full).toBe(false);
		expect(parseBenchArgs(['--sizes', '200,1000,3000,10000', '--runs', '5']).full).toBe(true);
	});

	it('refuses an unknown flag, naming the known ones', () => {
		expect(() => parseBenchArgs(['--size', '200'])).toThrow(UsageError);
		expect(() => parseBenchArgs(['--size', '200'])).toThrow('unknown option --size; the known options are --sizes, --runs, --help');
		expect(() => parseBenchArgs(['200'])).toThrow(UsageError);
	});

	it.each([
		[['--sizes', '0']], [['--sizes', '-200']], [['--sizes=-200']], [['--sizes', '200,,1000']], [['--sizes', '2e3']], [['--sizes', '1.5']],
		[['--sizes', 'abc']], [['--sizes', '200,200']], [['--sizes']], [['--runs', '0']], [['--runs', 'two']], [['--runs']], [['--sizes', '--runs', '1']],
	])('refuses %j', (args) => {
		expect(() => parseBenchArgs(args)).toThrow(UsageError);
	});
});

const measurement = (overrides: Partial<SizeMeasurement> = {}): SizeMeasurement => ({
	pairs: 5, timeRatio: 1.1, seconds: 10, articleJsGzip: 371, articleHtmlGzip: 3000, firstSearchBytes: 150 * 1024, ...overrides,
});
const fullRun = (overrides: Partial<Record<number, Partial<SizeMeasurement>>> = {}) => new Map<number, SizeMeasurement>([
	[200, measurement({ seconds: 3.5, ...overrides[200] })],
	[1000, measurement({ seconds: 9.5, ...overrides[1000] })],
	[3000, measurement({ seconds: 24.3, ...overrides[3000] })],
	[10000, measurement({ seconds: 80, ...overrides[10000] })],
]);

describe('the benchmark\'s budgets', () => {
	it('does not evaluate the N = 3000 budgets in a run without 3000, and does not claim all were met', () => {
		const verdicts = evaluateBudgets(new Map([[200, measurement({ seconds: 3.5 })], [1000, measurement({ seconds: 9.7 })]]));
		const lines = verdicts.map(verdictLine);
		expect(lines[0]).toBe('- not evaluated: build time at N = 3000 at most 1.25x the floor (needs N = 3000; this run built N = 200, 1000)');
		expect(lines[1]).toMatch(/^- not evaluated: marginal time per article from 1000 to 3000/);
		expect(verdicts.slice(2).map((v) => v.verdict)).toEqual(['held', 'held', 'held']);
		const last = summaryLine(verdicts, [200, 1000], 1);
		expect(last).toMatch(/^3 of 5 budgets held, 2 not evaluated \(N = 200, 1000, 1 pair each\)/);
		expect(last).not.toMatch(/^all/i);
		expect(last).not.toMatch(/met/);
		expect(exitCode(verdicts)).toBe(0);
	});

	it('keeps the time budget at N = 3000 when 10000 is built too', () => {
		// Over budget at 10000 only: the budget is defined at 3000, where it held.
		const verdicts = evaluateBudgets(fullRun({ 3000: { timeRatio: 1.2 }, 10000: { timeRatio: 1.5 } }));
		expect(verdicts[0]).toEqual({ budget: 'build time at N = 3000 at most 1.25x the floor', verdict: 'held', detail: '1.20x, the median of 5 pairs\' ratios' });
		expect(evaluateBudgets(fullRun({ 3000: { timeRatio: 1.3 } }))[0]!.verdict).toBe('exceeded');
		expect(evaluateBudgets(new Map([[10000, measurement({ timeRatio: 1.1 })]]))[0]!.verdict).toBe('not evaluated');
	});

	it('keeps the marginal budget on 200 → 1000 → 3000, whatever else is built', () => {
		// 7.5 ms per article from 200 to 1000, 7.4 from 1000 to 3000; 3000 → 10000 is not the budget's.
		const held = evaluateBudgets(fullRun({ 10000: { seconds: 200 } }))[1]!;
		expect(held.verdict).toBe('held');
		expect(held.detail).toBe('7.4 ms against 7.5 ms: 0.99x');
		expect(evaluateBudgets(fullRun({ 3000: { seconds: 28 } }))[1]!.verdict).toBe('exceeded');
		expect(evaluateBudgets(new Map([[1000, measurement()], [3000, measurement()], [10000, measurement()]]))[1]!.verdict).toBe('not evaluated');
	});

	it('checks the article and search budgets at every size built, and names the size over budget', () => {
		const verdicts = evaluateBudgets(fullRun({ 10000: { firstSearchBytes: 230 * 1024 } }));
		expect(verdicts[4]).toEqual({ budget: 'a first search fetches at most 200 KB', verdict: 'exceeded', detail: '230 KB at N = 10000' });
		expect(verdicts[2]).toEqual({ budget: 'at most 5 KB of JavaScript (gzip) on an article before search is used', verdict: 'held', detail: 'at most 371 bytes at N = 200, 1000, 3000, 10000' });
		expect(evaluateBudgets(fullRun({ 200: { articleHtmlGzip: 11 * 1024 } }))[3]!.verdict).toBe('exceeded');
		expect(summaryLine(verdicts, FULL_SIZES, 5)).toBe('Over budget: 1 of 5 budgets exceeded, 4 held, 0 not evaluated (N = 200, 1000, 3000, 10000, 5 pairs each).');
		expect(exitCode(verdicts)).toBe(1);
	});

	it('says all budgets held only when every one was evaluated and held', () => {
		const verdicts = evaluateBudgets(fullRun());
		expect(verdicts.map((v) => v.verdict)).toEqual(['held', 'held', 'held', 'held', 'held']);
		expect(summaryLine(verdicts, FULL_SIZES, 5)).toBe('All 5 budgets held (N = 200, 1000, 3000, 10000, 5 pairs each).');
		expect(exitCode(verdicts)).toBe(0);
	});
});

describe('the synthetic articles', () => {
	const shiki = '<pre class="astro-code github-dark" style="background-color:#24292e" tabindex="0" data-language="sh"><code><span class="line"><span style="color:#6A737D"># Open it.</span></span></code></pre>';
	it('must reach the page with a table and a block Shiki highlighted', () => {
		expect(missingArticleFeatures(`<main><table><tr><td>a</td></tr></table>${shiki}</main>`)).toEqual([]);
		expect(missingArticleFeatures(`<main>${shiki}</main>`)).toEqual(['a table']);
		expect(missingArticleFeatures('<main><table></table><pre><code>unzip a.zip</code></pre></main>')).toEqual(['a code block highlighted by Shiki']);
		expect(missingArticleFeatures('<table></table><pre class="astro-code" data-language="plaintext"><code><span class="line"><span style="color:#e1e4e8">unzip a.zip</span></span></code></pre>')).toEqual(['a code block highlighted by Shiki']);
	});
	it('accepts a theme that gives tokens classes instead of inline colours', () => {
		const classes = '<pre class="astro-code" tabindex="0" data-language="sh"><code><span class="line"><span class="t-comment"># Open it.</span></span></code></pre>';
		expect(missingArticleFeatures(`<table></table>${classes}`)).toEqual([]);
	});
});
