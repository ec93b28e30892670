import { describe, expect, it } from 'vitest';
import { feedOrder, isActive, isWrittenDay, noticeAnchor, noticeLabel, noticeWhen, shownUpdates, WrittenDay } from '../../src/lib/notices.ts';
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
		expect(problems(notice({ ends: new WrittenDate('2026-11-22'), updates: [{ at: new WrittenDate('2026-11-22T00:00:01Z'), text: 'Too late' }] }))).toEqual(["updates.0.at is 2026-11-22T00:00:01Z, after the notice's `ends` (2026-11-22)"]);
		expect(problems(notice({ updates: [{ at: new WrittenDate('2026-11-21'), text: 'A day' }] }))).toEqual(['updates.0.at is 2026-11-21, a day without a time']);
		// At the very end is still news of the notice: "it is fixed".
		expect(problems(notice({ ends: new WrittenDate('2026-11-22T12:00:00Z'), updates: [{ at: new WrittenDate('2026-11-22T12:00:00Z'), text: 'Fixed' }] }))).toEqual([]);
	});

	it('mark a `starts` written as a day alone, and parse `updates` into moments', () => {
		const parsed = noticeSchema.parse({ title: 'x', starts: new WrittenDate('2026-11-20'), updates: [{ at: new WrittenDate('2026-11-21T10:00:00+01:00'), text: 'y' }] });
		expect(isWrittenDay(parsed.starts)).toBe(true);
		expect(parsed.updates[0]!.at.toISOString()).toBe('2026-11-21T09:00:00.000Z');
		expect(isWrittenDay(noticeSchema.parse({ title: 'x', starts: new WrittenDate('2026-11-20T00:00:00Z') }).starts)).toBe(false);
	});
});
