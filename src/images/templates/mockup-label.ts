import { fitText } from '../fit-text.ts';
import type { LoadedFonts } from '../fonts.ts';
import { h, TextFitError, type SatoriNode } from '../node.ts';

export interface MockupLabelData {
	/** e.g. "Mockup only". */
	headline: string;
	/** e.g. "Digital download: no physical item is shipped". */
	detail: string;
}

/**
 * A dark pill with white text, legible on any photo, sized in pixels of the final image so it
 * can be composited as it is. `width` is the room the thumbnail-safe area leaves.
 */
export function mockupLabel(data: MockupLabelData, width: number, imageHeight: number, fonts: LoadedFonts): { node: SatoriNode; width: number; height: number } {
	const pad = Math.round(imageHeight * 0.02);
	const inner = width - 2 * pad;
	const headline = fitText(data.headline.toUpperCase(), { width: inner, maxLines: 1, size: Math.round(imageHeight * 0.05), minSize: Math.round(imageHeight * 0.025) }, (t, s) => fonts.measure(t, s, 700));
	if (!headline) throw new TextFitError('mockupLabel', data.headline);
	const detail = fitText(data.detail, { width: inner, maxLines: 2, size: Math.round(imageHeight * 0.032), minSize: Math.round(imageHeight * 0.018) }, (t, s) => fonts.measure(t, s, 400));
	if (!detail) throw new TextFitError('mockupLabel', data.detail);
	// Inter's ascent and descent take about 1.3 em per line; the rest is padding.
	const height = Math.ceil(2 * pad + headline.size * 1.3 + detail.lines.length * detail.size * 1.35 + pad * 0.4);
	const node = h(
		'div',
		{ display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', width, height, boxSizing: 'border-box', padding: pad, borderRadius: pad * 1.2, background: 'rgba(20, 17, 15, 0.86)', color: '#ffffff', fontFamily: 'Inter' },
		h('div', { fontSize: headline.size, fontWeight: 700, letterSpacing: headline.size * 0.06, lineHeight: 1.2 }, headline.lines[0]!),
		h('div', { display: 'flex', flexDirection: 'column', alignItems: 'center', fontSize: detail.size, lineHeight: 1.25 }, ...detail.lines.map((line) => h('div', {}, line))),
	);
	return { node, width, height };
}
