import satori from 'satori';
import sharp, { type OutputInfo, type Sharp } from 'sharp';
import { loadFonts } from './fonts.ts';
import type { ImageFormat } from './presets.ts';
import { licenseCardBody, licenseCardHeader, type LicenseCardData, type Layout } from './templates/license-card.ts';
import { mockupLabel, type MockupLabelData } from './templates/mockup-label.ts';
import { pageCard, type PageCardData } from './templates/page-card.ts';

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

async function svg(layout: Layout): Promise<string> {
	return satori(layout.node as Parameters<typeof satori>[0], { width: layout.width, height: layout.height, fonts: loadFonts().satori });
}

function encode(image: Sharp, format: ImageFormat): Promise<Buffer> {
	if (format === 'jpeg') return image.jpeg({ quality: 85 }).toBuffer();
	if (format === 'webp') return image.webp({ quality: 82 }).toBuffer();
	// Cards are flat colours: a palette PNG is a third of the size and looks the same.
	return image.png({ compressionLevel: 9, palette: true, quality: 95 }).toBuffer();
}

/** Rasterises a vector layout made at `layout.width` to exactly `width` x `height` pixels. */
async function rasterise(layout: Layout, width: number, height: number): Promise<Sharp> {
	const density = (72 * width) / layout.width;
	return sharp(Buffer.from(await svg(layout)), { density }).resize(width, height, { fit: 'fill' });
}

type Raw = { data: Buffer; info: OutputInfo };
const rawBodies = new Map<string, Promise<Raw>>();

/** Pixels of a layout scaled to `width` x `height`: uncompressed RGB rows, ready to stack. */
async function raw(layout: Layout, width: number, height: number): Promise<Raw> {
	return (await rasterise(layout, width, height)).flatten({ background: '#fdfcfa' }).raw().toBuffer({ resolveWithObject: true });
}

/**
 * A licence card is a product header over a licence body. The body is the costly part (every
 * row is text) and the same for each product offering the licence, so a worker renders it once
 * per licence, language and size and reuses the pixels.
 */
async function licenseCardPixels(data: LicenseCardData, width: number, height: number): Promise<Sharp> {
	const fonts = loadFonts();
	const aspect = width / height;
	const header = licenseCardHeader(data, aspect, fonts);
	const headerPx = Math.round((header.height * width) / header.width);
	const key = JSON.stringify([data.rows, data.footer, width, height]);
	let body = rawBodies.get(key);
	if (!body) {
		body = raw(licenseCardBody(data, aspect, fonts), width, height - headerPx);
		rawBodies.set(key, body);
		// A long run over many licences must not hold every body in memory.
		if (rawBodies.size > 64) rawBodies.delete(rawBodies.keys().next().value!);
	}
	const [top, bottom] = await Promise.all([raw(header, width, headerPx), body]);
	// Same width, same channels: stacking the rows is a byte copy, five times cheaper than composite().
	return sharp(Buffer.concat([top.data, bottom.data]), { raw: { width, height, channels: 3 } });
}

/** template -> SVG (satori) -> pixels (sharp); mockup labels are composited onto the photo. */
export async function render(job: RenderJob): Promise<Buffer> {
	const fonts = loadFonts();
	const { width, height, format, safe } = job.size;
	switch (job.kind) {
		case 'license-card':
			return encode(await licenseCardPixels(job.data, width, height), format);
		case 'page-card':
			return encode(await rasterise(pageCard(job.data, fonts), width, height), format);
		case 'mockup': {
			const labelWidth = Math.round(safe.width * width * 0.9);
			const label = mockupLabel(job.label, labelWidth, height, fonts);
			const labelPng = await sharp(Buffer.from(await svg(label))).png().toBuffer();
			const left = Math.round((safe.x + safe.width / 2) * width - label.width / 2);
			const top = Math.round((safe.y + safe.height) * height - label.height - height * 0.05);
			const photo = sharp(job.photo, { failOn: 'error' }).rotate().resize(width, height, { fit: 'cover', position: 'centre' });
			return encode(photo.composite([{ input: labelPng, left, top }]), format);
		}
	}
}
