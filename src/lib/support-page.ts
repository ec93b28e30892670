import type { Product } from '../schemas/product.ts';
import type { PlatformId, Shop } from '../schemas/shop.ts';
import type { Site } from './site.ts';
import { platformName } from './platform-refunds.ts';
import { momentFormat } from './time-zone.ts';
import type { PolicyLanguage, PolicySection } from './refund-policy.ts';

type Channel = Shop['support']['channels'][number];

export interface ChannelLine {
	type: Channel['type'];
	label: string;
	/** The label's language when it is the default language's, untranslated: the page marks it with `lang`. */
	labelLang?: string;
	/** Where the link leads: a `mailto:` for e-mail, else the channel's url; none for platform messages without one (then no link). */
	href?: string;
	/** The address written out, for e-mail: buyers copy it into another app. */
	address?: string;
	note?: string;
	noteLang?: string;
	/** For a video call: the products whose buyers it is for ("For buyers of …"). */
	forProducts?: string;
}

export interface SupportDetails {
	channels: ChannelLine[];
	hours: string;
	/** "Time zone: Western European Time.", the zone the hours are kept in; absent for UTC, the default, which a shop that never set its zone has too. */
	timeZone?: string;
	promise: string;
	/** What to put in the first message, in order. */
	include: string[];
	sections: { channels: PolicySection; when: PolicySection; include: PolicySection };
}

/**
 * Section ids no heading of the page's own text gets, as refundSectionIds: a seller's "Support
 * hours" is `support-hours`, so these carry `support-page-`, which no heading's words start with.
 */
export const supportSectionIds = { channels: 'support-page-channels', when: 'support-page-hours', include: 'support-page-what-to-include' } as const;

/** The products whose buyers are offered a video call: the high price band (courses, big bundles). */
export function personalSupportProducts<P extends Pick<Product, 'priceBand'>>(products: readonly P[]): P[] {
	return products.filter((product) => product.priceBand === 'high');
}

function channelLine(channel: Channel, lang: PolicyLanguage): Omit<ChannelLine, 'forProducts'> {
	const label = lang.textIn(channel.label);
	const note = lang.textIn(channel.note);
	return {
		type: channel.type,
		label: label.text,
		labelLang: label.lang,
		href: channel.type === 'email' && channel.email ? `mailto:${channel.email}` : channel.url,
		address: channel.type === 'email' ? channel.email : undefined,
		note: note?.text,
		noteLang: note?.lang,
	};
}

/** The page with `role: support` in `locale` (or its fallback), for the refunds page and llms.txt to link. */
export function supportPageOf(site: Pick<Site, 'slugs' | 'get'>, locale: string) {
	return site.slugs('pages').map((slug) => site.get('pages', slug, locale).article).find((article) => article.data.role === 'support');
}

/**
 * A contact card's channels for a page about `personalFor` (the names of the high-price-band
 * products it is about): a video call only when there is one, and then the card says who it is
 * for, so a buyer of a low-priced printable is never offered a call the shop does not give them.
 * `soldOn`, the platforms the page's products are sold on, leaves out a channel meant for
 * another platform's buyers (Etsy messages on a Hotmart course's page); undefined keeps all.
 */
export function helpCard(shop: Pick<Shop, 'support'>, personalFor: readonly string[], lang: PolicyLanguage, soldOn?: readonly PlatformId[]): { channels: ChannelLine[]; personal?: string } {
	const forThesePlatforms = (channel: Shop['support']['channels'][number]) => !channel.platforms || !soldOn || channel.platforms.some((platform) => soldOn.includes(platform));
	const offered = shop.support.channels.filter((channel) => (channel.type !== 'video-call' || personalFor.length > 0) && forThesePlatforms(channel));
	const hasCall = offered.some((channel) => channel.type === 'video-call');
	return {
		channels: offered.map((channel) => channelLine(channel, lang)),
		personal: hasCall ? lang.t('help.personal', { products: conjunction(personalFor, lang.locale) }) : undefined,
	};
}

/**
 * "Time zone: Central European Time.", said after the hours wherever they are shown (the support
 * page, the contact card, llms.txt), so a buyer abroad does not read them as their own time. The
 * zone's name as it stands on the day of the build: a generic name where the language has one,
 * so it holds in summer and winter alike. None for UTC, the default of a shop that never set one.
 */
export function timeZoneNote(shop: Pick<Shop, 'timeZone'>, lang: Pick<PolicyLanguage, 't' | 'locale'>, now: Date): string | undefined {
	return shop.timeZone === 'UTC' ? undefined : lang.t('support.timeZone', { zone: momentFormat(lang.locale, shop.timeZone).zoneName(now) });
}

const conjunction = (items: readonly string[], locale: string) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

/**
 * The support page's generated part: every channel (a video call says for whose products),
 * when someone answers (the hours as the seller wrote them, and the shop's time zone by name),
 * the promise, and what to include, naming the shop's own platforms.
 */
export function supportDetails(shop: Pick<Shop, 'name' | 'support' | 'platforms' | 'timeZone'>, products: readonly Pick<Product, 'priceBand' | 'name'>[], lang: PolicyLanguage, now: Date): SupportDetails {
	const personal = personalSupportProducts(products).map((product) => lang.text(product.name));
	const platforms = new Intl.ListFormat(lang.locale, { type: 'disjunction' }).format(shop.platforms.map((id) => platformName(id, shop.name)));
	const section = (key: keyof typeof supportSectionIds, text: Parameters<PolicyLanguage['t']>[0]): PolicySection => ({ slug: supportSectionIds[key], text: lang.t(text) });
	return {
		channels: shop.support.channels.map((channel) => ({
			...channelLine(channel, lang),
			forProducts: channel.type === 'video-call' && personal.length > 0 ? lang.t('support.videoFor', { products: conjunction(personal, lang.locale) }) : undefined,
		})),
		hours: lang.t('help.hours', { hours: lang.text(shop.support.hours) }),
		timeZone: timeZoneNote(shop, lang, now),
		promise: lang.t('help.promise', { promise: lang.text(shop.support.responsePromise) }),
		include: [
			lang.t('support.include.order'),
			lang.t('support.include.platform', { platforms }),
			lang.t('support.include.product'),
			lang.t('support.include.screenshot'),
		],
		sections: {
			channels: section('channels', 'support.channels'),
			when: section('when', 'support.when'),
			include: section('include', 'support.include'),
		},
	};
}

export function supportHeadings(details: SupportDetails): { depth: number; slug: string; text: string }[] {
	const { channels, when, include } = details.sections;
	return [channels, when, include].map((s) => ({ depth: 2, ...s }));
}

/** The platforms the products are sold on (their listings), for a contact card's channels (helpCard's `soldOn`). */
export function platformsOf(products: readonly Pick<Product, 'listings'>[]): PlatformId[] {
	return [...new Set(products.flatMap((product) => product.listings.map((listing) => listing.platform)))];
}
