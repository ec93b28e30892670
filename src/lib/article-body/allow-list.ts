import type { Html, Nodes, Root } from 'mdast';
import type { Element, Nodes as HastNodes } from 'hast';
import { htmlToHast } from 'satteri';
import { clip } from './parse-errors.ts';
import type { BodyProblem } from './parse.ts';
import { readUrl, refusedSchemeReason, SAFE_LINK_FORMS } from './safe-url.ts';
import { attributeOffset, isJsx, openingTagOf, sourceOf, startOf, textAttribute, walk, type JsxElement } from './tree.ts';

// What an article body may contain besides Markdown: a few named tags for text, each with the
// attributes it needs. Anything else is refused with what to write instead. Article text is data,
// not code: no `{expressions}`, no import or export, no scripts, styles, frames or event handlers.

/** Attributes every allowed tag may carry: the language of a phrase in another language, and its direction. */
const GLOBAL_ATTRIBUTES = ['lang', 'dir'];

/** The tags an article may use, each with the attributes it may carry besides the global ones. */
export const ALLOWED_TAGS: Readonly<Record<string, readonly string[]>> = {
	kbd: [], br: [], wbr: [], hr: [], sup: [], sub: [], mark: [], small: [], b: [], strong: [], i: [], em: [], u: [], s: [], del: [], ins: [], q: [], cite: [], code: [], samp: [], var: [], span: [], bdi: [],
	abbr: ['title'], dfn: ['title'], time: ['datetime'],
	details: ['open'], summary: [], figure: [], figcaption: [],
	// Written `<img src="./photo.jpg" alt="…" />`, it becomes a Markdown image (src/markdown/html-images.ts).
	img: ['src', 'alt', 'title'],
	p: [], div: [], blockquote: [], ul: [], ol: ['start', 'reversed'], li: [], dl: [], dt: [], dd: [],
	table: [], caption: [], thead: [], tbody: [], tfoot: [], tr: [], th: ['colspan', 'rowspan', 'scope'], td: ['colspan', 'rowspan'],
};

/** The allowed tags as a hint lists them. */
const TAGS_HINT = '<kbd>, <br />, <sup>, <sub>, <abbr title="…">, <mark>, <details> with <summary>, <figure> with <figcaption>, <img src="./file.jpg" alt="…" /> and table tags';

/** Tags refused with their own reason and fix. */
function refusedTag(name: string): { why: string; hint: string } | undefined {
	switch (name) {
		case 'script':
			return { why: "which would run code in the buyer's browser", hint: 'delete it: an article is text, and search is the only script this help centre runs.' };
		case 'style':
		case 'link':
			return { why: 'which would restyle the whole page', hint: 'delete it: the site styles articles, tables, code and images itself.' };
		case 'iframe':
		case 'frame':
		case 'frameset':
		case 'object':
		case 'embed':
		case 'applet':
		case 'portal':
			return {
				why: "which loads another site inside the page, and tells it who is reading",
				hint: 'delete it. For a video, give the guide a `video` field with its address; for another page, write a link: [text](https://…).',
			};
		case 'video':
		case 'audio':
		case 'source':
		case 'track':
			return { why: 'which plays a file from inside the article', hint: 'delete it. For a video, give the guide a `video` field with its address, or link to it: [Watch the video](https://…).' };
		case 'form':
		case 'input':
		case 'button':
		case 'textarea':
		case 'select':
		case 'option':
			return { why: 'which cannot do anything on a help centre made of static pages', hint: 'delete it, and link to the page where buyers can do this: [text](https://…).' };
		case 'svg':
		case 'math':
		case 'canvas':
			return { why: 'which can hold scripts and links of its own', hint: 'save the drawing as a file beside the article and write it as an image: ![what it shows](./drawing.svg)' };
		case 'h1':
		case 'h2':
		case 'h3':
		case 'h4':
		case 'h5':
		case 'h6':
			return { why: 'which gets no id and stays out of the table of contents', hint: `write the heading in Markdown: ${'#'.repeat(Number(name[1]))} Heading` };
		case 'pre':
			return { why: 'which keeps its text from being highlighted and scrolled as code', hint: 'put the code between two lines of three backticks (```).' };
		case 'meta':
		case 'base':
		case 'template':
		case 'noscript':
		case 'html':
		case 'head':
		case 'body':
		case 'title':
			return { why: 'which belongs to the page around the article, not in it', hint: 'delete it.' };
	}
	return undefined;
}

/** Why an attribute is refused, with its fix. */
function refusedAttribute(tag: string, name: string, value: string | undefined): { why: string; hint: string } {
	const lower = name.toLowerCase();
	if (lower.startsWith('on')) return { why: "an event handler, which would run code in the buyer's browser", hint: `delete ${name}=…: nothing in an article runs code.` };
	if (lower === 'style') return { why: 'a style, which would fight the site\'s own styles in dark mode and on phones', hint: 'delete it: the site styles articles itself.' };
	if (lower === 'class' || lower === 'classname') return { why: 'a class, and the site provides none for articles', hint: 'delete it: the site styles articles itself.' };
	if (lower === 'id') return { why: 'an id, which could clash with the ids the page gives its headings', hint: 'delete it and link to a heading instead: `### Unzip the file` can be linked as #unzip-the-file.' };
	if (lower === 'width' || lower === 'height') return { why: 'a size, and the site sizes images from the file itself', hint: `delete ${name}="${value ?? ''}": pictures fit the reader's screen.` };
	if (lower === 'href' && tag !== 'a') return { why: 'a link on a tag that is not a link', hint: 'write the link in Markdown: [text](https://…).' };
	const allowed = [...(ALLOWED_TAGS[tag] ?? []), ...GLOBAL_ATTRIBUTES];
	return { why: `not one <${tag}> may have`, hint: `delete it; <${tag}> may have ${allowed.map((a) => `${a}="…"`).join(', ')}.` };
}

/** The text of an HTML link as a Markdown link, for the hint. */
function markdownLinkFor(source: string, node: JsxElement): string {
	const text = node.children.map((child) => sourceOf(source, child as Nodes)).join('').trim() || 'text';
	return `[${clip(text, 30)}](${textAttribute(node, 'href') ?? '/guides/<slug>/'})`;
}

/** `{/* … *\/}` is an MDX comment: it leaves nothing on the page, and is allowed. */
const COMMENT_ONLY = /^\s*(?:\/\*[\s\S]*?\*\/\s*|\/\/[^\n]*\n\s*)*$/;

function checkJsx(source: string, node: JsxElement, problems: BodyProblem[]): boolean {
	const offset = startOf(node);
	const tag = clip(openingTagOf(source, node).text);
	const push = (at: number, message: string, hint: string) => problems.push({ offset: at, message, hint });
	if (node.name === null) {
		push(offset, 'has an empty tag `<>`, which MDX reads as code.', 'delete `<>` and `</>`, or write `\\<` if it is text.');
		return false;
	}
	const name = node.name;
	if (/[A-Z.:]/.test(name)) {
		push(offset, `uses a component (${tag}), and this help centre provides none.`, 'remove it and keep its text; write `\\<` if the text means the character.');
		return false;
	}
	if (name === 'a') {
		const href = textAttribute(node, 'href');
		if (href === undefined) {
			push(offset, `has ${tag}, an anchor tag, which could clash with the ids the page gives its headings.`, 'delete it and link to a heading instead: `## Step 2` can be linked as #step-2.');
			return false;
		}
		const read = readUrl(href);
		if (read.kind === 'refused') {
			push(offset, `has a link to a ${read.scheme}: address (${tag}), ${refusedSchemeReason(read.scheme!)}.`, `delete the link; links may lead only to ${SAFE_LINK_FORMS}.`);
		} else {
			push(offset, `has an HTML link (${tag}), which is neither checked nor kept in the reader's language.`, `write it as a Markdown link: ${markdownLinkFor(source, node)}`);
		}
		return false;
	}
	const refused = refusedTag(name);
	if (refused) {
		push(offset, `has ${tag}, ${refused.why}.`, refused.hint);
		return false;
	}
	const allowed = ALLOWED_TAGS[name];
	if (!allowed) {
		push(offset, `has ${tag}, which articles cannot use.`, `write it in Markdown, or use one of ${TAGS_HINT}.`);
		return false;
	}
	for (const attribute of node.attributes) {
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			push(offset, `has \`{${clip(attribute.value, 40)}}\` in ${tag}, which MDX runs as code.`, 'delete it: tags in an article take plain attributes, name="value".');
			continue;
		}
		const at = attributeOffset(source, node, attribute.name);
		if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
			push(at, `has ${attribute.name}={${clip(attribute.value.value, 40)}} in ${tag}, which MDX runs as code.`, `write the value as text in double quotes: ${attribute.name}="…"`);
			continue;
		}
		if (allowed.includes(attribute.name) || GLOBAL_ATTRIBUTES.includes(attribute.name)) continue;
		const { why, hint } = refusedAttribute(name, attribute.name, attribute.value ?? undefined);
		push(at, `has the attribute ${attribute.name} in ${tag}: ${why}.`, hint);
	}
	if (name === 'abbr' && !textAttribute(node, 'title')?.trim()) {
		push(offset, `has ${tag} without a title, so it explains nothing.`, 'add what it stands for: <abbr title="Portable Document Format">PDF</abbr>');
	}
	return true;
}

/** A hast property name as written in HTML (`onClick` -> `onclick`, `className` -> `class`). */
function htmlAttributeName(property: string): string {
	if (property === 'className') return 'class';
	if (property === 'htmlFor') return 'for';
	if (/^on[A-Z]/.test(property)) return property.toLowerCase();
	return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Raw HTML in a `.md` notice, which Markdown passes to the page as written. */
function checkHtml(source: string, node: Html, problems: BodyProblem[]): void {
	const offset = startOf(node);
	const visit = (hast: HastNodes) => {
		if (hast.type === 'element') {
			const element = hast as Element;
			const name = element.tagName;
			const tag = clip(sourceOf(source, node));
			const refused = refusedTag(name);
			if (name === 'a') {
				problems.push({ offset, message: `has an HTML link (${tag}), which is neither checked nor kept in the reader's language.`, hint: 'write it as a Markdown link: [text](https://…)' });
				return;
			}
			if (refused || !ALLOWED_TAGS[name]) {
				problems.push({ offset, message: `has ${tag}, ${refused?.why ?? 'which notices cannot use'}.`, hint: refused?.hint ?? `write it in Markdown, or use one of ${TAGS_HINT}.` });
				return;
			}
			for (const [property, value] of Object.entries(element.properties ?? {})) {
				const attribute = htmlAttributeName(property);
				if (ALLOWED_TAGS[name]!.includes(attribute) || GLOBAL_ATTRIBUTES.includes(attribute)) continue;
				const { why, hint } = refusedAttribute(name, attribute, typeof value === 'string' ? value : undefined);
				problems.push({ offset, message: `has the attribute ${attribute} in ${tag}: ${why}.`, hint });
			}
		}
		if ('children' in hast) for (const child of hast.children) visit(child as HastNodes);
	};
	visit(htmlToHast(node.value, { fragment: true }) as HastNodes);
}

/**
 * Code indented by four spaces, as help desks' Markdown exports write it: MDX has no indented code
 * blocks, so it would silently become a paragraph of run-together lines.
 */
function indentedCode(tree: Root, source: string): BodyProblem[] {
	return tree.children.flatMap((node) => {
		if (node.type !== 'paragraph') return [];
		const offset = startOf(node);
		const indent = source.slice(source.lastIndexOf('\n', offset - 1) + 1, offset);
		if (!/^[ \t]+$/.test(indent) || indent.replaceAll('\t', '    ').length < 4) return [];
		return [
			{
				offset,
				message: `has \`${clip(sourceOf(source, node).split('\n')[0]!)}\` indented by four spaces, which Markdown elsewhere reads as code but MDX shows as a plain paragraph.`,
				hint: 'put the code between two lines of three backticks (```) instead of indenting it, or remove the indentation if it is text.',
			},
		];
	});
}

/** Everything in a body that is not Markdown and not on the allow-list. */
export function checkAllowList(tree: Root, source: string): BodyProblem[] {
	const problems: BodyProblem[] = indentedCode(tree, source);
	walk(tree, (node) => {
		switch (node.type) {
			case 'mdxjsEsm': {
				const line = clip(node.value.split('\n')[0]!);
				problems.push({
					offset: startOf(node),
					message: `has \`${line}\`, which is code: an article is text, and this help centre provides nothing to import.`,
					hint: 'delete the line; to begin a sentence with "import" or "export", write it in another way or put the word in **bold**.',
				});
				return false;
			}
			case 'mdxFlowExpression':
			case 'mdxTextExpression': {
				if (COMMENT_ONLY.test(node.value)) return false;
				const written = clip(sourceOf(source, node));
				problems.push({
					offset: startOf(node),
					message: `has \`${written}\`, which MDX runs as code.`,
					hint: /^\{\s*[#.:]|=/.test(written)
						? 'remove it: attributes such as {target="_blank"} are not Markdown here, and links open in the same tab.'
						: 'write `\\{` and `\\}` for braces, or put the text in backticks.',
				});
				return false;
			}
			case 'html':
				checkHtml(source, node, problems);
				return false;
		}
		if (isJsx(node)) return checkJsx(source, node, problems);
		return true;
	});
	return problems;
}
