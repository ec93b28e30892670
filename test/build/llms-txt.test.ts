// The example shop's files for AI assistants and crawlers, read as they would read them: llms.txt
// in the convention's shape with every link leading to a built page, llms-full.txt with every
// article of its language as Markdown, robots.txt naming a sitemap that exists.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readContent } from '../../src/lib/read-content.ts';
import { localize, paths } from '../../src/lib/routes.ts';
import { buildSite, type Site } from '../../src/lib/site.ts';
import { FIXED_EPOCH, fileForPath, projectRoot } from '../helpers/build.ts';

let dist: string;
let site: Site;
let origin: string;

beforeAll(() => {
	dist = inject('exampleSite');
	site = buildSite(readContent(projectRoot), new Date(Number(FIXED_EPOCH) * 1000));
	origin = site.content.shop.url.replace(/\/$/, '');
});

const read = (markdown: string): Root => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
const textOf = (node: Nodes): string => ('value' in node ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');
function nodesOf(tree: Nodes, type: string): Nodes[] {
	const found: Nodes[] = [];
	const visit = (node: Nodes) => {
		if (node.type === type) found.push(node);
		if ('children' in node) for (const child of node.children) visit(child);
	};
	visit(tree);
	return found;
}
const file = (path: string) => readFileSync(join(dist, path), 'utf8');
const localeFile = (locale: string, name: string) => file(localize(`/${name}`, locale, site.defaultLocale).slice(1));
/** Addresses of this help centre that lead to no built file. */
const missing = (urls: readonly string[]) => urls.filter((url) => url.startsWith(origin)).filter((url) => !fileForPath(dist, new URL(url).pathname));

describe('llms.txt', () => {
	it('is written for every language, as a file', () => {
		for (const locale of site.locales) {
			expect(existsSync(join(dist, localize('/llms.txt', locale, site.defaultLocale)))).toBe(true);
			expect(existsSync(join(dist, localize('/llms-full.txt', locale, site.defaultLocale)))).toBe(true);
		}
	});

	it('has the convention’s shape: H1 first, one blockquote, then H2 sections of `- [title](url)` lines whose pages exist', () => {
		for (const locale of site.locales) {
			const text = localeFile(locale, 'llms.txt');
			const tree = read(text);
			expect(tree.children[0], locale).toMatchObject({ type: 'heading', depth: 1 });
			expect(tree.children[1]!.type, locale).toBe('blockquote');
			expect(tree.children.filter((node) => node.type === 'blockquote'), locale).toHaveLength(1);
			expect(nodesOf(tree, 'heading').filter((node) => (node as Extract<Nodes, { type: 'heading' }>).depth > 2), locale).toEqual([]);
			const sections = text.slice(text.indexOf('\n## ') + 1).split('\n').filter((line) => line !== '');
			expect(sections.length).toBeGreaterThan(30);
			const urls: string[] = [];
			for (const line of sections) {
				if (line.startsWith('## ')) continue;
				const item = /^- \[[^\]]+\]\((https:\/\/[^)\s]+)\)(?:: .+)?$/.exec(line);
				expect(item, `${locale}: ${line}`).not.toBeNull();
				urls.push(item![1]!);
			}
			expect(urls.every((url) => url.startsWith(`${origin}/`)), locale).toBe(true);
			expect(missing(urls), locale).toEqual([]);
			// The details before the sections link the full file and the other languages' files: they exist too.
			expect(missing(nodesOf(tree, 'link').map((node) => (node as Extract<Nodes, { type: 'link' }>).url)), locale).toEqual([]);
			expect(text, locale).toContain(`(${origin}${localize('/llms-full.txt', locale, site.defaultLocale)})`);
		}
	});

	it('lists every product, troubleshooting entry, guide and policy page, and each listed licence', () => {
		const text = file('pt/llms.txt');
		for (const product of site.products()) expect(text).toContain(`(${origin}/pt${paths.product(product.id)})`);
		for (const folder of ['troubleshooting', 'guides', 'pages'] as const) for (const slug of site.slugs(folder)) expect(text).toContain(`(${origin}/pt${paths.article(folder, slug)})`);
		for (const [id, licence] of site.content.licenses) if (licence.listed) expect(text).toContain(`(${origin}/pt${paths.license(id)})`);
	});
});

describe('llms-full.txt', () => {
	it('holds every article of its language as Markdown, with no HTML left and no link to a page that is not built', () => {
		for (const locale of site.locales) {
			const text = localeFile(locale, 'llms-full.txt');
			const tree = read(text);
			expect(nodesOf(tree, 'html'), locale).toEqual([]);
			expect(nodesOf(tree, 'image'), locale).toEqual([]);
			for (const folder of ['troubleshooting', 'guides', 'pages'] as const) {
				for (const slug of site.slugs(folder)) {
					const { article } = site.get(folder, slug, locale);
					expect(text, `${locale} ${slug}`).toContain(`### ${article.data.title}\n\n<${origin}${localize(paths.article(folder, slug), locale, site.defaultLocale)}>`);
				}
			}
			const links = nodesOf(tree, 'link').map((node) => (node as Extract<Nodes, { type: 'link' }>).url);
			expect(links.filter((url) => url.startsWith('/')), locale).toEqual([]);
			expect(missing(links), locale).toEqual([]);
		}
	});

	it('starts with the notices happening now', () => {
		const text = file('pt/llms-full.txt');
		const active = site.activeNotices('pt');
		expect(active.length).toBeGreaterThan(0);
		const sections = nodesOf(read(text), 'heading').filter((node) => (node as Extract<Nodes, { type: 'heading' }>).depth === 2).map(textOf);
		expect(sections[0]).toBe('A decorrer');
		for (const { article } of active) {
			expect(text.indexOf(`### ${article.data.title}`)).toBeLessThan(text.indexOf('\n## Produtos'));
			// With its updates, each with its time, as the notices page shows them.
			for (const update of article.data.updates.filter((u) => u.at <= site.now)) expect(text).toContain(`: ${update.text.replace(/\s+/g, ' ').trim()}`);
		}
	});

	it('marks an article shown in another language than the file’s', () => {
		const text = file('pt/llms-full.txt');
		const untranslated = site.slugs('troubleshooting').find((slug) => site.get('troubleshooting', slug, 'pt').fallback)!;
		const { article } = site.get('troubleshooting', untranslated, 'pt');
		const entry = text.slice(text.indexOf(`### ${article.data.title}`));
		expect(entry.slice(0, 400)).toContain('*Este artigo ainda não está disponível em português. É apresentado em inglês.*');
	});
});

describe('robots.txt', () => {
	it('allows every crawler everything and names the sitemap the build wrote', () => {
		const text = file('robots.txt');
		expect(text).toMatch(/^User-agent: \*\nAllow: \/\n\nSitemap: \S+\n$/);
		const sitemap = /^Sitemap: (\S+)$/m.exec(text)![1]!;
		expect(sitemap.startsWith(`${origin}/`)).toBe(true);
		expect(fileForPath(dist, new URL(sitemap).pathname)).toBeDefined();
		expect(file('sitemap-index.xml')).toContain('<sitemapindex');
	});
});
