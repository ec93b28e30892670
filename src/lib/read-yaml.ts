import * as jsYaml from 'js-yaml';
import { CORE_SCHEMA, load, Type } from 'js-yaml';
import { isCollection, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Pair, type Scalar, type YAMLError } from 'yaml';
import { WrittenDate } from '../schemas/common.ts';

// Astro reads frontmatter with js-yaml's default schema, which makes an unquoted 2026-11-20 a
// Date wherever it stands, text fields included. Ours keeps such a date as its text, marked, so
// dates are checked as written (src/schemas/common.ts) and a date where text belongs is named
// before Astro trips over it. Merge keys (`<<: *base`) work as in the default schema.
// js-yaml exports its built-in types; its type definitions do not declare them.
const { types } = jsYaml as unknown as { types: Record<'timestamp' | 'merge', Type & { resolve(data: string): boolean }> };
const writtenDate = new Type('tag:yaml.org,2002:timestamp', {
	kind: 'scalar',
	resolve: (data: string) => types.timestamp.resolve(data),
	construct: (data: string) => new WrittenDate(data),
	instanceOf: WrittenDate,
});
const FRONTMATTER_SCHEMA = CORE_SCHEMA.extend({ implicit: [writtenDate, types.merge] });
// Data files are read by Aftercare alone and hold no dates: an unquoted 2026-11-20 there is text.
const DATA_SCHEMA = CORE_SCHEMA.extend({ implicit: [types.merge] });

/** A YAML file (`data`, read by Aftercare alone) or an article's frontmatter (read by Astro too). */
export type YamlKind = 'data' | 'frontmatter';

/** Something wrong with the YAML itself, at a line of the file (1-based). */
export interface YamlProblem {
	line?: number;
	message: string;
	hint: string;
}

/**
 * Spaces that look like spaces but are not to YAML: pasted from a word processor or a web page,
 * they turn `  hours:` into a field named "  hours". In text they are fine (French puts one
 * before a colon), so only field names are checked for them.
 */
const LOOKALIKE_SPACES = new Map([
	['\u00a0', 'a non-breaking space (U+00A0)'],
	['\u202f', 'a narrow non-breaking space (U+202F)'],
	['\u2007', 'a figure space (U+2007)'],
	['\u200b', 'a zero-width space (U+200B)'],
	['\u3000', 'an ideographic space (U+3000)'],
	['\ufeff', 'a byte-order mark (U+FEFF)'],
]);

/**
 * Reads YAML into data, or explains in plain words, at the right line, why it cannot. js-yaml
 * reads first: it is what Astro reads frontmatter with, and several times faster. The `yaml`
 * package's syntax tree and positions explain a text js-yaml rejects, and find look-alike spaces
 * in field names, which both would accept. `offset` is how many lines of the file come before
 * the text (the frontmatter's opening `---`), so that every line named is a line of the file.
 */
export function readYaml(source: string, kind: YamlKind, offset = 0): { data: unknown; problems: YamlProblem[] } {
	let data: unknown;
	let failure: jsYaml.YAMLException | undefined;
	try {
		data = load(source, { schema: kind === 'data' ? DATA_SCHEMA : FRONTMATTER_SCHEMA }) ?? null;
	} catch (error) {
		if (!(error instanceof jsYaml.YAMLException)) throw error;
		failure = error;
	}
	if (!failure && source.includes('#')) {
		const cut = valuesCutByHash(source, offset);
		if (cut.length > 0) return { data: undefined, problems: cut };
	}
	if (!failure && source.includes('{') && source.includes(',')) {
		const split = textsSplitByComma(source, offset);
		if (split.length > 0) return { data: undefined, problems: split };
	}
	if (!failure && ![...LOOKALIKE_SPACES.keys()].some((space) => source.includes(space))) return { data, problems: [] };

	const lines = new LineCounter();
	const doc = parseDocument(source, { lineCounter: lines, keepSourceTokens: true });
	const explain = new Explainer(source, doc, lines, offset);
	// A mistake can upset the parser twice at one place: the first error there explains it.
	const errors = doc.errors.filter((error, i) => doc.errors.findIndex((other) => other.pos[0] === error.pos[0]) === i);
	const spaces = explain.lookalikeSpaces();
	// A look-alike space upsets the lines after it too: what the parser says there follows from it.
	const upset = new Set(spaces.flatMap(({ line }) => (line === undefined ? [] : [line, line + 1])));
	const problems = [...spaces, ...errors.map((error) => explain.error(error)).filter(({ line }) => line === undefined || !upset.has(line))];
	if (problems.length === 0 && failure === undefined) return { data, problems: [] };
	if (problems.length === 0) {
		try {
			data = doc.toJS();
		} catch {
			problems.push(...explain.unresolvedAliases());
		}
	}
	// Astro reads frontmatter with js-yaml: what js-yaml refuses there stops the build anyway.
	if (problems.length === 0 && failure && kind === 'frontmatter') {
		problems.push({ line: failure.mark.line + 1 + offset, message: `is not valid YAML: ${failure.reason}.`, hint: GENERAL_HINT });
	}
	if (problems.length === 0) return { data, problems: [] };
	// One problem per line: a mistake often upsets the parser twice on the same line.
	const byLine = new Map<number | undefined, YamlProblem>();
	for (const problem of problems) if (!byLine.has(problem.line)) byLine.set(problem.line, problem);
	return { data: undefined, problems: [...byLine.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

/**
 * Values YAML cuts short at " #", reading the rest as a comment: `symptom: The cell shows #REF!`
 * keeps only "The cell shows", silently. A comment is written "# like this", with a space after
 * the hash; text straight after it (#REF!, #1, #VALUE!) is the seller's value, so it is refused
 * with the whole value quoted as the fix.
 */
function valuesCutByHash(source: string, offset: number): YamlProblem[] {
	const lines = new LineCounter();
	const doc = parseDocument(source, { lineCounter: lines });
	const problems: YamlProblem[] = [];
	visit(doc, {
		Scalar: (_, node) => {
			if (node.type !== 'PLAIN' || !node.comment || /^\s/.test(node.comment) || !node.range) return;
			const whole = `${String(node.source ?? node.value)} #${node.comment}`;
			problems.push({
				line: lines.linePos(node.range[0]).line + offset,
				message: `has "${whole}", but YAML reads everything from " #" on as a comment and would keep only "${String(node.value)}".`,
				hint: `put the whole value in quotes: ${quoted(whole)}.`,
			});
		},
	});
	return problems;
}

/**
 * Text cut in two by a comma inside `{ … }`: `name: { en: Kestrel Sans, a grotesque, pl: … }`
 * reads as "Kestrel Sans" and a field named "a grotesque" with no value, and the schema would
 * then report an odd key. Written on its own lines, or in quotes, the comma is part of the text.
 */
function textsSplitByComma(source: string, offset: number): YamlProblem[] {
	const lines = new LineCounter();
	const doc = parseDocument(source, { lineCounter: lines });
	const problems: YamlProblem[] = [];
	visit(doc, {
		Map: (_, map) => {
			if (!map.flow) return;
			// A key with no value that stands for the rest of the text cut off before it.
			const cutOff = (pair: Pair | undefined) => pair !== undefined && pair.value === null && isScalar(pair.key) && pair.key.type === 'PLAIN' && pair.key.range !== undefined && pair.key.range !== null;
			map.items.forEach((pair, i) => {
				const before = map.items[i - 1];
				if (!before || !cutOff(pair) || !isScalar(before.value) || !isScalar(before.key)) return;
				const [key, text] = [pair.key as Scalar, before.value];
				if (text.type !== 'PLAIN' || !key.range || !text.range) return;
				// Two commas cut it in three: the text runs to the last piece.
				let last = i;
				while (cutOff(map.items[last + 1] as Pair | undefined)) last += 1;
				const end = ((map.items[last] as Pair).key as Scalar).range![1];
				const whole = source.slice(text.range[0], end);
				problems.push({
					line: lines.linePos(key.range[0]).line + offset,
					message: `has "${whole}" cut in two at the comma: inside { … } a comma ends a value, so YAML reads "${String(key.value)}" as another field.`,
					hint: `put the text in quotes, ${String(before.key.value)}: ${quoted(whole)}, or write each language on a line of its own.`,
				});
			});
		},
	});
	return problems;
}

const GENERAL_HINT = 'check the indentation (spaces, two per level) and put text that holds a colon followed by a space, or starts with a quote, [ or {, in quotes.';

/** Quotes a value for YAML in the quotes it needs: double, or single when it holds a double quote. */
function quoted(text: string): string {
	if (!text.includes('"') && !text.includes('\\')) return `"${text}"`;
	return `'${text.replaceAll("'", "''")}'`;
}

class Explainer {
	private readonly source: string;
	private readonly doc: Document;
	private readonly lines: LineCounter;
	/** Every pair, scalar and collection of the tree, with the collections holding them. */
	private readonly pairs: { pair: Pair; parents: readonly unknown[] }[] = [];
	private readonly scalars: { node: Node & { type?: string }; range: [number, number, number] }[] = [];
	private readonly collections: Node[] = [];

	private readonly offset: number;

	constructor(source: string, doc: Document, lines: LineCounter, offset: number) {
		this.source = source;
		this.doc = doc;
		this.lines = lines;
		this.offset = offset;
		visit(doc, {
			Pair: (_, pair, path) => {
				this.pairs.push({ pair, parents: path });
			},
			Scalar: (_, node) => {
				if (node.range) this.scalars.push({ node, range: node.range });
			},
			Map: (_, node) => {
				this.collections.push(node);
			},
			Seq: (_, node) => {
				this.collections.push(node);
			},
		});
	}

	/** The line of the file a character of the text is on. */
	private line(at: number): number {
		return this.lines.linePos(at).line + this.offset;
	}

	/** Where a line of the file starts in the text. */
	private lineStart(line: number): number {
		return this.lines.lineStarts[line - this.offset - 1]!;
	}

	/** The rest of the line from `offset`, without its line end. */
	private restOfLine(offset: number): string {
		const end = this.source.indexOf('\n', offset);
		return this.source.slice(offset, end === -1 ? undefined : end).trimEnd();
	}

	/** Field names holding a space YAML does not read as one. */
	lookalikeSpaces(): YamlProblem[] {
		const problems: YamlProblem[] = [];
		for (const { pair } of this.pairs) {
			const key = pair.key;
			if (!isScalar(key) || typeof key.value !== 'string' || !key.range) continue;
			const name = key.value;
			const index = [...name].findIndex((ch) => LOOKALIKE_SPACES.has(ch));
			if (index === -1) continue;
			const space = [...name][index]!;
			const before = [...name].slice(0, index).join('');
			const field = [...name].map((ch) => (LOOKALIKE_SPACES.has(ch) ? ' ' : ch)).join('').trim().split(' ')[0];
			const where =
				before.trim() === ''
					? `in the indentation before \`${field}\``
					: before.trimEnd().endsWith(':')
						? `after the colon of \`${before.trimEnd()}\``
						: `in the field name \`${name.trim()}\``;
			problems.push({
				line: this.line(this.source.indexOf(space, key.range[0])),
				message: `has ${LOOKALIKE_SPACES.get(space)} ${where}, which YAML does not read as a space.`,
				hint: 'replace it with an ordinary space. Word processors and web pages put such spaces into copied text, and they look the same.',
			});
		}
		return problems;
	}

	unresolvedAliases(): YamlProblem[] {
		const problems: YamlProblem[] = [];
		visit(this.doc, {
			Alias: (_, alias) => {
				if (alias.resolve(this.doc) === undefined) {
					problems.push({
						line: alias.range ? this.line(alias.range[0]) : undefined,
						message: `uses \`*${alias.source}\`, but no \`&${alias.source}\` comes before it.`,
						hint: `mark the value to repeat with \`&${alias.source}\` above this line, or write the value out.`,
					});
				}
			},
		});
		return problems.length > 0 ? problems : [{ message: 'is not valid YAML: an alias (`*name`) has no anchor.', hint: GENERAL_HINT }];
	}

	error(error: YAMLError): YamlProblem {
		const [offset] = error.pos;
		const line = this.line(offset);
		switch (error.code) {
			case 'DUPLICATE_KEY': {
				const found = this.pairs.find(({ pair }) => (pair.key as Node | null)?.range?.[0] === offset);
				if (!found || !isScalar(found.pair.key)) break;
				const key = found.pair.key.value;
				const name = String(key);
				const map = found.parents.at(-1);
				const first = isMap(map) ? map.items.find((item) => isScalar(item.key) && item.key.value === key && item !== found.pair) : undefined;
				const firstLine = first && isScalar(first.key) && first.key.range ? this.line(first.key.range[0]) : undefined;
				return {
					line,
					message: `has the field \`${name}\` a second time${firstLine ? ` (it is on line ${firstLine} too)` : ''}; YAML would keep only one of the two.`,
					hint: 'delete one of them, or merge what they say into one.',
				};
			}
			case 'TAB_AS_INDENT':
				return { line, message: 'is indented with a tab, and YAML allows only spaces there.', hint: 'replace the tab with spaces, lining the line up with the fields it belongs with.' };
			case 'BAD_DQ_ESCAPE': {
				const scalar = this.scalarAround(offset, 'QUOTE_DOUBLE');
				const written = scalar ? this.source.slice(scalar.range[0], scalar.range[1]) : undefined;
				return {
					line,
					message: `has a backslash (\\) inside double quotes${written ? ` in ${written}` : ''}: there YAML reads a backslash as the start of a code such as \\n.`,
					hint: written
						? `write it in single quotes, where a backslash is just a backslash: ${`'${written.slice(1, -1).replaceAll("'", "''")}'`}.`
						: 'write the text in single quotes, where a backslash is just a backslash.',
				};
			}
			case 'MISSING_CHAR': {
				const unclosed = this.scalars.find(({ node, range }) => (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && range[1] === offset);
				if (unclosed) return this.unclosedQuote(unclosed.node.type === 'QUOTE_DOUBLE' ? '"' : "'", unclosed.range);
				return this.noColon(line);
			}
			case 'MULTILINE_IMPLICIT_KEY':
				return this.noColon(line);
			case 'UNEXPECTED_TOKEN': {
				// Text after a closing quote: `'It's here'` closes at the apostrophe.
				const closed = this.scalars.find(({ node, range }) => (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && range[1] <= offset && this.line(range[0]) === line && this.source.slice(range[1], offset).trim() === '');
				if (closed) return this.textAfterQuote(closed.node.type === 'QUOTE_DOUBLE' ? '"' : "'", closed.range[0], line);
				break;
			}
			case 'BLOCK_AS_IMPLICIT_KEY':
				return this.colonInValue(offset, line);
			case 'BAD_INDENT': {
				const flow = this.unclosedFlow(offset);
				if (flow) return flow;
				return { line, message: 'is not lined up with the fields around it, so YAML cannot tell which field it belongs to.', hint: 'indent it by as many spaces as the other fields at its level (two more than the field it belongs under).' };
			}
		}
		return { line, message: `is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}.`, hint: GENERAL_HINT };
	}

	private scalarAround(offset: number, type: string) {
		return this.scalars.find(({ node, range }) => node.type === type && range[0] <= offset && offset < range[1]);
	}

	private unclosedQuote(quote: string, range: [number, number, number]): YamlProblem {
		const line = this.line(range[0]);
		const last = this.line(Math.max(range[0], range[1] - 1));
		const written = this.restOfLine(this.lineStart(line)).trim();
		return {
			line,
			message: `opens a quote (${quote}) that nothing closes, so YAML reads ${last > line ? `everything up to line ${last}` : 'the rest of the line'} as one text: ${written}`,
			hint: `end the text with ${quote} on line ${line}${quote === "'" ? ", and write an apostrophe inside single quotes twice ('It''s')" : ''}.`,
		};
	}

	private textAfterQuote(quote: string, start: number, line: number): YamlProblem {
		const written = this.restOfLine(start);
		const inner = written.slice(1, written.endsWith(quote) ? -1 : undefined);
		return {
			line,
			message: `has text after the closing ${quote} of ${written}: YAML ends the quoted text at the second ${quote} and cannot read the rest.`,
			hint:
				quote === "'"
					? `inside single quotes write an apostrophe twice, '${inner.replaceAll("'", "''")}', or use double quotes, ${quoted(inner)}.`
					: `quote the whole text in single quotes, '${inner.replaceAll("'", "''")}', or write \\" for a quote inside double quotes.`,
		};
	}

	/** `title: Step 1: open it` or a line indented further than the one above it. */
	private colonInValue(offset: number, line: number): YamlProblem {
		const inner = this.pairs.find(({ pair }) => (pair.value as Node | null)?.range?.[0] === offset);
		const nested = inner?.pair.value;
		const firstKey = isMap(nested) ? (nested.items[0]?.key as Node | undefined) : undefined;
		if (firstKey?.range && this.line(firstKey.range[1]) > line) {
			const next = this.line(firstKey.range[1]);
			return {
				line: next,
				message: `is indented further than line ${line}, so YAML reads it as part of that line's value.`,
				hint: `line it up with the field on line ${line}, or, if it continues that text, put the whole text in quotes.`,
			};
		}
		// The field the seller meant is the first one on the line; a list item is quoted whole.
		const onLine = this.pairs
			.map(({ pair }) => pair.key as Node | null)
			.filter((key): key is Node => !!key?.range && this.line(key.range[0]) === line)
			.sort((a, b) => a.range![0] - b.range![0]);
		const outer = onLine[0];
		const lineStart = this.lineStart(line);
		if (!outer || !isScalar(outer)) return { line, message: 'has a colon followed by a space inside a value, which YAML reads as the start of another field.', hint: 'put the whole value in quotes.' };
		const lead = this.source.slice(lineStart, outer.range![0]).trim();
		if (lead === '-') {
			const item = this.restOfLine(outer.range![0]);
			return { line, message: `has a colon followed by a space in ${item}, which YAML reads as a field.`, hint: `put the whole text in quotes: - ${quoted(item)}` };
		}
		const name = String(outer.value);
		const valueStart = this.source.indexOf(':', outer.range![1]) + 1;
		const value = this.restOfLine(valueStart).trim();
		return {
			line,
			message: `has a second colon followed by a space after \`${name}:\`, which YAML reads as the start of another field: ${name}: ${value}`,
			hint: `put the value in quotes: ${name}: ${quoted(value)}`,
		};
	}

	private noColon(line: number): YamlProblem {
		const written = this.restOfLine(this.lineStart(line)).trim();
		return {
			line,
			message: `has no colon after a field name, so YAML cannot tell the field from its value: ${written}`,
			hint: `write it as \`field: value\`. If it continues the text of the line above, indent it by two spaces more than that field, or put the whole text in quotes.`,
		};
	}

	/** A `[` or `{` that no `]` or `}` closes. */
	private unclosedFlow(offset: number): YamlProblem | undefined {
		const open = this.collections.find((node) => {
			if (!isCollection(node) || !node.flow || !node.range || node.range[0] > offset) return false;
			const token = node.srcToken as { type?: string; end?: { type: string }[] } | undefined;
			return token?.type === 'flow-collection' && !token.end?.some((t) => t.type === 'flow-seq-end' || t.type === 'flow-map-end');
		});
		if (!open?.range) return undefined;
		const [bracket, close, what] = isSeq(open) ? ['[', ']', 'a list'] : ['{', '}', 'a set of fields'];
		const line = this.line(open.range[0]);
		return { line, message: `opens ${what} with ${bracket} that is never closed: ${this.restOfLine(open.range[0])}`, hint: `end it with ${close} on the same line, after the last item.` };
	}
}


/**
 * The value at `path` as the seller wrote it, and its line, for hints that quote it back
 * (`1.10`, which YAML reads as the number 1.1). Parses again, so only for files with a problem.
 */
export function writtenValue(source: string, path: readonly PropertyKey[], offset = 0): { text: string; line: number } | undefined {
	const lines = new LineCounter();
	const doc = parseDocument(source, { lineCounter: lines });
	const node = doc.getIn(path.map((key) => (typeof key === 'symbol' ? String(key) : key)), true) as Node | undefined;
	if (!node?.range) return undefined;
	return { text: source.slice(node.range[0], node.range[1]).trim(), line: lines.linePos(node.range[0]).line + offset };
}
