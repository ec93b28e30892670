import { loadSite } from './load-site.ts';

/** `getStaticPaths` of a `[locale]` route: every language but the default, whose files sit at the root. */
export function otherLocales(): { params: { locale: string } }[] {
	const site = loadSite();
	return site.locales.filter((locale) => locale !== site.defaultLocale).map((locale) => ({ params: { locale } }));
}
