import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accentShortfalls, contrastRatio, DARK_ACCENT_WHITE, mixOklab, PAGE_COLOURS, readableAccent } from '../../src/lib/contrast.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { ContentError } from '../../src/lib/content-errors.ts';
import { fixtureFile, shopWith } from '../helpers/content-tree.ts';
import { projectRoot } from '../helpers/build.ts';

describe('the accent colour', () => {
	it('measures contrast as WCAG does', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
		expect(mixOklab('#8a3b12', '#ffffff', 0)).toBe('#8a3b12');
		expect(mixOklab('#8a3b12', '#ffffff', 1)).toBe('#ffffff');
	});

	it('refuses a teal too faint for links and buttons, and offers the same hue darker', () => {
		expect(accentShortfalls('#8a3b12')).toEqual([]);
		expect(accentShortfalls('#2a9d8f')).toEqual(['links on the page background 3.2:1', 'links on cards 3.0:1', 'button text 3.3:1']);
		const better = readableAccent('#2a9d8f')!;
		expect(accentShortfalls(better)).toEqual([]);
		let message = '';
		try {
			readContent(shopWith({ 'shop.yaml': `${fixtureFile('shop.yaml')}\ncolors:\n  accent: "#2a9d8f"\n` }));
		} catch (error) {
			if (error instanceof ContentError) message = error.message;
		}
		expect(message).toContain(`colors.accent: "#2a9d8f" is too light or too faint to read against the page (links on the page background 3.2:1, links on cards 3.0:1, button text 3.3:1; WCAG AA needs 4.5:1): the same hue at ${better} reads well`);
	});

	it('uses the colours of the stylesheet it judges against', () => {
		const css = readFileSync(join(projectRoot, 'src/styles/global.css'), 'utf8');
		const [light, dark] = css.split('@media (prefers-color-scheme: dark)') as [string, string];
		for (const [block, colours] of [[light, PAGE_COLOURS.light], [dark, PAGE_COLOURS.dark]] as const) {
			expect(block).toContain(`--bg: ${colours.background};`);
			expect(block).toContain(`--surface: ${colours.surface};`);
			expect(block).toContain(`--accent-text: ${colours.accentText};`);
		}
		expect(dark).toContain(`white ${Math.round(DARK_ACCENT_WHITE * 100)}%)`);
	});
});
