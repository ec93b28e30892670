import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ContentProblem } from '../content-errors.ts';
import type { Article, Content } from '../content-model.ts';
import { paths } from '../routes.ts';
import { checkAllowList } from './allow-list.ts';
import { checkHeadings } from './headings.ts';
import { checkImages, type ImageFiles } from './images.ts';
import { checkLinks, collectLinks, type FoundLink, type LinkSite } from './links.ts';
import { lineAndColumn, parseBody, type BodyProblem } from './parse.ts';

/** What one parse of an article gave: its problems so far, its links, its heading ids. */
interface ReadArticle {
	article: Article;
	source: string;
	problems: BodyProblem[];
	links: FoundLink[];
	/** Undefined when the body could not be parsed at all. */
	ids: string[] | undefined;
}

const notesOf = new WeakMap<Content, ContentProblem[]>();

/**
 * The notes the last check of this content found: things that do not stop the build, such as a
 * link to an article's former address, which still works. The build prints them.
 */
export function contentNotes(content: Content): readonly ContentProblem[] {
	return notesOf.get(content) ?? [];
}

/** Adds notes found by another check of the same content (after the article bodies' own). */
export function addContentNotes(content: Content, notes: readonly ContentProblem[]): void {
	if (notes.length > 0) notesOf.set(content, [...contentNotes(content), ...notes]);
}

/** The notes as a build prints them, one a line under "Note:"; empty when there are none. */
export function formatNotes(notes: readonly ContentProblem[]): string {
	return notes.map(({ file, where, message, hint }) => `    Note: ${file}${where ? `, ${where}` : ''}: ${message}${hint ? ` Hint: ${hint}` : ''}`).join('\n');
}

/** Files as the image check sees them, relative to the project. */
function projectFiles(projectRoot: string): ImageFiles {
	return {
		exists: (path) => existsSync(resolve(projectRoot, path)),
		list: (dir) => {
			try {
				return readdirSync(resolve(projectRoot, dir));
			} catch {
				return [];
			}
		},
	};
}

/**
 * Checks every article body: each is parsed once, with the parser Astro compiles it with, and
 * each check is a walk over that tree: what MDX cannot read, what is not on the allow-list,
 * headings, images, and links (which need every article's heading ids, so they come last).
 * `known` holds the site's locale-neutral page paths; images are looked up from `projectRoot`.
 */
export function checkArticleBodies(content: Content, known: ReadonlySet<string>, projectRoot: string, files: ImageFiles = projectFiles(projectRoot)): ContentProblem[] {
	const { shop, articles } = content;
	const defaultLocale = shop.locales[0]!;
	const read: ReadArticle[] = [];
	const formerTo = new Map<string, string>();
	const idsByArticle = new Map<string, string[] | undefined>();
	const key = (folder: string, locale: string, slug: string) => `${folder}/${locale}/${slug}`;
	const articleAt = new Map<string, { folder: string; slug: string }>();

	for (const folder of ['guides', 'troubleshooting', 'pages', 'notices'] as const) {
		for (const article of articles[folder] as Article[]) {
			const kind = folder === 'notices' ? 'notice' : 'article';
			const parsed = parseBody(article.body, article.bodyLine, article.file.endsWith('.mdx') ? 'mdx' : 'md');
			const entry: ReadArticle = { article, source: parsed.source, problems: parsed.problems, links: [], ids: undefined };
			if (parsed.tree) {
				entry.problems.push(...checkAllowList(parsed.tree, parsed.source));
				const headings = checkHeadings(parsed.tree, parsed.source, kind);
				entry.problems.push(...headings.problems);
				entry.problems.push(...checkImages(parsed.tree, parsed.source, { file: article.file, publicDir: 'public', kind }, files));
				entry.links = collectLinks(parsed.tree, parsed.source);
				entry.ids = headings.ids;
			}
			read.push(entry);
			if (folder === 'notices') continue;
			const path = paths.article(folder, article.slug);
			idsByArticle.set(key(folder, article.locale, article.slug), entry.ids);
			articleAt.set(path, { folder, slug: article.slug });
			for (const former of (article as Article<'guides'>).data.formerSlugs) formerTo.set(paths.article(folder, former), path);
		}
	}

	const site: LinkSite = {
		locales: shop.locales,
		known,
		formerTo,
		translated(path, locale) {
			const at = articleAt.get(path);
			return at !== undefined && idsByArticle.has(key(at.folder, locale, at.slug));
		},
		headingIds(path, locale) {
			const at = articleAt.get(path);
			if (!at) return known.has(path) && /^\/(guides|help|policies)\//.test(path) ? null : undefined;
			const ids = idsByArticle.has(key(at.folder, locale, at.slug)) ? idsByArticle.get(key(at.folder, locale, at.slug)) : idsByArticle.get(key(at.folder, defaultLocale, at.slug));
			return ids ?? null;
		},
	};

	const problems: ContentProblem[] = [];
	const notes: ContentProblem[] = [];
	for (const { article, source, links, ids, problems: found } of read) {
		const path = article.folder === 'notices' ? undefined : paths.article(article.folder, article.slug);
		// An original stands in, untranslated, on the pages of every locale without a translation of it.
		const shownIn = path === undefined || article.locale !== defaultLocale ? [] : shop.locales.filter((locale) => locale !== defaultLocale && !site.translated(path, locale));
		found.push(...checkLinks(links, { path, locale: article.locale, ids: ids ?? [], shownIn }, site));
		for (const problem of found.sort((a, b) => a.offset - b.offset)) {
			const { line, column } = lineAndColumn(source, problem.offset);
			const reported = { file: article.file, where: problem.column ? `line ${line}, column ${column}` : `line ${line}`, message: problem.message, hint: problem.hint };
			(problem.note ? notes : problems).push(reported);
		}
	}
	notesOf.set(content, notes);
	return problems;
}
