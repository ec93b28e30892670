import type { z } from 'astro/zod';
import { WrittenDate } from '../schemas/common.ts';
import { listChoices, show, type ContentProblem } from './content-errors.ts';

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

function describe(issue: z.core.$ZodIssue, data: unknown, schema: z.ZodType): Pick<ContentProblem, 'message' | 'hint'> {
	const value = valueAt(data, issue.path);
	switch (issue.code) {
		case 'invalid_type':
			if (value === undefined) {
				return { message: 'is missing', hint: `add the field; it must be ${article(issue.expected)}.` };
			}
			if (issue.expected === 'string' && value instanceof WrittenDate) return dateForText(value);
			if (issue.expected === 'string' && value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1) {
				// `- Error: File not found` is a field named "Error" to YAML, the commonest slip in `errors`.
				const [[key, rest]] = Object.entries(value);
				return { message: `must be text, but YAML read "${key}: …" as a field because of the colon`, hint: `put the whole text in quotes: "${key}: ${String(rest ?? '')}".` };
			}
			return { message: `must be ${article(issue.expected)}, but is ${show(value)}` };
		case 'invalid_value':
			return {
				message: `${show(value)} is not one of the allowed values`,
				hint: `use ${listChoices(issue.values.map(String))}.`,
			};
		case 'invalid_format':
			if (issue.format === 'url') return { message: `${show(value)} is not a full web address`, hint: 'write it with https:// in front.' };
			return { message: `${show(value)} ${issue.message}` };
		case 'custom':
			return { message: issue.message };
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
		case 'invalid_union':
			if (value === undefined) return { message: 'is missing', hint: `add the field; it must be ${unionForms(issue)}.` };
			// A union given its own message (dates) says best what it wants.
			if (!issue.message.startsWith('Invalid input')) return { message: `${show(value)} ${issue.message}` };
			if (value instanceof WrittenDate) return dateForText(value);
			return { message: `${show(value)} is not in a form this field accepts`, hint: unionHint(issue) };
		default:
			return { message: value === undefined ? issue.message : `${show(value)} ${issue.message}` };
	}
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
export function zodProblems(file: string, error: z.ZodError, data: unknown, schema: z.ZodType): ContentProblem[] {
	return error.issues.map((issue) => ({
		file,
		where: issue.path.length > 0 ? fieldPath(issue.path) : undefined,
		...describe(issue, data, schema),
	}));
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

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length]!;
}
