import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import type { z } from 'astro/zod';
import * as jsYaml from 'js-yaml';
import { CORE_SCHEMA, load, Type } from 'js-yaml';
import { parseDocument } from 'yaml';
import { guideSchema, noticeSchema, pageSchema, troubleshootingSchema } from '../schemas/article.ts';
import { slugSchema, WrittenDate } from '../schemas/common.ts';
import { licenseSchema } from '../schemas/license.ts';
import { productSchema } from '../schemas/product.ts';
import { shopSchema, type Shop } from '../schemas/shop.ts';
import { uiStringsSchema } from '../schemas/ui.ts';
import { checkReferences } from './check-references.ts';
import { ContentError, listChoices, show, type ContentProblem } from './content-errors.ts';
import { articleFolders, type Article, type ArticleFolder, type Content } from './content-model.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { zodProblems } from './zod-problems.ts';

const articleSchemas = {
	guides: guideSchema,
	troubleshooting: troubleshootingSchema,
	pages: pageSchema,
	notices: noticeSchema,
} satisfies Record<ArticleFolder, z.ZodType>;

// Astro reads frontmatter with js-yaml's default schema, which makes an unquoted 2026-11-20 a
// Date wherever it stands, text fields included. Ours keeps such a date as its text, marked, so
// dates are checked as written (src/schemas/common.ts) and a date where text belongs is named
// here, before Astro trips over it. Merge keys (`<<: *base`) work as in the default schema.
// js-yaml exports its built-in types; its type definitions do not declare them.
const { types } = jsYaml as unknown as { types: Record<'timestamp' | 'merge', Type & { resolve(data: string): boolean }> };
const writtenDate = new Type('tag:yaml.org,2002:timestamp', {
	kind: 'scalar',
	resolve: (data: string) => types.timestamp.resolve(data),
	construct: (data: string) => new WrittenDate(data),
	instanceOf: WrittenDate,
});
const FRONTMATTER_SCHEMA = CORE_SCHEMA.extend({ implicit: [writtenDate, types.merge] });
// Data files are read by Aftercare alone and hold no dates: an unquoted 2026-11-20 there is text.
const DATA_SCHEMA = CORE_SCHEMA.extend({ implicit: [types.merge] });

const articleExtensions: Record<ArticleFolder, string[]> = {
	guides: ['.mdx'],
	troubleshooting: ['.mdx'],
	pages: ['.mdx'],
	notices: ['.md', '.mdx'],
};

/**
 * Reads, parses and checks everything under `content/`. Throws a ContentError listing every
 * problem at once, so a seller fixes them in one pass instead of one build per mistake.
 * Reads only: no content file is ever written.
 */
export function readContent(projectRoot: string, contentDir = 'content'): Content {
	const reader = new Reader(projectRoot, contentDir);
	const content = reader.read();
	// Ids whose files exist but failed their schema are not reported again as unknown.
	if (content) reader.problems.push(...checkReferences(content, reader.invalidIds));
	if (!content || reader.problems.length > 0) throw new ContentError(reader.problems);
	return content;
}

class Reader {
	readonly problems: ContentProblem[] = [];
	/** Per folder (`products`, `guides`…), the ids whose files exist but failed their schema. */
	readonly invalidIds = new Map<string, Set<string>>();
	private readonly root: string;
	private readonly dir: string;

	constructor(root: string, contentDir: string) {
		this.root = root;
		this.dir = resolve(root, contentDir);
	}

	read(): Content | undefined {
		const shopFile = join(this.dir, 'shop.yaml');
		if (!existsSync(shopFile)) {
			this.problems.push({
				file: this.rel(shopFile),
				message: 'is missing; every shop needs one.',
				hint: 'copy content/shop.yaml from the example shop in the Aftercare repository and edit it.',
			});
			return undefined;
		}
		const shop = this.parse(shopFile, this.yaml(shopFile), shopSchema);
		// Without a valid shop there are no locales or categories to check anything against.
		if (!shop) return undefined;
		return {
			shop,
			shopFile: this.rel(shopFile),
			licenses: this.readDataFolder('licenses', licenseSchema),
			products: this.readDataFolder('products', productSchema),
			articles: Object.fromEntries(
				articleFolders.map((folder) => [folder, this.readArticles(folder, shop)]),
			) as Content['articles'],
			ui: this.readDataFolder('ui', uiStringsSchema),
		};
	}

	private readDataFolder<S extends z.ZodType>(folder: string, schema: S) {
		const entries = new Map<string, z.output<S> & { id: string; file: string }>();
		for (const path of this.list(join(this.dir, folder))) {
			const ext = extname(path);
			if (ext !== '.yaml' && ext !== '.yml') continue;
			const id = basename(path, ext);
			const file = this.rel(path);
			if (!this.validName(file, id)) continue;
			if (entries.has(id)) {
				this.problems.push({
					file,
					message: `duplicates the id "${id}" of ${entries.get(id)!.file}.`,
					hint: 'keep one of the two files.',
				});
				continue;
			}
			const data = this.parse(path, this.yaml(path), schema);
			if (data) entries.set(id, { ...data, id, file });
			else this.markInvalid(folder, id);
		}
		return entries;
	}

	private readArticles<F extends ArticleFolder>(folder: F, shop: Shop): Article<F>[] {
		const articles: Article<F>[] = [];
		const folderPath = join(this.dir, folder);
		for (const localeName of this.list(folderPath)) {
			const locale = basename(localeName);
			if (!statSync(localeName).isDirectory()) {
				this.problems.push({
					file: this.rel(localeName),
					message: `is not inside a locale folder.`,
					hint: `move it to content/${folder}/${shop.locales[0]}/${locale}.`,
				});
				continue;
			}
			if (!shop.locales.includes(locale)) {
				const lower = locale.toLowerCase();
				this.problems.push({
					file: this.rel(localeName) + '/',
					message: `is a folder for the locale "${locale}", which content/shop.yaml does not list.`,
					hint:
						lower !== locale
							? `locale codes are lower-case: rename the folder to ${lower}${shop.locales.includes(lower) ? '' : ` and add "${lower}" to \`locales\` in content/shop.yaml`}.`
							: `add "${locale}" to \`locales\` in content/shop.yaml, or rename the folder to one of ${listChoices(shop.locales)}.`,
				});
				continue;
			}
			const seen = new Map<string, string>();
			for (const path of this.list(localeName)) {
				const ext = extname(path);
				if (!articleExtensions[folder].includes(ext)) {
					// Text in a format this folder does not read would vanish without a word.
					if (['.md', '.markdown', '.txt', '.html'].includes(ext.toLowerCase())) {
						this.problems.push({
							file: this.rel(path),
							message: `is a ${ext} file, which Aftercare does not read in ${folder}/.`,
							hint: `rename it to ${basename(path, ext)}${articleExtensions[folder][0]}.`,
						});
					}
					continue;
				}
				const slug = basename(path, ext);
				const file = this.rel(path);
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
				const { frontmatter, body, bodyLine } = splitFrontmatter(readFileSync(path, 'utf8'));
				if (frontmatter === undefined) {
					this.problems.push({
						file,
						message: 'has no frontmatter.',
						hint: 'start the file with a block between two `---` lines holding at least `title:`.',
					});
					continue;
				}
				const data = this.parse(path, this.yaml(path, frontmatter), articleSchemas[folder]);
				if (data) {
					articles.push({ folder, locale, slug, file, data: data as Article<F>['data'], body, bodyLine });
				} else this.markInvalid(folder, slug);
			}
		}
		return articles;
	}

	private yaml(path: string, frontmatter?: string): unknown {
		const source = frontmatter ?? readFileSync(path, 'utf8');
		// js-yaml is what Astro reads frontmatter with, and several times faster than `yaml`, which
		// runs only to explain a file js-yaml rejects: its messages name the line and read better.
		try {
			return load(source, { schema: frontmatter === undefined ? DATA_SCHEMA : FRONTMATTER_SCHEMA }) ?? null;
		} catch {
			// explained below
		}
		const doc = parseDocument(source);
		const error = doc.errors[0];
		if (error) {
			const line = error.linePos?.[0].line;
			this.problems.push({
				file: this.rel(path),
				where: line ? `line ${line}` : undefined,
				message: `is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
				hint: 'check the indentation and quote values that contain a colon.',
			});
			return undefined;
		}
		return doc.toJS();
	}

	private parse<S extends z.ZodType>(path: string, raw: unknown, schema: S): z.output<S> | undefined {
		if (raw === undefined) return undefined;
		const result = schema.safeParse(raw ?? {});
		if (result.success) return result.data;
		this.problems.push(...zodProblems(this.rel(path), result.error, raw, schema));
		return undefined;
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

	private list(dir: string): string[] {
		if (!existsSync(dir)) return [];
		return readdirSync(dir)
			.filter((name) => !name.startsWith('.') && !name.startsWith('_'))
			.sort()
			.map((name) => join(dir, name));
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
