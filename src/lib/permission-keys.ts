import { permissionKeys, type PermissionKey } from '../schemas/license.ts';
import type { productKinds } from '../schemas/product.ts';

export type ProductKind = (typeof productKinds)[number];

/** Asked of every licence, whatever it covers. */
const EVERY: readonly PermissionKey[] = ['personalUse', 'commercialUse', 'resellSourceFiles', 'aiTraining', 'sublicensing'];
/** Graphics a buyer makes things with: templates, printables, cut files. */
const DESIGN: readonly PermissionKey[] = [
	'clientWork', 'physicalProducts', 'digitalProducts', 'printOnDemand', 'socialMediaAndAds',
	'embedWeb', 'embedApp', 'embedEbook', 'modify', 'printerHandoff', 'logoOrTrademark', 'competingUse',
];

/**
 * Which questions apply to a product of each kind. A licence must answer every key that applies
 * to one of its products (src/lib/check-references.ts), and its page, the comparison and the
 * listing cards show only those: a course's licence is not asked whether it may be sold on mugs.
 */
export const keysByKind: Record<ProductKind, readonly PermissionKey[]> = {
	'canva-template': [...EVERY, ...DESIGN],
	printable: [...EVERY, ...DESIGN],
	'svg-cut-file': [...EVERY, ...DESIGN, 'serverUse'],
	font: [...EVERY, 'clientWork', 'desktopUse', 'embedWeb', 'embedApp', 'embedEbook', 'broadcast', 'serverUse', 'modify', 'printerHandoff', 'logoOrTrademark', 'physicalProducts', 'digitalProducts', 'printOnDemand', 'socialMediaAndAds', 'competingUse'],
	preset: [...EVERY, 'clientWork', 'digitalProducts', 'physicalProducts', 'socialMediaAndAds', 'modify', 'competingUse'],
	brush: [...EVERY, 'clientWork', 'desktopUse', 'digitalProducts', 'physicalProducts', 'printOnDemand', 'socialMediaAndAds', 'modify', 'competingUse'],
	ebook: [...EVERY, 'printerHandoff'],
	course: [...EVERY, 'clientWork'],
	event: [...EVERY, 'broadcast'],
	// A membership gives files of any kind, and `other` could be anything: every question.
	membership: permissionKeys,
	other: permissionKeys,
};

/** The keys that apply to any of these kinds, in the buyer's reading order (permissionKeys). */
export function applicableKeys(kinds: Iterable<ProductKind>): PermissionKey[] {
	const wanted = new Set<PermissionKey>();
	for (const kind of kinds) for (const key of keysByKind[kind]) wanted.add(key);
	return permissionKeys.filter((key) => wanted.has(key));
}

/**
 * The rows a licence shows: the keys that apply to the products offering it, or, offered with
 * none, the ones it answers. (Those are answered: a product that needs a key the licence does not
 * answer is refused before anything is built.)
 */
export function shownKeys(license: { permissions: Partial<Record<PermissionKey, unknown>> }, kinds: readonly ProductKind[]): PermissionKey[] {
	const answered = permissionKeys.filter((key) => license.permissions[key] !== undefined);
	if (kinds.length === 0) return answered;
	const applicable = new Set(applicableKeys(kinds));
	return answered.filter((key) => applicable.has(key));
}
