// "Was this helpful?" under an article: where the answer goes, and what it carries. Pure: the
// component (src/components/Feedback.astro) and the CSP (src/integration/index.ts) read these.
import { plainHttpsOrigin, type Shop } from '../schemas/shop.ts';

export type FeedbackAnswer = 'yes' | 'no';
export const feedbackAnswers: readonly FeedbackAnswer[] = ['yes', 'no'];

/** A form service to post to, or an address to write to; none when the shop has neither. */
export type FeedbackTarget = { kind: 'form'; endpoint: string; origin: string; host: string } | { kind: 'email'; email: string };

/** The shop's `feedback.endpoint`, else its `feedback.email`, else its first e-mail support channel. */
export function feedbackTarget(shop: Pick<Shop, 'feedback' | 'support'>): FeedbackTarget | undefined {
	const { endpoint, email } = shop.feedback ?? {};
	if (endpoint) {
		const url = new URL(endpoint);
		return { kind: 'form', endpoint, origin: url.origin, host: url.host };
	}
	const address = email ?? shop.support.channels.find((channel) => channel.type === 'email' && channel.email)?.email;
	return address ? { kind: 'email', email: address } : undefined;
}

/** What the page says about itself in an answer. */
export interface FeedbackPage {
	/** The page's full address. */
	url: string;
	title: string;
	locale: string;
}

/**
 * The hidden fields posted with the answer (`helpful=yes|no` comes from the button pressed):
 * the page's address, title and language, and nothing about the buyer.
 */
export function feedbackFields(page: FeedbackPage): [name: string, value: string][] {
	return [
		['page', page.url],
		['title', page.title],
		['language', page.locale],
	];
}

/**
 * A `mailto:` link (RFC 6068) that opens an e-mail with its subject and body filled in. Each part
 * is percent-encoded as UTF-8, spaces as %20 (a `+` would show as a plus) and line breaks as
 * CRLF, as the RFC asks; the address keeps its `@` and escapes what would end it early.
 */
export function feedbackMailto(email: string, subject: string, body: string): string {
	const address = email.replace(/[%?#&]/g, (c) => encodeURIComponent(c));
	const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
	return `mailto:${address}?subject=${encode(subject)}&body=${encode(body)}`;
}

/**
 * The CSP directives the feedback needs beyond the site's own: a form may post to the endpoint
 * (`form-action`), and the script may send it there without leaving the page (`connect-src`).
 * Both directives are written here whole, so there is one of each ('self' kept).
 */
export function feedbackCspDirectives(shop: Pick<Shop, 'feedback' | 'support'> | undefined): [`connect-src ${string}`, `form-action ${string}`] {
	const target = shop && feedbackTarget(shop);
	// The schema refuses any other endpoint; checked again here, as this text becomes policy.
	const extra = target?.kind === 'form' && plainHttpsOrigin(target.endpoint) ? ` ${target.origin}` : '';
	return [`connect-src 'self'${extra}`, `form-action 'self'${extra}`];
}
