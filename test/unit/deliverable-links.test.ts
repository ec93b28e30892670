import { describe, expect, it } from 'vitest';
import { isDeliverable, linkFinder, linksInMarkdown, linksInPdf, linksInText } from '../../src/lib/deliverable-links.ts';
import { makePdf } from '../helpers/make-pdf.ts';

const linkify = linkFinder(['test']);

describe('addresses in text', () => {
	it('finds them with their line, with or without https://, without the sentence around them', () => {
		const text = 'Thanks for your order!\nHelp: https://help.shop.test/go/wedding/.\n\nOr type help.shop.test/go/planner (the planner).\nWrite to help@shop.test.';
		expect(linksInText(text, linkify)).toEqual([
			{ url: 'https://help.shop.test/go/wedding/', line: 2, from: 'text' },
			{ url: 'http://help.shop.test/go/planner', written: 'help.shop.test/go/planner', line: 4, from: 'text' },
		]);
	});

	it("finds an address without https:// only in a domain it knows, or the shop's own", () => {
		expect(linksInText('see help.shop.studio/go/x', linkFinder())).toEqual([]);
		expect(linksInText('see help.shop.studio/go/x', linkFinder(['studio']))).toEqual([{ url: 'http://help.shop.studio/go/x', written: 'help.shop.studio/go/x', line: 1, from: 'text' }]);
		expect(linksInText('see www.canva.com/design', linkFinder())).toEqual([{ url: 'http://www.canva.com/design', written: 'www.canva.com/design', line: 1, from: 'text' }]);
	});
});

describe('links in Markdown', () => {
	it('reads links, autolinks, images, definitions and bare addresses, each at its line', () => {
		const source = [
			'# Your files', // 1
			'',
			'Open [the guide](https://help.shop.test/guides/x/) or <https://help.shop.test/go/a/>.', // 3
			'Bare: https://help.shop.test/help/y/', // 4
			'![logo](https://help.shop.test/favicon.svg)', // 5
			'',
			'```', // 7
			'https://help.shop.test/in-code/', // 8
			'```',
			'',
			'[ref]: https://help.shop.test/policies/refunds/', // 11
		].join('\n');
		expect(linksInMarkdown(source, linkify).map(({ url, line }) => [line, url])).toEqual([
			[3, 'https://help.shop.test/guides/x/'],
			[3, 'https://help.shop.test/go/a/'],
			[4, 'https://help.shop.test/help/y/'],
			[5, 'https://help.shop.test/favicon.svg'],
			[8, 'https://help.shop.test/in-code/'],
			[11, 'https://help.shop.test/policies/refunds/'],
		]);
	});

	it("reads a link's text as its own address when it shows another one", () => {
		const links = linksInMarkdown('[help.shop.test/go/a/](https://help.shop.test/go/b/)', linkify).map((link) => link.url);
		expect(links).toEqual(['https://help.shop.test/go/b/', 'http://help.shop.test/go/a/']);
		expect(linksInMarkdown('[https://help.shop.test/go/a/](https://help.shop.test/go/a/)', linkify)).toHaveLength(1);
	});
});

describe('links in a PDF', () => {
	it('reads the annotations and the text of each page, once per address', async () => {
		const pdf = await makePdf([
			{ text: ['Help: https://help.shop.test/go/wedding/ and www.canva.com/x'], links: ['https://help.shop.test/go/wedding/', 'https://help.shop.test/go/wed/'] },
			{ text: ['Nothing here.'] },
			{ text: ['Printed without its scheme: help.shop.test/guides/y'], links: ['https://help.shop.test/guides/y/'] },
		]);
		const { pages, links } = await linksInPdf(pdf, linkify);
		expect(pages).toBe(3);
		expect(links).toEqual([
			{ url: 'https://help.shop.test/go/wedding/', page: 1, from: 'annotation' },
			{ url: 'https://help.shop.test/go/wed/', page: 1, from: 'annotation' },
			{ url: 'http://www.canva.com/x', written: 'www.canva.com/x', page: 1, from: 'text' },
			{ url: 'https://help.shop.test/guides/y/', page: 3, from: 'annotation' },
		]);
	});

	it('refuses a file that is not a PDF', async () => {
		await expect(linksInPdf(new TextEncoder().encode('not a pdf'), linkify)).rejects.toThrow();
	});
});

it('knows the kinds of file it reads', () => {
	expect(['a.pdf', 'B.PDF', 'c.txt', 'd.md'].map(isDeliverable)).toEqual([true, true, true, true]);
	expect(['e.docx', 'f', 'g.png'].map(isDeliverable)).toEqual([false, false, false]);
});
