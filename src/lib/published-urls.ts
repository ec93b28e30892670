import { localeSchema } from '../schemas/common.ts';
import type { ContentProblem } from './content-errors.ts';
import { nearestChoices } from './content-errors.ts';
import type { Content, PublishedPath } from './content-model.ts';
import { absoluteUrl, siteBase, siteOrigin, withoutBase } from './base-path.ts';
import { articleSections, delocalize, folderOfSection, localize, normalizeInternalHref } from './routes.ts';
import type { Route } from './route-table.ts';

/**
 * The ledger of published addresses, `content/published-urls.txt`: one path per line, every
 * address the help centre has ever had. A build reads it and never writes it; `npm run
 * record-urls` adds the addresses a build makes (the GitHub Pages workflow runs it after each
 * deploy). An address in the ledger that the content no longer makes stops the build, so a
 * reorganisation cannot break a link printed in a PDF.
 */
export const LEDGER_FILE = 'published-urls.txt';

export const LEDGER_HEADER = [
	'# Every address this help centre has published, one per line. Do not remove lines: a build',
	'# stops if one of these addresses would no longer lead anywhere. `npm run record-urls` adds',
	"# the new ones after you publish; you never need to edit this file by hand. The site line says",
	'# which help centre they were published at: a shop started from another shop deletes the file.',
];
const SITE_LINE = 'site: ';

/** The ledger's addresses and its site, read from its text; lines that are not paths are problems at their line. */
export function parseLedger(text: string, file: string): { site?: string; paths: PublishedPath[]; problems: ContentProblem[] } {
	const paths: PublishedPath[] = [];
	const problems: ContentProblem[] = [];
	let site: string | undefined;
	text.split('\n').forEach((raw, i) => {
		const path = raw.trim();
		if (path === '' || path.startsWith('#')) return;
		if (path.startsWith(SITE_LINE) && site === undefined) {
			site = path.slice(SITE_LINE.length).trim();
			return;
		}
		if (!path.startsWith('/') || !path.endsWith('/') || path.includes(' ')) {
			problems.push({
				file,
				where: `line ${i + 1}`,
				message: `is ${JSON.stringify(path)}, which is not an address of this help centre (a path such as /guides/print-at-home/).`,
				hint: 'restore the line as `npm run record-urls` wrote it (your version history has it), or delete it if you added it by hand.',
			});
			return;
		}
		paths.push({ path, line: i + 1 });
	});
	return { ...(site === undefined ? {} : { site }), paths, problems };
}

/** The address a ledger is kept for: the shop's `url` as every page's address starts (`https://x.github.io/help/`). */
export function ledgerSite(shopUrl: string): string {
	return absoluteUrl('/', shopUrl);
}

/** The addresses the site makes, as they appear in a browser (`/pt/guides/x/`), sorted. */
export function publishedPaths(routes: readonly Route[], defaultLocale: string): string[] {
	return [...new Set(routes.map((route) => localize(route.path, route.locale, defaultLocale)))].sort();
}

/** The ledger's text with `current` added: old lines are never dropped, so a removed page stays listed. */
export function recordedLedger(previous: readonly string[], current: readonly string[], site: string): { text: string; added: string[] } {
	const known = new Set(previous);
	const added = current.filter((path) => !known.has(path));
	const all = [...new Set([...previous, ...current])].sort();
	return { text: `${[...LEDGER_HEADER, `${SITE_LINE}${site}`, ...all].join('\n')}\n`, added };
}

/** The URL sections articles live under: `/guides/`, `/help/`, `/policies/`. */
const articleSectionNames = Object.values(articleSections);
/** How a line of redirects.yaml that repeats an address the content makes is told to go. */
const MADE_ALREADY_HINT = "remove this line; to move a page, rename it and list its old slug in its `formerSlugs` (a code in the product's `formerCodes`).";

/**
 * Problems that need the route table: an address made twice (a guide and a troubleshooting entry
 * with one slug give `/go/<code>/<slug>/` two targets); lines of `content/redirects.yaml` whose
 * old address is a deep short link; and the ledger's addresses that nothing makes any more, one
 * problem per thing that went, with the fix that fits it.
 */
export function addressProblems(content: Pick<Content, 'redirects' | 'publishedUrls' | 'shop' | 'articles'>, routes: readonly Route[]): ContentProblem[] {
	const defaultLocale = content.shop.locales[0]!;
	const address = (route: Route) => localize(route.path, route.locale, defaultLocale);
	const problems: ContentProblem[] = [...twiceMade(content, routes, address, defaultLocale)];
	const made = new Set(routes.map(address));
	const pages = new Set(routes.filter((route) => route.kind !== 'redirect').map(address));
	// The first list (redirectLineProblems) has checked the lines against every page and short
	// code; a deep short link (`/go/<code>/<slug>/`) is known only now.
	const madeByContent = new Set(routes.filter((route) => route.kind !== 'redirect' || route.via !== 'imported').map(address));
	for (const [from, { written }] of content.redirects.entries) {
		if (madeByContent.has(from)) problems.push({ file: content.redirects.file, where: written, message: 'is a short link or old address the content already makes, so it cannot also lead elsewhere.', hint: MADE_ALREADY_HINT });
	}
	const ledger = content.publishedUrls;
	const site = ledgerSite(content.shop.url);
	if (ledger?.site !== undefined && ledger.site !== site) {
		// Every address would be reported otherwise: one problem, which is usually a new shop
		// begun from a copy of another (the example shop) with its ledger.
		problems.push({
			file: ledger.file,
			where: 'site',
			message: `lists the addresses published at ${ledger.site}, but content/shop.yaml's url is ${site}.`,
			hint: `if this is a new shop begun from another (such as the example shop), delete ${ledger.file}: it belongs to that one. If you moved your help centre, keep the old address answering (a redirect at its host) and write \`site: ${site}\` on the file's site line.`,
		});
	} else if (ledger) problems.push(...ledgerProblems(ledger, made, pages, content.shop.locales));
	return problems;
}

/**
 * The lines of content/redirects.yaml, checked with the rest of the content (before the route
 * table exists), so their mistakes come in the same list: an old address that is a page or a
 * short code of this help centre, and a target that is not a page. `known` is every page path
 * without its locale (src/lib/check-references.ts knownPaths).
 */
export function redirectLineProblems(content: Pick<Content, 'redirects' | 'shop'>, known: ReadonlySet<string>): ContentProblem[] {
	const { locales, url } = content.shop;
	const problems: ContentProblem[] = [];
	const { file, entries } = content.redirects;
	const isKnown = (path: string) => known.has(delocalize(path, locales).path);
	for (const [from, { to, written }] of entries) {
		if (isKnown(from)) {
			const what = delocalize(from, locales).path.startsWith('/go/') ? 'a short link' : 'a page';
			problems.push({ file, where: written, message: `is ${what} of this help centre, so it cannot also lead elsewhere.`, hint: MADE_ALREADY_HINT });
			continue;
		}
		const target = redirectTarget(to, url);
		if ('message' in target) problems.push({ file, where: written, message: target.message, hint: target.hint });
		else if ('path' in target && !isKnown(target.path)) {
			problems.push({ file, where: written, message: `leads to ${JSON.stringify(to)}, which is not a page of this help centre.`, hint: `write the path of a page as it shows in the address bar, such as ${nearestChoices(delocalize(target.path, locales).path, known)}.` });
		}
	}
	return problems;
}

/** Each address two routes would make, once, named at the files that make it. */
function twiceMade(content: Pick<Content, 'articles' | 'redirects'>, routes: readonly Route[], address: (route: Route) => string, defaultLocale: string): ContentProblem[] {
	const seen = new Set<string>();
	const told = new Set<string>();
	const problems: ContentProblem[] = [];
	// A line of redirects.yaml that repeats an address is told at its line (addressProblems).
	for (const route of routes.filter((r) => r.kind !== 'redirect' || r.via !== 'imported')) {
		const path = address(route);
		if (!seen.has(path)) {
			seen.add(path);
			continue;
		}
		// The same slug in two folders repeats in every code and language: said once per slug.
		const slug = route.path.split('/').filter(Boolean).at(-1) ?? '';
		if (told.has(slug)) continue;
		told.add(slug);
		const owners = (['guides', 'troubleshooting'] as const).flatMap((folder) => content.articles[folder].filter((a) => a.locale === defaultLocale && (a.slug === slug || a.data.formerSlugs.includes(slug))).map((a) => a.file));
		if (owners.length >= 2) {
			problems.push({ file: owners[1]!, message: `has the name or old name "${slug}", as ${owners[0]} does, so the short link ${path} would lead to two pages.`, hint: 'rename one of the two (and list the old name in its `formerSlugs` if it was published).' });
		} else {
			problems.push({ file: content.redirects.file, message: `${path} is made twice by the content.`, hint: 'remove one of the two: an old slug, an old code or a line of content/redirects.yaml.' });
		}
	}
	return problems;
}

function ledgerProblems(ledger: NonNullable<Content['publishedUrls']>, made: ReadonlySet<string>, pages: ReadonlySet<string>, locales: readonly string[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const missing = ledger.paths.filter(({ path }) => !made.has(path));
	const missingPaths = new Set(missing.map((entry) => entry.path));
	// One renamed article or short code loses its address in every language and its short links,
	// and a language taken out of shop.yaml every address under it: one problem per thing that went.
	const groups = new Map<string, PublishedPath[]>();
	for (const entry of missing) {
		const [, first] = entry.path.split('/');
		const droppedLocale = first !== undefined && localeSchema.safeParse(first).success && !locales.includes(first) && missingPaths.has(`/${first}/`);
		const key = droppedLocale ? `language:${first}` : lostThing(delocalize(entry.path, locales).path, made, pages);
		let group = groups.get(key);
		if (!group) groups.set(key, (group = []));
		group.push(entry);
	}
	// Named by its plainest address: in the default language, and not a short link.
	const plainness = (entry: PublishedPath) => (delocalize(entry.path, locales).path === entry.path ? 0 : 2) + (entry.path.includes('/go/') ? 1 : 0);
	for (const [key, lost] of groups) {
		const [{ path, line }, ...more] = lost.map((entry) => ({ entry, rank: plainness(entry) })).sort((a, b) => a.rank - b.rank).map(({ entry }) => entry) as [PublishedPath, ...PublishedPath[]];
		if (key.startsWith('language:')) {
			const locale = key.slice('language:'.length);
			problems.push({ file: ledger.file, where: `line ${lost[0]!.line}`, message: `lists ${lost.length} published addresses under /${locale}/, a language content/shop.yaml no longer has: links printed in ${locale} deliverables would break.`, hint: `put "${locale}" back in \`locales\` (untranslated pages show the ${locales[0]} text), or add a line per address to content/redirects.yaml.` });
			continue;
		}
		const others = more.length === 0 ? '' : ` and ${more.length} more ${more.length === 1 ? 'address' : 'addresses'} of the same page (${more.slice(0, 3).map((entry) => entry.path).join(', ')}${more.length > 3 ? ', …' : ''})`;
		problems.push({ file: ledger.file, where: `line ${line}`, message: `is ${path}${others}, published by this help centre and no longer made by the content: a link or QR code printed with ${more.length === 0 ? 'it' : 'them'} would break.`, hint: fixFor(key, path, pages, locales) });
	}
	return problems;
}

/** What a missing address was the address of: a short code, an article (by slug), one short link, or itself. */
function lostThing(path: string, made: ReadonlySet<string>, pages: ReadonlySet<string>): string {
	const [section, first, second] = path.split('/').filter(Boolean);
	// Gone as a page: a line of redirects.yaml may keep its address, not the article.
	const articleGone = (slug: string) => !articleSectionNames.some((section) => pages.has(`/${section}/${slug}/`));
	if (section === 'go' && first && !made.has(`/go/${first}/`)) return `code:${first}`;
	if (section === 'go' && first && second) return articleGone(second) ? `article:${second}` : `short-link:${first}:${second}`;
	if (section && folderOfSection(section) && first && !second) return `article:${first}`;
	return `path:${path}`;
}

/** How to keep a lost address working, by what it was the address of. */
function fixFor(key: string, published: string, pages: ReadonlySet<string>, locales: readonly string[]): string {
	const { locale, path } = delocalize(published, locales);
	const [section] = path.split('/').filter(Boolean);
	const line = (to: string) => `\`${published}: ${localize(to, locale, locales[0]!)}\``;
	const [kind, code = '', slug = ''] = key.split(':');
	// Where an article's slug is made now, if anywhere (`/help/x/` after a move from the guides).
	const pageOf = (articleSlug: string) => articleSectionNames.map((s) => `/${s}/${articleSlug}/`).find((candidate) => pages.has(candidate));
	if (kind === 'code') return `if you renamed a product's shortCode from "${code}", add "${code}" to its \`formerCodes\`; if you removed the product, add a line to content/redirects.yaml such as ${line('/products/')}.`;
	if (kind === 'short-link') {
		return `the article "${slug}" no longer applies to the product whose code is "${code}" (its \`products\` or \`software\` changed). If that is right, keep the printed link working with a line in content/redirects.yaml: ${line(pageOf(slug) ?? '/')}.`;
	}
	if (kind === 'article') {
		const lostSlug = key.slice('article:'.length);
		const movedTo = pageOf(lostSlug);
		if (movedTo) return `the article "${lostSlug}" is now ${movedTo}; keep the old address with a line in content/redirects.yaml: ${line(movedTo)}.`;
		const where = section === 'go' ? 'guides or troubleshooting' : (folderOfSection(section ?? '') ?? 'guides');
		return `if you renamed the article "${lostSlug}", add "${lostSlug}" to \`formerSlugs\` in the article it became (in content/${where}/${locales[0]}/); if you removed it, add a line to content/redirects.yaml such as ${line('/help/')}.`;
	}
	return `if you removed or renamed it on purpose, keep it working with a line in content/redirects.yaml: ${line('/the/page/it/leads/to/')}.`;
}

/**
 * An old address as written in content/redirects.yaml, as the path a browser asks for
 * (`/article/123-old-name` -> `/article/123-old-name/`), or why it cannot be served by a static host.
 */
export function redirectSource(written: string): { path: string } | { message: string; hint: string } {
	const shown = JSON.stringify(written);
	if (!written.startsWith('/') || written.startsWith('//')) {
		return { message: `is ${shown}, which is not a path: an old address is written from its first slash, without the site's domain.`, hint: 'write it as it follows the domain, e.g. `/article/123-old-name`.' };
	}
	if (written.includes('?') || written.includes('#')) {
		return { message: `is ${shown}: static hosts match the path alone, not what follows ? or #.`, hint: `write the part before the ${written.includes('?') ? '?' : '#'}.` };
	}
	const segments = written.split('/').slice(1);
	if (written.endsWith('/')) segments.pop();
	const unsafe = segments.find((segment) => segment === '' || segment === '.' || segment === '..' || [...segment].some((char) => !SAFE_PATH_CHARACTERS.includes(char.toLowerCase())));
	if (unsafe !== undefined) {
		return { message: `is ${shown}, which has a part (${JSON.stringify(unsafe)}) a static host cannot be given as a file name: only letters a–z, digits and - . _ ~ between slashes.`, hint: 'an address with accents, %-codes or other signs cannot be redirected on every static host: leave it out, or set that one rule in your host\'s own settings (see README, Publishing).' };
	}
	const last = segments[segments.length - 1] ?? '';
	if (last.includes('.') && !written.endsWith('/')) {
		return { message: `is ${shown}, which ends in a file extension: a static host serves that address as a file, so it cannot lead elsewhere on every host.`, hint: 'leave it out, or set the rule in your host\'s own settings (see README, Publishing).' };
	}
	return { path: written.endsWith('/') ? written : `${written}/` };
}
const SAFE_PATH_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789-._~';

/**
 * Where a line of content/redirects.yaml leads: a path of this help centre (with any `#section`),
 * an address on another site (https only), or why neither. An address on the help centre's own
 * domain is read as its path, so it is checked like one.
 */
export function redirectTarget(to: string, shopUrl: string): { path: string; fragment: string } | { url: string } | { message: string; hint: string } {
	const shown = JSON.stringify(to);
	if ([...to].some((char) => char.charCodeAt(0) <= 32 || char.charCodeAt(0) === 127)) {
		return { message: `leads to ${shown}, which has a space or an invisible character in it.`, hint: 'write the address without spaces (a space in an address is written %20).' };
	}
	let internal = to;
	if (to.includes('://')) {
		let url: URL;
		try {
			url = new URL(to);
		} catch {
			return { message: `leads to ${shown}, which is not an address.`, hint: 'write a path of this help centre, such as /help/download-link-expired/, or a whole https:// address.' };
		}
		const inside = url.origin === siteOrigin(shopUrl) ? withoutBase(url.pathname, siteBase(shopUrl)) : undefined;
		if (inside === undefined) {
			return url.protocol === 'https:' ? { url: url.href } : { message: `leads to ${shown}, which is not an https:// address.`, hint: 'write the https:// address of the page.' };
		}
		internal = `${inside}${url.hash}`;
	} else if (!to.startsWith('/') || to.startsWith('//')) {
		return { message: `leads to ${shown}, which is neither a path of this help centre nor an https:// address.`, hint: 'write a path such as /help/download-link-expired/ (from its first slash), or a whole https:// address.' };
	}
	const { path, suffix } = normalizeInternalHref(internal);
	if (suffix.startsWith('?')) return { message: `leads to ${shown}, with a query (?…) the help centre's pages do not read.`, hint: 'write the path without what follows the ?.' };
	return { path, fragment: suffix };
}
