import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../src/images/fonts.ts';
import { TextFitError } from '../../src/images/node.ts';
import { PREVIEW_TITLE, previewFitProblems } from '../../src/images/preview-fit.ts';
import { pageCard } from '../../src/images/templates/page-card.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { fixture, fixtureFile, shopWith } from '../helpers/content-tree.ts';

const title = (words: number) => Array.from({ length: words }, (_, i) => ['open', 'the', 'template', 'in', 'Canva'][i % 5]).join(' ');
const withTitle = (text: string) => readContent(shopWith({ 'guides/en/open-canva-link.mdx': fixtureFile('guides/en/open-canva-link.mdx').replace(/^title: .*$/m, `title: ${text}`) }));

describe('previewFitProblems', () => {
	it('finds nothing in the fixture shop', () => {
		expect(previewFitProblems(readContent(fixture('basic')))).toEqual([]);
	});

	it('names a title too long for its preview, with about how many characters fit', () => {
		const long = title(40);
		const [problem, ...rest] = previewFitProblems(withTitle(long));
		expect(rest).toEqual([]);
		expect(problem!.file).toBe('content/guides/en/open-canva-link.mdx');
		expect(problem!.where).toBe('title');
		expect(problem!.message).toMatch(/^"open the template in Canva open the template in Canva ope..." is too long for its link preview image: 3 lines at the smallest size \(40 px\) hold about 1\d\d of its 215 characters\.$/);
		expect(problem!.hint).toMatch(/^shorten it to about 1\d\d characters \(the preview has room for 3 lines of about \d\d characters\); put the rest in the description\.$/);
	});

	it('names a word wider than a line, in any language of a name', () => {
		const product = fixtureFile('products/brush-font.yaml').replace(/^name: .*$/m, `name: { en: Brush Font, pt: Fonte ${'x'.repeat(80)} }`);
		const problems = previewFitProblems(readContent(shopWith({ 'products/brush-font.yaml': product })));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'content/products/brush-font.yaml', where: 'name.pt' });
		expect(problems[0]!.message).toContain(`has the word "${'x'.repeat(80)}" (80 characters), wider than a line of its link preview image even at the smallest size (40 px`);
	});

	it('is pure: the measure decides', () => {
		// Every character 25 px wide at 40 px: 40 characters a line, 3 lines.
		const measure = (text: string, size: number) => [...text].length * size * 0.625;
		expect(previewFitProblems(withTitle('a'.repeat(9) + ' b'.repeat(50)), measure)).toEqual([]);
		expect(previewFitProblems(withTitle('abcd '.repeat(30).trim()), measure)[0]!.message).toContain('hold about 119 of its 149 characters');
	});

	it('agrees with the link preview template: what it passes renders, what it refuses would not', () => {
		const fonts = loadFonts();
		const card = (text: string) => () => pageCard({ shopName: 'Fixture', accent: '#8a3b12', kind: 'Guide', title: text, host: 'help.fixture.test' }, fonts);
		const outcomes = new Set<boolean>();
		for (let words = 20; words <= 40; words++) {
			const text = title(words);
			const refused = previewFitProblems(withTitle(text)).length > 0;
			outcomes.add(refused);
			if (refused) expect(card(text), text).toThrow(TextFitError);
			else expect(card(text), text).not.toThrow();
		}
		expect([...outcomes].sort()).toEqual([false, true]);
		expect(PREVIEW_TITLE).toEqual({ width: 1000, maxLines: 3, size: 76, minSize: 40 });
	});
});
