import type { Product } from '../schemas/product.ts';
import type { ContentProblem } from './content-errors.ts';

/** What bundles and software needs are worked out from: a product's own fields. */
export interface ProductParts {
	id: string;
	file: string;
	software: Product['software'];
	contains: readonly string[];
	licenses: readonly string[];
}

/**
 * The programs a buyer needs, as groups: every group is needed, and any one program of a group
 * will do. `software: [a, b]` is `[[a], [b]]`; `software: { anyOf: [a, b] }` is `[[a, b]]`.
 */
export type SoftwareNeeds = string[][];

/** A product with what its parts bring: what applies to it, what it needs and what it offers. */
export interface Reach {
	/** The product first, then every product inside it (parts of parts too), each once. */
	ids: string[];
	/** The products it lists under `contains` that exist, in that order. */
	parts: string[];
	/** Its own needs, then its parts', each group once. */
	needs: SoftwareNeeds;
	/** Every program named in `needs`, each once: an article for any of them applies. */
	software: string[];
	/** Its own licences, then its parts', each once. */
	licenses: string[];
}

/** The groups of programs one product's own `software` field asks for. */
export function ownNeeds(software: Product['software']): SoftwareNeeds {
	return Array.isArray(software) ? software.map((id) => [id]) : [[...software.anyOf]];
}

/** How the hub says what a product needs: nothing, one program, all of a list, one of a list, or a mix. */
export type NeedsWording =
	| { kind: 'none' }
	| { kind: 'all'; ids: string[] }
	| { kind: 'any'; ids: string[] }
	| { kind: 'mixed'; groups: SoftwareNeeds };

export function needsWording(needs: SoftwareNeeds): NeedsWording {
	if (needs.length === 0) return { kind: 'none' };
	if (needs.every((group) => group.length === 1)) return { kind: 'all', ids: needs.map((group) => group[0]!) };
	if (needs.length === 1) return { kind: 'any', ids: [...needs[0]!] };
	return { kind: 'mixed', groups: needs };
}

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/** What a bundle holds that is not itself a bundle: a bundle of bundles is its parts' parts. */
export function bundledItems(product: { id: string }, reachOf: (product: { id: string }) => Pick<Reach, 'parts' | 'ids'>): string[] {
	return reachOf(product).ids.filter((id) => id !== product.id && reachOf({ id }).parts.length === 0);
}

/**
 * The parts a bundle's licence covers when it covers only some of them: a font bundle whose App
 * licence comes with one of its two fonts. Undefined when it covers the whole bundle (the bundle
 * offers it itself, or every part does).
 */
export function licenceCoverage(product: Pick<ProductParts, 'id' | 'contains' | 'licenses'>, licence: string, reachOf: (product: { id: string }) => Pick<Reach, 'licenses' | 'parts' | 'ids'>): string[] | undefined {
	if (product.licenses.includes(licence)) return undefined;
	const parts = bundledItems(product, reachOf);
	const covered = parts.filter((part) => reachOf({ id: part }).licenses.includes(licence));
	return covered.length === parts.length ? undefined : covered;
}

/** Every product's reach. Unknown parts are left out and a cycle stops where it closes (both are reported by `bundleProblems`). */
export function productReach(products: ReadonlyMap<string, ProductParts>): Map<string, Reach> {
	const reach = new Map<string, Reach>();
	for (const product of products.values()) {
		const ids: string[] = [];
		const visit = (id: string) => {
			if (ids.includes(id)) return;
			const part = products.get(id);
			if (!part) return;
			ids.push(id);
			for (const inner of part.contains) visit(inner);
		};
		visit(product.id);
		const all = ids.map((id) => products.get(id)!);
		const groups = new Map<string, string[]>();
		for (const part of all) for (const group of ownNeeds(part.software)) groups.set([...group].sort().join(' '), group);
		const needs = [...groups.values()];
		reach.set(product.id, {
			ids,
			parts: unique(product.contains.filter((id) => products.has(id) && id !== product.id)),
			needs,
			software: unique(needs.flat()),
			licenses: unique(all.flatMap((part) => part.licenses)),
		});
	}
	return reach;
}

/**
 * A bundle that lists itself, or that sits inside one of its own parts: each is told at the
 * `contains` entry to remove. A cycle is told once, in the file of its first product by id.
 * Unknown ids are for the reference check, which knows the products that failed their schema.
 */
export function bundleProblems(products: ReadonlyMap<string, ProductParts>): ContentProblem[] {
	const problems: ContentProblem[] = [];
	/** The shortest chain of `contains` from `from` to `to`, both included, or undefined. */
	const chain = (from: string, to: string): string[] | undefined => {
		const before = new Map<string, string>([[from, '']]);
		const queue = [from];
		while (queue.length > 0) {
			const id = queue.shift()!;
			if (id === to) {
				const path = [id];
				while (before.get(path[0]!)) path.unshift(before.get(path[0]!)!);
				return path;
			}
			for (const next of products.get(id)?.contains ?? []) {
				if (!before.has(next) && products.has(next)) {
					before.set(next, id);
					queue.push(next);
				}
			}
		}
		return undefined;
	};
	for (const product of products.values()) {
		product.contains.forEach((id, i) => {
			const where = `contains[${i}]`;
			if (id === product.id) {
				problems.push({
					file: product.file,
					where,
					message: `is "${id}", this product itself: a bundle cannot contain itself.`,
					hint: 'remove it, and list only the other products the bundle holds.',
				});
				return;
			}
			if (!products.has(id)) return;
			const back = chain(id, product.id);
			if (!back) return;
			const cycle = [product.id, ...back];
			// Told once: at the edge leaving the cycle's first product by id.
			if (cycle.some((member) => member < product.id)) return;
			const other = products.get(back[back.length - 2]!)!;
			problems.push({
				file: product.file,
				where,
				message: `is "${id}", which contains this product again (${cycle.join(' → ')}): each would hold the other without end.`,
				hint: `remove "${id}" from this list, or "${product.id}" from \`contains\` in ${other.file}.`,
			});
		});
	}
	return problems;
}

const noLicenceKinds = ['course', 'membership', 'event', 'ebook'] as const;

/** The UI string a product with no licence shows on its hub, unless it says its own (`noLicense`). */
export function noLicenceKey(kind: Product['kind']): `product.noLicence.${(typeof noLicenceKinds)[number] | 'other'}` {
	const own = noLicenceKinds.find((k) => k === kind);
	return `product.noLicence.${own ?? 'other'}`;
}
