// `npm run screenshots`: photographs the built site (dist/) at phone and desktop widths, light
// and dark, so a person can look at what buyers see. Needs Debian's chromium (see README).
import { mkdirSync } from 'node:fs';
import { launchBrowser, serveStatic } from '../test/helpers/browser.ts';

const pages = process.argv.slice(2).filter((a) => a.startsWith('/'));
const paths = pages.length > 0 ? pages : ['/', '/products/canva-wedding-suite/', '/guides/open-a-canva-template/', '/licenses/commercial/', '/licenses/', '/help/canva-template-will-not-open/', '/pt/', '/pt/guides/print-at-a-copy-shop/', '/search/?q=reembolso'];
const out = 'test/.output/screenshots';
mkdirSync(out, { recursive: true });

const server = await serveStatic('dist');
const browser = await launchBrowser();
try {
	for (const [name, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]] as const) {
		for (const scheme of ['light', 'dark'] as const) {
			const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
			for (const path of paths) {
				await page.goto(server.url + path, { waitUntil: 'networkidle' });
				const file = `${out}/${name}-${scheme}${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
				await page.screenshot({ path: file, fullPage: true });
				console.log(file);
			}
			await page.close();
		}
	}
} finally {
	await browser.close();
	await server.close();
}
