// `npm run check-links -- <file.pdf|file.txt|file.md|folder> …`: reads every link in a seller's
// deliverables and says, per file, which links into the help centre lead nowhere, which go through
// a former address (they work, but the current one should be printed), and which lead to another
// product than the file's. Exits 1 on a broken link (or, with --strict, on any finding), 2 on a
// mistake in the command line. See README, "Checking the links in your files".
import { SingleBar } from 'cli-progress';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';
import { loadContent, routesOf, siteOf } from '../src/data/shop-state.ts';
import { UsageError } from '../src/lib/cli.ts';
import { ContentError, nearestChoices } from '../src/lib/content-errors.ts';
import { DELIVERABLE_TYPES, isDeliverable, linkFinder, linksInFile, type FoundLink } from '../src/lib/deliverable-links.ts';
import { listFiles } from '../src/lib/files.ts';
import { linkIndex, productName, productShortLink, resolveLink, type LinkCheck, type LinkIndex, type OtherProduct } from '../src/lib/link-resolver.ts';
import { contentDir } from '../src/lib/project.ts';
import { delocalize, folderOfSection } from '../src/lib/routes.ts';
import { closest } from '../src/lib/zod-problems.ts';
import { readCommandLine } from './command-line.ts';

const USAGE = `Usage: npm run check-links -- <file or folder> … [options]

Reads every link in your deliverables (.pdf, .txt and .md files; a folder is read with
everything inside it) and checks the ones into your help centre: links that lead nowhere,
links through a former address, and links to another product than the file's.

The file's product is the nearest folder named after a product id
(deliverables/canva-wedding-suite/guide.pdf is for canva-wedding-suite), or --product.

Options:
  --product <id>   the product these files are for
  --strict         exit 1 on former addresses and links to other products too, not only on broken links
  --help           show this
`;

const root = process.cwd();
// npm runs a script in the project's folder; the seller's paths are relative to where they typed.
const here = process.env.INIT_CWD ?? root;

/** A deliverable: where it is, and its path as the seller named it (`deliverables/planner/a.pdf`, under the folder they named). */
interface Deliverable {
	file: string;
	given: string;
}

/** Every deliverable named on the command line, folders read through (hidden folders and node_modules skipped). */
function deliverables(args: readonly string[]): { files: Deliverable[]; folders: number } {
	if (args.length === 0) throw new UsageError('Name a file or a folder to check, e.g. npm run check-links -- deliverables/');
	const files = new Map<string, Deliverable>();
	let folders = 0;
	for (const arg of args) {
		const path = resolve(here, arg);
		if (!existsSync(path)) {
			const folder = dirname(path);
			const guess = existsSync(folder) && statSync(folder).isDirectory() ? closest(basename(path), readdirSync(folder)) : undefined;
			throw new UsageError(`There is no file or folder "${arg}".${guess ? ` Did you mean "${join(dirname(arg), guess)}"?` : ''}`);
		}
		if (statSync(path).isDirectory()) {
			folders += 1;
			const inside = listFiles(path).filter((file) => isDeliverable(file) && !file.split('/').some((part) => part.startsWith('.') || part === 'node_modules'));
			if (inside.length === 0) throw new UsageError(`"${arg}" holds no ${DELIVERABLE_TYPES.join(', ')} file to check.`);
			for (const file of inside) if (!files.has(join(path, file))) files.set(join(path, file), { file: join(path, file), given: join(arg, file) });
		} else if (isDeliverable(path)) {
			if (!files.has(path)) files.set(path, { file: path, given: arg });
		} else {
			const type = extname(path) || 'extension-less';
			throw new UsageError(`"${arg}" is a${/^\.?[aeiou]/i.test(type) ? 'n' : ''} ${type} file: check-links reads ${DELIVERABLE_TYPES.join(', ')} files. Export it as a PDF (or save it as text) and check that.`);
		}
	}
	return { files: [...files.values()], folders };
}

let files!: Deliverable[];
let folders!: number;
let index!: LinkIndex;
/** A mistake in the content: its list, no usage and no stack trace, as `npm run build` says it. */
function contentMistake(error: unknown): never {
	if (!(error instanceof ContentError)) throw error;
	process.stderr.write(`\n${error.message}\n`);
	process.exit(1);
}

// The files named and --product are checked with the command line: a mistake in them is a usage
// mistake (exit 2). A mistake in the content is the content's (exit 1, no usage).
const { values: options } = readCommandLine({ product: { type: 'string' }, strict: { type: 'boolean', default: false } }, USAGE, {
	positionals: true,
	check: (values, args) => {
		({ files, folders } = deliverables(args));
		let content;
		let site;
		try {
			content = loadContent(root, contentDir());
			site = siteOf(content);
		} catch (error) {
			contentMistake(error);
		}
		if (values.product !== undefined && !content.products.has(values.product)) {
			throw new UsageError(`There is no product "${values.product}" in ${contentDir()}/products/. Did you mean ${nearestChoices(values.product, content.products.keys())}?`);
		}
		const publicDir = join(root, 'public');
		const publicFiles = existsSync(publicDir) ? listFiles(publicDir).map((file) => `/${file}`) : [];
		index = linkIndex(site, routesOf(site), { files: publicFiles });
	},
});

/**
 * The file's product: --product, else the nearest folder named after a product, among the
 * folders of the path the seller named and those below it: not the folders above where they ran
 * the command (their home folder, a project folder that happens to share a product's id).
 */
function productOf({ given }: Deliverable): { id?: string; from?: 'option' | 'folder' } {
	if (options.product !== undefined) return { id: options.product, from: 'option' };
	const folders = dirname(normalize(given)).split(sep).filter((name) => name !== '.' && name !== '..').reverse();
	const id = folders.find((name) => index.site.content.products.has(name));
	return id ? { id, from: 'folder' } : {};
}

/** Why a file could not be read, and what to do, in a seller's words. */
function unreadable(file: string, error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	if (extname(file).toLowerCase() !== '.pdf') return message;
	if (error instanceof Error && error.name === 'PasswordException') return 'it is locked with a password: check a copy saved without one.';
	return `it is not a PDF that can be opened (${message.replace(/\.$/, '')}): export it again from your design tool.`;
}

interface Checked {
	file: string;
	product: { id?: string; from?: 'option' | 'folder' };
	links: { link: FoundLink; check: LinkCheck }[];
	error?: string;
}

const linkify = linkFinder([new URL(index.site.content.shop.url).hostname.split('.').at(-1)!]);
const started = performance.now();
// A bar over a folder, for the person at the terminal; CI logs and pipes get the report alone.
const bar = folders > 0 && files.length > 1 && process.stdout.isTTY && !process.env.CI ? new SingleBar({ format: 'Reading [{bar}] {value}/{total} files  {file}', hideCursor: true, clearOnComplete: true }) : undefined;
bar?.start(files.length, 0, { file: '' });
const results: Checked[] = [];
for (const deliverable of files) {
	const { file } = deliverable;
	const shown = relative(here, file) || file;
	bar?.update({ file: shown.length > 40 ? `…${shown.slice(-39)}` : shown });
	const product = productOf(deliverable);
	try {
		const found = await linksInFile(file, linkify);
		results.push({ file, product, links: found.map((link) => ({ link, check: resolveLink(link.url, index, product.id) })) });
	} catch (error) {
		results.push({ file, product, links: [], error: unreadable(file, error) });
	}
	bar?.increment();
}
bar?.stop();

// The report: per file, its findings grouped by what to do about them, then one line of counts.
const out: string[] = [];
const say = (line = '') => out.push(line);
/** `page 3`, `pages 2, 9`, `line 4`. */
function wheres(links: FoundLink[]): string {
	const pages = links.some((link) => link.page !== undefined);
	const numbers = [...new Set(links.map((link) => (pages ? link.page : link.line)))];
	return `${pages ? 'page' : 'line'}${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')}`;
}
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const VIA = {
	'former-slug': "the article's former address",
	'former-code': "the product's former short code",
	imported: `an address from your previous help tool (${contentDir()}/redirects.yaml)`,
} as const;

/**
 * How to keep a broken address working from the help centre's side, for a file already sold: the
 * old code or slug in the product's or article's list of former ones (named when the nearest
 * address is plainly the one meant), else a line in content/redirects.yaml.
 */
function keepWorking(path: string, nearest: string | undefined): string {
	const parts = (address: string) => delocalize(address, index.site.locales).path.split('/').filter(Boolean);
	const [section, first, second] = parts(path);
	const [, meantFirst, meantSecond] = nearest ? parts(nearest) : [];
	const kind = section === undefined ? undefined : folderOfSection(section);
	const file = (slug: string) => (kind && index.site.slugs(kind).includes(slug) ? index.site.get(kind, slug, index.site.defaultLocale).article.file : `the article "${slug}"`);
	if (section === 'go' && first && !index.codes.has(first)) {
		const product = meantFirst ? index.codes.get(meantFirst) : undefined;
		return `if this was a product's shortCode, add "${first}" to the \`formerCodes\` of ${product ? product.file : 'that product'}`;
	}
	if (section === 'go' && second) return `if this was an article's slug, add "${second}" to the \`formerSlugs\` of ${meantSecond && meantSecond !== second ? `the article "${meantSecond}"` : 'that article'} (it must apply to the product)`;
	if (kind && first) return `if this was an article's slug, add "${first}" to the \`formerSlugs\` of ${meantFirst && nearest && parts(nearest)[0] === section ? file(meantFirst) : 'that article'}`;
	return `add \`${path}: ${nearest ?? '/the/page/it/should/open/'}\` to ${contentDir()}/redirects.yaml`;
}

function otherText(other: OtherProduct, product: string): string {
	const names = other.products.map((id) => productName(index, id)).join(', ');
	const own = productName(index, product);
	const lead = other.kind === 'article' ? `"${other.title}" is for ${names}, not ${own}` : other.kind === 'short-link' ? `The short link of ${names}, not ${own}` : `The page of ${names}, not ${own}`;
	const instead = productShortLink(index, product);
	return `${lead}: link this product's own page${instead ? ` (${instead})` : ''}, or check the file is in the right product's folder.`;
}

const totals = { files: results.length, ours: 0, fine: 0, broken: 0, former: 0, other: 0, foreign: 0, unread: 0, noProduct: 0 };
for (const { file, product, links, error } of results) {
	const shown = relative(here, file) || file;
	const forWhom = product.id ? ` (${productName(index, product.id)}${product.from === 'folder' ? ', from its folder' : ''})` : ' (no product)';
	if (error !== undefined) {
		totals.unread += 1;
		say(`${shown}: could not be read: ${error}`);
		continue;
	}
	if (!product.id) totals.noProduct += 1;
	const broken = links.filter(({ check }) => check.status === 'broken');
	const former = links.filter(({ check }) => check.status === 'former');
	const other = links.filter(({ check }) => (check.status === 'ok' || check.status === 'former') && check.other);
	const foreign = links.filter(({ check }) => check.status === 'foreign').length;
	const ours = links.length - foreign;
	totals.ours += ours;
	totals.foreign += foreign;
	totals.broken += broken.length;
	totals.former += former.length;
	totals.other += other.length;
	totals.fine += links.filter(({ check }) => check.status === 'ok' && !check.other).length;
	const elsewhere = foreign > 0 ? `, ${foreign} to other sites` : '';
	if (links.length === 0) {
		say(`${shown}${forWhom}: no links found${extname(file).toLowerCase() === '.pdf' ? ' (a PDF whose text is drawn as pictures has none to read)' : ''}.`);
		continue;
	}
	const findings = broken.length + former.length + other.length;
	say(`${shown}${forWhom}: ${plural(ours, 'link')} into the help centre${findings === 0 && ours > 0 ? ', all current' : ''}${elsewhere}.`);
	// The same link on many pages is one entry: `pages 2, 9, 14`.
	type Item = { link: FoundLink; check: LinkCheck };
	const merged = (items: Item[]) => {
		const byUrl = new Map<string, Item[]>();
		for (const item of items) {
			const same = byUrl.get(item.link.url);
			if (same) same.push(item);
			else byUrl.set(item.link.url, [item]);
		}
		return [...byUrl.values()].map((same) => ({ ...same[0]!, at: wheres(same.map(({ link }) => link)) }));
	};
	const groups = { broken: merged(broken), former: merged(former), other: merged(other) };
	const width = Math.max(...[...groups.broken, ...groups.former, ...groups.other].map(({ at }) => at.length), 0);
	const item = ({ link, at }: { link: FoundLink; at: string }, text: string) => {
		say(`    ${at.padEnd(width)}  ${link.written ?? link.url}`);
		say(`    ${' '.repeat(width)}  ${text}`);
	};
	if (broken.length > 0) {
		say(`  Broken (${broken.length}): leads nowhere; fix the link in the file`);
		for (const entry of groups.broken) {
			const { check } = entry;
			if (check.status !== 'broken') continue;
			item(entry, `No such page. Nearest: ${check.suggestion}. Already with buyers? Keep it working: ${keepWorking(check.path, check.nearest)}.`);
		}
	}
	if (former.length > 0) {
		say(`  Former address (${former.length}): works, but print the current one`);
		for (const entry of groups.former) if (entry.check.status === 'former') item(entry, `Through ${VIA[entry.check.via]}. Print ${entry.check.print}`);
	}
	if (other.length > 0) {
		say(`  Another product (${other.length})`);
		for (const entry of groups.other) if ((entry.check.status === 'ok' || entry.check.status === 'former') && entry.check.other) item(entry, otherText(entry.check.other, product.id!));
	}
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
say();
say(
	`Checked ${plural(totals.files, 'file')} in ${seconds} s: ${plural(totals.ours, 'link')} into the help centre (${totals.broken} broken, ${totals.former} former, ${totals.other} to another product, ${totals.fine} fine), ${totals.foreign} to other sites, not checked${totals.unread > 0 ? `; ${plural(totals.unread, 'file')} could not be read` : ''}.`,
);
if (totals.noProduct > 0 && options.product === undefined) {
	say(`${plural(totals.noProduct, 'file is', 'files are')} in no product's folder, so links to other products were not looked for: name the folder after a product id, or pass --product.`);
}
const warnings = totals.former + totals.other;
const failed = totals.broken > 0 || totals.unread > 0 || (options.strict && warnings > 0);
if (totals.unread > 0) say(`${plural(totals.unread, 'file')} could not be read: see above.`);
if (totals.broken > 0) say('Broken links found: fix them before you send the files to buyers.');
else if (warnings > 0) say(options.strict ? 'No broken links, but --strict fails on former addresses and links to other products.' : 'No broken links. The former addresses and links to other products work; fix them when you next update the files.');
process.stdout.write(`${out.join('\n')}\n`);
process.exit(failed ? 1 : 0);
