import { en } from '../i18n/en.ts';
import type { ContentProblem } from '../lib/content-errors.ts';
import type { Content } from '../lib/content-model.ts';
import type { LocalizedText } from '../schemas/common.ts';
import { codePoint, loadFonts } from './fonts.ts';

/** Which images are being made, so only text that will be drawn is checked. */
export interface DrawnOutputs {
	/** Link previews: the shop, topic, product and licence names and the article titles. */
	previews: boolean;
	/** Listing images: the shop, product and licence names and the mockup labels. */
	images: boolean;
}

const LISTING_KEYS = new Set(['license.allowed', 'license.not-allowed', 'license.limited', 'license.upTo']);
const PREVIEW_KEYS = new Set(['site.helpCentre', 'search.title', 'notices.title', 'license.comparison', 'replies.title']);

function isDrawn(key: string, outputs: DrawnOutputs): boolean {
	return (outputs.images && (/^(image|perm)\./.test(key) || LISTING_KEYS.has(key))) || (outputs.previews && (key.startsWith('kind.') || PREVIEW_KEYS.has(key)));
}

/**
 * Content text that goes onto an image with a character the shipped font cannot draw: satori
 * would draw a box and say nothing. Checked before the build, so the seller hears of it with the
 * file and field, and the previous site stays up.
 */
export function glyphProblems(content: Content, outputs: DrawnOutputs): ContentProblem[] {
	const problems: ContentProblem[] = [];
	if (!outputs.previews && !outputs.images) return problems;
	const fonts = loadFonts();
	const drawnOn = [outputs.images && 'listing images', outputs.previews && 'link previews'].filter(Boolean).join(' and ');
	const check = (file: string, where: string, value: LocalizedText | undefined) => {
		const texts = value === undefined ? [] : typeof value === 'string' ? [[where, value]] : Object.entries(value).map(([locale, text]) => [`${where}.${locale}`, text]);
		for (const [field, text] of texts) {
			const missing = fonts.missing(text!);
			if (missing.length === 0) continue;
			problems.push({
				file,
				where: field,
				message: `"${text}" has ${missing.map((ch) => `"${ch}" (${codePoint(ch)})`).join(', ')}, which the image font cannot draw: it would print as a box on the ${drawnOn}.`,
				hint: 'remove or replace the character; the image font (Inter) has Latin, Greek and Cyrillic letters, but no emoji or symbols such as ✓ or ★.',
			});
		}
	};
	const { shop, shopFile, products, licenses, articles } = content;
	check(shopFile, 'name', shop.name);
	for (const product of products.values()) check(product.file, 'name', product.name);
	for (const license of licenses.values()) check(license.file, 'name', license.name);
	// Some interface strings are drawn too: licence rows and badges (src/images/plan.ts) and the
	// kind of page on a preview (src/lib/page-meta.ts). The rest only appear on web pages.
	for (const strings of content.ui.values()) {
		for (const key of Object.keys(en) as (keyof typeof en)[]) if (isDrawn(key, outputs)) check(strings.file, key, strings[key]);
	}
	if (outputs.images) {
		for (const product of products.values()) {
			check(product.file, 'mockupLabel.headline', product.mockupLabel?.headline);
			check(product.file, 'mockupLabel.detail', product.mockupLabel?.detail);
		}
	}
	if (outputs.previews) {
		for (const [id, category] of Object.entries(shop.categories)) check(shopFile, `categories.${id}.name`, category.name);
		// Notices have no preview of their own.
		for (const folder of ['guides', 'troubleshooting', 'pages'] as const) for (const article of articles[folder]) check(article.file, 'title', article.data.title);
	}
	return problems;
}
