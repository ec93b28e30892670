// `npm run bench:images`: images per second for the two expensive jobs, with 1 and 2 workers,
// and the time of a rerun with nothing changed. Prints a table and writes bench/images.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { renderListingImages } from '../src/images/listing-images.ts';
import type { RenderJob, Size } from '../src/images/render.ts';
import { runImageJobs, type PlannedImage } from '../src/images/run-jobs.ts';
import { permissionKeys } from '../src/schemas/license.ts';

const COUNT = Number(process.env.BENCH_IMAGES ?? 40);
const work = mkdtempSync(join(tmpdir(), 'aftercare-bench-'));
const size = (width: number, height: number, format: Size['format']): Size => ({ width, height, format, safe: { x: 0.125, y: 0, width: 0.75, height: 1 } });

function cards(width: number, height: number): PlannedImage[] {
	// Distinct titles so that no two jobs share a cache entry.
	return Array.from({ length: COUNT }, (_, i): PlannedImage => ({
		out: join(work, 'out', `card-${width}-${i}.jpg`),
		job: {
			kind: 'license-card',
			size: size(width, height, 'jpeg'),
			data: {
				shopName: 'Linden & Ink',
				accent: '#8a3b12',
				productName: `Willow Wedding Stationery Suite no. ${i}`,
				licenseTitle: 'Commercial licence',
				badge: 'Digital download',
				footer: 'Full terms: help.lindenandink.com/licenses/commercial/',
				rows: permissionKeys.map((key, k) => ({ label: `Permission ${key}`, status: (['allowed', 'not-allowed', 'limited'] as const)[k % 3]!, detail: k % 3 === 2 ? 'Up to 5,000 units' : 'Yes' })),
			},
		},
	}));
}

async function mockups(): Promise<PlannedImage[]> {
	const photos = join(work, 'photos');
	mkdirSync(photos, { recursive: true });
	return Promise.all(
		Array.from({ length: COUNT }, async (_, i): Promise<PlannedImage> => {
			const photo = join(photos, `photo-${i}.jpg`);
			await sharp({ create: { width: 3000, height: 2250, channels: 3, background: '#d8cbb8', noise: { type: 'gaussian', mean: 128 + (i % 50), sigma: 30 } } }).jpeg({ quality: 85 }).toFile(photo);
			const job: RenderJob = { kind: 'mockup', size: size(3000, 2250, 'jpeg'), photo, label: { headline: 'Mockup only', detail: 'Digital download: no physical item is shipped' } };
			return { out: join(work, 'out', `mockup-${i}.jpg`), job };
		}),
	);
}

async function perSecond(images: PlannedImage[], workers: number): Promise<number> {
	const result = await runImageJobs(images, { cacheDir: join(work, `cache-${workers}`), useCache: false, workers, title: 'bench', log: () => undefined });
	if (result.failed.length > 0) throw new Error(result.failed[0]!.message);
	return images.length / (result.ms / 1000);
}

const rows: { job: string; workers: number; perSecond: number }[] = [];
const jobs: [string, () => Promise<PlannedImage[]> | PlannedImage[]][] = [
	['licence card 2000x1600 JPEG', () => cards(2000, 1600)],
	['licence card 3000x2250 JPEG', () => cards(3000, 2250)],
	['mockup label on 3000x2250 JPEG', mockups],
];
for (const [name, make] of jobs) {
	const images = await make();
	for (const workers of [1, 2]) rows.push({ job: name, workers, perSecond: await perSecond(images, workers) });
}

// The example shop, warmed up once, then timed with nothing changed.
await renderListingImages({ root: process.cwd(), outDir: join('bench', '.out', 'listing-images'), log: () => undefined });
const started = performance.now();
await renderListingImages({ root: process.cwd(), outDir: join('bench', '.out', 'listing-images'), log: () => undefined });
const rerunMs = performance.now() - started;

console.log(`\nImages per second (${COUNT} images each, ${process.platform}, Node ${process.version})\n`);
console.log('| job | 1 worker | 2 workers | speed-up |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name] of jobs) {
	const [one, two] = rows.filter((r) => r.job === name);
	console.log(`| ${name} | ${one!.perSecond.toFixed(1)} | ${two!.perSecond.toFixed(1)} | ${(two!.perSecond / one!.perSecond).toFixed(2)}x |`);
}
console.log(`\nExample shop rerun with nothing changed: ${rerunMs.toFixed(0)} ms`);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/images.json', `${JSON.stringify({ count: COUNT, rows, rerunMs }, null, '\t')}\n`);
rmSync(work, { recursive: true, force: true });
