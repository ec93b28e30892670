export interface MdxPitfall {
	/** 1-based line within the body. */
	line: number;
	message: string;
	hint: string;
}

// A fence may be indented, in a list item or in a quote, and closes only on a run of the same
// character at least as long (or at the end of the file).
const FENCED_CODE = /^[ \t>]*(([`~])\2{2,})[^\n]*\n[\s\S]*?(?:^[ \t>]*\1\2*[ \t]*$|(?![\s\S]))/gm;
// A run of backticks up to the next run of the same length, within one paragraph.
const CODE_SPAN = /(?<![\\`])(`+)(?!`)(?:(?!\n[ \t]*\n)[\s\S])*?[^`]\1(?!`)/g;
// `{/* … */}` is MDX's own comment.
const MDX_COMMENT = /\{\s*\/\*[\s\S]*?\*\/\s*\}/g;

/** The 1-based line of a position in a text. */
export function lineAt(text: string, index: number): number {
	return text.slice(0, index).split('\n').length;
}

/** A tag as quoted in a message, cut short when long. */
const clip = (tag: string) => (tag.length > 60 ? `${tag.slice(0, 57)}…` : tag);

/** Blanks code and MDX comments, keeping line numbers, so their text is not judged. */
export function maskCode(body: string): string {
	const blank = (code: string) => code.replace(/[^\n]/g, ' ');
	return body.replace(FENCED_CODE, blank).replace(CODE_SPAN, blank).replace(MDX_COMMENT, blank);
}

// MDX reads `{` and `<` as the start of code. In a seller's text they fail the build with a
// compiler message and a stack trace, or worse, only when the page renders. Sellers write
// Markdown; these are the ways plain text trips over MDX, said before Astro starts.
const RULES: { pattern: RegExp; message: (match: string) => string; hint: string | ((match: string) => string) }[] = [
	{
		pattern: /<!--/g,
		message: () => 'has an HTML comment (`<!--`), which MDX cannot read.',
		hint: 'delete the comment; keep notes for yourself outside content/.',
	},
	{
		pattern: /<(?:https?|mailto):[^>\s]*>?/g,
		message: (match) => `has an address in angle brackets (${match}), which MDX reads as a tag.`,
		hint: 'write it as [text](https://…) or as the bare address without < >.',
	},
	{
		pattern: /<(?![A-Za-z/])/g,
		message: () => 'has a `<` that MDX reads as the start of a tag.',
		hint: 'write `\\<` for the character, or the words "less than".',
	},
	{
		pattern: /<a\s[^>]*\bhref=[^>]*>?/g,
		message: (match) => `has an HTML link (${clip(match)}), which is neither checked nor kept in the reader's language.`,
		hint: 'write it as a Markdown link: [text](/guides/<slug>/) or [text](https://…).',
	},
	{
		pattern: /<[a-z][\w-]*\s[^>]*?=[ \t]*[^\s"'{>][^>]*>?/g,
		message: (match) => `has a tag with an attribute value not in quotes (${clip(match)}), which MDX cannot read.`,
		hint: 'put the value in double quotes, e.g. id="top".',
	},
	{
		pattern: /<[A-Z][\w.]*/g,
		message: (match) => `uses a component (${match}>), and this help centre provides none.`,
		hint: 'remove it, or write `\\<` if the text means the character.',
	},
	{
		pattern: /\{[^}\n]*\}?/g,
		message: (match) => `has ${match.length > 40 ? 'a `{`' : `\`${match}\``}, which MDX runs as code.`,
		hint: (match) =>
			/^\{\s*[#.]|=/.test(match)
				? 'remove it: attributes such as {target="_blank"} are not Markdown here, and links open in the same tab.'
				: 'write `\\{` and `\\}` for braces, or put the text in backticks.',
	},
];

/** The places in an MDX body where plain text would be read as code, with what to write instead. */
export function findMdxPitfalls(body: string): MdxPitfall[] {
	// Link addresses are plain text to MDX, braces and all.
	const masked = maskCode(body)
		.replace(/\\[{}<]/g, '  ')
		.replace(/\]\([^)\n]*\)/g, (link) => `](${' '.repeat(link.length - 3)})`);
	const found: MdxPitfall[] = [];
	const taken = new Set<number>();
	for (const { pattern, message, hint } of RULES) {
		for (const match of masked.matchAll(pattern)) {
			// One report per place: an `<a` is not also a "component" or a bare `<`.
			if (taken.has(match.index)) continue;
			taken.add(match.index);
			found.push({ line: lineAt(masked, match.index), message: message(match[0]), hint: typeof hint === 'string' ? hint : hint(match[0]) });
		}
	}
	return found.sort((a, b) => a.line - b.line);
}
