import { slug } from 'github-slugger';

/**
 * Ids the page around an article already uses (src/layouts/Base.astro, the header's search form,
 * the table of contents, the help card, Sätteri's footnotes heading). A heading whose words would
 * give one of these gets the next free one instead (`content-1`), so no page has an id twice.
 */
export const reservedIds: readonly string[] = ['content', 'search-header', 'toc-title', 'help-card-title', 'footnote-label'];

/** What an id must look like to pass html-validate's `valid-id` rule: a letter, then letters, digits, `-` or `_`. */
export const VALID_ID = /^\p{L}[\p{L}\p{N}_-]*$/u;

/**
 * The id a heading's words give, before duplicates are numbered: GitHub's slug (what Astro uses),
 * made valid. `1. Unzip the file` would be `1-unzip-the-file`, which does not start with a letter,
 * so it becomes `section-1-unzip-the-file`; a heading of only symbols or emoji becomes `section`.
 */
export function baseHeadingId(text: string): string {
	const id = slug(text)
		.replace(/[^\p{L}\p{N}_-]/gu, '')
		.replace(/^[-_]+/, '');
	if (id === '') return 'section';
	return /^\p{L}/u.test(id) ? id : `section-${id}`;
}

/**
 * A fresh id maker for one page: each call gives the id of the next heading, numbering repeats the
 * way GitHub does (`install`, `install-1`, `install-2`). The content check and the compiler
 * (src/markdown/heading-ids.ts) both use it, so a `#link` is checked against the id the page gets.
 */
export function headingIdMaker(): (text: string) => string {
	const occurrences = new Map<string, number>(reservedIds.map((id) => [id, 0]));
	return (text) => {
		const base = baseHeadingId(text);
		let id = base;
		while (occurrences.has(id)) {
			const count = occurrences.get(base)! + 1;
			occurrences.set(base, count);
			id = `${base}-${count}`;
		}
		occurrences.set(id, 0);
		return id;
	};
}
