import { describe, expect, it } from 'vitest';
import { relatedIndex, type ProductUse, type Relatable } from '../../src/lib/related.ts';

// A shop shaped like the example one: a Canva suite, a PDF planner, an SVG bundle, a font, a course.
const products: ProductUse[] = [
	{ id: 'wedding', software: ['canva'] },
	{ id: 'planner', software: ['acrobat'] },
	{ id: 'svg', software: ['cricut', 'silhouette'] },
	{ id: 'font', software: [] },
	{ id: 'course', software: ['hotmart'] },
];
const article = (slug: string, title: string, fields: Partial<Relatable>, folder: Relatable['folder'] = 'guides'): Relatable => ({
	folder,
	slug,
	title,
	products: [],
	software: [],
	category: 'downloads',
	...fields,
});
const articles: Relatable[] = [
	article('canva-will-not-open', 'My Canva template will not open', { products: ['wedding'], software: ['canva'], category: 'editing' }, 'troubleshooting'),
	article('open-canva', 'Open your Canva template', { software: ['canva'] }),
	article('edit-canva', 'Change the text in Canva', { software: ['canva'], category: 'editing' }),
	article('photos-canva', 'Replace the photos in Canva', { software: ['canva'], category: 'editing' }),
	article('licence', 'Choose the right licence', { products: 'all', category: 'orders' }),
	article('etsy', 'Find your download on Etsy', { products: ['wedding', 'planner', 'svg'] }),
	article('print-size', 'Print at the right size', { products: ['planner'], software: ['acrobat'], category: 'printing' }),
	article('planner-wrong-size', 'My planner printed at the wrong size', { products: ['planner'], software: ['acrobat'], category: 'printing' }, 'troubleshooting'),
	article('colours', 'The colours look different', { products: ['planner', 'wedding'], software: ['acrobat', 'canva'], category: 'printing' }, 'troubleshooting'),
	article('cricut', 'Import an SVG into Cricut', { software: ['cricut'], category: 'cutting' }),
	article('unzip', 'Unzip files on your phone', { products: ['planner', 'svg', 'font'] }),
	article('font-ipad', 'Install a font on iPad', { products: ['font'], category: 'fonts' }),
	article('course-video', 'The course videos will not play', { software: ['hotmart'], category: 'courses' }, 'troubleshooting'),
];
const byTitle = (a: string, b: string) => a.localeCompare(b, 'en');
const lookup = relatedIndex(articles, products, byTitle);
const related = (slug: string) => lookup(articles.find((a) => a.slug === slug)!).map((a) => a.slug);

describe('related articles', () => {
	it('ranks by shared products, then shared software, then category, then title, up to five', () => {
		// All share the one product; the Canva ones also the software, the editing ones also the category.
		expect(related('canva-will-not-open')).toEqual(['edit-canva', 'photos-canva', 'open-canva', 'colours', 'licence']);
	});

	it('suggests no one program\'s article to a page for every product, which any buyer may be reading', () => {
		expect(related('licence')).toEqual(['etsy', 'unzip', 'font-ipad']);
	});

	it('links a Canva template problem to "Open your Canva template"', () => {
		expect(related('canva-will-not-open')).toContain('open-canva');
	});

	it('never suggests a Canva or Cricut article to a PDF product’s page, nor one for other products', () => {
		const suggested = related('print-size');
		expect(suggested).toEqual(['planner-wrong-size', 'colours', 'licence', 'etsy', 'unzip']);
		for (const slug of ['open-canva', 'edit-canva', 'photos-canva', 'cricut', 'course-video', 'font-ipad']) expect(suggested).not.toContain(slug);
	});

	it('keeps software articles to pages whose products use that software', () => {
		expect(related('font-ipad')).toEqual(['licence', 'unzip']);
		expect(related('cricut')).toEqual(['licence', 'etsy', 'unzip']);
		expect(related('course-video')).toEqual(['licence']);
	});

	it('compares what an article applies to through its software, and `all` as every product', () => {
		// `licence` applies to all five products, so it shares the most with another all-products page.
		const page = article('charged-twice', 'I was charged twice', { products: 'all', category: 'orders' }, 'troubleshooting');
		expect(lookup(page)[0]!.slug).toBe('licence');
		// Then only articles for no one program: a buyer charged twice may own any of the products.
		expect(lookup(page).map((a) => a.slug)).toEqual(['licence', 'etsy', 'unzip', 'font-ipad']);
	});

	it('never suggests the page itself, and gives a page for no product only general notes of its category', () => {
		for (const a of articles) expect(lookup(a).map((r) => r.slug)).not.toContain(a.slug);
		const general = [article('pay', 'How to pay', { category: 'orders' }), article('vat', 'About VAT', { category: 'orders' }), article('other', 'Other', {})];
		const shop = relatedIndex([...articles, ...general], products, byTitle);
		expect(shop(general[0]!).map((a) => a.slug)).toEqual(['vat']);
	});

	it('is deterministic whatever order the articles come in', () => {
		const reversed = relatedIndex([...articles].reverse(), products, byTitle);
		for (const a of articles) expect(reversed(a)).toEqual(lookup(a));
	});

	it('ranks every page of a 10,000-article shop quickly', () => {
		const many: ProductUse[] = Array.from({ length: 200 }, (_, i) => ({ id: `p${i}`, software: [`s${i % 7}`] }));
		const big: Relatable[] = Array.from({ length: 10_000 }, (_, i) =>
			article(`a${i}`, `Article ${String(i).padStart(5, '0')}`, {
				products: i % 50 === 0 ? 'all' : [`p${i % 200}`, `p${(i * 7) % 200}`],
				software: i % 3 === 0 ? [`s${i % 7}`] : [],
				category: `c${i % 12}`,
			}),
		);
		const started = performance.now();
		const index = relatedIndex(big, many, byTitle);
		for (const a of big) expect(index(a).length).toBe(5);
		expect(performance.now() - started).toBeLessThan(3000);
	});
});
