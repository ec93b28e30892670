import { basename, extname, join } from 'node:path';
import { translator } from '../i18n/index.ts';
import { siteBase, withBase } from '../lib/base-path.ts';
import { pick } from '../lib/localized.ts';
import { offeredKeys, reachKinds } from '../lib/license-use.ts';
import { cardDetail, factRows } from '../lib/permission-text.ts';
import { localize, paths } from '../lib/routes.ts';
import { pageCardFor, type Route } from '../lib/route-table.ts';
import type { Site } from '../lib/site.ts';
import type { LocalizedText } from '../schemas/common.ts';
import { presetsFor, type Preset } from './presets.ts';
import type { RenderJob, Size } from './render.ts';
import type { PlannedImage } from './run-jobs.ts';

export interface ListingPlanOptions {
	outDir: string;
	/** Only these product ids (`--product`); default all. */
	products?: readonly string[];
	/** Only these presets (`--preset`); default each product's own. */
	presets?: readonly Preset[];
	/** Mockup photos by product id, absolute paths. */
	photos: ReadonlyMap<string, readonly string[]>;
	/** The shop's logo as a PNG (src/images/logo.ts), drawn on the licence cards. */
	logo?: PlannedLogo;
}

export interface PlannedLogo {
	src: string;
	width: number;
	height: number;
}

const size = (preset: Preset): Size => ({ width: preset.width, height: preset.height, format: preset.format, safe: preset.safe });
const extension = (preset: Preset) => (preset.format === 'jpeg' ? 'jpg' : preset.format);

/**
 * Every listing image the shop needs: per product, per preset of the platforms it sells on,
 * per locale it is sold in, one licence card per licence and one labelled copy of each photo.
 */
export function planListingImages(site: Site, options: ListingPlanOptions): PlannedImage[] {
	const { shop, licenses } = site.content;
	const host = new URL(shop.url).host;
	const images: PlannedImage[] = [];
	for (const product of site.products()) {
		if (options.products && !options.products.includes(product.id)) continue;
		const wanted = presetsFor(product.listings.map((l) => l.platform)).filter((p) => !options.presets || options.presets.some((o) => o.id === p.id));
		for (const locale of product.locales ?? [site.defaultLocale]) {
			const t = translator(locale, site.content.ui.get(locale));
			const text = (value: LocalizedText) => pick(value, locale, site.defaultLocale);
			const optional = (value: LocalizedText | undefined) => pick(value, locale, site.defaultLocale);
			const number = new Intl.NumberFormat(locale);
			for (const preset of wanted) {
				const dir = join(options.outDir, product.id, preset.id);
				// Every licence the product offers, a bundle's parts' too, as its page lists them.
				const reach = site.reach(product);
				const kinds = reachKinds(reach, (id) => site.content.products.get(id)!.kind);
				for (const licenseId of reach.licenses) {
					const license = licenses.get(licenseId)!;
					const upgrade = license.upgradeTo && licenses.get(license.upgradeTo.license);
					const job: RenderJob = {
						kind: 'license-card',
						size: size(preset),
						data: {
							shopName: shop.name,
							logo: options.logo,
							accent: shop.colors.accent,
							productName: text(product.name),
							licenseTitle: t('image.licence', { name: text(license.name) }),
							badge: t('image.digitalDownload'),
							...(upgrade ? { upgrade: t('upgrade.card', { name: text(upgrade.name) }) } : {}),
							footer: t('image.fullTerms', { url: `${host}${withBase(localize(paths.license(licenseId), locale, site.defaultLocale), siteBase(shop.url))}` }),
							// The questions that apply to this product and its parts, each answer once (its cap, else Yes, No or
							// Limited), then seats (when counted), credit and term.
							rows: [
								...offeredKeys(license, { kinds }).map((key) => {
									const permission = license.permissions[key]!;
									return { label: t(`perm.${key}`), status: permission.status, detail: cardDetail(permission, t, locale, site.defaultLocale) };
								}),
								...factRows(license, t, (n) => number.format(n)).map((fact) => ({ label: fact.label, detail: fact.value })),
							],
						},
					};
					images.push({ out: join(dir, `licence-${licenseId}-${locale}.${extension(preset)}`), job });
				}
				for (const photo of options.photos.get(product.id) ?? []) {
					const label = {
						headline: optional(product.mockupLabel?.headline) ?? t('image.mockupOnly'),
						detail: optional(product.mockupLabel?.detail) ?? t('image.noPhysicalItem'),
					};
					const name = basename(photo, extname(photo));
					images.push({ out: join(dir, `mockup-${name}-${locale}.${extension(preset)}`), job: { kind: 'mockup', size: size(preset), photo, label } });
				}
			}
		}
	}
	return images;
}

/**
 * One link preview card per page (not for redirects), into `<dist>/og/`. A page showing an
 * article not yet translated shares the original's card (pageCardFor), which is planned once,
 * with the original's words, whichever of the two comes first.
 */
export function planPageCards(site: Site, routes: readonly Route[], dist: string, titleOf: (route: Route) => { title: string; kind: string }, logo?: PlannedLogo): PlannedImage[] {
	const { shop } = site.content;
	const planned = new Set<string>();
	return routes.flatMap((route) => {
		const path = pageCardFor(route, site);
		if (!path || planned.has(path)) return [];
		planned.add(path);
		const fallback = route.kind === 'article' && site.get(route.folder, route.slug, route.locale).fallback;
		const { title, kind } = titleOf(fallback ? { ...route, locale: site.defaultLocale } : route);
		return [
			{
				out: join(dist, path),
				job: {
					kind: 'page-card',
					size: { width: 1200, height: 630, format: 'png', safe: { x: 0, y: 0, width: 1, height: 1 } },
					data: { shopName: shop.name, logo, accent: shop.colors.accent, kind, title, host: new URL(shop.url).host },
				},
			},
		];
	});
}
