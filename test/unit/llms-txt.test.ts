import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { llmsFullTxt, llmsPath, llmsTxt, robotsTxt } from '../../src/lib/llms-txt.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { routeTable } from '../../src/lib/route-table.ts';
import { buildSite } from '../../src/lib/site.ts';
import { fixture, fixtureFile, shopWith } from '../helpers/content-tree.ts';

const site = buildSite(readContent(fixture('basic')), new Date('2026-11-25T00:00:00Z'));
const read = (markdown: string): Root => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
const textOf = (node: Nodes): string => ('value' in node ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');
const h2s = (tree: Root) => tree.children.filter((node) => node.type === 'heading' && node.depth === 2).map(textOf);

describe('llms.txt', () => {
	const file = llmsTxt(site, 'pt');
	const tree = read(file);

	it('has the shape of the convention: an H1, one blockquote, details without headings, then H2 lists of links', () => {
		expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 1 });
		expect(textOf(tree.children[0]!)).toBe('Fixture Fonts: Central de ajuda');
		expect(tree.children[1]!.type).toBe('blockquote');
		expect(tree.children.filter((node) => node.type === 'blockquote')).toHaveLength(1);
		// The details (how to write, the full file) are paragraphs and lists, before any heading but the H1.
		const firstSection = tree.children.findIndex((node, i) => i > 0 && node.type === 'heading');
		expect(tree.children[firstSection]).toMatchObject({ depth: 2 });
		expect(firstSection).toBeGreaterThan(2);
		expect(h2s(tree)).toEqual(['Produtos', 'Resolução de problemas', 'Guias', 'Licenças', 'Políticas', 'Optional']);
		// After the first H2, only H2s and lists whose every item is one line: a link, then a note.
		const sections = tree.children.slice(tree.children.findIndex((node) => node.type === 'heading' && node.depth === 2));
		for (const node of sections) expect(['heading', 'list']).toContain(node.type);
		const items = file.slice(file.indexOf('\n## ')).split('\n').filter((line) => line && !line.startsWith('## '));
		for (const line of items) expect(line).toMatch(/^- \[[^\]]+\]\(https:\/\/help\.fixture\.test\/pt\/[^)]*\)(?:: .+)?$/);
	});

	it('says how to reach the shop, where the full file is, and what is happening now', () => {
		expect(file).toContain('- E-mail: <help@fixture.test>');
		expect(file).toContain('O nosso compromisso: respostas em 2 dias. Horário: Dias úteis.');
		expect(file).toContain('(https://help.fixture.test/pt/llms-full.txt)');
		expect(file).toContain('[Etsy e-mails delayed (inglês)](https://help.fixture.test/pt/notices/#notice-etsy-delay): Falha');
		expect(file).toContain('[English](https://help.fixture.test/llms.txt), [Español](https://help.fixture.test/es/llms.txt)');
	});

	it('lists each product, article and licence with its summary, an untranslated one marked with its language', () => {
		expect(file).toContain('- [Fonte Pincel](https://help.fixture.test/pt/products/brush-font/): A handwritten font.');
		expect(file).toContain('- [Instalar a fonte](https://help.fixture.test/pt/guides/install-the-font/): Coloque a fonte no computador.\n');
		expect(file).toContain('- [Open your Canva link](https://help.fixture.test/pt/guides/open-canva-link/): Open the template in Canva. (inglês)');
		expect(file).toContain('- [Pessoal](https://help.fixture.test/pt/licenses/personal/): For your own projects.');
		expect(file).toContain('- [Refunds](https://help.fixture.test/pt/policies/refunds/)');
	});

	it('lives at the root for the default language and under the language’s folder for the others', () => {
		expect(llmsPath('en', 'en')).toBe('/llms.txt');
		expect(llmsPath('pt', 'en', true)).toBe('/pt/llms-full.txt');
		expect(llmsTxt(site, 'en')).toContain('(https://help.fixture.test/llms-full.txt)');
	});
});

describe('llms-full.txt', () => {
	const file = llmsFullTxt(site, 'pt', routeTable(site));
	const tree = read(file);
	const titles = tree.children.filter((node) => node.type === 'heading' && node.depth === 3).map(textOf);

	it('starts with the notices happening now, then every product, article, licence and policy of the language', () => {
		expect(h2s(tree)).toEqual(['A decorrer', 'Produtos', 'Resolução de problemas', 'Guias', 'Licenças', 'Políticas']);
		expect(titles).toEqual(['Etsy e-mails delayed', 'Fonte Pincel', 'Party Kit', 'The font does not appear in my program', 'Instalar a fonte', 'Open your Canva link', 'Pessoal', 'Commercial', 'Refunds']);
		// Every article of the site is there, in its translation or in the original.
		const articles = (['troubleshooting', 'guides', 'pages'] as const).flatMap((folder) => site.slugs(folder).map((slug) => site.get(folder, slug, 'pt').article.data.title));
		for (const title of articles) expect(titles).toContain(title);
		expect(nodesOfType(tree, 'html')).toEqual([]);
	});

	it('gives a troubleshooting entry its symptom, errors, cause and short answer before the body, and marks an untranslated one', () => {
		const entry = file.slice(file.indexOf('### The font does not appear'), file.indexOf('## Guias'));
		expect(entry).toContain('<https://help.fixture.test/pt/help/font-missing/>');
		expect(entry).toContain('*Este artigo ainda não está disponível em português. É apresentado em inglês.*');
		expect(entry).toContain('**O que vê:** The font is installed but my program does not list it.');
		expect(entry).toContain("- `Font 'Brush' could not be loaded (code 0x80070020)`");
		expect(entry).toContain('**Porque acontece:** Programs read the font list when they start.');
		expect(entry).toContain('**Resposta curta:** Please restart the program after installing the font.');
		expect(entry.indexOf('**Resposta curta:**')).toBeLessThan(entry.indexOf('#### Fix'));
	});

	it('links within the bodies in the reader’s language', () => {
		expect(file).toContain('[o problema](https://help.fixture.test/pt/help/font-missing/)');
	});

	it('puts what the refunds page says from shop.yaml and the platforms’ rules before the seller’s text, in the file’s language', () => {
		const refunds = file.slice(file.indexOf('### Refunds'));
		for (const words of ['##### Etsy', '##### Gumroad', 'Isto é um breve resumo, não aconselhamento jurídico.']) expect(refunds).toContain(words);
		expect(refunds.indexOf('##### Gumroad')).toBeLessThan(refunds.indexOf('Digital files cannot be returned.'));
	});

	it('says what each licence allows, in words, as its page does', () => {
		const licence = file.slice(file.indexOf('### Commercial'), file.indexOf('## Políticas'));
		expect(licence).toContain('- Vender produtos físicos feitos com ele: **Com limites**. Até 5.000 cópias');
		expect(licence).toContain('- Criar trabalhos para clientes: **Não**');
		expect(licence).toContain('- Duração: Para sempre');
		expect(licence).toContain('- Disponível com: [Fonte Pincel](https://help.fixture.test/pt/products/brush-font/)');
	});
});

describe('llms-full.txt: an untranslated body is written once for every language', () => {
	it('links in each file’s own language, whichever language’s file was written first', () => {
		const routes = routeTable(site);
		const fix = (locale: string) => llmsFullTxt(site, locale, routes).match(/\[the fix\]\(([^)]+)\)/g);
		// es first: its copy of the English guide is the one written, then read back for en.
		expect(fix('es')).toEqual(['[the fix](https://help.fixture.test/es/help/font-missing/)']);
		expect(fix('en')).toEqual(['[the fix](https://help.fixture.test/help/font-missing/)']);
		for (const locale of site.locales) expect(llmsFullTxt(site, locale, routes)).not.toContain('aftercare-any-locale');
	});

	it('a body with a picture or a footnote is written for each file: the picture’s words in its language, footnotes numbered in its order', () => {
		const guide = fixtureFile('guides/en/install-the-font.mdx').replace('Click **Install**.', 'Click **Install**.[^1]\n\n![The Install button](./button.png)\n\n[^1]: On a Mac, Font Book opens.');
		const shop = buildSite(readContent(shopWith({ 'guides/en/install-the-font.mdx': guide, 'guides/en/button.png': 'not read here', 'guides/pt/install-the-font.mdx': null })), new Date('2026-11-25T00:00:00Z'));
		const routes = routeTable(shop);
		const [pt, es, en] = ['pt', 'es', 'en'].map((locale) => llmsFullTxt(shop, locale, routes));
		expect(pt).toContain('[the fix](https://help.fixture.test/pt/help/font-missing/)');
		expect(es).toContain('[the fix](https://help.fixture.test/es/help/font-missing/)');
		expect(en).toContain('[the fix](https://help.fixture.test/help/font-missing/)');
		expect(pt).toMatch(/\[Imagem: The Install button\]/);
		expect(en).toMatch(/\[Picture: The Install button\]/);
		for (const file of [pt, es, en]) expect(read(file).children.filter((node) => node.type === 'footnoteDefinition')).toHaveLength(1);
	});
});

function nodesOfType(tree: Root, type: string): Nodes[] {
	const found: Nodes[] = [];
	const visit = (node: Nodes) => {
		if (node.type === type) found.push(node);
		if ('children' in node) for (const child of node.children) visit(child);
	};
	visit(tree);
	return found;
}

describe('robots.txt', () => {
	it('allows everything and names the sitemap, under the base path of a site on a sub-path', () => {
		expect(robotsTxt('https://help.fixture.test')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://help.fixture.test/sitemap-index.xml\n');
		expect(robotsTxt('https://user.github.io/shop-help')).toContain('Sitemap: https://user.github.io/shop-help/sitemap-index.xml\n');
	});
});
