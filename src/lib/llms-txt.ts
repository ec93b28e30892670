import type { BlockContent, Heading, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { articleTree, internalUrl, plainMarkdownTree, serializeMarkdown, type LinkTarget } from './article-markdown.ts';
import { absoluteUrl } from './base-path.ts';
import type { Article } from './content-model.ts';
import { listedLicenses, offeredKeys, offeringOf } from './license-use.ts';
import { noticeAnchor, noticeView } from './notices.ts';
import { autonym, pageContext, type PageContext } from './page-context.ts';
import { factRows, permissionDetails } from './permission-text.ts';
import { bundledItems, needsWording, noLicenceKey, ownNeeds, type SoftwareNeeds } from './products.ts';
import { firstChannel, refundPolicy } from './refund-policy.ts';
import type { Route } from './route-table.ts';
import { localize, paths } from './routes.ts';
import { supportDetails, supportPageOf, timeZoneNote } from './support-page.ts';
import type { ArticleKind, Localized, Site } from './site.ts';

// The help centre for AI assistants, after the llms.txt convention (https://llmstxt.org): per
// language, `llms.txt` (an H1 with the site's name, a blockquote summary, how to reach the shop,
// then H2 lists of links with a note each, the skippable ones under "Optional") and
// `llms-full.txt` (every article of that language in full, as Markdown). An assistant a buyer
// asks can then answer from the seller's own words and link the page it answered from.
//
// An article not yet translated is in its language's files all the same, in the language it is
// written in and marked so: an assistant given the Portuguese file can answer every question a
// Portuguese buyer asks (and translate), where a pointer to the English file would need a second
// fetch many assistants never make. Its link is the Portuguese address, which shows the English
// text under a note in Portuguese, so the buyer it is given to stays in their language's pages.

/** `/llms.txt`, `/pt/llms.txt`, `/pt/llms-full.txt`: where a language's files are, without the base path. */
export function llmsPath(locale: string, defaultLocale: string, full = false): string {
	return localize(`/${full ? 'llms-full' : 'llms'}.txt`, locale, defaultLocale);
}

const text = (value: string) => ({ type: 'text' as const, value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const link = (url: string, label: string): PhrasingContent => ({ type: 'link', url, children: [text(label)] });
/** An address on its own, written `<https://…>`. */
const bare = (url: string): PhrasingContent => link(url, url);
const para = (...children: PhrasingContent[]): BlockContent => ({ type: 'paragraph', children });
const heading = (depth: Heading['depth'], ...children: PhrasingContent[]): Heading => ({ type: 'heading', depth, children });
const list = (items: PhrasingContent[][]): List => ({
	type: 'list',
	ordered: false,
	spread: false,
	children: items.map((children): ListItem => ({ type: 'listItem', spread: false, children: [para(...children)] })),
});
/** One line of text from a field that may hold line breaks. */
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

/** What both files need for one language. */
interface Reader {
	site: Site;
	page: PageContext;
	locale: string;
	/** A locale-neutral path as an absolute URL in this language. */
	url(path: string): string;
	links: LinkTarget;
}

function readerFor(site: Site, locale: string, routes: readonly Route[] = []): Reader {
	const page = pageContext(site, locale, llmsPath(locale, site.defaultLocale));
	// Renamed articles: link where they are now, not through the page that sends the browser on.
	const formerTo = new Map(routes.flatMap((route) => (route.kind === 'redirect' && route.via === 'former-slug' && route.locale === site.defaultLocale ? [[route.path, route.to] as const] : [])));
	return {
		site,
		page,
		locale,
		url: (path) => page.absolute(localize(path, locale, site.defaultLocale)),
		links: { locale, locales: site.locales, defaultLocale: site.defaultLocale, url: site.content.shop.url, formerTo },
	};
}

/** The shop's name and what it is, for the H1 and the blockquote. */
function title(reader: Reader): Heading {
	return heading(1, text(`${reader.site.content.shop.name}: ${reader.page.t('site.helpCentre')}`));
}

function summary(reader: Reader): RootContent {
	const { page, site } = reader;
	const tagline = page.text(site.content.shop.tagline);
	return { type: 'blockquote', children: [para(text(oneLine(tagline ?? site.products().map((p) => page.text(p.name)).join(', '))))] };
}

/** How to reach the shop: each channel with its address and when to use it, then the hours and the promise. */
function contact(reader: Reader): RootContent[] {
	const { page } = reader;
	const { support } = reader.site.content.shop;
	const channels = support.channels.map((channel) => {
		const address = channel.type === 'email' && channel.email ? link(`mailto:${channel.email}`, channel.email) : channel.url ? bare(channel.url) : undefined;
		const note = page.text(channel.note);
		return [text(`${page.text(channel.label)}${address ? ': ' : ''}`), ...(address ? [address] : []), ...(note ? [text(` — ${oneLine(note)}`)] : [])];
	});
	return [
		para(strong(page.t('nav.contact'))),
		list(channels),
		para(text([page.t('help.promise', { promise: oneLine(page.text(support.responsePromise)) }), page.t('help.hours', { hours: oneLine(page.text(support.hours)) }), timeZoneNote(reader.site.content.shop, { t: page.t, locale: page.locale }, reader.site.now)].filter(Boolean).join(' '))),
	];
}

/** " (inglês)" after a title whose article is shown in another language than the file's. */
function languageMark(reader: Reader, article: Article): string {
	return article.locale === reader.locale ? '' : ` (${reader.page.languageName(article.locale)})`;
}

const folderSection: Record<ArticleKind, 'nav.troubleshooting' | 'nav.guides' | 'footer.policies'> = { troubleshooting: 'nav.troubleshooting', guides: 'nav.guides', pages: 'footer.policies' };

/** The articles of a folder in the order a buyer needs them: troubleshooting most asked first, the rest by title. */
function articlesOf(reader: Reader, folder: ArticleKind): Localized[] {
	const { site, locale } = reader;
	if (folder === 'troubleshooting') return site.commonProblems(locale);
	return site.slugs(folder).map((slug) => site.get(folder, slug, locale));
}

function activeNoticeItems(reader: Reader): PhrasingContent[][] {
	const { page } = reader;
	return reader.site.activeNotices(reader.locale).map((notice) => [
		link(`${reader.url(paths.notices())}#${noticeAnchor(notice.article.slug)}`, `${notice.article.data.title}${languageMark(reader, notice.article)}`),
		text(`: ${page.t(`notice.${noticeView(reader.site, page, notice).label}`)}`),
	]);
}

/**
 * `llms.txt` for one language: the shop, how to reach it, then a list of links per kind of page,
 * each with its one-line summary, and the full file's address.
 */
export function llmsTxt(site: Site, locale: string): string {
	const reader = readerFor(site, locale);
	const { page, url } = reader;
	const { content, defaultLocale } = site;
	const item = (target: string, label: string, note: string | undefined): PhrasingContent[] => [link(target, label), ...(note ? [text(`: ${oneLine(note)}`)] : [])];
	const section = (name: string, items: PhrasingContent[][]): RootContent[] => (items.length === 0 ? [] : [heading(2, text(name)), list(items)]);
	const others = site.locales.filter((other) => other !== locale);
	const notices = activeNoticeItems(reader);
	const tree: Root = {
		type: 'root',
		children: [
			title(reader),
			summary(reader),
			para(text(page.t('llms.intro', { shop: content.shop.name }))),
			para(link(page.absolute(llmsPath(locale, defaultLocale, true)), page.t('llms.fullText'))),
			...contact(reader),
			...(notices.length > 0 ? [para(strong(page.t('notices.active'))), list(notices)] : []),
			...(others.length > 0 ? [para(text(`${page.t('llms.otherLanguages')} `), ...others.flatMap((other, i) => [...(i > 0 ? [text(', ')] : []), link(page.absolute(llmsPath(other, defaultLocale)), autonym(other))]))] : []),
			...section(page.t('nav.products'), site.products().map((product) => item(url(paths.product(product.id)), page.text(product.name), page.text(product.summary)))),
			...(['troubleshooting', 'guides'] as const).flatMap((folder) =>
				section(page.t(folderSection[folder]), articlesOf(reader, folder).map(({ article }) => item(url(paths.article(folder, article.slug)), article.data.title, `${article.data.description}${languageMark(reader, article)}`))),
			),
			...section(page.t('nav.licenses'), listedLicenses([...content.licenses.values()]).map((license) => item(url(paths.license(license.id)), page.text(license.name), page.text(license.summary)))),
			...section(page.t('footer.policies'), articlesOf(reader, 'pages').map(({ article }) => item(url(paths.article('pages', article.slug)), article.data.title, `${article.data.description}${languageMark(reader, article)}`))),
			...section('Optional', [
				item(url(paths.licenseChooser()), page.t('chooser.title'), page.t('chooser.description')),
				item(url(paths.licenses()), page.t('license.comparison'), page.t('home.licensesIntro')),
				item(url(paths.notices()), page.t('notices.title'), undefined),
				item(url(paths.topics()), page.t('nav.topics'), page.t('index.topicsLead')),
			]),
		],
	};
	return serializeMarkdown(tree);
}

/** "Canva", "You need all of: Canva, Adobe Acrobat Reader", as the hub says it. */
function needsText(page: PageContext, needs: SoftwareNeeds): string {
	const name = (id: string) => page.site.content.shop.software[id]?.name ?? id;
	const wording = needsWording(needs);
	if (wording.kind === 'none') return page.t('product.needsNothing');
	if (wording.kind === 'all') return wording.ids.length === 1 ? name(wording.ids[0]!) : `${page.t('product.needsAll')} ${wording.ids.map(name).join(', ')}`;
	if (wording.kind === 'any') return `${page.t('product.needsAny')} ${wording.ids.map(name).join(', ')}`;
	return `${page.t('product.needsAll')} ${wording.groups.map((group) => `${group.length > 1 ? `${page.t('product.oneOf')} ` : ''}${group.map(name).join(', ')}`).join('; ')}`;
}

/** A product's hub in words: what it is, its formats and parts, what it needs and the licences it comes with. */
function productBlock(reader: Reader, id: string): RootContent[] {
	const { site, page, url } = reader;
	const product = site.content.products.get(id)!;
	const reach = site.reach(product);
	const parts = reach.parts.map((pid) => site.content.products.get(pid)!);
	const needs = parts.length === 0 ? needsText(page, reach.needs) : bundledItems(product, (p) => site.reach(p.id)).map((pid) => `${page.text(site.content.products.get(pid)!.name)}: ${needsText(page, ownNeeds(site.content.products.get(pid)!.software))}`).join('; ');
	const licences = reach.licenses.length === 0 ? [text(page.text(product.noLicense) ?? page.t(noLicenceKey(product.kind)))] : reach.licenses.flatMap((lid, i) => [...(i > 0 ? [text(', ')] : []), link(url(paths.license(lid)), page.text(site.content.licenses.get(lid)!.name))]);
	const row = (label: string, ...value: PhrasingContent[]): PhrasingContent[] => [text(`${label}: `), ...value];
	return [
		heading(3, text(page.text(product.name))),
		para(bare(url(paths.product(id)))),
		para(text(oneLine(page.text(product.summary)))),
		list([
			...(product.formats.length > 0 ? [row(page.t('product.formats'), text(product.formats.join(', ')))] : []),
			...(parts.length > 0 ? [row(page.t('product.contains'), ...parts.flatMap((part, i) => [...(i > 0 ? [text(', ')] : []), link(url(paths.product(part.id)), page.text(part.name))]))] : []),
			row(page.t('product.needs'), text(needs)),
			row(page.t('product.licenses'), ...licences),
		]),
	];
}

/** A licence as its page reads: each question it answers for what it is offered with, then seats, credit and term. */
function licenceBlock(reader: Reader, id: string): RootContent[] {
	const { site, page, url } = reader;
	const license = site.content.licenses.get(id)!;
	const offering = offeringOf(id, site.products(), site.reach);
	const answers = offeredKeys(license, offering).flatMap((key): PhrasingContent[][] => {
		const permission = license.permissions[key];
		if (!permission) return [];
		const details = permissionDetails(permission, page.t, page.locale, site.defaultLocale);
		return [[text(`${page.t(`perm.${key}`)}: `), strong(page.t(`license.${permission.status}`)), ...(details.length > 0 ? [text(`. ${details.join('. ')}`)] : [])]];
	});
	const facts = factRows(license, page.t, page.number).map((fact) => [text(`${fact.label}: ${fact.value}`)]);
	const offered = offering.products.map((pid) => site.content.products.get(pid)!);
	const upgrade = license.upgradeTo && site.content.licenses.get(license.upgradeTo.license);
	return [
		heading(3, text(page.text(license.name))),
		para(bare(url(paths.license(id)))),
		para(text(oneLine(page.text(license.summary)))),
		list([
			...answers,
			...facts,
			...(offered.length > 0 ? [[text(`${page.t('license.offeredWith')}: `), ...offered.flatMap((p, i) => [...(i > 0 ? [text(', ')] : []), link(url(paths.product(p.id)), page.text(p.name))])]] : []),
		]),
		...(upgrade && license.upgradeTo
			? [para(strong(page.t('upgrade.heading', { name: page.text(upgrade.name) })), text(`: ${oneLine(page.text(license.upgradeTo.how))} `), link(url(paths.license(upgrade.id)), page.t('upgrade.link', { name: page.text(upgrade.name) })))]
			: []),
	];
}

/**
 * What the refunds and support pages say before the seller's own text, from shop.yaml and the
 * platforms' rules (src/lib/refund-policy.ts, support-page.ts), in the file's language.
 */
function policyBlocks(reader: Reader, role: string): RootContent[] {
	const { site, page, url } = reader;
	const { shop } = site.content;
	if (role === 'refunds') {
		const policy = refundPolicy(shop, page);
		const { rule, how, platforms, law } = policy.sections;
		const support = supportPageOf(site, reader.locale);
		const first = support ? undefined : firstChannel(shop, page);
		const reach: PhrasingContent[] = support
			? [text(' '), link(url(paths.article('pages', support.slug)), support.data.title), text('.')]
			: first?.href
				? [text(' '), link(first.href, `${first.label}${first.address ? `: ${first.address}` : ''}`), text('.')]
				: first
					? [text(` ${first.label}.`)]
					: [];
		return [
			...(rule
				? [
						heading(4, text(rule.text)),
						...(policy.rule ? [para(text(oneLine(policy.rule.text)))] : []),
						...(policy.moreApplies ? [para(text(policy.moreApplies))] : []),
						...(policy.cases.length > 0 ? [para(text(page.t('refund.exceptions'))), list(policy.cases.map((c) => [text(`${c.text}${c.note ? ` ${oneLine(c.note.text)}` : ''}`), ...(c.window ? [text(' '), strong(c.window)] : [])]))] : []),
						...(policy.window ? [para(strong(policy.window))] : []),
					]
				: []),
			heading(4, text(how.text)),
			para(text(page.t('refund.howText')), ...reach),
			para(text(page.t('refund.howPlatform'))),
			heading(4, text(platforms.text)),
			...policy.platforms.flatMap((line) => [
				heading(5, text(line.name)),
				...line.rule.map((sentence) => para(text(sentence))),
				para(strong(page.t('refund.start')), text(` ${line.start}`), ...(line.startUrl ? [text(' '), bare(line.startUrl)] : [])),
			]),
			heading(4, text(law.text)),
			list(policy.law.map((note) => [text(note.text)])),
			para(text(policy.notAdvice)),
		];
	}
	if (role === 'support') {
		const details = supportDetails(shop, site.products(), page, site.now);
		const { channels, when, include } = details.sections;
		return [
			heading(4, text(channels.text)),
			list(
				details.channels.map((channel) => [
					text(`${channel.label}${channel.address || channel.href ? ': ' : ''}`),
					...(channel.address && channel.href ? [link(channel.href, channel.address)] : channel.href ? [bare(channel.href)] : channel.address ? [text(channel.address)] : []),
					...(channel.forProducts ? [text(` — ${channel.forProducts}`)] : []),
					...(channel.note ? [text(` — ${oneLine(channel.note)}`)] : []),
				]),
			),
			heading(4, text(when.text)),
			para(text(`${oneLine(details.hours)}${details.timeZone ? ` ${details.timeZone}` : ''}`)),
			para(text(oneLine(details.promise))),
			heading(4, text(include.text)),
			para(text(page.t('support.includeLead'))),
			list(details.include.map((item) => [text(item)])),
		];
	}
	return [];
}

/** A part of a file: nodes yet to be written, or Markdown already written (an article's body). */
type Block = RootContent | { type: 'written'; markdown: string };

/** Nodes and written Markdown as one file: each run of nodes written in turn, blocks a blank line apart. */
function writeBlocks(blocks: readonly Block[]): string {
	const parts: string[] = [];
	let run: RootContent[] = [];
	const flush = () => {
		if (run.length > 0) parts.push(serializeMarkdown({ type: 'root', children: run }).replace(/\n$/, ''));
		run = [];
	};
	for (const block of blocks) {
		if (block.type !== 'written') run.push(block);
		else {
			flush();
			if (block.markdown !== '') parts.push(block.markdown);
		}
	}
	flush();
	return `${parts.join('\n\n')}\n`;
}

/**
 * Stands for the reader's language in the addresses of a body written once for every language
 * (`https://help.example/<token>/guides/x/`), then replaced by each file's `/pt/` (or `/` for the
 * default language). Not a language any shop has, and no Markdown writer escapes a letter or `-`.
 */
const LOCALE_TOKEN = 'aftercare-any-locale-7d1f';

/** Bodies written with LOCALE_TOKEN, per article file: the same file is in every language's llms-full.txt. */
const writtenBodies = new WeakMap<object, string>();

/**
 * An article's body as Markdown in the reader's language. Converting and writing a body is most
 * of what llms-full.txt costs, and an untranslated article is in every language's file, so a body
 * is written once with LOCALE_TOKEN in its links and each language swaps in its prefix. A body
 * with pictures (their words are in the reader's language) or footnotes (their labels are
 * numbered by place in the file) is written for each file instead.
 */
function bodyMarkdown(reader: Reader, folder: ArticleKind | 'notices', article: Article<ArticleKind | 'notices'>, index: number): Block {
	const { page, site } = reader;
	const format = folder === 'notices' ? 'md' : 'mdx';
	const tree = articleTree(article, format);
	if (!tree) return { type: 'written', markdown: '' };
	const prefix = reader.locale === site.defaultLocale ? '/' : `/${reader.locale}/`;
	const cached = writtenBodies.get(article);
	if (cached !== undefined) return { type: 'written', markdown: cached.replaceAll(`/${LOCALE_TOKEN}/`, prefix) };
	const inLocale = (locale: string) => (path: string) => page.absolute(localize(path, locale, site.defaultLocale));
	const write = (locale: string, pictures: { seen: boolean }) => {
		const url = inLocale(locale);
		const pageUrl = folder === 'notices' ? `${url(paths.notices())}#${noticeAnchor(article.slug)}` : url(paths.article(folder, article.slug));
		return serializeMarkdown(
			plainMarkdownTree(tree, {
				internal: (href) => internalUrl(href, { ...reader.links, locale }),
				pageUrl,
				picture: (alt) => ((pictures.seen = true), page.t('llms.picture', { alt: oneLine(alt) })),
				headingOffset: 2,
				footnotePrefix: `${index}-`,
			}),
		).replace(/\n$/, '');
	};
	const pictures = { seen: false };
	const shared = write(LOCALE_TOKEN, pictures);
	if (pictures.seen || hasFootnotes(tree)) return { type: 'written', markdown: write(reader.locale, pictures) };
	writtenBodies.set(article, shared);
	return { type: 'written', markdown: shared.replaceAll(`/${LOCALE_TOKEN}/`, prefix) };
}

function hasFootnotes(node: Root | RootContent): boolean {
	if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') return true;
	return 'children' in node && (node.children as RootContent[]).some(hasFootnotes);
}

/** One article in full: its title, address and date, a troubleshooting entry's fields, then its body. */
function articleBlock(reader: Reader, folder: ArticleKind | 'notices', { article, fallback }: Localized<ArticleKind | 'notices'>, index: number): Block[] {
	const { page, site } = reader;
	const pageUrl = folder === 'notices' ? `${reader.url(paths.notices())}#${noticeAnchor(article.slug)}` : reader.url(paths.article(folder, article.slug));
	const body = bodyMarkdown(reader, folder, article, index);
	const head: RootContent[] = [heading(3, text(article.data.title)), para(bare(pageUrl))];
	if (fallback || article.locale !== reader.locale) head.push(para({ type: 'emphasis', children: [text(page.t('article.fallback', { here: page.languageName(reader.locale), language: page.languageName(article.locale) }))] }));
	if (folder === 'notices') {
		// As the notices page shows it: the original's dates, in the shop's time zone, then the updates, newest first.
		const view = noticeView(site, page, { article: article as Article<'notices'>, fallback });
		head.push(para(strong(page.t(`notice.${view.label}`)), text(` · ${view.when} · ${view.affects}`)));
		// An update is marked when its language is not the notice's, which the note above names.
		const news: RootContent[] =
			view.updatesTitle === undefined
				? []
				: [para(strong(view.updatesTitle)), list(view.updates.map((update) => [text(`${update.when}: ${oneLine(update.text)}${update.lang && update.lang !== view.lang ? ` (${page.languageName(update.lang)})` : ''}`)]))];
		return [...head, body, ...news];
	}
	const data = (article as Article<ArticleKind>).data;
	head.push(para(text(page.t('article.updated', { date: page.date(data.updated) }))));
	if (folder === 'troubleshooting') {
		const trouble = (article as Article<'troubleshooting'>).data;
		const field = (label: string, value: string) => para(strong(`${label}:`), text(` ${oneLine(value)}`));
		head.push(field(page.t('trouble.symptom'), trouble.symptom));
		if (trouble.errors.length > 0) head.push(para(strong(`${page.t('trouble.errors')}:`)), list(trouble.errors.map((message) => [{ type: 'inlineCode', value: oneLine(message) }])));
		if (trouble.quickFix) head.push(field(page.t('trouble.quickFix'), trouble.quickFix));
		head.push(field(page.t('trouble.cause'), trouble.cause), field(page.t('llms.savedReply'), trouble.savedReply));
	} else {
		head.push(para(text(oneLine(data.description))));
		const video = folder === 'guides' ? (article as Article<'guides'>).data.video : undefined;
		if (video) head.push(para(link(video.url, video.minutes ? page.t('article.video', { minutes: video.minutes }) : page.t('article.videoNoLength'))));
		// As on the page: what the shop's data says first (in the file's language), then the seller's text.
		if (folder === 'pages') head.push(...policyBlocks(reader, (article as Article<'pages'>).data.role));
	}
	return [...head, body];
}

/**
 * `llms-full.txt` for one language: the notices happening now, then every product, troubleshooting
 * entry, guide, licence and policy page of the language, each in full under its title and address.
 * `routes` (the route table) lets links to a renamed article go straight to its current address.
 */
export function llmsFullTxt(site: Site, locale: string, routes: readonly Route[] = []): string {
	const reader = readerFor(site, locale, routes);
	const { page } = reader;
	let index = 0;
	const articles = (folder: ArticleKind | 'notices', items: Localized<ArticleKind | 'notices'>[]) => items.flatMap((item) => articleBlock(reader, folder, item, ++index));
	const section = (name: string, blocks: Block[]): Block[] => (blocks.length === 0 ? [] : [heading(2, text(name)), ...blocks]);
	return writeBlocks([
		title(reader),
		summary(reader),
		para(text(page.t('llms.intro', { shop: site.content.shop.name }))),
		...contact(reader),
		...section(page.t('notices.active'), articles('notices', site.activeNotices(locale))),
		...section(page.t('nav.products'), site.products().flatMap((product) => productBlock(reader, product.id))),
		...section(page.t('nav.troubleshooting'), articles('troubleshooting', articlesOf(reader, 'troubleshooting'))),
		...section(page.t('nav.guides'), articles('guides', articlesOf(reader, 'guides'))),
		...section(page.t('nav.licenses'), listedLicenses([...site.content.licenses.values()]).flatMap((license) => licenceBlock(reader, license.id))),
		...section(page.t('footer.policies'), articles('pages', articlesOf(reader, 'pages'))),
	]);
}

/** The file name @astrojs/sitemap writes at the site's root (its default `filenameBase`, `sitemap`). */
export const SITEMAP_INDEX = '/sitemap-index.xml';

/**
 * robots.txt: every crawler may read everything, and the sitemap is named. Pages search engines
 * should leave out (saved replies, redirects, retired licences) say `noindex` themselves, which a
 * crawler can only read on a page it is allowed to fetch.
 */
export function robotsTxt(shopUrl: string): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(SITEMAP_INDEX, shopUrl)}\n`;
}
