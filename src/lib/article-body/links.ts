import type { Nodes, Root } from 'mdast';
import { delocalize, isPageLink, normalizeInternalHref } from '../routes.ts';
import { nearest, orList } from './nearest.ts';
import { clip } from './parse-errors.ts';
import type { BodyProblem } from './parse.ts';
import { readUrl, refusedSchemeReason, SAFE_LINK_FORMS } from './safe-url.ts';
import { sourceOf, startOf, walk } from './tree.ts';

export const LINK_FORMS = '/guides/<slug>/, /help/<slug>/, /policies/<slug>/, /products/<id>/ or /licenses/<id>/';

export interface FoundLink {
	/** The address as Markdown reads it (its escapes and entities decoded). */
	url: string;
	/** The link as written, to quote. */
	written: string;
	offset: number;
}

/** Every link address in a body: inline and autolinks, and reference definitions. Images are not links. */
export function collectLinks(tree: Root, source: string): FoundLink[] {
	const links: FoundLink[] = [];
	walk(tree, (node: Nodes) => {
		// A `[text][ref]` link is checked once, at its definition.
		if (node.type === 'link' || node.type === 'definition') links.push({ url: node.url, written: sourceOf(source, node), offset: startOf(node) });
	});
	return links;
}

/** What the link check knows of the site: its pages, their former addresses and their headings. */
export interface LinkSite {
	locales: readonly string[];
	/** Every locale-neutral page path (`/guides/x/`), former addresses included. */
	known: ReadonlySet<string>;
	/** A former address of an article, to the address it has now. */
	formerTo: ReadonlyMap<string, string>;
	/**
	 * The heading ids of the article at a locale-neutral path, as read in `locale` (its translation,
	 * or the original a reader of that language is shown); undefined for a page that is not an
	 * article, null for an article whose headings are not known (its file has other problems).
	 */
	headingIds(path: string, locale: string): readonly string[] | undefined | null;
	/** True when the article at a locale-neutral path has a translation of its own in `locale`. */
	translated(path: string, locale: string): boolean;
}

/** The page the links are on. */
export interface LinkPage {
	/** Its locale-neutral path, or undefined for a notice, which is shown inside other pages. */
	path: string | undefined;
	locale: string;
	/** Its own heading ids, for `#links` within the page. */
	ids: readonly string[];
	/** The other locales whose pages show this article as it is, untranslated. */
	shownIn: readonly string[];
}

function relativeLinkHint(href: string, site: LinkSite): string {
	if (/^www\./i.test(href)) return `write the full address: https://${href}`;
	if (/^[^/@]+@[^/@]+\.[a-z]{2,}$/i.test(href)) return `write it as mailto:${href}`;
	const slug = href.split(/[?#]/)[0]!.replace(/(?:\/index)?\.html?$/i, '').split('/').filter((part) => part && part !== '.' && part !== '..').pop();
	const near = slug ? nearest(slug, [...site.known].filter((p) => p.split('/').length > 3).map((p) => p.split('/')[2]!)) : [];
	const pages = near.flatMap((n) => [...site.known].filter((p) => p.split('/')[2] === n && !site.formerTo.has(p)));
	if (pages.length > 0) return `write it from the site root: did you mean ${orList(pages.slice(0, 3))}?`;
	return `write a page of this help centre from the site root (${LINK_FORMS}), and another site's page with https://.`;
}

/** "did you mean" for a page path that does not exist: up to three with the nearest slug in the same section. */
function pageHint(path: string, site: LinkSite): string {
	const [, section, slug] = path.split('/');
	const sameSection = [...site.known].filter((p) => p.split('/')[1] === section && !site.formerTo.has(p));
	const near = slug ? nearest(slug, sameSection.map((p) => p.split('/')[2] ?? '')) : [];
	if (near.length > 0) return `did you mean ${orList(near.map((n) => `/${section}/${n}/`))}?`;
	return `check the slug against the file names under content/; write links as ${LINK_FORMS}.`;
}

/** The id a fragment names (`#zainstaluj-czcionk%C4%99` is `zainstaluj-czcionkę`); undefined for `#` and `#top`, the top of any page. */
function fragmentId(fragment: string): string | undefined {
	let id = fragment;
	try {
		id = decodeURIComponent(fragment);
	} catch {
		// an unreadable escape: compared as written
	}
	return id === '' || id.toLowerCase() === 'top' ? undefined : id;
}

function anchorProblem(fragment: string, ids: readonly string[] | undefined, where: string): string | undefined {
	const id = fragmentId(fragment);
	if (id === undefined) return undefined;
	if (ids === undefined) return `${where} has no headings to link to: link to the page itself, without #${fragment}.`;
	if (ids.includes(id)) return undefined;
	const near = nearest(id, ids);
	if (near.length > 0) return `did you mean ${orList(near.map((n) => `#${n}`))}? A heading's id is its words in lower case, joined by hyphens.`;
	return ids.length === 0 ? `${where} has no headings to link to: link to the page itself, without #${fragment}.` : `${where} has these headings: ${orList(ids.slice(0, 3).map((n) => `#${n}`))}${ids.length > 3 ? '…' : ''}.`;
}

/**
 * Checks each link of a page: a safe kind of address, written from the site root, to a page that
 * exists (not its old `.html` name), with `#anchors` that match a heading there. A link to an
 * article's former address works, and says the current one as a note.
 */
export function checkLinks(links: readonly FoundLink[], page: LinkPage, site: LinkSite): BodyProblem[] {
	const problems: BodyProblem[] = [];
	for (const { url, offset, written } of links) {
		const push = (message: string, hint: string, note?: boolean) => problems.push({ offset, message, hint, ...(note ? { note } : {}) });
		// The address as the author wrote it; the whole link when Markdown decoded an entity or escape in it.
		const shown = clip(written.includes(url) ? url : written);
		const read = readUrl(url);
		if (read.kind === 'refused') {
			push(`links to ${shown}, ${refusedSchemeReason(read.scheme!)}.`, `delete the link; links may lead only to ${SAFE_LINK_FORMS}.`);
			continue;
		}
		if (read.kind === 'schemeless') {
			push(`links to ${shown}, another site without saying how to reach it.`, `write the full address: https:${url.replace(/^[/\\]+/, '//')}`);
			continue;
		}
		if (read.kind === 'relative') {
			push(`links to ${shown}, which is read as a path relative to this page and breaks when the page moves or is read in another language.`, relativeLinkHint(url, site));
			continue;
		}
		if (read.kind !== 'site') continue;
		const { path: linkPath, suffix } = normalizeInternalHref(url);
		const fragment = suffix.includes('#') ? suffix.slice(suffix.indexOf('#') + 1) : undefined;
		if (url.startsWith('#') || url.startsWith('?')) {
			if (fragment === undefined) continue;
			const problem = anchorProblem(fragment, page.path === undefined ? undefined : page.ids, page.path === undefined ? 'a notice' : 'this article');
			if (problem) push(`links to ${shown}, which is not a heading of ${page.path === undefined ? 'this notice' : 'this article'}.`, problem);
			continue;
		}
		const html = /^(.*?)(?:\/index)?\.html?$/i.exec(linkPath);
		if (html) {
			const clean = `${html[1]}/`.replace(/^\/\/$/, '/');
			const { path } = delocalize(clean, site.locales);
			push(`links to ${shown}, an address ending .html, which pages of this help centre do not have.`, site.known.has(path) ? `write ${clean}${suffix}` : `write it without .html, as ${clean}; ${pageHint(path, site)}`);
			continue;
		}
		if (!isPageLink(url)) continue;
		const { locale: linkLocale, path } = delocalize(linkPath, site.locales);
		if (!site.known.has(path)) {
			push(`links to ${shown}, which is not a page of this help centre.`, pageHint(path, site));
			continue;
		}
		const current = site.formerTo.get(path);
		if (current) {
			push(`links to ${shown}, the former address of ${current}. It still leads there.`, `write ${current}${suffix} to save buyers the detour.`, true);
		}
		if (fragment !== undefined) {
			const target = current ?? path;
			// A link from a page to itself is read in the page's language; one written /pt/… in Portuguese.
			const locale = linkPath === path ? page.locale : linkLocale;
			const ids = target === page.path && locale === page.locale ? page.ids : site.headingIds(target, locale);
			if (ids === null) continue;
			const problem = anchorProblem(fragment, ids, target);
			if (problem) push(`links to ${shown}, but ${target} has no heading #${clip(fragment, 40)}.`, problem);
			// Where this article stands in for a missing translation, the link leads to that language's
			// version of the target, whose headings (and so ids) are in that language.
			const id = fragmentId(fragment);
			if (!problem && id !== undefined && linkPath === path) {
				const elsewhere = page.shownIn.filter((other) => site.translated(target, other) && !(site.headingIds(target, other) ?? [id]).includes(id));
				if (elsewhere.length > 0) {
					push(
						`links to ${shown}. Where this article is shown untranslated (${elsewhere.join(', ')}), the link leads to the translation of ${target}, which has no heading #${clip(fragment, 40)}: buyers land at the top of that page.`,
						`translate this article, or link to ${target} without #${clip(fragment, 40)}.`,
						true,
					);
				}
			}
		}
	}
	return problems;
}
