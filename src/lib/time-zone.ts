import { editDistance, listChoices } from './content-errors.ts';

/**
 * The shop's time zone, for every date and time a buyer reads. Days written without a time
 * (`2026-10-03`) are calendar days: they are kept at midnight UTC and shown in UTC, so they read
 * as written whatever the zone; a notice's day takes effect at midnight in the shop's zone
 * (zoneMidnight). Moments (`2026-10-02T22:00:00Z`) are shown in the shop's zone.
 */

/** The names Intl knows, plus `UTC`, which it accepts but does not list. */
function knownZones(): string[] {
	return ['UTC', ...Intl.supportedValuesOf('timeZone')];
}

/** The zone as Intl spells it (`europe/lisbon` -> `Europe/Lisbon`), or undefined if Intl refuses it. */
function resolveZone(name: string): string | undefined {
	try {
		return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
	} catch {
		return undefined;
	}
}

/**
 * A fixed offset or an abbreviation does not follow summer time: only a place's name does.
 * `Etc/GMT-3` is a fixed offset too (its sign inverted, POSIX style); `Etc/UTC` is UTC.
 */
const OFFSET = /^(?:Etc\/)?(?:UTC|GMT)?\s*[+\-−]\d/i;
const NAMED = /^(?:UTC|GMT|[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)+)$/i;

/** The known zones nearest to a name that is not one: by the whole name, or by the city alone (`Lisbon`). */
export function nearestTimeZones(written: string, count = 3): string[] {
	const typed = written.trim().toLowerCase().replace(/\s+/g, '_');
	const city = typed.split('/').at(-1)!;
	return knownZones()
		.map((zone, index) => {
			const lower = zone.toLowerCase();
			const distance = Math.min(editDistance(typed, lower), editDistance(city, lower.split('/').at(-1)!));
			return { zone, index, distance };
		})
		.sort((a, b) => a.distance - b.distance || a.index - b.index)
		.slice(0, count)
		.map(({ zone }) => zone);
}

export interface ZoneProblem {
	message: string;
	hint: string;
}

/** What is wrong with a `timeZone` as written, or undefined when it names a zone Intl knows. */
export function timeZoneProblem(written: string): ZoneProblem | undefined {
	const name = written.trim();
	if (OFFSET.test(name)) {
		return {
			message: `is "${written}", a fixed offset from UTC, which does not follow summer time`,
			hint: 'write the name of the zone the shop keeps its hours in, a region and a city such as Europe/Lisbon or America/Sao_Paulo.',
		};
	}
	if (NAMED.test(name) && resolveZone(name) !== undefined) return undefined;
	const abbreviation = /^[A-Za-z]{2,5}$/.test(name) && !/^(?:UTC|GMT)$/i.test(name);
	return {
		message: abbreviation ? `is "${written}", an abbreviation, which names no single zone` : `is "${written}", which is not a time zone name`,
		hint: abbreviation
			? 'write the zone by a region and a city in it, as in the IANA time zone list: Europe/Warsaw, America/New_York or Asia/Tokyo.'
			: `write a region and a city as in the IANA time zone list; the nearest are ${listChoices(nearestTimeZones(name))}.`,
	};
}

/** The zone's own spelling, once timeZoneProblem has passed it. */
export function canonicalTimeZone(written: string): string {
	return resolveZone(written.trim()) ?? written;
}

/** How a zone is named beside a time: the place's generic name ("Central European Time"), or "UTC". */
const zoneNameStyle = (timeZone: string): 'longGeneric' | 'short' => (timeZone === 'UTC' || timeZone.startsWith('Etc/') ? 'short' : 'longGeneric');

/** Formats dates and times for one language and one zone; make one per locale and reuse it. */
export interface MomentFormat {
	/** A calendar day as written (`2026-11-25`, kept at midnight UTC): "November 25, 2026", never shifted. */
	day(value: Date): string;
	/** A moment's day in the zone: 2026-10-02T22:00:00Z is "October 3, 2026" in Warsaw. */
	dayOf(value: Date): string;
	/** A moment's day and time in the zone, without the zone's name: "October 3, 2026 at 12:00 AM". */
	dayAndTime(value: Date): string;
	/** A short form for a folded line: "Oct 3, 12:00 AM". */
	short(value: Date): string;
	/** The zone's name in the language, as it stands at that moment: "Central European Time", "UTC". */
	zoneName(value: Date): string;
}

// Intl objects are slow to create, and every page and feed of a locale needs the same ones: one
// set per locale and zone for the process (which may build several shops: the tests do).
const momentFormats = new Map<string, MomentFormat>();

/** The formats for moments in `timeZone`, in `locale`'s words, made once per locale and zone. */
export function momentFormat(locale: string, timeZone: string): MomentFormat {
	const key = `${locale}\0${timeZone}`;
	let found = momentFormats.get(key);
	if (!found) momentFormats.set(key, (found = newMomentFormat(locale, timeZone)));
	return found;
}

function newMomentFormat(locale: string, timeZone: string): MomentFormat {
	const days = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
	const zoneDays = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone });
	const moments = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone });
	const shortMoments = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone });
	const zones = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: zoneNameStyle(timeZone) });
	return {
		day: (value) => days.format(value),
		dayOf: (value) => zoneDays.format(value),
		dayAndTime: (value) => moments.format(value),
		short: (value) => shortMoments.format(value),
		zoneName: (value) => zones.formatToParts(value).find((part) => part.type === 'timeZoneName')?.value ?? timeZone,
	};
}

// One formatter per zone: zoneMidnight asks it a few times per date, and a build asks per notice.
const partsByZone = new Map<string, Intl.DateTimeFormat>();
/** The wall-clock time at an instant in a zone, as if it were UTC (milliseconds), whole seconds. */
function wallClock(instant: number, timeZone: string): number {
	let format = partsByZone.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
		partsByZone.set(timeZone, format);
	}
	const part = Object.fromEntries(format.formatToParts(instant).map(({ type, value }) => [type, Number(value)]));
	return Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!);
}

/**
 * The instant a calendar day begins in a zone: 00:00 there, as UTC. The day is given as midnight
 * UTC of it (how a day written `2026-10-03` is kept). A day whose midnight a summer-time change
 * skips (São Paulo's did, until 2019) begins at the change; one whose midnight happens twice
 * (clocks going back at midnight) begins at the first.
 */
export function zoneMidnight(day: Date, timeZone: string): Date {
	const wall = Math.floor(day.getTime() / 86_400_000) * 86_400_000;
	const hour = 3_600_000;
	// Offsets run from -12 to +14 hours: the offsets in force 15 hours either side cover every
	// reading of this midnight; each is right when the instant it gives has that offset.
	const offsets = new Set([-15 * hour, 0, 15 * hour].map((shift) => wallClock(wall + shift, timeZone) - (wall + shift)));
	const exact = [...offsets].map((offset) => wall - offset).filter((instant) => wallClock(instant, timeZone) === wall);
	if (exact.length > 0) return new Date(Math.min(...exact));
	// Midnight skipped: the first second whose wall clock shows the day.
	let before = wall - 16 * hour;
	let after = wall + 16 * hour;
	while (after - before > 1000) {
		const middle = before + Math.floor((after - before) / 2000) * 1000;
		if (wallClock(middle, timeZone) >= wall) after = middle;
		else before = middle;
	}
	return new Date(after);
}
