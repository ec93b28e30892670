import type { Guide, Troubleshooting } from '../schemas/article.ts';
import type { Article, Content, ProductEntry } from './content-model.ts';
import { byUrgency, hasStarted, isActive } from './notices.ts';
import { productReach, type Reach } from './products.ts';

export type ArticleKind = 'guides' | 'troubleshooting' | 'pages';

/** An article as shown in one locale: its own translation, or the default locale's as a fallback. */
export interface Localized<F extends ArticleKind | 'notices' = ArticleKind> {
	article: Article<F>;
	/** True when `article` is in the default locale because no translation exists yet. */
	fallback: boolean;
}

/** The content, resolved for page building: lookups by locale, relations, notices by time. */
export interface Site {
	content: Content;
	locales: readonly string[];
	defaultLocale: string;
	now: Date;
	/** Slugs of the default locale's articles, in title order: every locale has these pages. */
	slugs(folder: ArticleKind): string[];
	get<F extends ArticleKind | 'notices'>(folder: F, slug: string, locale: string): Localized<F>;
	/** Locales that have their own translation of an article, default first. */
	translations(folder: ArticleKind | 'notices', slug: string): string[];
	/** Guides or troubleshooting that apply to a product: named, `all`, or through its software. */
	forProduct(folder: 'guides' | 'troubleshooting', product: ProductEntry, locale: string): Localized<'guides' | 'troubleshooting'>[];
	forCategory(category: string, locale: string): Localized<'guides' | 'troubleshooting'>[];
	products(): ProductEntry[];
	/** A product with its parts: what applies to it, the software it needs and the licences it offers. */
	reach(product: ProductEntry | string): Reach;
	/** Troubleshooting entries in the order of `commonProblems` in shop.yaml, then the rest by title. */
	commonProblems(locale: string): Localized<'troubleshooting'>[];
	activeNotices(locale: string): Localized<'notices'>[];
	pastNotices(locale: string): Localized<'notices'>[];
}

/**
 * Whether an article applies to a product, given the product's reach (`site.reach`): it names
 * `all`, the product or one of its parts, or one of the programs it needs (any one of an
 * `anyOf` too). src/lib/related.ts works out the same audience for every article at once.
 */
export function appliesTo(data: Pick<Guide | Troubleshooting, 'products' | 'software'>, product: Pick<Reach, 'ids' | 'software'>): boolean {
	if (data.products === 'all' || data.products.some((id) => product.ids.includes(id))) return true;
	return data.software.some((id) => product.software.includes(id));
}

/** Builds the lookups once; every page of a build shares the result. */
export function buildSite(content: Content, now: Date): Site {
	const locales = content.shop.locales;
	const defaultLocale = locales[0]!;
	const index = new Map<string, Article>();
	const key = (folder: string, locale: string, slug: string) => `${folder}/${locale}/${slug}`;
	for (const folder of Object.keys(content.articles) as (keyof Content['articles'])[]) {
		for (const article of content.articles[folder]) index.set(key(folder, article.locale, article.slug), article);
	}
	// Sorted once: every page asks for these lists, and a shop may have thousands of articles.
	const collator = new Intl.Collator(defaultLocale);
	const sortedOriginals = new Map(
		(Object.keys(content.articles) as (keyof Content['articles'])[]).map((folder) => [
			folder,
			(content.articles[folder] as Article[]).filter((a) => a.locale === defaultLocale).sort((a, b) => collator.compare(a.data.title, b.data.title)),
		]),
	);
	const originals = (folder: ArticleKind | 'notices') => sortedOriginals.get(folder)!;
	const reaches = productReach(content.products);
	const reach = (product: ProductEntry | string) => reaches.get(typeof product === 'string' ? product : product.id)!;

	const get = <F extends ArticleKind | 'notices'>(folder: F, slug: string, locale: string): Localized<F> => {
		const own = index.get(key(folder, locale, slug));
		if (own) return { article: own as Article<F>, fallback: false };
		const original = index.get(key(folder, defaultLocale, slug));
		if (!original) throw new Error(`No ${folder} article "${slug}" in ${defaultLocale}.`);
		return { article: original as Article<F>, fallback: locale !== defaultLocale };
	};
	const localizeAll = <F extends ArticleKind | 'notices'>(folder: F, articles: Article[], locale: string) =>
		articles.map((a) => get(folder, a.slug, locale));
	const helpArticles = (locale: string, keep: (a: Article<'guides' | 'troubleshooting'>) => boolean) =>
		(['guides', 'troubleshooting'] as const).flatMap((folder) =>
			localizeAll(folder, originals(folder).filter((a) => keep(a as Article<'guides' | 'troubleshooting'>)), locale),
		) as Localized<'guides' | 'troubleshooting'>[];
	const notices = (locale: string, active: boolean) =>
		localizeAll(
			'notices',
			originals('notices')
				.filter((a) => isActive((a as Article<'notices'>).data, now, content.shop.timeZone) === active && (active || hasStarted((a as Article<'notices'>).data, now, content.shop.timeZone)))
				.sort((a, b) => byUrgency((a as Article<'notices'>).data, (b as Article<'notices'>).data, content.shop.timeZone)),
			locale,
		);

	// Every article page asks for its category's list: work each out once per locale, or a shop of
	// thousands of articles builds in quadratic time.
	const categoryLists = new Map<string, ReturnType<typeof helpArticles>>();
	const forCategory = (category: string, locale: string) => {
		const id = `${category}\0${locale}`;
		let list = categoryLists.get(id);
		if (!list) {
			list = helpArticles(locale, (a) => a.data.category === category);
			categoryLists.set(id, list);
		}
		return list;
	};

	return {
		content,
		locales,
		defaultLocale,
		now,
		slugs: (folder) => originals(folder).map((a) => a.slug),
		get,
		translations: (folder, slug) => locales.filter((locale) => index.has(key(folder, locale, slug))),
		forProduct(folder, product, locale) {
			const featured = product.featured;
			const rank = (slug: string) => (featured.includes(slug) ? featured.indexOf(slug) : featured.length);
			return localizeAll(
				folder,
				originals(folder)
					.filter((a) => appliesTo((a as Article<'guides'>).data, reach(product)))
					.sort((a, b) => rank(a.slug) - rank(b.slug)),
				locale,
			) as Localized<'guides' | 'troubleshooting'>[];
		},
		forCategory,
		commonProblems(locale) {
			const chosen = [...new Set(content.shop.commonProblems)];
			const rest = originals('troubleshooting').map((a) => a.slug).filter((slug) => !chosen.includes(slug));
			return [...chosen, ...rest].map((slug) => get('troubleshooting', slug, locale));
		},
		products: () => [...content.products.values()].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)),
		reach,
		activeNotices: (locale) => notices(locale, true),
		pastNotices: (locale) => notices(locale, false),
	};
}
