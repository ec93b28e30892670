import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, kitCsv, kitLinks, qrFileName, shortLinks, toCsv, type KitLink } from '../../src/lib/link-kit.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { routeTable } from '../../src/lib/route-table.ts';
import { repliesCsv, repliesJson, replyText, savedReplies, zendeskMacros } from '../../src/lib/saved-replies.ts';
import { buildSite, type Site } from '../../src/lib/site.ts';
import { projectRoot } from '../helpers/build.ts';

// The example shop: a Canva suite (short code wedding-suite, formerly willow), a planner, a bundle
// of both, a font, an SVG bundle and a course with no licence, in five languages.
const content = readContent(projectRoot);
const now = new Date('2026-11-25T00:00:00Z');
const site = buildSite(content, now);
const routes = routeTable(site);
const HOST = 'https://help.lindenandink.com';

const linksOf = (s: Site, id: string, locale?: string) => kitLinks(s, shortLinks(routeTable(s), s.defaultLocale), s.content.products.get(id)!).filter((link) => !locale || link.locale === locale);
const paths = (links: KitLink[]) => links.map((link) => new URL(link.url).pathname + new URL(link.url).hash);

describe('the links a product gets', () => {
	const suite = site.content.products.get('canva-wedding-suite')!;
	const en = linksOf(site, 'canva-wedding-suite', 'en');

	it('start with its page, behind its short link', () => {
		expect(en[0]).toMatchObject({ kind: 'product', title: 'Willow Wedding Stationery Suite for Canva', url: `${HOST}/products/canva-wedding-suite/`, shortUrl: `${HOST}/go/wedding-suite/`, qrUrl: `${HOST}/go/wedding-suite/`, qrName: 'en-go-wedding-suite' });
	});

	it('hold every guide and troubleshooting entry that applies to it, each with its deep short link, in the hub order', () => {
		const expected = (['guides', 'troubleshooting'] as const).flatMap((folder) => site.forProduct(folder, suite, 'en').map(({ article }) => article.slug));
		const articles = en.filter((link) => link.kind === 'guide' || link.kind === 'troubleshooting');
		expect(articles.map((link) => link.shortUrl)).toEqual(expected.map((slug) => `${HOST}/go/wedding-suite/${slug}/`));
		expect(articles.length).toBeGreaterThan(5);
		// Featured guides first, as on the hub.
		expect(articles[0]!.url).toBe(`${HOST}/guides/open-a-canva-template/`);
	});

	it('print no former code: /go/willow/ works, but is not the address to print', () => {
		expect(en.some((link) => link.shortUrl?.includes('/go/willow/'))).toBe(false);
		expect(routes.some((route) => route.path === '/go/willow/')).toBe(true);
	});

	it('take their short links from the map it is given, made once for every product, not from walking the routes again', () => {
		const short = shortLinks(routes, site.defaultLocale);
		short.delete('/go/wedding-suite/');
		const links = kitLinks(site, short, suite).filter((link) => link.locale === 'en');
		expect(links[0]).toMatchObject({ kind: 'product', qrUrl: `${HOST}/products/canva-wedding-suite/` });
		expect(links[0]).not.toHaveProperty('shortUrl');
		expect(links.find((link) => link.kind === 'guide')?.shortUrl).toMatch(/\/go\/wedding-suite\/.+\/$/);
	});

	it('then its licences, the licence chooser at its group, the refund and support policies, each by its full address', () => {
		const rest = en.filter((link) => link.kind !== 'guide' && link.kind !== 'troubleshooting' && link.kind !== 'product');
		expect(rest.map((link) => [link.kind, new URL(link.url).pathname + new URL(link.url).hash])).toEqual([
			['license', '/licenses/personal/'],
			['license', '/licenses/commercial/'],
			['licenseChooser', '/licenses/choose/#canva-wedding-suite'],
			['refunds', '/policies/refunds/'],
			['support', '/policies/support/'],
		]);
		expect(rest.every((link) => link.shortUrl === undefined && link.qrUrl === link.url)).toBe(true);
		expect(rest.find((link) => link.kind === 'licenseChooser')?.title).toBe('Which licence do I need?');
	});

	it('leave out the other policies (privacy, terms, about)', () => {
		expect(paths(en).some((path) => /\/policies\/(privacy|terms|about|faq)\//.test(path))).toBe(false);
	});

	it('come in every language, each QR file named once', () => {
		const all = linksOf(site, 'canva-wedding-suite');
		expect([...new Set(all.map((link) => link.locale))]).toEqual(['en', 'pt', 'es', 'fr', 'pl']);
		expect(new Set(all.map((link) => link.qrName)).size).toBe(all.length);
		expect(all.length).toBe(en.length * 5);
	});

	it('of a course with no licence have no licence pages and no chooser', () => {
		const kinds = new Set(linksOf(site, 'sell-your-first-printable', 'en').map((link) => link.kind));
		expect(kinds.has('license')).toBe(false);
		expect(kinds.has('licenseChooser')).toBe(false);
		expect(kinds.has('product') && kinds.has('refunds')).toBe(true);
	});
});

describe("a bundle's links", () => {
	const bundle = linksOf(site, 'wedding-and-planner-bundle', 'en');
	const code = site.content.products.get('wedding-and-planner-bundle')!.shortCode;

	it("include its parts' guides, behind the bundle's own short code", () => {
		const planner = linksOf(site, 'undated-planner', 'en').filter((link) => link.kind === 'guide').map((link) => link.url);
		const suite = linksOf(site, 'canva-wedding-suite', 'en').filter((link) => link.kind === 'guide').map((link) => link.url);
		const urls = bundle.map((link) => link.url);
		for (const url of [...planner, ...suite]) expect(urls).toContain(url);
		const guides = bundle.filter((link) => link.kind === 'guide');
		expect(guides.every((link) => link.shortUrl?.startsWith(`${HOST}/go/${code}/`))).toBe(true);
	});

	it("offer its parts' licences once each", () => {
		expect(bundle.filter((link) => link.kind === 'license').map((link) => link.url)).toEqual([`${HOST}/licenses/personal/`, `${HOST}/licenses/commercial/`]);
	});
});

describe('localized short links', () => {
	const pt = linksOf(site, 'canva-wedding-suite', 'pt');

	it('lead to the Portuguese pages from /pt/go/', () => {
		expect(pt[0]).toMatchObject({ shortUrl: `${HOST}/pt/go/wedding-suite/`, url: `${HOST}/pt/products/canva-wedding-suite/`, qrName: 'pt-go-wedding-suite' });
		const guide = pt.find((link) => link.kind === 'guide')!;
		expect(guide.shortUrl).toMatch(new RegExp(`^${HOST}/pt/go/wedding-suite/[^/]+/$`));
		expect(guide.url).toMatch(new RegExp(`^${HOST}/pt/guides/`));
		expect(pt.every((link) => new URL(link.url).pathname.startsWith('/pt/'))).toBe(true);
	});

	it('carry the titles in that language', () => {
		expect(pt.find((link) => link.kind === 'refunds')?.title).toBe(site.get('pages', 'refunds', 'pt').article.data.title);
		expect(pt.find((link) => link.kind === 'licenseChooser')?.title).not.toBe('Which licence do I need?');
		expect(pt.every((link) => link.titleLanguage === 'pt' || link.titleLanguage === 'en')).toBe(true);
	});

	it("name the original's language for a page not translated yet", () => {
		const untranslated = pt.filter((link) => link.kind === 'troubleshooting' && !site.translations('troubleshooting', new URL(link.url).pathname.split('/')[3]!).includes('pt'));
		expect(untranslated.length).toBeGreaterThan(0);
		expect(untranslated.every((link) => link.titleLanguage === 'en')).toBe(true);
		expect(pt[0]!.titleLanguage).toBe('pt');
	});

	it('are each one the route table publishes as a short link, to the same page', () => {
		const published = new Map(routes.filter((r) => r.kind === 'redirect' && r.via === 'short-link').map((r) => [`${r.locale === 'en' ? '' : `/${r.locale}`}${r.path}`, r.kind === 'redirect' ? r.to : '']));
		for (const link of linksOf(site, 'wedding-and-planner-bundle')) {
			if (!link.shortUrl) continue;
			expect(published.get(new URL(link.shortUrl).pathname)).toBe(new URL(link.url).pathname);
		}
	});
});

describe('under a sub-path', () => {
	const hosted = buildSite({ ...content, shop: { ...content.shop, url: 'https://user.github.io/shop-help/' } }, now);
	const links = linksOf(hosted, 'canva-wedding-suite');

	it('every address carries the base, the QR file names do not', () => {
		expect(links.every((link) => link.url.startsWith('https://user.github.io/shop-help/') && (link.shortUrl ?? link.url).startsWith('https://user.github.io/shop-help/'))).toBe(true);
		expect(links.find((link) => link.locale === 'pt')?.shortUrl).toBe('https://user.github.io/shop-help/pt/go/wedding-suite/');
		expect(links.map((link) => link.qrName)).toEqual(linksOf(site, 'canva-wedding-suite').map((link) => link.qrName));
	});

	it('saved replies end with the address under the base', () => {
		const [first] = savedReplies(hosted, 'pt');
		expect(first!.text.endsWith(`\nhttps://user.github.io/shop-help/pt/help/${first!.slug}/`)).toBe(true);
	});
});

describe('QR file names', () => {
	it('name the language, the section and the slug', () => {
		expect(qrFileName('en', '/go/wedding-suite/')).toBe('en-go-wedding-suite');
		expect(qrFileName('pt', '/pt/go/wedding-suite/print-at-a-copy-shop/')).toBe('pt-go-wedding-suite-print-at-a-copy-shop');
		expect(qrFileName('pl', '/pl/licenses/choose/#marginalia-script')).toBe('pl-licenses-choose-marginalia-script');
	});
});

describe('CSV quoting (RFC 4180)', () => {
	it('leaves plain fields bare and quotes commas, quotes, line breaks and edge spaces', () => {
		expect(csvField('Guide')).toBe('Guide');
		expect(csvField('https://x.com/go/a/')).toBe('https://x.com/go/a/');
		expect(csvField('Fonts, installed')).toBe('"Fonts, installed"');
		expect(csvField('The "Willow" suite')).toBe('"The ""Willow"" suite"');
		expect(csvField('line one\nline two')).toBe('"line one\nline two"');
		expect(csvField('a\r\nb')).toBe('"a\r\nb"');
		expect(csvField(' padded')).toBe('" padded"');
		expect(csvField('')).toBe('');
	});

	it('keeps a field that would run as a formula in Excel or Sheets as text, with a leading quote', () => {
		expect(csvField('=HYPERLINK("https://evil.example","Refund")')).toBe(`"'=HYPERLINK(""https://evil.example"",""Refund"")"`);
		expect(csvField('+1 for this')).toBe("'+1 for this");
		expect(csvField('-2 days')).toBe("'-2 days");
		expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvField('\tcmd')).toBe("'\tcmd");
		expect(csvField('\rcmd')).toBe(`"'\rcmd"`);
		expect(csvField('a = b')).toBe('a = b');
		expect(csvField('e-mail')).toBe('e-mail');
	});

	it('ends every row with CRLF and starts with a byte order mark for Excel', () => {
		expect(toCsv([['a', 'b'], ['c, d', 'e']])).toBe('\uFEFFa,b\r\n"c, d",e\r\n');
	});

	it('reads back as written with a CSV parser', () => {
		const rows = [['Title', 'Reply'], ['Não abre', 'Olá, "tente" isto:\nabra o link, depois\r\nhttps://x.com/pt/help/a/'], ['', ' x ']];
		expect(parse(toCsv(rows), { bom: true, relax_column_count: false })).toEqual(rows);
	});

	it('are safe from a title written as a formula, in the kit and in the saved replies', () => {
		const [link] = linksOf(site, 'marginalia-script');
		const kit = parse(kitCsv([{ ...link!, title: '=1+2' }]), { bom: true, columns: true }) as Record<string, string>[];
		expect(kit[0]!.Title).toBe("'=1+2");
		const [reply] = savedReplies(site, 'pt');
		const replies = parse(repliesCsv([{ ...reply!, title: '@SUM(1)', text: '-1 refund' }]), { bom: true, columns: true }) as Record<string, string>[];
		expect(Object.values(replies[0]!).slice(0, 2)).toEqual(["'@SUM(1)", "'-1 refund"]);
	});

	it("give a product's kit one row per link, with its QR files", () => {
		const links = linksOf(site, 'marginalia-script');
		const rows = parse(kitCsv(links), { bom: true, columns: true }) as Record<string, string>[];
		expect(rows.length).toBe(links.length);
		expect(rows[0]).toEqual({
			Language: 'English (en)',
			Page: 'Product page',
			Title: links[0]!.title,
			'Short link': `${HOST}/go/marginalia/`,
			'Full URL': `${HOST}/products/marginalia-script/`,
			'QR code (SVG)': 'qr/en-go-marginalia.svg',
			'QR code (PNG)': 'qr/en-go-marginalia.png',
		});
		expect(rows.find((row) => row.Language === 'Polish (pl)' && row.Page === 'Licence chooser')?.['Short link']).toBe('');
	});
});

describe('saved replies', () => {
	const replies = savedReplies(site, 'pt');

	it('are every troubleshooting entry, each ending with its link in that language', () => {
		expect(replies.map((r) => r.slug)).toEqual(site.slugs('troubleshooting'));
		for (const reply of replies) {
			expect(reply.url).toBe(`${HOST}/pt/help/${reply.slug}/`);
			expect(reply.text).toBe(replyText(reply.reply, reply.url));
			expect(reply.text.endsWith(`\n${reply.url}`)).toBe(true);
		}
	});

	it('export as CSV and JSON that read back to the same replies', () => {
		const rows = parse(repliesCsv(replies), { bom: true, columns: true }) as Record<string, string>[];
		expect(rows.map((row) => [row.Title, row.Reply, row.Link])).toEqual(replies.map((r) => [r.title, r.text, r.url]));
		expect((JSON.parse(repliesJson(replies, 'pt')) as { replies: unknown[] }).replies).toEqual(replies);
	});

	it('export as Zendesk macros whose comment is the whole reply', () => {
		const { macros } = JSON.parse(zendeskMacros(replies, 'pt')) as { macros: { title: string; actions: { field: string; value: string }[] }[] };
		expect(macros).toHaveLength(replies.length);
		expect(macros[0]!.title).toBe(`Portuguese (pt)::${replies[0]!.title}`);
		expect(macros[0]!.actions).toEqual([{ field: 'comment_value', value: replies[0]!.text }]);
	});
});
