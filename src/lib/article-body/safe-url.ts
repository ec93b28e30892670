// Which addresses an article may link to or load: the web (http and https), e-mail, phone, and
// this site's own pages. The address is read as a browser reads it, so `JavaScript:`,
// `java&#x73;cript:`, a tab inside the scheme or a leading space do not slip past.

const NAMED_ENTITIES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', amp: '&', sol: '/', bsol: '\\', lpar: '(', rpar: ')', period: '.', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/** Decodes HTML character references (`&#x6A;`, `&#106;`, `&colon;`), as a browser does in an attribute. */
export function decodeEntities(text: string): string {
	return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));?/gi, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
		if (hex || dec) {
			const code = parseInt(hex ?? dec!, hex ? 16 : 10);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return NAMED_ENTITIES[name!.toLowerCase()] ?? whole;
	});
}

/** An address as the browser's URL parser sees it: entities decoded, tabs and line breaks gone, leading spaces and controls trimmed. */
export function normalizeUrl(url: string): string {
	// eslint-disable-next-line no-control-regex
	return decodeEntities(url).replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

export type UrlKind =
	/** http: or https: */
	| 'web'
	| 'mailto'
	| 'tel'
	/** `/guides/x/`, `#step-2`, `?q=zip`: this site */
	| 'site'
	/** `//cdn.example.com/x` or `/\example.com`: another site, without saying how */
	| 'schemeless'
	/** `guides/x/`, `../x/`, `www.example.com`: relative to the page */
	| 'relative'
	/** javascript:, data:, vbscript:, file: and every other scheme */
	| 'refused';

export interface ReadUrl {
	kind: UrlKind;
	/** The scheme, lower-case, when there is one. */
	scheme?: string;
}

/** What kind of address an article gives. */
export function readUrl(url: string): ReadUrl {
	const clean = normalizeUrl(url);
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(clean)?.[1]?.toLowerCase();
	if (scheme === 'http' || scheme === 'https') return { kind: 'web', scheme };
	if (scheme === 'mailto' || scheme === 'tel') return { kind: scheme, scheme };
	if (scheme) return { kind: 'refused', scheme };
	// Browsers read a backslash as a slash in web addresses: `/\evil.example` is another site.
	if (/^[/\\]{2}/.test(clean)) return { kind: 'schemeless' };
	if (/^[/#?]/.test(clean)) return { kind: 'site' };
	return { kind: 'relative' };
}

/** Why a refused scheme is refused, for the message. */
export function refusedSchemeReason(scheme: string): string {
	if (scheme === 'javascript' || scheme === 'vbscript') return 'which would run code in the buyer\'s browser';
	if (scheme === 'data' || scheme === 'blob') return 'which holds a whole file inside the address, and can run code';
	if (scheme === 'file') return "which points into the buyer's own computer";
	return 'which browsers do not open as a page';
}

export const SAFE_LINK_FORMS = 'https://…, mailto:…, tel:… or a page of this help centre (/guides/<slug>/)';
