import type { Translate, UiKey } from '../i18n/index.ts';
import type { LocalizedText } from '../schemas/common.ts';
import type { PlatformId, RefundException, Shop } from '../schemas/shop.ts';
import type { TextIn } from './localized.ts';
import { platformName, platformRefunds } from './platform-refunds.ts';
import { helpCard, type ChannelLine } from './support-page.ts';

/** What the refunds page needs to say it in the buyer's language. */
export interface PolicyLanguage {
	locale: string;
	t: Translate;
	text(value: LocalizedText): string;
	text(value: LocalizedText | undefined): string | undefined;
	/** The same with the language it is written in when untranslated, for the page to mark with `lang`. */
	textIn(value: LocalizedText): TextIn;
	textIn(value: LocalizedText | undefined): TextIn | undefined;
}

export interface RefundCase {
	/** The built-in sentence, or the seller's words for `other`. */
	text: string;
	/** The language of `text` when it is the seller's untranslated words (`other`). */
	textLang?: string;
	/** The seller's own words after it, with their language when untranslated. */
	note?: TextIn;
	/** "Ask within 30 days of buying.": the case's own window, else the shop's. */
	window?: string;
}

export interface PlatformLine {
	id: PlatformId;
	name: string;
	/** What the platform provides, one sentence or two. */
	rule: string[];
	/** Where the buyer starts a request there. */
	start: string;
	startUrl?: string;
}

export interface LawNote {
	region: 'eu-uk' | 'br';
	text: string;
}

/** One generated section: its heading's id and words, for the page and its contents list. */
export interface PolicySection {
	slug: string;
	text: string;
}

export interface RefundPolicy {
	/** The shop's rule in its own words, with their language when untranslated; absent when shop.yaml has no `refunds`. */
	rule?: TextIn;
	/**
	 * "Where the platform … or the law … gives you more, that applies.", right after the rule:
	 * a rule that refunds nothing for a change of mind would otherwise read as contradicting a
	 * platform's guarantee and the law notes further down. Absent without a rule.
	 */
	moreApplies?: string;
	cases: RefundCase[];
	/** "Ask within 14 days of buying.", said apart only when there are no cases to say it with. */
	window?: string;
	platforms: PlatformLine[];
	law: LawNote[];
	notAdvice: string;
	/** The headings in page order: the shop's rule (when it has one), how to ask, the platforms, the law. */
	sections: { rule?: PolicySection; how: PolicySection; platforms: PolicySection; law: PolicySection };
}

/**
 * Section ids no heading of the page's own text gets: its ids come from its words, and these
 * are longer than any heading a seller writes in those words ("How to ask" is `how-to-ask`).
 */
export const refundSectionIds = { rule: 'refund-policy-rule', how: 'refund-policy-how-to-ask', platforms: 'refund-policy-platforms', law: 'refund-policy-law' } as const;

function windowText(days: number, lang: PolicyLanguage): string {
	return days === 1 ? lang.t('refund.windowOne') : lang.t('refund.window', { days });
}

function refundCase(exception: RefundException, shopWindow: number | undefined, lang: PolicyLanguage): RefundCase {
	const { id, note, windowDays } = typeof exception === 'string' ? { id: exception, note: undefined, windowDays: undefined } : exception;
	const own = lang.textIn(note);
	// Each case says its own deadline: one line under the list read as if it were every case's,
	// beside a case with a longer one.
	const days = windowDays ?? shopWindow;
	const window = days === undefined ? undefined : windowText(days, lang);
	// `other` has no built-in sentence: the seller's note is the case.
	if (id === 'other') return { text: own!.text, textLang: own!.lang, window };
	return { text: lang.t(`refund.exception.${id}` as UiKey), note: own, window };
}

/**
 * The refunds page's generated part, in the order a buyer needs it: whether they can get their
 * money back (the shop's rule and the cases it refunds anyway), how to ask, what the platform
 * they bought on provides (only the shop's own platforms), and the law where they live, which
 * no rule takes away but which rarely decides a case for a digital download.
 */
export function refundPolicy(shop: Pick<Shop, 'name' | 'platforms' | 'refunds'>, lang: PolicyLanguage): RefundPolicy {
	const { refunds } = shop;
	const sold = new Set(shop.platforms);
	const platforms = shop.platforms.map((id): PlatformLine => {
		const facts = platformRefunds[id];
		const days = id === 'hotmart' ? (refunds?.hotmartGuaranteeDays ?? facts.defaultGuaranteeDays) : facts.defaultGuaranteeDays;
		// Hotmart's default is said as the default, since the seller may have chosen longer.
		const ruleKey = id === 'hotmart' && refunds?.hotmartGuaranteeDays === undefined ? 'refund.platform.hotmart.default' : facts.rule;
		return {
			id,
			name: platformName(id, shop.name),
			rule: [lang.t(ruleKey, { days: days ?? '', name: shop.name }), ...(facts.subscription ? [lang.t(facts.subscription)] : [])],
			start: lang.t(facts.start),
			startUrl: facts.startUrl,
		};
	});
	const eu: LawNote = { region: 'eu-uk', text: lang.t('refund.law.euUk') };
	const br: LawNote = { region: 'br', text: sold.has('hotmart') ? `${lang.t('refund.law.br')} ${lang.t('refund.law.brHotmart')}` : lang.t('refund.law.br') };
	// A Portuguese page is read in Brazil more than anywhere: its law comes first there.
	const law = lang.locale.split('-')[0] === 'pt' ? [br, eu] : [eu, br];
	const section = (key: keyof typeof refundSectionIds, text: UiKey): PolicySection => ({ slug: refundSectionIds[key], text: lang.t(text) });
	// The law notes are always shown, so a rule always gets the line; the platforms' own
	// guarantees are named too, should the notes ever become optional.
	const platformDecides = shop.platforms.some((id) => platformRefunds[id].decides === 'platform');
	const rule = lang.textIn(refunds?.rule);
	return {
		rule,
		moreApplies: rule && (platformDecides || law.length > 0) ? lang.t('refund.moreApplies') : undefined,
		cases: (refunds?.exceptions ?? []).map((exception) => refundCase(exception, refunds?.windowDays, lang)),
		window: refunds?.windowDays === undefined || refunds.exceptions.length > 0 ? undefined : windowText(refunds.windowDays, lang),
		platforms,
		law,
		notAdvice: lang.t('refund.law.notAdvice'),
		sections: {
			rule: refunds ? section('rule', 'refund.rule') : undefined,
			how: section('how', 'refund.how'),
			platforms: section('platforms', 'refund.platforms'),
			law: section('law', 'refund.law'),
		},
	};
}

/**
 * The channel "How to ask for a refund" names when the shop has no support page: the first one,
 * the one buyers should try first (a video call never: it is for some products' buyers only).
 */
export function firstChannel(shop: Pick<Shop, 'support'>, lang: PolicyLanguage): ChannelLine | undefined {
	return helpCard(shop, [], lang).channels[0];
}

/** The generated sections as headings, first on the page, for its contents list. */
export function refundHeadings(policy: RefundPolicy): { depth: number; slug: string; text: string }[] {
	const { rule, how, platforms, law } = policy.sections;
	return [rule, how, platforms, law].filter((s) => s !== undefined).map((s) => ({ depth: 2, ...s }));
}
