import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';

/** Inter with its full character set (Latin Extended included), shipped in the repository. */
const FILES = [
	{ weight: 400 as const, file: new URL('./fonts/Inter-Regular.ttf', import.meta.url) },
	{ weight: 700 as const, file: new URL('./fonts/Inter-Bold.ttf', import.meta.url) },
];
export const FONT_FAMILY = 'Inter';

export interface LoadedFonts {
	/** Ready for satori's `fonts` option. */
	satori: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[];
	/** Hash input: a changed font file re-renders every image. */
	bytes: Buffer[];
	/** Characters of `text` that no shipped font can draw (satori would draw a box). */
	missing(text: string): string[];
	/** Width of `text` at `size` px in the given weight, for fitting text before layout. */
	measure(text: string, size: number, weight: 400 | 700): number;
}

/** `U+1F389`: how a character the fonts lack is named in messages. */
export const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

let loaded: LoadedFonts | undefined;

/** Reads the fonts once per process; every image after the first reuses them. */
export function loadFonts(): LoadedFonts {
	if (loaded) return loaded;
	const files = FILES.map(({ weight, file }) => {
		const data = readFileSync(file);
		return { weight, data, font: create(data) as Font };
	});
	const regular = files[0]!.font;
	// Advance widths by character, cached: fitting text measures the same letters thousands of
	// times, and fontkit's full layout is a hundred times slower. Kerning is left out, which
	// only ever overestimates a width, so text that "fits" really does.
	const advances = files.map(({ font }) => ({ font, cache: new Map<string, number>() }));
	const advance = (index: number, ch: string) => {
		const { font, cache } = advances[index]!;
		let width = cache.get(ch);
		if (width === undefined) {
			width = font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth / font.unitsPerEm;
			cache.set(ch, width);
		}
		return width;
	};
	loaded = {
		satori: files.map(({ weight, data }) => ({ name: FONT_FAMILY, data, weight, style: 'normal' })),
		bytes: files.map((f) => f.data),
		missing: (text) => [...new Set([...text])].filter((ch) => /\S/u.test(ch) && !regular.hasGlyphForCodePoint(ch.codePointAt(0)!)),
		measure(text, size, weight) {
			const index = files.findIndex((f) => f.weight === weight);
			let width = 0;
			for (const ch of text) width += advance(index, ch);
			return width * size;
		},
	};
	return loaded;
}
