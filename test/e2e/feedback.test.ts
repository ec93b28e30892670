// "Was this helpful?" in Chromium, as a buyer presses it: with a form endpoint and JavaScript (sent
// from the page, thanked in place), with the endpoint and JavaScript off (a plain form post to the
// service's page), and without an endpoint (the example shop: a mailto: link). The endpoint is
// answered by page.route, so nothing leaves the machine; no cookie or storage may appear, and no
// request to the service may go before a button is pressed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { buildShop, testOutput } from '../helpers/build.ts';
import { fixtureFile, shopWith } from '../helpers/content-tree.ts';
import { describeInChromium, launchBrowser, serveStatic, watchProblems } from '../helpers/browser.ts';

const ENDPOINT = 'https://forms.example.test/f/abc123';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let withForm: Awaited<ReturnType<typeof serveStatic>>;
let example: Awaited<ReturnType<typeof serveStatic>>;

/** A phone-sized page whose context answers the form service and records each request to it. */
async function open(server: { url: string }, path: string, options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark'; service?: 'ok' | 'error' | 'no-cors' } = {}) {
	const { service = 'ok', ...contextOptions } = options;
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...contextOptions });
	const sent: Request[] = [];
	await context.route(`${new URL(ENDPOINT).origin}/**`, async (route) => {
		sent.push(route.request());
		const wantsJson = (route.request().headers()['accept'] ?? '').includes('application/json');
		const cors: Record<string, string> = service === 'no-cors' ? {} : { 'access-control-allow-origin': '*' };
		await route.fulfill(
			wantsJson
				? { status: service === 'error' ? 500 : 200, contentType: 'application/json', headers: cors, body: '{"ok":true}' }
				: { status: 200, contentType: 'text/html', body: '<!doctype html><title>Thanks</title><h1>Thanks from the form service</h1>' },
		);
	});
	const page = await context.newPage();
	// Requests to the service are expected (and answered above); anything else off the site is a problem.
	const problems = watchProblems(page, server.url);
	const all: string[] = [];
	page.on('console', (message) => all.push(`${message.type()}: ${message.text()}`));
	await page.goto(server.url + path);
	return { context, page, sent, problems, console: all };
}

async function noTraces(context: BrowserContext, page: Page) {
	expect(await context.cookies()).toEqual([]);
	expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
}

const offSite = (problems: string[]) => problems.filter((p) => !p.includes(`requested ${new URL(ENDPOINT).origin}/`));

describeInChromium('"Was this helpful?" in Chromium', () => {
	beforeAll(async () => {
		const root = shopWith({
			'shop.yaml': `${fixtureFile('shop.yaml')}feedback:\n  endpoint: ${ENDPOINT}\n`,
			'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace(/^name: .*$/m, 'name: { en: Party Kit }'),
		});
		const build = buildShop(join(root, 'content'), testOutput('feedback-e2e'));
		if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
		withForm = await serveStatic(build.outDir);
		example = await serveStatic(inject('exampleSite'));
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await withForm?.close();
		await example?.close();
	});

	it('with JavaScript, pressing Yes sends one request to the endpoint and thanks in place', async () => {
		const { context, page, sent, problems, console } = await open(withForm, '/pt/guides/install-the-font/');
		const before = page.url();
		expect(sent).toHaveLength(0);
		await page.getByRole('button', { name: 'Sim' }).click();
		const status = page.getByRole('status').filter({ hasText: 'Obrigado' });
		await status.waitFor();
		expect(await status.textContent()).toBe('Obrigado. A sua resposta ajuda-nos a melhorar esta página.');
		await expect.poll(() => page.evaluate(() => document.activeElement?.matches('[data-feedback-status]'))).toBe(true);
		expect(await page.getByRole('button', { name: 'Sim' }).isVisible()).toBe(false);
		expect(page.url()).toBe(before);
		expect(sent).toHaveLength(1);
		const request = sent[0]!;
		expect(request.method()).toBe('POST');
		expect(request.url()).toBe(ENDPOINT);
		// The same fields, encoded the same way, as the form posts without JavaScript.
		expect(request.headers()['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
		expect(Object.fromEntries(new URLSearchParams(request.postData() ?? ''))).toEqual({ page: 'https://help.fixture.test/pt/guides/install-the-font/', title: expect.any(String), language: 'pt', helpful: 'yes' });
		expect(offSite(problems)).toEqual([]);
		expect(console.filter((line) => /Content.Security.Policy|violat/i.test(line))).toEqual([]);
		await noTraces(context, page);
		await context.close();
	});

	it('with JavaScript, a service that answers with an error gets the plain form, and one without CORS headers is not asked twice', async () => {
		const failing = await open(withForm, '/pt/guides/install-the-font/', { service: 'error' });
		await failing.page.getByRole('button', { name: 'Não' }).click();
		await failing.page.waitForURL(ENDPOINT);
		expect(await failing.page.getByRole('heading', { name: 'Thanks from the form service' }).isVisible()).toBe(true);
		expect(failing.sent.map((request) => request.headers()['accept']?.includes('application/json'))).toEqual([true, false]);
		await failing.context.close();
		const opaque = await open(withForm, '/pt/guides/install-the-font/', { service: 'no-cors' });
		await opaque.page.getByRole('button', { name: 'Sim' }).click();
		await opaque.page.getByRole('status').filter({ hasText: 'Obrigado' }).waitFor();
		expect(opaque.sent).toHaveLength(1);
		await opaque.context.close();
	});

	it('with JavaScript, the control is keyboard-operable and axe finds nothing, before and after', async () => {
		const { context, page, problems } = await open(withForm, '/guides/install-the-font/');
		const axe = async () => {
			await page.evaluate(axeSource);
			const result = (await page.evaluate(() => (window as unknown as { axe: { run(ctx: string, o: object): Promise<unknown> } }).axe.run('.feedback', { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } }))) as { violations: { id: string }[] };
			return result.violations.map((v) => v.id);
		};
		expect(await axe()).toEqual([]);
		const yes = page.getByRole('button', { name: 'Yes' });
		const box = (await yes.boundingBox())!;
		expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
		await yes.focus();
		expect(await yes.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLButtonElement | null)?.value)).toBe('no');
		await page.keyboard.press('Enter');
		await page.getByRole('status').filter({ hasText: 'Thank you' }).waitFor();
		expect(await axe()).toEqual([]);
		expect(offSite(problems)).toEqual([]);
		await noTraces(context, page);
		await context.close();
	});

	it('without JavaScript, pressing No posts the form to the service, which shows its page', async () => {
		const { context, page, sent, problems } = await open(withForm, '/help/font-missing/', { javaScriptEnabled: false });
		expect(sent).toHaveLength(0);
		await Promise.all([page.waitForURL(ENDPOINT), page.getByRole('button', { name: 'No' }).click()]);
		expect(await page.locator('h1').textContent()).toBe('Thanks from the form service');
		expect(sent).toHaveLength(1);
		expect(sent[0]!.method()).toBe('POST');
		const form = new URLSearchParams(sent[0]!.postData() ?? '');
		expect(Object.fromEntries(form)).toEqual({ page: 'https://help.fixture.test/help/font-missing/', title: expect.any(String), language: 'en', helpful: 'no' });
		expect(offSite(problems)).toEqual([]);
		expect(await context.cookies()).toEqual([]);
		await context.close();
	});

	for (const javaScriptEnabled of [true, false]) {
		it(`without an endpoint, the answers are mailto: links (JavaScript ${javaScriptEnabled ? 'on' : 'off'}) and nothing is sent`, async () => {
			const { context, page, sent, problems } = await open(example, '/guides/print-at-a-copy-shop/', { javaScriptEnabled });
			const no = page.locator('.feedback').getByRole('link', { name: 'No' });
			const href = (await no.getAttribute('href'))!;
			expect(href.startsWith('mailto:help@lindenandink.com?subject=Not%20helpful%3A%20')).toBe(true);
			expect(new URL(href).searchParams.get('body')).toContain('https://help.lindenandink.com/guides/print-at-a-copy-shop/');
			expect(await page.locator('.feedback form').count()).toBe(0);
			const box = (await no.boundingBox())!;
			expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
			expect(sent).toHaveLength(0);
			expect(problems).toEqual([]);
			await noTraces(context, page);
			await context.close();
		});
	}

	it('an untranslated product name on a Portuguese page is read as English, a translated one as Portuguese', async () => {
		const { context, page } = await open(withForm, '/pt/products/');
		const langOf = (name: string) => page.getByText(name, { exact: true }).evaluate((el) => el.closest('[lang]')!.getAttribute('lang'));
		expect(await langOf('Party Kit')).toBe('en');
		expect(await langOf('Fonte Pincel')).toBe('pt');
		await context.close();
	});
});
