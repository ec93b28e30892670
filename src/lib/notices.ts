import type { Notice } from '../schemas/article.ts';
import type { PageContext } from './page-context.ts';
import type { Localized, Site } from './site.ts';
import { zoneMidnight } from './time-zone.ts';

/**
 * When a notice starts, as an instant: a moment as written; a day written alone at the start of
 * that day in the shop's zone, so `starts: 2026-11-20` in São Paulo begins at 03:00 UTC.
 */
export function noticeStart(notice: Pick<Notice, 'starts'>, timeZone: string): Date {
	return isWrittenDay(notice.starts) ? zoneMidnight(notice.starts, timeZone) : notice.starts;
}

/**
 * When a notice ends, as an instant: a moment as written; a day written alone at the end of that
 * day in the shop's zone (the start of the next), since the page reads "… to October 3", and a
 * buyer reads October 3 as still included.
 */
export function noticeEnd(notice: Pick<Notice, 'ends'>, timeZone: string): Date | undefined {
	const { ends } = notice;
	if (ends === undefined || !isWrittenDay(ends)) return ends;
	return zoneMidnight(new Date(ends.getTime() + 86_400_000), timeZone);
}

/**
 * A notice shows from `starts` until `ends`; without `ends` it lasts until the seller sets one.
 * `timeZone` is the shop's (its default is UTC), in which a day written alone begins and ends.
 */
export function isActive(notice: Pick<Notice, 'starts' | 'ends'>, now: Date, timeZone = 'UTC'): boolean {
	const ends = noticeEnd(notice, timeZone);
	return noticeStart(notice, timeZone) <= now && (ends === undefined || now < ends);
}

/** Whether a notice has begun showing: active now, or past. */
export function hasStarted(notice: Pick<Notice, 'starts'>, now: Date, timeZone = 'UTC'): boolean {
	return noticeStart(notice, timeZone) <= now;
}

const severityRank = { outage: 0, warning: 1, info: 2 } as const;

/** Outages first, then the most recent. */
export function byUrgency(a: Pick<Notice, 'severity' | 'starts'>, b: Pick<Notice, 'severity' | 'starts'>, timeZone = 'UTC'): number {
	return severityRank[a.severity] - severityRank[b.severity] || noticeStart(b, timeZone).getTime() - noticeStart(a, timeZone).getTime();
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
export function noticeLabel(notice: Pick<Notice, 'severity' | 'starts' | 'ends'>, now: Date, timeZone = 'UTC'): Notice['severity'] | 'resolved' {
	const ends = noticeEnd(notice, timeZone);
	return ends !== undefined && ends <= now ? 'resolved' : notice.severity;
}

/** The id of a notice on the notices page, which the home page's short form links to. */
export function noticeAnchor(slug: string): string {
	return `notice-${slug}`;
}

/**
 * A notice's `starts` or `ends` written as a day alone (`2026-10-03`), without a time, kept at
 * midnight UTC of that day: it is shown as that day, never with a time or shifted into the shop's
 * time zone, and takes effect at that day's midnight there (noticeStart, noticeEnd). The notice
 * schema makes these, since only it sees how the date was written.
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
export function feedOrder<T extends { data: Pick<Notice, 'starts'>; slug: string }>(notices: readonly T[], now: Date, timeZone = 'UTC'): T[] {
	const start = (notice: T) => noticeStart(notice.data, timeZone).getTime();
	return notices.filter((notice) => hasStarted(notice.data, now, timeZone)).sort((a, b) => start(b) - start(a) || a.slug.localeCompare(b.slug));
}

// One per locale for the whole build: Intl objects are slow to create.
const listFormats = new Map<string, Intl.ListFormat>();
/** "Wall art prints, Party kit and Brush font", in the page's language: names may hold commas. */
function listOf(locale: string, names: readonly string[]): string {
	let format = listFormats.get(locale);
	if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
	return format.format(names);
}

/** A notice as every renderer shows it (the notices pages, the feeds, llms.txt), in one page's language. */
export interface NoticeView {
	label: Notice['severity'] | 'resolved';
	anchor: string;
	/** The language of the notice's title and text when it is not the page's (an untranslated notice). */
	lang: string | undefined;
	/** "Since October 3, 2026 at 12:00 AM (Central European Time)". */
	when: string;
	/** "Affects: Wall art prints and Party kit". */
	affects: string;
	/** "Updates (Central European Time)", when there are any to show. */
	updatesTitle: string | undefined;
	/** Newest first, each with its time written out; `lang` when not the page's language. */
	updates: { at: Date; when: string; text: string; lang: string | undefined }[];
	/** When it started showing, as an instant (a day written alone: its midnight in the shop's zone). */
	starts: Date;
	/** When it stopped showing, once it has. */
	ended: Date | undefined;
}

/**
 * What a page shows of a notice. The original decides when it shows, what it is and what it
 * affects; the translation gives only the words (title, text, its own updates), so no language
 * says something different.
 */
export function noticeView(site: Site, page: PageContext, { article }: Localized<'notices'>): NoticeView {
	const original = site.get('notices', article.slug, site.defaultLocale).article.data;
	const zone = site.content.shop.timeZone;
	const updates = shownUpdates({ locale: article.locale, updates: article.data.updates }, { locale: site.defaultLocale, updates: original.updates }, site.now);
	const ends = noticeEnd(original, zone);
	const productName = (id: string) => page.text(site.content.products.get(id)!.name);
	const lang = article.locale === page.locale ? undefined : article.locale;
	return {
		label: noticeLabel(original, site.now, zone),
		anchor: noticeAnchor(article.slug),
		lang,
		when: noticeWhen(original, page.moments, page.t),
		affects: `${page.t('notices.affects')} ${original.products === 'all' ? page.t('notices.allProducts') : listOf(page.locale, original.products.map(productName))}`,
		updatesTitle: updates[0] && page.t('notices.updates', { zone: page.moments.zoneName(updates[0].at) }),
		updates: updates.map(({ at, text, lang: from = article.locale }) => ({ at, text, when: page.moments.dayAndTime(at), lang: from === page.locale ? undefined : from })),
		starts: noticeStart(original, zone),
		ended: ends !== undefined && ends <= site.now ? ends : undefined,
	};
}
