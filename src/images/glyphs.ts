import type { ContentProblem } from '../lib/content-errors';
import type { Content } from '../lib/content-model';
import type { LocalizedText } from '../schemas/common';
import { loadFonts } from './fonts';

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Content text that goes onto an image (names, titles, mockup labels) with a character the
 * shipped fonts cannot draw: satori would draw a box and say nothing. Checked before the build,
 * so the seller hears of it with the file and field, and the previous site stays up.
 */
export function glyphProblems(content: Content, shopFile: string): ContentProblem[] {
	const fonts = loadFonts();
	const problems: ContentProblem[] = [];
	const check = (file: string, where: string, value: LocalizedText | undefined) => {
		const texts = value === undefined ? [] : typeof value === 'string' ? [[where, value]] : Object.entries(value).map(([locale, text]) => [`${where}.${locale}`, text]);
		for (const [field, text] of texts) {
			const missing = fonts.missing(text!);
			if (missing.length === 0) continue;
			problems.push({
				file,
				where: field,
				message: `"${text}" has ${missing.map((ch) => `"${ch}" (${codePoint(ch)})`).join(', ')}, which the image fonts cannot draw: it would print as a box on the listing images and link previews.`,
				hint: 'remove or replace the character; the fonts cover Latin scripts with their accents (Inter), not emoji or other scripts.',
			});
		}
	};
	const { shop, products, licenses, articles } = content;
	check(shopFile, 'name', shop.name);
	for (const [id, category] of Object.entries(shop.categories)) check(shopFile, `categories.${id}.name`, category.name);
	for (const product of products.values()) {
		check(product.file, 'name', product.name);
		check(product.file, 'mockupLabel.headline', product.mockupLabel?.headline);
		check(product.file, 'mockupLabel.detail', product.mockupLabel?.detail);
	}
	for (const license of licenses.values()) check(license.file, 'name', license.name);
	for (const list of Object.values(articles)) for (const article of list) check(article.file, 'title', article.data.title);
	return problems;
}
