// `npm run screenshots`: photographs the built site (dist/) at phone and desktop widths, light
// and dark, so a person can look at what buyers see. Needs Debian's chromium (see README).
import { mkdirSync } from 'node:fs';
import { UsageError } from '../src/lib/cli.ts';
import { readCommandLine } from './command-line.ts';
import { launchBrowser, serveStatic } from '../test/helpers/browser.ts';

const USAGE = `Usage: npm run screenshots -- [--site <dir>] [/path/ ...]

Photographs pages of the built site at phone and desktop widths, light and dark, into
test/.output/screenshots/. Paths default to one page of each kind.
`;
const args = readCommandLine({ site: { type: 'string', default: 'dist' } }, USAGE, {
	positionals: true,
	check: (_, positionals) => {
		const notPath = positionals.find((a) => !a.startsWith('/'));
		if (notPath) throw new UsageError(`"${notPath}" is not a page path; write it from the site root, e.g. /guides/open-a-canva-template/.`);
	},
});
const pages = args.positionals;
const paths = pages.length > 0 ? pages : ['/', '/products/canva-wedding-suite/', '/guides/open-a-canva-template/', '/licenses/commercial/', '/licenses/', '/help/canva-template-will-not-open/', '/pt/', '/pt/guides/print-at-a-copy-shop/', '/search/?q=reembolso'];
const out = 'test/.output/screenshots';
mkdirSync(out, { recursive: true });

const server = await serveStatic(args.values.site);
const browser = await launchBrowser();
try {
	for (const [name, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]] as const) {
		for (const scheme of ['light', 'dark'] as const) {
			const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
			for (const path of paths) {
				await page.goto(server.url + path, { waitUntil: 'networkidle' });
				// A full-page photograph shows what a reader scrolls to: load lazy images below the fold.
				await page.evaluate(() => Promise.all([...document.images].map((img) => {
					img.loading = 'eager';
					return img.decode().catch(() => undefined);
				})));
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
