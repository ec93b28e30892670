import type { Notice } from '../schemas/article.ts';

/** A notice shows from `starts` until `ends`; without `ends` it lasts until the seller sets one. */
export function isActive(notice: Pick<Notice, 'starts' | 'ends'>, now: Date): boolean {
	return notice.starts <= now && (notice.ends === undefined || now < notice.ends);
}

const severityRank = { outage: 0, warning: 1, info: 2 } as const;

/** Outages first, then the most recent. */
export function byUrgency(a: Pick<Notice, 'severity' | 'starts'>, b: Pick<Notice, 'severity' | 'starts'>): number {
	return severityRank[a.severity] - severityRank[b.severity] || b.starts.getTime() - a.starts.getTime();
}

/**
 * The build's clock. Notices are chosen when the site is built, so a build is reproducible only
 * with a fixed clock: set SOURCE_DATE_EPOCH (seconds), the reproducible-builds convention.
 */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
	const epoch = env.SOURCE_DATE_EPOCH;
	if (epoch === undefined || epoch === '') return new Date();
	if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH is "${epoch}"; it must be whole seconds since 1970, e.g. 1764028800.`);
	return new Date(Number(epoch) * 1000);
}

/** Whether a notice concerns any of these products (a notice for `all` concerns every one). */
export function concernsAny(notice: Pick<Notice, 'products'>, productIds: readonly string[]): boolean {
	return notice.products === 'all' || notice.products.some((id) => productIds.includes(id));
}

/**
 * What a notice's label says: its severity while it lasts, `resolved` once it has ended, so a
 * past outage reads as calm history rather than as an alarm.
 */
export function noticeLabel(notice: Pick<Notice, 'severity' | 'starts' | 'ends'>, now: Date): Notice['severity'] | 'resolved' {
	return notice.ends !== undefined && notice.ends <= now ? 'resolved' : notice.severity;
}

/** The id of a notice on the notices page, which the home page's short form links to. */
export function noticeAnchor(slug: string): string {
	return `notice-${slug}`;
}

/**
 * A notice's `starts` or `ends` written as a day alone (`2026-10-03`), without a time: it is
 * shown as that day, never with a time or shifted into the shop's time zone. The notice schema
 * makes these, since only it sees how the date was written.
 */
export class WrittenDay extends Date {
	readonly writtenAsDay = true;
}

/**
 * Whether a date was written as a day alone. Asked by a property, not `instanceof`: the content is
 * read by one copy of this module and the pages are built by another (Vite bundles them).
 */
export function isWrittenDay(date: Date): boolean {
	return (date as Partial<WrittenDay>).writtenAsDay === true;
}

/** One line appended to a notice (`updates:` in its frontmatter). */
export interface NoticeUpdate {
	at: Date;
	text: string;
}

/** An update as shown: `lang` is set when it comes from the original because the translation lacks it. */
export interface ShownUpdate extends NoticeUpdate {
	lang?: string;
}

/**
 * The updates a buyer sees, newest first: the latest news is what someone checking back wants, and
 * it sits right under the notice's text instead of at the end of a growing list. An update dated
 * after the build shows from the first build after it, as a notice does. A translation shows its
 * own updates; one it has not caught up with (no update at that moment) is shown from the
 * original, in the original's language, so no buyer misses news.
 */
export function shownUpdates(own: { locale: string; updates: readonly NoticeUpdate[] }, original: { locale: string; updates: readonly NoticeUpdate[] }, now: Date): ShownUpdate[] {
	const mine = new Set(own.updates.map((update) => update.at.getTime()));
	const missing = own.locale === original.locale ? [] : original.updates.filter((update) => !mine.has(update.at.getTime())).map((update) => ({ ...update, lang: original.locale }));
	return [...own.updates.map((update) => ({ ...update })), ...missing]
		.filter((update) => update.at <= now)
		.sort((a, b) => b.at.getTime() - a.at.getTime());
}

/** What a notice's dates need from a formatter (src/lib/time-zone.ts `momentFormat`). */
export interface NoticeDates {
	day(value: Date): string;
	dayAndTime(value: Date): string;
	zoneName(value: Date): string;
}

/** A date as a notice shows it: a day written alone as that day, a moment with its time. */
export function noticeDate(value: Date, format: NoticeDates): string {
	return isWrittenDay(value) ? format.day(value) : format.dayAndTime(value);
}

/**
 * When a notice applies, in words: "Since October 3, 2026 at 12:00 AM (Central European Time)".
 * The zone is named once, after the last time shown (a day written alone needs none).
 */
export function noticeWhen(notice: Pick<Notice, 'starts' | 'ends'>, format: NoticeDates, t: (key: 'notices.from' | 'notices.since', vars: Record<string, string>) => string): string {
	const { starts, ends } = notice;
	const text = ends ? t('notices.from', { start: noticeDate(starts, format), end: noticeDate(ends, format) }) : t('notices.since', { date: noticeDate(starts, format) });
	const timed = [ends, starts].find((date) => date !== undefined && !isWrittenDay(date));
	return timed ? `${text} (${format.zoneName(timed)})` : text;
}

/** The notices a feed lists: every one that has started, active or past, the most recent first. */
export function feedOrder<T extends { data: Pick<Notice, 'starts'>; slug: string }>(notices: readonly T[], now: Date): T[] {
	return notices.filter((notice) => notice.data.starts <= now).sort((a, b) => b.data.starts.getTime() - a.data.starts.getTime() || a.slug.localeCompare(b.slug));
}
