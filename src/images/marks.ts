import type { PermissionStatus } from '../schemas/license.ts';
import { h, type SatoriNode } from './node.ts';

export const markColours: Record<PermissionStatus, string> = { allowed: '#1d6b34', 'not-allowed': '#a4161a', limited: '#8a5a00' };

/**
 * A tick, cross or dash in a coloured disc, drawn with CSS boxes: satori turns inline SVG icons
 * into masked images that sharp rasterises several times slower.
 */
export function mark(status: PermissionStatus, size: number): SatoriNode {
	const stroke = Math.max(2, Math.round(size * 0.13));
	const bar = (rotate: number, width: number) =>
		h('div', { position: 'absolute', width, height: stroke, background: '#fff', borderRadius: stroke, transform: `rotate(${rotate}deg)` });
	const inner =
		status === 'allowed'
			? h('div', { width: size * 0.26, height: size * 0.5, borderRight: `${stroke}px solid #fff`, borderBottom: `${stroke}px solid #fff`, transform: 'translateY(-12%) rotate(45deg)' })
			: status === 'not-allowed'
				? h('div', { display: 'flex', alignItems: 'center', justifyContent: 'center', width: size, height: size }, bar(45, size * 0.56), bar(-45, size * 0.56))
				: bar(0, size * 0.5);
	return h('div', { display: 'flex', alignItems: 'center', justifyContent: 'center', flexShrink: 0, width: size, height: size, borderRadius: size, background: markColours[status] }, inner);
}
