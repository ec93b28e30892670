import { z } from 'astro/zod';
import { isWrittenDay, WrittenDay } from '../lib/notices.ts';
import { dateSchema, dateTimeSchema, slugSchema, WrittenDate } from './common.ts';

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

// Issue 15 (notices): a notice's dates remember whether they were written as a day alone, so a
// day is shown as that day and a moment with its time in the shop's zone (src/lib/notices.ts).
const writtenWithoutTime = (value: unknown) => /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(value instanceof WrittenDate ? value.text : typeof value === 'string' ? value : '');
// The date's own problems, as dateTimeSchema words them (a missing date is "missing").
const passOn = (issues: z.core.$ZodIssue[], ctx: z.core.$RefinementCtx) => {
	for (const issue of issues) ctx.addIssue(issue as z.core.$ZodRawIssue);
};
const noticeDateSchema = z.unknown().transform((value, ctx) => {
	const parsed = dateTimeSchema.safeParse(value);
	if (!parsed.success) {
		passOn(parsed.error.issues, ctx);
		return z.NEVER;
	}
	return writtenWithoutTime(value) ? new WrittenDay(parsed.data.getTime()) : parsed.data;
});
/** When an update was written: a moment with its zone. */
const updateTimeSchema = z.unknown().transform((value, ctx) => {
	if (writtenWithoutTime(value)) {
		ctx.addIssue({ code: 'custom', message: `is ${value instanceof WrittenDate ? value.text : String(value)}, a day without a time`, params: { hint: 'write when you added the update, with its zone: 2026-11-21T10:00:00Z or 2026-11-21T10:00:00+01:00.' } });
		return z.NEVER;
	}
	const parsed = dateTimeSchema.safeParse(value);
	if (!parsed.success) {
		passOn(parsed.error.issues, ctx);
		return z.NEVER;
	}
	return parsed.data;
});
const shownDate = (date: Date) => date.toISOString().replace('T00:00:00.000Z', '').replace('.000Z', 'Z');
// A day written alone begins and ends at midnight in the shop's zone, which this file does not
// know: the bounds are the widest any zone gives (UTC-12 to UTC+14), so nothing right in the
// shop's zone is refused. `ends: 2026-11-22` lasts through the 22nd.
const HOUR = 3_600_000;
const earliestStart = (starts: Date) => (isWrittenDay(starts) ? starts.getTime() - 14 * HOUR : starts.getTime());
const latestEnd = (ends: Date) => (isWrittenDay(ends) ? ends.getTime() + 36 * HOUR : ends.getTime());
/** Whether `ends` comes after `starts` in the shop's zone, whatever it is. Two days: ends on or after the start's day. */
const endsAfterStarts = (starts: Date, ends: Date) => (isWrittenDay(starts) && isWrittenDay(ends) ? ends >= starts : latestEnd(ends) > earliestStart(starts));

/** `content/notices/<locale>/<slug>.md`: a proactive notice, e.g. an outage of the course platform. */
export const noticeSchema = z
	.strictObject({
		title: z.string().min(1),
		/** `info`, `warning` or `outage`; outages are shown first. */
		severity: z.enum(['info', 'warning', 'outage']).default('info'),
		/**
		 * When the notice starts showing, e.g. 2026-11-20T08:00:00Z, shown to buyers in the shop's
		 * `timeZone` with its time. A day alone (2026-11-20) is shown as that day, without a time,
		 * and starts at its midnight in the shop's `timeZone`.
		 */
		starts: noticeDateSchema,
		/**
		 * When it stops showing: after `starts`. A day alone (2026-11-22) is the last day shown, to
		 * its midnight in the shop's `timeZone`. Leave out while the problem lasts, then set it.
		 */
		ends: noticeDateSchema.optional(),
		/** Product ids affected, or `all`. */
		products: z.union([z.literal('all'), z.array(slugSchema)]).default('all'),
		/**
		 * News added while the notice lasts, each with when you wrote it, in this file's language:
		 * `- { at: 2026-11-21T10:00:00Z, text: "Hotmart has found the cause." }`. Shown under the
		 * notice, newest first, and in the notice feeds. Between `starts` and `ends`.
		 */
		updates: z
			.array(z.strictObject({ at: updateTimeSchema, text: z.string().min(1) }))
			.default([]),
	})
	.superRefine(({ starts, ends, updates }, ctx) => {
		updates.forEach((update, index) => {
			const at = update.at.getTime();
			const [side, field, bound] = at < earliestStart(starts) ? ['before', 'starts', starts] : ends !== undefined && at > latestEnd(ends) ? ['after', 'ends', ends] : [];
			if (!bound) return;
			ctx.addIssue({
				code: 'custom',
				path: ['updates', index, 'at'],
				message: `is ${shownDate(update.at)}, ${side} the notice's \`${field}\` (${shownDate(bound)})`,
				params: { hint: `an update is news while the notice lasts: correct its time, or the notice's \`${field}\`.` },
			});
		});
		if (ends === undefined || endsAfterStarts(starts, ends)) return;
		const day = shownDate;
		ctx.addIssue({
			code: 'custom',
			path: ['ends'],
			message: `is ${day(ends)}, ${ends < starts ? 'before' : 'the same moment as'} \`starts\` (${day(starts)}), so the notice would never show`,
			params: { hint: 'correct the date that is wrong (the two may be swapped), or leave `ends` out while the problem lasts.' },
		});
	}, { when: (payload) => payload.issues.length === 0 });
export type Notice = z.output<typeof noticeSchema>;
