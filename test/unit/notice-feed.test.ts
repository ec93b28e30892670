import { describe, expect, it } from 'vitest';
import { absoluteLinks, itemHtml, jsonFeed, noticeFeedPaths, rssItems, type Feed } from '../../src/lib/notice-feed.ts';

const page = 'https://user.github.io/shop-help/pt/notices/';
const feed: Feed = {
	title: 'Loja: avisos',
	description: 'Problemas conhecidos',
	language: 'pt',
	homePageUrl: page,
	feedUrl: `${page}feed.json`,
	items: [
		{ url: `${page}#notice-b`, title: 'Aviso: B', summary: 'Desde 3 de outubro', html: '<p>B</p>', published: new Date('2026-11-20T00:00:00Z'), modified: new Date('2026-11-24T15:00:00Z') },
		{ url: `${page}#notice-a`, title: 'Resolvido: A', summary: 'De … a …', html: '<p>A</p>', lang: 'en', published: new Date('2026-10-02T22:00:00Z') },
	],
};

describe('the notice feeds', () => {
	it('live beside the notices page of each locale', () => {
		expect(noticeFeedPaths('en', 'en')).toEqual({ rss: '/notices/rss.xml', json: '/notices/feed.json' });
		expect(noticeFeedPaths('pt', 'en')).toEqual({ rss: '/pt/notices/rss.xml', json: '/pt/notices/feed.json' });
	});

	it('write JSON Feed 1.1 with its required fields, an id per notice and RFC 3339 dates', () => {
		const parsed = JSON.parse(jsonFeed(feed));
		expect(parsed.version).toBe('https://jsonfeed.org/version/1.1');
		expect(parsed.title).toBe('Loja: avisos');
		expect(parsed.language).toBe('pt');
		expect(parsed.items.map((item: { id: string }) => item.id)).toEqual([`${page}#notice-b`, `${page}#notice-a`]);
		expect(parsed.items[0]).toMatchObject({ content_html: '<p>B</p>', date_published: '2026-11-20T00:00:00.000Z', date_modified: '2026-11-24T15:00:00.000Z' });
		expect(parsed.items[1].language).toBe('en');
		expect(parsed.items[1]).not.toHaveProperty('date_modified');
		expect(jsonFeed(feed)).toBe(jsonFeed(structuredClone(feed)));
	});

	it('give @astrojs/rss the anchor as the link (its guid) and the start as the date', () => {
		expect(rssItems(feed)[0]).toEqual({ title: 'Aviso: B', link: `${page}#notice-b`, pubDate: new Date('2026-11-20T00:00:00Z'), description: 'Desde 3 de outubro', content: '<p>B</p>' });
	});

	it('make every address in an item absolute, leaving fragments and other sites alone', () => {
		expect(absoluteLinks('<a href="/shop-help/guides/x/">x</a> <a href="#top">t</a> <a href="https://etsy.com/a?b=1&amp;c=2">e</a> <img src="../img.png" srcset="/a.png 1x, /b.png 2x">', page)).toBe(
			'<a href="https://user.github.io/shop-help/guides/x/">x</a> <a href="#top">t</a> <a href="https://etsy.com/a?b=1&amp;c=2">e</a> <img src="https://user.github.io/shop-help/pt/img.png" srcset="https://user.github.io/a.png 1x, https://user.github.io/b.png 2x">',
		);
	});

	it('read the HTML as a browser does: any quoting, character references, and no attribute inside another', () => {
		expect(absoluteLinks(`<p>Tom &amp; Jerry <a href='/shop-help/guides/y/?a=1&#38;b=2' title="see href=&quot;/x/&quot;">y</a> <a href=/shop-help/z/>z</a><img src=" /p.png "></p>`, page)).toBe(
			'<p>Tom &amp; Jerry <a href="https://user.github.io/shop-help/guides/y/?a=1&amp;b=2" title="see href=&quot;/x/&quot;">y</a> <a href="https://user.github.io/shop-help/z/">z</a><img src="https://user.github.io/p.png"></p>',
		);
		// Text that only looks like an attribute is left as it is.
		expect(absoluteLinks('<code> href="/a/"</code>', page)).toBe('<code> href="/a/"</code>');
	});

	it('put the summary, the text and each update with its time into the item, escaped', () => {
		const html = itemHtml(
			{
				summary: 'Aviso · Desde 20 de novembro de 2026',
				bodyHtml: '<p>Texto com <a href="/shop-help/guides/x/">link</a>.</p>\n',
				lang: 'en',
				updatesTitle: 'Atualizações (Horário da Europa Ocidental)',
				updates: [{ at: new Date('2026-11-24T15:00:00Z'), when: '24 de novembro de 2026 às 15:00', text: 'A & B <fixed>', lang: 'en' }],
			},
			page,
		);
		expect(html).toBe(
			'<p>Aviso · Desde 20 de novembro de 2026</p><div lang="en"><p>Texto com <a href="https://user.github.io/shop-help/guides/x/">link</a>.</p></div>' +
				'<p><strong>Atualizações (Horário da Europa Ocidental)</strong></p><ul><li><time datetime="2026-11-24T15:00:00.000Z">24 de novembro de 2026 às 15:00</time>: <span lang="en">A &amp; B &lt;fixed&gt;</span></li></ul>',
		);
		expect(itemHtml({ summary: 's', bodyHtml: '<p>t</p>', updates: [] }, page)).toBe('<p>s</p><div><p>t</p></div>');
	});
});
