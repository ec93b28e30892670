import type { PermissionStatus } from '../../schemas/license.ts';
import { fitText } from '../fit-text.ts';
import type { LoadedFonts } from '../fonts.ts';
import { mark } from '../marks.ts';
import { h, img, TextFitError, type SatoriNode } from '../node.ts';

/** Everything a licence card shows, already in the buyer's language. */
export interface LicenseCardData {
	shopName: string;
	accent: string;
	productName: string;
	/** e.g. "Commercial licence". */
	licenseTitle: string;
	/** A permission with its mark, or a fact (seats, credit, term) without one. */
	rows: { label: string; status?: PermissionStatus; detail: string }[];
	/** e.g. "Full terms: help.example.com/licenses/commercial/". */
	footer: string;
	/** The licence's `upgradeTo`, above the footer: e.g. "Need more? Upgrade to Commercial: the full terms say how." */
	upgrade?: string;
	/** e.g. "Digital download". */
	badge: string;
	/** The shop's logo as a PNG: a path when planned, a `data:` URI once the renderer has read it. */
	logo?: { src: string; width: number; height: number };
}

export interface Layout {
	node: SatoriNode;
	width: number;
	height: number;
}

/** Layout happens at this width; sharp scales the vector result to the preset's pixels. */
export const LAYOUT_WIDTH = 1200;

function metrics(aspect: number) {
	const width = LAYOUT_WIDTH;
	const height = Math.round(width / aspect);
	const u = Math.min(width, height) / 100;
	const pad = 5 * u;
	const titleSize = 6.2 * u;
	// Room for a two-line product name always, so the body below does not depend on the product.
	const headerHeight = Math.round(pad + 2.6 * u + 1 * u + 2 * titleSize * 1.15 + 2 * u + 4.6 * u + 2.5 * u);
	return { width, height, u, pad, titleSize, headerHeight };
}

/** The coloured band: shop, product name, licence and "digital download" badges. */
export function licenseCardHeader(data: LicenseCardData, aspect: number, fonts: LoadedFonts): Layout {
	const { width, u, pad, titleSize, headerHeight } = metrics(aspect);
	const title = fitText(data.productName, { width: width - 2 * pad, maxLines: 2, size: titleSize, minSize: 3.4 * u }, (t, s) => fonts.measure(t, s, 700));
	if (!title) throw new TextFitError('name', data.productName);
	const node = h(
		'div',
		{ display: 'flex', flexDirection: 'column', width, height: headerHeight, boxSizing: 'border-box', background: data.accent, color: '#ffffff', fontFamily: 'Inter', padding: `${pad}px ${pad}px ${2.5 * u}px` },
		data.logo
			? h(
					'div',
					{ display: 'flex', alignItems: 'center', height: 2.6 * u * 1.2, fontSize: 2.6 * u, letterSpacing: 0.3 * u, textTransform: 'uppercase' },
					// On the accent band the logo sits on a white tile, so a logo in the accent colour still shows.
					h('div', { display: 'flex', background: '#ffffff', borderRadius: 0.8 * u, padding: 0.25 * u, marginRight: 1.4 * u }, img(data.logo.src, Math.round((2.6 * u * data.logo.width) / data.logo.height), 2.6 * u)),
					h('div', { opacity: 0.9 }, data.shopName),
				)
			: h('div', { fontSize: 2.6 * u, letterSpacing: 0.3 * u, textTransform: 'uppercase', opacity: 0.9 }, data.shopName),
		h(
			'div',
			{ display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, fontSize: title.size, fontWeight: 700, lineHeight: 1.15 },
			...title.lines.map((line) => h('div', {}, line)),
		),
		h(
			'div',
			{ display: 'flex', gap: 2 * u },
			h('div', { background: '#ffffff', color: data.accent, fontWeight: 700, fontSize: 2.8 * u, padding: `${0.8 * u}px ${2 * u}px`, borderRadius: 4 * u }, data.licenseTitle),
			h('div', { border: `${0.25 * u}px solid #ffffff`, fontSize: 2.8 * u, padding: `${0.55 * u}px ${2 * u}px`, borderRadius: 4 * u }, data.badge),
		),
	);
	return { node, width, height: headerHeight };
}

/**
 * The permission rows and the footer. Depends only on the licence, the language and the shape,
 * so one rendering serves every product that offers the licence.
 */
export function licenseCardBody(data: Pick<LicenseCardData, 'rows' | 'footer' | 'upgrade' | 'accent'>, aspect: number, fonts: LoadedFonts): Layout {
	const { width, height, u, pad, headerHeight } = metrics(aspect);
	const bodyHeight = height - headerHeight;
	// The upgrade line, in up to two lines above the address: the rows make room for it.
	const upgrade = data.upgrade === undefined ? undefined : fitText(data.upgrade, { width: width - 2 * pad, maxLines: 2, size: 2.6 * u, minSize: 2.1 * u }, (t, s) => fonts.measure(t, s, 700));
	if (data.upgrade !== undefined && !upgrade) throw new TextFitError('upgrade', data.upgrade);
	const upgradeHeight = upgrade ? upgrade.lines.length * upgrade.size * 1.2 + 1.5 * u : 0;
	// Two columns from square up: one column of a dozen rows leaves a square thumbnail unreadably small.
	const columns = aspect >= 0.9 ? 2 : 1;
	const perColumn = Math.ceil(data.rows.length / columns);
	const columnWidth = (width - 2 * pad - (columns - 1) * 3 * u) / columns;
	const footerHeight = 8 * u + upgradeHeight;
	const rowHeight = Math.min(8 * u, (bodyHeight - footerHeight - 1.5 * u - pad) / perColumn);
	// Two lines at line-height 1.15 fill 83% of the row, leaving air above and below a wrapped row.
	const textSize = Math.min(rowHeight * 0.36, 3.4 * u);
	const labelWidth = columnWidth - rowHeight * 0.62 - 2 * u;

	const row = ({ label, status, detail }: LicenseCardData['rows'][number], i: number) => {
		const fitted = fitText(`${label}: ${detail}`, { width: labelWidth, maxLines: 2, size: textSize, minSize: Math.max(10, textSize * 0.6) }, (t, s) => fonts.measure(t, s, 400));
		if (!fitted) throw new TextFitError(`permission ${i + 1}`, label);
		return h(
			'div',
			{ display: 'flex', alignItems: 'center', gap: 2 * u, height: rowHeight, borderBottom: `${Math.max(1, u * 0.15)}px solid #e4ddd3` },
			status ? mark(status, rowHeight * 0.58) : h('div', { display: 'flex', flexShrink: 0, width: rowHeight * 0.58, height: rowHeight * 0.58 }),
			h('div', { display: 'flex', flexDirection: 'column', fontSize: fitted.size, lineHeight: 1.15, color: '#1f1c19' }, ...fitted.lines.map((line) => h('div', {}, line))),
		);
	};
	const columnNodes = Array.from({ length: columns }, (_, c) =>
		h('div', { display: 'flex', flexDirection: 'column', width: columnWidth }, ...data.rows.slice(c * perColumn, (c + 1) * perColumn).map((r, i) => row(r, c * perColumn + i))),
	);
	const node = h(
		'div',
		{ display: 'flex', flexDirection: 'column', width, height: bodyHeight, background: '#fdfcfa', fontFamily: 'Inter', color: '#1f1c19' },
		h('div', { display: 'flex', flexGrow: 1, gap: 3 * u, padding: `${1.5 * u}px ${pad}px 0` }, ...columnNodes),
		h(
			'div',
			{ display: 'flex', flexDirection: 'column', justifyContent: 'center', height: footerHeight, padding: `0 ${pad}px`, fontSize: 2.6 * u, color: '#5b5550' },
			...(upgrade ? [h('div', { display: 'flex', flexDirection: 'column', marginBottom: 1.5 * u, fontSize: upgrade.size, fontWeight: 700, lineHeight: 1.2, color: data.accent }, ...upgrade.lines.map((line) => h('div', {}, line)))] : []),
			h('div', {}, data.footer),
		),
	);
	return { node, width, height: bodyHeight };
}
