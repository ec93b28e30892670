import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/read-content.ts';
import { fixture, fixtureFile, problemsOf, shopWith } from '../helpers/content-tree.ts';



describe('readContent', () => {
	it('reads the basic fixture shop', () => {
		const content = readContent(fixture('basic'));
		expect(content.shop.locales).toEqual(['en', 'pt', 'es']);
		expect([...content.products.keys()].sort()).toEqual(['brush-font', 'party-kit']);
		expect(content.articles.guides.map((a) => `${a.locale}/${a.slug}`).sort()).toEqual([
			'en/install-the-font',
			'en/open-canva-link',
			'pt/install-the-font',
		]);
		expect(content.licenses.get('commercial')!.permissions.physicalProducts).toEqual({ status: 'limited', max: 5000, unit: 'copies' });
	});

	it('names the file and field of a missing frontmatter field', () => {
		expect(problemsOf({ 'guides/en/open-canva-link.mdx': fixtureFile('guides/en/open-canva-link.mdx').replace(/^title: .*\n/m, '') }))
			.toMatchInlineSnapshot(`
				"Aftercare found 1 problem in your content. Nothing was built and no file was changed.

				  content/guides/en/open-canva-link.mdx
				    title: is missing
				      Hint: add the field; it must be text."
			`);
	});

	it('names an unknown licence id with the known ones and the fix', () => {
		expect(problemsOf({ 'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace('licenses: [personal]', 'licenses: [personal, comercial]') }))
			.toMatchInlineSnapshot(`
				"Aftercare found 1 problem in your content. Nothing was built and no file was changed.

				  content/products/party-kit.yaml
				    licenses[1]: refers to the licence "comercial", which does not exist.
				      Hint: use one of \`commercial\` or \`personal\`, or add content/licenses/comercial.yaml."
			`);
	});

	it('reports an unknown product, a broken link with its line, and a bad enum value together, in one pass', () => {
		// A field that fails its schema (video.url) no longer hides the references and body of its file.
		const guide = fixtureFile('guides/en/install-the-font.mdx')
			.replace('products: [brush-font]', 'products: [brush-fnot]')
			.replace('/help/font-missing/', '/help/font-mising/')
			.replace('category: downloads', 'category: downloads\nvideo: { url: not-a-url }');
		const message = problemsOf({ 'guides/en/install-the-font.mdx': guide, 'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace('priceBand: high', 'priceBand: medium') });
		expect(message).toContain('Aftercare found 4 problems in your content.');
		expect(message).toContain('content/guides/en/install-the-font.mdx\n    video.url: "not-a-url" is not a full web address\n      Hint: write it with https:// in front.');
		expect(message).toContain('    products[0]: refers to the product "brush-fnot", which does not exist.\n      Hint: use one of `brush-font` or `party-kit`, or add content/products/brush-fnot.yaml.');
		expect(message).toContain('    line 18: links to /help/font-mising/, which is not a page of this help centre.');
		expect(message).toContain('content/products/party-kit.yaml\n    priceBand: "medium" is not one of the allowed values\n      Hint: use `low` or `high`.');
	});

	it('reports cross-reference problems', () => {
		const guide = fixtureFile('guides/en/install-the-font.mdx').replace('products: [brush-font]', 'products: [brush-fnot]').replace('/help/font-missing/', '/help/font-mising/');
		const message = problemsOf({ 'guides/en/install-the-font.mdx': guide });
		expect(message).toContain('Aftercare found 2 problems in your content.');
		expect(message).toContain('    products[0]: refers to the product "brush-fnot", which does not exist.\n      Hint: use one of `brush-font` or `party-kit`, or add content/products/brush-fnot.yaml.');
		expect(message).toContain('    line 17: links to /help/font-mising/, which is not a page of this help centre.');
	});

	it('refuses a misspelt field instead of ignoring it, and suggests the right one', () => {
		const message = problemsOf({
			'products/brush-font.yaml': fixtureFile('products/brush-font.yaml').replace('formerCodes:', 'formerCode:'),
			'guides/en/install-the-font.mdx': fixtureFile('guides/en/install-the-font.mdx').replace('formerSlugs:', 'formerslugs:').replace('category:', 'colour: red\ncategory:'),
		});
		expect(message).toContain('content/products/brush-font.yaml\n    has the unknown field `formerCode`, which would be ignored\n      Hint: did you mean `formerCodes`? The fields here are');
		expect(message).toContain('content/guides/en/install-the-font.mdx\n    has the unknown fields `colour`, `formerslugs`, which would be ignored\n      Hint: did you mean `formerSlugs`? The fields here are');
	});

	it('takes dates only as written YYYY-MM-DD, the same on every machine, and refuses days that do not exist', () => {
		const guide = (updated: string) => fixtureFile('guides/en/install-the-font.mdx').replace('updated: 2026-10-01', `updated: ${updated}`);
		const notice = fixtureFile('notices/en/etsy-delay.md');
		const message = problemsOf({
			'guides/en/install-the-font.mdx': guide('2026-02-30'),
			'guides/en/open-canva-link.mdx': fixtureFile('guides/en/open-canva-link.mdx').replace(/updated: .*/, 'updated: 2026-1-5'),
			'troubleshooting/en/font-missing.mdx': fixtureFile('troubleshooting/en/font-missing.mdx').replace(/updated: .*/, 'updated: 20261001'),
			'notices/en/etsy-delay.md': notice.replace(/starts: .*/, 'starts: 2026-11-20 08:00'),
			'pages/en/refunds.mdx': fixtureFile('pages/en/refunds.mdx').replace(/^title: .*$/m, 'title: 2026-11-20'),
		});
		expect(message).toMatchInlineSnapshot(`
			"Aftercare found 5 problems in your content. Nothing was built and no file was changed.

			  content/guides/en/install-the-font.mdx
			    updated: "2026-02-30" is not a day of the calendar

			  content/guides/en/open-canva-link.mdx
			    updated: "2026-1-5" is not a date written as YYYY-MM-DD, e.g. 2026-11-25

			  content/notices/en/etsy-delay.md
			    starts: "2026-11-20 08:00" is not a date written as YYYY-MM-DD, or with a time and its zone: 2026-11-20T08:00:00Z or 2026-11-20T09:00:00+01:00

			  content/pages/en/refunds.mdx
			    title: must be text, but YAML reads 2026-11-20 as a date
			      Hint: put it in quotes: "2026-11-20".

			  content/troubleshooting/en/font-missing.mdx
			    updated: 20261001 must be a date written as YYYY-MM-DD, e.g. 2026-11-25"
		`);
	});

	it('says to quote an error message whose colon made YAML read it as a field', () => {
		const entry = fixtureFile('troubleshooting/en/font-missing.mdx').replace(/errors: .*/, 'errors:\n  - Error: The file could not be opened');
		expect(problemsOf({ 'troubleshooting/en/font-missing.mdx': entry })).toContain(
			'errors[0]: must be text, but YAML read "Error: …" as a field because of the colon\n      Hint: put the whole text in quotes: "Error: The file could not be opened".',
		);
	});

	it('speaks up about a .md guide, an upper-case locale folder and a locale listed twice, and reads a file with a byte-order mark', () => {
		const message = problemsOf({
			'guides/en/print-it.md': fixtureFile('guides/en/open-canva-link.mdx'),
			'troubleshooting/pt-BR/font-missing.mdx': fixtureFile('troubleshooting/en/font-missing.mdx'),
			'guides/en/open-canva-link.mdx': `\uFEFF${fixtureFile('guides/en/open-canva-link.mdx')}`,
		});
		expect(message).toContain('content/guides/en/print-it.md\n    is not read: it is a .md file, and Aftercare reads only names ending in .mdx in guides/.\n      Hint: rename it to print-it.mdx.');
		expect(message).toContain('content/troubleshooting/pt-BR/\n    is a folder for the locale "pt-BR", which content/shop.yaml does not list.\n      Hint: locale codes are lower-case: rename the folder to pt-br and add "pt-br" to `locales` in content/shop.yaml.');
		expect(message).not.toContain('open-canva-link');
		expect(problemsOf({ 'shop.yaml': fixtureFile('shop.yaml').replace(/^locales: \[(.*)\]$/m, 'locales: [$1, pt]') })).toContain('locales: lists a locale twice; list each once, the default first');
	});

	it('accepts times with their zone in the forms YAML and ISO write them, and YAML merge keys', () => {
		const notice = (starts: string) => fixtureFile('notices/en/etsy-delay.md').replace(/starts: .*/, `starts: ${starts}`);
		for (const starts of ['2026-11-20T08:00:00.000Z', '2026-11-20 08:00:00Z', '2026-11-20  8:00:00Z', '2026-11-20T09:00:00+0100', '2026-11-20T09:00:00+01', '2026-11-20t08:00:00z', '"2026-11-20T09:00:00+01:00"']) {
			const content = readContent(shopWith({ 'notices/en/etsy-delay.md': notice(starts) }));
			expect(content.articles.notices.find((n) => n.slug === 'etsy-delay')!.data.starts.toISOString(), starts).toBe('2026-11-20T08:00:00.000Z');
		}
		const merged = fixtureFile('products/party-kit.yaml').replace(
			/listings:\n.*\n/,
			'listings:\n  - &gumroad { platform: gumroad, url: https://fixture.gumroad.com/l/party }\n  - { <<: *gumroad, url: https://fixture.gumroad.com/l/party-2 }\n',
		);
		const listings = readContent(shopWith({ 'products/party-kit.yaml': merged })).products.get('party-kit')!.listings;
		expect(listings.map((l) => `${l.platform} ${l.url}`)).toEqual(['gumroad https://fixture.gumroad.com/l/party', 'gumroad https://fixture.gumroad.com/l/party-2']);
		// Data files hold no dates: there an unquoted date is just text.
		const dated = readContent(shopWith({ 'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace(/^summary: .*$/m, 'summary: 2026-11-20') }));
		expect(dated.products.get('party-kit')!.summary).toBe('2026-11-20');
	});

	it('checks the interface strings in content/ui: known keys, the same placeholders, a listed locale', () => {
		const message = problemsOf({
			'ui/pt.yaml': 'nav.hom: Início\nlicense.upTo: Até unidades\n',
			'ui/de.yaml': 'nav.home: Startseite\n',
		});
		expect(message).toContain('    has the unknown field `nav.hom`, which would be ignored\n      Hint: did you mean `nav.home`? The known names are those of src/i18n/en.ts');
		expect(message).toContain('content/ui/pt.yaml\n    license.upTo: must keep {amount} exactly as in the English text ("Up to {amount}")');
		expect(message).toContain('content/ui/de.yaml\n    holds interface strings for the locale "de", which content/shop.yaml does not list.');
	});

	// What MDX cannot read, HTML links, relative links and the rest of the body checks: test/unit/article-body.test.ts.
	it('reads a .md notice as plain Markdown, where braces and <https://…> are fine', () => {
		const notice = `${fixtureFile('notices/en/etsy-delay.md')}\nFixed {mostly}; see <https://status.etsy.com>.\n`;
		expect(() => readContent(shopWith({ 'notices/en/etsy-delay.md': notice }))).not.toThrow();
	});

	it('rejects a duplicate slug, a duplicate short code and an unknown locale folder', () => {
		const message = problemsOf({
			'guides/en/open-canva-link.md': '---\ntitle: x\n---\n',
			'guides/en/Open Canva.mdx': fixtureFile('guides/en/open-canva-link.mdx'),
			'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace('shortCode: party', 'shortCode: brush-old'),
			'troubleshooting/de/font-missing.mdx': fixtureFile('troubleshooting/en/font-missing.mdx'),
		});
		expect(message).toContain('content/products/party-kit.yaml\n    shortCode: is the short code "brush-old", already used by content/products/brush-font.yaml');
		expect(message).toContain('content/troubleshooting/de/\n    is a folder for the locale "de", which content/shop.yaml does not list.');
		expect(message).toContain('content/guides/en/Open Canva.mdx\n    has the name "Open Canva", which cannot be an id or an address.\n      Hint: rename the file using lower-case letters, digits and hyphens, e.g. "open-canva".');
	});

	it('rejects two files that would publish at one address', () => {
		const message = problemsOf({ 'notices/en/etsy-delay.mdx': fixtureFile('notices/en/etsy-delay.md') });
		expect(message).toContain('content/notices/en/etsy-delay.mdx\n    has the same slug "etsy-delay" as content/notices/en/etsy-delay.md');
	});

	it('explains invalid YAML at the line where the mistake is', () => {
		expect(problemsOf({ 'licenses/personal.yaml': 'name: [unclosed\nsummary: x\n' })).toContain(
			'content/licenses/personal.yaml\n    line 1: opens a list with [ that is never closed: [unclosed\n      Hint: end it with ] on the same line, after the last item.',
		);
	});

	it('keeps an invalid file of one kind from hiding an unknown id of another kind with the same name', () => {
		const message = problemsOf({
			'products/personl.yaml': 'name: [unclosed\n',
			'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace('licenses: [personal]', 'licenses: [personl]'),
		});
		expect(message).toContain('content/products/personl.yaml');
		expect(message).toContain('licenses[0]: refers to the licence "personl", which does not exist.');
	});

	it('treats an empty file as one with every field missing, not as a parse failure to skip', () => {
		const message = problemsOf({ 'licenses/personal.yaml': '' });
		expect(message).toContain('content/licenses/personal.yaml');
		expect(message).toContain('name: is missing\n      Hint: add the field; it must be text or one text per language, e.g. `{ en: …, pt: … }`.');
		expect(message).toContain('order: is missing');
	});

	it('requires text in the default locale and known locales only', () => {
		const message = problemsOf({ 'products/brush-font.yaml': fixtureFile('products/brush-font.yaml').replace('name: { en: Brush Font, pt: Fonte Pincel }', 'name: { pt: Fonte Pincel, de: Pinselschrift }') });
		expect(message).toContain('name.de: is text for the locale "de", which content/shop.yaml does not list.');
		expect(message).toContain('name: has no text for the default locale "en".');
	});

	it('rejects a translation without an original and a limited permission without its limit', () => {
		const message = problemsOf({
			'guides/pt/nao-existe.mdx': fixtureFile('guides/pt/install-the-font.mdx'),
			'licenses/personal.yaml': fixtureFile('licenses/personal.yaml').replace('{ status: limited, note: Non-commercial accounts only }', '{ status: limited }'),
		});
		expect(message).toContain('content/guides/pt/nao-existe.mdx\n    is a translation of "nao-existe", but there is no content/guides/en/nao-existe to translate.');
		expect(message).toContain('permissions.socialMediaAndAds: a `limited` permission needs `max` with its `unit`, or a `note`, saying what the limit is');
	});

	it('stops at a missing shop.yaml and never writes to content', () => {
		expect(problemsOf({ 'shop.yaml': null })).toContain('content/shop.yaml\n    is missing; every shop needs one.');
	});
});
