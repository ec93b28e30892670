// "Was this helpful?" as built, and YAML text marked with its language. Two shops: the basic
// fixture with a form endpoint (and one product named in English only), and the example shop,
// which has none, so its answers are pre-filled e-mails.
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildShop, readPage, testOutput } from '../helpers/build.ts';
import { fixtureFile, shopWith } from '../helpers/content-tree.ts';

const ENDPOINT = 'https://forms.example.test/f/abc123';
let withForm = '';
const example = inject('exampleSite');

/** The basic fixture with a feedback endpoint, and the party kit named in English only. */
function feedbackShop(): string {
	return shopWith({
		'shop.yaml': `${fixtureFile('shop.yaml')}feedback:\n  endpoint: ${ENDPOINT}\n`,
		'products/party-kit.yaml': fixtureFile('products/party-kit.yaml').replace(/^name: .*$/m, 'name: { en: Party Kit }'),
	});
}

beforeAll(() => {
	const build = buildShop(join(feedbackShop(), 'content'), testOutput('feedback'));
	if (build.status !== 0) throw new Error(`the feedback shop did not build:\n${build.stdout}\n${build.stderr}`);
	withForm = build.outDir;
});

const section = (html: string) => {
	const start = html.indexOf('<section class="feedback"');
	return start < 0 ? undefined : html.slice(start, html.indexOf('</section>', start));
};
const csp = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
const directive = (html: string, name: string) => csp(html).split(';').map((d) => d.trim()).filter((d) => d.startsWith(`${name} `));
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

describe('"Was this helpful?" with a form endpoint', () => {
	it('is a plain form posting to the endpoint: two submit buttons and the page’s address, title and language', () => {
		const control = section(readPage(withForm, '/pt/guides/install-the-font/'))!;
		expect(control).toBeDefined();
		expect(control).toContain(`<form class="feedback__form" method="post" action="${ENDPOINT}"`);
		const buttons = [...control.matchAll(/<button[^>]*>([^<]*)<\/button>/g)];
		expect(buttons.map(([tag, label]) => [attr(tag!, 'type'), attr(tag!, 'name'), attr(tag!, 'value'), label])).toEqual([
			['submit', 'helpful', 'yes', 'Sim'],
			['submit', 'helpful', 'no', 'Não'],
		]);
		const hidden = Object.fromEntries([...control.matchAll(/<input type="hidden"[^>]*>/g)].map(([tag]) => [attr(tag, 'name'), decode(attr(tag, 'value')!)]));
		expect(hidden).toEqual({ page: 'https://help.fixture.test/pt/guides/install-the-font/', title: expect.any(String), language: 'pt' });
		expect(readPage(withForm, '/pt/guides/install-the-font/')).toContain(`<h1>${hidden.title}</h1>`);
		// What pressing sends, and where, in the buyer's language; the thanks waits in a live region.
		expect(control).toContain('para forms.example.test. Mais nada.');
		expect(control).toMatch(/<p class="feedback__thanks" role="status"/);
		expect(control).toContain('<h2 id="feedback-title" class="feedback__title">Esta página foi útil?</h2>');
	});

	it('lets the form post to the endpoint’s origin and the script send to it, one directive each', () => {
		const html = readPage(withForm, '/guides/install-the-font/');
		expect(directive(html, 'form-action')).toEqual(["form-action 'self' https://forms.example.test"]);
		expect(directive(html, 'connect-src')).toEqual(["connect-src 'self' https://forms.example.test"]);
		expect(directive(html, 'default-src')).toEqual(["default-src 'none'"]);
	});

	it('ends troubleshooting entries too, and not the policy pages', () => {
		expect(section(readPage(withForm, '/help/font-missing/'))).toContain(`action="${ENDPOINT}"`);
		expect(section(readPage(withForm, '/policies/refunds/'))).toBeUndefined();
	});

	it('keeps the buyer’s language on an article shown in the default language', () => {
		const html = readPage(withForm, '/es/guides/open-canva-link/');
		expect(html).toMatch(/<article lang="en"/);
		expect(html).toMatch(/<section class="feedback" aria-labelledby="feedback-title" lang="es"/);
	});
});

describe('"Was this helpful?" without an endpoint (the example shop)', () => {
	it('is two links that open an e-mail naming the page and its address', () => {
		const control = section(readPage(example, '/pt/guides/print-at-a-copy-shop/'))!;
		expect(control).not.toContain('<form');
		const links = [...control.matchAll(/<a class="button feedback__button" href="([^"]*)">([^<]*)<\/a>/g)].map(([, href, label]) => [decode(href!), label]);
		expect(links.map(([, label]) => label)).toEqual(['Sim', 'Não']);
		const url = new URL(links[1]![0]!);
		expect(url.protocol).toBe('mailto:');
		expect(url.pathname).toBe('help@lindenandink.com');
		expect(url.searchParams.get('subject')).toMatch(/^Não foi útil: ./);
		expect(url.searchParams.get('body')).toContain('\r\nhttps://help.lindenandink.com/pt/guides/print-at-a-copy-shop/\r\n');
		expect(links[1]![0]).not.toMatch(/\+/);
	});

	it('leaves the CSP as it was, and the privacy page says what it sends', () => {
		const html = readPage(example, '/guides/print-at-a-copy-shop/');
		expect(directive(html, 'form-action')).toEqual(["form-action 'self'"]);
		expect(directive(html, 'connect-src')).toEqual(["connect-src 'self'"]);
		expect(readPage(example, '/policies/privacy/')).toContain('“Was this helpful?” sends nothing by itself.');
	});
});

describe('YAML text not translated carries its language', () => {
	it('marks an English-only product name on a Portuguese page, and not a translated one', () => {
		expect(readPage(withForm, '/pt/products/party-kit/')).toContain('<h1 lang="en">Party Kit</h1>');
		expect(readPage(withForm, '/pt/products/brush-font/')).toContain('<h1>Fonte Pincel</h1>');
		const cards = readPage(withForm, '/pt/products/');
		expect(cards).toContain('<strong lang="en">Party Kit</strong>');
		expect(cards).toContain('<strong>Fonte Pincel</strong>');
		// A plain string is the same in every language: never marked.
		expect(cards).toMatch(/<span>Canva invitations\.<\/span>/);
	});

	it('marks only the seller’s words inside a translated sentence (hours, promise) and topic names', () => {
		const html = readPage(withForm, '/es/');
		expect(html).toMatch(/<span lang="en">Weekdays<\/span>/);
		expect(html).toMatch(/<span lang="en">answers within 2 days<\/span>/);
		expect(readPage(withForm, '/pt/')).not.toMatch(/lang="en">Dias úteis/);
		expect(readPage(withForm, '/es/topics/downloads/')).toContain('<h1 lang="en">Downloads</h1>');
	});
});
