import { missingUiKeys } from '../i18n/index.ts';
import type { LocalizedText } from '../schemas/common.ts';
import type { PageContext } from './page-context.ts';
import type { Route } from './route-table.ts';
import { indexFor, localize, paths } from './routes.ts';
import type { Site } from './site.ts';

export interface PageMeta {
	title: string;
	description: string;
	/** What kind of page it is, for link previews: "Guide", "Licence", the shop's help centre. */
	kind: string;
	/** Locales with real content for this page (hreflang alternates). */
	translations: readonly string[];
}

/** Title, description and kind of any route: shared by the page head and its preview image. */
export function pageMeta(page: PageContext, route: Route): PageMeta {
	const { site, t } = page;
	const { shop, products, licenses } = site.content;
	const base = { kind: t('site.helpCentre'), translations: translationsOf(site, route) };
	switch (route.kind) {
		case 'home':
			return { ...base, title: t('site.helpCentre'), description: page.text(shop.tagline) ?? t('meta.home', { shop: shop.name }) };
		case 'article': {
			const { article } = site.get(route.folder, route.slug, route.locale);
			return { ...base, title: article.data.title, description: article.data.description, kind: t(`kind.${route.folder}`) };
		}
		case 'product':
			return { ...base, kind: t('kind.products'), title: page.text(products.get(route.id)!.name), description: page.text(products.get(route.id)!.summary) };
		case 'license':
			return { ...base, kind: t('kind.licenses'), title: page.text(licenses.get(route.id)!.name), description: page.text(licenses.get(route.id)!.summary) };
		case 'topic': {
			const topic = shop.categories[route.id]!;
			return { ...base, title: page.text(topic.name), description: page.text(topic.description) ?? t('meta.topic', { topic: page.text(topic.name) }) };
		}
		case 'redirect':
			return { ...base, title: route.title, description: t('shortLink.title', { name: route.title }) };
		case 'search':
			return { ...base, title: t('search.title'), description: t('meta.search') };
		case 'notices':
			return { ...base, title: t('notices.title'), description: t('notices.feedDescription', { shop: shop.name }) };
		case 'licenses':
			return { ...base, title: t('license.comparison'), description: t('meta.licenses') };
		case 'licenseChooser':
			return { ...base, title: t('chooser.title'), description: t('chooser.description') };
		case 'savedReplies':
			return { ...base, title: t('replies.title'), description: t('replies.intro') };
		case 'products':
			return { ...base, title: t('nav.products'), description: t('index.productsLead') };
		case 'topics':
			return { ...base, title: t('nav.topics'), description: t('index.topicsLead') };
		case 'articles':
			return route.folder === 'guides'
				? { ...base, title: t('nav.guides'), description: t('index.guidesLead') }
				: { ...base, title: t('nav.troubleshooting'), description: t('index.troubleshootingLead') };
	}
}

/** Whether a text has words of its own in a locale: a plain string is the same in every language (the schema's rule). */
function writtenIn(text: LocalizedText | undefined, locale: string, defaultLocale: string): boolean {
	if (text === undefined || typeof text === 'string' || locale === defaultLocale) return true;
	return text[locale] !== undefined;
}

/**
 * The locales a page is really translated into; at any other locale its address shows a fallback
 * copy (the default locale's text), which search engines are sent to the original for. The rule,
 * by what the page is made of:
 * - an article: its own file in that locale (`content/guides/pt/x.mdx`);
 * - a product, licence or topic: its YAML has its name and its summary (or description) in that
 *   locale; a plain string is the same in every language (a brand name), so it counts everywhere;
 * - every other page (home, indexes, search, notices, the licence comparison and chooser): its
 *   words are the interface's, so every locale with a complete set of UI strings, built in
 *   (src/i18n) or the shop's own (content/ui/<locale>.yaml);
 * - a redirect: none (it is kept out of search engines anyway).
 * The default locale is always one of them.
 */
export function translationsOf(site: Pick<Site, 'locales' | 'defaultLocale' | 'content' | 'translations'>, route: Route): readonly string[] {
	const { locales, defaultLocale, content } = site;
	const inYaml = (...texts: (LocalizedText | undefined)[]) => locales.filter((locale) => texts.every((text) => writtenIn(text, locale, defaultLocale)));
	switch (route.kind) {
		case 'article':
			return site.translations(route.folder, route.slug);
		case 'product': {
			const product = content.products.get(route.id)!;
			return inYaml(product.name, product.summary);
		}
		case 'license': {
			const license = content.licenses.get(route.id)!;
			return inYaml(license.name, license.summary);
		}
		case 'topic': {
			const topic = content.shop.categories[route.id]!;
			return inYaml(topic.name, topic.description);
		}
		case 'redirect':
			return [];
		default:
			return uiCompleteLocales(site);
	}
}

// Which locales have every button and label is the same for every page of a site: worked out once
// per site, not for each page (and again for its structured data and the sitemap).
const uiComplete = new WeakMap<object, readonly string[]>();
function uiCompleteLocales(site: Pick<Site, 'locales' | 'defaultLocale' | 'content'>): readonly string[] {
	let found = uiComplete.get(site.content);
	if (!found) {
		found = site.locales.filter((locale) => locale === site.defaultLocale || missingUiKeys(locale, site.content.ui.get(locale)).length === 0);
		uiComplete.set(site.content, found);
	}
	return found;
}

/** A page at a locale it is not translated into: the default locale's text at another address. */
export function isFallbackCopy(site: Parameters<typeof translationsOf>[0], route: Route): boolean {
	return route.kind !== 'redirect' && !translationsOf(site, route).includes(route.locale);
}

export interface HeadLinks {
	/** The address search engines should index for this page, in its locale (`/pt/guides/x/`). */
	canonical: string;
	/** hreflang alternates, each an address in its locale; empty on a fallback copy. */
	alternates: { hreflang: string; address: string }[];
}

/**
 * Canonical and hreflang links. A real translation names itself and every real translation,
 * with x-default on the default locale's page. A fallback copy names the original as canonical
 * and no alternates: it is not a member of the translation set, and hreflang on a page whose
 * canonical is elsewhere would contradict it.
 */
export function headLinks(path: string, locale: string, defaultLocale: string, translations: readonly string[]): HeadLinks {
	if (!translations.includes(locale)) return { canonical: localize(path, defaultLocale, defaultLocale), alternates: [] };
	const alternates = translations.map((hreflang) => ({ hreflang, address: localize(path, hreflang, defaultLocale) }));
	alternates.push({ hreflang: 'x-default', address: localize(path, defaultLocale, defaultLocale) });
	return { canonical: localize(path, locale, defaultLocale), alternates };
}

export interface Crumb {
	label: string;
	/** Locale-neutral, like the route table's paths. */
	path: string;
}

/**
 * The breadcrumb trail shown at the top of a page, from Home: the visible breadcrumbs and the
 * BreadcrumbList structured data are both drawn from it, so they cannot disagree. `trail` is the
 * steps between Home and the page; the index a product or topic belongs to is added here (Home ›
 * Topics › Printing on an article: the index of the trail's first step, or of the page itself
 * when the trail is empty, comes right after Home).
 */
export function breadcrumbs(page: Pick<PageContext, 'path' | 't'>, trail: readonly Crumb[]): Crumb[] {
	const index = indexFor(trail[0]?.path ?? page.path);
	const steps = index ? [{ label: page.t(index.label), path: index.path }, ...trail] : trail;
	return [{ label: page.t('nav.home'), path: paths.home() }, ...steps];
}

/** The steps between Home and an article: its topic, for a guide or troubleshooting entry. */
export function articleTrail(page: Pick<PageContext, 'site' | 'text'>, folder: string, category: string | undefined): Crumb[] {
	if (folder === 'pages' || category === undefined) return [];
	return [{ label: page.text(page.site.content.shop.categories[category]!.name), path: paths.topic(category) }];
}
