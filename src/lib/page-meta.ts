import type { PageContext } from './page-context.ts';
import type { Route } from './route-table.ts';

export interface PageMeta {
	title: string;
	description?: string;
	/** What kind of page it is, for link previews: "Guide", "Licence", the shop's help centre. */
	kind: string;
	/** Locales with real content for this page (hreflang alternates). */
	translations: readonly string[];
}

/** Title, description and kind of any route: shared by the page head and its preview image. */
export function pageMeta(page: PageContext, route: Route): PageMeta {
	const { site, t } = page;
	const { shop, products, licenses } = site.content;
	const base = { kind: t('site.helpCentre'), translations: site.locales };
	switch (route.kind) {
		case 'home':
			return { ...base, title: t('site.helpCentre'), description: page.text(shop.tagline) };
		case 'article': {
			const { article } = site.get(route.folder, route.slug, route.locale);
			return { title: article.data.title, description: article.data.description, kind: t(`kind.${route.folder}`), translations: site.translations(route.folder, route.slug) };
		}
		case 'product':
			return { ...base, kind: t('kind.products'), title: page.text(products.get(route.id)!.name), description: page.text(products.get(route.id)!.summary) };
		case 'license':
			return { ...base, kind: t('kind.licenses'), title: page.text(licenses.get(route.id)!.name), description: page.text(licenses.get(route.id)!.summary) };
		case 'topic':
			return { ...base, title: page.text(shop.categories[route.id]!.name), description: page.text(shop.categories[route.id]!.description) };
		case 'redirect':
			return { ...base, title: route.title };
		case 'search':
			return { ...base, title: t('search.title') };
		case 'notices':
			return { ...base, title: t('notices.title') };
		case 'licenses':
			return { ...base, title: t('license.comparison') };
		case 'licenseChooser':
			return { ...base, title: t('chooser.title'), description: t('chooser.description') };
		case 'savedReplies':
			return { ...base, title: t('replies.title') };
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
