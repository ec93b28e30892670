import { describe, expect, it } from 'vitest';
import { byUrgency, feedOrder, isActive, isWrittenDay, noticeAnchor, noticeEnd, noticeLabel, noticeStart, noticeView, noticeWhen, shownUpdates, WrittenDay } from '../../src/lib/notices.ts';
import { pageContext } from '../../src/lib/page-context.ts';
import type { Localized, Site } from '../../src/lib/site.ts';
import { momentFormat } from '../../src/lib/time-zone.ts';
import { noticeSchema } from '../../src/schemas/article.ts';
import { WrittenDate } from '../../src/schemas/common.ts';

describe('notice labels', () => {
	const now = new Date('2026-11-25T00:00:00Z');
	const outage = { severity: 'outage' as const, starts: new Date('2026-11-20T00:00:00Z') };

	it('name the severity while a notice lasts, and "resolved" once it has ended', () => {
		expect(noticeLabel(outage, now)).toBe('outage');
		expect(noticeLabel({ ...outage, ends: new Date('2026-11-26T00:00:00Z') }, now)).toBe('outage');
		expect(noticeLabel({ ...outage, ends: new Date('2026-11-24T00:00:00Z') }, now)).toBe('resolved');
		// Ending at this very moment: isActive says it is over, and so does the label.
		expect(noticeLabel({ ...outage, ends: now }, now)).toBe('resolved');
	});

	it('anchor a notice by its slug', () => {
		expect(noticeAnchor('etsy-download-emails-delayed')).toBe('notice-etsy-download-emails-delayed');
	});
});

describe('notice windows at a fixed clock', () => {
	const now = new Date('2026-11-25T00:00:00Z');
	it('are active from `starts` until `ends`, then past; a notice that has not started is neither', () => {
		const active = { starts: new Date('2026-11-20T00:00:00Z') };
		const expired = { starts: new Date('2026-10-02T22:00:00Z'), ends: new Date('2026-10-03T09:30:00Z') };
		const future = { starts: new Date('2026-12-01T06:00:00Z'), ends: new Date('2026-12-01T08:00:00Z') };
		expect([active, expired, future].map((notice) => isActive(notice, now))).toEqual([true, false, false]);
		expect(feedOrder([{ slug: 'expired', data: expired }, { slug: 'future', data: future }, { slug: 'active', data: active }], now).map((n) => n.slug)).toEqual(['active', 'expired']);
		// Ending at this very moment is over; starting at it is on.
		expect(isActive({ starts: now }, now)).toBe(true);
		expect(isActive({ starts: active.starts, ends: now }, now)).toBe(false);
	});
});

describe('a notice written with days alone, in a shop west of UTC', () => {
	// São Paulo is UTC-3: 3 October begins there at 03:00 UTC and ends at 03:00 UTC on the 4th.
	const zone = 'America/Sao_Paulo';
	const notice = { severity: 'outage' as const, starts: new WrittenDay('2026-10-01T00:00:00Z'), ends: new WrittenDay('2026-10-03T00:00:00Z') };
	const at = (iso: string) => new Date(iso);

	it('lasts through its last day, to midnight there', () => {
		expect(noticeEnd(notice, zone)!.toISOString()).toBe('2026-10-04T03:00:00.000Z');
		// 23:59 on 3 October in São Paulo: the page reads "… to October 3", so it is still on.
		expect(isActive(notice, at('2026-10-04T02:59:00Z'), zone)).toBe(true);
		expect(noticeLabel(notice, at('2026-10-04T02:59:00Z'), zone)).toBe('outage');
		expect(isActive(notice, at('2026-10-04T03:00:00Z'), zone)).toBe(false);
		expect(noticeLabel(notice, at('2026-10-04T03:00:00Z'), zone)).toBe('resolved');
	});

	it('begins at midnight there, not at midnight UTC', () => {
		expect(noticeStart(notice, zone).toISOString()).toBe('2026-10-01T03:00:00.000Z');
		// 21:00 on 30 September in São Paulo, already 1 October in UTC: not yet.
		expect(isActive(notice, at('2026-10-01T00:00:00Z'), zone)).toBe(false);
		expect(isActive(notice, at('2026-10-01T02:59:00Z'), zone)).toBe(false);
		expect(isActive(notice, at('2026-10-01T03:00:00Z'), zone)).toBe(true);
		expect(feedOrder([{ slug: 'x', data: notice }], at('2026-10-01T02:59:00Z'), zone)).toEqual([]);
	});

	it('is ordered among moments by that midnight', () => {
		// 02:00 UTC on 1 October is 23:00 on 30 September there: before the day-alone notice.
		const moment = { severity: 'outage' as const, starts: at('2026-10-01T02:00:00Z') };
		expect([moment, notice].sort((a, b) => byUrgency(a, b, zone))).toEqual([notice, moment]);
		expect(feedOrder([{ slug: 'a', data: moment }, { slug: 'b', data: notice }], at('2026-10-02T00:00:00Z'), zone).map((n) => n.slug)).toEqual(['b', 'a']);
		// Moments do not move.
		expect(noticeStart(moment, zone)).toBe(moment.starts);
		expect(noticeEnd({ ends: moment.starts }, zone)).toBe(moment.starts);
	});

	it('ends through the next day east of UTC too, and in UTC', () => {
		expect(noticeEnd(notice, 'Europe/Warsaw')!.toISOString()).toBe('2026-10-03T22:00:00.000Z');
		expect(noticeEnd(notice, 'UTC')!.toISOString()).toBe('2026-10-04T00:00:00.000Z');
	});
});

describe('notice dates in the shop’s time zone', () => {
	const warsaw = momentFormat('en', 'Europe/Warsaw');
	const t = (key: 'notices.from' | 'notices.since', vars: Record<string, string>) => (key === 'notices.since' ? `Since ${vars.date}` : `${vars.start} to ${vars.end}`);

	it('show 22:00Z on 2 October as 3 October in Warsaw, with the time and the zone named once', () => {
		const notice = { starts: new Date('2026-10-02T22:00:00Z'), ends: new Date('2026-10-03T09:30:00Z') };
		expect(noticeWhen(notice, warsaw, t)).toBe('October 3, 2026 at 12:00 AM to October 3, 2026 at 11:30 AM (Central European Time)');
		expect(noticeWhen(notice, momentFormat('pl', 'Europe/Warsaw'), t)).toBe('3 października 2026 00:00 to 3 października 2026 11:30 (czas środkowoeuropejski)');
		expect(noticeWhen(notice, momentFormat('en', 'UTC'), t)).toBe('October 2, 2026 at 10:00 PM to October 3, 2026 at 9:30 AM (UTC)');
	});

	it('keep a day written alone as that day, without a time or a zone, whatever the zone', () => {
		const day = new WrittenDay('2026-11-20T00:00:00Z');
		expect(isWrittenDay(day)).toBe(true);
		expect(isWrittenDay(new Date(day.getTime()))).toBe(false);
		expect(noticeWhen({ starts: day }, momentFormat('en', 'America/Los_Angeles'), t)).toBe('Since November 20, 2026');
		expect(noticeWhen({ starts: day, ends: new Date('2026-11-21T15:00:00Z') }, warsaw, t)).toBe('November 20, 2026 to November 21, 2026 at 4:00 PM (Central European Time)');
	});
});

describe('notice updates', () => {
	const now = new Date('2026-11-25T00:00:00Z');
	const at = (iso: string) => new Date(iso);
	const en = { locale: 'en', updates: [{ at: at('2026-11-21T10:00:00Z'), text: 'Looking into it.' }, { at: at('2026-11-24T15:00:00Z'), text: 'Found the cause.' }, { at: at('2026-11-26T09:00:00Z'), text: 'Written ahead.' }] };

	it('are shown newest first, and not before their time', () => {
		expect(shownUpdates(en, en, now).map((u) => u.text)).toEqual(['Found the cause.', 'Looking into it.']);
	});

	it('in a translation: its own, and the original’s it lacks in the original’s language', () => {
		const pl = { locale: 'pl', updates: [{ at: at('2026-11-21T10:00:00Z'), text: 'Sprawdzamy.' }] };
		expect(shownUpdates(pl, en, now)).toEqual([
			{ at: at('2026-11-24T15:00:00Z'), text: 'Found the cause.', lang: 'en' },
			{ at: at('2026-11-21T10:00:00Z'), text: 'Sprawdzamy.' },
		]);
	});

	const notice = (extra: Record<string, unknown>) => noticeSchema.safeParse({ title: 'Etsy is slow', starts: new WrittenDate('2026-11-20T08:00:00Z'), ...extra });
	const problems = (result: ReturnType<typeof notice>) => (result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));

	it('are refused before `starts` or after `ends`, and without a time, saying so', () => {
		expect(problems(notice({ updates: [{ at: new WrittenDate('2026-11-20T07:00:00Z'), text: 'Too early' }] }))).toEqual(["updates.0.at is 2026-11-20T07:00:00Z, before the notice's `starts` (2026-11-20T08:00:00Z)"]);
		expect(problems(notice({ ends: new WrittenDate('2026-11-22'), updates: [{ at: new WrittenDate('2026-11-23T12:00:01Z'), text: 'Too late' }] }))).toEqual(["updates.0.at is 2026-11-23T12:00:01Z, after the notice's `ends` (2026-11-22)"]);
		expect(problems(notice({ updates: [{ at: new WrittenDate('2026-11-21'), text: 'A day' }] }))).toEqual(['updates.0.at is 2026-11-21, a day without a time']);
		// At the very end is still news of the notice: "it is fixed".
		expect(problems(notice({ ends: new WrittenDate('2026-11-22T12:00:00Z'), updates: [{ at: new WrittenDate('2026-11-22T12:00:00Z'), text: 'Fixed' }] }))).toEqual([]);
	});

	it('read a day alone as the whole day: an update on the last day is news of it, and one day is a notice', () => {
		expect(problems(notice({ starts: new WrittenDate('2026-11-20'), ends: new WrittenDate('2026-11-22'), updates: [{ at: new WrittenDate('2026-11-22T20:00:00Z'), text: 'Evening' }] }))).toEqual([]);
		expect(problems(notice({ starts: new WrittenDate('2026-11-20'), ends: new WrittenDate('2026-11-20') }))).toEqual([]);
		expect(problems(notice({ starts: new WrittenDate('2026-11-20'), ends: new WrittenDate('2026-11-19') }))).toEqual(['ends is 2026-11-19, before `starts` (2026-11-20), so the notice would never show']);
		expect(problems(notice({ starts: new WrittenDate('2026-11-20'), updates: [{ at: new WrittenDate('2026-11-19T12:00:00Z'), text: 'Early' }] }))).toEqual([]);
		expect(problems(notice({ starts: new WrittenDate('2026-11-20'), updates: [{ at: new WrittenDate('2026-11-19T08:00:00Z'), text: 'Too early' }] }))).toEqual(["updates.0.at is 2026-11-19T08:00:00Z, before the notice's `starts` (2026-11-20)"]);
	});

	it('mark a `starts` written as a day alone, and parse `updates` into moments', () => {
		const parsed = noticeSchema.parse({ title: 'x', starts: new WrittenDate('2026-11-20'), updates: [{ at: new WrittenDate('2026-11-21T10:00:00+01:00'), text: 'y' }] });
		expect(isWrittenDay(parsed.starts)).toBe(true);
		expect(parsed.updates[0]!.at.toISOString()).toBe('2026-11-21T09:00:00.000Z');
		expect(isWrittenDay(noticeSchema.parse({ title: 'x', starts: new WrittenDate('2026-11-20T00:00:00Z') }).starts)).toBe(false);
	});
});

describe('a notice as a page shows it', () => {
	const now = new Date('2026-11-25T00:00:00Z');
	const data = (extra: Record<string, unknown>) => ({ title: 'x', severity: 'info', starts: new WrittenDay('2026-11-20T00:00:00Z'), products: 'all', updates: [], ...extra });
	const article = (locale: string, extra: Record<string, unknown>) => ({ folder: 'notices', slug: 'slow', locale, data: data(extra) });
	const original = article('en', { severity: 'outage', ends: new WrittenDay('2026-11-24T00:00:00Z'), products: ['wall-art', 'kit'], updates: [{ at: new Date('2026-11-21T10:00:00Z'), text: 'Looking.' }] });
	// The translation disagrees on everything but its words: the original decides.
	const translation = article('pl', { severity: 'info', products: ['kit'], title: 'Wolno' });
	const products = new Map([
		['wall-art', { name: { en: 'Posters, large', pl: 'Plakaty, duże' } }],
		['kit', { name: { en: 'Party kit', pl: 'Zestaw' } }],
	]);
	const site = {
		content: { shop: { url: 'https://help.example.test', timeZone: 'America/Sao_Paulo', name: 'S' }, ui: new Map(), products },
		defaultLocale: 'en',
		now,
		get: (_folder: string, _slug: string, locale: string) => ({ article: locale === 'pl' ? translation : original, fallback: false }),
	} as unknown as Site;
	const view = (locale: string) => noticeView(site, pageContext(site, locale, '/notices/'), { article: (locale === 'pl' ? translation : original) as unknown as Localized<'notices'>['article'], fallback: false });

	it('takes its label, dates and products from the original, listing the products in the language', () => {
		const pl = view('pl');
		// 21:00 on 24 November in São Paulo, its last day: still the original's outage.
		expect(pl.label).toBe('outage');
		expect(pl.affects).toBe('Dotyczy: Plakaty, duże i Zestaw');
		expect(pl.when).toBe('Od 20 listopada 2026 do 24 listopada 2026');
		expect(view('en').affects).toBe('Affects: Posters, large and Party kit');
		// Ended at midnight after 24 November in São Paulo: 03:00 UTC on the 25th.
		expect(pl.ended).toBeUndefined();
		expect(pl.starts.toISOString()).toBe('2026-11-20T03:00:00.000Z');
		const later = noticeView({ ...site, now: new Date('2026-11-25T03:00:00Z') } as Site, pageContext(site, 'en', '/notices/'), { article: original as unknown as Localized<'notices'>['article'], fallback: false });
		expect(later.ended?.toISOString()).toBe('2026-11-25T03:00:00.000Z');
		expect(later.label).toBe('resolved');
	});

	it('marks the updates a translation lacks with their language, and names the zone once', () => {
		expect(view('pl').updates).toEqual([{ at: new Date('2026-11-21T10:00:00Z'), when: '21 listopada 2026 07:00', text: 'Looking.', lang: 'en' }]);
		expect(view('pl').updatesTitle).toMatch(/^Aktualizacje \(.+\)$/);
		expect(view('pl').lang).toBeUndefined();
		expect(view('en').updates[0]!.lang).toBeUndefined();
	});
});
