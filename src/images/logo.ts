import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError } from '../lib/content-errors.ts';
import sharp from 'sharp';
import { writeAtomically } from './cache-files.ts';

/** Tall enough for a 48 px header logo on a 3x phone screen and for the listing images. */
const LOGO_HEIGHT = 192;

/**
 * The shop's logo as a PNG. An SVG is drawn by libvips here, so no SVG markup from content is
 * ever served (an SVG opened on its own can run script); a PNG is scaled down to the same height.
 */
export async function logoPng(file: string): Promise<Buffer> {
	const source = readFileSync(file);
	const svg = file.toLowerCase().endsWith('.svg');
	let image = sharp(source);
	if (svg) {
		// Drawn at the density that makes it the height wanted: a logo drawn 4000 px tall would
		// otherwise be rasterised at 300 dpi into more pixels than libvips accepts.
		const { height = LOGO_HEIGHT } = await image.metadata();
		image = sharp(source, { density: Math.min(2400, Math.max(1, (72 * LOGO_HEIGHT) / height)) });
	}
	return image.resize({ height: LOGO_HEIGHT, withoutEnlargement: !svg }).png({ compressionLevel: 9 }).toBuffer();
}

/** Where the logo's PNG is kept between builds (relative to the project), beside the listing images' cache. */
export const PICTURE_CACHE = 'node_modules/.cache/aftercare/pictures';

/**
 * The logo's PNG in the cache, made once per version of the file: the picture Astro's image
 * pipeline and the image templates read. Its name carries a hash of the source, so a new logo
 * is a new path and every image showing it is rendered again.
 */
export async function cachedLogoPng(file: string, cacheDir: string): Promise<{ src: string; width: number; height: number }> {
	const key = createHash('sha256').update(readFileSync(file)).update(`${LOGO_HEIGHT}\0${sharp.versions.vips}`).digest('hex').slice(0, 16);
	const src = join(cacheDir, `logo-${key}.png`);
	if (!existsSync(src)) {
		let png: Buffer;
		try {
			png = await logoPng(file);
		} catch (error) {
			const name = relative(process.cwd(), file).split('\\').join('/');
			throw new ContentError([{ file: name, message: `cannot be read as a picture (${(error as Error).message.split('\n')[0]}).`, hint: 'export the logo again as SVG or PNG, and check that it opens in a browser.' }]);
		}
		writeAtomically(src, png);
	}
	const { width, height } = await sharp(src).metadata();
	return { src, width, height };
}
