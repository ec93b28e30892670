import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { guideSchema, noticeSchema, pageSchema, troubleshootingSchema } from '../schemas/article.ts';
import { localeSchema, slugSchema } from '../schemas/common.ts';
import { licenseSchema } from '../schemas/license.ts';
import { productSchema } from '../schemas/product.ts';
import { categorySchema, platformIds, platformSchema, shopSchema, softwareSchema, type Shop } from '../schemas/shop.ts';
import { uiStringsSchema } from '../schemas/ui.ts';
import { synonymsSchema } from '../schemas/synonyms.ts';
import { redirectsSchema } from '../schemas/redirects.ts';
import { LEDGER_FILE, parseLedger, redirectSource } from './published-urls.ts';
import { checkReferences } from './check-references.ts';
import { ContentError, editDistance, nearestChoices, show, type ContentProblem } from './content-errors.ts';
import { articleFolders, type Article, type ArticleFolder, type Content, type ShopPictures } from './content-model.ts';
import { MOCKUP_EXTENSIONS, skippedArticleFile, skippedDataFile, skippedMockup, withoutExtension, type Skipped } from './file-names.ts';
import { within } from './files.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { buildTime } from './notices.ts';
import { readYaml, writtenValue, type YamlKind } from './read-yaml.ts';
import { salvage, topField } from './salvage.ts';
import { zodProblems } from './zod-problems.ts';

const articleSchemas = {
	guides: guideSchema,
	troubleshooting: troubleshootingSchema,
	pages: pageSchema,
	notices: noticeSchema,
} satisfies Record<ArticleFolder, z.ZodType>;

const articleExtensions: Record<ArticleFolder, string[]> = {
	guides: ['.mdx'],
	troubleshooting: ['.mdx'],
	pages: ['.mdx'],
	notices: ['.md', '.mdx'],
};

/** What `content/` may hold; anything else is passed over (a folder named nearly so is named). */
const FOLDERS = ['licenses', 'products', ...articleFolders, 'mockups', 'ui', 'synonyms'];

/** A seller in UTC+14 writes today's date up to 14 hours before it begins in UTC. */
/** Whether a file starts as a JPEG, PNG or WebP does: the bytes, not the name, decide what a browser gets. */
function photoBytes(path: string): boolean {
	const head = Buffer.alloc(12);
	const fd = openSync(path, 'r');
	try {
		readSync(fd, head, 0, 12, 0);
	} finally {
		closeSync(fd);
	}
	const jpeg = head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
	const png = head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	const webp = head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP';
	return jpeg || png || webp;
}

/** What a picture on the pages may be: the logo may be drawn (SVG); a product's picture is a photo. */
const PICTURE_FORMATS = { logo: ['.png', '.svg'], product: MOCKUP_EXTENSIONS } as const;
const AHEAD_OF_UTC = 14 * 3600 * 1000;

/**
 * Reads, parses and checks everything under `content/`. Throws a ContentError listing every
 * problem at once, so a seller fixes them in one pass instead of one build per mistake: a file
 * that fails its schema is still checked for everything else (see src/lib/salvage.ts), and the
 * error carries what could be read for the checks that come later (the text drawn on images).
 * `now` is the build's clock (SOURCE_DATE_EPOCH): an `updated` date after it is refused.
 * Reads only: no content file is ever written.
 */
export function readContent(projectRoot: string, contentDir = 'content', now: Date = buildTime()): Content {
	const reader = new Reader(projectRoot, contentDir);
	const content = reader.read();
	if (content) {
		// Ids whose files exist but could not be read at all are not reported again as unknown;
		// nor is a field that failed its schema reported again for the stand-in it was given.
		const later = [...futureUpdates(content, now), ...checkReferences(content, reader.invalidIds, projectRoot)];
		reader.problems.push(...later.filter((problem) => !reader.standsIn(problem)));
	}
	if (!content || reader.problems.length > 0) throw new ContentError(reader.problems, content);
	return content;
}

/** An `updated` date after the build: a typo (2062), or a date the seller has not reached yet. */
function futureUpdates(content: Content, now: Date): ContentProblem[] {
	const today = now.toISOString().slice(0, 10);
	return (['guides', 'troubleshooting', 'pages'] as const).flatMap((folder) =>
		content.articles[folder]
			.filter((article) => article.data.updated.getTime() > now.getTime() + AHEAD_OF_UTC)
			.map((article) => ({
				file: article.file,
				where: 'updated',
				message: `is ${article.data.updated.toISOString().slice(0, 10)}, after the day of this build (${today}).`,
				hint: `write the day you last checked the article, ${today} or earlier: it is shown as "Last updated". (A build with SOURCE_DATE_EPOCH set counts from that moment.)`,
			})),
	);
}

interface Entry {
	path: string;
	name: string;
	folder: boolean;
}

/** `shop.yml`, `Shop.yaml`, `shop.yaml.txt`: the shop's settings under a name that is not read. */
const isMisnamedShop = (name: string) => name !== 'shop.yaml' && name.toLowerCase().startsWith('shop.');

class Reader {
	readonly problems: ContentProblem[] = [];
	/** Per folder (`products`, `guides`…), the ids whose files exist but could not be read. */
	readonly invalidIds = new Map<string, Set<string>>();
	/** Per file, the fields that failed and were given a stand-in (src/lib/salvage.ts). */
	private readonly salvaged = new Map<string, Set<string>>();
	private readonly root: string;
	private readonly dir: string;

	constructor(root: string, contentDir: string) {
		this.root = root;
		this.dir = resolve(root, contentDir);
	}

	/** Whether a problem found after the schemas is about a stand-in, not the seller's value. */
	standsIn(problem: ContentProblem): boolean {
		const field = topField(problem.where);
		return field !== undefined && (this.salvaged.get(problem.file)?.has(field) ?? false);
	}

	read(): Content | undefined {
		const shopFile = join(this.dir, 'shop.yaml');
		const entries = this.list(this.dir);
		if (!existsSync(shopFile)) {
			const misnamed = entries.find((entry) => !entry.folder && isMisnamedShop(entry.name));
			this.problems.push({
				file: this.rel(shopFile),
				message: 'is missing; every shop needs one.',
				hint: misnamed ? `rename ${this.rel(misnamed.path)} to shop.yaml.` : 'copy content/shop.yaml from the example shop in the Aftercare repository and edit it.',
			});
			return undefined;
		}
		this.checkTopLevel(entries);
		const shop = this.readShop(shopFile);
		// Only a shop.yaml that cannot be read at all leaves nothing to check the rest against.
		if (!shop) return undefined;
		const products = this.readDataFolder('products', productSchema);
		this.checkMockups(products);
		const pictures = this.readPictures(shop, products);
		return {
			shop,
			shopFile: this.rel(shopFile),
			licenses: this.readDataFolder('licenses', licenseSchema),
			products,
			articles: Object.fromEntries(articleFolders.map((folder) => [folder, this.readArticles(folder, shop)])) as Content['articles'],
			ui: this.readDataFolder('ui', uiStringsSchema),
			synonyms: this.readDataFolder('synonyms', synonymsSchema),
			pictures,
			redirects: this.readRedirects(),
			publishedUrls: this.readLedger(),
		};
	}

	/** `content/redirects.yaml`: old addresses from another tool, each a path a static host can serve. */
	private readRedirects(): Content['redirects'] {
		const path = join(this.dir, 'redirects.yaml');
		const file = this.rel(path);
		const entries: Content['redirects']['entries'] = new Map();
		if (!existsSync(path)) return { file, entries };
		const text = this.text(path);
		const data = text === undefined ? undefined : this.validate(file, text, this.yaml(file, text, 'data') ?? {}, redirectsSchema);
		for (const [written, to] of Object.entries(data ?? {})) {
			const source = redirectSource(written);
			if ('message' in source) this.problems.push({ file, where: written, message: source.message, hint: source.hint });
			else entries.set(source.path, { to, written });
		}
		return { file, entries };
	}

	/** `content/published-urls.txt`, the addresses published so far, if there is one yet. */
	private readLedger(): Content['publishedUrls'] {
		const path = join(this.dir, LEDGER_FILE);
		if (!existsSync(path)) return undefined;
		const file = this.rel(path);
		const { site, paths, problems } = parseLedger(this.text(path) ?? '', file);
		this.problems.push(...problems);
		return { file, ...(site === undefined ? {} : { site }), paths };
	}

	/** The logo and each product's picture: a named file inside content/, or the first mockup photo. */
	private readPictures(shop: Shop, products: ReadonlyMap<string, { file: string; image?: string }>): ShopPictures {
		const logo = shop.logo === undefined ? undefined : this.picturePath(this.rel(join(this.dir, 'shop.yaml')), 'logo', shop.logo, PICTURE_FORMATS.logo);
		const pictures = new Map<string, string>();
		for (const [id, product] of products) {
			const named = product.image === undefined ? undefined : this.picturePath(product.file, 'image', product.image, PICTURE_FORMATS.product);
			// Astro serves an SVG as it is, whatever its name says: a picture must be a photo inside.
			// A damaged or disguised mockup is passed over here (the listing images name it).
			const mockup = this.list(join(this.dir, 'mockups', id)).find((photo) => !photo.folder && (MOCKUP_EXTENSIONS as readonly string[]).includes(extname(photo.name).toLowerCase()) && photoBytes(photo.path));
			if (named && !photoBytes(named)) {
				this.problems.push({
					file: product.file,
					where: 'image',
					message: `is ${JSON.stringify(product.image)}, which is not a JPEG, PNG or WebP picture inside, whatever its name says (it may be an SVG or a renamed file).`,
					hint: 'export it again as JPEG or PNG from your photo or design program.',
				});
				continue;
			}
			const path = named ?? (product.image === undefined ? mockup?.path : undefined);
			if (path) pictures.set(id, path);
		}
		return { logo, products: pictures };
	}

	/** A path written in a content file, resolved inside content/, or undefined with the problem. */
	private picturePath(file: string, where: string, value: string, formats: readonly string[]): string | undefined {
		const shown = JSON.stringify(value);
		const path = resolve(this.dir, value.split('\\').join('/'));
		const problem = (message: string, hint: string) => {
			this.problems.push({ file, where, message, hint });
			return undefined;
		};
		if (isAbsolute(value) || !within(path, this.dir) || path === this.dir) {
			return problem(`is ${shown}, which is outside content/.`, `copy the file into content/ and write its path from there, e.g. \`${where}: ${basename(value) || 'logo.png'}\`.`);
		}
		const ext = extname(path).toLowerCase();
		if (!formats.includes(ext)) return problem(`is ${shown}, a ${ext || 'file without an extension'}; it must be ${formats.join(', ')}.`, `export the picture as ${withoutExtension(basename(path))}${formats[formats.length - 1]} and name that.`);
		if (!existsSync(path) || !statSync(path).isFile()) {
			const here = this.list(dirname(path)).filter((entry) => !entry.folder && formats.includes(extname(entry.name).toLowerCase())).map((entry) => entry.name);
			const near = here.length > 0 ? ` Files there: ${nearestChoices(basename(path), here)}.` : '';
			return problem(`is ${shown}, but there is no such file in content/.${near}`, `put the picture at ${this.rel(path)}, or correct the path (it is read from content/, and names are case-sensitive).`);
		}
		return path;
	}

	/** A folder named nearly as one Aftercare reads (`guide/`, `Licences/`), and a `shop.yml`. */
	private checkTopLevel(entries: Entry[]): void {
		for (const { path, name, folder } of entries) {
			if (!folder) {
				if (isMisnamedShop(name)) this.problems.push({ file: this.rel(path), message: "is not read: the shop's settings are read from content/shop.yaml only.", hint: 'delete it if it is an old copy of shop.yaml, or move it out of content/.' });
				continue;
			}
			if (FOLDERS.includes(name)) continue;
			const meant = FOLDERS.find((folder) => folder === name.toLowerCase() || editDistance(folder, name.toLowerCase()) <= 2);
			if (!meant) continue;
			this.problems.push({
				file: `${this.rel(path)}/`,
				message: `is not read: Aftercare reads content/${meant}/, and folder names are exact.`,
				hint: existsSync(join(this.dir, meant)) ? `move its files into content/${meant}/.` : `rename it to ${meant}.`,
			});
		}
	}

	private readShop(path: string): Shop | undefined {
		const file = this.rel(path);
		const text = this.text(path);
		const raw = text === undefined ? undefined : this.yaml(file, text, 'data');
		const data = this.validate(file, text ?? '', raw, shopSchema, {
			// The shop's lists are what everything else is checked against: the valid part of a
			// list that failed is kept, so that the rest is not reported as unknown.
			locales: (value) => {
				const valid = (Array.isArray(value) ? value : []).map((l) => (typeof l === 'string' ? l.toLowerCase() : l)).filter((l) => localeSchema.safeParse(l).success);
				if (valid.length === 0) this.unknowable('locales');
				return valid.length > 0 ? [...new Set(valid)] : this.localeFolders();
			},
			platforms: (value) => {
				const valid = (Array.isArray(value) ? value : []).filter((p) => platformSchema.safeParse(p).success);
				return valid.length > 0 ? valid : [...platformIds];
			},
			categories: (value) => this.validEntries('categories', value, categorySchema),
			software: (value) => this.validEntries('software', value, softwareSchema),
		});
		return data;
	}

	/** The entries of a map in shop.yaml that pass, and a stand-in for each that does not. */
	private validEntries(field: string, value: unknown, schema: z.ZodType): Record<string, unknown> {
		if (value === null || typeof value !== 'object' || Array.isArray(value)) {
			this.unknowable(field);
			return {};
		}
		return Object.fromEntries(
			Object.entries(value)
				.filter(([id]) => slugSchema.safeParse(id).success)
				.map(([id, entry]) => [id, schema.safeParse(entry).success ? entry : { name: 'stand-in' }]),
		);
	}

	/** A list in shop.yaml that could not be read: nothing is reported as missing from it. */
	private unknowable(field: string): void {
		this.invalidIds.set(field, new Set(['*']));
	}

	/** The locale folders there are, when shop.yaml does not say which locales it has. */
	private localeFolders(): string[] {
		const names = new Set(articleFolders.flatMap((folder) => this.list(join(this.dir, folder)).map((entry) => entry.name)));
		const valid = [...names].filter((name) => localeSchema.safeParse(name).success);
		return valid.length > 0 ? valid : ['en'];
	}

	private readDataFolder<S extends z.ZodType>(folder: string, schema: S) {
		const entries = new Map<string, z.output<S> & { id: string; file: string }>();
		const folderPath = join(this.dir, folder);
		for (const { path, name, folder: isFolder } of this.list(folderPath)) {
			const file = this.rel(path);
			if (isFolder) {
				this.problems.push({ file: `${file}/`, message: `is a folder, and Aftercare reads only the files directly in content/${folder}/.`, hint: `move its .yaml files up into content/${folder}/.` });
				continue;
			}
			const skipped = skippedDataFile(name, folder, (other) => existsSync(join(folderPath, other)));
			if (skipped) {
				this.skip(file, skipped);
				continue;
			}
			const ext = extname(path);
			const id = basename(path, ext);
			if (!this.validName(file, id)) continue;
			if (entries.has(id)) {
				this.problems.push({
					file,
					message: `duplicates the id "${id}" of ${entries.get(id)!.file}.`,
					hint: 'keep one of the two files.',
				});
				continue;
			}
			const text = this.text(path);
			const data = text === undefined ? undefined : this.validate(file, text, this.yaml(file, text, 'data'), schema);
			if (data) entries.set(id, { ...data, id, file });
			else this.markInvalid(folder, id);
		}
		return entries;
	}

	private readArticles<F extends ArticleFolder>(folder: F, shop: Shop): Article<F>[] {
		const articles: Article<F>[] = [];
		const folderPath = join(this.dir, folder);
		const localesKnown = !this.invalidIds.get('locales')?.has('*');
		for (const { path: localeName, name: locale, folder: isFolder } of this.list(folderPath)) {
			if (!isFolder) {
				this.problems.push({
					file: this.rel(localeName),
					message: `is not inside a locale folder.`,
					hint: `move it to content/${folder}/${shop.locales[0]}/${locale}.`,
				});
				continue;
			}
			if (!shop.locales.includes(locale) && (localesKnown || !localeSchema.safeParse(locale).success)) {
				const lower = locale.toLowerCase();
				this.problems.push({
					file: this.rel(localeName) + '/',
					message: `is a folder for the locale "${locale}", which content/shop.yaml does not list.`,
					hint:
						lower !== locale
							? `locale codes are lower-case: rename the folder to ${lower}${shop.locales.includes(lower) ? '' : ` and add "${lower}" to \`locales\` in content/shop.yaml`}.`
							: `add "${locale}" to \`locales\` in content/shop.yaml, or rename the folder to one of ${nearestChoices(locale, shop.locales)}.`,
				});
				continue;
			}
			const seen = new Map<string, string>();
			const read = articleExtensions[folder];
			for (const { path, name, folder: inner } of this.list(localeName)) {
				const file = this.rel(path);
				if (inner) {
					this.articlesInSubfolder(path, folder, locale);
					continue;
				}
				const skipped = skippedArticleFile(name, folder, read, (other) => existsSync(join(localeName, other)));
				if (skipped) this.skip(file, skipped);
				const ext = extname(path);
				if (!read.includes(ext)) continue;
				const slug = basename(path, ext);
				if (!this.validName(file, slug)) continue;
				if (seen.has(slug)) {
					this.problems.push({
						file,
						message: `has the same slug "${slug}" as ${seen.get(slug)}, so both would be published at one address.`,
						hint: 'delete or rename one of the two files.',
					});
					continue;
				}
				seen.set(slug, file);
				const text = this.text(path);
				if (text === undefined) {
					this.markInvalid(folder, slug);
					continue;
				}
				const { frontmatter, frontmatterLine, unclosed, body, bodyLine } = splitFrontmatter(text);
				if (unclosed) {
					this.problems.push({
						file,
						where: `line ${frontmatterLine - 1}`,
						message: 'opens the frontmatter with `---`, but no `---` line closes it, so the whole file would be read as frontmatter.',
						hint: 'add a line with only `---` after the last field (`title:`, `updated:`…), before the text of the article.',
					});
					this.markInvalid(folder, slug);
					continue;
				}
				let raw: unknown;
				if (frontmatter === undefined) {
					this.problems.push({
						file,
						message: 'has no frontmatter.',
						hint: 'start the file with a block between two `---` lines holding at least `title:`.',
					});
					raw = undefined;
				} else raw = this.yaml(file, frontmatter, 'frontmatter', frontmatterLine - 1);
				const data = this.validate(file, frontmatter ?? '', raw, articleSchemas[folder], {}, frontmatterLine - 1);
				if (data) {
					articles.push({ folder, locale, slug, file, data: data as Article<F>['data'], body, bodyLine });
				} else this.markInvalid(folder, slug);
			}
		}
		return articles;
	}

	/** Articles one folder too deep (`guides/en/fonts/install.mdx`) would not be published. */
	private articlesInSubfolder(dir: string, folder: ArticleFolder, locale: string): void {
		for (const { path, name, folder: inner } of this.list(dir)) {
			if (inner || !['.md', '.mdx'].includes(extname(name).toLowerCase())) continue;
			this.problems.push({
				file: this.rel(path),
				message: `is not read: articles are read from content/${folder}/${locale}/ itself, not from folders inside it.`,
				hint: `move it to content/${folder}/${locale}/${name}.`,
			});
		}
	}

	/** `content/mockups/<product>/`: a folder for a product that does not exist, and photos the images cannot read. */
	private checkMockups(products: ReadonlyMap<string, unknown>): void {
		const dir = join(this.dir, 'mockups');
		for (const { path, name, folder } of this.list(dir)) {
			if (!folder) {
				this.problems.push({ file: this.rel(path), message: 'is not used: mockup photos are read from one folder per product.', hint: `move it to content/mockups/<product-id>/${name}, e.g. content/mockups/${[...products.keys()][0] ?? 'my-product'}/${name}.` });
				continue;
			}
			if (!products.has(name) && !this.invalidIds.get('products')?.has(name)) {
				this.problems.push({
					file: `${this.rel(path)}/`,
					message: `is a folder for the product "${name}", which does not exist.`,
					hint: `rename it to one of ${nearestChoices(name, products.keys())}, or add content/products/${name}.yaml.`,
				});
				continue;
			}
			for (const photo of this.list(path)) {
				const skipped = photo.folder
					? { message: `is a folder, and the listing images read only the photos directly in content/mockups/${name}/.`, hint: `move its photos up into content/mockups/${name}/.` }
					: skippedMockup(photo.name);
				if (skipped) this.skip(this.rel(photo.path) + (photo.folder ? '/' : ''), skipped);
			}
		}
	}

	private skip(file: string, skipped: Skipped): void {
		this.problems.push({ file, ...skipped });
	}

	/**
	 * A file's text, or undefined (with the problem) when it is not UTF-8: a file saved as UTF-16
	 * by Windows Notepad or Excel would otherwise be read as a mess of odd characters.
	 */
	private text(path: string): string | undefined {
		const bytes = readFileSync(path);
		const file = this.rel(path);
		const hint = 'save it as UTF-8: in Notepad, File > Save as, then Encoding: UTF-8; most editors show the encoding at the bottom of the window.';
		const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
		if (utf16 || bytes.includes(0)) {
			this.problems.push({ file, message: `is saved as ${utf16 ? 'UTF-16' : 'UTF-16 or another encoding with zero bytes'}, which Aftercare cannot read: it would show as garbled text.`, hint });
			return undefined;
		}
		try {
			return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			const text = new TextDecoder('utf-8').decode(bytes);
			const at = text.indexOf('\uFFFD');
			const line = text.slice(0, at).split('\n').length;
			const lineText = text.split('\n')[line - 1]!.trim();
			this.problems.push({ file, where: `line ${line}`, message: `is not saved as UTF-8 (perhaps as Windows-1252 or Latin-1), so a letter on this line cannot be read: ${show(lineText.replaceAll('\uFFFD', '?'))}`, hint });
			return undefined;
		}
	}

	/** Parses YAML, reporting its problems at the lines of the file (`offset`: lines before the text). */
	private yaml(file: string, text: string, kind: YamlKind, offset = 0): unknown {
		const { data, problems } = readYaml(text, kind, offset);
		for (const { line, message, hint } of problems) this.problems.push({ file, where: line === undefined ? undefined : `line ${line}`, message, hint });
		return problems.length > 0 ? undefined : data;
	}

	/**
	 * Checks data against its schema. A file that fails is reported, then kept with stand-ins
	 * for the fields that failed, so that its other fields, references and body are still checked.
	 * `raw` undefined means its YAML could not be read: every field then needs a stand-in.
	 */
	private validate<S extends z.ZodType>(file: string, text: string, raw: unknown, schema: S, fill: Record<string, (value: unknown) => unknown> = {}, offset = 0): z.output<S> | undefined {
		const failedYaml = raw === undefined;
		const result = schema.safeParse(raw ?? {});
		if (result.success && !failedYaml) return result.data;
		const issues = result.success ? [] : result.error.issues;
		const report = (found: readonly z.core.$ZodIssue[]) => {
			if (!failedYaml) this.problems.push(...zodProblems(file, found, raw, schema, (path) => writtenValue(text, path, offset)));
		};
		report(issues);
		const kept = salvage(schema, failedYaml ? {} : raw, issues, fill, failedYaml);
		report(kept.more);
		if (kept.data === undefined) return undefined;
		// Without its YAML every field stands in, even those whose default passed.
		this.salvaged.set(file, failedYaml ? new Set(Object.keys(kept.data as object)) : kept.fields);
		return kept.data;
	}

	private markInvalid(folder: string, id: string): void {
		if (!this.invalidIds.has(folder)) this.invalidIds.set(folder, new Set());
		this.invalidIds.get(folder)!.add(id);
	}

	private validName(file: string, name: string): boolean {
		if (slugSchema.safeParse(name).success) return true;
		this.problems.push({
			file,
			message: `has the name ${show(name)}, which cannot be an id or an address.`,
			hint: `rename the file using lower-case letters, digits and hyphens, e.g. "${suggestSlug(name)}".`,
		});
		return false;
	}

	/** A folder's entries, in order, without hidden files and drafts (`.DS_Store`, `_draft.mdx`). */
	private list(dir: string): Entry[] {
		if (!existsSync(dir)) return [];
		return readdirSync(dir, { withFileTypes: true })
			.filter(({ name }) => !name.startsWith('.') && !name.startsWith('_'))
			.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
			.map((entry) => ({ path: join(dir, entry.name), name: entry.name, folder: entry.isDirectory() }));
	}

	private rel(path: string): string {
		return relative(this.root, path).split('\\').join('/');
	}
}

/** "My Guide_2" -> "my-guide-2", for hints. */
export function suggestSlug(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

