import QRCode from 'qrcode';
import { crc32, deflateSync } from 'node:zlib';

/**
 * QR codes for print. Level Q restores a code with up to a quarter of it damaged: a printed card
 * or the last page of a PDF gets scuffed, folded and photographed at an angle, and these short
 * URLs still fit in a small code at Q (L and M give that margin up for a smaller code, H makes it
 * denser than a phone reads easily at 2 cm).
 */
export const ERROR_CORRECTION = 'Q' as const;
/** The quiet zone the standard asks for: four modules of white on every side. */
export const QUIET_ZONE = 4;
/**
 * The PNG is at least this many pixels wide, a whole number of pixels per module so every module
 * stays sharp: 3 cm at 300 dpi (354 px), above the 2 cm a phone reads from arm's length, and
 * large enough to place in Canva or a word processor without blurring.
 */
export const PNG_MIN_PIXELS = 354;

const COLOURS = { dark: '#000000ff', light: '#ffffffff' };

/** The code as an SVG of its own: black on white, crisp edges, sized in modules (it scales to any print size). */
export async function qrSvg(text: string): Promise<string> {
	return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: ERROR_CORRECTION, margin: QUIET_ZONE, color: COLOURS });
}

/** The code as a PNG (see pngOf): at least 3 cm wide at the 300 dpi it is marked with. The same text gives the same bytes. */
export async function qrPng(text: string): Promise<Buffer> {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: ERROR_CORRECTION });
	return pngOf(modules.size, (x, y) => Boolean(modules.get(y, x)));
}

const PIXELS_PER_METRE_AT_300_DPI = Math.round(300 / 0.0254);

/**
 * A black-and-white PNG of a code `size` modules wide: the quiet zone around it, a whole number
 * of pixels per module (at least PNG_MIN_PIXELS in all), one bit per pixel, and a pHYs chunk of
 * 300 dpi so Word or Canva places it at its print size. Written here rather than by qrcode's own
 * PNG renderer, which packs every pixel in JavaScript: 15 ms a code, a third of the kit's time.
 */
export function pngOf(size: number, dark: (x: number, y: number) => boolean): Buffer {
	const total = size + 2 * QUIET_ZONE;
	const scale = Math.ceil(PNG_MIN_PIXELS / total);
	const width = total * scale;
	const rowBytes = Math.ceil(width / 8);
	// One byte of filter type (0, none) before each row; a set bit is white in greyscale.
	const raw = Buffer.alloc((rowBytes + 1) * width);
	for (let py = 0; py < width; py += 1) {
		const row = py * (rowBytes + 1);
		const y = Math.floor(py / scale) - QUIET_ZONE;
		for (let px = 0; px < width; px += 1) {
			const x = Math.floor(px / scale) - QUIET_ZONE;
			const black = x >= 0 && y >= 0 && x < size && y < size && dark(x, y);
			if (!black) raw[row + 1 + (px >> 3)]! |= 0x80 >> (px & 7);
		}
	}
	const chunk = (type: string, data: Buffer) => {
		const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
		const length = Buffer.alloc(4);
		length.writeUInt32BE(data.length);
		const crc = Buffer.alloc(4);
		crc.writeUInt32BE(crc32(body));
		return Buffer.concat([length, body, crc]);
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(width, 4);
	header[8] = 1; // bit depth
	header[9] = 0; // greyscale
	const density = Buffer.alloc(9);
	density.writeUInt32BE(PIXELS_PER_METRE_AT_300_DPI, 0);
	density.writeUInt32BE(PIXELS_PER_METRE_AT_300_DPI, 4);
	density[8] = 1; // the unit is the metre
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('pHYs', density),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', Buffer.alloc(0)),
	]);
}
