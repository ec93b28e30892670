import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/lib/article-body/parse.ts';
import { buildTime } from '../../src/lib/notices.ts';
import { pageContext } from '../../src/lib/page-context.ts';
import { isFallbackCopy } from '../../src/lib/page-meta.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { routeTable } from '../../src/lib/route-table.ts';
import { buildSite } from '../../src/lib/site.ts';
import { breadcrumbList, faqPage, howTo, jsonLdDocument, pageStructuredData, PICTURE, plainText, product, serializeJsonLd, withPictures, type JsonLd } from '../../src/lib/structured-data.ts';
import { fixture } from '../helpers/content-tree.ts';

const tree = (mdx: string) => parseBody(mdx, 1, 'mdx').tree!;
const guide = { name: 'Print it', description: 'At the right size.', url: 'https://help.example.com/guides/print/' };

describe('serializeJsonLd', () => {
	it('writes no `<` at all, so `</script>` and `<!--` in a title cannot end or bend the element, and it parses back the same', () => {
		const data = { name: 'Fix </script><script>alert(1)</script> and <!-- this -->', line: 'a\u2028b' };
		const text = serializeJsonLd(data);
		expect(text).not.toContain('<');
		expect(text).not.toContain('\u2028');
		expect(JSON.parse(text)).toEqual(data);
	});
});

describe('plainText', () => {
	it('keeps the words of text, emphasis, links and code; drops MDX expressions and HTML', () => {
		const root = tree('Press **Ctrl** and [open `File`](/x/) {1 + 1} <span>held</span>\n\n<br />\n\nNext.');
		expect(plainText(root)).toBe('Press Ctrl and open File  held\nNext.');
	});
});

describe('faqPage', () => {
	it('each ## or ### heading with text under it is a question; a heading over other headings only groups them', () => {
		const data = faqPage(tree('Intro that is no answer.\n\n## Orders\n\n### Will anything be posted?\n\nNo. Everything is **digital**.\n\nReally.\n\n## Can I get a refund?\n\nSee [the policy](/policies/refunds/).\n\n#### Fine print\n\nNot a question.\n'))!;
		expect(data).toEqual({
			'@type': 'FAQPage',
			mainEntity: [
				{ '@type': 'Question', name: 'Will anything be posted?', acceptedAnswer: { '@type': 'Answer', text: 'No. Everything is digital.\nReally.' } },
				{ '@type': 'Question', name: 'Can I get a refund?', acceptedAnswer: { '@type': 'Answer', text: 'See the policy.' } },
			],
		});
	});

	it('a page without questions has none', () => {
		expect(faqPage(tree('Just text.\n'))).toBeUndefined();
	});
});

describe('howTo', () => {
	it('one numbered list: its items are the steps', () => {
		const data = howTo(tree('Intro.\n\n## Steps\n\n1. Open the **PDF**.\n2. Click the link.\n   - a note inside a step\n\n- a bullet, not a step\n'), guide)!;
		expect(data).toMatchObject({ '@type': 'HowTo', name: 'Print it', description: 'At the right size.', url: guide.url });
		expect(data.step).toEqual([
			{ '@type': 'HowToStep', position: 1, text: 'Open the PDF.' },
			{ '@type': 'HowToStep', position: 2, text: 'Click the link.\na note inside a step' },
		]);
	});

	it('several numbered lists: a section each, named by its heading', () => {
		const data = howTo(tree('1. Before any heading.\n\n## On a computer\n\n1. Open it.\n2. Print it.\n\n## On a phone\n\nFirst:\n\n1. Tap it.\n'), guide)!;
		expect(data.step).toEqual([
			{ '@type': 'HowToSection', position: 1, name: 'Print it', itemListElement: [{ '@type': 'HowToStep', position: 1, text: 'Before any heading.' }] },
			{ '@type': 'HowToSection', position: 2, name: 'On a computer', itemListElement: [{ '@type': 'HowToStep', position: 1, text: 'Open it.' }, { '@type': 'HowToStep', position: 2, text: 'Print it.' }] },
			{ '@type': 'HowToSection', position: 3, name: 'On a phone', itemListElement: [{ '@type': 'HowToStep', position: 1, text: 'Tap it.' }] },
		]);
	});

	it('a guide without a numbered list has no HowTo', () => {
		expect(howTo(tree('## Which file\n\n- OTF for most programs\n- TTF for old ones\n'), guide)).toBeUndefined();
	});
});

describe('breadcrumbList and product', () => {
	it('numbers the trail from 1 and ends at the page, every step a full URL', () => {
		const url = (path: string) => `https://help.example.com/pt${path}`;
		expect(breadcrumbList([{ label: 'Início', path: '/' }, { label: 'Temas', path: '/topics/' }], { name: 'Guia', url: url('/guides/x/') }, url)).toEqual({
			'@type': 'BreadcrumbList',
			itemListElement: [
				{ '@type': 'ListItem', position: 1, name: 'Início', item: 'https://help.example.com/pt/' },
				{ '@type': 'ListItem', position: 2, name: 'Temas', item: 'https://help.example.com/pt/topics/' },
				{ '@type': 'ListItem', position: 3, name: 'Guia', item: 'https://help.example.com/pt/guides/x/' },
			],
		});
	});

	it('a product is a CreativeWork, never a Product (Google refuses one without offers or reviews): licences, publisher, language; no image of its own', () => {
		const data = product({ name: 'Font', description: 'A font.', url: 'https://h.example/products/font/', inLanguage: 'pt', publisher: 'Shop', licenses: [{ name: 'Personal', url: 'https://h.example/licenses/personal/' }] });
		expect(data).toEqual({
			'@type': 'CreativeWork',
			name: 'Font',
			description: 'A font.',
			url: 'https://h.example/products/font/',
			inLanguage: 'pt',
			publisher: { '@type': 'Organization', name: 'Shop' },
			license: [{ '@type': 'CreativeWork', name: 'Personal', url: 'https://h.example/licenses/personal/' }],
		});
		expect(product({ name: 'Course', description: 'A course.', url: 'https://h.example/products/c/', inLanguage: 'en', publisher: 'Shop', licenses: [] })).not.toHaveProperty('license');
	});

	it('withPictures sets `image` from a picture id, drops the id either way, and an unresolved id is never written', async () => {
		const data = { '@context': 'https://schema.org', '@graph': [{ '@type': 'BreadcrumbList' }, { '@type': 'CreativeWork', [PICTURE]: 'product/font' }, { '@type': 'CreativeWork', [PICTURE]: 'product/none' }] };
		expect(JSON.parse(serializeJsonLd(data))['@graph'][1]).toEqual({ '@type': 'CreativeWork' });
		const resolved = await withPictures(data, async (id) => (id === 'product/font' ? 'https://h.example/_astro/desk.jpg' : undefined));
		expect(JSON.parse(serializeJsonLd(resolved))['@graph']).toEqual([{ '@type': 'BreadcrumbList' }, { '@type': 'CreativeWork', image: 'https://h.example/_astro/desk.jpg' }, { '@type': 'CreativeWork' }]);
	});

	it("jsonLdDocument puts a page's items in one @graph, or gives nothing for none", () => {
		expect(jsonLdDocument([undefined])).toBeUndefined();
		expect(jsonLdDocument([{ '@type': 'Thing' }, undefined])).toEqual({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Thing' }] });
	});
});

describe('pageStructuredData', () => {
	const site = buildSite(readContent(fixture('basic')), buildTime());
	const routes = routeTable(site);
	const graph = (locale: string, kind: string, key: string): JsonLd[] => {
		const route = routes.find((r) => r.locale === locale && r.kind === kind && ('slug' in r ? r.slug : 'id' in r ? r.id : '') === key)!;
		const data = pageStructuredData(pageContext(site, locale, route.path), route);
		return (data?.['@graph'] as JsonLd[] | undefined) ?? [];
	};

	it('an article: the breadcrumbs of the page, in its language, with full addresses', () => {
		const [crumbs] = graph('pt', 'article', 'install-the-font');
		const items = (crumbs!.itemListElement as JsonLd[]).map((item) => [item.name, item.item]);
		expect(items[0]).toEqual(['Início', 'https://help.fixture.test/pt/']);
		expect(items.at(-1)![1]).toBe('https://help.fixture.test/pt/guides/install-the-font/');
	});

	it('a troubleshooting entry gets breadcrumbs only; a product hub a CreativeWork with its licences, and not the preview card as its picture', () => {
		expect(graph('en', 'article', 'font-missing').map((item) => item['@type'])).toEqual(['BreadcrumbList']);
		const [, hub] = graph('en', 'product', 'brush-font');
		expect(hub).toMatchObject({ '@type': 'CreativeWork', name: 'Brush Font', inLanguage: 'en', publisher: { '@type': 'Organization', name: expect.any(String) } });
		expect(hub).not.toHaveProperty('image');
		expect(JSON.stringify(hub)).not.toContain('/og/');
		expect((hub!.license as JsonLd[]).map((l) => l.url)).toEqual(['https://help.fixture.test/licenses/personal/', 'https://help.fixture.test/licenses/commercial/']);
		expect(graph('en', 'topic', 'downloads')).toEqual([]);
	});

	it('a fallback copy (an article not translated, at another language\'s address) has no structured data; its original has', () => {
		const copy = routes.find((r) => r.kind === 'article' && r.locale !== site.defaultLocale && isFallbackCopy(site, r))!;
		expect(copy).toBeDefined();
		expect(graph(copy.locale, 'article', (copy as { slug: string }).slug)).toEqual([]);
		expect(graph(site.defaultLocale, 'article', (copy as { slug: string }).slug).length).toBeGreaterThan(0);
	});
});
