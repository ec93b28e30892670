import { lineAt, maskCode } from './mdx-pitfalls.ts';

export interface FoundLink {
	href: string;
	/** 1-based line within the text searched. */
	line: number;
}

// Inline links `[text](/x)`, reference definitions `[id]: /x "title"` (not footnotes `[^1]:`),
// and href="/x". Images are blanked first: they are not links, and a linked image
// `[![badge](./b.png)](https://…)` must yield only the outer address.
const INLINE = /\[[^\]]*\]\(\s*<?(?<href>[^)\s>]+)/g;
const DEFINITION = /^[ \t]*\[(?<label>[^\]^][^\]]*)\]:[ \t]*<?(?<href>[^\s>]+)>?(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/gm;
const HREF = /href=["'](?<href>[^"']+)["']/g;
const IMAGE = /!\[[^\]]*\]\([^)\n]*\)/g;
const IMAGE_REFERENCE = /!\[[^\]]*\]\[(?<label>[^\]]*)\]/g;

/** Every link target in a Markdown/MDX body, with its line, skipping code and images. */
export function findLinks(body: string): FoundLink[] {
	const masked = maskCode(body).replace(IMAGE, (image) => ' '.repeat(image.length));
	const imageLabels = new Set([...masked.matchAll(IMAGE_REFERENCE)].map((m) => m.groups!.label!.toLowerCase()));
	const links: FoundLink[] = [];
	for (const pattern of [INLINE, DEFINITION, HREF]) {
		for (const match of masked.matchAll(pattern)) {
			if (match.groups!.label !== undefined && imageLabels.has(match.groups!.label.toLowerCase())) continue;
			links.push({ href: match.groups!.href!, line: lineAt(masked, match.index) });
		}
	}
	return links.sort((a, b) => a.line - b.line);
}
