// Each mistake a seller makes in content/, as a bad-input run found them (issue 10): the message
// names the file, the line or field, the value and the fix, and the content is left as it was.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDrawable } from '../../src/images/preview-fit.ts';
import { ContentError } from '../../src/lib/content-errors.ts';
import { listFiles } from '../../src/lib/files.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { fixtureFile, shopWith } from '../helpers/content-tree.ts';

/** 2026-11-25, the tests' build day. */
const NOW = new Date('2026-11-25T00:00:00Z');

/** The problem list for the fixture shop with some files replaced, checking that no content file changed. */
function problemsOf(changes: Record<string, string | Buffer | null>, options: { drawn?: boolean } = {}): string {
	const text = Object.fromEntries(Object.entries(changes).filter(([, v]) => typeof v === 'string' || v === null)) as Record<string, string | null>;
	const root = shopWith(text);
	// A file in another encoding than UTF-8 is written as bytes.
	for (const [file, bytes] of Object.entries(changes)) if (Buffer.isBuffer(bytes)) writeFileSync(join(root, 'content', file), bytes);
	const files = listFiles(join(root, 'content'));
	const before = files.map((f) => readFileSync(join(root, 'content', f)));
	try {
		const read = () => readContent(root, 'content', NOW);
		if (options.drawn) loadDrawable(read, { images: true, previews: true });
		else read();
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		expect(listFiles(join(root, 'content'))).toEqual(files);
		expect(files.map((f) => readFileSync(join(root, 'content', f)))).toEqual(before);
		return error.message;
	}
	throw new Error('expected the content check to fail');
}

const guide = (change: (text: string) => string) => change(fixtureFile('guides/en/install-the-font.mdx'));

describe('every problem in one pass', () => {
	it('lists nine independent mistakes at once: the colour, the fields, the references, the bodies and the images', () => {
		const message = problemsOf(
			{
				'shop.yaml': fixtureFile('shop.yaml').replace('name: Fixture Fonts', 'name: Fixture Fonts\ncolors: { accent: "#ffff00" }'),
				'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace('priceBand: high', 'priceBand: medium').replace('licenses: [personal]', 'licenses: [personl]'),
				'guides/en/install-the-font.mdx': guide((t) => t.replace('updated: 2026-10-01', 'updated: 2026-13-01').replace('/help/font-missing/', '/help/font-mising/').replace('title: Install the font', 'title: Install the font 🎉')),
				'guides/en/open-canva-link.mdx': fixtureFile('guides/en/open-canva-link.mdx').replace(/^title: .*$/m, `title: ${'Open the Canva link that came with your order '.repeat(4)}`),
				'licenses/personal.yaml': fixtureFile('licenses/personal.yaml').replace('physicalProducts: not-allowed', 'physicalProducts: limited'),
				'notices/en/etsy-delay.md': fixtureFile('notices/en/etsy-delay.md').replace('starts: 2026-11-01T00:00:00Z', 'starts: 2026-11-01T00:00:00Z\nends: 2026-10-01'),
			},
			{ drawn: true },
		);
		expect(message).toContain('Aftercare found 9 problems in your content.');
		expect(message).toContain('content/shop.yaml\n    colors.accent: "#ffff00" is too light or too faint to read');
		expect(message).toContain('    priceBand: "medium" is not one of the allowed values');
		expect(message).toContain('    licenses[0]: refers to the licence "personl", which does not exist.');
		expect(message).toContain('    updated: "2026-13-01" is not a day of the calendar');
		expect(message).toContain('    line 17: links to /help/font-mising/');
		expect(message).toContain('    title: "Install the font 🎉" has "🎉" (U+1F389), which the image font cannot draw');
		expect(message).toContain('content/guides/en/open-canva-link.mdx\n    title: "Open the Canva link that came with your order Open the Ca..." is too long for its link preview image: 3 lines at the smallest size (40 px) hold about 137 of its 183 characters.\n      Hint: shorten it to about 137 characters');
		expect(message).toContain('    permissions.physicalProducts: a `limited` permission needs `max` with its `unit`, or a `note`');
		expect(message).toContain('    ends: is 2026-10-01, before `starts` (2026-11-01), so the notice would never show');
	});

	it('checks the rest of the shop when shop.yaml cannot be read at all, without reporting every locale and category as unknown', () => {
		const message = problemsOf({
			'shop.yaml': 'name: [Fixture\n',
			'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace('priceBand: high', 'priceBand: medium'),
		});
		expect(message).toContain('Aftercare found 2 problems in your content.');
		expect(message).toContain('content/shop.yaml\n    line 1: opens a list with [ that is never closed: [Fixture');
		expect(message).toContain('content/products/party-kit.yaml\n    priceBand: "medium" is not one of the allowed values');
	});

	it('keeps the valid part of a list in shop.yaml, so the rest is checked against it', () => {
		const message = problemsOf({
			'shop.yaml': fixtureFile('shop.yaml').replace('platforms: [etsy, gumroad]', 'platforms: [etsy, gumroad, amazon]').replace('  editing: { name: Editing }', '  editing: { name: Editing, colour: red }'),
			'guides/en/install-the-font.mdx': guide((t) => t.replace('products: [brush-font]', 'products: [brush-fnot]')),
		});
		expect(message).toContain('Aftercare found 3 problems in your content.');
		expect(message).toContain('    platforms[2]: "amazon" is not one of the allowed values');
		expect(message).toContain('    categories.editing: has the unknown field `colour`, which would be ignored');
		expect(message).toContain('    products[0]: refers to the product "brush-fnot", which does not exist.');
	});

	it('still checks the body of an article whose frontmatter cannot be read', () => {
		const message = problemsOf({ 'guides/en/install-the-font.mdx': guide((t) => t.replace('category: downloads', 'category: downloads\ntitle: again').replace('/help/font-missing/', '/help/font-mising/')) });
		expect(message).toContain('    line 7: has the field `title` a second time (it is on line 2 too); YAML would keep only one of the two.');
		expect(message).toContain('    line 18: links to /help/font-mising/, which is not a page of this help centre.');
	});
});

describe('repeats are grouped', () => {
	it('prints the same bad id in many files once, with the count and the first three files', () => {
		const changes: Record<string, string> = {};
		for (let i = 1; i <= 40; i++) changes[`guides/en/guide-${String(i).padStart(2, '0')}.mdx`] = fixtureFile('guides/en/open-canva-link.mdx').replace('software: [canva]', 'products: [brush-fnot]');
		const message = problemsOf(changes);
		expect(message).toContain(
			[
				'Aftercare found 40 problems in your content. Nothing was built and no file was changed.',
				'',
				'  The same problem in 40 files:',
				'    content/guides/en/guide-01.mdx (products[0])',
				'    content/guides/en/guide-02.mdx (products[0])',
				'    content/guides/en/guide-03.mdx (products[0])',
				'    and 37 more files',
				'      refers to the product "brush-fnot", which does not exist.',
				'      Hint: use one of `brush-font` or `party-kit`, or add content/products/brush-fnot.yaml.',
			].join('\n'),
		);
		expect(message.split('\n')).toHaveLength(9);
	});

	it('names at most the three nearest choices, never the whole list', () => {
		const changes: Record<string, string> = {};
		for (const name of ['wedding-suite', 'planner', 'cut-files', 'font-bundle', 'course', 'brushes', 'presets', 'stickers']) {
			changes[`products/${name}.yaml`] = fixtureFile('products/party-kit.yaml').replace('shortCode: party', `shortCode: ${name}`).replace('featured: [open-canva-link]', '');
		}
		changes['guides/en/install-the-font.mdx'] = guide((t) => t.replace('products: [brush-font]', 'products: [brush-fotn]'));
		const message = problemsOf(changes);
		expect(message).toContain('    products[0]: refers to the product "brush-fotn", which does not exist.\n      Hint: use one of `brush-font`, `brushes` or `presets` (the closest of 10), or add content/products/brush-fotn.yaml.');
	});
});

describe('YAML mistakes in plain words, at the line they are on', () => {
	it('counts frontmatter lines from the top of the file', () => {
		// Line 4 of the file is line 3 of the frontmatter.
		const message = problemsOf({ 'guides/en/install-the-font.mdx': guide((t) => t.replace('updated: 2026-10-01', 'updated 2026-10-01')) });
		expect(message).toContain('content/guides/en/install-the-font.mdx\n    line 4: has no colon after a field name, so YAML cannot tell the field from its value: updated 2026-10-01');
	});

	it('says to quote a value with a colon in it, instead of "nested mappings"', () => {
		const message = problemsOf({ 'guides/en/install-the-font.mdx': guide((t) => t.replace('title: Install the font', 'title: Step 1: install the font')) });
		expect(message).toContain('    line 2: has a second colon followed by a space after `title:`, which YAML reads as the start of another field: title: Step 1: install the font\n      Hint: put the value in quotes: title: "Step 1: install the font"');
		expect(message).not.toContain('Nested mappings');
	});

	it('refuses text YAML would cut at " #", such as a spreadsheet error, in frontmatter and data files, and keeps real comments', () => {
		const message = problemsOf({
			'troubleshooting/en/font-missing.mdx': fixtureFile('troubleshooting/en/font-missing.mdx').replace(/^symptom: .*$/m, 'symptom: The cell shows #REF! or #VALUE! instead of a number'),
			'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace('priceBand: high', 'priceBand: high  # most of our kits'),
			'licenses/personal.yaml': fixtureFile('licenses/personal.yaml').replace(/^summary: .*$/m, 'summary: Our #1 licence for home use'),
		});
		expect(message).toMatch(/content\/troubleshooting\/en\/font-missing\.mdx\n {4}line \d+: has "The cell shows #REF! or #VALUE! instead of a number", but YAML reads everything from " #" on as a comment and would keep only "The cell shows"\.\n {6}Hint: put the whole value in quotes: "The cell shows #REF! or #VALUE! instead of a number"\./);
		expect(message).toContain('would keep only "Our".');
		expect(message).not.toContain('party-kit.yaml');
	});

	it('says a comma inside { … } cut the text in two, with the quoted fix, and leaves a list of ids alone', () => {
		const kit = fixtureFile('products/party-kit.yaml');
		const message = problemsOf({
			'products/party-kit.yaml': kit.replace(/^summary: .*$/m, "summary: { en: Invitations, menus and signs, pt: Convites }"),
			'licenses/personal.yaml': fixtureFile('licenses/personal.yaml').replace(/^summary: .*$/m, 'summary: { en: For you, pt: Para si }'),
			'licenses/commercial.yaml': fixtureFile('licenses/commercial.yaml').replace(/^summary: .*$/m, 'summary: { en: Shops, studios, and makers, pt: Lojas }'),
		});
		// Two commas: the whole text is quoted in the fix, not its first two pieces.
		expect(message).toContain('Hint: put the text in quotes, en: "Shops, studios, and makers", or write each language on a line of its own.');
		expect(message).toContain('content/products/party-kit.yaml\n    line ');
		expect(message).toContain(': has "Invitations, menus and signs" cut in two at the comma: inside { … } a comma ends a value, so YAML reads "menus and signs" as another field.\n      Hint: put the text in quotes, en: "Invitations, menus and signs", or write each language on a line of its own.');
		expect(message).not.toContain('Invalid key');
		expect(message).not.toContain('personal.yaml');
	});

	it('names a field written twice, with both lines', () => {
		const message = problemsOf({ 'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace('priceBand: high', 'priceBand: high\nsoftware: []') });
		expect(message).toContain('content/products/party-kit.yaml\n    line 8: has the field `software` a second time (it is on line 6 too); YAML would keep only one of the two.\n      Hint: delete one of them, or merge what they say into one.');
		expect(message).not.toContain('Map keys must be unique');
	});

	it('names a tab and a non-breaking space in the indentation, and leaves non-breaking spaces in text alone', () => {
		const shop = fixtureFile('shop.yaml');
		const tab = problemsOf({ 'shop.yaml': shop.replace('  hours:', '\thours:') });
		expect(tab).toContain('content/shop.yaml\n    line 9: is indented with a tab, and YAML allows only spaces there.\n      Hint: replace the tab with spaces');
		const nbsp = problemsOf({ 'shop.yaml': shop.replace('  hours:', '\u00a0\u00a0hours:').replace('answers within 2 days', 'answers within 2\u00a0days') });
		expect(nbsp).toContain('Aftercare found 1 problem');
		expect(nbsp).toContain('content/shop.yaml\n    line 9: has a non-breaking space (U+00A0) in the indentation before `hours`, which YAML does not read as a space.\n      Hint: replace it with an ordinary space.');
	});

	it('points at the line where an unclosed quote opens, not where the file ends', () => {
		const message = problemsOf({ 'guides/en/install-the-font.mdx': guide((t) => t.replace('description: Put the font on your computer.', 'description: "Put the font on your computer.')) });
		expect(message).toContain('    line 3: opens a quote (") that nothing closes, so YAML reads everything up to line 7 as one text: description: "Put the font on your computer.\n      Hint: end the text with " on line 3.');
	});

	it('says to double an apostrophe inside single quotes', () => {
		const message = problemsOf({ 'guides/en/install-the-font.mdx': guide((t) => t.replace('title: Install the font', "title: 'It's easy'")) });
		expect(message).toContain("    line 2: has text after the closing ' of 'It's easy': YAML ends the quoted text at the second ' and cannot read the rest.\n      Hint: inside single quotes write an apostrophe twice, 'It''s easy', or use double quotes, \"It's easy\".");
	});

	it('says to use single quotes for a Windows path in double quotes', () => {
		const message = problemsOf({ 'guides/en/install-the-font.mdx': guide((t) => t.replace('description: Put the font on your computer.', 'description: "Copy it to C:\\Windows\\Fonts"')) });
		expect(message).toContain('    line 3: has a backslash (\\) inside double quotes in "Copy it to C:\\Windows\\Fonts": there YAML reads a backslash as the start of a code such as \\n.\n      Hint: write it in single quotes, where a backslash is just a backslash: \'Copy it to C:\\Windows\\Fonts\'.');
		expect(message).not.toContain('colon');
	});

	it('calls an unclosed frontmatter block that, with no false translation errors after it', () => {
		const message = problemsOf({ 'guides/en/install-the-font.mdx': guide((t) => t.replace('formerSlugs: [font-install]\n---\n', 'formerSlugs: [font-install]\n\n')) });
		expect(message).toContain('Aftercare found 1 problem');
		expect(message).toContain('content/guides/en/install-the-font.mdx\n    line 1: opens the frontmatter with `---`, but no `---` line closes it');
		expect(message).not.toContain('has no frontmatter');
		expect(message).not.toContain('translation');
	});
});

describe('hints that fit the mistake', () => {
	it('says `all` is written without brackets, instead of suggesting products/all.yaml', () => {
		const message = problemsOf({ 'guides/en/install-the-font.mdx': guide((t) => t.replace('products: [brush-font]', 'products: [all]')) });
		expect(message).toContain('    products[0]: is `all` inside a list, which names a product called "all" rather than every product.\n      Hint: write `products: all`, without brackets.');
		expect(message).not.toContain('all.yaml');
	});

	it('says to quote a number where text belongs, as it was written', () => {
		const message = problemsOf({
			'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace('name: Party Kit', 'name: 1.10'),
			'guides/en/install-the-font.mdx': guide((t) => t.replace('title: Install the font', 'title: 2026')),
		});
		expect(message).toContain('content/products/party-kit.yaml\n    name: must be text, but YAML reads 1.10 as a number\n      Hint: put it in quotes: "1.10".');
		expect(message).toContain('content/guides/en/install-the-font.mdx\n    title: must be text, but YAML reads 2026 as a number\n      Hint: put it in quotes: "2026".');
	});

	it('says to write a list in brackets where one value was given', () => {
		const message = problemsOf({
			'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace('software: [canva]', 'software: canva\nformats: PDF, PNG'),
			'guides/en/install-the-font.mdx': guide((t) => t.replace('products: [brush-font]', 'products: brush-font')),
		});
		expect(message).toContain('    software: must be a list, but is the single value "canva"\n      Hint: write it in brackets, [canva], or as lines starting with "- " below the field.');
		expect(message).toContain('    formats: must be a list, but is the single value "PDF, PNG"\n      Hint: write it in brackets, [PDF, PNG], or as lines');
		expect(message).toContain('    products: must be a list, but is the single value "brush-font"\n      Hint: write it in brackets, [brush-font], or `all` without brackets for every one, or as lines');
	});

	it('says to write a number without separators', () => {
		const license = fixtureFile('licenses/commercial.yaml').replace('physicalProducts: { status: limited, max: 5000, unit: copies }', 'physicalProducts:\n    status: limited\n    max: 5,000\n    unit: copies');
		const message = problemsOf({ 'licenses/commercial.yaml': license });
		expect(message).toContain('max: must be a number, but is the text "5,000"\n      Hint: write the number without spaces or separators: 5000.');
	});
});

describe('refused instead of accepted silently', () => {
	it('refuses a bare `limited` permission, with the forms that say the limit', () => {
		const message = problemsOf({ 'licenses/personal.yaml': fixtureFile('licenses/personal.yaml').replace('physicalProducts: not-allowed', 'physicalProducts: limited') });
		expect(message).toContain(
			'content/licenses/personal.yaml\n    permissions.physicalProducts: a `limited` permission needs `max` with its `unit`, or a `note`, saying what the limit is\n      Hint: write it as `{ status: limited, max: 5000, unit: copies }` or `{ status: limited, note: Flattened files only }`, or use `allowed` or `not-allowed`.',
		);
	});

	it('names a misspelt field or word inside a permission, not the form it failed', () => {
		const message = problemsOf({
			'licenses/personal.yaml': fixtureFile('licenses/personal.yaml')
				.replace('{ status: limited, note: Non-commercial accounts only }', '{ status: limited, notes: Non-commercial accounts only }')
				.replace('clientWork: not-allowed', 'clientWork: not allowed'),
		});
		expect(message).toContain('Aftercare found 2 problems');
		expect(message).toContain('    permissions.clientWork: "not allowed" is not one of the allowed values\n      Hint: use `allowed`, `not-allowed` or `limited`.');
		expect(message).toContain('    permissions.socialMediaAndAds: has the unknown field `notes`, which would be ignored\n      Hint: did you mean `note`?');
	});

	it('refuses a notice that ends before it starts', () => {
		const message = problemsOf({ 'notices/en/etsy-delay.md': fixtureFile('notices/en/etsy-delay.md').replace('starts: 2026-11-01T00:00:00Z', 'starts: 2026-11-20\nends: 2026-11-02') });
		expect(message).toContain('content/notices/en/etsy-delay.md\n    ends: is 2026-11-02, before `starts` (2026-11-20), so the notice would never show\n      Hint: correct the date that is wrong (the two may be swapped), or leave `ends` out while the problem lasts.');
	});

	it('refuses an `updated` date after the day of the build', () => {
		const message = problemsOf({ 'guides/en/install-the-font.mdx': guide((t) => t.replace('updated: 2026-10-01', 'updated: 2062-10-01')) });
		expect(message).toContain('content/guides/en/install-the-font.mdx\n    updated: is 2062-10-01, after the day of this build (2026-11-25).\n      Hint: write the day you last checked the article, 2026-11-25 or earlier');
		// The day of the build is fine, and so is the next once it has begun east of UTC (at 10:00 UTC in UTC+14).
		const updated = (day: string) => shopWith({ 'guides/en/install-the-font.mdx': guide((t) => t.replace('updated: 2026-10-01', `updated: ${day}`)) });
		expect(() => readContent(updated('2026-11-25'), 'content', NOW)).not.toThrow();
		expect(() => readContent(updated('2026-11-26'), 'content', new Date('2026-11-25T10:00:00Z'))).not.toThrow();
	});

	it('refuses a file saved as UTF-16, or in another encoding than UTF-8', () => {
		const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixtureFile('licenses/personal.yaml'), 'utf16le')]);
		const latin1 = Buffer.from(fixtureFile('shop.yaml').replace('hours: { en: Weekdays, pt: Dias úteis }', 'hours: { en: Weekdays, pt: Dias úteis }'), 'latin1');
		const message = problemsOf({ 'licenses/personal.yaml': utf16, 'shop.yaml': latin1 });
		expect(message).toContain('content/licenses/personal.yaml\n    is saved as UTF-16, which Aftercare cannot read: it would show as garbled text.\n      Hint: save it as UTF-8');
		expect(message).toContain('content/shop.yaml\n    line 9: is not saved as UTF-8 (perhaps as Windows-1252 or Latin-1), so a letter on this line cannot be read: "hours: { en: Weekdays, pt: Dias ?teis }"\n      Hint: save it as UTF-8');
	});

	it('names each file it would skip because of its name, with the rename that fixes it', () => {
		const message = problemsOf({
			'guides/en/print-it.MDX': fixtureFile('guides/en/open-canva-link.mdx'),
			'guides/en/unzip.md': fixtureFile('guides/en/open-canva-link.mdx'),
			'licenses/extended.yaml.txt': fixtureFile('licenses/personal.yaml'),
			'products/party-kit.yaml.bak': fixtureFile('products/party-kit.yaml'),
			'notices/en/outage.markdown': fixtureFile('notices/en/etsy-delay.md'),
			'mockups/party-kit/invitation.HEIC': 'not a photo',
			'mockups/party-kit/table.JPG': 'a photo in capitals is read',
			'mockups/party-kt/card.jpg': 'x',
			'guide/en/x.mdx': 'x',
			'shop.yml': 'x',
		});
		expect(message).toContain('content/guides/en/print-it.MDX\n    is not read: its extension .MDX is not in lower case, and Aftercare reads only names ending in .mdx in guides/.\n      Hint: rename it to print-it.mdx.');
		expect(message).toContain('content/guides/en/unzip.md\n    is not read: it is a .md file, and Aftercare reads only names ending in .mdx in guides/.\n      Hint: rename it to unzip.mdx.');
		expect(message).toContain('content/licenses/extended.yaml.txt\n    is not read: its name ends in .txt after .yaml (an editor may have added it), and Aftercare reads only names ending in .yaml or .yml in licenses/.\n      Hint: rename it to extended.yaml.');
		expect(message).toContain('content/products/party-kit.yaml.bak\n    is not read: its name ends in .bak after .yaml (an editor may have added it), and Aftercare reads only names ending in .yaml or .yml in products/, and party-kit.yaml is there already.\n      Hint: delete party-kit.yaml.bak if it is an old copy of party-kit.yaml, or move it out of content/.');
		expect(message).toContain('content/notices/en/outage.markdown\n    is not read: it is a .markdown file, and Aftercare reads only names ending in .md or .mdx in notices/.\n      Hint: rename it to outage.md.');
		expect(message).toContain('content/mockups/party-kit/invitation.HEIC\n    is not used: it is a .HEIC image, and the listing images read only JPEG, PNG or WebP photos (.jpg, .jpeg, .png, .webp).\n      Hint: export it as invitation.jpg');
		expect(message).not.toContain('table.JPG');
		expect(message).toContain('content/mockups/party-kt/\n    is a folder for the product "party-kt", which does not exist.\n      Hint: rename it to one of `brush-font` or `party-kit`, or add content/products/party-kt.yaml.');
		expect(message).toContain('content/guide/\n    is not read: Aftercare reads content/guides/, and folder names are exact.\n      Hint: move its files into content/guides/.');
		expect(message).toContain("content/shop.yml\n    is not read: the shop's settings are read from content/shop.yaml only.");
	});

	it('names an article one folder too deep', () => {
		const message = problemsOf({ 'guides/en/fonts/install.mdx': fixtureFile('guides/en/open-canva-link.mdx') });
		expect(message).toContain('content/guides/en/fonts/install.mdx\n    is not read: articles are read from content/guides/en/ itself, not from folders inside it.\n      Hint: move it to content/guides/en/install.mdx.');
	});
});
