// What only a browser shows: search, keyboard use, the language switcher, dark mode, pages
// without JavaScript, and that nothing is fetched from another site. Runs against the example
// shop in content/, built once and served on loopback.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeInChromium, launchBrowser, serveStatic, watchProblems } from '../helpers/browser.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

/** A phone-sized page that fails the test on any request off the site or any console error. */
async function phonePage(options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {}): Promise<Page & { problems: string[] }> {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 }, ...options });
	return Object.assign(page, { problems: watchProblems(page, server.url) });
}

/** Waits until the search page shows its results for `query` (it says so in data-results-for). */
async function resultsFor(page: Page, query: string): Promise<void> {
	await page.locator(`#search[data-results-for="${query.replaceAll('"', '\\"')}"]`).waitFor({ state: 'attached' });
}

/** The result links the search page lists for a query. */
async function searchResults(page: Page, query: string, locale = ''): Promise<string[]> {
	await page.goto(`${server.url}${locale}/search/?q=${encodeURIComponent(query)}`);
	await resultsFor(page, query);
	return page.locator('[data-search-results] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

describeInChromium('the example help centre in Chromium', () => {
	beforeAll(async () => {
		server = await serveStatic(inject('exampleSite'));
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it('finds a troubleshooting entry from the exact error message a buyer pastes, on a phone', async () => {
		const page = await phonePage();
		await page.goto(`${server.url}/`);
		await page.getByRole('searchbox', { name: 'Search the help centre' }).fill("This design isn't available");
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/search\/\?q=/);
		await resultsFor(page, "This design isn't available");
		const first = page.locator('[data-search-results] li a').first();
		expect(await first.textContent()).toBe('My Canva template will not open');
		expect(await page.locator('[data-search-results] li mark').count()).toBeGreaterThan(0);
		await first.click();
		await page.waitForURL(/\/help\/canva-template-will-not-open\/\?highlight=/);
		// Pagefind's highlighter marks the words once its script has run.
		await page.locator('article mark').first().waitFor();
		expect(page.problems).toEqual([]);
		await page.close();
	});

	it('runs no script that slipped into an article: the Content-Security-Policy blocks it', async () => {
		const page = await phonePage();
		const path = '/guides/open-a-canva-template/';
		// As if the content check had missed them: an inline script and an event handler in the body.
		await page.route(server.url + path, async (route) => {
			const html = await (await route.fetch()).text();
			const injected = '<script>window.injected = "script"</script><img src="/nothing.png" alt="" onerror="window.injected = \'handler\'">';
			await route.fulfill({ contentType: 'text/html', body: html.replace('</main>', `${injected}</main>`) });
		});
		const blocked: string[] = [];
		page.on('console', (message) => message.text().includes('Content Security Policy') && blocked.push(message.text()));
		await page.goto(server.url + path);
		await page.locator('img[src="/nothing.png"]').waitFor({ state: 'attached' });
		// Readiness: the browser reports each blocked script as it meets it.
		while (blocked.length < 2) await page.waitForEvent('console');
		expect(await page.evaluate(() => (window as { injected?: string }).injected)).toBeUndefined();
		expect(blocked.join('\n')).toMatch(/inline script/i);
		// The site's own scripts still run: the search shortcut works.
		await page.keyboard.press('Control+K');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-header');
		await page.close();
	});

	it('works from the keyboard: skip link, Ctrl K shortcut (not a bare "/"), arrows through results, Enter opens', async () => {
		const page = await phonePage();
		await page.goto(`${server.url}/guides/find-your-etsy-download/`);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
		// A single key is no shortcut (WCAG 2.1.4): it could fire while someone types elsewhere.
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
		await page.keyboard.press('Control+K');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-header');
		await page.keyboard.type('password reset');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/search\/\?q=password/);
		await resultsFor(page, 'password reset');
		await page.locator('#search-hero').focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const second = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
		expect(second).toMatch(/^\/(help|guides|policies)\//);
		await page.keyboard.press('ArrowUp');
		const first = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname === first!.split('?')[0]);
		expect(page.problems).toEqual([]);
		await page.close();
	});

	it('takes a query typed before the search index has loaded, says it is loading, and answers when it is ready', async () => {
		const page = await phonePage();
		// Hold Pagefind back, as a slow phone connection would, until the buyer has typed.
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/pagefind/pagefind.js', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(`${server.url}/search/`);
		await page.locator('#search[data-search-state="loading"]').waitFor({ state: 'attached' });
		await page.locator('#search-hero').fill('charged twice');
		await page.locator('[data-search-status]', { hasText: 'Loading the search' }).waitFor();
		release();
		await resultsFor(page, 'charged twice');
		expect(await page.locator('[data-search-results] li a').first().getAttribute('href')).toMatch(/^\/help\/duplicate-purchase\//);
		expect(page.problems).toEqual([]);
		await page.close();
	});

	it('corrects a typo and says so, labels each result, and offers help when nothing matches', async () => {
		const page = await phonePage();
		await searchResults(page, 'circut');
		expect(await page.locator('[data-search-suggestion]').textContent()).toBe('Showing results for “cricut”.');
		expect(await page.locator('[data-search-results] li .result-kind').first().textContent()).toMatch(/Guide|Troubleshooting|Product/);
		await searchResults(page, 'qwxzv');
		expect(await page.locator('[data-search-results] li').count()).toBe(0);
		expect(await page.locator('[data-search-empty]').isVisible()).toBe(true);
		expect(await page.locator('[data-search-empty] .help-card a[href^="mailto:"]').count()).toBeGreaterThan(0);
		expect(await page.locator('[data-search-empty] .link-list a').count()).toBeGreaterThan(2);
		expect(page.problems).toEqual([]);
		await page.close();
	});

	it('leaves the arrow keys to a search filter while it has focus', async () => {
		const page = await phonePage();
		await searchResults(page, 'canva');
		// The filters are folded away until asked for (and their index fetched only then).
		expect(await page.locator('details.search-filters').getAttribute('open')).toBeNull();
		await page.locator('details.search-filters summary').click();
		await page.locator('[data-search-filters] select').first().waitFor();
		const filter = page.locator('[data-search-filters] select').first();
		await filter.focus();
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
		expect(await filter.inputValue()).not.toBe('');
		expect(page.problems).toEqual([]);
		await page.close();
	});

	it('searches in Portuguese on a Portuguese page and gets Portuguese results', async () => {
		const page = await phonePage();
		const hrefs = await searchResults(page, 'reembolso', '/pt');
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(href).toMatch(/^\/pt\//);
		expect(hrefs.some((href) => href.startsWith('/pt/policies/refunds/'))).toBe(true);
		await page.close();
	});

	it('folds Portuguese word forms: "reembolsos" finds the refunds page too', async () => {
		const page = await phonePage();
		// The singular, "reembolso", is the test above.
		const hrefs = await searchResults(page, 'reembolsos', '/pt');
		expect(hrefs.some((href) => href.startsWith('/pt/policies/refunds/'))).toBe(true);
		await page.close();
	});

	it('switches language to the same page', async () => {
		const page = await phonePage();
		await page.goto(`${server.url}/guides/print-at-the-right-size/`);
		// The languages sit in a menu: opened as a buyer would, then one chosen.
		await page.locator('.lang-menu summary').click();
		await page.getByRole('link', { name: 'Português' }).click();
		await page.waitForURL(`${server.url}/pt/guides/print-at-the-right-size/`);
		expect(await page.getAttribute('html', 'lang')).toBe('pt');
		await page.close();
	});

	it('follows the device dark mode', async () => {
		const page = await phonePage({ colorScheme: 'dark' });
		await page.goto(`${server.url}/licenses/`);
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const [r, g, b] = background.match(/\d+/g)!.map(Number);
		expect(r! + g! + b!).toBeLessThan(150);
		await page.close();
	});

	it('shows articles and navigation without JavaScript, and a short link still arrives', async () => {
		const page = await phonePage({ javaScriptEnabled: false });
		await page.goto(`${server.url}/help/etsy-download-missing/`);
		expect(await page.locator('h1').textContent()).toBe('I bought on Etsy and cannot find my download');
		expect(await page.locator('nav.breadcrumbs a').count()).toBeGreaterThan(0);
		await page.goto(`${server.url}/go/wedding-suite/`);
		await page.waitForURL(`${server.url}/products/canva-wedding-suite/`);
		await page.goto(`${server.url}/search/`);
		expect(await page.locator('noscript').count()).toBe(1);
		expect(page.problems).toEqual([]);
		await page.close();
	});

	it('copies an error message with the keyboard, says so to screen readers, and shows the fix in the first screen', async () => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		const problems = watchProblems(page, server.url);
		await page.goto(`${server.url}/help/canva-template-will-not-open/`);
		const quickFix = await page.locator('.quick-fix').boundingBox();
		expect(quickFix!.y + 40).toBeLessThan(844);
		// By position, not by name: the name changes to "Copied".
		expect(await page.locator('.error-list').getByRole('button', { name: 'Copy' }).count()).toBe(2);
		const button = page.locator('.error-list [data-copy-button]').first();
		await button.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => button.textContent()).toBe('Copied');
		await expect.poll(() => page.locator('.error-list [role=status]').first().textContent()).toBe('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("This design isn't available");
		// A refused clipboard leaves the text selected, to copy by hand.
		await page.evaluate(() => Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new Error('refused')) }));
		await page.locator('.error-list [data-copy-button]').nth(1).click();
		await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe("You don't have access to this design");
		await expect.poll(() => page.locator('.error-list [role=status]').nth(1).textContent()).toMatch(/Ctrl C/);
		// The saved replies page copies the reply and its link, which is a real link.
		await page.goto(`${server.url}/saved-replies/`);
		const reply = page.locator('.reply').first();
		await reply.getByRole('button', { name: 'Copy' }).click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		const link = reply.getByRole('link');
		expect(copied).toBe(`${await reply.locator('p').first().textContent()}\nhttps://help.lindenandink.com${await link.getAttribute('href')}`);
		await link.click();
		await page.waitForURL(`${server.url}/help/etsy-download-missing/`);
		expect(problems).toEqual([]);
		await context.close();
	});

	it('shows the quick fix or the first fix step in the first screen of every troubleshooting entry on a phone', async () => {
		const page = await phonePage();
		const dist = inject('exampleSite');
		const entries = ['', 'pt/', 'es/', 'fr/', 'pl/'].flatMap((locale) =>
			readdirSync(join(dist, locale, 'help'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `/${locale}help/${d.name}/`),
		);
		expect(entries.length).toBeGreaterThanOrEqual(5 * 12);
		const late: string[] = [];
		for (const path of entries) {
			await page.goto(server.url + path);
			// The top of the quick fix's text (or the fix's first step) plus a line must be on screen.
			const first = page.locator('.quick-fix p, .prose li').first();
			const box = await first.boundingBox();
			if (!box || box.y + 24 > 844) late.push(`${path}: ${box?.y}`);
		}
		expect(late).toEqual([]);
		expect(page.problems).toEqual([]);
		await page.close();
	});

	it('shows error messages and saved replies as plain text without JavaScript, with no copy button', async () => {
		const page = await phonePage({ javaScriptEnabled: false });
		for (const path of ['/help/canva-template-will-not-open/', '/saved-replies/']) {
			await page.goto(server.url + path);
			expect(await page.locator('[data-copy-text]').count(), path).toBeGreaterThan(1);
			expect(await page.getByRole('button', { name: 'Copy' }).count(), path).toBe(0);
		}
		await page.goto(`${server.url}/help/canva-template-will-not-open/`);
		expect(await page.locator('.error-list code').first().textContent()).toBe("This design isn't available");
		expect(page.problems).toEqual([]);
		await page.close();
	});

	it('lays out without sideways scrolling at 360 px', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
		for (const path of ['/', '/products/sell-your-first-printable/', '/licenses/extended/', '/guides/install-a-font-on-ipad/', '/pt/', '/help/zip-will-not-open-on-phone/', '/saved-replies/']) {
			await page.goto(server.url + path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
		await page.close();
	});

	it('shows the whole search hint in every language at 360 px, beside the button', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
		for (const path of ['/', '/pt/', '/es/', '/fr/', '/pl/', '/pl/guides/install-a-font-on-ipad/']) {
			await page.goto(server.url + path);
			// A placeholder never scrolls: measure its text in the input's font against the room inside.
			const cut = await page.$$eval('input[type=search]', (inputs: HTMLInputElement[]) =>
				inputs.filter((input) => {
					const style = getComputedStyle(input);
					const context = document.createElement('canvas').getContext('2d')!;
					context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
					const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
					return input.offsetParent !== null && context.measureText(input.placeholder).width > room;
				}).map((input) => input.placeholder),
			);
			expect(cut, path).toEqual([]);
		}
		await page.close();
	});
});
