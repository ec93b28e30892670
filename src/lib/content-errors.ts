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
	constructor(problems: ContentProblem[]) {
		super(formatProblems(problems));
		this.name = 'ContentError';
		this.problems = problems;
	}
}

/** Groups problems by file, in a stable order, for a terminal. */
export function formatProblems(problems: ContentProblem[]): string {
	const byFile = new Map<string, ContentProblem[]>();
	for (const problem of [...problems].sort((a, b) => a.file.localeCompare(b.file))) {
		byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
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
