import type { z } from 'astro/zod';
import { listChoices, show, type ContentProblem } from './content-errors';

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

function describe(issue: z.core.$ZodIssue, data: unknown): Pick<ContentProblem, 'message' | 'hint'> {
	const value = valueAt(data, issue.path);
	switch (issue.code) {
		case 'invalid_type':
			if (value === undefined) {
				return { message: 'is missing', hint: `add the field; it must be ${article(issue.expected)}.` };
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
		case 'unrecognized_keys':
			return {
				message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}`,
				hint: 'check the spelling against the field list in src/schemas/, or remove it.',
			};
		case 'invalid_union':
			if (value === undefined) return { message: 'is missing', hint: `add the field; it must be ${unionForms(issue)}.` };
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
export function zodProblems(file: string, error: z.ZodError, data: unknown): ContentProblem[] {
	return error.issues.map((issue) => ({
		file,
		where: issue.path.length > 0 ? fieldPath(issue.path) : undefined,
		...describe(issue, data),
	}));
}
