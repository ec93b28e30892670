import { z } from 'astro/zod';
import { siteUrlProblem } from '../lib/base-path.ts';
import { accentShortfalls, readableAccent } from '../lib/contrast.ts';
import { canonicalTimeZone, timeZoneProblem } from '../lib/time-zone.ts';
import { httpsUrlSchema, localeSchema, localizedTextSchema, slugSchema } from './common.ts';

/** Marketplaces and storefronts Aftercare knows how to talk about. */
export const platformIds = [
	'etsy',
	'gumroad',
	'shopify',
	'hotmart',
	'creative-market',
	'payhip',
	'own-site',
] as const;
export const platformSchema = z.enum(platformIds);
export type PlatformId = z.output<typeof platformSchema>;

/** A way for a buyer to reach the seller. */
export const supportChannelSchema = z.strictObject({
	/** `email`, `platform-messages` (Etsy conversations, Hotmart support), or `video-call`. */
	type: z.enum(['email', 'platform-messages', 'video-call']),
	/** What the buyer sees as the channel's name, e.g. "E-mail". */
	label: localizedTextSchema,
	/**
	 * Where the channel lives: `mailto:` addresses are built from `email` automatically, so set
	 * this only for links such as a booking page.
	 */
	url: httpsUrlSchema.optional(),
	/** The address for `type: email`. Printed in every deliverable, so keep it stable. */
	email: z.email({ message: 'must be an e-mail address such as help@example.com' }).optional(),
	/** One sentence on when to use this channel, e.g. "For orders over $100". */
	note: localizedTextSchema.optional(),
	/**
	 * Only for buyers on these platforms, e.g. `[etsy]` for Etsy messages: the contact card on a
	 * page about products sold elsewhere (a Hotmart course) leaves it out. Shop-wide pages and the
	 * support page list every channel.
	 */
	platforms: z.array(platformSchema).min(1).optional(),
});

/** A program buyers need to use a product (Canva, Procreate, Lightroom, Cricut Design Space). */
export const softwareSchema = z.strictObject({
	/** The program's name as its maker writes it. */
	name: z.string().min(1),
	/** Its official site, linked from product hubs ("What you need"). */
	url: httpsUrlSchema.optional(),
	/** Whether a free account or version is enough; shown to buyers who worry about cost. */
	free: z.boolean().default(false),
});

/** A group of articles on the home page, e.g. "Downloads and access". */
export const categorySchema = z.strictObject({
	name: localizedTextSchema,
	/** One line under the name on the home page. */
	description: localizedTextSchema.optional(),
	/** Position on the home page, lowest first. Default 100. */
	order: z.number().int().default(100),
});

// --- Refund policy (issue 15): the shop's own rule, read with each platform's rules
// (src/lib/platform-refunds.ts) and the consumer-law notes on the refunds page. ---

/**
 * The cases a shop refunds although its rule says no: `duplicate-purchase` (the same thing
 * bought twice), `bought-item-then-bundle` (an item, then a bundle that contains it),
 * `broken-file` (a file that is broken and cannot be fixed), or `other` in your own words.
 */
export const refundExceptionIds = ['duplicate-purchase', 'bought-item-then-bundle', 'broken-file', 'other'] as const;
export type RefundExceptionId = (typeof refundExceptionIds)[number];

const refundWindowSchema = z.number().int().min(1, { message: 'is not a number of days to ask within: write 1 or more' }).max(365, { message: 'is more than a year: write at most 365' });

/** Hotmart lets a seller choose the guarantee among these lengths (7 is its default). */
export const hotmartGuaranteeDays = [7, 15, 21, 30] as const;

export const refundExceptionSchema = z.union([
	/** Just the case, in the page's built-in words: `- duplicate-purchase`. */
	z.enum(refundExceptionIds),
	z
		.strictObject({
			/** Which case. */
			id: z.enum(refundExceptionIds),
			/** Your own words after the built-in sentence, e.g. "We refund the single item." Required for `other`. */
			note: localizedTextSchema.optional(),
			/** How many days after buying the buyer may ask, for this case only (it replaces `windowDays`). */
			windowDays: refundWindowSchema.optional(),
		})
		.refine((exception) => exception.id !== 'other' || exception.note !== undefined, { message: 'needs a `note` saying the case in your words, since `other` has no built-in sentence', path: ['note'] }),
]);
export type RefundException = z.output<typeof refundExceptionSchema>;

/** `refunds:` in shop.yaml. */
export const refundsSchema = z.strictObject({
	/**
	 * Your rule, in one or two sentences, e.g. "Because files are delivered at once, sales are
	 * final, except in the cases below." Shown first on the refunds page.
	 */
	rule: localizedTextSchema,
	/** The cases you refund anyway, most common first: ids, or `{ id, note, windowDays }`. */
	exceptions: z.array(refundExceptionSchema).default([]),
	/** How many days after buying a buyer may ask, e.g. 14. Leave it out if there is no limit. */
	windowDays: refundWindowSchema.optional(),
	/**
	 * The guarantee you set on Hotmart, in days (7, 15, 21 or 30; Hotmart's default is 7). The
	 * refunds page says it in Hotmart's line.
	 */
	hotmartGuaranteeDays: z
		.number()
		.refine((days) => (hotmartGuaranteeDays as readonly number[]).includes(days), { message: `must be one of the lengths Hotmart offers: ${hotmartGuaranteeDays.join(', ')}` })
		.optional(),
});
export type Refunds = z.output<typeof refundsSchema>;
// --- end of the refund policy block ---

// --- Issue 15: "Was this helpful?" at the end of each article ---
/** True for an https address whose host is a plain DNS name (`forms.example.com`), safe to write into a CSP. */
export function plainHttpsOrigin(value: string): boolean {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return false;
	}
	if (url.protocol !== 'https:' || url.username || url.password) return false;
	const labels = url.hostname.split('.');
	const label = (text: string) => text.length > 0 && text.length <= 63 && !text.startsWith('-') && !text.endsWith('-') && [...text].every((char) => 'abcdefghijklmnopqrstuvwxyz0123456789-'.includes(char));
	return labels.length >= 2 && labels.every(label) && [...labels.at(-1)!].every((char) => char >= 'a' && char <= 'z');
}

/**
 * Where the yes/no under each guide and troubleshooting entry goes. With `endpoint`, the
 * buttons post a form to it (any form service that accepts a POST, such as Formspree); without,
 * they open a pre-filled e-mail to `email`, or else to the first e-mail support channel. Either
 * way nothing is sent or stored until the buyer presses one.
 * @example
 * feedback:
 *   endpoint: https://formspree.io/f/xyzabcd
 */
export const feedbackSchema = z.strictObject({
	/** A form service's `https://` address: the answer, the page's address, title and language are posted to it. */
	endpoint: z
		.url({ protocol: /^https$/, message: 'must be a form address starting with https://, such as https://formspree.io/f/xyzabcd' })
		// Its origin is written into the Content-Security-Policy: a host such as `x.com;script-src`
		// or `*.x.com` would add a directive or a wildcard there, so only a plain host name passes.
		.refine((value) => plainHttpsOrigin(value), { message: 'must be a form address on a plain host name (letters, digits, hyphens and dots, no user name, no * or ;), such as https://formspree.io/f/xyzabcd' })
		.optional(),
	/** The e-mail address answers go to when there is no endpoint. Default: the first e-mail support channel. */
	email: z.email({ message: 'must be an e-mail address such as help@example.com' }).optional(),
});
export type Feedback = z.output<typeof feedbackSchema>;
// --- end of the feedback block ---

/** `content/shop.yaml`: the shop as a whole. */
export const shopSchema = z.strictObject({
	/** The shop's name as buyers know it. */
	name: z.string().min(1),
	/**
	 * The shop's logo, a path inside content/ such as `logo.svg` or `brand/logo.png`: shown in the
	 * header beside the name and on the listing images and link previews. An SVG is turned into a
	 * picture when the site is built, so no SVG code from content reaches a page.
	 */
	logo: z.string().min(1).optional(),
	/** One line under the name on the home page. */
	tagline: localizedTextSchema.optional(),
	/**
	 * The address the help centre is published at: `https://help.example.com`, or with a path for
	 * a site hosted in a folder, such as a GitHub Pages project site:
	 * `https://user.github.io/shop-help/`. Every link, picture, the search, the sitemap, canonical
	 * links and short links then start with that path. A query (`?…`) or fragment (`#…`) is refused.
	 */
	url: httpsUrlSchema.superRefine((url, ctx) => {
		const problem = siteUrlProblem(url);
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	}),
	/**
	 * Languages of the help centre, the default first. The default is served at `/`, every other
	 * at `/<locale>/`. Each needs a folder under `guides/`, `troubleshooting/` and `pages/` only
	 * if it has translations; untranslated articles fall back to the default.
	 */
	locales: z
		.array(localeSchema)
		.min(1, { message: 'must list at least one locale, the default first' })
		.refine((locales) => new Set(locales).size === locales.length, { message: 'lists a locale twice; list each once, the default first' }),
	// Issue 15 (notices): the shop's time zone.
	/**
	 * The time zone the shop keeps its hours in, by its IANA name: a region and a city such as
	 * `Europe/Lisbon`, `America/Sao_Paulo` or `UTC`. Every time a buyer reads (when a notice
	 * starts and ends, its updates) is shown in it, with the zone's name. Default `UTC`.
	 */
	timeZone: z
		.string()
		.superRefine((zone, ctx) => {
			const problem = timeZoneProblem(zone);
			if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { hint: problem.hint } });
		})
		.transform(canonicalTimeZone)
		.default('UTC'),
	/** Brand colours as `#rrggbb`. `accent` colours links and buttons; one too faint to read (below WCAG AA in either colour scheme) is refused. */
	colors: z
		.strictObject({
			accent: z
				.string()
				.regex(/^#[0-9a-f]{6}$/i, { message: 'must be a colour written as #rrggbb' })
				.superRefine((accent, ctx) => {
					const short = accentShortfalls(accent);
					if (short.length === 0) return;
					const better = readableAccent(accent);
					ctx.addIssue({
						code: 'custom',
						message: `"${accent}" is too light or too faint to read against the page (${short.join(', ')}; WCAG AA needs 4.5:1)${better ? `: the same hue at ${better} reads well` : ''}`,
					});
				}),
		})
		.default({ accent: '#8a3b12' }),
	support: z.strictObject({
		/** Ways to reach you, in the order buyers should try them. */
		channels: z.array(supportChannelSchema).min(1),
		/** When someone answers, e.g. "Monday to Friday, 9:00–17:00 Lisbon time". */
		hours: localizedTextSchema,
		/** The promise you keep, e.g. "80 % of messages answered within 24 hours". */
		responsePromise: localizedTextSchema,
	}),
	/** Where the shop sells. Product pages may only name these. */
	platforms: z.array(platformSchema).min(1),
	/**
	 * Your refund rule and the cases you refund anyway (see `refundsSchema`). The refunds page
	 * (the page with `role: refunds`) shows it first, then how each of your `platforms` handles
	 * refunds and the consumer-law notes, then the page's own text.
	 */
	refunds: refundsSchema.optional(),
	/** Where the "Was this helpful?" answers go (see `feedbackSchema`). Leave out to use the first e-mail support channel. */
	feedback: feedbackSchema.optional(),
	/** Programs your products need, by id. Products and articles refer to these ids. */
	software: z.record(slugSchema, softwareSchema).default({}),
	/** Article categories, by id. Every guide and troubleshooting entry names one. */
	categories: z.record(slugSchema, categorySchema),
	/**
	 * The problems buyers ask about most, as troubleshooting slugs, most asked first. The home
	 * page, the search page's "nothing found" and the 404 page list them in this order; entries
	 * not named here follow in title order.
	 */
	commonProblems: z.array(slugSchema).default([]),
});
export type ShopInput = z.input<typeof shopSchema>;
export type Shop = z.output<typeof shopSchema>;
