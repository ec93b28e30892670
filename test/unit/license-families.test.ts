import { describe, expect, it } from 'vitest';
import { licenseFamilies } from '../../src/lib/license-use.ts';

const listed = ['personal', 'commercial', 'extended', 'font-desktop', 'font-web', 'spare'].map((id) => ({ id }));

describe('licence families', () => {
	it('compares tiers sold together, through chains of products, and keeps a font’s tiers apart', () => {
		const families = licenseFamilies(
			[
				{ id: 'wedding', kinds: ['canva-template'], licenses: ['personal', 'commercial'] },
				{ id: 'svg', kinds: ['svg-cut-file'], licenses: ['commercial', 'extended'] },
				{ id: 'font', kinds: ['font'], licenses: ['font-desktop', 'font-web'] },
				{ id: 'course', kinds: ['course'], licenses: [] },
			],
			listed,
		);
		expect(families).toEqual([
			{ licenses: ['personal', 'commercial', 'extended'], products: ['wedding', 'svg'], kinds: ['canva-template', 'svg-cut-file'] },
			{ licenses: ['font-desktop', 'font-web'], products: ['font'], kinds: ['font'] },
			{ licenses: ['spare'], products: [], kinds: [] },
		]);
	});

	it('puts every listed licence no product offers in one family, at the end', () => {
		expect(licenseFamilies([{ id: 'font', kinds: ['font'], licenses: ['font-web'] }], [{ id: 'old-a' }, { id: 'font-web' }, { id: 'old-b' }]).map((f) => f.licenses)).toEqual([['font-web'], ['old-a', 'old-b']]);
	});

	it('ignores a licence that is not listed', () => {
		expect(licenseFamilies([{ id: 'font', kinds: ['font'], licenses: ['hidden', 'font-web'] }], [{ id: 'font-web' }])).toEqual([{ licenses: ['font-web'], products: ['font'], kinds: ['font'] }]);
	});
});
