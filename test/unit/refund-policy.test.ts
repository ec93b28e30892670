import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import { pick, pickIn } from '../../src/lib/localized.ts';
import { firstChannel, refundHeadings, refundPolicy, refundSectionIds, type PolicyLanguage } from '../../src/lib/refund-policy.ts';
import { platformRefunds } from '../../src/lib/platform-refunds.ts';
import { platformIds, refundsSchema, shopSchema, type Shop } from '../../src/schemas/shop.ts';
import type { LocalizedText } from '../../src/schemas/common.ts';
import { zodProblems } from '../../src/lib/zod-problems.ts';

const lang = (locale: string, defaultLocale = 'en'): PolicyLanguage => ({
	locale,
	t: translator(locale),
	text: ((value: LocalizedText | undefined) => pick(value, locale, defaultLocale)) as PolicyLanguage['text'],
	textIn: ((value: LocalizedText | undefined) => pickIn(value, locale, defaultLocale)) as PolicyLanguage['textIn'],
});

const refunds = refundsSchema.parse({
	rule: { en: 'Because files are delivered at once, sales are final, except in the cases below.', pt: 'Como os ficheiros são entregues de imediato, as vendas são finais, exceto nos casos abaixo.' },
	exceptions: ['duplicate-purchase', { id: 'bought-item-then-bundle', windowDays: 30, note: { en: 'We refund the single item.' } }, 'broken-file', { id: 'other', note: 'A course you have not started.' }],
	windowDays: 14,
});

function shop(platforms: Shop['platforms'], withRefunds: Shop['refunds'] | null = refunds): Pick<Shop, 'name' | 'platforms' | 'refunds'> {
	return { name: 'Paper Fox', platforms, refunds: withRefunds ?? undefined };
}

const ids = (policy: ReturnType<typeof refundPolicy>) => policy.platforms.map((p) => p.id);
const allText = (policy: ReturnType<typeof refundPolicy>) => [policy.rule?.text, policy.moreApplies, ...policy.cases.flatMap((c) => [c.text, c.note?.text, c.window]), policy.window, ...policy.platforms.flatMap((p) => [p.name, ...p.rule, p.start]), ...policy.law.map((l) => l.text), policy.notAdvice].filter(Boolean).join('\n');

describe('the refund policy from data', () => {
	it('an Etsy-only shop: Etsy’s line and where to start, no Hotmart, the EU/UK note first', () => {
		const policy = refundPolicy(shop(['etsy']), lang('en'));
		expect(ids(policy)).toEqual(['etsy']);
		expect(policy.platforms[0]!.rule).toEqual(['Etsy lets the shop refund all or part of an order. The refund goes through Etsy, back to the way you paid.']);
		expect(policy.platforms[0]!.start).toContain('Help with order');
		expect(policy.platforms[0]!.startUrl).toBe('https://www.etsy.com/your/purchases');
		expect(allText(policy)).not.toMatch(/Hotmart|subscription/);
		expect(policy.law.map((l) => l.region)).toEqual(['eu-uk', 'br']);
		expect(policy.law[0]!.text).toMatch(/European Union and the United Kingdom, when you buy online from a business.*download or streaming starts.*expressly agreed.*acknowledged/s);
		expect(policy.notAdvice).toBe('This is a short summary, not legal advice.');
	});

	it('Etsy and Gumroad: each platform’s own line, in the shop’s order', () => {
		const policy = refundPolicy(shop(['gumroad', 'etsy']), lang('en'));
		expect(ids(policy)).toEqual(['gumroad', 'etsy']);
		expect(policy.platforms[0]!.rule[0]).toBe('On Gumroad, a refund is the shop’s decision: Gumroad refunds a purchase when the shop agrees to it.');
		expect(policy.platforms[0]!.start).toMatch(/reply to your Gumroad receipt/);
		expect(policy.platforms[0]!.startUrl).toBeUndefined();
	});

	it('a Hotmart course shop: the 7-day default guarantee, the subscription’s first charge only, and Brazil’s note naming it', () => {
		const policy = refundPolicy(shop(['hotmart']), lang('en'));
		const [hotmart] = policy.platforms;
		expect(hotmart!.rule[0]).toMatch(/^Hotmart guarantees every product for at least 7 days from the day of purchase \(a seller may choose longer/);
		expect(hotmart!.rule[1]).toBe('For a subscription, the guarantee covers only the first charge. Cancelling stops the charges to come; it does not refund those already made.');
		expect(hotmart!.startUrl).toBe('https://refund.hotmart.com/');
		expect(policy.law.find((l) => l.region === 'br')!.text).toBe('If you live in Brazil and buy from a seller or platform based there or selling to Brazil, the Consumer Defence Code (article 49) gives you 7 days from the purchase or the delivery to change your mind about a purchase made outside a shop, online included. Hotmart’s guarantee, never shorter than these 7 days, covers this right.');
	});

	it('the guarantee the seller chose on Hotmart, when shop.yaml says it', () => {
		const policy = refundPolicy(shop(['hotmart'], { ...refunds, hotmartGuaranteeDays: 30 }), lang('en'));
		expect(policy.platforms[0]!.rule[0]).toBe('Hotmart guarantees this shop’s products for 30 days from the day of purchase: ask within them and Hotmart refunds you.');
		expect(refundsSchema.safeParse({ rule: 'x', hotmartGuaranteeDays: 10 }).error?.issues[0]?.message).toBe('must be one of the lengths Hotmart offers: 7, 15, 21, 30');
	});

	it('a Portuguese page: in Portuguese, Brazil’s note first, the seller’s rule in Portuguese', () => {
		const policy = refundPolicy(shop(['hotmart', 'etsy']), lang('pt'));
		expect(policy.rule).toEqual({ text: expect.stringMatching(/^Como os ficheiros/) });
		expect(policy.law.map((l) => l.region)).toEqual(['br', 'eu-uk']);
		// Neutral Portuguese, read by Brazilian buyers: no European-only "dá-lhe" or "se arrepender" order.
		expect(policy.law[0]!.text).toMatch(/^Para quem vive no Brasil, quando o vendedor ou a plataforma tem sede no Brasil ou vende para o Brasil, o Código de Defesa do Consumidor \(artigo 49\) garante 7 dias/);
		expect(policy.platforms[0]!.rule[1]).toMatch(/^Numa assinatura, a garantia cobre apenas a primeira cobrança/);
		expect(policy.notAdvice).toBe('Isto é um breve resumo, não aconselhamento jurídico.');
		expect(policy.sections.rule!.text).toBe('A nossa regra de reembolso');
	});

	it('says right after the rule that more from the platform or the law applies, in every built-in language', () => {
		const said = ['en', 'pt', 'es', 'fr', 'pl'].map((locale) => refundPolicy(shop(['etsy']), lang(locale)).moreApplies);
		expect(said).toEqual([
			'Where the platform you bought on, or the law where you live, gives you more, that applies.',
			'Quando a plataforma onde comprou, ou a lei do país onde vive, lhe dá mais, aplica-se isso.',
			'Si la plataforma donde compraste, o la ley del lugar donde vives, te da más, se aplica eso.',
			'Si la plateforme où vous avez acheté, ou la loi du pays où vous vivez, vous accorde davantage, c’est cela qui s’applique.',
			'Jeśli platforma, na której kupujesz, albo prawo kraju, w którym mieszkasz, daje ci więcej, obowiązuje to, co korzystniejsze.',
		]);
		expect(refundPolicy(shop(['hotmart']), lang('en')).moreApplies).toBe(said[0]);
		// No rule, nothing for it to qualify.
		expect(refundPolicy(shop(['hotmart'], null), lang('en')).moreApplies).toBeUndefined();
	});

	it('the law notes say who they protect; Hotmart’s start promises nothing the seller has not said', () => {
		for (const locale of ['en', 'pt', 'es', 'fr', 'pl']) {
			const policy = refundPolicy(shop(['hotmart']), lang(locale));
			expect(policy.platforms[0]!.start, locale).not.toMatch(/write to us|escreva-nos|escríbenos|écrivez-nous|napisz do nas/);
			expect(policy.platforms[0]!.start, locale).toMatch(/HP0123456789/);
			const [br, eu] = [policy.law.find((l) => l.region === 'br')!.text, policy.law.find((l) => l.region === 'eu-uk')!.text];
			expect(br, locale).toMatch(/Brazil|Brasil|Brésil|Brazylii/);
			expect(br, locale).toMatch(/(If you live|Para quem vive|Si vives|Si vous vivez|Jeśli mieszkasz)/);
			expect(eu, locale).toMatch(/business|empresa|professionnel|przedsiębiorcy/);
		}
	});

	it('marks the seller’s untranslated rule, notes and `other` case with their language', () => {
		const policy = refundPolicy(shop(['etsy'], refundsSchema.parse({ rule: { en: 'Sales are final.' }, exceptions: [{ id: 'broken-file', note: { en: 'Send us the file.' } }, { id: 'other', note: { en: 'A course not started.' } }] })), lang('fr'));
		expect(policy.rule).toEqual({ text: 'Sales are final.', lang: 'en' });
		expect(policy.cases[0]!.note).toEqual({ text: 'Send us the file.', lang: 'en' });
		expect(policy.cases[1]).toMatchObject({ text: 'A course not started.', textLang: 'en' });
		expect(refundPolicy(shop(['etsy']), lang('pt')).cases[1]!.note).toEqual({ text: 'We refund the single item.', lang: 'en' });
	});

	it('the channel to ask on without a support page: the first, linked only when it has an address', () => {
		const support = (channels: Shop['support']['channels']) => ({ support: { channels, hours: 'x', responsePromise: 'y' } });
		expect(firstChannel(support([{ type: 'video-call', label: 'Call', url: 'https://cal.test/' }, { type: 'email', label: 'E-mail', email: 'a@b.test' }]), lang('en'))).toMatchObject({ type: 'email', href: 'mailto:a@b.test' });
		const messages = firstChannel(support([{ type: 'platform-messages', label: { en: 'Etsy messages' } }]), lang('fr'))!;
		expect(messages).toMatchObject({ label: 'Etsy messages', labelLang: 'en' });
		expect(messages.href).toBeUndefined();
	});

	it('says "not legal advice" in every built-in language', () => {
		const said = ['en', 'pt', 'es', 'fr', 'pl'].map((locale) => refundPolicy(shop(['etsy']), lang(locale)).notAdvice);
		expect(said).toEqual(['This is a short summary, not legal advice.', 'Isto é um breve resumo, não aconselhamento jurídico.', 'Esto es un breve resumen, no asesoramiento jurídico.', 'Ceci est un bref résumé, pas un conseil juridique.', 'To krótkie streszczenie, a nie porada prawna.']);
	});

	it('the cases: built-in sentences, the seller’s note after, a window of their own, and `other` in the seller’s words', () => {
		const policy = refundPolicy(shop(['etsy']), lang('en'));
		expect(policy.cases).toEqual([
			{ text: 'You bought the same thing twice: we refund the extra purchase.', note: undefined, window: 'Ask within 14 days of buying.' },
			{ text: 'You bought an item and then a bundle that contains it: we refund what you paid for the item.', note: { text: 'We refund the single item.' }, window: 'Ask within 30 days of buying.' },
			{ text: 'A file is broken and we cannot fix or replace it: we refund it.', note: undefined, window: 'Ask within 14 days of buying.' },
			{ text: 'A course you have not started.', window: 'Ask within 14 days of buying.' },
		]);
		// Said with each case, not again under them; alone only when there is no case to say it with.
		expect(policy.window).toBeUndefined();
		expect(refundPolicy(shop(['etsy'], { ...refunds, exceptions: [], windowDays: 1 }), lang('pl')).window).toBe('Napisz w ciągu jednego dnia od zakupu.');
		expect(refundPolicy(shop(['etsy']), lang('pl')).cases[0]!.window).toBe('Napisz w ciągu 14 dni od zakupu.');
		expect(refundPolicy(shop(['etsy'], { ...refunds, windowDays: undefined }), lang('en')).cases.map((c) => c.window)).toEqual([undefined, 'Ask within 30 days of buying.', undefined, undefined]);
	});

	it('a shop with no `refunds` block still gets the platforms and the law, and no rule section', () => {
		const policy = refundPolicy(shop(['etsy', 'own-site'], null), lang('en'));
		expect(policy.rule).toBeUndefined();
		expect(policy.cases).toEqual([]);
		expect(policy.platforms.map((p) => p.name)).toEqual(['Etsy', 'Paper Fox']);
		expect(refundHeadings(policy).map((h) => h.slug)).toEqual([refundSectionIds.how, refundSectionIds.platforms, refundSectionIds.law]);
	});

	it('the headings for the contents list, in page order', () => {
		expect(refundHeadings(refundPolicy(shop(['etsy']), lang('en')))).toEqual([
			{ depth: 2, slug: 'refund-policy-rule', text: 'Our refund rule' },
			{ depth: 2, slug: 'refund-policy-how-to-ask', text: 'How to ask for a refund' },
			{ depth: 2, slug: 'refund-policy-platforms', text: 'Where you bought: each platform’s rules' },
			{ depth: 2, slug: 'refund-policy-law', text: 'Your rights under the law' },
		]);
	});

	it('every platform the schema knows has its rule and where to start, in every language', () => {
		const policy = refundPolicy(shop([...platformIds]), lang('fr'));
		expect(ids(policy)).toEqual([...platformIds]);
		for (const line of policy.platforms) {
			expect(line.rule.every((s) => s.length > 20 && !s.includes('{'))).toBe(true);
			expect(line.start.length).toBeGreaterThan(10);
		}
		expect(Object.keys(platformRefunds).sort()).toEqual([...platformIds].sort());
		// Shopify and an own site: the seller's terms, no guarantee of the platform's.
		expect(platformRefunds.shopify.decides).toBe('seller');
		expect(platformRefunds['own-site'].decides).toBe('seller');
	});
});

describe('the refunds block in shop.yaml', () => {
	const base = { name: 'Paper Fox', url: 'https://help.paperfox.test', locales: ['en'], support: { channels: [{ type: 'email', label: 'E-mail', email: 'a@b.test' }], hours: 'Weekdays', responsePromise: '2 days' }, platforms: ['etsy'], categories: {} };

	it('is optional, and read with its exceptions', () => {
		expect(shopSchema.parse(base).refunds).toBeUndefined();
		expect(shopSchema.parse({ ...base, refunds: { rule: 'Sales are final.', exceptions: ['broken-file'] } }).refunds).toEqual({ rule: 'Sales are final.', exceptions: ['broken-file'] });
	});

	it('refuses an unknown case, an `other` without words and an unknown field, saying what to write', () => {
		const problems = (value: unknown) => {
			const data = { ...base, refunds: value };
			return zodProblems('content/shop.yaml', shopSchema.safeParse(data).error!.issues, data, shopSchema).map((p) => `${p.where}: ${p.message}${p.hint ? ` / ${p.hint}` : ''}`);
		};
		expect(problems({ rule: 'x', exceptions: ['duplicate'] })).toEqual(['refunds.exceptions[0]: "duplicate" is not one of the allowed values / use `duplicate-purchase`, `other` or `broken-file` (the closest of 4).']);
		expect(problems({ rule: 'x', exceptions: [{ id: 'other' }] })).toEqual(['refunds.exceptions[0].note: needs a `note` saying the case in your words, since `other` has no built-in sentence']);
		expect(problems({ rule: 'x', windowDay: 14 })[0]).toMatch(/^refunds: has the unknown field `windowDay`.*did you mean `windowDays`\?/);
		expect(problems({ rule: 'x', windowDays: 0 })).toEqual(['refunds.windowDays: 0 is not a number of days to ask within: write 1 or more']);
	});
});
