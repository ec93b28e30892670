import type { UiKey } from '../i18n/en.ts';
import type { ArticleFolder } from './content-model.ts';

/** URL section for each article folder. `troubleshooting` is `/help/` because buyers look for help. */
export const articleSections: Record<Exclude<ArticleFolder, 'notices'>, string> = {
	guides: 'guides',
	troubleshooting: 'help',
	pages: 'policies',
};

/** The article folder whose pages live under a section of the address: `help` -> `troubleshooting`; undefined for any other section. */
export function folderOfSection(section: string): Exclude<ArticleFolder, 'notices'> | undefined {
	return (Object.keys(articleSections) as Exclude<ArticleFolder, 'notices'>[]).find((folder) => articleSections[folder] === section);
}

/** The article folders that have an index page listing them all. */
export type IndexedFolder = 'guides' | 'troubleshooting';

/** Locale-neutral paths; `localize` adds the locale prefix. All end in a slash. */
export const paths = {
	home: () => '/',
	search: () => '/search/',
	notices: () => '/notices/',
	licenses: () => '/licenses/',
	/** "Which licence do I need?": per use, the cheapest tier that allows it. A licence may not be called `choose`. */
	licenseChooser: () => '/licenses/choose/',
	products: () => '/products/',
	topics: () => '/topics/',
	/** The list of every guide (`/guides/`) or troubleshooting entry (`/help/`). */
	articles: (folder: IndexedFolder) => `/${articleSections[folder]}/`,
	savedReplies: () => '/saved-replies/',
	license: (id: string) => `/licenses/${id}/`,
	product: (id: string) => `/products/${id}/`,
	topic: (id: string) => `/topics/${id}/`,
	/** A short link printed in deliverables: the product's hub, or with a slug one of its articles (`/go/wedding/canva-wont-open/`). */
	shortLink: (code: string, slug?: string) => (slug ? `/go/${code}/${slug}/` : `/go/${code}/`),
	article: (folder: Exclude<ArticleFolder, 'notices'>, slug: string) => `/${articleSections[folder]}/${slug}/`,
};

/** The index pages in the order the footer lists them, with the UI string that names each. */
export const indexPages = [
	{ path: '/topics/', label: 'nav.topics' },
	{ path: '/products/', label: 'nav.products' },
	{ path: '/guides/', label: 'nav.guides' },
	{ path: '/help/', label: 'nav.troubleshooting' },
] as const satisfies readonly { path: string; label: UiKey }[];

/**
 * The index a breadcrumb trail starts from: a product or a topic leads through `/products/` or
 * `/topics/`. Only a trail's first step is asked: an article's trail starts at its topic, so it
 * reads Home › Topics › Printing rather than also naming Guides.
 */
export function indexFor(path: string): (typeof indexPages)[number] | undefined {
	const section = /^\/[^/]+\//.exec(path)?.[0];
	if (section === path || (section !== paths.products() && section !== paths.topics())) return undefined;
	return indexPages.find((index) => index.path === section);
}

/** `/guides/x/` in `pt` (default `en`) -> `/pt/guides/x/`; the default locale has no prefix. */
export function localize(path: string, locale: string, defaultLocale: string): string {
	return locale === defaultLocale ? path : `/${locale}${path}`;
}

/** Splits `/pt/guides/x/` into `{ locale: 'pt', path: '/guides/x/' }`. */
export function delocalize(path: string, locales: readonly string[]): { locale: string; path: string } {
	const [, first, ...rest] = path.split('/');
	if (first && locales.includes(first) && first !== locales[0]) {
		return { locale: first, path: `/${rest.join('/')}` };
	}
	return { locale: locales[0]!, path };
}

/**
 * Normalises an internal link as an author may write it (`/guides/x`, `/guides/x/#step-2`) to the
 * canonical path with a trailing slash, keeping any query and fragment.
 */
export function normalizeInternalHref(href: string): { path: string; suffix: string } {
	const match = /^([^?#]*)(.*)$/.exec(href)!;
	let path = match[1]!;
	if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) path += '/';
	return { path, suffix: match[2]! };
}

/** True for `../x/`, `x/` and the like: links without a scheme, a leading `/` or a leading `#`. */
export function isRelativeLink(href: string): boolean {
	return !/^([a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(href);
}

/** True for root-relative links to pages (not files such as `/downloads/guide.pdf`). */
export function isPageLink(href: string): boolean {
	if (!href.startsWith('/') || href.startsWith('//')) return false;
	const { path } = normalizeInternalHref(href);
	return path.endsWith('/');
}
