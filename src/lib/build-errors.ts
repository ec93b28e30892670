import { relative, resolve } from 'node:path';
import { within } from './files.ts';

interface LocatedError {
	message?: unknown;
	hint?: unknown;
	id?: unknown;
	loc?: { file?: string; line?: number; column?: number };
}

/**
 * What a seller reads when Astro itself fails after the content check passed: which file and
 * line, what went wrong and what to try, instead of a bundler's stack trace. Returns whether the
 * error names a place (`located`); one that does not is likely Aftercare's fault, and the
 * caller should show its stack too.
 */
export function describeBuildError(error: unknown, root: string, content: string): { text: string; located: boolean } {
	// Rolldown gathers several plugin errors under `errors`.
	const errors = ((error as { errors?: unknown[] }).errors ?? [error]) as LocatedError[];
	let located = false;
	const parts = errors.map((e) => {
		const message = String(e.message ?? e)
			.split('\n')[0]!
			.replace(/^\d+:\d+: /, '');
		// Vite ids may carry a query (`x.mdx?astroContent`); only a file of the seller's counts.
		const candidate = (e.loc?.file ?? (typeof e.id === 'string' ? e.id : '')).replace(/\?.*$/, '');
		const file = candidate && within(resolve(root, candidate), resolve(root, content)) ? candidate : undefined;
		if (file) located = true;
		const where = file ? `${relative(root, resolve(root, file))}${e.loc?.line ? `, line ${e.loc.line}` : ''}` : 'while rendering the pages';
		const hint = /\.mdx?$/.test(file ?? '')
			? 'the article body is read as MDX: write `\\<` and `\\{` for those characters, and links as [text](url).'
			: typeof e.hint === 'string'
				? e.hint
				: 'if it names a file under content/, fix that file; otherwise please report it with the details below.';
		return `  ${where}\n    ${message}\n      Hint: ${hint}`;
	});
	return { text: `The build stopped. Your previous site, if any, was left as it was.\n\n${parts.join('\n')}`, located };
}
