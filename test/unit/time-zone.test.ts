import { describe, expect, it } from 'vitest';
import { pageContext } from '../../src/lib/page-context.ts';
import type { Site } from '../../src/lib/site.ts';
import { canonicalTimeZone, momentFormat, nearestTimeZones, timeZoneProblem, zoneMidnight } from '../../src/lib/time-zone.ts';
import { shopSchema } from '../../src/schemas/shop.ts';

describe('the shop’s time zone', () => {
	it('accepts an IANA name, spelled as Intl spells it, and defaults to UTC', () => {
		expect(timeZoneProblem('Europe/Lisbon')).toBeUndefined();
		expect(timeZoneProblem('UTC')).toBeUndefined();
		expect(timeZoneProblem('America/Argentina/Buenos_Aires')).toBeUndefined();
		expect(canonicalTimeZone('europe/warsaw')).toBe('Europe/Warsaw');
		expect(shopSchema.shape.timeZone.parse(undefined)).toBe('UTC');
	});

	it('refuses a wrong name with the nearest valid ones, a city alone included', () => {
		expect(nearestTimeZones('Lisbon')[0]).toBe('Europe/Lisbon');
		expect(nearestTimeZones('Europe/Warsww')[0]).toBe('Europe/Warsaw');
		expect(nearestTimeZones('Sao Paulo')[0]).toBe('America/Sao_Paulo');
		expect(timeZoneProblem('Europe/Lisabon')).toEqual({
			message: 'is "Europe/Lisabon", which is not a time zone name',
			hint: expect.stringContaining('the nearest are `Europe/Lisbon`'),
		});
		const refused = shopSchema.shape.timeZone.safeParse('Lisbon');
		expect(refused.success).toBe(false);
		expect(JSON.stringify(refused.error?.issues)).toContain('`Europe/Lisbon`');
	});

	it('refuses an offset or an abbreviation, which do not follow summer time', () => {
		for (const offset of ['+01:00', 'UTC+1', 'GMT-3', '−02:00', 'Etc/GMT-3', 'etc/gmt+5']) expect(timeZoneProblem(offset)?.message, offset).toContain('fixed offset');
		expect(timeZoneProblem('Etc/GMT-3')?.hint).toContain('Europe/Lisbon');
		// UTC by another name is UTC.
		expect(timeZoneProblem('Etc/UTC')).toBeUndefined();
		for (const abbreviation of ['CET', 'EST', 'WEST']) expect(timeZoneProblem(abbreviation)?.message, abbreviation).toContain('abbreviation');
	});
});

describe('dates and times in a zone', () => {
	const moment = new Date('2026-10-02T22:00:00Z');
	it('show a moment in the zone, and a calendar day as written', () => {
		const warsaw = momentFormat('en', 'Europe/Warsaw');
		expect(warsaw.dayOf(moment)).toBe('October 3, 2026');
		expect(warsaw.dayAndTime(moment)).toBe('October 3, 2026 at 12:00 AM');
		expect(warsaw.zoneName(moment)).toBe('Central European Time');
		// An article's "Last updated" 2026-10-02 is midnight UTC: it stays the 2nd in every zone.
		expect(momentFormat('en', 'America/Los_Angeles').day(new Date('2026-10-02T00:00:00Z'))).toBe('October 2, 2026');
		expect(momentFormat('pt', 'Europe/Lisbon').dayAndTime(moment)).toBe('2 de outubro de 2026 às 23:00');
		expect(momentFormat('pt', 'Europe/Lisbon').zoneName(moment)).toBe('Horário da Europa Ocidental');
		expect(momentFormat('fr', 'UTC').zoneName(moment)).toBe('UTC');
	});
});

describe('a page’s dates', () => {
	// Only what pageContext reads of a site: the shop's address, zone and strings.
	const site = (timeZone: string) => ({ content: { shop: { url: 'https://help.example.test', timeZone }, ui: new Map() }, defaultLocale: 'en' }) as unknown as Site;

	it('keep a "Last updated" day as written, west and east of UTC', () => {
		expect(pageContext(site('America/Los_Angeles'), 'en', '/guides/x/').date(new Date('2026-10-02T00:00:00Z'))).toBe('October 2, 2026');
		expect(pageContext(site('Pacific/Kiritimati'), 'pl', '/guides/x/').date(new Date('2026-10-02T00:00:00Z'))).toBe('2 października 2026');
	});
});

describe('midnight in a zone', () => {
	const day = (text: string) => new Date(`${text}T00:00:00Z`);
	const at = (day: string, zone: string) => zoneMidnight(new Date(`${day}T00:00:00Z`), zone).toISOString();

	it('is the instant a calendar day begins there, west and east of UTC', () => {
		expect(at('2026-10-03', 'America/Sao_Paulo')).toBe('2026-10-03T03:00:00.000Z');
		expect(at('2026-10-03', 'Europe/Warsaw')).toBe('2026-10-02T22:00:00.000Z');
		expect(at('2026-11-20', 'Europe/Warsaw')).toBe('2026-11-19T23:00:00.000Z');
		expect(at('2026-01-01', 'Pacific/Kiritimati')).toBe('2025-12-31T10:00:00.000Z');
		expect(at('2026-10-03', 'UTC')).toBe('2026-10-03T00:00:00.000Z');
		expect(zoneMidnight(day('2026-10-03'), 'UTC')).toEqual(day('2026-10-03'));
	});

	it('follows summer time: the offset of that midnight, not of the moment before', () => {
		// Warsaw moves to summer time at 02:00 on 29 March 2026: that day begins in winter time, the next in summer time.
		expect(at('2026-03-29', 'Europe/Warsaw')).toBe('2026-03-28T23:00:00.000Z');
		expect(at('2026-03-30', 'Europe/Warsaw')).toBe('2026-03-29T22:00:00.000Z');
	});

	it('is the change itself when summer time skips midnight, and the first when it happens twice', () => {
		// São Paulo went from 00:00 to 01:00 on 4 November 2018: the day began at 01:00 (-02), 03:00 UTC.
		expect(at('2018-11-04', 'America/Sao_Paulo')).toBe('2018-11-04T03:00:00.000Z');
		expect(at('2018-11-03', 'America/Sao_Paulo')).toBe('2018-11-03T03:00:00.000Z');
		// Havana does the same in March, and goes back from 01:00 to 00:00 in November: the first 00:00.
		expect(at('2026-03-08', 'America/Havana')).toBe('2026-03-08T05:00:00.000Z');
		expect(at('2026-11-01', 'America/Havana')).toBe('2026-11-01T04:00:00.000Z');
	});
});
