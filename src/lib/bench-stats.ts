// The pure part of `npm run bench` (scripts/bench.ts): its arguments, the statistics it reports
// and the verdict on each budget. Kept apart from the script so the tests can hold it to account.
import { parseArgs } from 'node:util';

// ---- arguments ----------------------------------------------------------------------------

/** The full run: what bench/results.json records and the README describes. */
export const FULL_SIZES: readonly number[] = [200, 1000, 3000, 10000];
export const FULL_RUNS = 5;

export const USAGE = [
	'Usage: npm run bench -- [--sizes <list>] [--runs <count>]',
	'',
	`  --sizes <list>   article counts to build, comma-separated positive integers (default ${FULL_SIZES.join(',')})`,
	`  --runs <count>   back-to-back pairs of builds (Aftercare and the floor) per size, a positive integer (default ${FULL_RUNS})`,
	'  --help           print this text',
	'',
	'Both `--sizes 200,1000` and `--sizes=200,1000` work. Any other sizes or runs make a quick run,',
	'whose figures go to bench/.out/results.json instead of the committed bench/results.json.',
].join('\n');

const OPTIONS = {
	sizes: { type: 'string' },
	runs: { type: 'string' },
	help: { type: 'boolean' },
} as const;

/** A mistake in the command line: the script prints it with USAGE and exits 2. */
export class UsageError extends Error {}

export interface BenchOptions {
	/** Ascending, no repeats. */
	sizes: number[];
	runs: number;
	/** The full run (the default sizes and runs), whose figures are committed. */
	full: boolean;
	help: boolean;
}

function positiveInteger(text: string, what: string): number {
	const value = text.trim();
	if (!/^\d+$/.test(value) || Number(value) === 0 || !Number.isSafeInteger(Number(value))) {
		throw new UsageError(`${what} must be a positive integer, not "${text}"`);
	}
	return Number(value);
}

/** Reads the command line (without node and the script), strictly: anything unknown is refused. */
export function parseBenchArgs(args: readonly string[]): BenchOptions {
	let values: { sizes?: string; runs?: string; help?: boolean };
	try {
		({ values } = parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: false }));
	} catch (error) {
		const code = (error as { code?: string }).code;
		const known = Object.keys(OPTIONS).map((name) => `--${name}`).join(', ');
		if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
			const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? 'an option';
			throw new UsageError(`unknown option ${option}; the known options are ${known}`);
		}
		if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
			const argument = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
			throw new UsageError(`unexpected argument "${argument}"; the known options are ${known}`);
		}
		if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
			const option = /'--(\w+)/.exec((error as Error).message)?.[1];
			const example = option === 'sizes' ? '--sizes 200,1000' : option === 'runs' ? '--runs 1' : undefined;
			throw new UsageError(example ? `--${option} needs a value, e.g. ${example}` : (error as Error).message);
		}
		throw error;
	}
	const sizes = values.sizes === undefined ? [...FULL_SIZES] : values.sizes.split(',').map((size) => positiveInteger(size, '--sizes: each size'));
	const repeated = sizes.find((size, i) => sizes.indexOf(size) !== i);
	if (repeated !== undefined) throw new UsageError(`--sizes lists ${repeated} twice`);
	sizes.sort((a, b) => a - b);
	const runs = values.runs === undefined ? FULL_RUNS : positiveInteger(values.runs, '--runs');
	const full = runs === FULL_RUNS && sizes.length === FULL_SIZES.length && sizes.every((size, i) => size === FULL_SIZES[i]);
	return { sizes, runs, full, help: values.help === true };
}

// ---- statistics ---------------------------------------------------------------------------

/** The middle value; for an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
	if (values.length === 0) throw new Error('median of no values');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The median of each pair's own ratio, ours / floor. Both builds of a pair run back to back and
 * meet the same machine load, so each pair's ratio is a fair comparison; the ratio of the two
 * medians is not, as the two medians can come from different pairs (different spells of load).
 */
export function medianOfRatios(pairs: readonly (readonly [ours: number, floor: number])[]): number {
	return median(pairs.map(([ours, floor]) => ours / floor));
}

/** Milliseconds each article added between two sizes, from the build times (seconds) at each. */
export function marginalMsPerArticle(from: { n: number; seconds: number }, to: { n: number; seconds: number }): number {
	return ((to.seconds - from.seconds) * 1000) / (to.n - from.n);
}

// ---- budgets ------------------------------------------------------------------------------

/** What one size of the run measured, as the budgets need it. */
export interface SizeMeasurement {
	/** How many back-to-back pairs were built. */
	pairs: number;
	/** Aftercare's build time over the floor's: the median of the pairs' ratios. */
	timeRatio: number;
	/** Aftercare's build time, median of its runs (s). */
	seconds: number;
	articleJsGzip: number;
	articleHtmlGzip: number;
	firstSearchBytes: number;
}

export type Verdict = 'held' | 'exceeded' | 'not evaluated';

export interface BudgetVerdict {
	budget: string;
	verdict: Verdict;
	/** The figure against the budget, or why it could not be evaluated. */
	detail: string;
}

export const TIME_BUDGET = { n: 3000, maxRatio: 1.25 };
export const MARGINAL_BUDGET = { sizes: [200, 1000, 3000] as const, maxGrowth: 1.1 };
export const ARTICLE_JS_BUDGET = 5 * 1024;
export const ARTICLE_HTML_BUDGET = 10 * 1024;
export const FIRST_SEARCH_BUDGET = 200 * 1024;

const list = (sizes: readonly number[]) => sizes.join(', ');
const pairsText = (count: number) => `${count} pair${count === 1 ? '' : 's'}`;

/** Every budget, each held, exceeded or not evaluated (when the run lacks a size it is defined at). */
export function evaluateBudgets(measured: ReadonlyMap<number, SizeMeasurement>): BudgetVerdict[] {
	const sizes = [...measured.keys()].sort((a, b) => a - b);
	const built = `this run built N = ${list(sizes)}`;
	const verdicts: BudgetVerdict[] = [];

	const timeBudget = `build time at N = ${TIME_BUDGET.n} at most ${TIME_BUDGET.maxRatio}x the floor`;
	const atTime = measured.get(TIME_BUDGET.n);
	if (!atTime) verdicts.push({ budget: timeBudget, verdict: 'not evaluated', detail: `needs N = ${TIME_BUDGET.n}; ${built}` });
	else {
		verdicts.push({
			budget: timeBudget,
			verdict: atTime.timeRatio <= TIME_BUDGET.maxRatio ? 'held' : 'exceeded',
			detail: `${atTime.timeRatio.toFixed(2)}x, the median of ${pairsText(atTime.pairs)}' ratios`,
		});
	}

	const [a, b, c] = MARGINAL_BUDGET.sizes;
	const marginalBudget = `marginal time per article from ${b} to ${c} at most ${MARGINAL_BUDGET.maxGrowth}x that from ${a} to ${b}`;
	const [ma, mb, mc] = MARGINAL_BUDGET.sizes.map((n) => measured.get(n));
	if (!ma || !mb || !mc) {
		verdicts.push({ budget: marginalBudget, verdict: 'not evaluated', detail: `needs N = ${a}, ${b} and ${c}; ${built}` });
	} else {
		const early = marginalMsPerArticle({ n: a, seconds: ma.seconds }, { n: b, seconds: mb.seconds });
		const late = marginalMsPerArticle({ n: b, seconds: mb.seconds }, { n: c, seconds: mc.seconds });
		verdicts.push({
			budget: marginalBudget,
			verdict: late <= early * MARGINAL_BUDGET.maxGrowth ? 'held' : 'exceeded',
			detail: `${late.toFixed(1)} ms against ${early.toFixed(1)} ms: ${(late / early).toFixed(2)}x`,
		});
	}

	// These hold per article and per search, so they are checked at every size the run built.
	const perSize = (budget: string, limit: number, figure: (m: SizeMeasurement) => number, format: (v: number) => string) => {
		if (sizes.length === 0) return verdicts.push({ budget, verdict: 'not evaluated', detail: 'no size was built' });
		const over = sizes.filter((n) => figure(measured.get(n)!) > limit);
		const detail = over.length
			? over.map((n) => `${format(figure(measured.get(n)!))} at N = ${n}`).join(', ')
			: `at most ${format(Math.max(...sizes.map((n) => figure(measured.get(n)!))))} at N = ${list(sizes)}`;
		return verdicts.push({ budget, verdict: over.length ? 'exceeded' : 'held', detail });
	};
	const bytes = (v: number) => `${v} bytes`;
	const kb = (v: number) => `${(v / 1024).toFixed(0)} KB`;
	perSize(`at most ${ARTICLE_JS_BUDGET / 1024} KB of JavaScript (gzip) on an article before search is used`, ARTICLE_JS_BUDGET, (m) => m.articleJsGzip, bytes);
	perSize(`article HTML at most ${ARTICLE_HTML_BUDGET / 1024} KB gzip`, ARTICLE_HTML_BUDGET, (m) => m.articleHtmlGzip, bytes);
	perSize(`a first search fetches at most ${FIRST_SEARCH_BUDGET / 1024} KB`, FIRST_SEARCH_BUDGET, (m) => m.firstSearchBytes, kb);
	return verdicts;
}

/** One line per budget: "held: …", "exceeded: …" or "not evaluated: …". */
export function verdictLine({ budget, verdict, detail }: BudgetVerdict): string {
	return `- ${verdict}: ${budget} (${detail})`;
}

/** The run's last line: it claims only what was checked. */
export function summaryLine(verdicts: readonly BudgetVerdict[], sizes: readonly number[], runs: number): string {
	const count = (verdict: Verdict) => verdicts.filter((v) => v.verdict === verdict).length;
	const [held, exceeded, unchecked] = [count('held'), count('exceeded'), count('not evaluated')];
	const scope = `N = ${list(sizes)}, ${pairsText(runs)} each`;
	const budgets = (n: number) => `${n} budget${n === 1 ? '' : 's'}`;
	if (exceeded > 0) {
		return `Over budget: ${exceeded} of ${budgets(verdicts.length)} exceeded, ${held} held, ${unchecked} not evaluated (${scope}).`;
	}
	if (unchecked > 0) {
		return `${held} of ${budgets(verdicts.length)} held, ${unchecked} not evaluated (${scope}): not a verdict on every budget; the full run, \`npm run bench\`, evaluates them all.`;
	}
	return `All ${budgets(verdicts.length)} held (${scope}).`;
}

/** 1 when a budget was exceeded; a budget not evaluated does not fail a quick run. */
export function exitCode(verdicts: readonly BudgetVerdict[]): number {
	return verdicts.some((v) => v.verdict === 'exceeded') ? 1 : 0;
}

/** What the synthetic articles must exercise, checked on a built article of each site. */
export function missingArticleFeatures(html: string): string[] {
	const missing: string[] = [];
	if (!/<table[\s>]/.test(html)) missing.push('a table');
	// Shiki's output: a <pre class="astro-code …" data-language="…"> whose lines hold tokens that
	// carry their colour, inline (Astro's default theme, the floor) or as a class (a theme that
	// maps colours to classes, as Aftercare's does). Unhighlighted code has bare spans or none.
	const highlighted = /<pre[^>]*class="astro-code[^"]*"[^>]*data-language="(?!plaintext"|text")[^"]+"[^>]*><code><span class="line"><span (?:style="[^"]*color:|class=")/;
	if (!highlighted.test(html)) missing.push('a code block highlighted by Shiki');
	return missing;
}
