import { fitText } from '../fit-text.ts';
import type { LoadedFonts } from '../fonts.ts';
import { h, img, TextFitError, type SatoriNode } from '../node.ts';

/** A link preview (Open Graph) card for one page of the help centre. */
export interface PageCardData {
	shopName: string;
	accent: string;
	/** e.g. "Troubleshooting". */
	kind: string;
	title: string;
	/** e.g. "help.example.com". */
	host: string;
	/** The shop's logo as a PNG: a path when planned, a `data:` URI once the renderer has read it. */
	logo?: { src: string; width: number; height: number };
}

export function pageCard(data: PageCardData, fonts: LoadedFonts): { node: SatoriNode; width: number; height: number } {
	const width = 1200;
	const height = 630;
	const title = fitText(data.title, { width: 1000, maxLines: 3, size: 76, minSize: 40 }, (t, s) => fonts.measure(t, s, 700));
	if (!title) throw new TextFitError('title', data.title);
	const node = h(
		'div',
		{ display: 'flex', width, height, background: '#fdfcfa', fontFamily: 'Inter', color: '#1f1c19' },
		h('div', { width: 28, height, background: data.accent }),
		h(
			'div',
			{ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 80px 56px 72px', width: width - 28 },
			h(
				'div',
				{ display: 'flex', alignItems: 'center', fontSize: 30, color: data.accent, fontWeight: 700 },
				...(data.logo ? [img(data.logo.src, Math.round((64 * data.logo.width) / data.logo.height), 64, { marginRight: 22, borderRadius: 10 })] : []),
				`${data.shopName} · ${data.kind}`,
			),
			h('div', { display: 'flex', flexDirection: 'column', fontSize: title.size, fontWeight: 700, lineHeight: 1.12 }, ...title.lines.map((line) => h('div', {}, line))),
			h('div', { display: 'flex', fontSize: 28, color: '#5b5550' }, data.host),
		),
	);
	return { node, width, height };
}
