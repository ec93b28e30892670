const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export interface SplitSource {
	/** The YAML between the `---` fences, or undefined when the file has none. */
	frontmatter: string | undefined;
	body: string;
	/** 1-based line number of the body's first line in the file, for error messages. */
	bodyLine: number;
}

/** Separates an MDX file's frontmatter from its body, keeping line numbers for errors. */
export function splitFrontmatter(text: string): SplitSource {
	// Some Windows editors start UTF-8 files with a byte-order mark, which hides the first `---`.
	const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const match = FRONTMATTER.exec(source);
	if (!match) return { frontmatter: undefined, body: source, bodyLine: 1 };
	return {
		frontmatter: match[1],
		body: source.slice(match[0].length),
		bodyLine: match[0].split('\n').length,
	};
}
