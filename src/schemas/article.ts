import { z } from 'astro/zod';
import { dateSchema, dateTimeSchema, slugSchema } from './common.ts';

/** Fields every article (guide, troubleshooting entry, policy page) shares. */
const articleBase = z.strictObject({
	/** The page title and the search result's headline. Say what the buyer wants to do. */
	title: z.string().min(1),
	/** One sentence under the title, also used for search engines and link previews. */
	description: z.string().min(1),
	/**
	 * The date you last checked the article was right, as YYYY-MM-DD. Shown as "Last updated".
	 * A date after the day of the build is refused (a typo such as 2062).
	 */
	updated: dateSchema,
	/** Old slugs of this article. Links to them keep working and lead here. */
	formerSlugs: z.array(slugSchema).default([]),
	/**
	 * The ways buyers ask for this article, in their own words ("can I sell mugs with this?",
	 * "I want my money back"). Search weighs them above the body; they are not shown on the page.
	 * Worth filling in for the articles buyers need most.
	 */
	questions: z.array(z.string().min(1)).default([]),
});

/** Which products an article applies to. */
const appliesTo = {
	/** Product ids, or `all`. */
	products: z.union([z.literal('all'), z.array(slugSchema)]).default([]),
	/** Software ids: the article also applies to every product that needs one of them. */
	software: z.array(slugSchema).default([]),
	/** A category id from shop.yaml. */
	category: slugSchema,
};

/** `content/guides/<locale>/<slug>.mdx`: a tutorial or how-to. */
export const guideSchema = articleBase.extend({
	...appliesTo,
	/** A video tutorial, linked (never embedded, so nothing loads from a third party). */
	video: z
		.strictObject({
			/** The video's page on its host, `https://…`: a link, so nothing loads until the buyer asks. */
			url: z.url({ protocol: /^https?$/, error: 'must be a web address starting with https://' }),
			minutes: z.number().positive().optional(),
		})
		.optional(),
});
export type Guide = z.output<typeof guideSchema>;

/**
 * `content/troubleshooting/<locale>/<slug>.mdx`: one problem, its cause and its fix (the body).
 * The page shows the symptom, the error messages, `quickFix`, the body's fix, `cause`, then the
 * body's last section.
 */
export const troubleshootingSchema = articleBase.extend({
	...appliesTo,
	/** What the buyer sees or says, in their words: "The download button does nothing". */
	symptom: z.string().min(1),
	/** Exact error messages, copied character for character, so a buyer who pastes one finds this page. */
	errors: z.array(z.string().min(1)).default([]),
	/**
	 * The one thing most buyers need to do, in one line: "Sign in to Canva, then open the link
	 * from your PDF in a normal window." Shown in a box above the fix, so a buyer on a phone sees it
	 * without scrolling. Leave it out when there is no single step that usually works.
	 */
	quickFix: z.string().min(1).optional(),
	/**
	 * Why it happens, in one or two sentences. Shown once, after the fix and before the body's last
	 * section ("Still stuck?"), so do not repeat it as a section of the body.
	 */
	cause: z.string().min(1),
	/**
	 * A short reply you can paste into a message. The link to this page is added for you.
	 * Listed on `/saved-replies/`, which search engines do not index.
	 */
	savedReply: z.string().min(1),
});
export type Troubleshooting = z.output<typeof troubleshootingSchema>;

/** `content/pages/<locale>/<slug>.mdx`: refunds, support, privacy, terms, about, FAQ. */
export const pageSchema = articleBase.extend({
	/** What the page is for; policies are linked from every footer. */
	role: z.enum(['refunds', 'support', 'privacy', 'terms', 'about', 'faq', 'other']).default('other'),
});
export type Page = z.output<typeof pageSchema>;

/** `content/notices/<locale>/<slug>.md`: a proactive notice, e.g. an outage of the course platform. */
export const noticeSchema = z
	.strictObject({
		title: z.string().min(1),
		/** `info`, `warning` or `outage`; outages are shown first. */
		severity: z.enum(['info', 'warning', 'outage']).default('info'),
		/** When the notice starts showing, e.g. 2026-11-20T08:00:00Z. */
		starts: dateTimeSchema,
		/** When it stops showing: after `starts`. Leave out while the problem lasts, then set it. */
		ends: dateTimeSchema.optional(),
		/** Product ids affected, or `all`. */
		products: z.union([z.literal('all'), z.array(slugSchema)]).default('all'),
	})
	.superRefine(({ starts, ends }, ctx) => {
		if (ends === undefined || ends > starts) return;
		const day = (date: Date) => date.toISOString().replace('T00:00:00.000Z', '').replace('.000Z', 'Z');
		ctx.addIssue({
			code: 'custom',
			path: ['ends'],
			message: `is ${day(ends)}, ${ends < starts ? 'before' : 'the same moment as'} \`starts\` (${day(starts)}), so the notice would never show`,
			params: { hint: 'correct the date that is wrong (the two may be swapped), or leave `ends` out while the problem lasts.' },
		});
	}, { when: (payload) => payload.issues.length === 0 });
export type Notice = z.output<typeof noticeSchema>;
