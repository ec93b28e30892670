export interface FitOptions {
	/** Width of the box, px. */
	width: number;
	/** Lines the box has room for. */
	maxLines: number;
	/** Preferred font size, px. */
	size: number;
	/** Smallest size that stays legible at thumbnail size, px. */
	minSize: number;
}

export type Measure = (text: string, size: number) => number;

/** Greedy word wrap; a single word wider than the box stays on its own line (and overflows). */
export function wrap(text: string, width: number, size: number, measure: Measure): string[] {
	const lines: string[] = [];
	let line = '';
	// Only ordinary spaces break a line: the no-break spaces Intl puts in "5 000" must hold.
	for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && measure(candidate, size) > width) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * The largest size from `size` down to `minSize` at which `text` wraps into `maxLines` lines
 * that each fit `width`; undefined when even `minSize` does not fit. Never cuts text.
 */
export function fitText(text: string, options: FitOptions, measure: Measure): { size: number; lines: string[] } | undefined {
	const sizes: number[] = [];
	for (let size = options.size; size > options.minSize; size = Math.floor(size * 0.92)) sizes.push(size);
	sizes.push(options.minSize);
	for (const size of sizes) {
		const lines = wrap(text, options.width, size, measure);
		if (lines.length <= options.maxLines && lines.every((line) => measure(line, size) <= options.width)) return { size, lines };
	}
	return undefined;
}
