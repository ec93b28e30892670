// Issue 13: upgrades between tiers, licences no product offers, `listed: false`, and the licences
// of bundles (their parts' kinds count).
import { describe, expect, it } from 'vitest';
import { contentNotes, formatNotes } from '../../src/lib/article-body/check.ts';
import { licensesInUse, listedLicenses, offeringOf, upgradeProblems, type LicenseLink } from '../../src/lib/license-use.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { isListed, routeTable, unlistedPaths } from '../../src/lib/route-table.ts';
import { buildSite } from '../../src/lib/site.ts';
import { planListingImages } from '../../src/images/plan.ts';
import { translator } from '../../src/i18n/index.ts';
import { fixtureFile, problemsOf, shopWith } from '../helpers/content-tree.ts';

const now = new Date('2026-11-25T00:00:00Z');
const personal = fixtureFile('licenses/personal.yaml');
const commercial = fixtureFile('licenses/commercial.yaml');
const upgrade = (to: string, how = '{ en: Pay the difference. Write to us with your order number., pt: Pague a diferença. }') => `upgradeTo:\n  license: ${to}\n  how: ${how}\n`;
/** A third tier no product offers, a copy of Commercial. */
const extended = commercial.replace('name: Commercial', 'name: Extended').replace('order: 2', 'order: 3');
const link = (id: string, to?: string, order = 1): LicenseLink => ({ id, file: `content/licenses/${id}.yaml`, order, listed: true, upgradeTo: to === undefined ? undefined : { license: to, how: 'Write to us.' } });
const links = (...all: LicenseLink[]) => new Map(all.map((l) => [l.id, l]));

describe('upgradeTo', () => {
	it('reads the tier and the seller’s words, and the licence page says them', () => {
		const content = readContent(shopWith({ 'licenses/personal.yaml': personal + upgrade('commercial') }));
		expect(content.licenses.get('personal')!.upgradeTo).toEqual({ license: 'commercial', how: { en: 'Pay the difference. Write to us with your order number.', pt: 'Pague a diferença.' } });
		expect(content.licenses.get('commercial')!.upgradeTo).toBeUndefined();
		expect(translator('en')('upgrade.heading', { name: 'Commercial' })).toBe('Need more? Upgrade to Commercial');
	});

	it('refuses an unknown tier with the nearest ids', () => {
		expect(problemsOf({ 'licenses/personal.yaml': personal + upgrade('comercial') })).toContain(
			'content/licenses/personal.yaml\n    upgradeTo.license: refers to the licence "comercial", which does not exist.\n      Hint: use one of `commercial`, or add content/licenses/comercial.yaml.',
		);
	});

	it('refuses the licence itself, naming the tiers above it', () => {
		expect(problemsOf({ 'licenses/personal.yaml': personal + upgrade('personal') })).toContain(
			'content/licenses/personal.yaml\n    upgradeTo.license: is "personal", this licence itself: a buyer cannot upgrade to the licence they have.\n      Hint: name the tier above it (`commercial`), or remove `upgradeTo`.',
		);
	});

	it('refuses a cycle once, with its chain and the upgrade to remove', () => {
		const message = problemsOf({ 'licenses/personal.yaml': personal + upgrade('commercial'), 'licenses/commercial.yaml': commercial + upgrade('personal') });
		expect(message).toContain('Aftercare found 1 problem');
		expect(message).toContain(
			'content/licenses/commercial.yaml\n    upgradeTo.license: is "personal", whose upgrades lead back to this licence (commercial → personal → commercial): an upgrade must lead to a tier above.\n      Hint: remove `upgradeTo` from content/licenses/personal.yaml, or point it at a tier above "personal".',
		);
		const long = upgradeProblems(links(link('a', 'b'), link('b', 'c'), link('c', 'a'), link('d', 'b')));
		expect(long.map((p) => `${p.file} ${p.where}: ${p.message}`)).toEqual([
			'content/licenses/a.yaml upgradeTo.license: is "b", whose upgrades lead back to this licence (a → b → c → a): an upgrade must lead to a tier above.',
		]);
		expect(upgradeProblems(links(link('a', 'b'), link('b', 'c'), link('c')))).toEqual([]);
	});

	it('names a misspelt field and text missing for the default locale', () => {
		const message = problemsOf({ 'licenses/personal.yaml': `${personal}upgradeTo: { licence: commercial, how: Write to us. }\n`, 'licenses/commercial.yaml': commercial + upgrade('personal', '{ pt: Escreva-nos. }') });
		expect(message).toContain('    upgradeTo: has the unknown field `licence`, which would be ignored\n      Hint: did you mean `license`? The fields here are `license` or `how`.');
		expect(message).toContain('content/licenses/commercial.yaml\n    upgradeTo.how: has no text for the default locale "en".');
	});
});

describe('a licence no product offers', () => {
	it('builds, with a note naming the file and the three fixes', () => {
		const content = readContent(shopWith({ 'licenses/extended.yaml': extended }));
		const notes = contentNotes(content);
		expect(notes).toEqual([
			{
				file: 'content/licenses/extended.yaml',
				message: "is offered by no product (nor through a bundle's parts, nor as an upgrade), yet the comparison and the home page list it.",
				hint: 'offer it from a product (`licenses: [extended]` in content/products/<id>.yaml), or set `listed: false` to keep only its page for old links, or delete the file.',
			},
		]);
		expect(formatNotes(notes)).toMatch(/^ {4}Note: content\/licenses\/extended\.yaml: is offered by no product/);
	});

	it('is quiet when the licence is unlisted, is an upgrade of one in use, or is offered through a bundle’s parts', () => {
		expect(contentNotes(readContent(shopWith({ 'licenses/extended.yaml': `${extended}listed: false\n` })))).toEqual([]);
		expect(contentNotes(readContent(shopWith({ 'licenses/extended.yaml': extended, 'licenses/commercial.yaml': commercial + upgrade('extended', 'Write to us.') })))).toEqual([]);
		expect([...licensesInUse(links(link('a', 'b'), link('b', 'c'), link('c'), link('d')), [{ licenses: ['a'] }])]).toEqual(['a', 'b', 'c']);
		// Only a part offers `extended`: the bundle offers it too, so it is in use.
		const shop = shopWith({
			'licenses/extended.yaml': extended,
			'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace('licenses: [personal]', 'licenses: [personal, extended]'),
		});
		expect(contentNotes(readContent(shop))).toEqual([]);
	});
});

describe('listed: false', () => {
	const content = readContent(shopWith({ 'licenses/extended.yaml': `${extended}listed: false\n` }));
	const site = buildSite(content, now);
	const routes = routeTable(site);

	it('keeps the licence out of the comparison and the home page’s list', () => {
		expect(content.licenses.get('extended')!.listed).toBe(false);
		expect(content.licenses.get('personal')!.listed).toBe(true);
		expect(listedLicenses(content.licenses.values()).map((l) => l.id)).toEqual(['personal', 'commercial']);
	});

	it('builds its page in every locale, noindex and out of the sitemap', () => {
		const pages = routes.filter((r) => r.kind === 'license' && r.id === 'extended');
		expect(pages.map((r) => r.locale)).toEqual(site.locales);
		expect(pages.every((r) => !isListed(r))).toBe(true);
		const unlisted = unlistedPaths(routes, site.defaultLocale);
		expect(unlisted.has('/licenses/extended/')).toBe(true);
		expect(unlisted.has('/pt/licenses/extended/')).toBe(true);
		expect(unlisted.has('/licenses/commercial/')).toBe(false);
	});
});

describe('the licences of a bundle', () => {
	const bundle = (extra: string) => `name: Party and Font Bundle
kind: canva-template
summary: The party kit and the brush font together.
listings:
  - { platform: gumroad, url: https://fixture.gumroad.com/l/bundle }
priceBand: low
shortCode: bundle
${extra}`;
	// A licence for Canva templates only: it answers none of the font's questions.
	const designOnly = commercial.replace('name: Commercial', 'name: Design').replace(/^ {2}(desktopUse|broadcast|serverUse): .*\n/gm, '');

	it('must answer the questions of its parts’ kinds too', () => {
		// Offered with the Canva template alone, it is enough.
		expect(() => readContent(shopWith({ 'licenses/design.yaml': designOnly, 'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace('licenses: [personal]', 'licenses: [personal, design]') }))).not.toThrow();
		expect(problemsOf({ 'licenses/design.yaml': designOnly, 'products/bundle.yaml': bundle('contains: [party-kit, brush-font]\nlicenses: [design]\n') })).toContain(
			'content/licenses/design.yaml\n    permissions: does not answer `desktopUse`, `broadcast`, `serverUse`, which apply to content/products/bundle.yaml (a canva-template bundle holding a font).',
		);
		// Offered by a part, it is offered by the bundle as well, and answers for the bundle's kinds.
		expect(problemsOf({ 'licenses/design.yaml': designOnly, 'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace('licenses: [personal]', 'licenses: [personal, design]'), 'products/bundle.yaml': bundle('contains: [party-kit, brush-font]\n') })).toContain(
			'which apply to content/products/bundle.yaml (a canva-template bundle holding a font, which offers it through its parts).',
		);
	});

	it('shows the keys of every kind inside, on the licence page and on a card for every licence it offers', () => {
		const site = buildSite(readContent(shopWith({ 'products/bundle.yaml': bundle('contains: [party-kit, brush-font]\nlicenses: [commercial]\n') })), now);
		const offering = offeringOf('commercial', site.products(), site.reach);
		expect(offering.products).toContain('bundle');
		expect(offering.kinds.sort()).toEqual(['canva-template', 'font']);
		const cards = planListingImages(site, { outDir: '/tmp/none', photos: new Map(), products: ['bundle'] }).filter((image) => image.job.kind === 'license-card');
		// Its own licence, then the one its parts offer.
		expect([...new Set(cards.map((card) => /licence-([a-z-]+)-en\./.exec(card.out)![1]))]).toEqual(['commercial', 'personal']);
		const rows = (cards[0]!.job as Extract<(typeof cards)[number]['job'], { kind: 'license-card' }>).data.rows.map((row) => row.label);
		const t = translator('en');
		// The font's `desktopUse` is asked, though the bundle itself is a Canva template.
		expect(rows).toContain(t('perm.desktopUse'));
		expect(rows).toContain(t('perm.printOnDemand'));
	});

	it('puts the upgrade on the card', () => {
		const site = buildSite(readContent(shopWith({ 'licenses/personal.yaml': personal + upgrade('commercial') })), now);
		const cards = planListingImages(site, { outDir: '/tmp/none', photos: new Map(), products: ['party-kit'] }).map((image) => image.job);
		const data = cards.map((job) => (job.kind === 'license-card' ? job.data : undefined)).filter((d) => d !== undefined);
		expect(data.length).toBeGreaterThan(0);
		expect(data.every((d) => d.upgrade === 'Need more? Upgrade to Commercial: the full terms say how.')).toBe(true);
	});
});
