// WCAG 2.2 contrast for the shop's accent colour, which colours links, buttons and focus rings in
// both colour schemes. The page colours are those of src/styles/global.css (a test keeps the two
// in step); dark mode mixes the accent with white in Oklab, as the stylesheet does.

type Rgb = [number, number, number];

export const PAGE_COLOURS = {
	light: { background: '#fdfcfa', surface: '#f4f1ec', accentText: '#ffffff' },
	dark: { background: '#171513', surface: '#24211e', accentText: '#1b1411' },
} as const;

/** How much white the dark scheme mixes into the accent (`color-mix(in oklab, accent, white 65%)`). */
export const DARK_ACCENT_WHITE = 0.65;

const AA = 4.5;

function parseHex(hex: string): Rgb {
	return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb;
}

function toHex(rgb: Rgb): string {
	return `#${rgb.map((c) => Math.round(Math.min(1, Math.max(0, c)) * 255).toString(16).padStart(2, '0')).join('')}`;
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number) => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);

function luminance(hex: string): number {
	const [r, g, b] = parseHex(hex).map(toLinear) as Rgb;
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
	const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (high + 0.05) / (low + 0.05);
}

function toOklab(hex: string): Rgb {
	const [r, g, b] = parseHex(hex).map(toLinear) as Rgb;
	const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
	const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
	const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
	return [0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s, 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s, 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s];
}

function fromOklab([L, A, B]: Rgb): string {
	const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
	const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
	const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
	const linear: Rgb = [4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s, -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s, -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s];
	return toHex(linear.map((c) => fromLinear(Math.min(1, Math.max(0, c)))) as Rgb);
}

/** `color-mix(in oklab, a, b <share>)`. */
export function mixOklab(a: string, b: string, share: number): string {
	const [x, y] = [toOklab(a), toOklab(b)];
	return fromOklab(x.map((v, i) => v * (1 - share) + y[i]! * share) as Rgb);
}

/** Where the accent falls short of AA, in words: e.g. "links on the page background 3.2:1". */
export function accentShortfalls(accent: string): string[] {
	const dark = mixOklab(accent, '#ffffff', DARK_ACCENT_WHITE);
	const pairs: [string, string, string][] = [
		['links on the page background', accent, PAGE_COLOURS.light.background],
		['links on cards', accent, PAGE_COLOURS.light.surface],
		['button text', PAGE_COLOURS.light.accentText, accent],
		['links in dark mode', dark, PAGE_COLOURS.dark.surface],
		['button text in dark mode', PAGE_COLOURS.dark.accentText, dark],
	];
	return pairs.filter(([, a, b]) => contrastRatio(a, b) < AA).map(([what, a, b]) => `${what} ${contrastRatio(a, b).toFixed(1)}:1`);
}

/** The same hue made darker (or lighter) in steps until every pairing reaches AA, if one does. */
export function readableAccent(accent: string): string | undefined {
	if (accentShortfalls(accent).length === 0) return accent;
	const [L, A, B] = toOklab(accent);
	for (let step = 1; step <= 40; step++) {
		for (const candidate of [fromOklab([L - step * 0.01, A, B]), fromOklab([L + step * 0.01, A, B])]) {
			if (accentShortfalls(candidate).length === 0) return candidate;
		}
	}
	return undefined;
}
