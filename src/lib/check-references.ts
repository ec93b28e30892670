import type { LocalizedText } from '../schemas/common.ts';
import { builtInUnits, permissionKeys, type PluralForms } from '../schemas/license.ts';
import { isForms, missingForms } from './units.ts';
import { nearestChoices, show, type ContentProblem } from './content-errors.ts';
import { addContentNotes, checkArticleBodies } from './article-body/check.ts';
import type { Article, Content } from './content-model.ts';
import { requiredKeys, unusedLicenseNotes, upgradeProblems } from './license-use.ts';
import { bundleProblems, productReach } from './products.ts';
import { redirectLineProblems } from './published-urls.ts';
import { indexPages, paths } from './routes.ts';

/** Every locale-neutral page path the site will have, for checking links written by authors. */
export function knownPaths(content: Content): Set<string> {
	const { shop, products, licenses, articles } = content;
	const known = new Set<string>([paths.home(), paths.search(), paths.notices(), paths.licenses(), paths.licenseChooser(), paths.savedReplies(), ...indexPages.map((index) => index.path)]);
	for (const id of Object.keys(shop.categories)) known.add(paths.topic(id));
	for (const id of licenses.keys()) known.add(paths.license(id));
	for (const product of products.values()) {
		known.add(paths.product(product.id));
		for (const code of [product.shortCode, ...product.formerCodes]) known.add(paths.shortLink(code));
	}
	for (const folder of ['guides', 'troubleshooting', 'pages'] as const) {
		for (const article of articles[folder]) {
			for (const slug of [article.slug, ...article.data.formerSlugs]) known.add(paths.article(folder, slug));
		}
	}
	return known;
}

/**
 * Checks every reference between files: ids, locales, slugs, short codes, and the article bodies
 * (src/lib/article-body/). Reads nothing but the images articles show, looked up from
 * `projectRoot`, the folder their `file` paths are relative to.
 */
export function checkReferences(content: Content, invalidIds: ReadonlyMap<string, ReadonlySet<string>> = new Map(), projectRoot = process.cwd()): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const { shop, licenses, products, articles } = content;
	const [defaultLocale] = shop.locales as [string, ...string[]];
	// A list in shop.yaml that could not be read (`*`): nothing is reported as missing from it.
	const unknowable = (field: string) => invalidIds.get(field)?.has('*') ?? false;
	const localesKnown = !unknowable('locales');

	const knownLocale = (file: string, where: string, locale: string, message: string) =>
		!localesKnown ||
		shop.locales.includes(locale) ||
		problems.push({ file, where, message, hint: `use one of ${nearestChoices(locale, shop.locales)}, or add "${locale}" to \`locales\` in content/shop.yaml.` });
	const localized = (file: string, where: string, text: LocalizedText | undefined) => {
		if (text === undefined || typeof text === 'string' || !localesKnown) return;
		for (const locale of Object.keys(text)) {
			knownLocale(file, `${where}.${locale}`, locale, `is text for the locale "${locale}", which content/shop.yaml does not list.`);
		}
		if (!(defaultLocale in text)) {
			problems.push({
				file,
				where,
				message: `has no text for the default locale "${defaultLocale}".`,
				hint: `add \`${defaultLocale}: ...\`; other locales fall back to it.`,
			});
		}
	};
	// A unit of the seller's own: words for each locale the shop has, in every plural form its numbers need.
	const unitForms = (file: string, where: string, unit: PluralForms | Record<string, string | PluralForms>) => {
		const single = isForms(unit);
		const perLocale: [string, string | PluralForms][] = single ? [[defaultLocale, unit as PluralForms]] : Object.entries(unit as Record<string, string | PluralForms>);
		if (!single) localized(file, where, Object.fromEntries(perLocale.map(([locale]) => [locale, '-'])));
		for (const [locale, forms] of perLocale) {
			if (typeof forms === 'string') continue;
			const missing = missingForms(forms, locale);
			if (missing.length === 0) continue;
			const at = single ? where : `${where}.${locale}`;
			problems.push({
				file,
				where: at,
				message: `has no ${missing.map((m) => `\`${m.category}\` form (for ${m.examples.join(', ')}…)`).join(' or ')}, which "${locale}" needs.`,
				hint: `add ${missing.map((m) => `\`${m.category}: …\` (the word after ${m.examples[m.examples.length > 1 ? 1 : 0]})`).join(' and ')}, or use a built-in unit: ${builtInUnits.slice(0, 6).map((u) => `\`${u}\``).join(', ')}….`,
			});
		}
	};
	// An id whose file exists but failed its schema has been reported already, in that file.
	const foldersOf: Record<string, readonly string[]> = { licence: ['licenses'], product: ['products'], article: ['guides', 'troubleshooting'], 'troubleshooting entry': ['troubleshooting'], software: ['software'], category: ['categories'] };
	const isInvalid = (folder: string, id: string) => (invalidIds.get(folder)?.has(id) ?? false) || unknowable(folder);
	const unknownId = (file: string, where: string, value: string, kind: string, known: Iterable<string>, fix: string) =>
		(foldersOf[kind] ?? []).some((folder) => isInvalid(folder, value)) ||
		problems.push({
			file,
			where,
			message: `refers to the ${kind} ${show(value)}, which does not exist.`,
			hint: `use one of ${nearestChoices(value, known)}, or ${fix}.`,
		});

	// shop.yaml
	const shopFile = content.shopFile;
	localized(shopFile, 'tagline', shop.tagline);
	localized(shopFile, 'support.hours', shop.support.hours);
	localized(shopFile, 'support.responsePromise', shop.support.responsePromise);
	shop.support.channels.forEach((channel, i) => {
		localized(shopFile, `support.channels[${i}].label`, channel.label);
		localized(shopFile, `support.channels[${i}].note`, channel.note);
		if (channel.type === 'email' && !channel.email) {
			problems.push({ file: shopFile, where: `support.channels[${i}].email`, message: 'is missing for an e-mail channel.', hint: 'add `email: you@example.com`.' });
		}
		if (channel.type !== 'email' && !channel.url) {
			problems.push({ file: shopFile, where: `support.channels[${i}].url`, message: `is missing for a ${channel.type} channel.`, hint: 'add the https:// address buyers should open.' });
		}
	});
	for (const [id, category] of Object.entries(shop.categories)) {
		localized(shopFile, `categories.${id}.name`, category.name);
		localized(shopFile, `categories.${id}.description`, category.description);
	}

	// licences
	for (const license of licenses.values()) {
		// `/licenses/choose/` is the licence chooser's address.
		if (paths.license(license.id) === paths.licenseChooser()) {
			problems.push({ file: license.file, message: `is named "${license.id}", but /licenses/${license.id}/ is the address of "Which licence do I need?".`, hint: `rename the file (e.g. content/licenses/${license.id}-licence.yaml) and the products' \`licenses\` that name it.` });
		}
		localized(license.file, 'name', license.name);
		localized(license.file, 'summary', license.summary);
		for (const key of permissionKeys) {
			const permission = license.permissions[key];
			if (!permission) continue;
			localized(license.file, `permissions.${key}.note`, permission.note);
			if (permission.unit !== undefined && typeof permission.unit !== 'string') unitForms(license.file, `permissions.${key}.unit`, permission.unit);
		}
		if (license.upgradeTo) {
			localized(license.file, 'upgradeTo.how', license.upgradeTo.how);
			const target = license.upgradeTo.license;
			if (!licenses.has(target)) unknownId(license.file, 'upgradeTo.license', target, 'licence', [...licenses.keys()].filter((id) => id !== license.id), `add content/licenses/${target}.yaml`);
		}
	}
	problems.push(...upgradeProblems(licenses));
	// Each licence answers every question that applies to one of the products offering it, itself
	// or through a bundle's parts: a bundle's licence covers its parts' kinds as well as its own.
	const reaches = productReach(products);
	const kindOf = (id: string) => products.get(id)!.kind;
	for (const product of products.values()) {
		const reach = reaches.get(product.id)!;
		const partKinds = [...new Set(reach.ids.slice(1).map(kindOf))].filter((kind) => kind !== product.kind);
		for (const id of reach.licenses) {
			const license = licenses.get(id);
			if (!license) continue;
			const missing = requiredKeys(reach, kindOf).filter((key) => license.permissions[key] === undefined);
			if (missing.length === 0) continue;
			const what = partKinds.length > 0 ? `a ${product.kind} bundle holding a ${partKinds.join(' and a ')}` : `a ${product.kind}`;
			const through = product.licenses.includes(id) ? '' : ', which offers it through its parts';
			problems.push({
				file: license.file,
				where: 'permissions',
				message: `does not answer ${missing.map((key) => `\`${key}\``).join(', ')}, which ${missing.length > 1 ? 'apply' : 'applies'} to ${product.file} (${what}${through}).`,
				hint: `add ${missing.map((key) => `\`${key}: allowed\``).join(', ')} (or \`not-allowed\`, or \`{ status: limited, max: …, unit: …, note: … }\`), or stop offering the licence with that product.`,
			});
		}
	}

	// products
	const guideSlugs = new Set(articles.guides.filter((a) => a.locale === defaultLocale).map((a) => a.slug));
	const helpSlugs = new Set(articles.troubleshooting.filter((a) => a.locale === defaultLocale).map((a) => a.slug));
	const codeOwners = new Map<string, string>();
	shop.commonProblems.forEach((slug, i) => {
		if (!helpSlugs.has(slug)) unknownId(shopFile, `commonProblems[${i}]`, slug, 'troubleshooting entry', helpSlugs, `write content/troubleshooting/${defaultLocale}/${slug}.mdx`);
	});
	for (const product of products.values()) {
		localized(product.file, 'name', product.name);
		localized(product.file, 'summary', product.summary);
		localized(product.file, 'mockupLabel.headline', product.mockupLabel?.headline);
		localized(product.file, 'mockupLabel.detail', product.mockupLabel?.detail);
		localized(product.file, 'noLicense', product.noLicense);
		if (product.noLicense !== undefined && product.licenses.length > 0) {
			problems.push({
				file: product.file,
				where: 'noLicense',
				message: 'says the product comes with no licence, but `licenses` lists some, so buyers would never see it.',
				hint: 'remove `noLicense`, or remove the licences (`licenses: []`) if the product really comes with none.',
			});
		}
		product.locales?.forEach((locale, i) => knownLocale(product.file, `locales[${i}]`, locale, `is "${locale}", which content/shop.yaml does not list.`));
		product.licenses.forEach((id, i) => {
			if (!licenses.has(id)) unknownId(product.file, `licenses[${i}]`, id, 'licence', licenses.keys(), `add content/licenses/${id}.yaml`);
		});
		const [softwareIds, softwareAt] = Array.isArray(product.software) ? [product.software, 'software'] : [product.software.anyOf, 'software.anyOf'];
		softwareIds.forEach((id, i) => {
			if (!(id in shop.software)) unknownId(product.file, `${softwareAt}[${i}]`, id, 'software', Object.keys(shop.software), 'add it under `software` in content/shop.yaml');
		});
		product.contains.forEach((id, i) => {
			if (!products.has(id)) unknownId(product.file, `contains[${i}]`, id, 'product', [...products.keys()].filter((other) => other !== product.id), `add content/products/${id}.yaml`);
		});
		product.listings.forEach((listing, i) => {
			if (!shop.platforms.includes(listing.platform)) {
				problems.push({
					file: product.file,
					where: `listings[${i}].platform`,
					message: `is "${listing.platform}", which is not among the shop's platforms.`,
					hint: `add "${listing.platform}" to \`platforms\` in content/shop.yaml, or use one of ${nearestChoices(listing.platform, shop.platforms)}.`,
				});
			}
		});
		product.featured.forEach((slug, i) => {
			if (!guideSlugs.has(slug) && !helpSlugs.has(slug)) {
				unknownId(product.file, `featured[${i}]`, slug, 'article', [...guideSlugs, ...helpSlugs], `write content/guides/${defaultLocale}/${slug}.mdx`);
			}
		});
		const codes: [string, string][] = [['shortCode', product.shortCode], ...product.formerCodes.map((c, i): [string, string] => [`formerCodes[${i}]`, c])];
		for (const [where, code] of codes) {
			const owner = codeOwners.get(code);
			if (owner) {
				problems.push({
					file: product.file,
					where,
					message: `is the short code "${code}", already used by ${owner}, so /go/${code} would lead to two products.`,
					hint: 'choose another code. Never reuse a printed code: buyers still scan it.',
				});
			} else codeOwners.set(code, product.file);
		}
	}

	problems.push(...bundleProblems(products));

	// articles
	for (const [what, files] of [['interface strings', content.ui], ['search synonyms', content.synonyms]] as const) {
		for (const { id, file } of files.values()) {
			if (localesKnown && !shop.locales.includes(id)) {
				problems.push({
					file,
					message: `holds ${what} for the locale "${id}", which content/shop.yaml does not list.`,
					hint: `add "${id}" to \`locales\` in content/shop.yaml, or rename the file to one of ${nearestChoices(id, shop.locales)}.yaml.`,
				});
			}
		}
	}
	const known = knownPaths(content);
	// A file that failed its own check is reported once, not again by every link to it.
	for (const [folder, ids] of invalidIds) {
		if (folder === 'products') for (const id of ids) known.add(paths.product(id));
		else if (folder === 'licenses') for (const id of ids) known.add(paths.license(id));
		else if (folder === 'guides' || folder === 'troubleshooting' || folder === 'pages') for (const id of ids) known.add(paths.article(folder, id));
	}
	const checkApplies = (article: Article<'guides' | 'troubleshooting' | 'notices'>, productsField: 'all' | string[]) => {
		if (productsField !== 'all') {
			productsField.forEach((id, i) => {
				if (products.has(id)) return;
				// `products: [all]` is a list holding a product named "all".
				if (id === 'all') {
					problems.push({
						file: article.file,
						where: `products[${i}]`,
						message: 'is `all` inside a list, which names a product called "all" rather than every product.',
						hint: productsField.length === 1 ? 'write `products: all`, without brackets.' : 'write `products: all`, without brackets and without the other ids, or list only the ids.',
					});
				} else unknownId(article.file, `products[${i}]`, id, 'product', products.keys(), `add content/products/${id}.yaml`);
			});
		}
	};
	for (const folder of ['guides', 'troubleshooting', 'pages', 'notices'] as const) {
		const originals = new Set(articles[folder].filter((a) => a.locale === defaultLocale).map((a) => a.slug));
		const slugOwners = new Map(articles[folder].map((a) => [a.slug, a.file]));
		const formerOwners = new Map<string, string>();
		for (const article of articles[folder]) {
			if (localesKnown && article.locale !== defaultLocale && !originals.has(article.slug) && !isInvalid(folder, article.slug)) {
				problems.push({
					file: article.file,
					message: `is a translation of "${article.slug}", but there is no content/${folder}/${defaultLocale}/${article.slug} to translate.`,
					hint: `a translation must have the same file name as its ${defaultLocale} original; rename it, or write the original first.`,
				});
			}
			if (folder === 'notices') {
				checkApplies(article as Article<'notices'>, (article as Article<'notices'>).data.products);
				continue;
			}
			const data = (article as Article<'guides' | 'troubleshooting' | 'pages'>).data;
			if (article.locale === defaultLocale) {
				data.formerSlugs.forEach((slug, i) => {
					const owner = slugOwners.get(slug) ?? formerOwners.get(slug);
					if (owner) {
						problems.push({
							file: article.file,
							where: `formerSlugs[${i}]`,
							message: `is "${slug}", which is already the address of ${owner}.`,
							hint: 'an old address can lead to one article only; remove it from one of the two.',
						});
					} else formerOwners.set(slug, article.file);
				});
			}
			if (folder !== 'pages') {
				const applied = data as Article<'guides'>['data'];
				checkApplies(article as Article<'guides'>, applied.products);
				applied.software.forEach((id, i) => {
					if (!(id in shop.software)) unknownId(article.file, `software[${i}]`, id, 'software', Object.keys(shop.software), 'add it under `software` in content/shop.yaml');
				});
				if (!(applied.category in shop.categories)) {
					unknownId(article.file, 'category', applied.category, 'category', Object.keys(shop.categories), 'add it under `categories` in content/shop.yaml');
				}
			}
		}
	}
	problems.push(...redirectLineProblems(content, known));
	problems.push(...checkArticleBodies(content, known, projectRoot));
	// A licence no buyer can get does not stop the build, but is worth a note; not knowable while
	// a product or a licence failed its own check.
	if (!invalidIds.has('products') && !invalidIds.has('licenses')) addContentNotes(content, unusedLicenseNotes(licenses, reaches.values()));
	return problems;
}
