import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildShop, readPage, testOutput } from '../helpers/build.ts';
import { fixture } from '../helpers/content-tree.ts';

// The refunds and support pages from data, read as a buyer reads them, for two platform mixes:
// a printables shop on Etsy only (test/fixtures/etsy-only, English and French) and a course
// shop on Hotmart (test/fixtures/hotmart-course, Portuguese first, then English).

const sites: Record<'etsy' | 'hotmart', string> = { etsy: '', hotmart: '' };

beforeAll(() => {
	for (const [key, name] of [['etsy', 'etsy-only'], ['hotmart', 'hotmart-course']] as const) {
		const build = buildShop(join(fixture(name), 'content'), testOutput(name));
		if (build.status !== 0) throw new Error(`${name} did not build:\n${build.stdout}\n${build.stderr}`);
		sites[key] = build.outDir;
	}
});

/** Text as a buyer reads it: tags dropped, entities decoded, spaces collapsed. */
const plain = (html: string) =>
	html
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/[ \t\n]+/g, ' ')
		.replace(/ ([,.;:)])/g, '$1')
		.trim();

/** The page's main text, without its contents list (which names the sections first). */
function main(site: 'etsy' | 'hotmart', path: string): string {
	const html = readPage(sites[site], path);
	return plain(html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<nav class="toc"[\s\S]*?<\/nav>/, ''));
}
const section = (html: string, id: string) => {
	const start = html.indexOf(`aria-labelledby="${id}"`);
	return start < 0 ? '' : plain(html.slice(start, html.indexOf('</section>', html.indexOf(`<h2 id="${id}"`)) + 10));
};
/** Asserts the phrases come in this order on the page. */
function inOrder(text: string, phrases: string[]) {
	const at = phrases.map((phrase) => text.indexOf(phrase));
	expect(at.every((i) => i >= 0), `missing: ${phrases.filter((_, i) => at[i]! < 0).join(' | ')}`).toBe(true);
	expect([...at].sort((a, b) => a - b)).toEqual(at);
}
const helpCard = (site: 'etsy' | 'hotmart', path: string) => {
	const html = readPage(sites[site], path);
	const start = html.indexOf('<aside class="card help-card"');
	return start < 0 ? undefined : html.slice(start, html.indexOf('</aside>', start));
};

describe('the refunds page of an Etsy-only printables shop', () => {
	it('says the shop’s rule, its cases with their windows, how to ask, Etsy’s rule, the law, then the seller’s own text', () => {
		const text = main('etsy', '/policies/refunds/');
		inOrder(text, [
			'Our refund rule',
			'Because your files are delivered at once, sales are final, except in the cases below.',
			// Right after the rule, which the platform's and the law's lines below would otherwise seem to contradict.
			'Where the platform you bought on, or the law where you live, gives you more, that applies.',
			'You bought the same thing twice: we refund the extra purchase. Ask within 14 days of buying.',
			'You bought an item and then a bundle that contains it: we refund what you paid for the item. Ask within 30 days of buying. Etsy lets us refund part of the bundle\'s order.',
			'How to ask for a refund',
			'How to reach us: Contact and support.',
			'Etsy lets the shop refund all or part of an order.',
			'Where to start: on Etsy, open Purchases and reviews and choose Help with order',
			'In the European Union and the United Kingdom',
			'In the European Union and the United Kingdom, when you buy online from a business',
			'once the download or streaming starts, if you expressly agreed to get it at once and acknowledged that you would lose the right',
			'If you live in Brazil and buy from a seller or platform based there or selling to Brazil, the Consumer Defence Code (article 49) gives you 7 days',
			'This is a short summary, not legal advice.',
			'Before you ask',
			'Paper Fox’s own words stay here.',
		]);
		expect(text).not.toMatch(/Hotmart|Gumroad|subscription|Creative Market/);
	});

	it('lists only Etsy under the platforms, with the page a buyer starts from', () => {
		const html = readPage(sites.etsy, '/policies/refunds/');
		expect([...html.matchAll(/data-platform="([^"]+)"/g)].map((m) => m[1])).toEqual(['etsy']);
		expect(html).toContain('<a href="https://www.etsy.com/your/purchases" rel="noopener">etsy.com/your/purchases</a>');
		// The support page is linked in the buyer's language.
		expect(readPage(sites.etsy, '/fr/policies/refunds/')).toContain('href="/fr/policies/support/"');
	});

	it('lists the generated sections in the contents, before the seller’s headings', () => {
		const toc = plain(readPage(sites.etsy, '/policies/refunds/').match(/<nav class="toc"[\s\S]*?<\/nav>/)![0]);
		expect(toc).toBe('On this page Our refund rule How to ask for a refund Where you bought: each platform’s rules Your rights under the law Before you ask');
	});

	it('reads in French on the French page, the seller’s French words kept', () => {
		const text = main('etsy', '/fr/policies/refunds/');
		inOrder(text, [
			'Notre règle de remboursement',
			'Vos fichiers étant livrés immédiatement, les ventes sont définitives',
			'Si la plateforme où vous avez acheté, ou la loi du pays où vous vivez, vous accorde davantage, c’est cela qui s’applique.',
			'Vous avez acheté deux fois la même chose\u00a0: nous remboursons l’achat en trop. Demandez-le dans les 14 jours suivant l’achat.',
			'Etsy permet à la boutique de rembourser tout ou partie d’une commande.',
			'Dans l’Union européenne et au Royaume-Uni',
			'Si vous vivez au Brésil',
			'Ceci est un bref résumé, pas un conseil juridique.',
			'Les mots de Paper Fox restent ici.',
		]);
		expect(text).not.toContain('legal advice');
	});
});

describe('the refunds page of a Hotmart course shop', () => {
	it('in Portuguese: Hotmart’s 7-day guarantee, only the first charge of a subscription, Brazil’s right of regret first', () => {
		const html = readPage(sites.hotmart, '/policies/refunds/');
		expect(html).toMatch(/<html lang="pt"/);
		const text = main('hotmart', '/policies/refunds/');
		inOrder(text, [
			'A nossa regra de reembolso',
			'Todos os nossos produtos têm a garantia da Hotmart.',
			'Quando a plataforma onde comprou, ou a lei do país onde vive, lhe dá mais, aplica-se isso.',
			'Comprou a mesma coisa duas vezes',
			'Se a plataforma ficar fora do ar por mais de 7 dias seguidos, devolvemos o mês do clube.',
			'Como pedir um reembolso',
			'A Hotmart garante todos os produtos durante pelo menos 7 dias a contar da compra',
			'Numa assinatura, a garantia cobre apenas a primeira cobrança.',
			'Onde começar: a página de reembolso da Hotmart',
			'Para quem vive no Brasil, quando o vendedor ou a plataforma tem sede no Brasil ou vende para o Brasil, o Código de Defesa do Consumidor (artigo 49) garante 7 dias',
			'A garantia da Hotmart, nunca menor que esses 7 dias, cobre este direito.',
			'Na União Europeia e no Reino Unido',
			'Isto é um breve resumo, não aconselhamento jurídico.',
			'Estas palavras são da Letra Viva.',
		]);
		expect([...html.matchAll(/data-platform="([^"]+)"/g)].map((m) => m[1])).toEqual(['hotmart']);
		expect(text).not.toMatch(/Etsy|Gumroad/);
		expect(section(html, 'refund-policy-platforms')).toContain('refund.hotmart.com');
	});

	it('promises no request made for the buyer: they start on Hotmart', () => {
		for (const path of ['/policies/refunds/', '/en/policies/refunds/']) {
			const html = readPage(sites.hotmart, path);
			expect(section(html, 'refund-policy-platforms')).not.toMatch(/escreva-nos|write to us/);
		}
		expect(main('hotmart', '/en/policies/refunds/')).toContain('Where to start: Hotmart’s refund page (or the purchase in your Hotmart account), with the transaction code from your purchase e-mail (two letters and digits, such as HP0123456789): refund.hotmart.com');
	});

	it('in English: the same rules, the EU and UK first, "not legal advice"', () => {
		const text = main('hotmart', '/en/policies/refunds/');
		inOrder(text, [
			'All our products come with Hotmart\'s guarantee.',
			'Where the platform you bought on, or the law where you live, gives you more, that applies.',
			'Hotmart guarantees every product for at least 7 days from the day of purchase',
			'For a subscription, the guarantee covers only the first charge.',
			'In the European Union and the United Kingdom',
			'If you live in Brazil',
			'Hotmart’s guarantee, never shorter than these 7 days, covers this right.',
			'not legal advice',
			'These words are Letra Viva’s.',
		]);
	});
});

describe('the support page from data', () => {
	it('Etsy-only: the channels, the video call for the high-price-band product, the hours and promise, the checklist, then the seller’s text', () => {
		const text = main('etsy', '/policies/support/');
		inOrder(text, [
			'How to reach us',
			'E-mail: help@paperfox.test',
			'Etsy messages',
			'Video call For buyers of Planner Mega Bundle.',
			'When we answer',
			'Hours: Monday to Thursday, 10:00 to 16:00 Paris time.',
			'Our promise: every message answered within two working days.',
			'What to include in your message',
			'Your order number',
			'The platform you bought on (Etsy)',
			'The product, and which file or lesson',
			'A screenshot of what you see, or the exact error message',
			'One message is enough',
			'Paper Fox’s support words stay here.',
		]);
		// A shop that never set its time zone (UTC) is not said to keep UTC hours.
		expect(text).not.toContain('Time zone');
		// The page says all the contact card would: no card beside it.
		expect(helpCard('etsy', '/policies/support/')).toBeUndefined();
	});

	it('Etsy-only, French page of an untranslated article: the generated part in French, marked as French', () => {
		const html = readPage(sites.etsy, '/fr/policies/support/');
		expect(html).toMatch(/<article lang="en"/);
		expect(html).toMatch(/<div lang="fr"><div class="policy-data" data-policy="support">/);
		inOrder(main('etsy', '/fr/policies/support/'), ['Comment nous joindre', 'Pour les acheteurs de Méga-lot d’agendas.', 'Horaires\u00a0: du lundi au jeudi', 'Quoi indiquer dans votre message', 'La plateforme où vous avez acheté (Etsy)', 'One message is enough']);
	});

	it('Hotmart course: the hours with the shop’s time zone by name, in Portuguese', () => {
		const text = main('hotmart', '/policies/support/');
		inOrder(text, [
			'Como nos contactar',
			'Videochamada com a professora Para quem comprou Curso de Lettering do Zero.',
			'Quando respondemos',
			'Horário: Segunda a sexta, das 9h às 18h.',
			'Fuso horário: Horário Padrão de Brasília.',
			'O que incluir na mensagem',
			'A plataforma onde comprou (Hotmart)',
			'Uma mensagem basta',
		]);
	});
});

describe('the support page’s ids and the seller’s words', () => {
	it('a seller’s own "Support hours" heading keeps its id; the generated sections’ ids differ, and every contents link has its target', () => {
		const html = readPage(sites.etsy, '/policies/support/');
		const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
		expect(ids).toContain('support-hours');
		expect(ids).toEqual(expect.arrayContaining(['support-page-channels', 'support-page-hours', 'support-page-what-to-include']));
		expect(new Set(ids).size).toBe(ids.length);
		const toc = html.match(/<nav class="toc"[\s\S]*?<\/nav>/)![0];
		const anchors = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
		expect(anchors).toEqual(['support-page-channels', 'support-page-hours', 'support-page-what-to-include', 'one-message-is-enough', 'support-hours']);
		expect(anchors.every((a) => ids.includes(a))).toBe(true);
	});

	it('a channel label without a French translation carries lang="en" on the French pages, the translated ones none', () => {
		const support = readPage(sites.etsy, '/fr/policies/support/');
		expect(support).toMatch(/<li data-channel="platform-messages"><a href="https:\/\/www.etsy.com\/your\/conversations"><span lang="en">Etsy messages<\/span><\/a>/);
		const card = helpCard('etsy', '/fr/products/gift-tags/')!;
		expect(card).toMatch(/<a href="https:\/\/www.etsy.com\/your\/conversations"><span lang="en">Etsy messages<\/span>/);
		// Its French note is French: not marked.
		expect(card).toMatch(/<div>Écrivez depuis votre achat Etsy/);
		expect(card).toMatch(/<a href="mailto:help@paperfox.test">E-mail: help@paperfox.test<\/a>/);
		expect(readPage(sites.etsy, '/products/gift-tags/')).toMatch(/<a href="https:\/\/www.etsy.com\/your\/conversations">Etsy messages<\/a>/);
	});

	it('the refunds page links the support page by its title, marked as English where it has no French version', () => {
		expect(readPage(sites.etsy, '/fr/policies/refunds/')).toMatch(/<a href="\/fr\/policies\/support\/" lang="en">Contact and support<\/a>/);
		expect(readPage(sites.etsy, '/policies/refunds/')).toMatch(/<a href="\/policies\/support\/">Contact and support<\/a>/);
	});
});

describe('the contact card by price band', () => {
	it('a high-price-band product’s card offers the video call and says so; a low one’s does not', () => {
		const high = helpCard('etsy', '/products/planner-mega-bundle/')!;
		expect(plain(high)).toContain('Personal support for Planner Mega Bundle: you can book a video call.');
		expect(high).toContain('data-channel="video-call"');
		const low = helpCard('etsy', '/products/gift-tags/')!;
		expect(low).not.toContain('data-channel="video-call"');
		expect(plain(low)).not.toContain('video call');
		expect(main('etsy', '/products/planner-mega-bundle/')).toContain('This product comes with personal support: a video call is available.');
		expect(main('etsy', '/products/gift-tags/')).not.toContain('personal support');
	});

	it('the course’s card offers it in Portuguese; the monthly club’s does not', () => {
		expect(plain(helpCard('hotmart', '/products/curso-de-lettering/')!)).toContain('Apoio personalizado para Curso de Lettering do Zero: pode marcar uma videochamada. E-mail: suporte@letraviva.test Videochamada com a professora');
		expect(helpCard('hotmart', '/products/clube-mensal/')).not.toContain('data-channel="video-call"');
		// An article for every product applies to the course too: its card offers the call.
		expect(helpCard('hotmart', '/guides/acessar-o-curso/')).toContain('data-channel="video-call"');
	});
});
