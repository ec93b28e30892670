import { localeSchema } from '../schemas/common.ts';
import type { ContentProblem } from './content-errors.ts';
import { nearestChoices } from './content-errors.ts';
import type { Content, PublishedPath } from './content-model.ts';
import { delocalize, localize } from './routes.ts';
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
	"# the new ones after you publish; you never need to edit this file by hand.",
];

/** The ledger's addresses, read from its text; lines that are not paths are problems at their line. */
export function parseLedger(text: string, file: string): { paths: PublishedPath[]; problems: ContentProblem[] } {
	const paths: PublishedPath[] = [];
	const problems: ContentProblem[] = [];
	text.split('\n').forEach((raw, i) => {
		const path = raw.trim();
		if (path === '' || path.startsWith('#')) return;
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
	return { paths, problems };
}

/** The addresses the site makes, as they appear in a browser (`/pt/guides/x/`), sorted. */
export function publishedPaths(routes: readonly Route[], defaultLocale: string): string[] {
	return [...new Set(routes.map((route) => localize(route.path, route.locale, defaultLocale)))].sort();
}

/** The ledger's text with `current` added: old lines are never dropped, so a removed page stays listed. */
export function recordedLedger(previous: readonly string[], current: readonly string[]): { text: string; added: string[] } {
	const known = new Set(previous);
	const added = current.filter((path) => !known.has(path));
	const all = [...new Set([...previous, ...current])].sort();
	return { text: `${[...LEDGER_HEADER, ...all].join('\n')}\n`, added };
}

/**
 * The ledger's addresses that no page or redirect makes any more, each with the fix that fits
 * its kind of address, and the problems of `content/redirects.yaml` that need the route table:
 * an old address that is now a page of its own, and a target that does not exist.
 */
export function linkProblems(content: Pick<Content, 'redirects' | 'publishedUrls' | 'shop'>, routes: readonly Route[]): ContentProblem[] {
	const defaultLocale = content.shop.locales[0]!;
	const problems: ContentProblem[] = [];
	const made = new Set(publishedPaths(routes, defaultLocale));
	const pages = new Set(routes.filter((route) => route.kind !== 'redirect').map((route) => localize(route.path, route.locale, defaultLocale)));
	const { file: redirectsFile, entries } = content.redirects;
	for (const [from, to] of entries) {
		if (pages.has(from)) {
			problems.push({ file: redirectsFile, where: from, message: `is a page of this help centre, so it cannot also lead elsewhere.`, hint: 'remove this line, or rename the page (an article\'s old slug goes in its `formerSlugs`).' });
		} else if (!to.startsWith('https://') && !pages.has(to)) {
			problems.push({
				file: redirectsFile,
				where: from,
				message: `leads to ${JSON.stringify(to)}, which is not a page of this help centre.`,
				hint: `write the path of a page as it shows in the address bar, such as ${nearestChoices(to, pages)}.`,
			});
		}
	}
	const ledger = content.publishedUrls;
	if (!ledger) return problems;
	const missing = ledger.paths.filter(({ path }) => !made.has(path));
	// A language taken out of shop.yaml loses every address under it: one problem, not hundreds.
	const dropped = new Map<string, PublishedPath[]>();
	for (const entry of missing) {
		const [, first] = entry.path.split('/');
		if (first && localeSchema.safeParse(first).success && !content.shop.locales.includes(first) && missing.some((m) => m.path === `/${first}/`)) dropped.set(first, [...(dropped.get(first) ?? []), entry]);
	}
	for (const [locale, lost] of dropped) {
		problems.push({ file: ledger.file, where: `line ${lost[0]!.line}`, message: `lists ${lost.length} published addresses under /${locale}/, a language content/shop.yaml no longer has: links printed in ${locale} deliverables would break.`, hint: `put "${locale}" back in \`locales\` (untranslated pages show the ${defaultLocale} text), or add a line per address to content/redirects.yaml.` });
	}
	const lostToLocale = new Set([...dropped.values()].flat());
	// One renamed article or short code loses its address in every language and its short links:
	// one problem per thing that went, naming its first address and how many more.
	const groups = new Map<string, PublishedPath[]>();
	for (const entry of missing.filter((entry) => !lostToLocale.has(entry))) {
		const key = lostThing(delocalize(entry.path, content.shop.locales).path, made);
		groups.set(key, [...(groups.get(key) ?? []), entry]);
	}
	// Named by its plainest address: in the default language, and not a short link.
	const plainness = (entry: PublishedPath) => (delocalize(entry.path, content.shop.locales).path === entry.path ? 0 : 2) + (entry.path.includes('/go/') ? 1 : 0);
	for (const lost of groups.values()) {
		const [{ path, line }, ...more] = [...lost].sort((a, b) => plainness(a) - plainness(b)) as [PublishedPath, ...PublishedPath[]];
		const others = more.length === 0 ? '' : ` and ${more.length} more ${more.length === 1 ? 'address' : 'addresses'} of the same page (${more.slice(0, 3).map((entry) => entry.path).join(', ')}${more.length > 3 ? ', …' : ''})`;
		problems.push({ file: ledger.file, where: `line ${line}`, message: `is ${path}${others}, published by this help centre and no longer made by the content: a link or QR code printed with ${more.length === 0 ? 'it' : 'them'} would break.`, hint: fixFor(path, content.shop.locales) });
	}
	return problems;
}

/** What a missing address was the address of: an article (by slug), a short code, or itself. */
function lostThing(path: string, made: ReadonlySet<string>): string {
	const [section, first, second] = path.split('/').filter(Boolean);
	const articleGone = (slug: string) => !['guides', 'help', 'policies'].some((folder) => made.has(`/${folder}/${slug}/`));
	if (section === 'go' && first && !made.has(`/go/${first}/`)) return `code:${first}`;
	if (section === 'go' && first && second) return articleGone(second) ? `article:${second}` : `short-link:${first}:${second}`;
	if ((section === 'guides' || section === 'help' || section === 'policies') && first && !second) return `article:${first}`;
	return `path:${path}`;
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
		return { message: `is ${shown}, which has a part (${JSON.stringify(unsafe)}) a static host cannot be given as a file name: only letters a–z, digits and - . _ ~ between slashes.`, hint: 'write the address exactly as the old tool printed it, with %-codes spelt out as letters, or leave it out.' };
	}
	const last = segments[segments.length - 1] ?? '';
	if (last.includes('.') && !written.endsWith('/')) {
		return { message: `is ${shown}, which ends in a file extension: a static host serves that address as a file, so it cannot lead elsewhere on every host.`, hint: 'leave it out, or set the rule in your host\'s own settings (see README, Publishing).' };
	}
	return { path: written.endsWith('/') ? written : `${written}/` };
}
const SAFE_PATH_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789-._~';

/** How to keep an address working, by the kind of address it is. */
function fixFor(published: string, locales: readonly string[]): string {
	const { locale, path } = delocalize(published, locales);
	const [section, first, second] = path.split('/').filter(Boolean);
	const redirect = `or add a line to content/redirects.yaml: \`${published}: /the/page/it/leads/to/\``;
	if (section === 'go' && first && !second) return `if you renamed a product's shortCode from "${first}", add "${first}" to its \`formerCodes\`; ${redirect}.`;
	if (section === 'go' && first && second) return `add "${first}" to the product's \`formerCodes\` if you renamed its code, or "${second}" to the article's \`formerSlugs\` if you renamed it (and check the article still applies to the product); ${redirect}.`;
	if ((section === 'guides' || section === 'help' || section === 'policies') && first) return `if you renamed or moved the article "${first}", add "${first}" to \`formerSlugs\` in the article it became (in content/${section === 'help' ? 'troubleshooting' : section === 'policies' ? 'pages' : 'guides'}/${locales[0]}/), ${redirect}.`;
	if (locale !== locales[0] && path === '/') return `the language "${locale}" was removed from \`locales\` in shop.yaml: put it back, ${redirect}.`;
	return `if you removed or renamed it on purpose, ${redirect}.`;
}
