import type { Guide, Troubleshooting } from '../schemas/article.ts';
import type { Article, ProductEntry } from './content-model.ts';
import type { Localized, Site } from './site.ts';

/** What ranking needs to know about a guide or troubleshooting entry. */
export interface Relatable {
	folder: 'guides' | 'troubleshooting';
	slug: string;
	title: string;
	products: Guide['products'];
	software: readonly string[];
	category: string;
}

/**
 * A product as far as ranking cares: its id, every program named in what its buyers need (any
 * one of an `anyOf` counts) and, for a bundle, the products inside it (parts of parts too), as
 * `site.reach` gives them.
 */
export interface ProductUse {
	id: string;
	software: readonly string[];
	parts?: readonly string[];
}

/** The articles related to one page, best first. */
export type RelatedLookup = (page: Pick<Relatable, 'folder' | 'slug' | 'products' | 'software' | 'category'>) => Relatable[];

/**
 * Articles that share an audience, a piece of software and a category are interchangeable for
 * ranking, so they are grouped once and every comparison is between groups, not articles: a shop
 * of thousands of articles has far fewer distinct groups.
 */
interface Group {
	products: ReadonlySet<string>;
	software: readonly string[];
	category: string;
	/** In title order; only the first `limit + 1` can ever be shown (one may be the page itself). */
	members: Relatable[];
	/** Title rank of each member, for merging groups without comparing titles again. */
	ranks: number[];
}

/**
 * Ranks related articles for every page of a build. A candidate must apply to at least one of the
 * page's products (named, `all`, or through software), and if it names software, one of the
 * page's software (the page's own, or else what its products need): a planner page never suggests
 * a Canva or Cricut article, and a page for every product suggests no program's article at all. Candidates then rank by how many products they share with the page,
 * how much software they name in common with it, whether they are in its category, and title.
 *
 * Building is O(N log N) for N articles. A page costs O(G log G), G being the groups that share a
 * product with it (at most the number of distinct audience, software and category combinations,
 * not articles), and pages with the same combination share one answer.
 */
export function relatedIndex(articles: readonly Relatable[], products: readonly ProductUse[], compareTitles: (a: string, b: string) => number, limit = 5): RelatedLookup {
	const allIds = products.map((p) => p.id);
	const usersOf = new Map<string, string[]>();
	const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
		const list = map.get(key);
		if (list) list.push(value);
		else map.set(key, [value]);
	};
	for (const product of products) for (const id of product.software) push(usersOf, id, product.id);
	const productSoftware = new Map(products.map((p) => [p.id, p.software]));
	// An article naming a part applies to every bundle that holds it, as `appliesTo` says.
	const bundlesOf = new Map<string, string[]>();
	for (const product of products) for (const part of product.parts ?? []) push(bundlesOf, part, product.id);

	const audience = (a: Pick<Relatable, 'products' | 'software'>): string[] => {
		if (a.products === 'all') return allIds;
		const ids = new Set(a.products.filter((id) => productSoftware.has(id)));
		for (const id of [...ids]) for (const bundle of bundlesOf.get(id) ?? []) ids.add(bundle);
		for (const id of a.software) for (const user of usersOf.get(id) ?? []) ids.add(user);
		return [...ids].sort();
	};
	const signature = (ids: readonly string[], a: Pick<Relatable, 'software' | 'category'>) => `${ids.join(' ')}\0${[...a.software].sort().join(' ')}\0${a.category}`;

	const sorted = [...articles].sort((a, b) => compareTitles(a.title, b.title) || a.folder.localeCompare(b.folder) || a.slug.localeCompare(b.slug));
	const groups = new Map<string, Group>();
	const byProduct = new Map<string, Group[]>();
	const byCategoryWithoutAudience = new Map<string, Group[]>();
	sorted.forEach((article, rank) => {
		const ids = audience(article);
		const key = signature(ids, article);
		let group = groups.get(key);
		if (!group) {
			group = { products: new Set(ids), software: article.software, category: article.category, members: [], ranks: [] };
			groups.set(key, group);
			for (const id of ids) push(byProduct, id, group);
			if (ids.length === 0) push(byCategoryWithoutAudience, article.category, group);
		}
		if (group.members.length <= limit) {
			group.members.push(article);
			group.ranks.push(rank);
		}
	});

	const answers = new Map<string, Relatable[]>();
	const rank = (page: Parameters<RelatedLookup>[0]): Relatable[] => {
		const ids = audience(page);
		// A page for no product (rare: a general note) gets the other general notes of its category.
		if (ids.length === 0) return merge((byCategoryWithoutAudience.get(page.category) ?? []).map((group) => ({ group, score: [0, 0, 1] })));
		// A page for every product and no software (a download link expired) is read by buyers of
		// any product: it suggests only what every buyer can use, never one program's article.
		const general = page.products === 'all' && page.software.length === 0;
		const software = new Set(general ? [] : page.software.length > 0 ? page.software : ids.flatMap((id) => productSoftware.get(id) ?? []));
		const shared = new Map<Group, number>();
		for (const id of ids) for (const group of byProduct.get(id) ?? []) shared.set(group, (shared.get(group) ?? 0) + 1);
		const scored = [];
		for (const [group, products] of shared) {
			if (group.software.length > 0 && !group.software.some((id) => software.has(id))) continue;
			const commonSoftware = group.software.filter((id) => page.software.includes(id)).length;
			scored.push({ group, score: [products, commonSoftware, group.category === page.category ? 1 : 0] });
		}
		return merge(scored);
	};
	// Keeps only the best `limit + 1`, since a page may be among them: no sorting of every candidate.
	const merge = (scored: { group: Group; score: number[] }[]): Relatable[] => {
		type Entry = { article: Relatable; score: number[]; rank: number };
		const before = (a: Entry, b: Entry) => b.score[0]! - a.score[0]! || b.score[1]! - a.score[1]! || b.score[2]! - a.score[2]! || a.rank - b.rank;
		const best: Entry[] = [];
		for (const { group, score } of scored) {
			for (let i = 0; i < group.members.length; i++) {
				const entry = { article: group.members[i]!, score, rank: group.ranks[i]! };
				// Members are in title order: once one does not make the list, the rest will not either.
				if (best.length > limit && before(entry, best[limit]!) >= 0) break;
				let at = best.length;
				while (at > 0 && before(entry, best[at - 1]!) < 0) at--;
				best.splice(at, 0, entry);
				if (best.length > limit + 1) best.pop();
			}
		}
		return best.map((e) => e.article);
	};

	return (page) => {
		// `all` and a list naming every product share an audience, not the rule for general pages.
		const key = `${page.products === 'all' ? 'all' : ''}\0${signature(audience(page), page)}`;
		let answer = answers.get(key);
		if (!answer) {
			answer = rank(page);
			answers.set(key, answer);
		}
		return answer.filter((a) => a.folder !== page.folder || a.slug !== page.slug).slice(0, limit);
	};
}

const lookups = new WeakMap<Site, RelatedLookup>();

/** Related guides and troubleshooting entries for a page, in the page's locale; worked out once per build. */
export function relatedArticles(site: Site, article: Article<'guides' | 'troubleshooting'>, locale: string): Localized<'guides' | 'troubleshooting'>[] {
	let lookup = lookups.get(site);
	if (!lookup) {
		const originals = (['guides', 'troubleshooting'] as const).flatMap((folder) =>
			site.slugs(folder).map((slug): Relatable => {
				const { data } = site.get(folder, slug, site.defaultLocale).article as Article<'guides'> | Article<'troubleshooting'>;
				return { folder, slug, title: data.title, products: data.products, software: data.software, category: data.category };
			}),
		);
		const products = site.products().map((p: ProductEntry): ProductUse => {
			const { ids, software } = site.reach(p);
			return { id: p.id, software, parts: ids.slice(1) };
		});
		lookup = relatedIndex(originals, products, new Intl.Collator(site.defaultLocale).compare);
		lookups.set(site, lookup);
	}
	const data = article.data as Guide | Troubleshooting;
	return lookup({ folder: article.folder, slug: article.slug, products: data.products, software: data.software, category: data.category }).map((r) =>
		site.get(r.folder, r.slug, locale),
	) as Localized<'guides' | 'troubleshooting'>[];
}
