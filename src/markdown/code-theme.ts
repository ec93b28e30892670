import type { ShikiConfig } from 'astro';
import type { Element, ElementContent } from 'hast';

// Code blocks in articles: Shiki finds the tokens, the stylesheet colours them.
//
// Shiki writes every colour as an inline `style` attribute, which the site's Content-Security-
// Policy blocks (style-src has no 'unsafe-inline'), and fixes one palette per theme. Instead the
// theme below gives each kind of token a stand-in colour, and the transformer turns each stand-in
// into a class (`t-keyword`) and drops every inline style. src/styles/global.css colours the
// classes for light and dark mode from the site's own palette, switched by prefers-color-scheme
// like the rest of the site, each at 4.5:1 or more against the code background (a test checks).
// The scopes are those of GitHub's light theme, grouped by the colour it gives them.

/** The token classes, each with the scopes it covers. Everything else is plain text. */
const TOKENS = {
	comment: ['comment', 'punctuation.definition.comment', 'string.comment'],
	constant: [
		'constant', 'entity.name.constant', 'variable.other.constant', 'variable.other.enummember', 'variable.language', 'support', 'meta.property-name',
		'string variable', 'support.constant', 'support.variable', 'meta.module-reference', 'markup.heading', 'markup.heading entity.name', 'markup.inline.raw',
		'meta.diff.header', 'meta.separator', 'meta.output',
	],
	entity: ['entity', 'entity.name', 'meta.diff.range'],
	tag: ['entity.name.tag', 'string.regexp constant.character.escape', 'markup.quote', 'markup.inserted', 'meta.diff.header.to-file', 'punctuation.definition.inserted'],
	keyword: ['keyword', 'storage', 'storage.type'],
	string: [
		'string', 'punctuation.definition.string', 'string punctuation.section.embedded source', 'source.regexp', 'string.regexp', 'string.regexp.character-class',
		'string.regexp source.ruby.embedded', 'string.regexp string.regexp.arbitrary-repitition', 'constant.other.reference.link', 'string.other.link',
	],
	variable: ['variable', 'punctuation.definition.list.begin.markdown', 'markup.changed', 'punctuation.definition.changed'],
	invalid: ['invalid.broken', 'invalid.deprecated', 'invalid.illegal', 'invalid.unimplemented', 'message.error', 'markup.deleted', 'meta.diff.header.from-file', 'punctuation.definition.deleted', 'brackethighlighter.unmatched'],
	// Scopes GitHub's theme takes back to the plain text colour inside the ones above.
	text: ['variable.parameter.function', 'storage.modifier.package', 'storage.modifier.import', 'storage.type.java', 'variable.other', 'markup.italic', 'markup.bold'],
} as const;

export type TokenClass = Exclude<keyof typeof TOKENS, 'text'>;
export const tokenClasses = Object.keys(TOKENS).filter((name) => name !== 'text') as TokenClass[];

// Stand-in colours: #00000n for the n-th kind of token. Never shown; the transformer replaces them.
const names = Object.keys(TOKENS) as (keyof typeof TOKENS)[];
const standIn = (i: number) => `#${(i + 1).toString(16).padStart(6, '0')}`;
const TEXT = '#000000';
const classByColour = new Map<string, string | undefined>([[TEXT, undefined], ...names.map((name, i): [string, string | undefined] => [standIn(i), name === 'text' ? undefined : `t-${name}`])]);

/** A Shiki theme whose colours name the kind of token; see the transformer. */
export const codeTheme = {
	name: 'aftercare',
	type: 'light',
	fg: TEXT,
	bg: '#ffffff',
	settings: [
		{ settings: { foreground: TEXT, background: '#ffffff' } },
		...names.map((name, i) => ({ scope: [...TOKENS[name]], settings: { foreground: standIn(i) } })),
	],
} satisfies ShikiConfig['theme'];

/** `color:#000003` → `t-keyword`; a style that is not a stand-in colour is dropped too. */
function classFor(style: unknown): string | undefined {
	if (typeof style !== 'string') return undefined;
	const colour = /(?:^|;)\s*color\s*:\s*(#[0-9a-f]{6})/i.exec(style)?.[1]?.toLowerCase();
	return colour === undefined ? undefined : classByColour.get(colour);
}

function addClass(node: Element, name: string): void {
	const current = node.properties.class ?? node.properties.className;
	const list = Array.isArray(current) ? current.map(String) : typeof current === 'string' ? current.split(/\s+/).filter(Boolean) : [];
	delete node.properties.className;
	node.properties.class = [...list, name].join(' ');
}

function styleToClasses(node: Element): void {
	const style = node.properties.style;
	if (style !== undefined) {
		const name = classFor(style);
		if (name) addClass(node, name);
		// Astro marks the + and - of a diff so they are not copied with the code.
		if (typeof style === 'string' && /user-select\s*:\s*none/.test(style)) addClass(node, 'diff-sign');
		delete node.properties.style;
	}
	for (const child of node.children as ElementContent[]) if (child.type === 'element') styleToClasses(child);
}

/** `markdown.shikiConfig` in astro.config.mjs. */
export const shikiConfig: Partial<ShikiConfig> = {
	theme: codeTheme,
	transformers: [
		{
			name: 'aftercare:classes-not-styles',
			// Runs after Astro's own transformer, which adds `overflow-x: auto` as a style; the
			// stylesheet scrolls code blocks instead.
			pre(node) {
				styleToClasses(node);
				node.properties.class = String(node.properties.class ?? '').replace(/\s*\baftercare\b/, '');
			},
		},
	],
};
