import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { articleTree, internalUrl, plainMarkdownTree, serializeMarkdown, type LinkTarget, type MarkdownOptions } from '../../src/lib/article-markdown.ts';
import { fixture } from '../helpers/content-tree.ts';

const target: LinkTarget = {
	locale: 'pt',
	locales: ['en', 'pt'],
	defaultLocale: 'en',
	url: 'https://user.github.io/shop-help/',
	formerTo: new Map([['/guides/old-name/', '/guides/new-name/']]),
};
const pageUrl = 'https://user.github.io/shop-help/pt/guides/here/';
const options: MarkdownOptions = { internal: (href) => internalUrl(href, target), pageUrl, picture: (alt) => `Imagem: ${alt}` };
// As llms-txt.ts does: the body's tree (parsed once per article), converted, then written.
const convert = (body: string, extra: Partial<MarkdownOptions> = {}, format: 'mdx' | 'md' = 'mdx') => serializeMarkdown(plainMarkdownTree(articleTree({ body, bodyLine: 1 }, format) ?? { type: 'root', children: [] }, { ...options, ...extra }));

/** The Markdown read back as a CommonMark + GFM reader reads it. */
const readBack = (markdown: string): Root => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
function nodesOf(tree: Root, type: string): Nodes[] {
	const found: Nodes[] = [];
	const visit = (node: Nodes) => {
		if (node.type === type) found.push(node);
		if ('children' in node) for (const child of node.children) visit(child);
	};
	visit(tree);
	return found;
}
const textOf = (node: Nodes): string => ('value' in node ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');

describe('an article body as plain Markdown', () => {
	const file = readFileSync(join(fixture('kitchen-sink'), 'content', 'guides', 'en', 'install-the-presets.mdx'), 'utf8');
	const body = file.slice(file.indexOf('\n---\n', 4) + 5);
	const kitchenSink = convert(body);
	const tree = readBack(kitchenSink);

	it('leaves no tag of the kitchen-sink article: read back, it has no HTML and no `<` outside code', () => {
		expect(nodesOf(tree, 'html')).toEqual([]);
		const prose = kitchenSink.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
		expect(prose).not.toMatch(/<\/?(?:kbd|details|summary|mark|abbr|table|tr|td|th|img|br)\b/i);
	});

	it('keeps both tables as GFM tables, the one written as tags with its header row', () => {
		const tables = nodesOf(tree, 'table');
		expect(tables).toHaveLength(2);
		expect(textOf((tables[1] as Extract<Nodes, { type: 'table' }>).children[0]!)).toBe('PresetGrainShadows');
		expect(kitchenSink).toContain('| Tri-X Push | 60 | -20 |');
	});

	it('writes keys as code, the folded sections open, the highlight bold and the abbreviation spelt out', () => {
		expect(kitchenSink).toContain('press `⌥` in the Go menu');
		expect(kitchenSink).toContain('Press `Ctrl` + `A` on Windows');
		expect(kitchenSink).toContain('**Lightroom says the presets are “not compatible”**');
		expect(kitchenSink).toContain('The message you see is **exactly this**:');
		expect(kitchenSink).toContain('XMP (Extensible Metadata Platform)');
		// The code block inside <details> stays a code block.
		expect(nodesOf(tree, 'code').map((node) => (node as Extract<Nodes, { type: 'code' }>).lang)).toEqual(['sh', 'powershell', 'xml', 'json', 'text']);
	});

	it('makes internal links absolute, in the reader’s language and under the base path, and #links point into the page', () => {
		const links = nodesOf(tree, 'link').map((node) => (node as Extract<Nodes, { type: 'link' }>).url);
		expect(links).toContain('https://user.github.io/shop-help/pt/products/film-grain-presets/');
		expect(links).toContain('https://user.github.io/shop-help/pt/help/presets-missing/');
		expect(links).toContain(`${pageUrl}#install-on-a-computer`);
		expect(links.every((url) => /^(https?:|mailto:)/.test(url))).toBe(true);
	});

	it('writes a picture as its alt text, since its built address is Astro’s hashed one', () => {
		expect(nodesOf(tree, 'image')).toEqual([]);
		expect(kitchenSink).toContain('[Imagem: Two halves of one photo of hills at sunset: on the left');
		expect(kitchenSink).not.toContain('before-after.jpg');
	});

	it('keeps headings, callouts as quotes, and footnotes', () => {
		expect(nodesOf(tree, 'heading').map((node) => (node as Extract<Nodes, { type: 'heading' }>).depth)).toEqual([2, 2, 3, 4, 2, 2, 2]);
		expect(kitchenSink).toContain('> **Tip:** if you use Lightroom');
		expect(nodesOf(tree, 'footnoteDefinition').map((node) => (node as Extract<Nodes, { type: 'footnoteDefinition' }>).identifier)).toEqual(['original', 'licence']);
		expect(nodesOf(tree, 'footnoteReference')).toHaveLength(2);
	});
});

describe('each allowed tag', () => {
	it('turns inline tags into Markdown or plain text', () => {
		expect(convert('Press <kbd>Ctrl</kbd> + <kbd>P</kbd>.')).toBe('Press `Ctrl` + `P`.\n');
		expect(convert('One<br />two')).toBe('One\\\ntwo\n');
		// A break with nothing to break, on a line of its own, leaves nothing.
		expect(convert('A\n\n<br />\n\nB')).toBe('A\n\nB\n');
		expect(convert('E = mc<sup>2</sup>, H<sub>2</sub>O, <small>small</small>')).toBe('E = mc2, H2O, small\n');
		expect(convert('<b>bold</b>, <i>italic</i>, <mark>marked</mark>, <s>gone</s>')).toBe('**bold**, *italic*, **marked**, ~~gone~~\n');
		expect(convert('A <abbr title="Portable Document Format">PDF</abbr> file')).toBe('A PDF (Portable Document Format) file\n');
		expect(convert('Say <span lang="pt">obrigado</span>{/* a comment */}.')).toBe('Say obrigado.\n');
	});

	it('opens <details> with its summary first, and a <figure> with its caption', () => {
		expect(convert('<details>\n<summary>More</summary>\n\nHidden **text**.\n\n</details>')).toBe('**More**\n\nHidden **text**.\n');
		expect(convert('<figure>\n<img src="./a.jpg" alt="A cat" />\n<figcaption>Our cat</figcaption>\n</figure>')).toBe('[Imagem: A cat]\n\n*Our cat*\n');
		expect(convert('![Brackets [sic]](./a.jpg)')).toBe('[Imagem: Brackets \\[sic]]\n');
		// Never a link or a definition, whatever follows.
		for (const after of ['(see above)', ': see', '[1]']) expect(nodesOf(readBack(convert(`![A cat](./a.jpg)${after}`)), 'text').map(textOf).join('')).toBe(`[Imagem: A cat]${after}`);
	});

	it('turns a table of tags into a GFM table, a cell spanning columns followed by empty ones', () => {
		const table = '<table>\n<caption>Sizes</caption>\n<tr><th colspan="2">Paper</th><th>Scale</th></tr>\n<tr><td>A4</td><td>210 mm</td><td><b>100 %</b></td></tr>\n<tr><td>Letter</td></tr>\n</table>';
		expect(convert(table)).toBe('*Sizes*\n\n| Paper | | Scale |\n| - | - | - |\n| A4 | 210 mm | **100 %** |\n| Letter | | |\n');
	});

	it('turns lists of tags into Markdown lists', () => {
		expect(convert('<ol start="3">\n<li>Unzip</li>\n<li>Open</li>\n</ol>')).toBe('3. Unzip\n4. Open\n');
		expect(convert('<dl>\n<dt>Preset</dt>\n<dd>A saved set of sliders.</dd>\n</dl>')).toBe('**Preset**\n\nA saved set of sliders.\n');
	});

	it('converts a Markdown notice’s raw HTML the same way', () => {
		const notice = 'Press <kbd>F5</kbd> to <mark>reload</mark>.<br>Then wait.\n\n<details><summary>Why</summary>The server is busy.</details>';
		const markdown = convert(notice, {}, 'md');
		expect(markdown).toBe('Press `F5` to **reload**.\\\nThen wait.\n\n**Why**\n\nThe server is busy.\n');
		expect(nodesOf(readBack(markdown), 'html')).toEqual([]);
	});
});

describe('links, headings and footnotes in a file of many articles', () => {
	it('leads a renamed article’s link to its current address, keeps a section, and leaves files and other sites alone', () => {
		expect(convert('[a](/guides/old-name/#step-2) [b](/pt/help/x) [c](/files/guide.pdf) [d](https://canva.com/) [e](mailto:a@b.test) [f](#top)')).toBe(
			'[a](https://user.github.io/shop-help/pt/guides/new-name/#step-2) [b](https://user.github.io/shop-help/pt/help/x/) [c](https://user.github.io/shop-help/files/guide.pdf) [d](https://canva.com/) [e](mailto:a@b.test) [f](https://user.github.io/shop-help/pt/guides/here/)\n',
		);
		expect(internalUrl('/guides/x/', { ...target, locale: 'en', url: 'https://help.shop.test' })).toBe('https://help.shop.test/guides/x/');
	});

	it('writes reference links inline, as their definitions would clash with another article’s', () => {
		expect(convert('See [the guide][g].\n\n[g]: /guides/x/ "The guide"')).toBe('See [the guide](https://user.github.io/shop-help/pt/guides/x/ "The guide").\n');
	});

	it('moves headings down under the article’s own title, no deeper than level 6, and prefixes footnote labels', () => {
		expect(convert('## Two\n\n### Three\n\n##### Five', { headingOffset: 2 })).toBe('#### Two\n\n##### Three\n\n###### Five\n');
		expect(convert('Note.[^a]\n\n[^a]: The note.', { footnotePrefix: '7-' })).toBe('Note.[^7-a]\n\n[^7-a]: The note.\n');
	});

	it('escapes what Markdown would misread, but not an ampersand that cannot start a character', () => {
		expect(convert('Q&A \\&amp; 5 \\* 3 \\<b> \\{x}')).toBe('Q&A \\&amp; 5 \\* 3 \\<b> {x}\n');
	});
});
