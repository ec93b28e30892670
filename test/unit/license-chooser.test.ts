import { describe, expect, it } from 'vitest';
import { allows, answerFor, chooserGroups, chooserProducts, contactChannel, listParts, type ChooserLicence } from '../../src/lib/license-chooser.ts';
import { keysByKind } from '../../src/lib/permission-keys.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { buildSite } from '../../src/lib/site.ts';
import { projectRoot } from '../helpers/build.ts';
import { fixtureFile, problemsOf } from '../helpers/content-tree.ts';

const personal: ChooserLicence = {
	id: 'personal',
	order: 1,
	permissions: { personalUse: { status: 'allowed' }, physicalProducts: { status: 'not-allowed' }, socialMediaAndAds: { status: 'limited', note: 'Own accounts only' }, aiTraining: { status: 'not-allowed' } },
};
const commercial: ChooserLicence = {
	id: 'commercial',
	order: 2,
	permissions: { personalUse: { status: 'allowed' }, physicalProducts: { status: 'limited', max: 5000, unit: 'products' }, socialMediaAndAds: { status: 'allowed' }, aiTraining: { status: 'not-allowed' } },
};
const extended: ChooserLicence = {
	id: 'extended',
	order: 3,
	permissions: { personalUse: { status: 'allowed' }, physicalProducts: { status: 'limited', max: 250000, unit: 'products' }, socialMediaAndAds: { status: 'allowed' }, aiTraining: { status: 'not-allowed' }, serverUse: { status: 'allowed' } },
};

describe('the cheapest tier that allows a use', () => {
	it('is the one of lowest order, whatever order the tiers are listed in', () => {
		expect(answerFor('personalUse', [extended, commercial, personal]).cheapest?.license).toBe('personal');
		expect(answerFor('physicalProducts', [extended, personal, commercial]).cheapest?.license).toBe('commercial');
	});

	it('counts a limited answer as allowing it, and then names the dearer tiers that allow it too', () => {
		const answer = answerFor('physicalProducts', [personal, commercial, extended]);
		expect(answer.cheapest).toEqual({ license: 'commercial', permission: { status: 'limited', max: 5000, unit: 'products' } });
		expect(answer.more.map((tier) => tier.license)).toEqual(['extended']);
		// Limited by a note only counts too: "own accounts only" is still a yes within its limit.
		expect(answerFor('socialMediaAndAds', [commercial, personal]).cheapest?.license).toBe('personal');
	});

	it('names only the dearer tiers that allow more: no limit, or a higher cap of the same unit', () => {
		const tier = (id: string, order: number, physicalProducts: ChooserLicence['permissions']['physicalProducts']): ChooserLicence => ({ id, order, permissions: { physicalProducts } });
		const answer = answerFor('physicalProducts', [
			tier('a', 1, { status: 'limited', max: 500, unit: 'products' }),
			tier('b', 2, { status: 'limited', note: 'Flattened files only' }),
			tier('c', 3, { status: 'limited', max: 400, unit: 'products' }),
			tier('d', 4, { status: 'limited', max: 900, unit: 'copies' }),
			tier('e', 5, { status: 'limited', max: 5000, unit: 'products' }),
			tier('f', 6, { status: 'allowed' }),
			tier('g', 7, { status: 'limited', max: 90000, unit: 'products' }),
			tier('h', 8, { status: 'allowed' }),
		]);
		expect(answer.cheapest?.license).toBe('a');
		expect(answer.more.map((t) => t.license)).toEqual(['e', 'f']);
		// Two limits said only in words cannot be ranked: the dearer one is not offered as more.
		expect(answerFor('physicalProducts', [tier('a', 1, { status: 'limited', note: 'x' }), tier('b', 2, { status: 'limited', note: 'y' })]).more).toEqual([]);
	});

	it('names no dearer tier when the cheapest allows it without a limit', () => {
		expect(answerFor('personalUse', [personal, commercial, extended]).more).toEqual([]);
	});

	it('is none when every tier says no, or none answers', () => {
		expect(answerFor('aiTraining', [personal, commercial, extended])).toEqual({ key: 'aiTraining', more: [] });
		expect(answerFor('serverUse', [personal, commercial])).toEqual({ key: 'serverUse', more: [] });
		expect(allows(undefined)).toBe(false);
		expect(allows({ status: 'not-allowed' })).toBe(false);
		expect(allows({ status: 'limited', note: 'x' })).toBe(true);
	});

	it('breaks a tie of order by id, the same every build', () => {
		const a = { ...commercial, id: 'a-commercial' };
		expect(answerFor('physicalProducts', [commercial, a]).cheapest?.license).toBe('a-commercial');
		expect(answerFor('physicalProducts', [a, commercial]).cheapest?.license).toBe('a-commercial');
	});
});

describe('choices per product', () => {
	it('groups products offering the same tiers and asked the same questions, and points each only at a tier it offers', () => {
		const groups = chooserGroups(
			[
				{ id: 'mug-svg', kinds: ['svg-cut-file'], licenses: ['personal', 'commercial', 'extended'] },
				{ id: 'planner', kinds: ['printable'], licenses: ['commercial', 'personal'] },
				{ id: 'wedding-suite', kinds: ['canva-template'], licenses: ['personal', 'commercial'] },
				{ id: 'course', kinds: ['course'], licenses: [] },
			],
			[personal, commercial, extended],
		);
		expect(groups.map((g) => [g.products, g.licenses])).toEqual([
			[['mug-svg'], ['personal', 'commercial', 'extended']],
			[['planner', 'wedding-suite'], ['personal', 'commercial']],
		]);
		// The planner's buyer is told Commercial, with no word of a tier the planner is not sold with.
		const physical = groups[1]!.answers.find((a) => a.key === 'physicalProducts')!;
		expect(physical.cheapest?.license).toBe('commercial');
		expect(physical.more).toEqual([]);
		expect(groups[0]!.answers.find((a) => a.key === 'physicalProducts')!.more.map((t) => t.license)).toEqual(['extended']);
	});

	it('asks each group only the questions that apply to its products\' kind, in the buyer\'s reading order', () => {
		const [font, svg] = chooserGroups(
			[
				{ id: 'font', kinds: ['font'], licenses: ['personal', 'commercial', 'extended'] },
				{ id: 'svg', kinds: ['svg-cut-file'], licenses: ['personal', 'commercial', 'extended'] },
			],
			[personal, commercial, extended],
		);
		expect(font!.answers.map((a) => a.key)).toContain('desktopUse');
		expect(svg!.answers.map((a) => a.key)).not.toContain('desktopUse');
		expect(svg!.answers.map((a) => a.key)).not.toContain('broadcast');
		expect(new Set(font!.answers.map((a) => a.key))).toEqual(new Set(keysByKind.font));
	});

	it('leaves out a product that offers no tier, and a tier that does not exist', () => {
		const groups = chooserGroups([{ id: 'course', kinds: ['course'], licenses: [] }, { id: 'x', kinds: ['printable'], licenses: ['gone', 'personal'] }], [personal]);
		expect(groups.map((g) => [g.products, g.licenses])).toEqual([[['x'], ['personal']]]);
	});

	it('never points at a tier no longer sold (listed: false)', () => {
		const retired = { ...commercial, listed: false };
		const [group] = chooserGroups([{ id: 'planner', kinds: ['printable'], licenses: ['personal', 'commercial', 'extended'] }], [personal, retired, extended]);
		expect(group!.licenses).toEqual(['personal', 'extended']);
		expect(group!.answers.find((a) => a.key === 'physicalProducts')!.cheapest?.license).toBe('extended');
		expect(chooserGroups([], [retired]).map((g) => g.licenses)).toEqual([]);
	});

	it('answers every question some tier answers when no product offers one yet, and nothing without tiers', () => {
		const [group, ...rest] = chooserGroups([], [commercial, personal]);
		expect(rest).toEqual([]);
		expect(group!.products).toEqual([]);
		expect(group!.licenses).toEqual(['personal', 'commercial']);
		expect(group!.answers.map((a) => a.key)).toEqual(['personalUse', 'physicalProducts', 'socialMediaAndAds', 'aiTraining']);
		expect(chooserGroups([], [])).toEqual([]);
	});

	it('in the example shop, puts the bundle with its parts and the font on its own', () => {
		const site = buildSite(readContent(projectRoot), new Date('2026-11-25T00:00:00Z'));
		const groups = chooserGroups(chooserProducts(site), [...site.content.licenses.values()]);
		const font = groups.find((g) => g.products.includes('marginalia-script'))!;
		expect(font.products).toEqual(['marginalia-script']);
		const bundle = groups.find((g) => g.products.includes('wedding-and-planner-bundle'))!;
		expect(bundle.products).toEqual(expect.arrayContaining(['canva-wedding-suite', 'undated-planner']));
		expect(bundle.licenses).toEqual(['personal', 'commercial']);
		expect(groups.flatMap((g) => g.products)).not.toContain('sell-your-first-printable');
		expect(bundle.answers.find((a) => a.key === 'physicalProducts')?.cheapest?.license).toBe('commercial');
		for (const g of groups) {
			// Every answer names a tier its products are sold with.
			for (const answer of g.answers) for (const tier of [answer.cheapest, ...answer.more]) if (tier) expect(g.licenses).toContain(tier.license);
			expect(g.answers.find((a) => a.key === 'aiTraining')?.cheapest).toBeUndefined();
		}
	});
});

describe('who to write to when no tier allows it', () => {
	it('is the e-mail, else the first channel a buyer writes to', () => {
		const mail = { type: 'email', email: 'help@x.com' } as const;
		const etsy = { type: 'platform-messages', url: 'https://etsy.com/c' } as const;
		const call = { type: 'video-call', url: 'https://cal.x.com' } as const;
		expect(contactChannel([call, etsy, mail])?.href).toBe('mailto:help@x.com');
		expect(contactChannel([call, etsy])?.href).toBe('https://etsy.com/c');
		expect(contactChannel([call])?.href).toBe('https://cal.x.com');
		expect(contactChannel([])).toBeUndefined();
	});
});

describe('a group\'s products named as a list', () => {
	it('joins them as the language does, each kept apart for its anchor', () => {
		expect(listParts(['a', 'b', 'c'], 'en')).toEqual([{ item: 'a' }, { text: ', ' }, { item: 'b' }, { text: ', and ' }, { item: 'c' }]);
		expect(listParts(['a', 'b'], 'pl')).toEqual([{ item: 'a' }, { text: ' i ' }, { item: 'b' }]);
		expect(listParts(['a'], 'pt')).toEqual([{ item: 'a' }]);
	});
});

describe('the chooser\'s address', () => {
	it('is not a licence\'s: a licence named "choose" is refused with the file and the rename', () => {
		const message = problemsOf({ 'licenses/choose.yaml': fixtureFile('licenses/personal.yaml') });
		expect(message).toContain('content/licenses/choose.yaml');
		expect(message).toContain('is named "choose", but /licenses/choose/ is the address of "Which licence do I need?".');
		expect(message).toContain('rename the file (e.g. content/licenses/choose-licence.yaml)');
	});
});
