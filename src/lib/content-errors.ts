import type { Content } from './content-model.ts';

/**
 * One thing wrong with the seller's content, phrased so they can fix it without reading code:
 * where (file, field or line), what (the bad value), and how to fix it (hint).
 */
export interface ContentProblem {
	/** Path relative to the project, e.g. `content/products/font.yaml`. */
	file: string;
	/** Dotted field path such as `licenses[1]`, or `line 12` for body problems. */
	where?: string;
	message: string;
	hint?: string;
}

/** Thrown when content cannot be built; carries every problem found, not just the first. */
export class ContentError extends Error {
	readonly problems: ContentProblem[];
	/**
	 * What could be read despite the problems, with stand-ins for the fields that failed, so
	 * checks that come later (the text drawn on images) still run in the same pass. Never built.
	 */
	readonly partial: Content | undefined;
	constructor(problems: ContentProblem[], partial?: Content) {
		super(formatProblems(problems));
		this.name = 'ContentError';
		this.problems = problems;
		this.partial = partial;
	}
}

/** The same message in this many files or more is printed once, with the first few files. */
const GROUP_FROM = 4;
const FILES_SHOWN = 3;

/**
 * Groups problems by file, in a stable order, for a terminal. The same problem (message and
 * hint) in many files, such as one misspelt id copied into 500 articles, is one entry with a
 * count and the first few files.
 */
export function formatProblems(problems: ContentProblem[]): string {
	const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file));
	const sameProblem = new Map<string, ContentProblem[]>();
	for (const problem of sorted) {
		const key = `${problem.message}\0${problem.hint ?? ''}`;
		sameProblem.set(key, [...(sameProblem.get(key) ?? []), problem]);
	}
	const grouped = [...sameProblem.values()].filter((group) => new Set(group.map((p) => p.file)).size >= GROUP_FROM);
	const inGroup = new Set(grouped.flat());
	const byFile = new Map<string, ContentProblem[]>();
	for (const problem of sorted) {
		if (!inGroup.has(problem)) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
	}
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	const lines = [`Aftercare found ${count} in your content. Nothing was built and no file was changed.`];
	for (const [file, fileProblems] of byFile) {
		lines.push('', `  ${file}`);
		for (const { where, message, hint } of fileProblems) {
			lines.push(`    ${where ? `${where}: ` : ''}${message}`);
			if (hint) lines.push(`      Hint: ${hint}`);
		}
	}
	for (const group of grouped) {
		const wheres = new Map<string, string[]>();
		for (const { file, where } of group) wheres.set(file, [...(wheres.get(file) ?? []), ...(where ? [where] : [])]);
		const { message, hint } = group[0]!;
		lines.push('', `  The same problem in ${wheres.size} files:`);
		for (const [file, at] of [...wheres].slice(0, FILES_SHOWN)) lines.push(`    ${file}${at.length > 0 ? ` (${at.join(', ')})` : ''}`);
		const rest = wheres.size - FILES_SHOWN;
		if (rest > 0) lines.push(`    and ${rest} more ${rest === 1 ? 'file' : 'files'}`);
		lines.push(`      ${message}`);
		if (hint) lines.push(`      Hint: ${hint}`);
	}
	return lines.join('\n');
}

/** Quotes a value the way it was written, short enough for one line. */
export function show(value: unknown): string {
	const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** "a, b or c" for hints that list the valid choices. */
export function listChoices(choices: Iterable<string>): string {
	const all = [...choices].map((choice) => `\`${choice}\``);
	if (all.length === 0) return '(none defined yet)';
	return all.length === 1 ? all[0]! : `${all.slice(0, -1).join(', ')} or ${all.at(-1)}`;
}

/** The most choices a hint names: a list of 123 slugs buries the one that was meant. */
const NEAREST = 3;

/**
 * The choices nearest to what was written, for "did you mean" hints: all of them when there are
 * three or fewer, otherwise the three closest in spelling, saying how many there are in all.
 */
export function nearestChoices(written: string, choices: Iterable<string>): string {
	const all = [...new Set(choices)];
	if (all.length <= NEAREST) return listChoices(all);
	const near = all
		.map((choice, index) => ({ choice, index, distance: choice.toLowerCase() === written.toLowerCase() ? 0 : editDistance(written.toLowerCase(), choice.toLowerCase()) }))
		.sort((a, b) => a.distance - b.distance || a.index - b.index)
		.slice(0, NEAREST)
		.map((c) => c.choice);
	return `${listChoices(near)} (the closest of ${all.length})`;
}

/** Levenshtein distance: how many letters to add, remove or change to turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length]!;
}
