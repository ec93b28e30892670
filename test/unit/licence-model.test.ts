// The licence model of issue 13: caps with a unit, optional seats and seat tiers, finer keys, keys
// that depend on what the product is, and the messages an old licence file gets.
import { describe, expect, it } from 'vitest';
import { glyphProblems } from '../../src/images/glyphs.ts';
import { translator } from '../../src/i18n/index.ts';
import { applicableKeys, keysByKind, shownKeys } from '../../src/lib/permission-keys.ts';
import { cardDetail, factRows, permissionDetails } from '../../src/lib/permission-text.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { formatAmount, missingForms } from '../../src/lib/units.ts';
import { licenseSchema, permissionKeys, permissionSchema } from '../../src/schemas/license.ts';
import { productKinds } from '../../src/schemas/product.ts';
import { fixture, fixtureFile, problemsOf, shopWith } from '../helpers/content-tree.ts';

const personal = fixtureFile('licenses/personal.yaml');
const commercial = fixtureFile('licenses/commercial.yaml');

describe('a cap with its unit', () => {
	it('reads `max` with a built-in or a custom unit', () => {
		expect(permissionSchema.parse({ status: 'limited', max: 5000, unit: 'copies' })).toEqual({ status: 'limited', max: 5000, unit: 'copies' });
		const custom = { en: { one: 'tote bag', other: 'tote bags' }, pl: { one: 'torba', few: 'torby', many: 'toreb' } };
		expect(permissionSchema.parse({ status: 'limited', max: 3, unit: custom }).unit).toEqual(custom);
		expect(permissionSchema.parse({ status: 'limited', max: 3, unit: { one: 'mug', other: 'mugs' } }).unit).toEqual({ one: 'mug', other: 'mugs' });
	});

	it('refuses the old `units` with the new fields to write', () => {
		const message = problemsOf({ 'licenses/commercial.yaml': commercial.replace('{ status: limited, max: 5000, unit: copies }', '{ status: limited, units: 5000 }') });
		expect(message).toContain('content/licenses/commercial.yaml\n    permissions.physicalProducts.units: `units` is now `max` with a `unit` saying what is counted\n      Hint: write `max: <the number>` and `unit: copies`');
	});

	it('refuses a cap without its unit, a unit without its cap, and a cap on an allowed permission', () => {
		const message = problemsOf({
			'licenses/commercial.yaml': commercial
				.replace('{ status: limited, max: 5000, unit: copies }', '{ status: limited, max: 5000 }')
				.replace('digitalProducts: not-allowed', 'digitalProducts: { status: limited, unit: copies, note: Flattened files }')
				.replace('printOnDemand: not-allowed', 'printOnDemand: { status: allowed, max: 10, unit: copies }'),
		});
		expect(message).toContain('permissions.physicalProducts.unit: is missing: `max: 5000` does not say what is counted');
		expect(message).toContain('permissions.digitalProducts.max: is missing: a `unit` needs the number it counts up to');
		expect(message).toContain('permissions.printOnDemand.status: is `allowed`, but `max: 10` caps it\n      Hint: write `status: limited`, or remove `max` and `unit`.');
	});

	it('still refuses a bare `limited`', () => {
		expect(problemsOf({ 'licenses/personal.yaml': personal.replace('physicalProducts: not-allowed', 'physicalProducts: limited') })).toContain(
			'permissions.physicalProducts: a `limited` permission needs `max` with its `unit`, or a `note`, saying what the limit is',
		);
	});

	it('checks that a custom unit can be drawn on the licence cards', () => {
		const content = readContent(shopWith({ 'licenses/commercial.yaml': commercial.replace('{ status: limited, max: 5000, unit: copies }', '{ status: limited, max: 5000, unit: { one: mug ☕, other: mugs } }') }));
		expect(glyphProblems(content, { images: true, previews: false }).map((p) => p.where)).toEqual(['permissions.physicalProducts.unit.one']);
	});

	it('names the plural forms a custom unit lacks for a locale of the shop', () => {
		const message = problemsOf({
			'shop.yaml': fixtureFile('shop.yaml').replace(/^locales: .*$/m, 'locales: [en, pt, es, pl]'),
			'licenses/commercial.yaml': commercial.replace('{ status: limited, max: 5000, unit: copies }', '{ status: limited, max: 5000, unit: { en: { one: tote bag, other: tote bags }, pl: { one: torba, other: torby } } }'),
		});
		expect(message).toContain('permissions.physicalProducts.unit.pl: has no `few` form (for 2, 3, 4, 22…) or `many` form (for 0, 5, 6, 7…), which "pl" needs.');
	});
});

describe('plural units', () => {
	const en = 'en';
	it('picks the English form by number', () => {
		expect(formatAmount(1, 'copies', en, en)).toBe('1 copy');
		expect(formatAmount(5000, 'copies', en, en)).toBe('5,000 copies');
		expect(formatAmount(100000, 'pageviews-a-month', en, en)).toBe('100,000 pageviews a month');
	});

	it('picks the Polish one, few and many forms', () => {
		expect(formatAmount(1, 'domains', 'pl', en)).toBe('1 domena');
		expect(formatAmount(3, 'domains', 'pl', en)).toBe('3 domeny');
		expect(formatAmount(5, 'domains', 'pl', en)).toBe('5 domen');
		expect(formatAmount(22, 'domains', 'pl', en)).toBe('22 domeny');
		expect(formatAmount(10000, 'copies', 'pl', en).replace(/\s/gu, ' ')).toBe('10 000 egzemplarzy');
		const bags = { en: { one: 'tote bag', other: 'tote bags' }, pl: { one: 'torba', few: 'torby', many: 'toreb' } };
		expect([1, 2, 5, 12, 24].map((n) => formatAmount(n, bags, 'pl', en))).toEqual(['1 torba', '2 torby', '5 toreb', '12 toreb', '24 torby']);
		expect(formatAmount(2, bags, 'en', en)).toBe('2 tote bags');
		// A locale the unit has no words for falls back to the default locale's.
		expect(formatAmount(2, bags, 'es', en)).toBe('2 tote bags');
	});

	it('says which forms a locale needs', () => {
		expect(missingForms({ one: 'torba', other: 'torby' }, 'pl').map((m) => m.category)).toEqual(['few', 'many']);
		expect(missingForms({ one: 'mug', other: 'mugs' }, 'en')).toEqual([]);
	});

	it('renders the cap and the note once each: no "Do 10 000. Do 10 000 egzemplarzy"', () => {
		const t = translator('pl');
		const permission = { status: 'limited' as const, max: 10000, unit: 'copies' as const, note: { en: 'Up to 10,000 copies', pl: 'Najwyżej 10 000 egzemplarzy' } };
		expect(permissionDetails(permission, t, 'pl', 'en').map((d) => d.replace(/\s/gu, ' '))).toEqual(['Najwyżej 10 000 egzemplarzy']);
		expect(permissionDetails({ ...permission, note: { en: 'Flattened files only' } }, translator('en'), 'en', 'en')).toEqual(['Up to 10,000 copies', 'Flattened files only']);
		expect(cardDetail(permission, translator('en'), 'en', 'en')).toBe('Up to 10,000 copies');
		expect(cardDetail({ status: 'limited', note: 'x' }, translator('en'), 'en', 'en')).toBe('Limited');
	});
});

describe('seats', () => {
	const base = { name: 'Web', summary: 'x', order: 1, permissions: {} };
	it('are optional, a number, or a tier range', () => {
		const t = translator('en');
		const number = (n: number) => String(n);
		expect(factRows(licenseSchema.parse(base), t, number).map((r) => r.label)).toEqual(['Credit required', 'How long']);
		expect(factRows(licenseSchema.parse({ ...base, seats: 1 }), t, number)[0]).toEqual({ label: 'Users per purchase', value: '1' });
		expect(factRows(licenseSchema.parse({ ...base, seats: { from: 2, to: 5 } }), t, number)[0]).toEqual({ label: 'Users per purchase', value: '2–5' });
		expect(licenseSchema.safeParse({ ...base, seats: { from: 5, to: 2 } }).success).toBe(false);
	});
});

describe('which keys apply', () => {
	it('gives every kind the common questions, and no course a question about fonts or mugs', () => {
		for (const kind of productKinds) for (const key of ['personalUse', 'resellSourceFiles', 'aiTraining'] as const) expect(keysByKind[kind]).toContain(key);
		expect(keysByKind.course).not.toContain('physicalProducts');
		expect(keysByKind.course).not.toContain('embedWeb');
		expect(keysByKind.font).toEqual(expect.arrayContaining(['desktopUse', 'embedWeb', 'embedApp', 'embedEbook', 'broadcast', 'serverUse', 'logoOrTrademark']));
		expect(keysByKind.other).toEqual(permissionKeys);
	});

	it('lists the union of kinds in reading order, and a licence only what applies', () => {
		expect(applicableKeys(['course'])).toEqual(['personalUse', 'commercialUse', 'clientWork', 'resellSourceFiles', 'aiTraining', 'sublicensing']);
		expect(applicableKeys(['course', 'event'])).toContain('broadcast');
		const all = Object.fromEntries(permissionKeys.map((key) => [key, { status: 'allowed' }]));
		expect(shownKeys({ permissions: all }, ['course'])).toEqual(applicableKeys(['course']));
		expect(shownKeys({ permissions: { personalUse: {} } }, [])).toEqual(['personalUse']);
	});

	it('accepts a licence that leaves out keys none of its products needs', () => {
		const content = readContent(fixture('basic'));
		expect(content.licenses.size).toBe(2);
		const trimmed = personal.replace('  desktopUse: allowed\n', '');
		// party-kit (a Canva template) offers personal; brush-font (a font) does too, and needs desktopUse.
		expect(problemsOf({ 'licenses/personal.yaml': trimmed })).toContain(
			'content/licenses/personal.yaml\n    permissions: does not answer `desktopUse`, which applies to content/products/brush-font.yaml (a font).',
		);
		expect(() =>
			readContent(
				fixture('basic'),
			),
		).not.toThrow();
	});

	it('names the new keys for an old `embedding`', () => {
		const message = problemsOf({ 'licenses/personal.yaml': personal.replace('  embedWeb: not-allowed\n', '  embedding: not-allowed\n') });
		expect(message).toContain('permissions.embedding: `embedding` is now three questions: `embedWeb` (websites), `embedApp` (apps and games) and `embedEbook` (e-books and PDFs)');
	});
});
