import { z } from 'astro/zod';
import { localizedTextSchema, type LocalizedText } from './common.ts';

/**
 * The questions every licence answers, in the order buyers read them. The same keys drive the
 * licence page, the comparison table and the listing infographic.
 */
export const permissionKeys = [
	'personalUse',
	'commercialUse',
	'clientWork',
	'physicalProducts',
	'digitalProducts',
	'printOnDemand',
	'socialMediaAndAds',
	'embedding',
	'logoOrTrademark',
	'resellSourceFiles',
	'competingUse',
	'aiTraining',
	'sublicensing',
] as const;
export type PermissionKey = (typeof permissionKeys)[number];

/** `allowed`, `not-allowed`, or `limited` (then say how in `units` and/or `note`: a bare `limited` is refused). */
export const permissionStatusSchema = z.enum(['allowed', 'not-allowed', 'limited']);
export type PermissionStatus = z.output<typeof permissionStatusSchema>;

/**
 * One permission. Write `allowed` or `not-allowed` on its own, or an object when there is a
 * condition:
 * @example
 * physicalProducts: { status: limited, units: 5000, note: { en: Significant modification required } }
 */
export interface Permission {
	status: PermissionStatus;
	units?: number;
	note?: LocalizedText;
}
export const permissionSchema = z
	.union([
		permissionStatusSchema.transform((status): Permission => ({ status })),
		z.strictObject({
			status: permissionStatusSchema,
			/** A cap on units sold or made, e.g. 5000. Shown as "up to 5,000". */
			units: z.number().int().positive().optional(),
			/** The condition in a short sentence, e.g. "Flattened files only". */
			note: localizedTextSchema.optional(),
		}),
	])
	// A bare `limited`, or `{ status: limited }`, leaves the buyer to guess the limit. (Checked
	// once the rest passes: a misspelt `notes` is named as such, not as a missing note.)
	.refine((p) => p.status !== 'limited' || p.units !== undefined || p.note !== undefined, {
		message: 'a `limited` permission needs `units` or a `note` saying what the limit is',
		params: { hint: 'write it as `{ status: limited, units: 5000 }` or `{ status: limited, note: Flattened files only }`, or use `allowed` or `not-allowed`.' },
		when: (payload) => payload.issues.length === 0,
	});

/** `content/licenses/<id>.yaml`: one licence tier. The file name is the licence id. */
export const licenseSchema = z.strictObject({
	/** The tier's name, e.g. "Commercial". */
	name: localizedTextSchema,
	/** Two sentences a buyer reads before choosing: who the tier is for. */
	summary: localizedTextSchema,
	/** Position in comparison tables, cheapest first. */
	order: z.number().int(),
	/** How many people may use one purchase. Default 1. */
	seats: z.number().int().positive().default(1),
	/** Whether buyers must credit the shop. Default false. */
	attribution: z.boolean().default(false),
	/** `perpetual`, or `while-subscribed` for memberships: use ends with the subscription. */
	term: z.enum(['perpetual', 'while-subscribed']).default('perpetual'),
	/** Every permission key must be answered: an unanswered question is how disputes start. */
	permissions: z.strictObject(
		Object.fromEntries(permissionKeys.map((key) => [key, permissionSchema])) as Record<
			PermissionKey,
			typeof permissionSchema
		>,
	),
});
export type LicenseInput = z.input<typeof licenseSchema>;
export type License = z.output<typeof licenseSchema>;
