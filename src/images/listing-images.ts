import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import sharp from 'sharp';
import { ContentError, formatProblems, listChoices } from '../lib/content-errors.ts';
import { UsageError } from '../lib/cli.ts';
import { assertOwnFolder, guardOutput, lockOutput, markOwnFolder, removeSibling, siblings, swapIn } from '../lib/output-folder.ts';
import { contentDir } from '../lib/project.ts';
import { loadContent, routesOf, siteOf } from '../data/shop-state.ts';
import { pageContext } from '../lib/page-context.ts';
import { pageMeta } from '../lib/page-meta.ts';
import { pick } from '../lib/localized.ts';
import type { Site } from '../lib/site.ts';
import type { LocalizedText } from '../schemas/common.ts';
import { glyphProblems } from './glyphs.ts';
import { cachedLogoPng, PICTURE_CACHE } from './logo.ts';
import { planListingImages, planPageCards, type PlannedLogo } from './plan.ts';
import { findPreset, presets, type Preset } from './presets.ts';
import { runImageJobs, type PlannedImage, type RunResult } from './run-jobs.ts';

/** A mistake in the command line: printed with the usage, exit code 2. */
export { UsageError };

const PHOTO_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp']);
const CACHE_DIR = 'node_modules/.cache/aftercare/images';

export interface ListingOptions {
	root: string;
	outDir: string;
	products?: string[];
	presets?: string[];
	useCache?: boolean;
	log?: (line: string) => void;
	/** Where problems go; standard error by default. */
	warn?: (line: string) => void;
}

/** The mockup photos of each product, from content/mockups/<product>/. */
export function findPhotos(root: string, site: Site, log: (line: string) => void): { photos: Map<string, string[]>; problems: string[] } {
	const dir = resolve(root, contentDir(), 'mockups');
	const photos = new Map<string, string[]>();
	const problems: string[] = [];
	if (!existsSync(dir)) return { photos, problems };
	for (const product of readdirSync(dir).filter((name) => !name.startsWith('.')).sort()) {
		if (!site.content.products.has(product)) {
			problems.push(`${relative(root, join(dir, product))}/ is a folder for the product "${product}", which does not exist. Rename it to one of ${listChoices(site.content.products.keys())}.`);
			continue;
		}
		const files = readdirSync(join(dir, product)).filter((f) => PHOTO_EXTENSIONS.has(extname(f).toLowerCase())).sort();
		photos.set(product, files.map((f) => join(dir, product, f)));
	}
	if (problems.length === 0) log(`    ${[...photos.values()].flat().length} mockup photos`);
	return { photos, problems };
}

/**
 * Reads each photo's header once (its size, and that it is an image at all): a photo smaller
 * than a preset, or a file that is no image, is named, not rendered. A photo whose data is
 * damaged past its header is found by the render itself, which decodes it anyway (see
 * unreadablePhotos): checking that here meant decoding every photo twice, a third of a second
 * each for a large one.
 */
async function checkPhotos(root: string, images: PlannedImage[]): Promise<{ ok: PlannedImage[]; problems: string[] }> {
	const sizes = new Map<string, { width: number; height: number } | Error>();
	const check = async (photo: string) => {
		try {
			const meta = await sharp(photo).metadata();
			// EXIF-rotated photos swap their sides.
			const turned = (meta.orientation ?? 1) >= 5;
			sizes.set(photo, { width: turned ? meta.height : meta.width, height: turned ? meta.width : meta.height });
		} catch (error) {
			sizes.set(photo, error as Error);
		}
	};
	await Promise.all([...new Set(images.flatMap((i) => (i.job.kind === 'mockup' ? [i.job.photo] : [])))].map(check));
	const problems = new Set<string>();
	const ok = images.filter((image) => {
		if (image.job.kind !== 'mockup') return true;
		const file = relative(root, image.job.photo);
		const size = sizes.get(image.job.photo)!;
		if (size instanceof Error) {
			problems.add(unreadable(file, size.message));
			return false;
		}
		if (size.width < image.job.size.width || size.height < image.job.size.height) {
			const preset = presets.find((p) => p.width === image.job.size.width && p.height === image.job.size.height);
			problems.add(`${file} is ${size.width}x${size.height} px, smaller than the ${preset?.id ?? ''} preset (${image.job.size.width}x${image.job.size.height}). Use a larger photo; it would look blurred.`);
			return false;
		}
		return true;
	});
	return { ok, problems: [...problems] };
}

/** libvips keeps its last error per thread, so under load sharp sometimes reports a damaged file only as "Unknown error". */
const GENERIC_REASON = 'the file is damaged or cut short';
const decodeReason = (reason: string) => {
	const first = reason.split('\n')[0].trim();
	return first === '' || /^unknown error$/i.test(first) ? GENERIC_REASON : first;
};
const unreadable = (file: string, reason: string) => `${file} cannot be read as an image (${decodeReason(reason)}). Export it again as JPEG or PNG.`;

/**
 * Failures of mockups whose photo could not be decoded (render.ts marks them "photo: …"), as one
 * problem per photo, in the words checkPhotos uses; the other failures as they are.
 */
function describeFailures(root: string, failed: RunResult['failed'], place: (out: string) => string): string[] {
	const problems = new Set<string>();
	// One line per photo, though each of its images failed on its own (and libvips may have given
	// some of them only "Unknown error"): the most telling reason wins.
	const photos = new Map<string, string>();
	for (const { image, message } of failed) {
		if (image.job.kind === 'mockup' && message.startsWith('photo: ')) {
			const reason = message.slice('photo: '.length);
			const known = photos.get(image.job.photo);
			if (known === undefined || decodeReason(known) === GENERIC_REASON) photos.set(image.job.photo, reason);
		} else problems.add(`${place(image.out)}: ${message}`);
	}
	return [...[...photos].map(([photo, reason]) => unreadable(relative(root, photo), reason)), ...problems];
}

function summary(title: string, result: RunResult): string {
	const perSecond = result.rendered > 0 ? `, ${(result.rendered / (result.ms / 1000)).toFixed(1)} per second` : '';
	if (result.rendered === 0 && result.failed.length === 0) return `    ${title}: nothing changed, ${result.cached} images up to date (${Math.round(result.ms)} ms).`;
	// Places wanting the same pixels as another get a copy of its rendering, not one of their own.
	const copies = result.shared > 0 ? `, ${result.shared} identical to another` : '';
	return `    ${title}: ${result.rendered} rendered, ${result.cached} unchanged${copies} in ${(result.ms / 1000).toFixed(1)} s${perSecond}.`;
}

/** One file of the listing images' folder as the index shows it. */
interface IndexEntry {
	src: string;
	/** What it is, in words: "Licence card: Commercial, English". */
	caption: string;
}

/**
 * What a file in `<product>/<preset>/` is, read back from the name plan.ts gave it
 * (`licence-<id>-<locale>.jpg`, `mockup-<photo>-<locale>.jpg`); a file named otherwise keeps its name.
 */
export function describeListingImage(file: string, site: Site): string {
	const name = file.slice(0, -extname(file).length);
	const languages = new Intl.DisplayNames(['en'], { type: 'language' });
	// The longest first, so `-pt-br` is not read as a photo named `x-pt` in `br`.
	const locale = [...site.locales].sort((a, b) => b.length - a.length).find((code) => name.endsWith(`-${code}`));
	if (!locale) return file;
	const language = languages.of(locale) ?? locale;
	const middle = name.slice(0, -(locale.length + 1));
	if (middle.startsWith('licence-')) {
		const license = site.content.licenses.get(middle.slice('licence-'.length));
		if (license) return `Licence card: ${pick(license.name, site.defaultLocale, site.defaultLocale)}, ${language}`;
	}
	if (middle.startsWith('mockup-') && middle.length > 'mockup-'.length) {
		const photo = middle.slice('mockup-'.length).replace(/[-_]+/g, ' ');
		return `Mockup: ${photo}${/\bphoto$/i.test(photo) ? '' : ' photo'}, ${language}`;
	}
	return file;
}

/**
 * A contact sheet of everything in the folder, to review before uploading: by product, then by
 * preset (its name and pixel size), each image captioned in words. A seller opens it from disk,
 * so it loads nothing from anywhere else and reads at phone width.
 */
function writeIndex(outDir: string, site: Site): void {
	const files = existsSync(outDir)
		? readdirSync(outDir, { recursive: true, encoding: 'utf8' })
				.map((file) => file.split('\\').join('/'))
				.filter((file) => PHOTO_EXTENSIONS.has(extname(file)) && file.split('/').length === 3)
		: [];
	const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
	const text = (value: LocalizedText) => pick(value, site.defaultLocale, site.defaultLocale);
	// Products in the shop's order and presets in presets.ts's; a folder left by a removed one last.
	const productOrder = site.products().map((p) => p.id);
	const rank = (list: readonly string[], id: string) => (list.includes(id) ? list.indexOf(id) : list.length);
	const presetOrder = presets.map((p) => p.id);
	const byProduct = [...Map.groupBy(files, (file) => file.split('/')[0]!)].sort(([a], [b]) => rank(productOrder, a) - rank(productOrder, b) || a.localeCompare(b));
	const sections = byProduct.map(([productId, list]) => {
		const product = site.content.products.get(productId);
		const locales = product?.locales ?? [site.defaultLocale];
		const licenseOrder = product?.licenses ?? [];
		const byPreset = [...Map.groupBy(list, (file) => file.split('/')[1]!)].sort(([a], [b]) => rank(presetOrder, a) - rank(presetOrder, b) || a.localeCompare(b));
		const groups = byPreset.map(([presetId, images]) => {
			const preset = findPreset(presetId);
			const heading = preset
				? `${escape(preset.label)} <span class="size">${preset.width} × ${preset.height} px · ${preset.format === 'jpeg' ? 'JPEG' : preset.format.toUpperCase()}</span>`
				: escape(presetId);
			// Licence cards first, in the product's order of licences, then the photos; each in its languages' order.
			const order = (file: string) => {
				const name = file.split('/')[2]!;
				const stem = name.slice(0, -extname(name).length);
				const locale = locales.findIndex((code) => stem.endsWith(`-${code}`));
				const license = licenseOrder.findIndex((id) => name.startsWith(`licence-${id}-`));
				const item = locale < 0 ? stem : stem.slice(0, -(locales[locale]!.length + 1));
				return { photo: name.startsWith('licence-') ? 0 : 1, license, item, locale };
			};
			const entries: IndexEntry[] = images
				.map((src) => ({ src, at: order(src) }))
				.sort(({ at: x }, { at: y }) => x.photo - y.photo || x.license - y.license || x.item.localeCompare(y.item) || x.locale - y.locale)
				.map(({ src }) => ({ src, caption: describeListingImage(src.split('/')[2]!, site) }));
			const figures = entries.map(
				({ src, caption }) =>
					`<li><figure><a href="${escape(src)}" tabindex="-1" aria-hidden="true"><img src="${escape(src)}" alt="" loading="lazy"></a><figcaption>${escape(caption)}<a class="file" href="${escape(src)}">${escape(src.split('/')[2]!)}</a></figcaption></figure></li>`,
			);
			return `<section><h3>${heading}</h3><ul class="grid">${figures.join('')}</ul></section>`;
		});
		const title = product ? text(product.name) : productId;
		return `<section id="${escape(productId)}"><h2>${escape(title)}</h2>${groups.join('')}</section>`;
	});
	const contents = byProduct.map(([productId]) => {
		const product = site.content.products.get(productId);
		return `<li><a href="#${escape(productId)}">${escape(product ? text(product.name) : productId)}</a></li>`;
	});
	// Greys by opacity rather than a colour, so they keep their contrast in dark mode too.
	const style = [
		':root{color-scheme:light dark}',
		'body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;padding:1rem;max-width:80rem;overflow-wrap:break-word}',
		'h2{margin-top:2.5rem;border-bottom:1px solid #8886;padding-bottom:.25rem}',
		'h3{font-size:1.05rem;margin:1.5rem 0 .75rem}',
		'.size{display:inline-block;font-weight:400;opacity:.8;font-size:.9rem;margin-left:.25rem}',
		'.grid{display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(min(220px,100%),1fr));list-style:none;margin:0;padding:0}',
		'img{display:block;width:100%;height:auto;border:1px solid #8886}',
		'figure{margin:0}',
		'figcaption{font-size:.95rem;margin-top:.35rem}',
		'figcaption .file{display:block;font-size:.8rem;opacity:.8;overflow-wrap:anywhere;padding-block:.2rem}',
		'nav ul{padding-left:1.25rem}',
		'nav a{display:inline-block;vertical-align:top;padding-block:.2rem}',
	].join('');
	const count = `${files.length} ${files.length === 1 ? 'image' : 'images'} for ${byProduct.length} ${byProduct.length === 1 ? 'product' : 'products'}`;
	writeFileSync(
		join(outDir, 'index.html'),
		`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Listing images: ${escape(site.content.shop.name)}</title><style>${style}</style></head><body><main><h1>Listing images</h1><p>${count}, by product and by the marketplace size each is made for. Open a file name for the image at full size.</p><nav aria-label="Products"><ul>${contents.join('')}</ul></nav>${sections.join('')}</main></body></html>\n`,
	);
}

function resolvePresets(ids: string[] | undefined): Preset[] | undefined {
	if (!ids) return undefined;
	return ids.map((id) => findPreset(id) ?? (() => { throw new UsageError(`There is no preset "${id}". Use one of ${listChoices(presets.map((p) => p.id))}.`); })());
}

/** The whole listing-image run; returns false when any image failed (the rest are written). */
export async function renderListingImages(options: ListingOptions): Promise<boolean> {
	const log = options.log ?? ((line: string) => console.log(line));
	const warn = options.warn ?? ((line: string) => process.stderr.write(`${line}\n`));
	let site: Site;
	try {
		site = siteOf(loadContent(options.root, contentDir()));
	} catch (error) {
		if (error instanceof ContentError) {
			warn(`\n${error.message}`);
			return false;
		}
		throw error;
	}
	const unprintable = glyphProblems(site.content, { images: true, previews: false });
	if (unprintable.length > 0) {
		warn(`\n${formatProblems(unprintable)}`);
		return false;
	}
	for (const id of options.products ?? []) {
		if (!site.content.products.has(id)) throw new UsageError(`There is no product "${id}". Use one of ${listChoices(site.content.products.keys())}.`);
	}
	const chosen = resolvePresets(options.presets);
	const outDir = guardOutput(options.root, options.outDir, contentDir(), "the listing images' folder");
	const release = lockOutput(outDir, "the listing images' folder");
	try {
		assertOwnFolder(outDir);
		// A whole run makes a fresh folder beside the old one and swaps it in, so images of a removed
		// product or preset do not linger for upload and an interrupted run leaves the old set whole.
		// A run for some products or presets updates their files in place.
		const whole = !options.products && !options.presets;
		const target = whole ? siblings(outDir).partial : outDir;
		if (whole) removeSibling(target);
		const { photos, problems } = findPhotos(options.root, site, log);
		const planned = planListingImages(site, { outDir: target, products: options.products, presets: chosen, photos, logo: await shopLogo(options.root, site) });
		const { ok, problems: photoProblems } = await checkPhotos(options.root, planned);
		problems.push(...photoProblems);
		const result = await runImageJobs(ok, { cacheDir: join(options.root, CACHE_DIR), useCache: options.useCache, title: 'Listing images', log });
		markOwnFolder(target);
		writeIndex(target, site);
		if (whole) removeSibling(swapIn(target, outDir));
		log(summary('Listing images', result));
		log(`    Review them all at ${relative(options.root, join(outDir, 'index.html'))}`);
		problems.push(...describeFailures(options.root, result.failed, (out) => relative(options.root, join(outDir, relative(target, out)))));
		for (const problem of problems) warn(`  ${problem}`);
		return problems.length === 0;
	} finally {
		release();
	}
}

/** The shop's logo drawn as a PNG for the templates, or undefined when shop.yaml names none. */
async function shopLogo(root: string, site: Site): Promise<PlannedLogo | undefined> {
	const file = site.content.pictures.logo;
	return file ? cachedLogoPng(file, join(root, PICTURE_CACHE)) : undefined;
}

/** Link preview cards for every page, written into the built site. */
export async function renderPageCards(root: string, dist: string, log: (line: string) => void): Promise<boolean> {
	const site = siteOf(loadContent(root, contentDir()));
	// Their text was checked against the font before the build (src/images/glyphs.ts).
	const cards = planPageCards(site, routesOf(site), dist, (route) => pageMeta(pageContext(site, route.locale, route.path), route), await shopLogo(root, site));
	const result = await runImageJobs(cards, { cacheDir: join(root, CACHE_DIR), title: 'Link previews', log });
	log(summary('Link previews', result));
	for (const failure of result.failed) process.stderr.write(`  ${relative(root, failure.image.out)}: ${failure.message}\n`);
	return result.failed.length === 0;
}
