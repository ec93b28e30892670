import { describe, expect, it } from 'vitest';
import { formatProblems, nearestChoices, type ContentProblem } from '../../src/lib/content-errors.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

describe('formatProblems', () => {
	it('prints one bad value in 500 files as one entry with the count and the first three files', () => {
		const problems: ContentProblem[] = Array.from({ length: 500 }, (_, i) => ({
			file: `content/guides/en/guide-${String(i).padStart(3, '0')}.mdx`,
			where: `products[${i % 2}]`,
			message: 'refers to the product "brush-fnot", which does not exist.',
			hint: 'use one of `brush-font`, or add content/products/brush-fnot.yaml.',
		}));
		problems.push({ file: 'content/shop.yaml', where: 'name', message: 'is missing', hint: 'add the field.' });
		expect(formatProblems(problems)).toBe(
			[
				'Aftercare found 501 problems in your content. Nothing was built and no file was changed.',
				'',
				'  content/shop.yaml',
				'    name: is missing',
				'      Hint: add the field.',
				'',
				'  The same problem in 500 files:',
				'    content/guides/en/guide-000.mdx (products[0])',
				'    content/guides/en/guide-001.mdx (products[1])',
				'    content/guides/en/guide-002.mdx (products[0])',
				'    and 497 more files',
				'      refers to the product "brush-fnot", which does not exist.',
				'      Hint: use one of `brush-font`, or add content/products/brush-fnot.yaml.',
			].join('\n'),
		);
	});

	it('keeps the same problem in three files or fewer under each file', () => {
		const problems = ['a', 'b', 'c'].map((name) => ({ file: `content/products/${name}.yaml`, where: 'kind', message: '"x" is not one of the allowed values' }));
		expect(formatProblems(problems)).not.toContain('The same problem');
	});
});

describe('nearestChoices', () => {
	it('lists three choices or fewer whole, in their order', () => {
		expect(nearestChoices('medium', ['low', 'high'])).toBe('`low` or `high`');
	});

	it('names the three nearest of many, and how many there are', () => {
		const slugs = Array.from({ length: 120 }, (_, i) => `article-${i}`).concat(['install-the-font', 'install-a-font', 'uninstall-the-font']);
		expect(nearestChoices('instal-the-font', slugs)).toBe('`install-the-font`, `uninstall-the-font` or `install-a-font` (the closest of 123)');
	});
});

describe('splitFrontmatter', () => {
	it('gives the lines of the frontmatter and the body in the file', () => {
		expect(splitFrontmatter('---\ntitle: x\n---\nbody\n')).toEqual({ frontmatter: 'title: x', frontmatterLine: 2, unclosed: false, body: 'body\n', bodyLine: 4 });
		expect(splitFrontmatter('\uFEFF\n---\r\ntitle: x\r\n---\r\nbody')).toMatchObject({ frontmatter: 'title: x', frontmatterLine: 3, bodyLine: 5 });
	});

	it('tells a block that never closes from a file without one', () => {
		expect(splitFrontmatter('---\ntitle: x\n\nbody')).toMatchObject({ frontmatter: undefined, unclosed: true });
		expect(splitFrontmatter('# Just text')).toMatchObject({ frontmatter: undefined, unclosed: false, bodyLine: 1 });
	});
});
