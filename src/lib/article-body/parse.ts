import type { Root } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { resolvedFeatures } from '../../markdown/features.ts';
import { explainParseError } from './parse-errors.ts';

/** `.mdx` articles are MDX; `.md` notices are plain Markdown. */
export type BodyFormat = 'mdx' | 'md';

/** One thing wrong in an article's body, at an offset of its parsed source. */
export interface BodyProblem {
	offset: number;
	message: string;
	hint: string;
	/** Parse errors name the column as well as the line. */
	column?: boolean;
	/** Said, but does not stop the build (a link to an article's former address). */
	note?: boolean;
}

export interface ParsedBody {
	/**
	 * The text that was parsed: the body after one empty line per line of frontmatter, as Astro
	 * hands it to the compiler (the frontmatter blanked), so every position is the file's own.
	 */
	source: string;
	/** The tree, with any construct the parser stopped at blanked out; undefined if it still fails. */
	tree: Root | undefined;
	problems: BodyProblem[];
}

/** After this many errors in one article the rest is not worth listing yet. */
const MAX_ERRORS = 50;

/** The compiler's message: `12:5: Expected a closing tag for `<br>` (12:5) (mdx-jsx:unexpected-character)`. */
function readError(error: unknown, source: string): { offset: number; reason: string } | undefined {
	const message = error instanceof Error ? error.message : String(error);
	const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/.exec(message);
	if (!match) return undefined;
	const [line, column] = [Number(match[1]), Number(match[2])];
	let offset = 0;
	for (let l = 1; l < line; l++) {
		const next = source.indexOf('\n', offset);
		if (next === -1) return undefined;
		offset = next + 1;
	}
	// Columns count UTF-16 code units, as JavaScript strings do.
	return { offset: Math.min(offset + column - 1, source.length), reason: match[3]!.replace(/ \(\d+:\d+\)/g, '').replace(/ \(note: [^)]*\)/, '') };
}

/** Spaces in place of every character but line breaks, so positions stay the same. */
function blankOut(text: string, ranges: [number, number][]): string {
	let result = text;
	for (const [start, end] of ranges) {
		result = result.slice(0, start) + result.slice(start, end).replace(/[^\r\n]/g, ' ') + result.slice(end);
	}
	return result;
}

/**
 * Parses an article body once, with the parser and features Astro compiles it with. When the
 * parser stops at an error, the construct it stopped at is explained, blanked, and the rest parsed
 * again, so every error in the article is listed at once, each at its line and column.
 */
export function parseBody(body: string, bodyLine: number, format: BodyFormat): ParsedBody {
	const source = '\n'.repeat(bodyLine - 1) + body;
	const parse = format === 'mdx' ? mdxToMdast : markdownToMdast;
	const features = resolvedFeatures();
	const problems: BodyProblem[] = [];
	let text = source;
	for (;;) {
		try {
			return { source, tree: parse(text, { features }) as Root, problems };
		} catch (error) {
			const found = readError(error, text);
			if (!found || problems.length >= MAX_ERRORS) {
				if (!found) {
					problems.push({ offset: 0, column: true, message: `could not be read: ${error instanceof Error ? error.message : String(error)}`, hint: 'write `\\` before a `<` or `{` that is text.' });
				}
				return { source, tree: undefined, problems };
			}
			const { message, hint, blank, at } = explainParseError(text, source, found.offset, found.reason);
			problems.push({ offset: at ?? found.offset, message, hint, column: true });
			const next = blankOut(text, blank);
			// Nothing left to blank at that place: stop rather than report it again.
			if (next === text) return { source, tree: undefined, problems };
			text = next;
		}
	}
}

/** 1-based line and column of an offset. */
export function lineAndColumn(source: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
		line++;
		lineStart = i + 1;
	}
	return { line, column: offset - lineStart + 1 };
}
