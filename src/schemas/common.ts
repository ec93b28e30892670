import { z } from 'astro/zod';

/** Lower-case words joined by hyphens, e.g. `canva-wedding-suite`. Used for every id and slug. */
export const slugSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		message: 'must be lower-case letters, digits and single hyphens, e.g. `canva-wedding-suite`',
	});

/** A BCP 47 language tag as used in URLs: `en`, `pt`, `pt-br`. */
export const localeSchema = z
	.string()
	.regex(/^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$/, {
		message: 'must be a lower-case language code such as `en`, `pt` or `pt-br`',
	});

/**
 * Text written in one or more languages.
 * Write a plain string when the text is the same everywhere (a brand name), or one entry per
 * locale. The shop's default locale is required; missing locales fall back to it.
 * @example
 * name:
 *   en: Wedding planner
 *   pt: Planner de casamento
 */
export const localizedTextSchema = z.union([
	z.string().min(1),
	z.record(localeSchema, z.string().min(1)),
]);
export type LocalizedText = z.output<typeof localizedTextSchema>;

// Dates are checked as the text the author wrote: the content check reads YAML without turning
// dates into Date objects, because JavaScript would quietly roll 2026-02-30 into March, read
// 2026-1-5 in the machine's time zone and 20261001 as a count of milliseconds. Astro's own
// reader hands over Date objects later, for text this check has already passed.
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2}))?$/;

function calendarDate(withTime: boolean, example: string) {
	return z.union([z.date(), z.string()], { message: `must be a date written as ${example}` }).transform((value, ctx) => {
		if (value instanceof Date) return value;
		const text = value.trim();
		const [, year, month, day, hour] = DATE.exec(text) ?? [];
		// A day that does not exist (02-30) comes back from Date.UTC as another day.
		const dayExists = year !== undefined && new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).toISOString().startsWith(`${year}-${month}-${day}`);
		const date = new Date(hour === undefined ? `${text}T00:00:00Z` : text);
		if (!dayExists || (hour !== undefined && !withTime) || Number.isNaN(date.getTime())) {
			const problem = year !== undefined && !dayExists ? 'is not a day of the calendar' : `is not a date written as ${example}`;
			ctx.addIssue({ code: 'custom', message: `"${value}" ${problem}` });
			return z.NEVER;
		}
		return date;
	});
}

/** A calendar date written as `2026-11-25`. */
export const dateSchema = calendarDate(false, 'YYYY-MM-DD, e.g. 2026-11-25');

/** A date, or a moment with its time zone: `2026-11-20` or `2026-11-20T08:00:00Z`. */
export const dateTimeSchema = calendarDate(true, 'YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ, e.g. 2026-11-20T08:00:00Z');

/** An absolute `https://` address. */
export const httpsUrlSchema = z.url({ protocol: /^https?$/, message: 'must be a full address starting with https://' });
