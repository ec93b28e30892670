import type { Translate } from '../i18n/index.ts';
import type { License, Permission, Seats } from '../schemas/license.ts';
import { pick } from './localized.ts';
import { formatAmount } from './units.ts';

/** "Up to 5,000 copies", "Najwyżej 2 egzemplarze": a permission's cap, once; undefined without one. */
export function capText(permission: Permission, t: Translate, locale: string, defaultLocale: string): string | undefined {
	if (permission.max === undefined || permission.unit === undefined) return undefined;
	return t('license.upTo', { amount: formatAmount(permission.max, permission.unit, locale, defaultLocale) });
}

/** Text as a reader compares it: no-break spaces as spaces (NFKC), any case, no closing full stop. */
function comparable(text: string): string {
	let plain = text.normalize('NFKC').trim().toLowerCase();
	while (plain.endsWith('.')) plain = plain.slice(0, -1).trimEnd();
	return plain;
}

/**
 * What is said beside a permission's status, each once: the cap, then the note. A note that
 * says no more than the cap does (the same words) is not repeated.
 */
export function permissionDetails(permission: Permission, t: Translate, locale: string, defaultLocale: string): string[] {
	const cap = capText(permission, t, locale, defaultLocale);
	const note = pick(permission.note, locale, defaultLocale)?.trim();
	const details = cap === undefined ? [] : [cap];
	if (note && (cap === undefined || comparable(note) !== comparable(cap))) details.push(note);
	return details;
}

/** The short answer a listing card prints after the question: the cap if there is one, else Yes, No or Limited. */
export function cardDetail(permission: Permission, t: Translate, locale: string, defaultLocale: string): string {
	return capText(permission, t, locale, defaultLocale) ?? t(`license.${permission.status}`);
}

/** "1", "2–5"; undefined when the licence counts no seats (no row is shown). */
export function seatsText(seats: Seats | undefined, t: Translate, number: (n: number) => string): string | undefined {
	if (seats === undefined) return undefined;
	if (typeof seats === 'number') return number(seats);
	return t('license.seats.range', { from: number(seats.from), to: number(seats.to) });
}

/** The rows after the permissions, on the licence page, the comparison and the card: seats (when counted), credit, term. */
export function factRows(license: Pick<License, 'seats' | 'attribution' | 'term'>, t: Translate, number: (n: number) => string): { label: string; value: string }[] {
	const seats = seatsText(license.seats, t, number);
	return [
		...(seats === undefined ? [] : [{ label: t('license.seats'), value: seats }]),
		{ label: t('license.attribution'), value: t(license.attribution ? 'license.yes' : 'license.no') },
		{ label: t('license.term'), value: t(`license.term.${license.term}`) },
	];
}
