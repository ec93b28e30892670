export interface SplitSource {
	/** The YAML between the `---` fences, or undefined when the file has none (or never closes it). */
	frontmatter: string | undefined;
	/** 1-based line of the frontmatter's first line in the file (the line after the opening `---`). */
	frontmatterLine: number;
	/** True when the file opens a frontmatter block with `---` and no `---` line closes it. */
	unclosed: boolean;
	body: string;
	/** 1-based line number of the body's first line in the file, for error messages. */
	bodyLine: number;
}

/** A fence line: `---`, with nothing after it but spaces (and a Windows line end). */
const isFence = (line: string) => line.trimEnd() === '---';

/**
 * Separates an MDX file's frontmatter from its body, keeping line numbers for errors. As for
 * Astro, the block opens with a `---` line at the top of the file (blank lines before it are
 * allowed) and the next `---` line ends it.
 */
export function splitFrontmatter(text: string): SplitSource {
	// Some Windows editors start UTF-8 files with a byte-order mark, which hides the first `---`.
	const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const lines = source.split('\n');
	const open = lines.findIndex((line) => line.trim() !== '');
	const none = { frontmatter: undefined, frontmatterLine: open + 2, unclosed: false, body: source, bodyLine: 1 };
	if (open === -1 || !isFence(lines[open]!)) return none;
	const close = lines.findIndex((line, i) => i > open && isFence(line));
	if (close === -1) return { ...none, unclosed: true };
	return {
		frontmatter: lines
			.slice(open + 1, close)
			.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line))
			.join('\n'),
		frontmatterLine: open + 2,
		unclosed: false,
		body: lines.slice(close + 1).join('\n'),
		bodyLine: close + 2,
	};
}
