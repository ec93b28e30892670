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

/**
 * What a notice's label says: its severity while it lasts, `resolved` once it has ended, so a
 * past outage reads as calm history rather than as an alarm.
 */
/** Whether a notice concerns any of these products (a notice for `all` concerns every one). */
export function concernsAny(notice: Pick<Notice, 'products'>, productIds: readonly string[]): boolean {
	return notice.products === 'all' || notice.products.some((id) => productIds.includes(id));
}

export function noticeLabel(notice: Pick<Notice, 'severity' | 'starts' | 'ends'>, now: Date): Notice['severity'] | 'resolved' {
	return notice.ends !== undefined && notice.ends <= now ? 'resolved' : notice.severity;
}

/** The id of a notice on the notices page, which the home page's short form links to. */
export function noticeAnchor(slug: string): string {
	return `notice-${slug}`;
}
