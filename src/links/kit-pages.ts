import { KIT_PAGE_NAMES, languageName, type KitLink } from '../lib/link-kit.ts';

/**
 * The link kit's two HTML pages: one printable sheet per product and the folder's index. A seller
 * opens them from disk and prints them, so each is one file that loads nothing (the QR codes are
 * inline SVG), runs no script and is kept from search engines should it ever be uploaded.
 */

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// A4 with 12 mm margins; each language starts a printed page, so a seller prints only the one a
// deliverable needs. A code is 30 mm wide on paper, above the 2 cm a phone reads at arm's length.
const STYLE = `
@page { size: A4; margin: 12mm; }
* { box-sizing: border-box; }
html { color: #000; background: #fff; }
body { margin: 0 auto; padding: 16px; max-width: 186mm; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; padding-bottom: 0.25rem; border-bottom: 2px solid #000; }
h3 { font-size: 1rem; margin: 0 0 0.2rem; }
a { color: #0b3d91; }
a:focus-visible { outline: 3px solid #0b3d91; outline-offset: 2px; }
.lead { margin: 0 0 1rem; max-width: 40rem; }
.shop { margin: 0; font-weight: 600; }
ul.links, ul.plain { list-style: none; margin: 0; padding: 0; }
ul.plain li { margin: 0.4rem 0; }
.link { display: grid; grid-template-columns: minmax(0, 1fr) 30mm; gap: 0 6mm; align-items: center; padding: 3mm 0; border-bottom: 1px solid #999; break-inside: avoid; }
.kind { margin: 0; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: #444; }
.short { margin: 0.1rem 0; font: 600 1.05rem/1.35 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; overflow-wrap: anywhere; }
.full { margin: 0; font-size: 0.85rem; overflow-wrap: anywhere; color: #333; }
.qr { display: block; width: 30mm; height: 30mm; }
.files { font-size: 0.9rem; }
@media print {
	body { padding: 0; max-width: none; font-size: 11pt; }
	a { color: #000; text-decoration: none; }
	.screen-only { display: none; }
	section.language + section.language { break-before: page; }
}
@media (max-width: 420px) {
	.link { grid-template-columns: minmax(0, 1fr) 24mm; gap: 0 3mm; }
	.qr { width: 24mm; height: 24mm; }
}
`;

function page(title: string, body: string): string {
	return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** The SVG as it is in qr/, inline and named for a screen reader. */
function inlineQr(svg: string, url: string): string {
	return svg.trim().replace('<svg ', `<svg class="qr" role="img" aria-label="QR code for ${escape(url)}" `);
}

export interface ProductSheet {
	shopName: string;
	productName: string;
	links: readonly KitLink[];
	/** Each link's QR code as SVG, by its qrName. */
	svgs: ReadonlyMap<string, string>;
}

/** One product's printable sheet: per language, each address with its QR code beside it. */
export function productSheet({ shopName, productName, links, svgs }: ProductSheet): string {
	const byLocale = Map.groupBy(links, (link) => link.locale);
	const sections = [...byLocale].map(([locale, list]) => {
		const items = list.map((link) => {
			const shown = link.shortUrl ?? link.url;
			const full = link.shortUrl ? `<p class="full">Full address: <a href="${escape(link.url)}">${escape(link.url)}</a></p>` : '';
			return `<li class="link">
<div>
<p class="kind">${escape(KIT_PAGE_NAMES[link.kind])}</p>
<h3 lang="${escape(link.titleLanguage)}">${escape(link.title)}</h3>
<p class="short"><a href="${escape(shown)}">${escape(shown)}</a></p>
${full}
</div>
${inlineQr(svgs.get(link.qrName)!, link.qrUrl)}
</li>`;
		});
		return `<section class="language" aria-labelledby="lang-${escape(locale)}">
<h2 id="lang-${escape(locale)}">${escape(languageName(locale))}</h2>
<ul class="links">
${items.join('\n')}
</ul>
</section>`;
	});
	const body = `<header>
<p class="shop">${escape(shopName)}</p>
<h1>Link kit: ${escape(productName)}</h1>
<p class="lead">The help pages for this product, to print in its PDFs, receipts and cards. Print the short link where there is one: it keeps working when pages move. Each language starts on a new page when printed.</p>
<p class="files screen-only">Also in this folder: <a href="links.csv">links.csv</a> (every link, for a spreadsheet) and <code>qr/</code> (each QR code as SVG for print and PNG for Canva or a word processor). <a href="../index.html">All products</a></p>
</header>
${sections.join('\n')}`;
	return page(`Link kit: ${productName}`, body);
}

export interface KitIndex {
	shopName: string;
	products: readonly { id: string; name: string; links: number }[];
	replyLocales: readonly { locale: string; replies: number; files: readonly string[] }[];
}

/** link-kit/index.html: the products' sheets and the saved replies' files. */
export function kitIndex({ shopName, products, replyLocales }: KitIndex): string {
	const productItems = products.map((p) => `<li><a href="${escape(p.id)}/index.html">${escape(p.name)}</a>: ${p.links} links · <a href="${escape(p.id)}/links.csv">links.csv</a></li>`);
	const replyItems = replyLocales.map(
		(r) => `<li>${escape(languageName(r.locale))}, ${r.replies} replies: ${r.files.map((file) => `<a href="saved-replies/${escape(file)}">${escape(file)}</a>`).join(' · ')}</li>`,
	);
	const body = `<header>
<p class="shop">${escape(shopName)}</p>
<h1>Link kit</h1>
<p class="lead">Written by every build, and replaced by the next: keep nothing of your own here. Nothing in this folder is published with the help centre.</p>
</header>
<h2>Products</h2>
<ul class="plain">
${productItems.join('\n')}
</ul>
<h2>Saved replies</h2>
<p>Each reply ends with its article's link. Markdown to read, CSV for a spreadsheet, JSON for a script, and Zendesk macros (the Macros API's JSON: send each as <code>{"macro": …}</code> to <code>POST /api/v2/macros</code>).</p>
<ul class="plain">
${replyItems.join('\n')}
</ul>`;
	return page(`Link kit (${shopName})`, body);
}
