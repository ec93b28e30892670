import { languageOf, translator } from '../i18n/index.ts';
import type { LocalizedText } from '../schemas/common.ts';
import { absoluteUrl } from './base-path.ts';
import type { ProductEntry } from './content-model.ts';
import { pick } from './localized.ts';
import type { Route } from './route-table.ts';
import { localize, paths } from './routes.ts';
import type { Site } from './site.ts';

/**
 * The link kit: for each product, every help address a seller may print in a deliverable (a
 * PDF's last page, a receipt, a QR code on a card), in every language, with its short link where
 * the site has one. src/links/ writes it out; this file only decides what is in it.
 */

export type KitPageKind = 'product' | 'guide' | 'troubleshooting' | 'license' | 'licenseChooser' | 'refunds' | 'support';

/** What each kind of page is, in the seller's words (the kit is for the seller, in English like the listing images' sheet). */
export const KIT_PAGE_NAMES: Record<KitPageKind, string> = {
	product: 'Product page',
	guide: 'Guide',
	troubleshooting: 'Troubleshooting',
	license: 'Licence',
	licenseChooser: 'Licence chooser',
	refunds: 'Refund policy',
	support: 'Support policy',
};

export interface KitLink {
	locale: string;
	kind: KitPageKind;
	/** The page's title in that language (the original's when it is not translated yet). */
	title: string;
	/** The language the title is in: `locale`, or the default locale's for a page not translated yet. */
	titleLanguage: string;
	/** The page's address, absolute: `https://help.example.com/pt/guides/x/`. */
	url: string;
	/** The current short link to it, absolute, when the site has one: `https://help.example.com/pt/go/wedding/x/`. */
	shortUrl?: string;
	/** What the QR code holds: the short link, or the page's address when it has none. */
	qrUrl: string;
	/** The QR code's file name without extension, unique within the product: `pt-go-wedding-x`. */
	qrName: string;
}

/** `/pt/go/wedding/x/` -> `pt-go-wedding-x`: a file name that says what it is and cannot collide within one product's kit. */
export function qrFileName(locale: string, path: string): string {
	const { pathname, hash } = new URL(path, 'https://x.invalid');
	const parts = pathname.split('/').filter(Boolean);
	// The default locale has no prefix in the address; the file name always names the language.
	if (parts[0] === locale) parts.shift();
	const stem = [locale, ...parts].join('-') || locale;
	return hash ? `${stem}-${hash.slice(1)}` : stem;
}

/**
 * The current short links of the route table (via 'short-link'), by the address they are
 * published at (`/pt/go/wedding/`), with the page each leads to. Former codes and slugs are left
 * out: they work, but are not the address to print.
 */
export function shortLinks(routes: readonly Route[], defaultLocale: string): Map<string, string> {
	const links = new Map<string, string>();
	for (const route of routes) {
		if (route.kind === 'redirect' && route.via === 'short-link') links.set(localize(route.path, route.locale, defaultLocale), route.to);
	}
	return links;
}

/**
 * Every help address of a product in every language, in the order a buyer needs them: its page,
 * the guides and troubleshooting entries that apply to it (a bundle's include its parts'), the
 * licences it offers and the licence chooser at its group, then the refund and support policies.
 * `short` is shortLinks of the route table, made once for all the products' kits: walking the
 * whole table again for each product was products × routes of work.
 */
export function kitLinks(site: Site, short: ReadonlyMap<string, string>, product: ProductEntry): KitLink[] {
	const { defaultLocale } = site;
	const shopUrl = site.content.shop.url;
	const reach = site.reach(product);
	const policies = (['refunds', 'support'] as const).flatMap((role) =>
		site
			.slugs('pages')
			.filter((slug) => site.get('pages', slug, defaultLocale).article.data.role === role)
			.map((slug) => ({ role, slug })),
	);
	const links: KitLink[] = [];
	for (const locale of site.locales) {
		const add = (kind: KitPageKind, [title, titleLanguage]: [string, string], path: string, shortPath?: string, fragment = '') => {
			const page = localize(path, locale, defaultLocale);
			// Only a short link the route table publishes, and that leads to this very page, is printed.
			const shortAddress = shortPath === undefined ? undefined : localize(shortPath, locale, defaultLocale);
			const shortOk = shortAddress !== undefined && short.get(shortAddress) === page;
			const url = absoluteUrl(page, shopUrl) + fragment;
			const shortUrl = shortOk ? absoluteUrl(shortAddress, shopUrl) : undefined;
			links.push({ locale, kind, title, titleLanguage, url, ...(shortUrl ? { shortUrl } : {}), qrUrl: shortUrl ?? url, qrName: qrFileName(locale, (shortOk ? shortAddress : page) + fragment) });
		};
		const text = (value: LocalizedText): [string, string] => [pick(value, locale, defaultLocale), typeof value === 'string' || value[locale] ? locale : defaultLocale];
		const ui = site.content.ui.get(locale);
		add('product', text(product.name), paths.product(product.id), paths.shortLink(product.shortCode));
		for (const folder of ['guides', 'troubleshooting'] as const) {
			for (const { article } of site.forProduct(folder, product, locale)) {
				add(folder === 'guides' ? 'guide' : 'troubleshooting', [article.data.title, article.locale], paths.article(folder, article.slug), paths.shortLink(product.shortCode, article.slug));
			}
		}
		for (const id of reach.licenses) {
			const license = site.content.licenses.get(id);
			if (license) add('license', text(license.name), paths.license(id));
		}
		// The chooser opens at the product's own group (the product page links it the same way).
		if (reach.licenses.length > 0) add('licenseChooser', [translator(locale, ui)('chooser.title'), languageOf('chooser.title', locale, ui)], paths.licenseChooser(), undefined, `#${product.id}`);
		for (const { role, slug } of policies) {
			const { article } = site.get('pages', slug, locale);
			add(role, [article.data.title, article.locale], paths.article('pages', slug));
		}
	}
	return links;
}

/** One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break (or edge spaces a spreadsheet would trim), quotes doubled. */
export function csvField(value: string): string {
	// A field starting with = + - @, a tab or a CR runs as a formula in Excel and Sheets (CSV
	// injection): a title written by anyone with access to the content could. A leading ' makes it
	// text, as OWASP advises.
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Rows as RFC 4180 CSV: CRLF after every row. It starts with a byte order mark, since Excel reads
 * a CSV without one in the computer's old code page and garbles "Não" and "Zażółć".
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
	return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** A language as the seller reads it: `Portuguese (pt)`. */
export function languageName(locale: string): string {
	const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(locale);
	return name && name !== locale ? `${name} (${locale})` : locale;
}

export const KIT_CSV_HEADER = ['Language', 'Page', 'Title', 'Short link', 'Full URL', 'QR code (SVG)', 'QR code (PNG)'] as const;

/** links.csv: one row per address, the QR files named relative to the CSV. */
export function kitCsv(links: readonly KitLink[]): string {
	return toCsv([
		[...KIT_CSV_HEADER],
		...links.map((link) => [languageName(link.locale), KIT_PAGE_NAMES[link.kind], link.title, link.shortUrl ?? '', link.url, `qr/${link.qrName}.svg`, `qr/${link.qrName}.png`]),
	]);
}
