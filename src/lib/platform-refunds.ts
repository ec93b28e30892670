import type { UiKey } from '../i18n/index.ts';
import type { PlatformId } from '../schemas/shop.ts';

/**
 * How a refund works on each platform: what the platform itself provides, never the seller's
 * promise (that is `refunds` in shop.yaml). Kept here, not in content, because it is the same
 * for every shop on the platform and a seller should not have to restate it; when a platform
 * changes its rules, this file and its strings change for every shop at once.
 *
 * - Etsy: the seller refunds all or part of an order through Etsy; the buyer asks from
 *   Purchases and reviews → Help with order.
 * - Hotmart: a guarantee the seller chooses among 7, 15, 21 or 30 days (7 by default), within
 *   which Hotmart refunds on request at refund.hotmart.com; for a subscription it covers only the
 *   first charge (help.hotmart.com, "How to adjust the guarantee period").
 * - Gumroad and Payhip: the seller's choice; the receipt e-mail's reply goes to the seller.
 * - Creative Market: the marketplace's own refund policy, applied by its support team after the
 *   shop has tried to fix the problem.
 * - Shopify and an own site: the seller's terms, which are this page's rule.
 */
export interface PlatformRefunds {
	/** Who decides: the platform (a guarantee or a marketplace policy) or the seller. */
	decides: 'platform' | 'seller';
	/** What the platform provides, as a UI string; `{days}` is the guarantee's length. */
	rule: UiKey;
	/** A second sentence for subscriptions, where the platform treats them apart. */
	subscription?: UiKey;
	/** The platform's guarantee when the seller has not said which length they chose. */
	defaultGuaranteeDays?: number;
	/** Where the buyer starts a request, as a UI string. */
	start: UiKey;
	/** The page the buyer starts from, when the platform has one for every buyer. */
	startUrl?: string;
}

export const platformRefunds: Record<PlatformId, PlatformRefunds> = {
	etsy: { decides: 'seller', rule: 'refund.platform.etsy', start: 'refund.platform.etsy.start', startUrl: 'https://www.etsy.com/your/purchases' },
	hotmart: {
		decides: 'platform',
		rule: 'refund.platform.hotmart',
		subscription: 'refund.platform.hotmart.subscription',
		defaultGuaranteeDays: 7,
		start: 'refund.platform.hotmart.start',
		startUrl: 'https://refund.hotmart.com/',
	},
	gumroad: { decides: 'seller', rule: 'refund.platform.gumroad', start: 'refund.platform.gumroad.start' },
	payhip: { decides: 'seller', rule: 'refund.platform.payhip', start: 'refund.platform.payhip.start' },
	'creative-market': { decides: 'platform', rule: 'refund.platform.creative-market', start: 'refund.platform.creative-market.start', startUrl: 'https://support.creativemarket.com/' },
	shopify: { decides: 'seller', rule: 'refund.platform.shopify', start: 'refund.platform.ownShop.start' },
	'own-site': { decides: 'seller', rule: 'refund.platform.own-site', start: 'refund.platform.ownShop.start' },
};

/** A platform's name as buyers know it; an own site is the shop's own name. */
export function platformName(id: PlatformId, shopName: string): string {
	const names: Record<PlatformId, string> = { etsy: 'Etsy', gumroad: 'Gumroad', shopify: 'Shopify', hotmart: 'Hotmart', 'creative-market': 'Creative Market', payhip: 'Payhip', 'own-site': shopName };
	return names[id];
}
