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
// 2026-1-5 in the machine's time zone and 20261001 as a count of milliseconds. A time needs its
// zone for the same reason. Astro's own reader hands over Date objects later, for text this
// check has already passed.
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?[ \t]*([Zz]|[+-]\d{1,2}(?::?\d{2})?))?$/;

/** A date as written in YAML, unquoted: kept as text so it is checked as written. */
export class WrittenDate {
	readonly text: string;
	constructor(text: string) {
		this.text = text;
	}
}

function calendarDate(withTime: boolean, example: string) {
	return z.union([z.date(), z.string(), z.instanceof(WrittenDate)], { message: `must be a date written as ${example}` }).transform((value, ctx) => {
		if (value instanceof Date) return value;
		const text = (value instanceof WrittenDate ? value.text : value).trim();
		const [, year, month, day, hour, minute, second = '00', fraction = '', zone] = DATE.exec(text) ?? [];
		// A day that does not exist (02-30) comes back from Date.UTC as another day.
		const dayExists = year !== undefined && new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).toISOString().startsWith(`${year}-${month}-${day}`);
		// As ISO 8601 wants it: two-digit hour, `Z` or `±hh:mm`.
		const [, sign, hours, minutes = '00'] = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone ?? '') ?? [];
		const offset = sign ? `${sign}${hours!.padStart(2, '0')}:${minutes}` : 'Z';
		const date = new Date(hour === undefined ? `${year}-${month}-${day}T00:00:00Z` : `${year}-${month}-${day}T${hour.padStart(2, '0')}:${minute}:${second}${fraction}${offset}`);
		if (!dayExists || (hour !== undefined && !withTime) || Number.isNaN(date.getTime())) {
			const problem = year !== undefined && !dayExists ? 'is not a day of the calendar' : `is not a date written as ${example}`;
			ctx.addIssue({ code: 'custom', message: `"${text}" ${problem}` });
			return z.NEVER;
		}
		return date;
	});
}

/** A calendar date written as `2026-11-25`. */
export const dateSchema = calendarDate(false, 'YYYY-MM-DD, e.g. 2026-11-25');

/** A date, or a moment with its time zone: `2026-11-20`, `2026-11-20T08:00:00Z` or `2026-11-20T09:00:00+01:00`. */
export const dateTimeSchema = calendarDate(true, 'YYYY-MM-DD, or with a time and its zone: 2026-11-20T08:00:00Z or 2026-11-20T09:00:00+01:00');

/** An absolute `https://` address. */
export const httpsUrlSchema = z.url({ protocol: /^https?$/, message: 'must be a full address starting with https://' });
