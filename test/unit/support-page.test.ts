import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import { pick, pickIn } from '../../src/lib/localized.ts';
import type { PolicyLanguage } from '../../src/lib/refund-policy.ts';
import { helpCard, personalSupportProducts, platformsOf, supportDetails, supportHeadings, supportPageOf, supportSectionIds } from '../../src/lib/support-page.ts';
import type { LocalizedText } from '../../src/schemas/common.ts';
import type { Shop } from '../../src/schemas/shop.ts';

const lang = (locale: string): PolicyLanguage => ({
	locale,
	t: translator(locale),
	text: ((value: LocalizedText | undefined) => pick(value, locale, 'en')) as PolicyLanguage['text'],
	textIn: ((value: LocalizedText | undefined) => pickIn(value, locale, 'en')) as PolicyLanguage['textIn'],
});

const NOW = new Date('2026-11-25T00:00:00Z');
const shop: Pick<Shop, 'name' | 'support' | 'platforms' | 'timeZone'> = {
	name: 'Paper Fox',
	timeZone: 'Europe/Warsaw',
	platforms: ['etsy', 'gumroad', 'own-site'],
	support: {
		channels: [
			{ type: 'email', label: { en: 'E-mail', pt: 'E-mail' }, email: 'help@paperfox.test', note: { en: 'For every order.', pt: 'Para todas as encomendas.' } },
			{ type: 'platform-messages', label: 'Etsy messages', url: 'https://www.etsy.com/your/conversations' },
			{ type: 'video-call', label: { en: 'Video call', pt: 'Videochamada' }, url: 'https://cal.paperfox.test/help' },
		],
		hours: { en: 'Monday to Friday, 9:00 to 17:00', pt: 'Segunda a sexta, das 9:00 às 17:00' },
		responsePromise: { en: 'answers within one working day', pt: 'resposta num dia útil' },
	},
};
const products = [
	{ name: { en: 'Planner Bundle', pt: 'Pacote de planners' }, priceBand: 'high' as const },
	{ name: 'Gift Tags', priceBand: 'low' as const },
];

describe('the support page from data', () => {
	it('lists every channel, the video call saying whose buyers it is for', () => {
		const details = supportDetails(shop, products, lang('en'), NOW);
		expect(details.channels.map((c) => [c.type, c.label, c.href, c.address])).toEqual([
			['email', 'E-mail', 'mailto:help@paperfox.test', 'help@paperfox.test'],
			['platform-messages', 'Etsy messages', 'https://www.etsy.com/your/conversations', undefined],
			['video-call', 'Video call', 'https://cal.paperfox.test/help', undefined],
		]);
		expect(details.channels.map((c) => c.forProducts)).toEqual([undefined, undefined, 'For buyers of Planner Bundle.']);
		expect(details.channels[0]!.note).toBe('For every order.');
	});

	it('says the hours as written, the shop’s time zone by name, and the promise', () => {
		const details = supportDetails(shop, products, lang('en'), NOW);
		expect(details.hours).toBe('Hours: Monday to Friday, 9:00 to 17:00.');
		expect(details.timeZone).toBe('Time zone: Central European Time.');
		expect(supportDetails(shop, products, lang('pl'), NOW).timeZone).toBe('Strefa czasowa: czas środkowoeuropejski.');
		// UTC is also the default of a shop that never set its zone: nothing is claimed then.
		expect(supportDetails({ ...shop, timeZone: 'UTC' }, products, lang('en'), NOW).timeZone).toBeUndefined();
		expect(details.promise).toBe('Our promise: answers within one working day.');
	});

	it('the checklist: order number, the shop’s own platforms, product, screenshot', () => {
		expect(supportDetails(shop, products, lang('en'), NOW).include).toEqual([
			'Your order number',
			'The platform you bought on (Etsy, Gumroad, or Paper Fox)',
			'The product, and which file or lesson',
			'A screenshot of what you see, or the exact error message',
		]);
		const pt = supportDetails({ ...shop, platforms: ['hotmart'] }, products, lang('pt'), NOW);
		expect(pt.include).toEqual(['O número da encomenda', 'A plataforma onde comprou (Hotmart)', 'O produto, e qual o ficheiro ou a aula', 'Uma captura de ecrã do que vê, ou a mensagem de erro exata']);
		expect(pt.channels[2]!.forProducts).toBe('Para quem comprou Pacote de planners.');
		expect(pt.hours).toBe('Horário: Segunda a sexta, das 9:00 às 17:00.');
	});

	it('names the sections for the contents list', () => {
		expect(supportHeadings(supportDetails(shop, products, lang('fr'), NOW)).map((h) => h.text)).toEqual(['Comment nous joindre', 'Quand nous répondons', 'Quoi indiquer dans votre message']);
	});

	it('section ids a seller’s own heading ("Support hours", "Support channels") never gets', () => {
		const slugs = supportHeadings(supportDetails(shop, products, lang('en'), NOW)).map((h) => h.slug);
		expect(slugs).toEqual([supportSectionIds.channels, supportSectionIds.when, supportSectionIds.include]);
		expect(slugs).toEqual(['support-page-channels', 'support-page-hours', 'support-page-what-to-include']);
	});

	it('marks an untranslated label or note with its language, a translated or plain one not', () => {
		const pt = supportDetails({ ...shop, support: { ...shop.support, channels: [{ type: 'platform-messages', label: { en: 'Etsy messages' }, note: { en: 'From the order.' } }, ...shop.support.channels] } }, products, lang('pt'), NOW);
		expect(pt.channels.map((c) => [c.label, c.labelLang, c.noteLang])).toEqual([
			['Etsy messages', 'en', 'en'],
			['E-mail', undefined, undefined],
			['Etsy messages', undefined, undefined],
			['Videochamada', undefined, undefined],
		]);
		// Platform messages need no url: the line has no href, and the page names it without a link.
		expect(pt.channels[0]!.href).toBeUndefined();
	});

	it('a shop with no high-price-band product offers its video call without naming products', () => {
		expect(supportDetails(shop, [products[1]!], lang('en'), NOW).channels[2]!.forProducts).toBeUndefined();
	});
});

describe('the contact card by price band', () => {
	it('a high-price-band product: the video call, and the card says so', () => {
		const card = helpCard(shop, ['Planner Bundle'], lang('en'));
		expect(card.channels.map((c) => c.type)).toEqual(['email', 'platform-messages', 'video-call']);
		expect(card.personal).toBe('Personal support for Planner Bundle: you can book a video call.');
		expect(helpCard(shop, ['Kurs', 'Pakiet'], lang('pl')).personal).toBe('Indywidualne wsparcie dla: Kurs i Pakiet. Możesz umówić się na rozmowę wideo.');
	});

	it('a low one, or a page about no product: no video call and nothing said about one', () => {
		const card = helpCard(shop, [], lang('en'));
		expect(card.channels.map((c) => c.type)).toEqual(['email', 'platform-messages']);
		expect(card.personal).toBeUndefined();
	});

	it('a high one in a shop with no video call: nothing promised', () => {
		const noCall = { support: { ...shop.support, channels: shop.support.channels.filter((c) => c.type !== 'video-call') } };
		expect(helpCard(noCall, ['Planner Bundle'], lang('en')).personal).toBeUndefined();
	});

	it("leaves out a channel for another platform's buyers, on a page about products sold elsewhere", () => {
		const etsyOnly = { support: { ...shop.support, channels: shop.support.channels.map((c) => (c.type === 'platform-messages' ? { ...c, platforms: ['etsy' as const] } : c)) } };
		const types = (soldOn?: Parameters<typeof helpCard>[3]) => helpCard(etsyOnly, [], lang('en'), soldOn).channels.map((c) => c.type);
		expect(types(['hotmart'])).toEqual(['email']);
		expect(types(['etsy', 'hotmart'])).toEqual(['email', 'platform-messages']);
		// A shop-wide page (no products) lists it.
		expect(types()).toEqual(['email', 'platform-messages']);
		expect(platformsOf([{ listings: [{ platform: 'hotmart', url: 'https://x.test/' }] }, { listings: [{ platform: 'etsy', url: 'https://y.test/' }, { platform: 'hotmart', url: 'https://z.test/' }] }])).toEqual(['hotmart', 'etsy']);
	});

	it('finds the support page in the locale asked, or its fallback', () => {
		const pages = { faq: { locale: 'pt', data: { role: 'faq' } }, help: { locale: 'en', data: { role: 'support' } } };
		const site = { slugs: () => Object.keys(pages), get: (_folder: string, slug: string) => ({ article: pages[slug as keyof typeof pages] }) };
		expect(supportPageOf(site as unknown as Parameters<typeof supportPageOf>[0], 'pt')).toBe(pages.help);
		expect(supportPageOf({ slugs: () => ['faq'], get: site.get } as unknown as Parameters<typeof supportPageOf>[0], 'pt')).toBeUndefined();
	});

	it('picks the high price band', () => {
		expect(personalSupportProducts(products)).toEqual([products[0]]);
	});
});
