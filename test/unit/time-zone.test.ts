import { describe, expect, it } from 'vitest';
import { pageContext } from '../../src/lib/page-context.ts';
import type { Site } from '../../src/lib/site.ts';
import { canonicalTimeZone, momentFormat, nearestTimeZones, timeZoneProblem } from '../../src/lib/time-zone.ts';
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
		for (const offset of ['+01:00', 'UTC+1', 'GMT-3', '−02:00']) expect(timeZoneProblem(offset)?.message, offset).toContain('fixed offset');
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

	it('keep a "Last updated" day as written, west of UTC too, and show a moment’s day in the shop’s zone', () => {
		const page = pageContext(site('America/Los_Angeles'), 'en', '/guides/x/');
		expect(page.date(new Date('2026-10-02T00:00:00Z'))).toBe('October 2, 2026');
		expect(page.date(new Date('2026-10-02T05:00:00Z'))).toBe('October 1, 2026');
		expect(pageContext(site('Europe/Warsaw'), 'pl', '/notices/').date(new Date('2026-10-02T22:00:00Z'))).toBe('3 października 2026');
	});
});
