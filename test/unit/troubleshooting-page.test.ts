import { describe, expect, it } from 'vitest';
import { placeCause } from '../../src/lib/troubleshooting-page.ts';

const h = (slug: string, depth = 2) => ({ depth, slug, text: slug });

describe('where a troubleshooting page shows its cause', () => {
	it('goes after the fix, before the body’s last section ("Still stuck?")', () => {
		const placed = placeCause([h('fix'), h('on-a-phone', 3), h('at-a-print-shop'), h('still-stuck')], 'Why it happens');
		expect(placed.before).toBe('still-stuck');
		expect(placed.headings.map((x) => x.slug)).toEqual(['fix', 'on-a-phone', 'at-a-print-shop', 'cause', 'still-stuck']);
		expect(placed.headings[3]).toEqual({ depth: 2, slug: 'cause', text: 'Why it happens' });
	});

	it('follows a body of one section, before its footnotes, which are no section', () => {
		expect(placeCause([h('fix')], 'Why').before).toBeUndefined();
		const placed = placeCause([h('fix'), h('footnote-label')], 'Why');
		expect(placed.before).toBeUndefined();
		expect(placed.headings.map((x) => x.slug)).toEqual(['fix', 'cause', 'footnote-label']);
		expect(placeCause([], 'Why').headings.map((x) => x.slug)).toEqual(['cause']);
	});

	it('takes an id the body does not already use', () => {
		expect(placeCause([h('cause'), h('cause-1'), h('still-stuck')], 'Why').id).toBe('cause-2');
	});
});
