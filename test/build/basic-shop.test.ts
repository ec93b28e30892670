import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildShop, fileForPath, listFiles, readPage, testOutput, type BuildResult } from '../helpers/build.ts';
import { fixture } from '../helpers/content-tree.ts';

let build: BuildResult;
let dist: string;
let htmlFiles: string[];

beforeAll(() => {
	build = buildShop(join(fixture('basic'), 'content'), testOutput('basic'));
	if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
	dist = build.outDir;
	htmlFiles = listFiles(dist).filter((file) => file.endsWith('.html'));
});

describe('building the basic fixture shop', () => {
	it('prints a short summary instead of every page', () => {
		expect(build.stdout).toContain('2 products, 2 licences, 8 articles, locales en, pt, es');
		expect(build.stdout).toMatch(/Done in [\d.]+ s: \d+ pages/);
		// Progress lines ("Listing images: 40/90") depend on machine speed; everything else is fixed.
		const lines = build.stdout.split('\n').filter((line) => !/: \d+\/\d+$/.test(line));
		expect(lines.length).toBeLessThan(15);
		expect(lines.filter((line) => line.includes('.html'))).toEqual([expect.stringContaining('Review them all at')]);
		expect(build.stdout + build.stderr).not.toContain('MODULE_LEVEL_DIRECTIVE');
	});

	it('builds every page in every locale', () => {
		for (const path of [
			'/', '/search/', '/notices/', '/licenses/', '/licenses/personal/', '/licenses/commercial/',
			'/products/brush-font/', '/products/party-kit/', '/topics/downloads/', '/topics/editing/',
			'/guides/install-the-font/', '/guides/open-canva-link/', '/help/font-missing/', '/policies/refunds/', '/saved-replies/',
		]) {
			expect(fileForPath(dist, path), path).toBeDefined();
			expect(fileForPath(dist, `/pt${path}`), `/pt${path}`).toBeDefined();
			expect(fileForPath(dist, `/es${path}`), `/es${path}`).toBeDefined();
		}
		expect(fileForPath(dist, '/404.html')).toBeDefined();
	});

	it('sets lang, hreflang and a language switcher', () => {
		const pt = readPage(dist, '/pt/guides/install-the-font/');
		expect(pt).toContain('<html lang="pt"');
		expect(pt).toContain('<link rel="alternate" hreflang="en" href="https://help.fixture.test/guides/install-the-font/">');
		expect(pt).toContain('<link rel="alternate" hreflang="x-default" href="https://help.fixture.test/guides/install-the-font/">');
		expect(pt).toMatch(/<a href="\/guides\/install-the-font\/" hreflang="en" lang="en">English<\/a>/);
		// Links written locale-neutral in the article stay in Portuguese.
		expect(pt).toContain('<a href="/pt/help/font-missing/">o problema</a>');
	});

	it('serves an untranslated article in the default language with a notice, outside the search index', () => {
		const page = readPage(dist, '/pt/guides/open-canva-link/');
		expect(page).toContain('Este artigo ainda não está disponível em português. É apresentado em inglês.');
		expect(page).toContain('<article lang="en">');
		// <html lang> names the content's language; the page's own labels are Portuguese.
		expect(page).toContain('<html lang="en"');
		expect(page).toContain('<body lang="pt">');
		expect(page).not.toContain('data-pagefind-body');
		expect(page).not.toContain('hreflang="pt"');
	});

	it('marks article content for search with type, product and software filters', () => {
		const guide = readPage(dist, '/guides/open-canva-link/');
		expect(guide).toContain('<article data-pagefind-body>');
		expect(guide).toContain('data-pagefind-filter="type[data-value]" data-value="Guide"');
		expect(guide).toContain('data-pagefind-filter="product[data-value]" data-value="Party Kit"');
		expect(guide).toContain('data-pagefind-filter="software[data-value]" data-value="Canva"');
		const home = readPage(dist, '/');
		expect(home).not.toContain('data-pagefind-body');
		const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
		expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es', 'pt']);
	});

	it('gives each locale its own search index holding only its own pages', () => {
		const byLanguage: Record<string, string[]> = {};
		for (const file of listFiles(join(dist, 'pagefind/fragment'))) {
			const json = gunzipSync(readFileSync(join(dist, 'pagefind/fragment', file))).toString('utf8').replace(/^pagefind_dcd/, '');
			(byLanguage[file.split('_')[0]!] ??= []).push((JSON.parse(json) as { url: string }).url);
		}
		expect(byLanguage.es!.sort()).toEqual(['/es/licenses/commercial/', '/es/licenses/personal/', '/es/policies/refunds/', '/es/products/brush-font/', '/es/products/party-kit/']);
		expect(byLanguage.pt!.every((url) => url.startsWith('/pt/'))).toBe(true);
		expect(byLanguage.pt).toContain('/pt/guides/install-the-font/');
		expect(byLanguage.en!.every((url) => !/^\/(pt|es)\//.test(url))).toBe(true);
		expect(byLanguage.en).toContain('/help/font-missing/');
	});

	it('offers every language from the home page and marks the current one', () => {
		const home = readPage(dist, '/es/');
		expect(home).toContain('<html lang="es"');
		expect(home).toMatch(/<a href="\/" hreflang="en" lang="en">English<\/a>/);
		expect(home).toMatch(/<a href="\/pt\/" hreflang="pt" lang="pt">Português<\/a>/);
		expect(home).toContain('<span aria-current="true" lang="es">Español</span>');
	});

	it('puts exact error messages on the troubleshooting page with extra search weight', () => {
		const page = readPage(dist, '/help/font-missing/');
		const list = /<ul class="error-list" data-pagefind-weight="5">(.*?)<\/ul>/s.exec(page)?.[1];
		expect(list).toContain(`<code class="copy-block__text" data-copy-text>Font &#39;Brush&#39; could not be loaded (code 0x80070020)</code>`);
	});

	it('keeps short codes, former codes and former slugs working', () => {
		for (const [from, to] of [['/go/brush/', '/products/brush-font/'], ['/go/brush-old/', '/products/brush-font/'], ['/go/party/', '/products/party-kit/'], ['/guides/font-install/', '/guides/install-the-font/'], ['/pt/guides/font-install/', '/pt/guides/install-the-font/']]) {
			const page = readPage(dist, from!);
			expect(page, from).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
			expect(page, from).toContain(`<a href="${to}">`);
			expect(page).toContain('<meta name="robots" content="noindex">');
		}
		const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain('https://help.fixture.test/guides/install-the-font/');
		expect(sitemap).not.toContain('/go/');
		// Old addresses and the saved replies answer people who have them, not search engines.
		expect(sitemap).not.toContain('/guides/font-install/');
		expect(sitemap).not.toContain('/pt/guides/font-install/');
		expect(sitemap).not.toContain('/saved-replies/');
	});

	it('shows active notices on the home page and past ones only on the notices page', () => {
		const home = readPage(dist, '/');
		expect(home).toContain('Etsy e-mails delayed');
		expect(home).not.toContain('Old maintenance');
		const notices = readPage(dist, '/notices/');
		expect(notices.indexOf('Etsy e-mails delayed')).toBeLessThan(notices.indexOf('Old maintenance'));
	});

	it('has no broken internal link on any page', () => {
		const broken: string[] = [];
		for (const file of htmlFiles) {
			const html = readFileSync(join(dist, file), 'utf8');
			for (const [, href] of html.matchAll(/(?:href|src|action)="(\/[^"]*)"/g)) {
				if (!href!.startsWith('//') && !fileForPath(dist, href!)) broken.push(`${file}: ${href}`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('loads nothing from other sites and opens no window without rel', () => {
		for (const file of htmlFiles) {
			const html = readFileSync(join(dist, file), 'utf8');
			expect(html, file).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)="(https?:)?\/\/(?!help\.fixture\.test)[^"]*"[^>]*>/);
			expect(html, file).not.toMatch(/target="_blank"(?![^>]*rel=)/);
		}
	});

	it('ships JavaScript only for the shortcut, highlighting and the search page', () => {
		const guide = readPage(dist, '/guides/install-the-font/');
		// JSON-LD is data for search engines, never run: not JavaScript the page ships.
		const scripts = [...guide.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)];
		expect(scripts).toHaveLength(1);
		expect(scripts[0]![1]!.length).toBeLessThan(1500);
		expect(readPage(dist, '/search/')).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>|<script type="module">[\s\S]*pagefind\.js/);
	});
});

it('builds byte-identical output from the same content', () => {
	const again = buildShop(join(fixture('basic'), 'content'), testOutput('basic-again'));
	expect([build.status, again.status]).toEqual([0, 0]);
	const first = digest(dist);
	expect(Object.keys(first).length).toBeGreaterThan(30);
	expect(digest(again.outDir)).toEqual(first);
});

function digest(dir: string): Record<string, string> {
	return Object.fromEntries(listFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}
