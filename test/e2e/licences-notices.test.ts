// The licence pages and notices as a buyer sees them on a phone and in dark mode: nothing wider
// than the screen, every tier's answer in view, a notice's kind in words, a resolved notice
// quiet, the home page's short notice opening from the keyboard, and buttons that look enabled.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeInChromium, launchBrowser, serveStatic, watchProblems } from '../helpers/browser.ts';

const LOCALES = ['', '/pt', '/es', '/fr', '/pl'];
const LICENCES = ['personal', 'commercial', 'extended'];

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

async function open(width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page & { problems: string[] }> {
	const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
	return Object.assign(page, { problems: watchProblems(page, server.url) });
}

/** WCAG contrast of two CSS colours, in the page, whatever syntax the browser computes them in. */
function contrast(page: Page, a: string, b: string): Promise<number> {
	return page.evaluate(([x, y]) => {
		const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
		const luminance = (colour: string) => {
			context.clearRect(0, 0, 1, 1);
			context.fillStyle = colour;
			context.fillRect(0, 0, 1, 1);
			const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data].map((c) => c / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
			return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
		};
		const [high, low] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
		return (high + 0.05) / (low + 0.05);
	}, [a, b] as const);
}

describeInChromium('licences and notices in Chromium', () => {
	beforeAll(async () => {
		server = await serveStatic(inject('exampleSite'));
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it('lays out the comparison and every licence page within 360 px, in every language', async () => {
		const page = await open(360);
		for (const locale of LOCALES) {
			for (const path of ['/licenses/', ...LICENCES.map((id) => `/licenses/${id}/`)]) {
				await page.goto(`${server.url}${locale}${path}`);
				expect(await page.evaluate(() => document.documentElement.scrollWidth), locale + path).toBeLessThanOrEqual(360);
			}
		}
		expect(page.problems).toEqual([]);
		await page.close();
	});

	it('shows every tier’s answer to "sell physical products" at 360 px, each under its tier’s name', async () => {
		const page = await open(360);
		await page.goto(`${server.url}/licenses/`);
		// The template tiers' family: the font's tiers are compared apart, on a font's questions.
		const templates = page.locator('.license-family').first();
		expect(await templates.locator('h2').first().textContent()).toMatch(/^For Willow Wedding Stationery Suite for Canva, /);
		const question = templates.locator('.by-question__item', { has: page.getByRole('heading', { name: 'Sell physical products made with it' }) });
		const rows = await question.locator('dl > div').evaluateAll((divs) => divs.map((div) => {
			const [dt, dd] = [div.querySelector('dt')!, div.querySelector('dd')!];
			const inView = (el: Element) => {
				const box = el.getBoundingClientRect();
				return el.checkVisibility() && box.width > 0 && box.left >= 0 && box.right <= document.documentElement.clientWidth;
			};
			return `${dt.textContent} ${dd.textContent!.trim().split(/\s+/)[0]} ${inView(dt) && inView(dd)}`;
		}));
		expect(rows).toEqual(['Personal No true', 'Commercial Limited true', 'Extended commercial Limited true']);
		// One structure for screen readers at a time: the table is hidden on a phone.
		expect(await page.locator('table.permissions').first().isVisible()).toBe(false);
		await page.close();
	});

	it('shows the comparison as a table at 1280 px, the question column only as wide as it needs', async () => {
		const page = await open(1280);
		await page.goto(`${server.url}/licenses/`);
		expect(await page.getByRole('heading', { name: 'Sell physical products made with it' }).first().isVisible()).toBe(false);
		const share = await page.locator('table.permissions').first().evaluate((table) => table.querySelector('thead th')!.getBoundingClientRect().width / table.getBoundingClientRect().width);
		expect(share).toBeLessThan(0.3);
		expect(await page.getByRole('columnheader', { name: 'Extended commercial' }).isVisible()).toBe(true);
		await page.close();
	});

	it('names each notice’s kind in words, translated, and gives it an anchor', async () => {
		const page = await open(390);
		for (const [locale, words] of [['', ['Warning', 'Resolved']], ['/pt', ['Aviso', 'Resolvido']]] as const) {
			await page.goto(`${server.url}${locale}/notices/`);
			const labels = await page.locator('section.notice').evaluateAll((notices) => notices.map((notice) => {
				const label = notice.querySelector('.notice-label')!;
				return `${notice.id} ${label.textContent!.replace(':', '').trim()} ${label.checkVisibility()}`;
			}));
			expect(labels, locale).toEqual([`notice-course-videos-loading-slowly ${words[0]} true`, `notice-etsy-download-emails-delayed ${words[1]} true`]);
			// The icon beside the word is decoration: the word is what a screen reader says.
			expect(await page.locator('.notice-label svg[aria-hidden="true"]').count()).toBe(2);
		}
		await page.close();
	});

	it('draws a resolved outage without the outage colour, in light and dark mode', async () => {
		for (const scheme of ['light', 'dark'] as const) {
			const page = await open(390, scheme);
			await page.goto(`${server.url}/notices/`);
			const resolved = page.locator('#notice-etsy-download-emails-delayed');
			expect(await resolved.getAttribute('class')).toContain('notice--resolved');
			const used = await resolved.evaluate((notice) => {
				const paint = (colour: string) => {
					const probe = document.createElement('i');
					probe.style.color = colour;
					document.body.append(probe);
					const rgb = getComputedStyle(probe).color;
					probe.remove();
					return rgb;
				};
				const outage = paint(getComputedStyle(document.documentElement).getPropertyValue('--no').trim());
				const colours = [notice, ...notice.querySelectorAll('*')].flatMap((el) => {
					const style = getComputedStyle(el);
					return [style.color, style.backgroundColor, style.borderLeftColor, style.borderTopColor, style.fill, style.stroke];
				});
				return { outage, colours };
			});
			expect(used.outage, scheme).toMatch(/^rgb/);
			expect(used.colours, scheme).not.toContain(used.outage);
			await page.close();
		}
	});

	it('shows the home page’s active notice on one line at 390 px, opening with the keyboard to its text', async () => {
		const page = await open(390);
		await page.goto(`${server.url}/`);
		const details = page.locator('.notice-list--compact details').first();
		const summary = details.locator('summary');
		expect(await summary.textContent()).toMatch(/^\s*Warning:\s+Course videos are loading slowly\s*$/);
		const lineHeight = await summary.evaluate((el) => parseFloat(getComputedStyle(el.querySelector('.notice-title')!).lineHeight));
		expect((await summary.locator('.notice-title').boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
		expect(await details.evaluate((el: HTMLDetailsElement) => el.open)).toBe(false);
		// Reach it with Tab, as a keyboard user would, then open it with Enter.
		for (let i = 0; i < 40 && !(await summary.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.press('Enter');
		expect(await details.evaluate((el: HTMLDetailsElement) => el.open)).toBe(true);
		expect(await details.getByText('Since this morning').isVisible()).toBe(true);
		const link = details.getByRole('link', { name: /Read the full notice/ });
		expect(await link.getAttribute('href')).toBe('/notices/#notice-course-videos-loading-slowly');
		await link.click();
		await page.waitForURL(/\/notices\/#notice-course-videos-loading-slowly$/);
		expect(await page.locator('#notice-course-videos-loading-slowly h2, #notice-course-videos-loading-slowly h3').count()).toBe(1);
		expect(page.problems).toEqual([]);
		await page.close();
	});

	it('shows an active notice on the articles for the products it affects, after the quick fix, and on no other', async () => {
		const page = await open(390);
		await page.goto(`${server.url}/help/course-video-not-playing/`);
		const notice = page.locator('.article-notices .notice-title');
		expect(await notice.textContent()).toBe('Course videos are loading slowly');
		// The fix a buyer came for stays first.
		const [quickFix, known] = await Promise.all([page.locator('.quick-fix').boundingBox(), page.locator('.article-notices').boundingBox()]);
		expect(known!.y).toBeGreaterThan(quickFix!.y);
		await page.goto(`${server.url}/help/canva-template-will-not-open/`);
		expect(await page.locator('.article-notices').count()).toBe(0);
		expect(page.problems).toEqual([]);
		await page.close();
	});

	it('fills the dark search button so it reads as enabled: text 4.5:1 on it, the button 3:1 on the page', async () => {
		for (const width of [390, 1280]) {
			const page = await open(width, 'dark');
			await page.goto(`${server.url}/search/`);
			const form = page.locator('main .search-form').first();
			const colours = await form.evaluate((el) => {
				const button = getComputedStyle(el.querySelector('button')!);
				const input = getComputedStyle(el.querySelector('input')!);
				let behind: Element | null = el;
				while (behind && getComputedStyle(behind).backgroundColor === 'rgba(0, 0, 0, 0)') behind = behind.parentElement;
				return { background: button.backgroundColor, text: button.color, page: getComputedStyle(behind ?? document.body).backgroundColor, border: input.borderTopColor };
			});
			expect(await contrast(page, colours.background, colours.text), `${width} ${JSON.stringify(colours)}`).toBeGreaterThanOrEqual(4.5);
			expect(await contrast(page, colours.background, colours.page), `${width} ${JSON.stringify(colours)}`).toBeGreaterThanOrEqual(3);
			expect(await contrast(page, colours.border, colours.page), `${width} input border`).toBeGreaterThanOrEqual(3);
			// A washed-out fill reads as disabled even at a good contrast: the button keeps the accent's colour.
			const saturation = await page.evaluate((colour) => {
				const context = document.createElement('canvas').getContext('2d')!;
				context.fillStyle = colour;
				context.fillRect(0, 0, 1, 1);
				const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)].map((c) => c / 255) as [number, number, number];
				const [max, min] = [Math.max(r, g, b), Math.min(r, g, b)];
				const lightness = (max + min) / 2;
				return max === min ? 0 : (max - min) / (1 - Math.abs(2 * lightness - 1));
			}, colours.background);
			expect(saturation, `${width} ${colours.background}`).toBeGreaterThan(0.6);
			await page.close();
		}
	});
});
