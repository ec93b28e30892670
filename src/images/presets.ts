import type { PlatformId } from '../schemas/shop.ts';

export type ImageFormat = 'png' | 'jpeg' | 'webp';

export interface Preset {
	id: string;
	/** What a seller sees in the index, e.g. "Etsy listing (4:3)". */
	label: string;
	width: number;
	height: number;
	format: ImageFormat;
	/** Platforms whose listings use this size; `all` for every product. */
	platforms: readonly PlatformId[] | 'all';
	/**
	 * The part of the image a marketplace's thumbnail keeps, as fractions of width and height:
	 * labels go inside it. Etsy's search grid, for one, crops 4:3 photos towards the centre.
	 */
	safe: { x: number; y: number; width: number; height: number };
}

const centreSquare = (width: number, height: number) => {
	const side = Math.min(width, height) / Math.max(width, height);
	return width >= height ? { x: (1 - side) / 2, y: 0, width: side, height: 1 } : { x: 0, y: (1 - side) / 2, width: 1, height: side };
};

/** Marketplace sizes as their seller help pages recommend them (late 2026). */
export const presets: readonly Preset[] = [
	{ id: 'etsy', label: 'Etsy listing (4:3)', width: 3000, height: 2250, format: 'jpeg', platforms: ['etsy'], safe: centreSquare(4, 3) },
	{ id: 'gumroad-cover', label: 'Gumroad cover (16:9)', width: 1280, height: 720, format: 'png', platforms: ['gumroad'], safe: centreSquare(16, 9) },
	{ id: 'gumroad-thumbnail', label: 'Gumroad thumbnail (square)', width: 600, height: 600, format: 'png', platforms: ['gumroad'], safe: centreSquare(1, 1) },
	{ id: 'shopify', label: 'Shopify product (square)', width: 2048, height: 2048, format: 'jpeg', platforms: ['shopify', 'own-site'], safe: centreSquare(1, 1) },
	{ id: 'creative-market', label: 'Creative Market (3:2)', width: 3000, height: 2000, format: 'jpeg', platforms: ['creative-market'], safe: centreSquare(3, 2) },
	{ id: 'hotmart', label: 'Hotmart product (square)', width: 1200, height: 1200, format: 'jpeg', platforms: ['hotmart', 'payhip'], safe: centreSquare(1, 1) },
	{ id: 'pinterest', label: 'Pinterest pin (2:3)', width: 1000, height: 1500, format: 'jpeg', platforms: 'all', safe: { x: 0, y: 0, width: 1, height: 1 } },
	{ id: 'open-graph', label: 'Link preview (1200x630)', width: 1200, height: 630, format: 'png', platforms: 'all', safe: centreSquare(1200, 630) },
];

export function findPreset(id: string): Preset | undefined {
	return presets.find((p) => p.id === id);
}

/** The presets a product needs, from the platforms it is sold on. */
export function presetsFor(platforms: readonly PlatformId[]): Preset[] {
	return presets.filter((p) => p.platforms === 'all' || p.platforms.some((platform) => platforms.includes(platform)));
}
