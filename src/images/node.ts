/** A satori element as a plain object: no React needed. */
export interface SatoriNode {
	type: string;
	props: { style?: Style; children?: Child | Child[]; [key: string]: unknown };
}
export type Child = SatoriNode | string;
export type Style = Record<string, string | number>;

/** `h('div', { display: 'flex' }, 'text', child)`. Satori needs `display: flex` on every box with several children. */
export function h(type: string, style: Style, ...children: Child[]): SatoriNode {
	return { type, props: { style, children: children.length === 1 ? children[0] : children } };
}

/** A picture (a `data:` URI) drawn at a fixed size. */
export function img(src: string, width: number, height: number, style: Style = {}): SatoriNode {
	return { type: 'img', props: { src, width, height, style: { width, height, ...style } } };
}

/** Text that does not fit is an error the seller must see, never a silent cut. */
export class TextFitError extends Error {
	readonly field: string;
	readonly text: string;
	constructor(field: string, text: string) {
		super(`${field}: "${text}" does not fit on the image even at the smallest legible size. Shorten it.`);
		this.name = 'TextFitError';
		this.field = field;
		this.text = text;
	}
}
