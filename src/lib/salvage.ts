import type { z } from 'astro/zod';
import { permissionKeys } from '../schemas/license.ts';

/**
 * Stand-ins for required fields that failed their check, so that the rest of the file (its
 * other fields, the references they make, an article's body) is still checked in the same run:
 * a bad `updated` must not hide a broken link below it until the next build. Content with a
 * stand-in is never built: the failed field has been reported already. Any field name that
 * appears in several schemas has the same type in each.
 */
const STAND_INS: Record<string, () => unknown> = {
	title: () => 'untitled',
	description: () => 'none',
	updated: () => '2000-01-01',
	starts: () => '2000-01-01',
	category: () => 'stand-in',
	symptom: () => 'none',
	cause: () => 'none',
	savedReply: () => 'none',
	name: () => 'stand-in',
	summary: () => 'none',
	order: () => 0,
	kind: () => 'other',
	priceBand: () => 'low',
	listings: () => [{ platform: 'etsy', url: 'https://stand-in.invalid/' }],
	licenses: () => ['stand-in'],
	shortCode: () => `stand-in-${(standIns += 1)}`,
	url: () => 'https://stand-in.invalid',
	support: () => ({ channels: [{ type: 'email', label: 'stand-in', email: 'stand-in@stand-in.invalid' }], hours: 'none', responsePromise: 'none' }),
	permissions: () => Object.fromEntries(permissionKeys.map((key) => [key, 'allowed'])),
};
let standIns = 0;

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The data of a file that failed its schema, with each failed top-level field left out (so its
 * default applies) or replaced by a stand-in, and the names of those fields; `data` is undefined
 * when even that does not pass. `fill` supplies better stand-ins for some fields (the valid part of
 * the shop's locales). A check that runs only once the fields pass (a notice's `ends` after its
 * `starts`) may fail only now: its issues are returned as `more`, to be reported too. `unread`:
 * the file could not be read at all, so every field in `fill` is filled too.
 */
export function salvage<S extends z.ZodType>(
	schema: S,
	raw: unknown,
	issues: readonly z.core.$ZodIssue[],
	fill: Record<string, (value: unknown) => unknown> = {},
	unread = false,
): { data: z.output<S> | undefined; fields: Set<string>; more: z.core.$ZodIssue[] } {
	const copy = new Map(isRecord(raw) ? Object.entries(raw) : []);
	const fields = new Set<string>();
	const stoodIn = new Set<string>();
	const more: z.core.$ZodIssue[] = [];
	const drop = (key: string) => {
		fields.add(key);
		if (key in fill) copy.set(key, fill[key]!(copy.get(key)));
		else copy.delete(key);
	};
	if (unread) for (const key of Object.keys(fill)) drop(key);
	for (const issue of issues) {
		const key = issue.path[0];
		if (issue.code === 'unrecognized_keys' && issue.path.length === 0) for (const name of issue.keys) copy.delete(name);
		else if (typeof key === 'string') drop(key);
	}
	// Each round either gives a required field its stand-in or finds a new problem; a few suffice.
	for (let round = 0; round < 4; round++) {
		const result = schema.safeParse(Object.fromEntries(copy));
		if (result.success) return { data: result.data, fields, more };
		let progress = false;
		for (const issue of result.error.issues) {
			const key = issue.path[0];
			if (typeof key !== 'string') {
				more.push(issue);
				return { data: undefined, fields, more };
			}
			if (!fields.has(key)) {
				more.push(issue);
				drop(key);
				progress = true;
			} else if (key in STAND_INS && !stoodIn.has(key)) {
				stoodIn.add(key);
				copy.set(key, STAND_INS[key]!());
				progress = true;
			}
		}
		if (!progress) break;
	}
	return { data: undefined, fields, more };
}

/** `licenses[0]` -> `licenses`, `support.hours` -> `support`: the top-level field a problem is at. */
export function topField(where: string | undefined): string | undefined {
	if (where === undefined) return undefined;
	const end = [...where].findIndex((ch) => ch === '.' || ch === '[');
	return end === -1 ? where : where.slice(0, end);
}
