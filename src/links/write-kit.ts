import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, routesOf, siteOf } from '../data/shop-state.ts';
import { listFiles } from '../lib/files.ts';
import { kitCsv, kitLinks, shortLinks } from '../lib/link-kit.ts';
import { pick } from '../lib/localized.ts';
import { assertOwnFolder, guardOutput, lockOutput, markOwnFolder, removeSibling, siblings, swapIn } from '../lib/output-folder.ts';
import { contentDir } from '../lib/project.ts';
import { repliesCsv, repliesJson, repliesMarkdown, savedReplies, zendeskMacros } from '../lib/saved-replies.ts';
import { kitIndex, productSheet } from './kit-pages.ts';
import { qrPng, qrSvg } from './qr.ts';

export interface KitOptions {
	root: string;
	/** The kit's folder, relative to root or absolute; replaced whole. */
	outDir: string;
}

export interface KitSummary {
	products: number;
	links: number;
	/** QR codes, each written as SVG and PNG. */
	codes: number;
	/** Languages the saved replies were exported in. */
	locales: number;
	files: number;
	bytes: number;
	ms: number;
}

/** The saved replies' files per locale, in the order the index lists them. */
const replyFiles = (locale: string) => [`${locale}.md`, `${locale}.csv`, `${locale}.json`, `${locale}.zendesk-macros.json`];

/**
 * Writes the link kit (see src/lib/link-kit.ts) and the saved replies for the shop in
 * contentDir(): `<product>/links.csv`, `<product>/index.html` and `<product>/qr/`, then
 * `saved-replies/<locale>.*` and an index. Like the listing images, it is written beside the
 * previous kit and swapped in when complete, and nothing in it depends on the clock or the order
 * files are written in: the same content gives the same bytes.
 */
export async function writeLinkKit(options: KitOptions): Promise<KitSummary> {
	const started = performance.now();
	const site = siteOf(loadContent(options.root, contentDir()));
	const routes = routesOf(site);
	const outDir = guardOutput(options.root, options.outDir, contentDir(), "the link kit's folder");
	const release = lockOutput(outDir, "the link kit's folder");
	try {
		assertOwnFolder(outDir);
		const target = siblings(outDir).partial;
		removeSibling(target);
		const write = (path: string, data: string | Buffer) => {
			mkdirSync(join(target, path, '..'), { recursive: true });
			writeFileSync(join(target, path), data);
		};
		const shopName = site.content.shop.name;
		// The same address (a licence page, a policy) is in every product's kit: drawn once.
		const codes = new Map<string, Promise<{ svg: string; png: Buffer }>>();
		const draw = (url: string) => {
			let code = codes.get(url);
			if (!code) {
				code = Promise.all([qrSvg(url), qrPng(url)]).then(([svg, png]) => ({ svg, png }));
				codes.set(url, code);
			}
			return code;
		};
		const products: { id: string; name: string; links: number }[] = [];
		let links = 0;
		const short = shortLinks(routes, site.defaultLocale);
		for (const product of site.products()) {
			const list = kitLinks(site, short, product);
			const svgs = new Map<string, string>();
			for (const link of list) {
				const { svg, png } = await draw(link.qrUrl);
				svgs.set(link.qrName, svg);
				write(`${product.id}/qr/${link.qrName}.svg`, svg);
				write(`${product.id}/qr/${link.qrName}.png`, png);
			}
			const name = pick(product.name, site.defaultLocale, site.defaultLocale);
			write(`${product.id}/links.csv`, kitCsv(list));
			write(`${product.id}/index.html`, productSheet({ shopName, productName: name, links: list, svgs }));
			products.push({ id: product.id, name, links: list.length });
			links += list.length;
		}
		const replyLocales = site.locales.map((locale) => {
			const replies = savedReplies(site, locale);
			const [md, csv, json, zendesk] = replyFiles(locale);
			write(`saved-replies/${md}`, repliesMarkdown(replies, shopName, locale));
			write(`saved-replies/${csv}`, repliesCsv(replies));
			write(`saved-replies/${json}`, repliesJson(replies, locale));
			write(`saved-replies/${zendesk}`, zendeskMacros(replies, locale));
			return { locale, replies: replies.length, files: replyFiles(locale) };
		});
		write('index.html', kitIndex({ shopName, products, replyLocales }));
		markOwnFolder(target);
		removeSibling(swapIn(target, outDir));
		const all = listFiles(outDir);
		return {
			products: products.length,
			links,
			codes: codes.size,
			locales: replyLocales.length,
			files: all.length,
			bytes: all.reduce((sum, file) => sum + statSync(join(outDir, file)).size, 0),
			ms: performance.now() - started,
		};
	} finally {
		release();
	}
}

/** The build's line for the kit: what was written, where, and how long it took. */
export function describeKit(summary: KitSummary, shown: string): string {
	return `    Link kit: ${summary.products} products, ${summary.links} links, ${summary.codes} QR codes (SVG and PNG), saved replies in ${summary.locales} languages: ${summary.files} files, ${(summary.bytes / 1024 / 1024).toFixed(1)} MB in ${shown}/ (${(summary.ms / 1000).toFixed(1)} s).`;
}
