import { countRun } from '../data/shop-state.ts';
import { en } from '../i18n/en.ts';
import type { ContentProblem } from '../lib/content-errors.ts';
import type { Content } from '../lib/content-model.ts';
import type { LocalizedText } from '../schemas/common.ts';
import { indexPages } from '../lib/routes.ts';
import { codePoint, loadFonts } from './fonts.ts';

/** Which images are being made, so only text that will be drawn is checked. */
export interface DrawnOutputs {
	/** Link previews: the shop, topic, product and licence names and the article titles. */
	previews: boolean;
	/** Listing images: the shop, product and licence names and the mockup labels. */
	images: boolean;
}

const LISTING_KEYS = new Set(['license.allowed', 'license.not-allowed', 'license.limited', 'license.upTo', 'license.seats', 'license.seats.range', 'license.attribution', 'license.term', 'license.term.perpetual', 'license.term.while-subscribed', 'license.yes', 'license.no', 'upgrade.card']);
const PREVIEW_KEYS = new Set<string>(['site.helpCentre', 'search.title', 'notices.title', 'license.comparison', 'chooser.title', 'replies.title', ...indexPages.map((index) => index.label)]);

type Output = keyof DrawnOutputs;
const OUTPUT_NAMES: Record<Output, string> = { images: 'listing images', previews: 'link previews' };
const BOTH: Output[] = ['images', 'previews'];

/** Which images draw an interface string (`image.mockupOnly` is on listing images). */
export function drawnBy(key: string): Output[] {
	const outputs: Output[] = [];
	if (/^(image|perm)\./.test(key) || LISTING_KEYS.has(key)) outputs.push('images');
	if (key.startsWith('kind.') || PREVIEW_KEYS.has(key)) outputs.push('previews');
	return outputs;
}

// Once per content, whichever outputs are asked for: the build checks before it starts and the
// listing images ask again, from the same reading (a WeakMap on globalThis, as module copies differ).
const CHECKED = Symbol.for('aftercare.glyph-problems');
const checked = ((globalThis as { [CHECKED]?: WeakMap<Content, GlyphProblem[]> })[CHECKED] ??= new WeakMap());
type GlyphProblem = { file: string; where: string; text: string; missing: string[]; on: Output[] };

/**
 * Content text that goes onto an image with a character the shipped font cannot draw: satori
 * would draw a box and say nothing. Checked before the build, so the seller hears of it with the
 * file and field, and the previous site stays up. Built-in interface strings are tested to be
 * drawable (test/unit/images.test.ts); a shop's own ones are checked here.
 */
export function glyphProblems(content: Content, outputs: DrawnOutputs): ContentProblem[] {
	if (!outputs.images && !outputs.previews) return [];
	let all = checked.get(content);
	if (!all) {
		countRun('glyphCheck');
		all = findGlyphProblems(content);
		checked.set(content, all);
	}
	return all.flatMap(({ file, where, text, missing, on }) => {
		const drawn = on.filter((output) => outputs[output]);
		if (drawn.length === 0) return [];
		return [
			{
				file,
				where,
				message: `"${text}" has ${missing.map((ch) => `"${ch}" (${codePoint(ch)})`).join(', ')}, which the image font cannot draw: it would print as a box on the ${drawn.map((o) => OUTPUT_NAMES[o]).join(' and ')}.`,
				hint: 'remove or replace the character; the image font (Inter) has Latin, Greek and Cyrillic letters, but no emoji or symbols such as ✓ or ★.',
			},
		];
	});
}

function findGlyphProblems(content: Content): GlyphProblem[] {
	const problems: GlyphProblem[] = [];
	const fonts = loadFonts();
	const check = (file: string, where: string, value: LocalizedText | undefined, on: Output[]) => {
		const texts = value === undefined ? [] : typeof value === 'string' ? [[where, value]] : Object.entries(value).map(([locale, text]) => [`${where}.${locale}`, text]);
		for (const [field, text] of texts) {
			const missing = fonts.missing(text!);
			if (missing.length > 0) problems.push({ file, where: field!, text: text!, missing, on });
		}
	};
	const { shop, shopFile, products, licenses, articles } = content;
	check(shopFile, 'name', shop.name, BOTH);
	for (const product of products.values()) check(product.file, 'name', product.name, BOTH);
	for (const license of licenses.values()) check(license.file, 'name', license.name, BOTH);
	// A seller's own unit is drawn on the licence cards ("Up to 500 tote bags").
	for (const license of licenses.values()) {
		for (const [key, permission] of Object.entries(license.permissions)) {
			const unit = permission && typeof permission === 'object' ? permission.unit : undefined;
			if (unit === undefined || typeof unit === 'string') continue;
			for (const [form, words] of Object.entries(unit)) {
				const forms = typeof words === 'string' ? { [form]: words } : Object.fromEntries(Object.entries(words as Record<string, string>).map(([c, w]) => [`${form}.${c}`, w]));
				check(license.file, `permissions.${key}.unit`, forms as Record<string, string>, ['images']);
			}
		}
	}
	// Some interface strings are drawn too: licence rows and badges (src/images/plan.ts) and the
	// kind of page on a preview (src/lib/page-meta.ts). The rest only appear on web pages.
	for (const strings of content.ui.values()) {
		for (const key of Object.keys(en) as (keyof typeof en)[]) {
			const on = drawnBy(key);
			if (on.length > 0) check(strings.file, key, strings[key], on);
		}
	}
	for (const product of products.values()) {
		check(product.file, 'mockupLabel.headline', product.mockupLabel?.headline, ['images']);
		check(product.file, 'mockupLabel.detail', product.mockupLabel?.detail, ['images']);
	}
	for (const [id, category] of Object.entries(shop.categories)) check(shopFile, `categories.${id}.name`, category.name, ['previews']);
	// Notices have no preview of their own.
	for (const folder of ['guides', 'troubleshooting', 'pages'] as const) for (const article of articles[folder]) check(article.file, 'title', article.data.title, ['previews']);
	return problems;
}
