import { describe, expect, it } from 'vitest';
import { noticeAnchor, noticeLabel } from '../../src/lib/notices.ts';

describe('notice labels', () => {
	const now = new Date('2026-11-25T00:00:00Z');
	const outage = { severity: 'outage' as const, starts: new Date('2026-11-20T00:00:00Z') };

	it('name the severity while a notice lasts, and "resolved" once it has ended', () => {
		expect(noticeLabel(outage, now)).toBe('outage');
		expect(noticeLabel({ ...outage, ends: new Date('2026-11-26T00:00:00Z') }, now)).toBe('outage');
		expect(noticeLabel({ ...outage, ends: new Date('2026-11-24T00:00:00Z') }, now)).toBe('resolved');
		// Ending at this very moment: isActive says it is over, and so does the label.
		expect(noticeLabel({ ...outage, ends: now }, now)).toBe('resolved');
	});

	it('anchor a notice by its slug', () => {
		expect(noticeAnchor('etsy-download-emails-delayed')).toBe('notice-etsy-download-emails-delayed');
	});
});
