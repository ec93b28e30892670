import type { z } from 'astro/zod';
import { WrittenDate } from '../schemas/common.ts';
import { editDistance, listChoices, nearestChoices, show, type ContentProblem } from './content-errors.ts';

/** `["licenses", 1, "name"]` -> `licenses[1].name` */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
		.join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

/** An unquoted 2026-11-20 where text belongs, whether the field takes text or text per language. */
const dateForText = (date: WrittenDate) => ({ message: `must be text, but YAML reads ${date.text} as a date`, hint: `put it in quotes: "${date.text}".` });

/** The value at an issue's path as the seller wrote it (`1.10`, not the number 1.1), when the source is at hand. */
export type Written = (path: readonly PropertyKey[]) => { text: string } | undefined;

/** What YAML made of an unquoted value: "a number", "true or false". */
function readAs(value: unknown): string | undefined {
	if (typeof value === 'number') return 'a number';
	if (typeof value === 'boolean') return 'true or false, not text';
	return undefined;
}

type Described = Pick<ContentProblem, 'message' | 'hint'>;

/** A text field given something else: a date, a number, `yes`, a colon that made a field. */
function notText(value: unknown, written: string): Described | undefined {
	if (value instanceof WrittenDate) return dateForText(value);
	const as = readAs(value);
	if (as) return { message: `must be text, but YAML reads ${written} as ${as}`, hint: `put it in quotes: "${written}".` };
	if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1) {
		// `- Error: File not found` is a field named "Error" to YAML, the commonest slip in `errors`.
		const [[key, rest]] = Object.entries(value);
		return { message: `must be text, but YAML read "${key}: …" as a field because of the colon`, hint: `put the whole text in quotes: "${key}: ${String(rest ?? '')}".` };
	}
	return undefined;
}

/** A list field given one value: `formats: PDF`, `products: brush-font`. */
function notList(value: unknown, written: string, alternative = ''): Described | undefined {
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	return { message: `must be a list, but is the single value ${show(value)}`, hint: `write it in brackets, [${written}]${alternative}, or as lines starting with "- " below the field.` };
}

function describe(issue: z.core.$ZodIssue, data: unknown, schema: z.ZodType, written: Written): Described {
	const value = valueAt(data, issue.path);
	const asWritten = () => written(issue.path)?.text ?? (typeof value === 'string' ? value : String(value));
	switch (issue.code) {
		case 'invalid_type':
			if (value === undefined) {
				return { message: 'is missing', hint: `add the field; it must be ${article(issue.expected)}.` };
			}
			if (value === null) return { message: 'is empty', hint: `write ${article(issue.expected)} after the colon, or remove the line if the field is optional.` };
			if (issue.expected === 'string') {
				const text = notText(value, asWritten());
				if (text) return text;
			}
			if (issue.expected === 'array') {
				const list = notList(value, asWritten());
				if (list) return list;
			}
			if (issue.expected === 'number' && typeof value === 'string') {
				const trimmed = value.trim();
				// `"12"`, or `5,000` and `5 000`, which YAML reads as text.
				const digits = [...trimmed].filter((ch) => ch >= '0' && ch <= '9').join('');
				const grouped = digits.length > 0 && [...trimmed].every((ch) => (ch >= '0' && ch <= '9') || ', _\u00a0\u202f'.includes(ch));
				const hint =
					trimmed !== '' && Number.isFinite(Number(trimmed))
						? `write it without quotes: ${trimmed}.`
						: grouped
							? `write the number without spaces or separators: ${digits}.`
							: 'write a number, such as 5000, without quotes.';
				return { message: `must be a number, but is the text ${show(value)}`, hint };
			}
			if (issue.expected === 'boolean') return { message: `must be true or false, but is ${show(value)}`, hint: 'write true or false, without quotes.' };
			return { message: `must be ${article(issue.expected)}, but is ${show(value)}` };
		case 'invalid_value':
			return {
				message: `${show(value)} is not one of the allowed values`,
				hint: `use ${nearestChoices(String(value), issue.values.map(String))}.`,
			};
		case 'invalid_format':
			if (issue.format === 'url') return { message: `${show(value)} is not a full web address`, hint: 'write it with https:// in front.' };
			return { message: `${show(value)} ${issue.message}` };
		case 'custom':
			return { message: issue.message, hint: typeof issue.params?.hint === 'string' ? issue.params.hint : undefined };
		case 'unrecognized_keys': {
			const known = fieldsAt(schema, issue.path);
			const guesses = issue.keys.map((key) => closest(key, known)).filter((guess) => guess !== undefined);
			return {
				message: `has the unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}, which would be ignored`,
				hint: [
					guesses.length > 0 ? `did you mean ${guesses.map((g) => `\`${g}\``).join(', ')}?` : 'fix the spelling or remove it.',
					// A long list (the interface strings) buries the answer; their source file is the list.
					known.length <= 20 ? `The fields here are ${listChoices(known)}.` : 'The known names are those of src/i18n/en.ts and src/schemas/.',
				].join(' '),
			};
		}
		case 'invalid_union': {
			if (value === undefined) return { message: 'is missing', hint: `add the field; it must be ${unionForms(issue)}.` };
			if (value === null) return { message: 'is empty', hint: `write ${unionForms(issue)} after the colon, or remove the line if the field is optional.` };
			// A union given its own message (dates) says best what it wants.
			if (!issue.message.startsWith('Invalid input')) return { message: `${show(value)} ${issue.message}` };
			const forms = expectedForms(issue);
			if (forms.has('string')) {
				const text = notText(value, asWritten());
				if (text) return text;
			}
			// `products: brush-font`: a list of ids, or `all`.
			if (forms.has('array')) {
				const all = issue.errors.flat().some((inner) => inner.code === 'invalid_value' && inner.path.length === 0 && inner.values.includes('all'));
				const list = notList(value, asWritten(), all ? ', or `all` without brackets for every one' : '');
				if (list) return list;
			}
			return { message: `${show(value)} is not in a form this field accepts`, hint: unionHint(issue) };
		}
		default:
			return { message: value === undefined ? issue.message : `${show(value)} ${issue.message}` };
	}
}

/** The types a union's forms take at its own level: `string`, `record`, `array`… */
function expectedForms(issue: z.core.$ZodIssueInvalidUnion): Set<string> {
	return new Set(issue.errors.flatMap((inner) => inner.filter((i) => i.code === 'invalid_type' && i.path.length === 0).map((i) => (i as z.core.$ZodIssueInvalidType).expected as string)));
}

function unionHint(issue: z.core.$ZodIssueInvalidUnion): string | undefined {
	const first = issue.errors.flat().find((inner) => inner.code !== 'invalid_type');
	return first ? `${first.message}.` : undefined;
}

/** "text or one text per language …": what each of a union's forms expects. */
function unionForms(issue: z.core.$ZodIssueInvalidUnion): string {
	// The only union with a record is text in several languages.
	const form = (type: string) => (type === 'record' ? 'one text per language, e.g. `{ en: …, pt: … }`' : article(type));
	const forms = issue.errors.flatMap((inner) => inner.filter((i) => i.code === 'invalid_type' && i.path.length === 0).map((i) => form((i as z.core.$ZodIssueInvalidType).expected)));
	return [...new Set(forms)].join(' or ') || 'one of the forms its description in src/schemas/ lists';
}

function article(type: string): string {
	const names: Record<string, string> = { array: 'a list', object: 'a set of fields', string: 'text', number: 'a number' };
	return names[type] ?? `a ${type}`;
}

/** Turns a failed zod parse into problems that name the file, the field and the fix. */
export function zodProblems(file: string, issues: readonly z.core.$ZodIssue[], data: unknown, schema: z.ZodType, written: Written = () => undefined): ContentProblem[] {
	return issues.flatMap((issue) => intoTheForm(issue, data)).map((issue) => ({
		file,
		where: issue.path.length > 0 ? fieldPath(issue.path) : undefined,
		...describe(issue, data, schema, written),
	}));
}

/**
 * A set of fields given where a field takes a word or a set of fields (`physicalProducts:
 * { status: limited, units: 5,000 }`): what is wrong inside the fields, not that the union failed.
 */
function intoTheForm(issue: z.core.$ZodIssue, data: unknown): z.core.$ZodIssue[] {
	if (issue.code !== 'invalid_union') return [issue];
	const value = valueAt(data, issue.path);
	if (value === null || Array.isArray(value)) return [issue];
	// A word (`not allowed`) is told against the form that takes words, when the other takes fields.
	const wantsFields = (inner: z.core.$ZodIssue[]) => inner.every((i) => i.path.length === 0 && i.code === 'invalid_type' && i.expected === 'object');
	const forms =
		typeof value === 'object'
			? issue.errors.filter((inner) => inner.length > 0 && !inner.every((i) => i.path.length === 0 && i.code !== 'unrecognized_keys'))
			: issue.errors.every((inner) => wantsFields(inner) || inner.every((i) => i.path.length === 0 && i.code === 'invalid_value'))
				? issue.errors.filter((inner) => inner.length > 0 && !wantsFields(inner))
				: [];
	if (forms.length !== 1) return [issue];
	return forms[0]!.flatMap((inner) => intoTheForm({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue, data));
}

type Def = { type: string; shape?: Record<string, z.core.$ZodType>; innerType?: z.core.$ZodType; element?: z.core.$ZodType; valueType?: z.core.$ZodType; in?: z.core.$ZodType; options?: z.core.$ZodType[] };

/** The field names of the object schema at `path`, looking through optional, default, list and map wrappers. */
export function fieldsAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
	const def = schema._zod.def as unknown as Def;
	const inner = def.innerType ?? def.in;
	if (inner) return fieldsAt(inner, path);
	if (def.type === 'union') return [...new Set(def.options!.flatMap((option) => fieldsAt(option, path)))];
	if (path.length === 0) return def.shape ? Object.keys(def.shape) : [];
	const [key, ...rest] = path;
	const next = def.shape?.[String(key)] ?? def.element ?? def.valueType;
	return next ? fieldsAt(next, rest) : [];
}

/** The known name a misspelt one most likely meant: same letters ignoring case, or at most two edits away. */
export function closest(name: string, known: readonly string[]): string | undefined {
	let best: { name: string; distance: number } | undefined;
	for (const candidate of known) {
		const distance = candidate.toLowerCase() === name.toLowerCase() ? 0 : editDistance(name, candidate);
		if (distance <= Math.min(2, Math.floor(name.length / 3)) && (!best || distance < best.distance)) best = { name: candidate, distance };
	}
	return best?.name;
}
