import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/read-content.ts';
import { bundleProblems, licenceCoverage, needsWording, noLicenceKey, productReach, type ProductParts } from '../../src/lib/products.ts';
import { relatedIndex, type Relatable } from '../../src/lib/related.ts';
import { appliesTo, buildSite } from '../../src/lib/site.ts';
import { en } from '../../src/i18n/en.ts';
import { fixtureFile, problemsOf, shopWith } from '../helpers/content-tree.ts';

const now = new Date('2026-11-25T00:00:00Z');
const bundle = (extra = '') => `name: Party and Font Bundle
kind: canva-template
summary: The party kit and the brush font together.
listings:
  - { platform: etsy, url: https://www.etsy.com/listing/3/bundle }
priceBand: low
shortCode: bundle
${extra}`;
const part = (id: string, fields: Partial<ProductParts> = {}): ProductParts => ({ id, file: `content/products/${id}.yaml`, software: [], contains: [], licenses: [], ...fields });
const map = (...parts: ProductParts[]) => new Map(parts.map((p) => [p.id, p]));

describe('bundles', () => {
	const site = buildSite(readContent(shopWith({ 'products/bundle.yaml': bundle('contains: [party-kit, brush-font]\nlicenses: [commercial]\n') })), now);
	const reach = site.reach('bundle');

	it('take the articles, software and licences of their parts', () => {
		expect(reach).toEqual({
			ids: ['bundle', 'party-kit', 'brush-font'],
			parts: ['party-kit', 'brush-font'],
			needs: [['canva']],
			software: ['canva'],
			licenses: ['commercial', 'personal'],
		});
		// install-the-font names brush-font; open-canva-link applies through Canva; font-missing names party-kit.
		expect(site.forProduct('guides', site.content.products.get('bundle')!, 'en').map((a) => a.article.slug).sort()).toEqual(['install-the-font', 'open-canva-link']);
		expect(site.forProduct('troubleshooting', site.content.products.get('bundle')!, 'en').map((a) => a.article.slug)).toEqual(['font-missing']);
		// An article naming the bundle applies to it, and not to its parts.
		expect(appliesTo({ products: ['bundle'], software: [] }, reach)).toBe(true);
		expect(appliesTo({ products: ['bundle'], software: [] }, site.reach('brush-font'))).toBe(false);
	});

	it('hold parts of parts, and stop where a cycle closes', () => {
		const reaches = productReach(map(part('a', { contains: ['b'], licenses: ['x'] }), part('b', { contains: ['c', 'a'] }), part('c', { software: { anyOf: ['p', 'q'] }, licenses: ['y'] })));
		expect(reaches.get('a')).toMatchObject({ ids: ['a', 'b', 'c'], parts: ['b'], needs: [['p', 'q']], licenses: ['x', 'y'] });
		expect(reaches.get('c')!.ids).toEqual(['c']);
	});

	it('suggest a part’s articles on the bundle’s pages, as appliesTo says', () => {
		const articles: Relatable[] = [
			{ folder: 'guides', slug: 'font', title: 'Install the font', products: ['font'], software: [], category: 'fonts' },
			{ folder: 'guides', slug: 'bundle-note', title: 'What the bundle holds', products: ['bundle'], software: [], category: 'fonts' },
		];
		const lookup = relatedIndex(articles, [{ id: 'font', software: [] }, { id: 'bundle', software: [], parts: ['font'] }], (a, b) => a.localeCompare(b));
		expect(lookup(articles[1]!).map((a) => a.slug)).toEqual(['font']);
	});

	it('refuse an unknown part with the nearest ids', () => {
		expect(problemsOf({ 'products/bundle.yaml': bundle('contains: [party-kt]\n') })).toContain(
			'content/products/bundle.yaml\n    contains[0]: refers to the product "party-kt", which does not exist.\n      Hint: use one of `brush-font` or `party-kit`, or add content/products/party-kt.yaml.',
		);
	});

	it('refuse a bundle that contains itself', () => {
		expect(problemsOf({ 'products/bundle.yaml': bundle('contains: [party-kit, bundle]\n') })).toContain(
			'content/products/bundle.yaml\n    contains[1]: is "bundle", this product itself: a bundle cannot contain itself.\n      Hint: remove it, and list only the other products the bundle holds.',
		);
	});

	it('refuse a cycle once, saying which products hold each other', () => {
		const message = problemsOf({
			'products/bundle.yaml': bundle('contains: [party-kit]\n'),
			'products/party-kit.yaml': `${fixtureFile('products/party-kit.yaml')}contains: [bundle]\n`,
		});
		expect(message).toContain('Aftercare found 1 problem');
		expect(message).toContain(
			'content/products/bundle.yaml\n    contains[0]: is "party-kit", which contains this product again (bundle → party-kit → bundle): each would hold the other without end.\n      Hint: remove "party-kit" from this list, or "bundle" from `contains` in content/products/party-kit.yaml.',
		);
		const long = bundleProblems(map(part('a', { contains: ['b'] }), part('b', { contains: ['c'] }), part('c', { contains: ['a'] })));
		expect(long.map((p) => `${p.file} ${p.where}: ${p.message}`)).toEqual([
			'content/products/a.yaml contains[0]: is "b", which contains this product again (a → b → c → a): each would hold the other without end.',
		]);
	});
});

describe('software a product needs', () => {
	it('is all of a list, or any one of `anyOf`', () => {
		expect(needsWording(productReach(map(part('x', { software: ['canva', 'acrobat'] }))).get('x')!.needs)).toEqual({ kind: 'all', ids: ['canva', 'acrobat'] });
		expect(needsWording(productReach(map(part('x', { software: { anyOf: ['cricut', 'silhouette'] } }))).get('x')!.needs)).toEqual({ kind: 'any', ids: ['cricut', 'silhouette'] });
		expect(needsWording([])).toEqual({ kind: 'none' });
		// A bundle of a Canva suite and a cut file: Canva, and one of the cutting programs.
		const reaches = productReach(map(part('b', { contains: ['w', 's'] }), part('w', { software: ['canva'] }), part('s', { software: { anyOf: ['cricut', 'silhouette'] } })));
		expect(needsWording(reaches.get('b')!.needs)).toEqual({ kind: 'mixed', groups: [['canva'], ['cricut', 'silhouette']] });
	});

	it('lets an article for any one of the programs apply', () => {
		const reach = productReach(map(part('s', { software: { anyOf: ['cricut', 'silhouette'] } }))).get('s')!;
		expect(appliesTo({ products: [], software: ['silhouette'] }, reach)).toBe(true);
		expect(appliesTo({ products: [], software: ['canva'] }, reach)).toBe(false);
		const articles: Relatable[] = [
			{ folder: 'guides', slug: 'cricut', title: 'Import into Cricut', products: [], software: ['cricut'], category: 'cutting' },
			{ folder: 'guides', slug: 'silhouette', title: 'Open in Silhouette', products: [], software: ['silhouette'], category: 'cutting' },
		];
		const lookup = relatedIndex(articles, [{ id: 's', software: reach.software }], (a, b) => a.localeCompare(b));
		expect(lookup({ folder: 'guides', slug: 'unzip', products: ['s'], software: [], category: 'cutting' }).map((a) => a.slug)).toEqual(['cricut', 'silhouette']);
	});

	it('reads `anyOf` from a product file, and names a misspelt or a short one', () => {
		const root = shopWith({ 'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace('software: [canva]', 'software: { anyOf: [canva, canva-pro] }'), 'shop.yaml': fixtureFile('shop.yaml').replace('software:\n', 'software:\n  canva-pro: { name: Canva Pro }\n') });
		expect(readContent(root).products.get('party-kit')!.software).toEqual({ anyOf: ['canva', 'canva-pro'] });
		expect(problemsOf({ 'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace('software: [canva]', 'software: { anyof: [canva, cnva] }') })).toContain('did you mean `anyOf`?');
		expect(problemsOf({ 'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace('software: [canva]', 'software: { anyOf: [canva, cnva] }') })).toContain(
			'    software.anyOf[1]: refers to the software "cnva", which does not exist.\n      Hint: use one of `canva`',
		);
		expect(problemsOf({ 'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace('software: [canva]', 'software: { anyOf: [canva] }') })).toContain(
			'must list at least two programs; for one, write `software: [id]`',
		);
	});
});

describe('a product without a licence', () => {
	it('may leave `licenses` out, and its hub says why in words for its kind', () => {
		const root = shopWith({ 'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace('licenses: [personal]\n', '') });
		const site = buildSite(readContent(root), now);
		expect(site.reach('party-kit').licenses).toEqual([]);
		expect(noLicenceKey('course')).toBe('product.noLicence.course');
		expect(noLicenceKey('canva-template')).toBe('product.noLicence.other');
		expect(en[noLicenceKey('course')]).toBe('This course is for your own learning; it comes with no licence to reuse its material.');
	});

	it('takes the seller’s own sentence, but not beside licences', () => {
		const own = 'noLicense: { en: Coaching is for you alone., pt: O coaching é só para si. }\n';
		const root = shopWith({ 'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace('licenses: [personal]\n', own) });
		expect(readContent(root).products.get('party-kit')!.noLicense).toEqual({ en: 'Coaching is for you alone.', pt: 'O coaching é só para si.' });
		expect(problemsOf({ 'products/party-kit.yaml': `${fixtureFile('products/party-kit.yaml')}${own}` })).toContain(
			'content/products/party-kit.yaml\n    noLicense: says the product comes with no licence, but `licenses` lists some, so buyers would never see it.',
		);
	});
});

describe('a bundle\'s licences', () => {
	const products = map(
		part('fonts', { contains: ['sans', 'serif'], licenses: ['desktop'] }),
		part('sans', { licenses: ['desktop', 'web', 'app'] }),
		part('serif', { licenses: ['desktop', 'web'] }),
	);
	const reach = productReach(products);
	const of = (p: { id: string }) => reach.get(p.id)!;
	const fonts = products.get('fonts')!;

	it('names the parts a licence covers when only some of them come with it', () => {
		expect(licenceCoverage(fonts, 'app', of)).toEqual(['sans']);
	});

	it('says nothing of a licence the bundle offers itself or every part does', () => {
		expect(licenceCoverage(fonts, 'desktop', of)).toBeUndefined();
		expect(licenceCoverage(fonts, 'web', of)).toBeUndefined();
	});
});
