import { z } from 'astro/zod';
import { localeSchema, localizedTextSchema, slugSchema, type LocalizedText } from './common.ts';

/**
 * The questions a licence answers, in the order buyers read them. The same keys drive the
 * licence page, the comparison table and the listing infographic. Which of them a licence must
 * answer depends on what its products are (src/lib/permission-keys.ts): a course's licence is not
 * asked about fonts on a server.
 */
export const permissionKeys = [
	'personalUse',
	'commercialUse',
	'clientWork',
	'physicalProducts',
	'digitalProducts',
	'printOnDemand',
	'socialMediaAndAds',
	'desktopUse',
	'embedWeb',
	'embedApp',
	'embedEbook',
	'broadcast',
	'serverUse',
	'modify',
	'printerHandoff',
	'logoOrTrademark',
	'resellSourceFiles',
	'competingUse',
	'aiTraining',
	'sublicensing',
] as const;
export type PermissionKey = (typeof permissionKeys)[number];

/** `allowed`, `not-allowed`, or `limited` (then say how in `max` and `unit` and/or `note`: a bare `limited` is refused). */
export const permissionStatusSchema = z.enum(['allowed', 'not-allowed', 'limited']);
export type PermissionStatus = z.output<typeof permissionStatusSchema>;

/**
 * What a cap counts, built in and translated into every language Aftercare has buttons for
 * (src/i18n/<locale>.ts, `units`). `pageviews-a-month` is the usual web-font cap, `seats` and
 * `computers` the desktop one, `titles` the e-book one, `viewers` the broadcast one.
 */
export const builtInUnits = [
	'copies',
	'prints',
	'products',
	'pageviews-a-month',
	'domains',
	'apps',
	'titles',
	'users',
	'seats',
	'computers',
	'projects',
	'clients',
	'viewers',
	'videos',
	'servers',
] as const;
export type BuiltInUnit = (typeof builtInUnits)[number];

/** The CLDR plural categories (Intl.PluralRules): English uses `one` and `other`, Polish `one`, `few` and `many`. */
export const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof pluralCategories)[number];
export type PluralForms = Partial<Record<PluralCategory, string>>;

/** One word per plural category, e.g. `{ one: tote bag, other: tote bags }`. */
export const pluralFormsSchema = z
	.strictObject(Object.fromEntries(pluralCategories.map((c) => [c, z.string().min(1).optional()])) as Record<PluralCategory, z.ZodOptional<z.ZodString>>)
	.refine((forms) => Object.values(forms).some((v) => v !== undefined), { message: 'needs at least one form, e.g. `{ one: tote bag, other: tote bags }`' });

/**
 * Your own unit, when none of the built-in ones says what is counted: its words per plural
 * category, for one language or per locale. A word that does not change (`kg`) can be plain text.
 * @example
 * unit: { one: tote bag, other: tote bags }
 * unit: { en: { one: tote bag, other: tote bags }, pl: { one: torba, few: torby, many: toreb } }
 */
export const customUnitSchema = z.union([pluralFormsSchema, z.record(localeSchema, z.union([z.string().min(1), pluralFormsSchema]))]);
export type CustomUnit = z.output<typeof customUnitSchema>;
export const unitSchema = z.union([z.enum(builtInUnits), customUnitSchema]);
export type Unit = z.output<typeof unitSchema>;

/** A field of an earlier version of the licence files: refused with what to write now. */
const retired = (message: string, hint: string) => z.custom<never>(() => false, { message, params: { hint } }).optional();

/**
 * One permission. Write `allowed` or `not-allowed` on its own, or an object when there is a
 * condition:
 * @example
 * physicalProducts: { status: limited, max: 5000, unit: copies, note: { en: Significant modification required } }
 */
export interface Permission {
	status: PermissionStatus;
	max?: number;
	unit?: Unit;
	note?: LocalizedText;
}
export const permissionSchema = z
	.union([
		permissionStatusSchema.transform((status): Permission => ({ status })),
		z.strictObject({
			status: permissionStatusSchema,
			/** The cap, e.g. 5000, with its `unit`. Shown once, as "Up to 5,000 copies". */
			max: z.number().int().positive().optional(),
			/** What `max` counts: a built-in unit (`copies`, `domains`, `pageviews-a-month`…) or your own words. */
			unit: unitSchema.optional(),
			/** The condition in a short sentence, e.g. "Flattened files only". The cap is shown already: do not repeat it here. */
			note: localizedTextSchema.optional(),
			units: retired(
				'`units` is now `max` with a `unit` saying what is counted',
				'write `max: <the number>` and `unit: copies` (or `prints`, `products`, `pageviews-a-month`, `domains`, `apps`, `titles`, `users`, `seats`…, or your own `unit: { one: …, other: … }`).',
			),
		}),
	])
	// A bare `limited`, or `{ status: limited }`, leaves the buyer to guess the limit. (Checked
	// once the rest passes: a misspelt `notes` is named as such, not as a missing note.)
	.superRefine((p, ctx) => {
		if (p.status === 'limited' && p.max === undefined && p.note === undefined) {
			ctx.addIssue({
				code: 'custom',
				message: 'a `limited` permission needs `max` with its `unit`, or a `note`, saying what the limit is',
				params: { hint: 'write it as `{ status: limited, max: 5000, unit: copies }` or `{ status: limited, note: Flattened files only }`, or use `allowed` or `not-allowed`.' },
			});
		}
		if (p.max !== undefined && p.unit === undefined) {
			ctx.addIssue({ code: 'custom', path: ['unit'], message: `is missing: \`max: ${p.max}\` does not say what is counted`, params: { hint: `add \`unit: copies\` (or \`prints\`, \`domains\`, \`pageviews-a-month\`, \`seats\`…, or \`unit: { one: …, other: … }\`).` } });
		}
		if (p.unit !== undefined && p.max === undefined) {
			ctx.addIssue({ code: 'custom', path: ['max'], message: 'is missing: a `unit` needs the number it counts up to', params: { hint: 'add `max: <the number>`, or remove `unit`.' } });
		}
		if (p.max !== undefined && p.status !== 'limited') {
			ctx.addIssue({ code: 'custom', path: ['status'], message: `is \`${p.status}\`, but \`max: ${p.max}\` caps it`, params: { hint: 'write `status: limited`, or remove `max` and `unit`.' } });
		}
	}, { when: (payload) => payload.issues.length === 0 });

/**
 * How many people may use one purchase: a number (`seats: 1`), or the range of a tier
 * (`seats: { from: 2, to: 5 }`) when the same product is sold as 1, 2–5 and 6–10 seat licences,
 * one licence file per tier. Leave it out when seats mean nothing for the licence (a web font
 * licence counts pageviews): no seats row is shown.
 */
export const seatsSchema = z.union([
	z.number().int().positive(),
	z
		.strictObject({ from: z.number().int().positive(), to: z.number().int().positive() })
		.refine((range) => range.to > range.from, { message: 'must have `to` above `from`', params: { hint: 'write e.g. `{ from: 2, to: 5 }`, or a single number for one seat count.' } }),
]);
export type Seats = z.output<typeof seatsSchema>;

const permissionFields = Object.fromEntries(permissionKeys.map((key) => [key, permissionSchema.optional()])) as Record<PermissionKey, z.ZodOptional<typeof permissionSchema>>;

/**
 * The tier a buyer of this licence can move up to, and how, in your words. The licence page shows
 * it under "Need more? Upgrade to …" with a link to the other licence, and the licence cards say
 * so in a footer line. The other licence must exist, must not be this one, and a chain of
 * upgrades may not lead back to where it started.
 * @example
 * upgradeTo:
 *   license: commercial
 *   how:
 *     en: Pay the difference. Write to us with your order number and we send you the link.
 *     pt: Pague a diferença. Escreva-nos com o número da encomenda e enviamos-lhe o link.
 */
export const upgradeSchema = z.strictObject({
	/** The id of the licence to upgrade to: its file name, e.g. `commercial`. */
	license: slugSchema,
	/** How to upgrade, in a sentence or two: what to pay, whom to write to, what to send. */
	how: localizedTextSchema,
});
export type Upgrade = z.output<typeof upgradeSchema>;

/** `content/licenses/<id>.yaml`: one licence tier. The file name is the licence id. */
export const licenseSchema = z.strictObject({
	/** The tier's name, e.g. "Commercial". */
	name: localizedTextSchema,
	/** Two sentences a buyer reads before choosing: who the tier is for. */
	summary: localizedTextSchema,
	/** Position in comparison tables, cheapest first. */
	order: z.number().int(),
	/** How many people may use one purchase: a number or `{ from, to }`. Leave it out for no seats row. */
	seats: seatsSchema.optional(),
	/** Whether buyers must credit the shop. Default false. */
	attribution: z.boolean().default(false),
	/** `perpetual`, or `while-subscribed` for memberships: use ends with the subscription. */
	term: z.enum(['perpetual', 'while-subscribed']).default('perpetual'),
	/** The tier to move up to, and how: `{ license: commercial, how: … }`. */
	upgradeTo: upgradeSchema.optional(),
	/**
	 * `false` keeps the licence out of the comparison, the home page, the licence chooser and the
	 * sitemap: for a licence no longer sold whose page old links still lead to (it is built, marked
	 * noindex). Default true.
	 */
	listed: z.boolean().default(true),
	/**
	 * Every question that applies to one of the licence's products must be answered (which apply
	 * depends on the product's `kind`: src/lib/permission-keys.ts): an unanswered question is how
	 * disputes start. A key that applies to none of them may be left out.
	 */
	permissions: z.strictObject({
		...permissionFields,
		embedding: retired(
			'`embedding` is now three questions: `embedWeb` (websites), `embedApp` (apps and games) and `embedEbook` (e-books and PDFs)',
			'answer each of them instead, e.g. `embedWeb: { status: limited, max: 1, unit: domains }`, `embedApp: not-allowed`, `embedEbook: allowed`.',
		),
	}),
});
export type LicenseInput = z.input<typeof licenseSchema>;
export type License = z.output<typeof licenseSchema>;
