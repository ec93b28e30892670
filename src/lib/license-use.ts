import type { License } from '../schemas/license.ts';
import type { ContentProblem } from './content-errors.ts';
import { applicableKeys, shownKeys, type ProductKind } from './permission-keys.ts';
import type { PermissionKey } from '../schemas/license.ts';
import type { Reach } from './products.ts';

/** A licence as the checks below need it: its id and file, its upgrade, whether it is listed. */
export type LicenseLink = Pick<License, 'upgradeTo' | 'listed' | 'order'> & { id: string; file: string };

/**
 * Upgrades that lead nowhere a buyer could go: to the licence itself, or round a chain back to
 * where it started (`personal → commercial → personal`). A cycle is told once, at the licence of
 * the cycle that comes first by id. An unknown target is for the reference check, which knows the
 * licences that failed their schema.
 */
export function upgradeProblems(licenses: ReadonlyMap<string, LicenseLink>): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const higher = (license: LicenseLink) =>
		[...licenses.values()]
			.filter((other) => other.id !== license.id && other.order > license.order)
			.sort((a, b) => a.order - b.order)
			.map((other) => `\`${other.id}\``);
	for (const license of licenses.values()) {
		const target = license.upgradeTo?.license;
		if (target === undefined) continue;
		if (target === license.id) {
			const above = higher(license);
			problems.push({
				file: license.file,
				where: 'upgradeTo.license',
				message: `is "${target}", this licence itself: a buyer cannot upgrade to the licence they have.`,
				hint: `name the tier above it${above.length > 0 ? ` (${above.slice(0, 3).join(', ')})` : ''}, or remove \`upgradeTo\`.`,
			});
			continue;
		}
		// Each licence upgrades to one other at most: follow the chain until it ends or comes back.
		const chain = [license.id];
		let next: string | undefined = target;
		while (next !== undefined && licenses.has(next) && !chain.includes(next)) {
			chain.push(next);
			next = licenses.get(next)!.upgradeTo?.license;
		}
		if (next !== license.id) continue;
		if (chain.some((id) => id < license.id)) continue;
		const back = licenses.get(chain[chain.length - 1]!)!;
		problems.push({
			file: license.file,
			where: 'upgradeTo.license',
			message: `is "${target}", whose upgrades lead back to this licence (${[...chain, license.id].join(' → ')}): an upgrade must lead to a tier above.`,
			hint: `remove \`upgradeTo\` from ${back.file}, or point it at a tier above "${back.id}".`,
		});
	}
	return problems;
}

/**
 * The licences buyers can get: every licence a product offers, itself or through a bundle's parts
 * (`reach.licenses`), and every licence one of those upgrades to, and so on up the chain.
 */
export function licensesInUse(licenses: ReadonlyMap<string, LicenseLink>, reaches: Iterable<Pick<Reach, 'licenses'>>): Set<string> {
	const used = new Set<string>();
	const add = (id: string | undefined) => {
		while (id !== undefined && licenses.has(id) && !used.has(id)) {
			used.add(id);
			id = licenses.get(id)!.upgradeTo?.license;
		}
	};
	for (const reach of reaches) for (const id of reach.licenses) add(id);
	return used;
}

/**
 * A listed licence no buyer can get: the build goes on and prints a note with the three ways out.
 * (A licence with `listed: false` is kept for old links on purpose.)
 */
export function unusedLicenseNotes(licenses: ReadonlyMap<string, LicenseLink>, reaches: Iterable<Pick<Reach, 'licenses'>>): ContentProblem[] {
	const used = licensesInUse(licenses, reaches);
	return [...licenses.values()]
		.filter((license) => license.listed && !used.has(license.id))
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((license) => ({
			file: license.file,
			message: `is offered by no product (nor through a bundle's parts, nor as an upgrade), yet the comparison and the home page list it.`,
			hint: `offer it from a product (\`licenses: [${license.id}]\` in content/products/<id>.yaml), or set \`listed: false\` to keep only its page for old links, or delete the file.`,
		}));
}

/** The licences the comparison, the home page and the chooser show, cheapest first: all but `listed: false`. */
export function listedLicenses<L extends Pick<License, 'listed' | 'order'>>(licenses: Iterable<L>): L[] {
	return [...licenses].filter((license) => license.listed).sort((a, b) => a.order - b.order);
}

/** The kinds of a product and of every part inside it (`reach.ids`), each once. */
export function reachKinds(reach: Pick<Reach, 'ids'>, kindOf: (id: string) => ProductKind): ProductKind[] {
	return [...new Set(reach.ids.map(kindOf))];
}

/** The keys a licence must answer for a product: those of its kind and of its parts' kinds. */
export function requiredKeys(reach: Pick<Reach, 'ids'>, kindOf: (id: string) => ProductKind): PermissionKey[] {
	return applicableKeys(reachKinds(reach, kindOf));
}

/** What a licence's page, its cards and the comparison work from: the products offering it and their kinds. */
export interface Offering {
	/** Products that offer the licence, themselves or through a part (in the order given). */
	products: string[];
	/** The kinds of those products and of all their parts, each once. */
	kinds: ProductKind[];
}

export function offeringOf(licenseId: string, products: readonly { id: string; kind: ProductKind }[], reachOf: (id: string) => Pick<Reach, 'ids' | 'licenses'>): Offering {
	const kinds = new Map(products.map((p) => [p.id, p.kind]));
	const offering = products.filter((p) => reachOf(p.id).licenses.includes(licenseId));
	return {
		products: offering.map((p) => p.id),
		kinds: [...new Set(offering.flatMap((p) => reachKinds(reachOf(p.id), (id) => kinds.get(id)!)))],
	};
}

/** The rows a licence shows, given its offering: see shownKeys. */
export function offeredKeys(license: Pick<License, 'permissions'>, offering: Pick<Offering, 'kinds'>): PermissionKey[] {
	return shownKeys(license, offering.kinds);
}

/** Licences compared side by side: tiers sold together, and the products that offer them. */
export interface LicenseFamily {
	licenses: string[];
	products: string[];
	kinds: ProductKind[];
}

/**
 * The licences a comparison puts in one table: those offered together by some product, and by
 * chains of them (a template sold with Personal and Commercial, a cut file with Commercial and
 * Extended: one family). A font's Desktop and Web tiers, never offered beside a template's, make
 * their own, so no table asks a template licence about webfonts. In the order of each family's
 * cheapest tier; a listed licence no product offers joins the family of none, at the end.
 */
export function licenseFamilies(products: readonly { id: string; kinds: readonly ProductKind[]; licenses: readonly string[] }[], listed: readonly { id: string }[]): LicenseFamily[] {
	const ids = listed.map((l) => l.id);
	const known = new Set(ids);
	const parent = new Map(ids.map((id) => [id, id]));
	const root = (id: string): string => {
		let at = id;
		while (parent.get(at) !== at) at = parent.get(at)!;
		return at;
	};
	for (const product of products) {
		const offered = product.licenses.filter((id) => known.has(id));
		for (const id of offered.slice(1)) parent.set(root(id), root(offered[0]!));
	}
	const families = new Map<string, LicenseFamily>();
	const familyOf = (id: string) => {
		const key = root(id);
		let family = families.get(key);
		if (!family) families.set(key, (family = { licenses: [], products: [], kinds: [] }));
		return family;
	};
	// `listed` is in the shop's order, cheapest first: so is each family's list, and the families.
	for (const id of ids) familyOf(id).licenses.push(id);
	for (const product of products) {
		const offered = product.licenses.find((id) => known.has(id));
		if (!offered) continue;
		const family = familyOf(offered);
		family.products.push(product.id);
		for (const kind of product.kinds) if (!family.kinds.includes(kind)) family.kinds.push(kind);
	}
	const all = [...families.values()];
	const none = all.filter((f) => f.products.length === 0).flatMap((f) => f.licenses);
	return [...all.filter((f) => f.products.length > 0), ...(none.length > 0 ? [{ licenses: ids.filter((id) => none.includes(id)), products: [], kinds: [] }] : [])];
}
