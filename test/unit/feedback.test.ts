import { describe, expect, it } from 'vitest';
import { feedbackCspDirectives, feedbackFields, feedbackMailto, feedbackTarget } from '../../src/lib/feedback.ts';
import { pickIn } from '../../src/lib/localized.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { fixtureFile, problemsOf, shopWith } from '../helpers/content-tree.ts';

const support = (email?: string) => ({ channels: [{ type: 'platform-messages' as const, label: 'Etsy', url: 'https://etsy.com' }, ...(email ? [{ type: 'email' as const, label: 'E-mail', email }] : [])], hours: 'x', responsePromise: 'y' });

describe('where "Was this helpful?" goes', () => {
	it('posts to the endpoint when there is one, else writes to the feedback e-mail, else to the first e-mail channel', () => {
		expect(feedbackTarget({ feedback: { endpoint: 'https://formspree.io/f/xyz', email: 'a@b.test' }, support: support('help@shop.test') })).toEqual({ kind: 'form', endpoint: 'https://formspree.io/f/xyz', origin: 'https://formspree.io', host: 'formspree.io' });
		expect(feedbackTarget({ feedback: { email: 'answers@shop.test' }, support: support('help@shop.test') })).toEqual({ kind: 'email', email: 'answers@shop.test' });
		expect(feedbackTarget({ support: support('help@shop.test') })).toEqual({ kind: 'email', email: 'help@shop.test' });
		expect(feedbackTarget({ support: support() })).toBeUndefined();
	});

	it('refuses an endpoint that is not https', () => {
		const shop = fixtureFile('shop.yaml');
		expect(problemsOf({ 'shop.yaml': `${shop}feedback:\n  endpoint: http://forms.example.test/f/1\n` })).toMatch(/feedback\.endpoint[\s\S]*https:\/\//);
		expect(readContent(shopWith({ 'shop.yaml': `${shop}feedback:\n  endpoint: https://formspree.io/f/xyz\n` })).shop.feedback).toEqual({ endpoint: 'https://formspree.io/f/xyz' });
	});

	it('refuses an endpoint whose host would add a directive or a wildcard to the Content-Security-Policy', () => {
		const shop = fixtureFile('shop.yaml');
		for (const endpoint of ['https://x.com;script-src/f', 'https://*.x.com/f', "https://x.com'unsafe-inline'/f", 'https://user:pw@forms.example.test/f', 'https://localhost/f']) {
			expect(problemsOf({ 'shop.yaml': `${shop}feedback:\n  endpoint: "${endpoint}"\n` }), endpoint).toMatch(/feedback\.endpoint[\s\S]*plain host name/);
		}
		// Were one to get through, it is not written into the policy.
		expect(feedbackCspDirectives({ feedback: { endpoint: 'https://x.com;script-src/f' }, support: support() })).toEqual(["connect-src 'self'", "form-action 'self'"]);
	});

	it('adds the form service to form-action and connect-src, one directive each, keeping self', () => {
		expect(feedbackCspDirectives({ feedback: { endpoint: 'https://formspree.io/f/xyz' }, support: support() })).toEqual(["connect-src 'self' https://formspree.io", "form-action 'self' https://formspree.io"]);
		expect(feedbackCspDirectives({ support: support('help@shop.test') })).toEqual(["connect-src 'self'", "form-action 'self'"]);
		expect(feedbackCspDirectives(undefined)).toEqual(["connect-src 'self'", "form-action 'self'"]);
	});
});

describe('what an answer carries', () => {
	it('posts the page’s address, title and language, nothing about the buyer', () => {
		expect(feedbackFields({ url: 'https://help.shop.test/pt/guides/x/', title: 'Instalar & usar', locale: 'pt' })).toEqual([
			['page', 'https://help.shop.test/pt/guides/x/'],
			['title', 'Instalar & usar'],
			['language', 'pt'],
		]);
	});

	it('writes a mailto: link with the subject and body percent-encoded, spaces as %20 and lines as CRLF', () => {
		const href = feedbackMailto('help@shop.test', 'Não foi útil: Fonts & apps?', 'Esta página não me ajudou:\nFonts & apps?\nhttps://help.shop.test/pt/guides/x/?a=1#b');
		expect(href).toBe(
			'mailto:help@shop.test?subject=N%C3%A3o%20foi%20%C3%BAtil%3A%20Fonts%20%26%20apps%3F&body=Esta%20p%C3%A1gina%20n%C3%A3o%20me%20ajudou%3A%0D%0AFonts%20%26%20apps%3F%0D%0Ahttps%3A%2F%2Fhelp.shop.test%2Fpt%2Fguides%2Fx%2F%3Fa%3D1%23b',
		);
		const url = new URL(href);
		expect(url.pathname).toBe('help@shop.test');
		expect(decodeURIComponent(url.searchParams.get('body') === null ? '' : href.split('&body=')[1]!)).toBe('Esta página não me ajudou:\r\nFonts & apps?\r\nhttps://help.shop.test/pt/guides/x/?a=1#b');
		expect(url.searchParams.get('subject')).toBe('Não foi útil: Fonts & apps?');
	});
});

describe('text from YAML with its language', () => {
	it('marks a fallback with the default locale, and neither a translation nor a plain string', () => {
		expect(pickIn({ en: 'Party Kit' }, 'pt', 'en')).toEqual({ text: 'Party Kit', lang: 'en' });
		expect(pickIn({ en: 'Brush Font', pt: 'Fonte Pincel' }, 'pt', 'en')).toEqual({ text: 'Fonte Pincel' });
		expect(pickIn({ en: 'Brush Font', pt: 'Fonte Pincel' }, 'en', 'en')).toEqual({ text: 'Brush Font' });
		expect(pickIn('Canva', 'pt', 'en')).toEqual({ text: 'Canva' });
		expect(pickIn(undefined, 'pt', 'en')).toBeUndefined();
	});
});
