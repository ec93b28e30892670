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

/** A calendar date written as `2026-11-25` (YAML reads it as a date). */
export const dateSchema = z.coerce.date({ message: 'must be a date written as YYYY-MM-DD' });

/** An absolute `https://` address. */
export const httpsUrlSchema = z.url({ protocol: /^https?$/, message: 'must be a full address starting with https://' });
