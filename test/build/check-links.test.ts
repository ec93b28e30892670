import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readContent } from '../../src/lib/read-content.ts';
import { routeTable } from '../../src/lib/route-table.ts';
import { buildSite } from '../../src/lib/site.ts';
import { siteFiles } from '../../src/lib/site-files.ts';
import { FIXED_EPOCH, listFiles, projectRoot } from '../helpers/build.ts';
import { fixture } from '../helpers/content-tree.ts';
import { makePdf } from '../helpers/make-pdf.ts';

// `npm run check-links` as a seller runs it, from the folder that holds their deliverables,
// against the links fixture shop (test/fixtures/links: Wedding Suite, code `wedding`, formerly
// `wed`; Undated Planner, `planner`; the guide edit-in-canva, formerly open-in-canva).

const SITE = 'https://help.linkshop.test';
let folder: string;

interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

function checkLinks(...args: string[]): Run {
	return checkLinksIn(folder, ...args);
}

/** check-links run from `cwd`, as a seller who typed the command there. */
function checkLinksIn(cwd: string, ...args: string[]): Run {
	const result = spawnSync('npm', ['--prefix', projectRoot, 'run', 'check-links', '--', ...args], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, AFTERCARE_CONTENT: relative(projectRoot, join(fixture('links'), 'content')), CI: '1' },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One file's part of the report: its header line and the indented lines under it. */
function section(stdout: string, file: string): string {
	const lines = stdout.split('\n');
	const start = lines.findIndex((line) => line.startsWith(`${file} `) || line.startsWith(`${file}:`));
	if (start < 0) throw new Error(`no section for ${file} in:\n${stdout}`);
	const end = lines.findIndex((line, i) => i > start && !line.startsWith(' '));
	return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

beforeAll(async () => {
	folder = mkdtempSync(join(tmpdir(), 'aftercare-check-links-'));
	mkdirSync(join(folder, 'deliverables', 'wedding-suite'), { recursive: true });
	mkdirSync(join(folder, 'deliverables', 'planner'), { recursive: true });
	// One good address in the text; three link annotations: good, former, broken.
	writeFileSync(
		join(folder, 'deliverables', 'wedding-suite', 'guide.pdf'),
		await makePdf([
			{ text: ['Thank you for your order!', `Stuck? Visit ${SITE}/go/wedding/ for help.`] },
			{ text: ['Click the buttons below.'], links: [`${SITE}/go/wedding/edit-in-canva/`, `${SITE}/go/wed/`, `${SITE}/guides/edit-in-canvas/`] },
		]),
	);
	writeFileSync(join(folder, 'deliverables', 'wedding-suite', 'cover.pdf'), await makePdf([{ text: ['Help: help.linkshop.test/go/wedding', 'Canva: https://www.canva.com/'], links: [`${SITE}/go/wedding/`] }]));
	writeFileSync(join(folder, 'deliverables', 'planner', 'read-me.txt'), ['Thanks for buying the planner!', '', `Printing: ${SITE}/go/planner/print-at-home/`, `Editing the wedding suite: ${SITE}/go/wedding/`, ''].join('\n'));
	writeFileSync(join(folder, 'notes.md'), ['# Notes', '', `Read [the guide](${SITE}/guides/open-in-canva/).`, '', `Refunds: ${SITE}/policies/refunds`, ''].join('\n'));
});

describe('check-links on a PDF', () => {
	it('names the broken link with the nearest address, the former one with the address to print, and exits 1', () => {
		const run = checkLinks('deliverables/wedding-suite/guide.pdf');
		expect(run.status, run.stdout + run.stderr).toBe(1);
		const report = section(run.stdout, 'deliverables/wedding-suite/guide.pdf');
		expect(report).toContain('(Wedding Suite, from its folder): 4 links into the help centre.');
		expect(report).toMatch(/Broken \(1\)[^\n]*\n {4}page 2 {2}https:\/\/help\.linkshop\.test\/guides\/edit-in-canvas\/\n {4}.*No such page\. Nearest: `https:\/\/help\.linkshop\.test\/guides\/edit-in-canva\/`/);
		expect(report).toMatch(/Former address \(1\)[^\n]*\n {4}page 2 {2}https:\/\/help\.linkshop\.test\/go\/wed\/\n {4}.*former short code\. Print https:\/\/help\.linkshop\.test\/go\/wedding\//);
		// The good ones, in the text (page 1) and as a link (page 2), are not listed.
		expect(report).not.toMatch(/page \d {2}https:\/\/help\.linkshop\.test\/go\/wedding\/(edit-in-canva\/)?\n/);
		expect(report).not.toContain('page 1');
		// Nearest among the product's own addresses: not the bundle's short link to the same guide.
		expect(report).toContain('Nearest: `https://help.linkshop.test/guides/edit-in-canva/`, `https://help.linkshop.test/go/wedding/edit-in-canva/` or');
		expect(run.stdout).toContain('Checked 1 file in');
		expect(run.stdout).toContain('4 links into the help centre (1 broken, 1 former, 0 to another product, 2 fine), 0 to other sites, not checked.');
		expect(run.stdout).toContain('Broken links found');
	});

	it('exits 0 on a PDF whose links all work, reading an address printed without https://', () => {
		const run = checkLinks('deliverables/wedding-suite/cover.pdf');
		expect(run.status, run.stdout + run.stderr).toBe(0);
		expect(section(run.stdout, 'deliverables/wedding-suite/cover.pdf')).toBe('deliverables/wedding-suite/cover.pdf (Wedding Suite, from its folder): 1 link into the help centre, all current, 1 to other sites.');
	});

	it('lists a link on several pages once, with its pages', async () => {
		const elsewhere = mkdtempSync(join(tmpdir(), 'aftercare-check-links-'));
		const file = join(elsewhere, 'planner', 'inserts.pdf');
		mkdirSync(dirname(file));
		writeFileSync(file, await makePdf([{ links: [`${SITE}/go/planer/`] }, { text: ['Nothing to see.'] }, { links: [`${SITE}/go/planer/`], text: [`Or type ${SITE}/go/planer/`] }]));
		const run = checkLinks(file);
		expect(run.status).toBe(1);
		expect(run.stdout).toMatch(/Broken \(2\)[^\n]*\n {4}pages 1, 3 {2}https:\/\/help\.linkshop\.test\/go\/planer\/\n {4}.*Nearest: `https:\/\/help\.linkshop\.test\/go\/planner\/`.*add "planer" to the `formerCodes` of test\/fixtures\/links\/content\/products\/planner\.yaml\./);
	});
	it("names the troubleshooting entry and the policy page whose former slugs keep a mistyped address working", () => {
		const elsewhere = mkdtempSync(join(tmpdir(), 'aftercare-check-links-'));
		writeFileSync(join(elsewhere, 'typos.txt'), `${SITE}/help/zip-wont-opn/\n${SITE}/pt/policies/refund/\n`);
		const run = checkLinksIn(elsewhere, 'typos.txt');
		expect(run.status).toBe(1);
		expect(run.stdout).toContain('add "zip-wont-opn" to the `formerSlugs` of test/fixtures/links/content/troubleshooting/en/zip-wont-open.mdx.');
		expect(run.stdout).toContain('add "refund" to the `formerSlugs` of test/fixtures/links/content/pages/en/refunds.mdx.');
	});

	it('names a PDF it cannot open, and exits 1', () => {
		const elsewhere = mkdtempSync(join(tmpdir(), 'aftercare-check-links-'));
		writeFileSync(join(elsewhere, 'cut-short.pdf'), '%PDF-1.7\n1 0 obj');
		const run = checkLinks(join(elsewhere, 'cut-short.pdf'));
		expect(run.status).toBe(1);
		expect(run.stdout).toMatch(/cut-short\.pdf: could not be read: it is not a PDF that can be opened \(.+\): export it again from your design tool\./);
		expect(run.stdout).toContain('1 file could not be read');
	});
});

describe('check-links on text and Markdown', () => {
	it('finds a link to another product, a warning that --strict makes an error', () => {
		const run = checkLinks('deliverables/planner/read-me.txt');
		expect(run.status, run.stdout + run.stderr).toBe(0);
		const report = section(run.stdout, 'deliverables/planner/read-me.txt');
		expect(report).toMatch(/Another product \(1\)\n {4}line 4 {2}https:\/\/help\.linkshop\.test\/go\/wedding\/\n {4}.*The short link of Wedding Suite, not Undated Planner: link this product's own page \(https:\/\/help\.linkshop\.test\/go\/planner\/\)/);
		expect(report).not.toContain('print-at-home');
		expect(checkLinks('--strict', 'deliverables/planner/read-me.txt').status).toBe(1);
	});

	it('takes the product from --product over the folder', () => {
		const report = section(checkLinks('deliverables/planner/read-me.txt', '--product', 'wedding-suite').stdout, 'deliverables/planner/read-me.txt');
		expect(report).toContain('(Wedding Suite): 2 links');
		expect(report).toMatch(/Another product \(1\)\n {4}line 3 {2}https:\/\/help\.linkshop\.test\/go\/planner\/print-at-home\//);
	});

	it('reads a Markdown link and a bare address, each at its line', () => {
		const run = checkLinks('notes.md');
		expect(run.status, run.stdout + run.stderr).toBe(0);
		const report = section(run.stdout, 'notes.md');
		expect(report).toContain('notes.md (no product): 2 links into the help centre.');
		expect(report).toMatch(/Former address \(1\)[^\n]*\n {4}line 3 {2}https:\/\/help\.linkshop\.test\/guides\/open-in-canva\/\n {4}.*Print https:\/\/help\.linkshop\.test\/guides\/edit-in-canva\//);
		expect(run.stdout).toContain("1 file is in no product's folder, so links to other products were not looked for");
	});
});

describe("the file's product", () => {
	it('comes from the folders of the path named and below, never from a folder above it', () => {
		// The seller keeps their things in a folder that happens to be named after a product.
		const above = join(mkdtempSync(join(tmpdir(), 'aftercare-check-links-')), 'wedding-suite', 'files');
		mkdirSync(join(above, 'planner'), { recursive: true });
		const text = `Planner help: ${SITE}/go/planner/\n`;
		writeFileSync(join(above, 'read-me.txt'), text);
		writeFileSync(join(above, 'planner', 'read-me.txt'), text);
		const loose = checkLinksIn(above, 'read-me.txt');
		expect(loose.status, loose.stdout + loose.stderr).toBe(0);
		expect(section(loose.stdout, 'read-me.txt')).toBe('read-me.txt (no product): 1 link into the help centre, all current.');
		// Named through a folder below: that folder is the product's, also when the folder itself is named.
		for (const arg of ['planner/read-me.txt', '.', 'planner']) {
			const run = checkLinksIn(above, arg);
			expect(section(run.stdout, 'planner/read-me.txt'), arg).toBe('planner/read-me.txt (Undated Planner, from its folder): 1 link into the help centre, all current.');
		}
	});
});

describe('check-links on a folder', () => {
	it('reads every file inside, each under its own product, and exits 1 for the broken link', () => {
		const run = checkLinks('.');
		expect(run.status, run.stdout + run.stderr).toBe(1);
		for (const file of ['deliverables/planner/read-me.txt', 'deliverables/wedding-suite/cover.pdf', 'deliverables/wedding-suite/guide.pdf', 'notes.md']) expect(section(run.stdout, file)).toBeTruthy();
		expect(run.stdout).toContain('Checked 4 files in');
		expect(run.stdout).toContain('9 links into the help centre (1 broken, 2 former, 1 to another product, 5 fine), 1 to other sites, not checked.');
		// CI=1: no progress bar in the log.
		expect(run.stdout + run.stderr).not.toContain('Reading [');
	});

	it('exits 0 on a folder without broken links', () => {
		const run = checkLinks('deliverables/planner');
		expect(run.status, run.stdout + run.stderr).toBe(0);
		expect(run.stdout).toContain('Checked 1 file in');
	});
});

describe('mistakes in the command', () => {
	it.each([
		[['deliverables/wedding-suite/guid.pdf'], 'There is no file or folder "deliverables/wedding-suite/guid.pdf". Did you mean "deliverables/wedding-suite/guide.pdf"?'],
		[['deliverables/brochure.docx'], 'There is no file or folder'],
		[['deliverables/wedding-suite/guide.pdf', '--product', 'wedding-suit'], 'There is no product "wedding-suit" in test/fixtures/links/content/products/. Did you mean `bundle`, `planner` or `wedding-suite`?'],
		[['--products', 'planner', 'notes.md'], 'There is no option --products. Did you mean --product?'],
		[[], 'Name a file or a folder to check'],
	])('%j exits 2 and says so', (args, message) => {
		const run = checkLinks(...args);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain(message);
		expect(run.stderr).toContain('Usage: npm run check-links');
	});

	it('refuses a file it cannot read, and a folder with nothing to read', () => {
		writeFileSync(join(folder, 'brochure.docx'), 'not really');
		mkdirSync(join(folder, 'empty'), { recursive: true });
		const docx = checkLinks('brochure.docx');
		expect(docx.status).toBe(2);
		expect(docx.stderr).toContain('"brochure.docx" is a .docx file: check-links reads .pdf, .txt, .md files.');
		const empty = checkLinks('empty');
		expect(empty.status).toBe(2);
		expect(empty.stderr).toContain('"empty" holds no .pdf, .txt, .md file to check.');
	});

	it('prints its usage', () => {
		const run = checkLinks('--help');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('--product <id>');
	});
});

describe('the files of the site', () => {
	it('are exactly the files the build writes besides the pages, its assets and public/', () => {
		const dist = inject('exampleSite');
		const site = buildSite(readContent(projectRoot), new Date(Number(FIXED_EPOCH) * 1000));
		const listed = siteFiles(site, routeTable(site));
		const publicFiles = new Set(listFiles(join(projectRoot, 'public')).map((file) => `/${file}`));
		// Host configuration (_redirects, vercel.json) and the build's own marker are no addresses a deliverable prints.
		const built = listFiles(dist)
			.map((file) => `/${file}`)
			.filter((path) => !/\/index\.html$/.test(path) && !/^\/(_astro|pagefind)\//.test(path) && !publicFiles.has(path) && !['/_redirects', '/vercel.json', '/.aftercare-output'].includes(path));
		expect([...listed].sort()).toEqual(built.sort());
		for (const feed of ['/notices/rss.xml', '/notices/feed.json', '/pt/notices/rss.xml', '/pl/notices/feed.json', '/og/guides/choose-the-right-licence.png', '/og/index.png', '/pt/404.html']) expect(listed, feed).toContain(feed);
	});
});
