import type { ShopUiStrings } from '../schemas/ui.ts';
import type { ShopSynonyms } from '../schemas/synonyms.ts';
import type { Guide, Notice, Page, Troubleshooting } from '../schemas/article.ts';
import type { License } from '../schemas/license.ts';
import type { Product } from '../schemas/product.ts';
import type { Shop } from '../schemas/shop.ts';

/** The content folders that hold articles, one locale folder each. */
export const articleFolders = ['guides', 'troubleshooting', 'pages', 'notices'] as const;
export type ArticleFolder = (typeof articleFolders)[number];

export interface ArticleDataByFolder {
	guides: Guide;
	troubleshooting: Troubleshooting;
	pages: Page;
	notices: Notice;
}

/** One article file: a guide, troubleshooting entry, policy page or notice in one locale. */
export interface Article<F extends ArticleFolder = ArticleFolder> {
	folder: F;
	locale: string;
	slug: string;
	/** Path relative to the project root, for error messages. */
	file: string;
	data: ArticleDataByFolder[F];
	body: string;
	/** 1-based line of the body's first line in the file. */
	bodyLine: number;
}

/** Everything under `content/`, parsed and schema-checked but not yet cross-checked. */
export interface Content {
	shop: Shop;
	/** content/shop.yaml, relative to the project, for messages about the shop's fields. */
	shopFile: string;
	licenses: Map<string, License & { id: string; file: string }>;
	products: Map<string, Product & { id: string; file: string }>;
	articles: { [F in ArticleFolder]: Article<F>[] };
	/** Interface strings the shop writes itself, by locale (`content/ui/<locale>.yaml`). */
	ui: Map<string, ShopUiStrings & { id: string; file: string }>;
	/** The shop's own search synonyms, by locale (`content/synonyms/<locale>.yaml`). */
	synonyms: Map<string, ShopSynonyms & { id: string; file: string }>;
	/** Pictures shown on pages, as absolute paths: `logo` from shop.yaml, each product's `image` or first mockup. */
	pictures: ShopPictures;
	/** Addresses from another tool (`content/redirects.yaml`), as paths ending in `/`, each with where it leads and the key as written. */
	redirects: { file: string; entries: Map<string, { to: string; written: string }> };
	/** Every address ever published (`content/published-urls.txt`), or undefined before the first record. */
	publishedUrls: { file: string; site?: string; paths: PublishedPath[] } | undefined;
}
/** One address in the ledger of published URLs, with its line for messages. */
export interface PublishedPath {
	path: string;
	line: number;
}
export interface ShopPictures {
	logo?: string;
	products: Map<string, string>;
}
export type ProductEntry = Content['products'] extends Map<string, infer P> ? P : never;
export type LicenseEntry = Content['licenses'] extends Map<string, infer L> ? L : never;

export function countArticles(content: Content): number {
	return Object.values(content.articles).reduce((sum, list) => sum + list.length, 0);
}
