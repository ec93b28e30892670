import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildShop, readPage, testOutput, type BuildResult } from '../helpers/build.ts';
import { fixture } from '../helpers/content-tree.ts';

// A type foundry that also teaches (test/fixtures/foundry): fonts sold as desktop seat tiers, a
// web licence counted in pageviews, an app licence, a course with a licence for its worksheets,
// and an e-book with no licence, in English and Polish. What a buyer reads on each page.

let build: BuildResult;
let dist: string;
let images: string;

beforeAll(() => {
	build = buildShop(join(fixture('foundry'), 'content'), testOutput('foundry'));
	if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
	dist = build.outDir;
	images = `${dist}-listing-images`;
});

/** Text as a buyer reads it: tags dropped, entities decoded, spaces collapsed (no-break spaces kept), none before a comma. */
const plain = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/[ \t\n]+/g, ' ')
		.replace(/ ([,.;])/g, '$1')
		.trim();

/** The question and answer pairs of a licence page's `<dl class="…">`, in order. */
function pairs(html: string, dlClass: string): [string, string][] {
	const start = html.indexOf(`<dl class="${dlClass}">`);
	if (start < 0) return [];
	const dl = html.slice(start, html.indexOf('</dl>', start));
	return [...dl.matchAll(/<dt>([\s\S]*?)<\/dt>\s*<dd>([\s\S]*?)<\/dd>/g)].map((m) => [plain(m[1]!), plain(m[2]!)]);
}
const answers = (path: string) => pairs(readPage(dist, path), 'answers answers--license');
const facts = (path: string) => Object.fromEntries(pairs(readPage(dist, path), 'facts'));
const answer = (path: string, question: string) => answers(path).find(([q]) => q === question)?.[1];

describe('building the foundry fixture shop', () => {
	it('builds it', () => {
		expect(build.stdout).toContain('3 products, 5 licences, 6 articles, locales en, pl');
	});

	it('counts the web licence in pageviews a month, with no seats row', () => {
		expect(answer('/licenses/web/', 'Use it on a website')).toBe('Limited Up to 10,000 pageviews a month. On one domain and its subdomains.');
		expect(answer('/pl/licenses/web/', 'Użyć na stronie internetowej')).toBe('Z ograniczeniami Najwyżej 10\u00a0000 odsłon miesięcznie. Na jednej domenie i jej subdomenach.');
		expect(Object.keys(facts('/licenses/web/'))).toEqual(['Credit required', 'How long', 'Offered with']);
		expect(Object.keys(facts('/licenses/app/'))).not.toContain('Users per purchase');
		expect(answer('/licenses/app/', 'Build it into an app or game')).toBe('Limited Up to 3 apps');
	});

	it('shows each desktop tier with its seat range and its computers', () => {
		expect(facts('/licenses/desktop-small/')['Users per purchase']).toBe('1–2');
		expect(facts('/licenses/desktop-team/')['Users per purchase']).toBe('3–5');
		expect(answer('/licenses/desktop-small/', 'Install it on computers')).toBe('Limited Up to 2 computers');
		expect(answer('/licenses/desktop-team/', 'Install it on computers')).toBe('Limited Up to 5 computers');
		// The comparison: the font's tiers in one table, a dash where a tier counts no seats; the
		// course's licence, never sold beside them, in a table of its own.
		const table = readPage(dist, '/licenses/');
		const seatsRows = [...table.matchAll(/<tr><th scope="row">Users per purchase<\/th>(.*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1]));
		expect(seatsRows).toEqual([['1–2', '3–5', '–', '–'], ['1']]);
	});

	it('says the Polish units in the plural the number needs', () => {
		expect(answer('/pl/licenses/desktop-small/', 'Zainstalować na komputerach')).toBe('Z ograniczeniami Najwyżej 2 komputery');
		expect(answer('/pl/licenses/desktop-team/', 'Zainstalować na komputerach')).toBe('Z ograniczeniami Najwyżej 5 komputerów');
		expect(answer('/pl/licenses/app/', 'Umieścić w aplikacji lub grze')).toBe('Z ograniczeniami Najwyżej 3 aplikacje');
		// The seller's own unit, in the Polish form for 25.
		expect(answer('/pl/licenses/course-materials/', 'Używać w działalności firmy')).toBe('Z ograniczeniami Najwyżej 25 wydrukowanych kart. Dla uczestników twoich własnych zajęć z letteringu.');
		expect(answer('/licenses/course-materials/', 'Use it in a business')).toBe('Limited Up to 25 printed worksheets. For the students of your own lettering classes.');
	});

	it('asks the course licence only what applies to a course', () => {
		expect(answers('/licenses/course-materials/').map(([q]) => q)).toEqual([
			'Use it for yourself', 'Use it in a business', 'Make things for clients',
			'Share or resell the original files', 'Train AI models with it', 'Pass the licence on to someone else',
		]);
		expect(plain(readPage(dist, '/licenses/course-materials/'))).not.toContain('Sell physical products');
		expect(plain(readPage(dist, '/pl/licenses/course-materials/'))).not.toContain('produkty fizyczne');
		expect(facts('/licenses/course-materials/')['Offered with']).toBe('Brush Lettering in 30 Days');
		// Its listing cards, in both languages the course is sold in.
		expect(readdirSync(join(images, 'lettering-course/gumroad-cover')).sort()).toEqual(['licence-course-materials-en.png', 'licence-course-materials-pl.png']);
	});

	it('lists the font tiers on the font hub, and says so when a product comes with no licence', () => {
		const font = plain(readPage(dist, '/products/kestrel-sans/'));
		expect(font).toContain('Licences offered Desktop (1–2 users), Desktop (3–5 users), Web, App');
		const guide = /<main[\s\S]*?<\/main>/.exec(readPage(dist, '/products/pairing-guide/'))![0];
		expect(plain(guide)).toContain("Licences offered This e-book is for your own reading; it comes with no licence to share or reuse its content.");
		expect(guide).not.toContain('href="/licenses/');
		expect(plain(readPage(dist, '/pl/products/pairing-guide/'))).toContain('Ten e-book jest do twojej własnej lektury; nie obejmuje licencji na udostępnianie ani ponowne wykorzystanie jego treści.');
		// No licence, no licence cards.
		expect(existsSync(join(images, 'pairing-guide'))).toBe(false);
		expect(readdirSync(join(images, 'kestrel-sans/gumroad-cover')).filter((f) => f.endsWith('-pl.png')).sort()).toEqual([
			'licence-app-pl.png', 'licence-desktop-small-pl.png', 'licence-desktop-team-pl.png', 'licence-web-pl.png',
		]);
	});
});
