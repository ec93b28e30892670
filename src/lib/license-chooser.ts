import { permissionKeys, type Permission, type PermissionKey } from '../schemas/license.ts';
import type { Shop } from '../schemas/shop.ts';
import { applicableKeys, type ProductKind } from './permission-keys.ts';
import { reachKinds } from './license-use.ts';
import type { Site } from './site.ts';

type SupportChannel = Shop['support']['channels'][number];

/**
 * "Which licence do I need?" (/licenses/choose/): for each thing a buyer may want to do, the
 * cheapest tier that allows it. Worked out per group of products that offer the same tiers and are
 * asked the same questions, so a font buyer is never sent to a tier only the templates have.
 */

/** What the chooser needs of a licence: its id, its place in the price order, its answers. */
export interface ChooserLicence {
	id: string;
	/** Cheapest first (`order` in content/licenses/<id>.yaml). */
	order: number;
	permissions: Partial<Record<PermissionKey, Permission>>;
	/** `false` for a tier no longer sold: the chooser never points at it. */
	listed?: boolean;
}

/** What the chooser needs of a product: its kinds (a bundle's and its parts') and the tiers it offers (its own and its parts'). */
export interface ChooserProduct {
	id: string;
	kinds: readonly ProductKind[];
	licenses: readonly string[];
}

/** A tier's answer to one question. */
export interface TierAnswer {
	license: string;
	permission: Permission;
}

/** The answer to "may I…" for one group of products. */
export interface UseAnswer {
	key: PermissionKey;
	/** The cheapest tier that allows it (a `limited` answer counts), or undefined when none does. */
	cheapest?: TierAnswer;
	/**
	 * When the cheapest only allows it within a limit: the dearer tiers that allow more, cheapest
	 * first (each without a limit, or with a higher cap of the same unit than the one before it).
	 */
	more: TierAnswer[];
}

/** Products that offer the same tiers and are asked the same questions: one list of answers. */
export interface ChoiceGroup {
	/** Its products, in the order given. */
	products: string[];
	/** The tiers they offer, cheapest first. */
	licenses: string[];
	answers: UseAnswer[];
}

/** Whether an answer lets the buyer do it: `allowed`, or `limited` (within the limit it states). An unanswered question does not. */
export function allows(permission: Permission | undefined): permission is Permission {
	return permission !== undefined && permission.status !== 'not-allowed';
}

/** Cheapest first: by `order`, then by id so that two tiers of the same order always come in the same order. */
export function byPrice(licences: readonly ChooserLicence[]): ChooserLicence[] {
	return [...licences].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Whether `dearer` allows more than `than`: without a limit where `than` has one, or a higher cap
 * counted in the same unit. Two limits said only in notes cannot be compared: not more.
 */
export function allowsMore(dearer: Permission, than: Permission): boolean {
	if (than.status !== 'limited') return false;
	if (dearer.status === 'allowed') return true;
	if (dearer.status !== 'limited' || dearer.max === undefined || than.max === undefined) return false;
	return dearer.max > than.max && JSON.stringify(dearer.unit) === JSON.stringify(than.unit);
}

/** The cheapest of these tiers that allows `key`, and, when it only allows it within a limit, the dearer ones that allow more. */
export function answerFor(key: PermissionKey, licences: readonly ChooserLicence[]): UseAnswer {
	const allowing = byPrice(licences)
		.filter((licence) => allows(licence.permissions[key]))
		.map((licence): TierAnswer => ({ license: licence.id, permission: licence.permissions[key]! }));
	const [cheapest, ...dearer] = allowing;
	if (cheapest === undefined) return { key, more: [] };
	const more: TierAnswer[] = [];
	let best = cheapest;
	for (const tier of dearer) {
		if (!allowsMore(tier.permission, best.permission)) continue;
		more.push(tier);
		best = tier;
	}
	return { key, cheapest, more };
}

/**
 * The chooser's groups: products offering the same tiers and asked the same questions (by kind,
 * src/lib/permission-keys.ts) share one list, in the order of their first product. A product
 * offering no tier is in none. A tier id that does not exist is left out (the reference check
 * reports it before anything is built), and so is one no longer sold (`listed: false`). When no product offers a tier yet, one group of no
 * product holds every tier and the questions some tier answers, as the comparison page does.
 */
export function chooserGroups(products: readonly ChooserProduct[], licences: readonly ChooserLicence[]): ChoiceGroup[] {
	const sold = licences.filter((licence) => licence.listed !== false);
	const byId = new Map(sold.map((licence) => [licence.id, licence]));
	const groups = new Map<string, ChoiceGroup>();
	for (const product of products) {
		const offered = byPrice([...new Set(product.licenses)].flatMap((id) => byId.get(id) ?? []));
		if (offered.length === 0) continue;
		const keys = applicableKeys(product.kinds);
		const signature = `${offered.map((l) => l.id).join(' ')}|${keys.join(' ')}`;
		const group = groups.get(signature);
		if (group) {
			group.products.push(product.id);
			continue;
		}
		groups.set(signature, { products: [product.id], licenses: offered.map((l) => l.id), answers: keys.map((key) => answerFor(key, offered)) });
	}
	if (groups.size === 0 && sold.length > 0) {
		const all = byPrice(sold);
		const keys = permissionKeys.filter((key) => all.some((licence) => licence.permissions[key] !== undefined));
		return [{ products: [], licenses: all.map((l) => l.id), answers: keys.map((key) => answerFor(key, all)) }];
	}
	return [...groups.values()];
}

/** The site's products as the chooser sees them: a bundle is of its own kind and its parts', and offers its own tiers and its parts' (as its page says). */
export function chooserProducts(site: Pick<Site, 'products' | 'reach' | 'content'>): ChooserProduct[] {
	return site.products().map((product) => {
		const reach = site.reach(product);
		const kinds = reachKinds(reach, (id) => site.content.products.get(id)!.kind);
		return { id: product.id, kinds, licenses: reach.licenses };
	});
}

/**
 * Where "No licence allows this: write to us" leads: the shop's e-mail, else its first channel a
 * buyer can write to (a video call is booked, not written to), else its first.
 */
export function contactChannel<C extends Pick<SupportChannel, 'type' | 'email' | 'url'>>(channels: readonly C[]): { channel: C; href: string } | undefined {
	const channel = channels.find((c) => c.type === 'email' && c.email) ?? channels.find((c) => c.type !== 'video-call' && c.url) ?? channels.find((c) => c.url);
	if (!channel) return undefined;
	return { channel, href: channel.type === 'email' && channel.email ? `mailto:${channel.email}` : channel.url! };
}

/**
 * Items joined as the locale writes a list ("A, B and C", "A, B i C"), as the items and the words
 * between them, so each item can be marked up (a product's name carries its anchor).
 */
export function listParts<T>(items: readonly T[], locale: string): ({ item: T } | { text: string })[] {
	const parts = new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(items.map((_, i) => `\u0000${i}\u0000`));
	return parts.map((part) => (part.type === 'element' ? { item: items[Number(part.value.slice(1, -1))]! } : { text: part.value }));
}
