// Notices at a fixed clock in a shop's time zone, and their feeds, read as a feed reader would:
// the notices-tz fixture is a Warsaw shop under /pomoc/, built at FIXED_EPOCH (2026-11-25 00:00
// UTC) with a notice active, one resolved, one not started yet, one on its last day, and updates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildShop, fileForPath, readPage, testOutput, type BuildResult } from '../helpers/build.ts';
import { fixture } from '../helpers/content-tree.ts';

const SITE = 'https://kasia.example.test/pomoc';
let dist: string;
let again: BuildResult;

/** The page's main text, one space between words, as a buyer reads it. */
function mainText(html: string): string {
	const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
	return main
		.replace(/<(style|svg)[\s\S]*?<\/\1>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');
}

/** The text of one notice on a page, by its anchor. */
function noticeText(html: string, slug: string): string {
	const start = html.indexOf(`id="notice-${slug}"`);
	if (start < 0) return '';
	const end = html.indexOf('</section>', start);
	return mainText(`<main>${html.slice(start, end)}</main>`);
}

const file = (path: string) => readFileSync(fileForPath(dist, path)!, 'utf8');

beforeAll(() => {
	const content = join(fixture('notices-tz'), 'content');
	const build = buildShop(content, testOutput('notices-tz'));
	if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
	dist = build.outDir;
	again = buildShop(content, testOutput('notices-tz-again'));
	if (again.status !== 0) throw new Error(`second build failed:\n${again.stdout}\n${again.stderr}`);
});

describe('notices in a Warsaw shop at a fixed clock', () => {
	it('show 22:00Z on 2 October as 3 October, with the time and the zone, in each language', () => {
		const en = noticeText(readPage(dist, '/notices/'), 'etsy-outage-october');
		expect(en).toContain('October 3, 2026 at 12:00 AM to October 3, 2026 at 11:30 AM (Central European Time)');
		expect(en).not.toContain('October 2');
		const pl = noticeText(readPage(dist, '/pl/notices/'), 'etsy-outage-october');
		expect(pl).toContain('Od 3 października 2026 00:00 do 3 października 2026 11:30 (czas środkowoeuropejski)');
	});

	it('keep a `starts` written as a day alone as that day, without a time', () => {
		expect(noticeText(readPage(dist, '/notices/'), 'download-links-slow')).toContain('Since November 20, 2026 · Affects: Wall art prints');
		expect(noticeText(readPage(dist, '/pl/notices/'), 'download-links-slow')).toContain('Od 20 listopada 2026 · Dotyczy: Plakaty do druku');
	});

	it('keep a notice whose `ends` is a day alone on through that day in Warsaw', () => {
		// The build runs at 01:00 on 25 November in Warsaw; `ends: 2026-11-25` ends at its midnight.
		const text = noticeText(readPage(dist, '/notices/'), 'gift-cards-paused');
		expect(text).toContain('Information : Gift cards cannot be redeemed');
		expect(text).toContain('September 28, 2026 to November 25, 2026 · Affects: all products');
		expect(readPage(dist, '/')).toContain('Gift cards cannot be redeemed');
	});

	it('list the active ones as happening, the ended one as resolved, and not the one yet to start', () => {
		const page = readPage(dist, '/notices/');
		const [happening, resolved] = mainText(page).split(' Resolved Resolved ');
		expect(happening).toContain('Warning : Download links open slowly');
		expect(happening).toContain('Information : New prices from 1 December');
		expect(resolved).toContain('Etsy downloads were down');
		expect(page).not.toContain('notice-planned-maintenance');
		expect(readPage(dist, '/')).toContain('Download links open slowly');
		expect(readPage(dist, '/')).not.toContain('Etsy downloads were down');
		for (const path of ['/', '/notices/', '/pl/notices/', '/notices/rss.xml', '/notices/feed.json', '/pl/notices/feed.json']) {
			expect(file(path), path).not.toContain('Planned maintenance');
		}
	});

	it('name each notice’s kind in words, not only by colour and shape', () => {
		const text = mainText(readPage(dist, '/pl/notices/'));
		expect(text).toContain('Ostrzeżenie : Linki do pobrania otwierają się powoli');
		expect(text).toContain('Rozwiązano : Pobieranie z Etsy nie działało');
	});

	it('show updates under the notice, newest first, each with its time; one dated after the build is not shown yet', () => {
		const en = noticeText(readPage(dist, '/notices/'), 'download-links-slow');
		expect(en).toContain('Updates (Central European Time) November 24, 2026 at 4:00 PM Etsy has found the cause & expects a fix this week. November 21, 2026 at 11:00 AM Etsy is looking into it.');
		expect(en).not.toContain('Written ahead');
		expect(readPage(dist, '/notices/')).toContain('<time datetime="2026-11-24T15:00:00.000Z">');
	});

	it('show in a translation the update it lacks, from the original and marked as English', () => {
		const page = readPage(dist, '/pl/notices/');
		expect(noticeText(page, 'download-links-slow')).toContain('Aktualizacje (czas środkowoeuropejski) 24 listopada 2026 16:00 Etsy has found the cause & expects a fix this week. 21 listopada 2026 11:00 Etsy sprawdza problem.');
		expect(page).toContain('<span lang="en">Etsy has found the cause &amp; expects a fix this week.</span>');
	});

	it('show the updates where the folded notice opens on the home page', () => {
		const home = readPage(dist, '/');
		const folded = home.slice(home.indexOf('<ul class="notice-list notice-list--compact'));
		expect(mainText(`<main>${folded}`)).toContain('Updates (Central European Time) November 24, 2026 at 4:00 PM Etsy has found the cause');
	});
});

describe('the notice feeds', () => {
	it('are files beside the notices page, linked from it in view and in its head', () => {
		for (const path of ['/notices/rss.xml', '/notices/feed.json', '/pl/notices/rss.xml', '/pl/notices/feed.json']) {
			expect(fileForPath(dist, path), path).toBe(join(dist, path));
		}
		const page = readPage(dist, '/pl/notices/');
		expect(page).toContain(`<link rel="alternate" type="application/rss+xml" title="Komunikaty: RSS" href="${SITE}/pl/notices/rss.xml">`);
		expect(page).toContain(`<link rel="alternate" type="application/feed+json" title="Komunikaty: JSON Feed" href="${SITE}/pl/notices/feed.json">`);
		expect(page).toMatch(/<a href="\/pomoc\/pl\/notices\/rss.xml" type="application\/rss\+xml">Kanał RSS<\/a>/);
		expect(page).toMatch(/<a href="\/pomoc\/pl\/notices\/feed.json" type="application\/feed\+json">JSON Feed<\/a>/);
		// Only the notices page names the feeds.
		expect(readPage(dist, '/')).not.toContain('application/rss+xml');
	});

	it('parse as RSS, one item per notice that has started, newest first, with a stable guid and the updates inside', () => {
		for (const [locale, prefix, title] of [['en', '', 'Kasia Prints: notices'], ['pl', '/pl', 'Kasia Prints: komunikaty']] as const) {
			const xml = file(`${prefix}/notices/rss.xml`);
			const feed = parseFeed(xml);
			expect(feed.meta.type).toBe('rss');
			expect(feed.title).toBe(title);
			expect(feed.language).toBe(locale);
			expect(feed.url).toBe(`${SITE}${prefix}/notices/`);
			expect(feed.self).toBe(`${SITE}${prefix}/notices/rss.xml`);
			expect(feed.items.map((item) => item.id)).toEqual(['price-change', 'download-links-slow', 'etsy-outage-october', 'gift-cards-paused'].map((slug) => `${SITE}${prefix}/notices/#notice-${slug}`));
			expect(feed.items.map((item) => item.url)).toEqual(feed.items.map((item) => item.id));
			// A day written alone is published at its midnight in Warsaw, as it starts showing.
			expect(feed.items.map((item) => item.published?.toISOString())).toEqual(['2026-11-24T12:00:00.000Z', '2026-11-19T23:00:00.000Z', '2026-10-02T22:00:00.000Z', '2026-09-27T22:00:00.000Z']);
			// RFC 822, as RSS wants it.
			expect(xml).toContain('<pubDate>Fri, 02 Oct 2026 22:00:00 GMT</pubDate>');
			const slow = feed.items[1]!;
			expect(slow.content).toMatch(/Etsy has found the cause (&|&amp;) expects a fix this week\./);
			expect(slow.content).toMatch(/<time datetime="2026-11-21T10:00:00.000Z">[^<]+<\/time>: <span>Etsy (is looking into it|sprawdza problem)\.<\/span>/);
			expect(slow.content).not.toContain('Written ahead');
			// Every address in an item works away from the site, under its base.
			// …in the feed's language: the Polish notice leads to the Polish guide.
			expect(feed.items[2]!.content).toContain(`href="${SITE}${prefix}/guides/download-your-files/"`);
			expect(feed.items[0]!.content).toContain(`href="${SITE}/products/wall-art/"`);
		}
		expect(parseFeed(file('/notices/rss.xml')).items[2]!.title).toBe('Resolved: Etsy downloads were down');
		expect(parseFeed(file('/pl/notices/rss.xml')).items[2]!.title).toBe('Rozwiązano: Pobieranie z Etsy nie działało');
	});

	it('is JSON Feed 1.1 with its required fields, RFC 3339 dates and the updates inside', () => {
		for (const prefix of ['', '/pl']) {
			const feed = JSON.parse(file(`${prefix}/notices/feed.json`));
			expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
			expect(typeof feed.title).toBe('string');
			expect(feed.feed_url).toBe(`${SITE}${prefix}/notices/feed.json`);
			expect(feed.home_page_url).toBe(`${SITE}${prefix}/notices/`);
			expect(feed.items).toHaveLength(4);
			for (const item of feed.items) {
				expect(typeof item.id).toBe('string');
				expect(typeof item.content_html === 'string' || typeof item.content_text === 'string').toBe(true);
				expect(item.date_published).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
				expect(new URL(item.url).hash).toMatch(/^#notice-/);
			}
			const [mdx, slow, october, gifts] = feed.items;
			expect(gifts.title).toBe(prefix ? 'Informacja: Gift cards cannot be redeemed' : 'Information: Gift cards cannot be redeemed');
			expect(gifts).not.toHaveProperty('date_modified');
			expect(mdx.content_html).toContain('Prices change on 1 December.');
			expect(slow.date_modified).toBe('2026-11-24T15:00:00.000Z');
			expect(slow.content_html).toContain('Etsy has found the cause &amp; expects a fix this week.');
			expect(october.date_modified).toBe('2026-10-03T09:30:00.000Z');
		}
		// The untranslated notice says which language its text is in.
		const pl = JSON.parse(file('/pl/notices/feed.json'));
		expect(pl.language).toBe('pl');
		expect(pl.items[0].language).toBe('en');
		expect(pl.items[1]).not.toHaveProperty('language');
	});

	it('are the same bytes from two builds of the same content', () => {
		for (const path of ['/notices/rss.xml', '/notices/feed.json', '/pl/notices/rss.xml', '/pl/notices/feed.json']) {
			expect(readFileSync(join(again.outDir, path), 'utf8'), path).toBe(file(path));
		}
	});
});

describe('the example shop’s notices', () => {
	const site = inject('exampleSite');
	it('are in Lisbon time, with the course notice’s updates, in its feeds too', () => {
		const page = readPage(site, '/pt/notices/');
		expect(noticeText(page, 'course-videos-loading-slowly')).toContain('Desde 24 de novembro de 2026 às 08:00 (Horário da Europa Ocidental)');
		expect(noticeText(page, 'course-videos-loading-slowly')).toContain('A maioria dos vídeos já arranca normalmente.');
		const feed = parseFeed(readFileSync(join(site, 'pt/notices/rss.xml'), 'utf8'));
		expect(feed.items.map((item) => item.id)).toEqual(['https://help.lindenandink.com/pt/notices/#notice-course-videos-loading-slowly', 'https://help.lindenandink.com/pt/notices/#notice-etsy-download-emails-delayed']);
		expect(feed.items[0]!.content).toContain('A Hotmart encontrou a causa');
	});
});
