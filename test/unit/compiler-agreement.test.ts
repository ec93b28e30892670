// The content check and the compiler must agree: every construct is fed to both, the check's
// parse (src/lib/article-body/parse.ts) and the MDX compiler as Astro's MDX integration calls it
// (the Sätteri processor of src/markdown/processor.ts, its createMdxRenderer and process). What
// one reads, the other reads; what one cannot, neither can; and a heading's id is the same in both.
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkHeadings } from '../../src/lib/article-body/headings.ts';
import { parseBody } from '../../src/lib/article-body/parse.ts';
import { markdownFeatures } from '../../src/markdown/features.ts';
import { markdownProcessor } from '../../src/markdown/processor.ts';

const processor = markdownProcessor();
type Shared = Parameters<NonNullable<typeof processor.createMdxRenderer>>[0];
type MdxOptions = Parameters<NonNullable<typeof processor.createMdxRenderer>>[1];
// What @astrojs/mdx passes with this project's configuration (Astro's defaults).
const renderer = await processor.createMdxRenderer!({ syntaxHighlight: false, gfm: true, smartypants: true } as Shared, { optimize: false, srcDir: pathToFileURL('/tmp/') } as MdxOptions);

/** Compiles an article body as a build does; its headings as the page lists them, or the error. */
async function compile(body: string): Promise<{ ok: true; ids: string[] } | { ok: false; error: string }> {
	try {
		const { code } = await renderer.process(body, '/tmp/aftercare-agreement/guide.mdx', {});
		const headings = JSON.parse(/export function getHeadings\(\) \{ return (.*); \}/.exec(code)![1]!) as { slug: string }[];
		return { ok: true, ids: headings.map((h) => h.slug).filter((slug) => slug !== 'footnote-label') };
	} catch (error) {
		return { ok: false, error: (error as Error).message };
	}
}

const constructs = [
	// Plain text MDX reads as tags or code
	'line<br>two',
	'line<br />two',
	'<img src="x.png">',
	'<img src="./x.png" alt="x" />',
	'<help@x.com>',
	'[help@x.com](mailto:help@x.com)',
	'<https://example.com>',
	'a<b and c>d',
	'a \\< b and c>d',
	'a < b',
	'<p>text',
	'<p>text</p>',
	'Files <5 MB',
	'x <= y and y >= z',
	'<!-- a note -->',
	'{/* a note */}',
	'Print at {100%}',
	'Print at \\{100%\\}',
	'a { b',
	'a } b',
	'{a b}',
	'<a id=top></a>',
	'<a id="top"></a>',
	"<span title='it's'>x</span>",
	'<span title="it\'s">x</span>',
	'</div>',
	'<div>\n\n* an unclosed tag',
	'<details>\n<summary>Why?</summary>\n\nBecause.\n\n</details>',
	'<b>bold\n\nmore</b>',
	'<filename>',
	'`<filename>` and `{braces}`',
	'```js\nconst a = { b: "<c>" };\n```',
	'<kbd>Ctrl</kbd> + <kbd>C</kbd>',
	'import x from "y"',
	'export const a = 1',
	'<>fragment</>',
	'Zażółć gęślą jaźń <5 🎉',
	'| a | b |\n| --- | --- |\n| {x} | 1 |',
	'| a | b |\n| --- | --- |\n| \\{x\\} | a \\< b |',
	'[l](/guides/a_(b)/)',
	'[x](<./a b.png>)',
	'> quote <br>\n> more',
	'- item <kbd>A</kbd>\n- item <b>',
	'Text[^1]\n\n[^1]: A note <br />.',
];

describe('the content check and the compiler', () => {
	it.each(constructs)('agree on whether MDX can read %j', async (body) => {
		const checked = parseBody(body, 1, 'mdx');
		const compiled = await compile(body);
		expect(checked.problems.length === 0, compiled.ok ? 'the compiler reads it' : compiled.error).toBe(compiled.ok);
		// When the compiler stops, the check's first problem is where it stopped.
		if (!compiled.ok) {
			const [line] = /^(\d+):/.exec(compiled.error)!.slice(1);
			expect(checked.source.slice(0, checked.problems[0]!.offset).split('\n').length).toBe(Number(line));
		}
	});

	it.each([
		'## 1. Unzip the file\n\n## 2. Open it',
		'## Install\n\n## Install\n\n## Install',
		'## Content\n\n## Footnote label',
		'## Zainstaluj czcionkę — łatwo!\n\n## Ważne: 3 ustawienia',
		'## Say "hi" -- now... it\'s',
		'## Use *Ctrl* + `C` <kbd>Alt</kbd> ![pic](https://example.com/a.png) [link](/x/)',
		'## 🎉\n\n## $$$\n\n## 100 %',
		'## x[^a] y[^b]\n\nref[^b] [^a]\n\n[^a]: A\n[^b]: B',
		'## हिन्दी\n\n## Ελληνικά\n\n## 日本語の説明',
		'<details>\n<summary>More</summary>\n\n## Inside a tag\n\n</details>',
		'Setext\n======\n\nSecond\n------',
		'## _snake_case_ and -dash-',
	])('give the heading ids %j', async (body) => {
		const parsed = parseBody(body, 1, 'mdx');
		const compiled = await compile(body);
		expect(compiled.ok).toBe(true);
		const ids = checkHeadings(parsed.tree!, parsed.source, 'article').ids;
		expect(ids).toEqual(compiled.ok ? compiled.ids : []);
		for (const id of ids) expect(id).toMatch(/^\p{L}[\p{L}\p{N}_-]*$/u);
	});

	it('read with the same parser features', () => {
		expect(processor.options.features).toEqual(markdownFeatures);
	});
});
