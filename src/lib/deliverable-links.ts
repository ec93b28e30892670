import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { LinkifyIt } from 'linkify-it';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

/**
 * The links a seller's deliverable holds, where a buyer would find them: a PDF's link
 * annotations (what a click opens) and the addresses written in its text (what a buyer types
 * from a printout), a Markdown file's links and bare addresses, a text file's addresses.
 */

/** One link as found in a file. */
export interface FoundLink {
	/** As the file has it, or as a browser would complete it (`help.shop.com/go/x` -> `http://help.shop.com/go/x`). */
	url: string;
	/** The address as printed, when the file leaves out the `http://` that `url` adds. */
	written?: string;
	/** 1-based page of a PDF. */
	page?: number;
	/** 1-based line of a text or Markdown file. */
	line?: number;
	/** A PDF's clickable area, or an address written out in the text. */
	from: 'annotation' | 'text' | 'markdown';
}

/** The kinds of file `npm run check-links` reads. */
export const DELIVERABLE_TYPES = ['.pdf', '.txt', '.md'] as const;

export function isDeliverable(file: string): boolean {
	return (DELIVERABLE_TYPES as readonly string[]).includes(extname(file).toLowerCase());
}

/**
 * A linkifier for addresses in running text. An address printed without `https://` is found
 * when it ends in a top-level domain linkify-it knows, or in one of `tlds` (the shop's own, such
 * as `studio`, so `help.shop.studio/go/x` is found). E-mail addresses are not links to check.
 */
export function linkFinder(tlds: readonly string[] = []): LinkifyIt {
	const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false });
	if (tlds.length > 0) linkify.tlds([...tlds], true);
	return linkify;
}

/** The addresses written in `text`, with their line (counted from `firstLine`). */
export function linksInText(text: string, linkify: LinkifyIt, firstLine = 1): FoundLink[] {
	const lines = lineStarts(text);
	return (linkify.match(text) ?? []).map((match) => ({
		url: match.url,
		...(match.raw !== match.url ? { written: match.raw } : {}),
		line: firstLine + lineOf(lines, match.index),
		from: 'text' as const,
	}));
}

function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

function lineOf(starts: readonly number[], index: number): number {
	let line = 0;
	while (line + 1 < starts.length && starts[line + 1]! <= index) line += 1;
	return line;
}

/**
 * A Markdown file's links: links, images and reference definitions from its syntax tree, and the
 * bare addresses in its text, code and HTML (a link's own text too: `[help.shop.com/go/a](…/go/b)`
 * prints one address and opens another).
 */
export function linksInMarkdown(source: string, linkify: LinkifyIt): FoundLink[] {
	const found: FoundLink[] = [];
	const visit = (node: Nodes) => {
		const line = node.position?.start.line ?? 1;
		if (node.type === 'link' || node.type === 'image' || node.type === 'definition') found.push({ url: node.url, line, from: 'markdown' });
		if (node.type === 'text' || node.type === 'html' || node.type === 'inlineCode' || node.type === 'code') {
			// A fenced block's value starts on the line after its fence.
			found.push(...linksInText(node.value, linkify, node.type === 'code' ? line + 1 : line));
		}
		if ('children' in node) for (const child of node.children) visit(child);
	};
	visit(fromMarkdown(source));
	return once(found);
}

/** Where pdf.js finds the fonts and character maps a PDF names but does not embed, on disk. */
function pdfjsData() {
	const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
	return { standardFontDataUrl: join(root, 'standard_fonts/'), cMapUrl: join(root, 'cmaps/'), cMapPacked: true };
}

/**
 * A PDF's links, page by page, through pdf.js (its legacy build, the one for Node). It runs in this
 * thread, without a worker or a canvas: only annotations and text are asked for, nothing is drawn.
 * An address that wraps onto a second line in the text is found only up to the line's end; its
 * link annotation, if the PDF has one, has it whole.
 */
export async function linksInPdf(data: Uint8Array, linkify: LinkifyIt): Promise<{ pages: number; links: FoundLink[] }> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const document = await pdfjs.getDocument({
		data,
		...pdfjsData(),
		verbosity: pdfjs.VerbosityLevel.ERRORS,
		isEvalSupported: false,
		disableFontFace: true,
		useSystemFonts: false,
	}).promise;
	const found: FoundLink[] = [];
	try {
		for (let page = 1; page <= document.numPages; page++) {
			const proxy = await document.getPage(page);
			for (const annotation of (await proxy.getAnnotations()) as { url?: string; unsafeUrl?: string }[]) {
				// pdf.js sets `url` only for an address it would open; `unsafeUrl` is what the file says.
				const written = annotation.url ?? annotation.unsafeUrl;
				if (!written) continue;
				const url = annotation.url ?? linkify.match(written)?.[0]?.url ?? written;
				found.push({ url, page, from: 'annotation' });
			}
			const { items } = await proxy.getTextContent();
			const text = items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join('');
			for (const { url, written } of linksInText(text, linkify)) found.push({ url, ...(written ? { written } : {}), page, from: 'text' });
			proxy.cleanup();
		}
		return { pages: document.numPages, links: once(found) };
	} finally {
		await document.destroy();
	}
}

/** A file's links, by its type; throws for a PDF pdf.js cannot open (damaged, or locked with a password). */
export async function linksInFile(file: string, linkify: LinkifyIt): Promise<FoundLink[]> {
	const type = extname(file).toLowerCase();
	if (type === '.pdf') return (await linksInPdf(new Uint8Array(readFileSync(file)), linkify)).links;
	const text = readFileSync(file, 'utf8');
	return type === '.md' ? linksInMarkdown(text, linkify) : once(linksInText(text, linkify));
}

/**
 * Each address once per page or line: a PDF's annotation over the address it shows is one link,
 * with or without the `https://` and the last slash written out. The annotation is kept.
 */
function once(links: FoundLink[]): FoundLink[] {
	const seen = new Set<string>();
	return links.filter((link) => {
		const key = `${link.page ?? ''}\0${link.line ?? ''}\0${link.url.replace(/^https?:\/\//i, '').replace(/\/$/, '')}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
