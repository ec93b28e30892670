import type { Heading, Nodes, Root } from 'mdast';
import { headingIdMaker } from './heading-ids.ts';
import { clip } from './parse-errors.ts';
import type { BodyProblem } from './parse.ts';
import { sourceOf, startOf, walk } from './tree.ts';

/**
 * A heading's words as the compiled page has them (the text of the HTML heading, from which its id
 * is made): an image adds nothing, a footnote mark adds its number, a tag adds its text.
 */
function textOf(node: Nodes, footnoteNumber: (identifier: string) => number): string {
	switch (node.type) {
		case 'text':
		case 'inlineCode':
			return node.value;
		case 'break':
			return '\n';
		case 'footnoteReference':
			return String(footnoteNumber(node.identifier));
		case 'image':
		case 'imageReference':
		case 'mdxTextExpression':
		case 'mdxFlowExpression':
		case 'html':
			return '';
	}
	return 'children' in node ? node.children.map((child) => textOf(child as Nodes, footnoteNumber)).join('') : '';
}

export interface HeadingFacts {
	/** The id of every heading, in order, as the page gives them (src/markdown/heading-ids.ts). */
	ids: string[];
	problems: BodyProblem[];
}

/**
 * The ids the page's headings get, and the problems with its headings: empty ones, and levels
 * that skip (the article's title is the page's level 1, so sections start at `##`). A notice is
 * shown inside other pages under its own title and takes no headings.
 */
export function checkHeadings(tree: Root, source: string, kind: 'article' | 'notice'): HeadingFacts {
	const ids: string[] = [];
	const problems: BodyProblem[] = [];
	const nextId = headingIdMaker();
	// Footnotes are numbered in the order they are first referred to, headings included.
	const footnotes = new Map<string, number>();
	const footnoteNumber = (identifier: string) => {
		if (!footnotes.has(identifier)) footnotes.set(identifier, footnotes.size + 1);
		return footnotes.get(identifier)!;
	};
	let level = 1;
	walk(tree, (node) => {
		if (node.type === 'footnoteReference') footnoteNumber(node.identifier);
		if (node.type !== 'heading') return;
		const heading = node as Heading;
		const text = textOf(heading, footnoteNumber);
		ids.push(nextId(text));
		const offset = startOf(heading);
		const written = clip(sourceOf(source, heading).split('\n')[0]!);
		if (kind === 'notice') {
			problems.push({
				offset,
				message: `has the heading \`${written}\`, but a notice is shown inside other pages under its own title.`,
				hint: 'write it as a short paragraph; start it with **bold words** to make them stand out.',
			});
			return false;
		}
		if (text.trim() === '') {
			// Its level counts once it has words: until then the next heading is judged without it.
			problems.push({ offset, message: `has an empty heading (\`${written}\`).`, hint: `write the heading's words after the ${'#'.repeat(heading.depth)}, or delete the line.` });
			return false;
		}
		if (heading.depth === 1) {
			problems.push({
				offset,
				message: `has a level-1 heading (\`${written}\`), but the article's title is the page's only one.`,
				hint: `start sections at level 2: ## ${clip(text.trim(), 40)}`,
			});
		} else if (heading.depth > level + 1) {
			problems.push({
				offset,
				message: `has a level-${heading.depth} heading (\`${written}\`) after level ${level}, skipping level ${level + 1}: screen readers use the levels to find their way.`,
				hint: `write it as ${'#'.repeat(level + 1)} ${clip(text.trim(), 40)}, or add a level-${level + 1} heading above it.`,
			});
		}
		level = Math.max(heading.depth, 1);
		return false;
	});
	return { ids, problems };
}
