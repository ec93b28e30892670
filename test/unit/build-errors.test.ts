import { describe, expect, it } from 'vitest';
import { describeBuildError } from '../../src/lib/build-errors.ts';

describe('a build that Astro stops', () => {
	it('names the MDX file and line from the bundler error, with what to write instead', () => {
		// The shape rolldown throws for an MDX compile error.
		const error = Object.assign(new Error('Build failed with 1 error'), {
			errors: [{ message: '23:1: Expected a closing tag for `<div>` (23:1) (mdx-jsx:unexpected-character)', loc: { file: '/shop/content/guides/en/install.mdx', line: 23, column: 1 } }],
		});
		const { text, located } = describeBuildError(error, '/shop', 'content');
		expect(located).toBe(true);
		expect(text).toContain('  content/guides/en/install.mdx, line 23\n    Expected a closing tag for `<div>` (23:1)');
		expect(text).toContain('Hint: the article body is read as MDX');
		expect(text).not.toContain('    at ');
	});

	it('says an error without a place is for a developer to look at', () => {
		const { text, located } = describeBuildError(new ReferenceError('value is not defined'), '/shop', 'content');
		expect(located).toBe(false);
		expect(text).toContain('while rendering the pages\n    value is not defined\n      Hint: if it names a file under content/');
		// A file of Aftercare's own, even one with "content" in its name, is not the seller's.
		const ours = describeBuildError(Object.assign(new Error('boom'), { id: '/shop/src/content.config.ts?astro' }), '/shop', 'content');
		expect(ours.located).toBe(false);
	});
});
