import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import sirv from 'sirv';
import { describe, it } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium from dialling out on a closed network (and from hanging on it). */
const QUIET_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/**
 * describe() for a suite that needs Chromium. Without it, a CI run fails with how to install it
 * (a green run that tested no page would hide it), and a local run skips the suite and says why.
 */
export function describeInChromium(name: string, body: () => void): void {
	if (existsSync(CHROMIUM)) {
		describe(name, body);
		return;
	}
	const how = `Chromium was not found at ${CHROMIUM}. Install it with \`sudo apt-get install chromium\` (Debian and Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.`;
	if (process.env.CI) {
		describe(name, () => {
			it('needs Chromium', () => {
				throw new Error(`${how} CI is set, so the browser tests fail instead of being skipped.`);
			});
		});
		return;
	}
	console.warn(`Skipping "${name}": ${how}`);
	describe.skip(name, body);
}

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: QUIET_FLAGS });
}

/**
 * Serves a built site on loopback the way a static host would. A miss gets the nearest 404.html
 * up the folders, as Cloudflare Pages answers: `/pt/nothing-here/` the Portuguese
 * `/pt/404.html`, an address in no language folder the root `/404.html`.
 *
 * With `base` (`/shop-help/`) the site is served as GitHub Pages serves a project site: only
 * under that folder (`/shop-help/guides/x/` is the file `guides/x/index.html`; anything outside
 * it is a bare 404 that is no page of the site), and every miss under it gets the site's root
 * `/shop-help/404.html`, whatever folder it is in: GitHub Pages looks for no other 404.html.
 * `url` stays the server's origin.
 */
export async function serveStatic(dir: string, options: { base?: string } = {}): Promise<{ url: string; close(): Promise<void> }> {
	const base = options.base ?? '/';
	const files = sirv(dir, { dev: false, etag: true });
	const server: Server = createServer((req, res) => {
		const url = req.url ?? '/';
		const inside = insideBase(url, base);
		if (inside === undefined) {
			res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
			res.end(`Not found: only ${base} is served here`);
			return;
		}
		req.url = inside;
		// Written by hand rather than through sirv, which would answer 200 for the file it finds.
		files(req, res, () => {
			const page = join(dir, options.base === undefined ? nearestNotFound(dir, inside) : '/404.html');
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
			res.end(existsSync(page) ? readFileSync(page) : 'Not found');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** `/shop-help/x/?q` under `/shop-help/` -> `/x/?q`; undefined outside it. */
function insideBase(url: string, base: string): string | undefined {
	if (url.startsWith(base)) return url.slice(base.length - 1);
	const bare = base.slice(0, -1);
	if (url === bare || url.startsWith(`${bare}?`)) return `/${url.slice(bare.length)}`;
	return undefined;
}

/** `/pt/a/b/` -> the first of `/pt/a/b/404.html`, `/pt/a/404.html`, `/pt/404.html` that exists, else `/404.html`. */
function nearestNotFound(dir: string, url: string): string {
	let path: string;
	try {
		path = decodeURIComponent(new URL(url, 'http://host').pathname);
	} catch {
		return '/404.html';
	}
	const folders = path.split('/').filter((part) => part !== '' && part !== '.' && part !== '..');
	if (!path.endsWith('/')) folders.pop();
	for (let depth = folders.length; depth > 0; depth--) {
		const candidate = `/${folders.slice(0, depth).join('/')}/404.html`;
		if (existsSync(join(dir, candidate))) return candidate;
	}
	return '/404.html';
}

/**
 * What a help-centre page must never do: request another site, log a console error or throw.
 * The returned list fills as the page is used; each entry names the page it happened on.
 */
export function watchProblems(page: Page, siteUrl: string): string[] {
	const problems: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith(siteUrl) && !request.url().startsWith('data:')) problems.push(`${page.url()} requested ${request.url()}`);
	});
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`${page.url()} console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`${page.url()} page error: ${error.message}`));
	return problems;
}
