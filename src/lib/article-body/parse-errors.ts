// What to tell a seller when MDX cannot read their text. The parser says where it stopped and a
// reason in its own terms ("Expected a closing tag for `<br>`"); here the construct at that place is
// named as the author wrote it, with what to write instead. Only the few characters the parser
// stopped at are looked at, never the rest of the text.

/** An explanation of one parse error, and the places to blank so parsing can go on past it. */
export interface ParseErrorExplained {
	message: string;
	hint: string;
	/** [start, end) ranges to replace with spaces (newlines kept) before parsing again. */
	blank: [number, number][];
	/** Where the construct starts, when the parser stopped inside it (`{100%}` at its `{`). */
	at?: number;
}

/** HTML elements that never have content, written `<br />` in MDX. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** HTML element names a seller (or a converter) writes, to tell a tag from text such as `<filename>`. */
const HTML_ELEMENTS = new Set([
	...VOID,
	...'a abbr address article aside audio b bdi bdo blockquote body button canvas caption center cite code colgroup data dd del details dfn dialog div dl dt em fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header html i iframe ins kbd label legend li main mark nav noscript object ol optgroup option p picture pre q s samp script section select small span strike strong style sub summary sup table tbody td template textarea tfoot th thead time title tr u ul var video'.split(' '),
]);

/** A quote for a message: what the author wrote, on one line, cut short when long. */
export function clip(text: string, max = 60): string {
	const line = text.replace(/\s*\n\s*/g, ' ');
	return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** `a<b and c>d` around the `<` at `at`: the word before and the word after, for a quote. */
function wordsAround(text: string, at: number): [number, number] {
	let start = at;
	while (start > 0 && /\S/.test(text[start - 1]!)) start--;
	let end = at + 1;
	while (end < text.length && /\S/.test(text[end]!)) end++;
	return [start, end];
}

/** The end of a tag starting at `at`: just past its `>` (skipping quoted values), within its paragraph. */
function tagEnd(text: string, at: number): number {
	const limit = paragraphEnd(text, at);
	let quote: string | undefined;
	for (let i = at + 1; i < limit; i++) {
		const c = text[i]!;
		if (quote) {
			if (c === quote) quote = undefined;
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '>') return i + 1;
		else if (c === '<') break;
	}
	// An unbalanced quote: the first `>` on the line, else the line's end.
	const lineEnd = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
	const close = text.indexOf('>', at);
	return close !== -1 && close < lineEnd ? close + 1 : lineEnd;
}

/** Attributes a tag may carry bare, so `<details open>` reads as a tag and `a<b and c>d` as text. */
const BARE_ATTRIBUTES = new Set(['open', 'hidden', 'disabled', 'checked', 'selected', 'controls', 'autoplay', 'loop', 'muted', 'defer', 'async', 'required', 'readonly', 'multiple', 'novalidate', 'reversed', 'download']);

/** True when `<name …>` looks like an HTML tag a seller meant, not words around a `<`. */
function looksLikeTag(tagText: string, name: string): boolean {
	if (!HTML_ELEMENTS.has(name.toLowerCase()) || !tagText.endsWith('>')) return false;
	const attributes = tagText.slice(name.length + 1, -1).replace(/\/$/, '').replace(/=\s*("[^"]*"|'[^']*'|[^\s"'>]+)/g, '=');
	return attributes.split(/\s+/).filter(Boolean).every((a) => a.endsWith('=') || BARE_ATTRIBUTES.has(a.toLowerCase()) || a.startsWith('data-') || a.startsWith('aria-'));
}

/** The end of the paragraph holding `at`: the next blank line, or the end of the text. */
function paragraphEnd(text: string, at: number): number {
	const blank = /\n[ \t]*\n/g;
	blank.lastIndex = at;
	return blank.exec(text)?.index ?? text.length;
}

/** The value of an attribute in a tag's text, for a hint. */
function attributeIn(tag: string, name: string): string | undefined {
	const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
	return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** `![alt](src)` for an `<img>` tag, or the file name to put beside the article when it is remote. */
function markdownImageFor(tag: string): string {
	const src = attributeIn(tag, 'src') ?? './picture.jpg';
	const alt = attributeIn(tag, 'alt') || 'what the picture shows';
	if (/^(?:https?:)?\/\//i.test(src)) {
		const name = src.split(/[?#]/)[0]!.split('/').pop() || 'picture.jpg';
		return `save the picture beside the article and write it as a Markdown image: ![${alt}](./${name})`;
	}
	return `write it as a Markdown image: ![${alt}](${src})`;
}

/**
 * Explains the parse error the compiler reported at `offset` in `text` (the text as parsed, where
 * earlier errors are already blanked), quoting `original`, the text the author wrote.
 */
export function explainParseError(text: string, original: string, offset: number, reason: string): ParseErrorExplained {
	const quote = (start: number, end: number) => clip(original.slice(start, end));
	const rest = text.slice(offset);
	const one = (message: string, hint: string): ParseErrorExplained => ({ message, hint, blank: [[offset, offset + 1]] });

	if (text[offset] === '<') {
		if (rest.startsWith('<!--')) {
			const close = text.indexOf('-->', offset);
			const end = close === -1 ? Math.max(text.indexOf('\n', offset), offset + 4) : close + 3;
			return {
				message: `has an HTML comment (${quote(offset, end)}), which MDX cannot read.`,
				hint: 'write a note to yourself as {/* … */}, which MDX leaves out of the page, or delete it.',
				blank: [[offset, end]],
			};
		}
		const address = /^<((?:https?|ftp):[^\s<>]*|www\.[^\s<>]*)>/i.exec(rest);
		if (address) {
			const url = /^www\./i.test(address[1]!) ? `https://${address[1]}` : address[1]!;
			return {
				message: `has the address ${quote(offset, offset + address[0].length)} in angle brackets, which MDX reads as a tag.`,
				hint: `write [${url}](${url}), or the address without < >: ${url}`,
				blank: [[offset, offset + 1], [offset + address[0].length - 1, offset + address[0].length]],
			};
		}
		const email = /^<(?:mailto:)?([^\s<>@"]+@[^\s<>@"]+\.[^\s<>@"]+)>/i.exec(rest);
		if (email) {
			return {
				message: `has the e-mail address ${quote(offset, offset + email[0].length)} in angle brackets, which MDX reads as a tag.`,
				hint: `write it as a link: [${email[1]}](mailto:${email[1]})`,
				blank: [[offset, offset + 1], [offset + email[0].length - 1, offset + email[0].length]],
			};
		}
		const closing = /^<\/\s*([A-Za-z][\w.:-]*)\s*>/.exec(rest);
		if (closing && /closing tag/i.test(reason)) {
			return one(
				`has the closing tag ${quote(offset, offset + closing[0].length)} with no matching opening tag before it in the same paragraph.`,
				`delete it, or open it with <${closing[1]}> in the same paragraph.`,
			);
		}
		const tag = /^<([A-Za-z][\w.:-]*)/.exec(rest);
		if (tag) {
			const name = tag[1]!;
			const lower = name.toLowerCase();
			const end = tagEnd(text, offset);
			const tagText = original.slice(offset, end);
			const unclosed = /Expected a closing tag/i.test(reason);
			const isTag = looksLikeTag(tagText, name);
			// The tag's closing tag goes with it, or it would be reported again on its own.
			const blank: [number, number][] = [[offset, offset + 1]];
			const closeAt = text.slice(end, paragraphEnd(text, end)).search(new RegExp(`</${name.replace(/[.:]/g, '\\$&')}\\s*>`));
			if (closeAt !== -1) blank.push([end + closeAt, end + closeAt + 1]);
			const withClosing = (message: string, hint: string): ParseErrorExplained => ({ message, hint, blank });
			if (!isTag && /[\p{L}\p{N}]/u.test(text[offset - 1] ?? '')) {
				const [start, stop] = wordsAround(original, offset);
				const written = original.slice(start, stop);
				return one(
					`has ${clip(written)}, where MDX reads \`<\` as the start of a tag.`,
					`if you mean "less than", write \`\\<\` with a space on each side: ${written.slice(0, offset - start)} \\< ${written.slice(offset - start + 1)}`,
				);
			}
			if (unclosed && VOID.has(lower)) {
				const selfClosed = `${tagText.replace(/\s*\/?>$/, '')} />`;
				return one(
					`has ${quote(offset, end)}, which MDX reads as a tag that is never closed.`,
					lower === 'img' ? markdownImageFor(tagText) : `write ${clip(selfClosed)} (with the slash before >).`,
				);
			}
			if (unclosed && isTag) {
				return withClosing(
					`has ${quote(offset, end)} with no </${name}> in the same paragraph, so MDX cannot read it.`,
					lower === 'p'
						? 'delete the tag: a blank line between paragraphs is all Markdown needs.'
						: `close it with </${name}> before the paragraph ends, or delete the tag.`,
				);
			}
			if (unclosed) {
				return withClosing(
					`has ${quote(offset, end)}, which MDX reads as a tag.`,
					`if it is text, write \\${clip(tagText)} or put it in backticks: \`${clip(tagText)}\``,
				);
			}
			const unquoted = /\s([\w:-]+)\s*=\s*([^\s"'{>][^\s>]*)/.exec(tagText);
			if (unquoted) {
				return withClosing(
					`has a tag with an attribute value not in quotes (${clip(tagText)}), which MDX cannot read.`,
					`put the value in double quotes: ${unquoted[1]}="${unquoted[2]!.replace(/\/$/, '')}"`,
				);
			}
			const single = /\s([\w:-]+)\s*=\s*'/.exec(tagText);
			if (single) {
				return withClosing(
					`has a tag whose ${single[1]} value is in single quotes and holds an apostrophe (${clip(tagText)}), which MDX cannot read.`,
					`put the value in double quotes: ${single[1]}="…"`,
				);
			}
			return withClosing(
				`has a tag MDX cannot read (${clip(tagText)}).`,
				'check that each attribute is name="value" and the tag ends with > or />; if the `<` is text, write `\\<`.',
			);
		}
		const [start, stop] = wordsAround(original, offset);
		const written = original.slice(start, stop);
		// A formula or code (=IF(A1<0,"x")) belongs in backticks, where quotes stay straight and
		// nothing is read as a tag; escaping would still curl its quotes.
		const code = /[=(){}"';]/.test(written);
		return one(
			`has ${clip(written)}, where MDX reads \`<\` as the start of a tag.`,
			code
				? `if it is a formula or code, put it in backticks, which keep it exactly as written: \`${clip(written)}\`; if it is text, write \`\\<\` for the character.`
				: `write \`\\<\` for the character: ${written.slice(0, offset - start)}\\${written.slice(offset - start)}`,
		);
	}

	if (text[offset] === '{' || /expression|brace/i.test(reason)) {
		let start = offset;
		while (start > 0 && !(text[start] === '{' && text[start - 1] !== '\\')) start--;
		if (text[start] !== '{') start = offset;
		const lineEnd = text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start);
		const close = text.slice(start, lineEnd).indexOf('}');
		const written = quote(start, close === -1 ? Math.min(lineEnd, start + 20) : start + close + 1);
		return {
			at: start,
			message: close === -1 ? `has \`${written}\` with no \`}\`, which MDX reads as the start of code.` : `has \`${written}\`, which MDX runs as code and cannot read.`,
			hint: 'write `\\{` (and `\\}`) for braces, or put the text in backticks.',
			blank: [[start, start + 1]],
		};
	}

	return one(
		`has text MDX cannot read at ${clip(original.slice(offset, offset + 20)) || 'the end'}: ${reason}.`,
		'write `\\` before a `<` or `{` that is text, or put the text in backticks.',
	);
}
