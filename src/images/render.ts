import { readFileSync } from 'node:fs';
import satori from 'satori';
import sharp, { type OutputInfo, type Sharp } from 'sharp';
import { loadFonts } from './fonts.ts';
import type { ImageFormat } from './presets.ts';
import { licenseCardBody, licenseCardHeader, type LicenseCardData, type Layout } from './templates/license-card.ts';
import { mockupLabel, type MockupLabelData } from './templates/mockup-label.ts';
import { pageCard, type PageCardData } from './templates/page-card.ts';
import { shareKey } from './share-key.ts';

export interface Size {
	width: number;
	height: number;
	format: ImageFormat;
	/** Fractions of the image that survive the marketplace's thumbnail crop. */
	safe: { x: number; y: number; width: number; height: number };
}

/** One image to make. Plain data, so it can cross to a worker thread and be hashed. */
export type RenderJob =
	| { kind: 'license-card'; size: Size; data: LicenseCardData }
	| { kind: 'mockup'; size: Size; photo: string; label: MockupLabelData }
	| { kind: 'page-card'; size: Size; data: PageCardData };

/**
 * Satori's SVG of a layout, asking for `width` x `height` pixels itself: librsvg then draws the
 * vectors at the final size, with no resampling pass after it (a resize of a 3000 px card cost
 * as much as a fifth of its rasterising, and softened the text).
 */
async function svg(layout: Layout, width = layout.width, height = layout.height): Promise<Buffer> {
	const drawn = await satori(layout.node as Parameters<typeof satori>[0], { width: layout.width, height: layout.height, fonts: loadFonts().satori });
	if (width === layout.width && height === layout.height) return Buffer.from(drawn);
	const opening = `<svg width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}"`;
	if (!drawn.startsWith(opening)) throw new Error(`satori's SVG does not open with ${opening}: src/images/render.ts needs updating for this satori version.`);
	// The viewBox keeps the layout's coordinates; "none" lets a rounded height fill its last row.
	return Buffer.from(`<svg width="${width}" height="${height}" preserveAspectRatio="none" viewBox="0 0 ${layout.width} ${layout.height}"${drawn.slice(opening.length)}`);
}

/**
 * Encoders chosen for speed at no visible cost. PNG is lossless truecolour at zlib level 4:
 * palette quantisation at level 9 made a link preview 15 KB instead of 47 KB but took ten times
 * as long as drawing it, and dithered photos; levels above 4 save a few per cent for twice the
 * time. JPEG skips the optimised Huffman pass, which only shrinks the file (by about a fifth)
 * and took twice as long as the encoding itself.
 */
function encode(image: Sharp, format: ImageFormat): Promise<Buffer> {
	if (format === 'jpeg') return image.jpeg({ quality: 85, optimiseCoding: false }).toBuffer();
	if (format === 'webp') return image.webp({ quality: 82 }).toBuffer();
	return image.png({ compressionLevel: 4 }).toBuffer();
}

type Raw = { data: Buffer; info: OutputInfo };
const rawSize = (info: OutputInfo) => ({ width: info.width, height: info.height, channels: info.channels as 1 | 2 | 3 | 4 });

/**
 * A card template drawn at `width` x `height`. Each paints its whole box (a background on its
 * outer element), so every pixel is opaque and the alpha channel is dropped, not flattened onto
 * a colour: the same pixels, and a fifth less time at 3000 px.
 */
async function opaque(layout: Layout, width: number, height: number): Promise<Sharp> {
	return sharp(await svg(layout, width, height)).removeAlpha();
}

/** Pixels of a card template: uncompressed RGB rows, ready to stack. */
async function raw(layout: Layout, width: number, height: number): Promise<Raw> {
	return (await opaque(layout, width, height)).raw().toBuffer({ resolveWithObject: true });
}

/**
 * Draws an RGBA `label` over a copy of an RGB `photo` at (left, top). sharp's composite() works
 * over every pixel of the photo, in floating point: for a label on a tenth of a 3000 px photo
 * this is a fifth of its time. (A photo with an alpha channel goes through composite().)
 */
function drawOver(photo: Raw, label: Raw, left: number, top: number): Buffer {
	const out = Buffer.from(photo.data);
	const { width, height } = photo.info;
	const { width: labelWidth, height: labelHeight } = label.info;
	const src = label.data;
	for (let y = Math.max(0, -top); y < labelHeight && top + y < height; y++) {
		for (let x = Math.max(0, -left); x < labelWidth && left + x < width; x++) {
			const s = (y * labelWidth + x) * 4;
			const alpha = src[s + 3]!;
			if (alpha === 0) continue;
			const d = ((top + y) * width + left + x) * 3;
			for (let c = 0; c < 3; c++) out[d + c] = (src[s + c]! * alpha + out[d + c]! * (255 - alpha) + 127) / 255;
		}
	}
	return out;
}

/**
 * What a worker keeps between jobs: the costly part several images share. The run sends jobs
 * with the same key to one worker as a group, one after another (see shareKey), so two entries
 * suffice.
 */
const shared = new Map<string, Promise<Raw>>();
function reuse(key: string, make: () => Promise<Raw>, keep = 2): Promise<Raw> {
	let found = shared.get(key);
	if (!found) {
		found = make();
		shared.set(key, found);
		// Never fill memory: a 3000 px photo is 20 MB of pixels.
		const [oldest] = shared.keys();
		if (shared.size > keep && oldest !== undefined) shared.delete(oldest);
		// A failure is not kept: the next job sharing the key tries again and names its own error.
		found.catch(() => shared.delete(key));
	}
	return found;
}

/** Drops what the worker kept: called after each group of jobs, so an idle worker holds no pixels. */
export function forgetShared(): void {
	shared.clear();
}

/** A licence card is a product header over a licence body, rendered apart and stacked. */
async function licenseCardPixels(job: Extract<RenderJob, { kind: 'license-card' }>): Promise<Sharp> {
	const { data } = job;
	const { width, height } = job.size;
	const fonts = loadFonts();
	const aspect = width / height;
	const header = licenseCardHeader(withLogo(data), aspect, fonts);
	const headerPx = Math.round((header.height * width) / header.width);
	const body = reuse(shareKey(job)!, () => raw(licenseCardBody(data, aspect, fonts), width, height - headerPx));
	const [top, bottom] = await Promise.all([raw(header, width, headerPx), body]);
	// Same width, same channels: stacking the rows is a byte copy, five times cheaper than composite().
	return sharp(Buffer.concat([top.data, bottom.data]), { raw: { width, height, channels: 3 } });
}

/** The photo cropped to the preset, with the label drawn inside the part thumbnails keep. */
async function mockupPixels(job: Extract<RenderJob, { kind: 'mockup' }>): Promise<Sharp> {
	const { width, height, safe } = job.size;
	const fonts = loadFonts();
	const labelWidth = Math.round(safe.width * width * 0.9);
	const label = mockupLabel(job.label, labelWidth, height, fonts);
	const left = Math.round((safe.x + safe.width / 2) * width - label.width / 2);
	const top = Math.round((safe.y + safe.height) * height - label.height - height * 0.05);
	// A photo damaged past its header fails here, the first time it is decoded whole: "photo: "
	// tells the run it is the photo's fault (listing-images.ts names the file once).
	const decode = () =>
		sharp(job.photo, { failOn: 'error' })
			.rotate()
			.resize(width, height, { fit: 'cover', position: 'centre' })
			.raw()
			.toBuffer({ resolveWithObject: true })
			.catch((error: unknown) => {
				throw new Error(`photo: ${(error as Error).message}`);
			});
	const photo = reuse(shareKey(job)!, decode);
	const drawLabel = async () => sharp(await svg(label)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	const [pill, pixels] = await Promise.all([drawLabel(), photo]);
	if (pixels.info.channels === 3) return sharp(drawOver(pixels, pill, left, top), { raw: rawSize(pixels.info) });
	return sharp(pixels.data, { raw: rawSize(pixels.info) }).composite([{ input: pill.data, raw: rawSize(pill.info), left, top }]);
}

const logos = new Map<string, string>();
/** A job names the logo's PNG by path (its name carries its hash, so the cache key sees changes); satori wants the bytes. */
function withLogo<T extends { logo?: { src: string; width: number; height: number } }>(data: T): T {
	if (!data.logo) return data;
	const path = data.logo.src;
	let src = logos.get(path);
	if (!src) {
		src = `data:image/png;base64,${readFileSync(path).toString('base64')}`;
		logos.set(path, src);
	}
	return { ...data, logo: { ...data.logo, src } };
}

/** template -> SVG (satori) -> pixels (sharp, librsvg) -> PNG or JPEG. */
export async function render(job: RenderJob): Promise<Buffer> {
	const { width, height, format } = job.size;
	switch (job.kind) {
		case 'license-card':
			return encode(await licenseCardPixels(job), format);
		case 'page-card':
			return encode(await opaque(pageCard(withLogo(job.data), loadFonts()), width, height), format);
		case 'mockup':
			return encode(await mockupPixels(job), format);
	}
}
