import { maskCode } from './mdx-pitfalls';

export interface FoundLink {
	href: string;
	/** 1-based line within the text searched. */
	line: number;
}

// Inline links `[text](/x)` (not images), reference definitions `[id]: /x`, and href="/x".
const LINK_PATTERNS = [/(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)/g, /^[ \t]*\[[^\]]+\]:[ \t]*<?(\S+?)>?(?:\s|$)/gm, /href=["']([^"']+)["']/g];

/** Every link target in a Markdown/MDX body, with its line, skipping code. */
export function findLinks(body: string): FoundLink[] {
	const links: FoundLink[] = [];
	const masked = maskCode(body);
	for (const pattern of LINK_PATTERNS) {
		for (const match of masked.matchAll(pattern)) {
			const line = masked.slice(0, match.index).split('\n').length;
			links.push({ href: match[1]!, line });
		}
	}
	return links.sort((a, b) => a.line - b.line);
}
