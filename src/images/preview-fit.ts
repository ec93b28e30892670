import { ContentError, type ContentProblem } from '../lib/content-errors.ts';
import type { Content } from '../lib/content-model.ts';
import type { LocalizedText } from '../schemas/common.ts';
import { fitText, wrap, type FitOptions, type Measure } from './fit-text.ts';
import { loadFonts } from './fonts.ts';
import { glyphProblems, type DrawnOutputs } from './glyphs.ts';

/**
 * The title on a page's link preview (src/images/templates/page-card.ts): bold, three lines
 * of 1000 px, from 76 px down to 40 px, never cut. At 40 px a line holds about 50 characters of
 * ordinary text, so a title of up to about 140 characters fits (fewer in capitals).
 */
export const PREVIEW_TITLE: FitOptions = { width: 1000, maxLines: 3, size: 76, minSize: 40 };

/** Interface strings that are the title of a page's preview (src/lib/page-meta.ts). */
const TITLE_KEYS = ['site.helpCentre', 'search.title', 'notices.title', 'license.comparison', 'replies.title'] as const;

const boldMeasure: Measure = (text, size) => loadFonts().measure(text, size, 700);

/**
 * Titles too long for their link preview image, found before anything renders: each with the
 * file and field, and roughly how many characters of it would fit. Pure given `measure`.
 * Article titles, and the names of products, licences and topics in each language, are the
 * titles of pages (notices have no page of their own).
 */
export function previewFitProblems(content: Content, measure: Measure = boldMeasure): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const check = (file: string, where: string, value: LocalizedText | undefined) => {
		const texts = value === undefined ? [] : typeof value === 'string' ? [[where, value] as const] : Object.entries(value).map(([locale, text]) => [`${where}.${locale}`, text] as const);
		for (const [field, text] of texts) {
			const problem = tooLong(text, measure);
			if (problem) problems.push({ file, where: field, ...problem });
		}
	};
	const { shop, shopFile, products, licenses, articles } = content;
	for (const folder of ['guides', 'troubleshooting', 'pages'] as const) for (const article of articles[folder]) check(article.file, 'title', article.data.title);
	for (const product of products.values()) check(product.file, 'name', product.name);
	for (const license of licenses.values()) check(license.file, 'name', license.name);
	for (const [id, category] of Object.entries(shop.categories)) check(shopFile, `categories.${id}.name`, category.name);
	for (const strings of content.ui.values()) for (const key of TITLE_KEYS) check(strings.file, key, strings[key]);
	return problems;
}

/** Why `text` does not fit a preview's title box, or undefined when it does. */
function tooLong(text: string, measure: Measure): Pick<ContentProblem, 'message' | 'hint'> | undefined {
	if (fitText(text, PREVIEW_TITLE, measure)) return undefined;
	const { width, maxLines, minSize } = PREVIEW_TITLE;
	const perLine = charactersPerLine(text, measure);
	const wide = text.split(/\s+/).find((word) => measure(word, minSize) > width);
	if (wide) {
		return {
			message: `${quote(text)} has the word "${wide}" (${[...wide].length} characters), wider than a line of its link preview image even at the smallest size (${minSize} px, about ${perLine} characters a line).`,
			hint: 'break the word with a space, or say it in shorter words.',
		};
	}
	// The longest run of whole words from the start that fits: what "roughly how much" means here.
	const words = text.split(/\s+/).filter(Boolean);
	let fits = 0;
	while (fits < words.length && wrap(words.slice(0, fits + 1).join(' '), width, minSize, measure).length <= maxLines) fits += 1;
	const fitting = [...words.slice(0, fits).join(' ')].length;
	return {
		message: `${quote(text)} is too long for its link preview image: ${maxLines} lines at the smallest size (${minSize} px) hold about ${fitting} of its ${[...text].length} characters.`,
		hint: `shorten it to about ${fitting} characters (the preview has room for ${maxLines} lines of about ${perLine} characters); put the rest in the description.`,
	};
}

/** About how many characters like these a line of the title box holds at the smallest size. */
function charactersPerLine(text: string, measure: Measure): number {
	const sample = text.replace(/\s+/g, ' ');
	return Math.floor((PREVIEW_TITLE.width / measure(sample, PREVIEW_TITLE.minSize)) * [...sample].length);
}

const quote = (text: string) => `"${[...text].length > 60 ? `${[...text].slice(0, 57).join('')}...` : text}"`;

/**
 * Text the images would draw, checked with the content itself so that every problem comes in
 * one list before anything renders: characters the image font lacks (src/images/glyphs.ts) and,
 * when previews are made, titles too long for them. Content that failed its own check is still
 * checked here, from what could be read of it (`ContentError.partial`).
 */
export function loadDrawable(load: () => Content, outputs: DrawnOutputs): Content {
	const drawn = (content: Content) => [...glyphProblems(content, outputs), ...(outputs.previews ? previewFitProblems(content) : [])];
	let content: Content;
	try {
		content = load();
	} catch (error) {
		if (!(error instanceof ContentError) || !error.partial) throw error;
		throw new ContentError([...error.problems, ...drawn(error.partial)]);
	}
	const problems = drawn(content);
	if (problems.length > 0) throw new ContentError(problems);
	return content;
}
