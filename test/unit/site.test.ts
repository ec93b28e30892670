import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { languageOf, missingUiKeys, translator, uiLocale, uiStrings } from '../../src/i18n/index.ts';
import { buildTime, byUrgency, isActive } from '../../src/lib/notices.ts';
import { autonym, pageContext } from '../../src/lib/page-context.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { routeTable } from '../../src/lib/route-table.ts';
import { buildSite } from '../../src/lib/site.ts';
import { fixture } from '../helpers/content-tree.ts';

const now = new Date('2026-11-25T00:00:00Z');
const site = buildSite(readContent(fixture('basic')), now);

describe('the site model', () => {
	it('falls back to the default locale where a translation is missing', () => {
		expect(site.get('guides', 'install-the-font', 'pt')).toMatchObject({ fallback: false, article: { locale: 'pt' } });
		expect(site.get('guides', 'open-canva-link', 'pt')).toMatchObject({ fallback: true, article: { locale: 'en' } });
		expect(site.translations('guides', 'install-the-font')).toEqual(['en', 'pt']);
		expect(site.translations('guides', 'open-canva-link')).toEqual(['en']);
	});

	it('applies articles to products by id, by `all` and by software, featured first', () => {
		const brush = site.content.products.get('brush-font')!;
		const party = site.content.products.get('party-kit')!;
		expect(site.forProduct('guides', brush, 'en').map((a) => a.article.slug)).toEqual(['install-the-font']);
		expect(site.forProduct('guides', party, 'en').map((a) => a.article.slug)).toEqual(['open-canva-link']);
		expect(site.forProduct('troubleshooting', party, 'en').map((a) => a.article.slug)).toEqual(['font-missing']);
	});

	it('separates active from past notices at the build time', () => {
		expect(site.activeNotices('en').map((n) => n.article.slug)).toEqual(['etsy-delay']);
		expect(site.pastNotices('en').map((n) => n.article.slug)).toEqual(['old-maintenance']);
		expect(buildSite(site.content, new Date('2025-01-01')).activeNotices('en')).toEqual([]);
	});

	it('has one route per page per locale, plus redirects for old slugs and short codes', () => {
		const routes = routeTable(site);
		const paths = routes.map((r) => `${r.locale}:${r.path}`);
		expect(new Set(paths).size).toBe(paths.length);
		expect(paths).toContain('pt:/guides/font-install/');
		const shortLinks = routes.filter((r) => r.kind === 'redirect' && r.path.startsWith('/go/'));
		const inEnglish = (r: (typeof routes)[number]) => r.locale === 'en';
		// The hub and each article that applies, under the current code and the former one, an
		// article's former slug too, and the same again in Portuguese leading to /pt/.
		expect(shortLinks.filter(inEnglish).map((r) => r.kind === 'redirect' && `${r.path} -> ${r.to} (${r.via})`)).toEqual([
			'/go/brush/ -> /products/brush-font/ (short-link)',
			'/go/brush/install-the-font/ -> /guides/install-the-font/ (short-link)',
			'/go/brush/font-install/ -> /guides/install-the-font/ (former-slug)',
			'/go/brush/font-missing/ -> /help/font-missing/ (short-link)',
			'/go/brush-old/ -> /products/brush-font/ (former-code)',
			'/go/brush-old/install-the-font/ -> /guides/install-the-font/ (former-code)',
			'/go/brush-old/font-install/ -> /guides/install-the-font/ (former-code)',
			'/go/brush-old/font-missing/ -> /help/font-missing/ (former-code)',
			'/go/party/ -> /products/party-kit/ (short-link)',
			'/go/party/open-canva-link/ -> /guides/open-canva-link/ (short-link)',
			'/go/party/font-missing/ -> /help/font-missing/ (short-link)',
		]);
		expect(shortLinks.filter((r) => r.locale === 'pt').map((r) => r.kind === 'redirect' && r.to)).toEqual(shortLinks.filter(inEnglish).map((r) => r.kind === 'redirect' && `/pt${r.to}`));
	});
});

describe('notices', () => {
	it('is active from its start until its end, or until an end is set', () => {
		const starts = new Date('2026-11-01');
		expect(isActive({ starts }, now)).toBe(true);
		expect(isActive({ starts, ends: new Date('2026-11-24') }, now)).toBe(false);
		expect(isActive({ starts: new Date('2026-12-01') }, now)).toBe(false);
	});

	it('lists outages first, then the newest', () => {
		const a = { severity: 'info' as const, starts: new Date('2026-11-20') };
		const b = { severity: 'outage' as const, starts: new Date('2026-10-01') };
		const c = { severity: 'info' as const, starts: new Date('2026-11-22') };
		expect([a, b, c].sort(byUrgency)).toEqual([b, c, a]);
	});

	it('reads the build clock from SOURCE_DATE_EPOCH and rejects nonsense', () => {
		expect(buildTime({ SOURCE_DATE_EPOCH: '1795564800' }).toISOString()).toBe('2026-11-25T00:00:00.000Z');
		expect(() => buildTime({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow('SOURCE_DATE_EPOCH is "yesterday"; it must be whole seconds since 1970');
	});
});

describe('UI strings', () => {
	it.each(Object.keys(uiStrings))('%s has every key of en and no empty string', (locale) => {
		const strings = uiStrings[locale]!;
		expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort());
		for (const [key, value] of Object.entries(strings)) expect(value.trim(), key).not.toBe('');
	});

	it('fills placeholders and formats by locale', () => {
		expect(translator('pt')('license.upTo', { amount: '5 000 cópias' })).toBe('Até 5 000 cópias');
		const page = pageContext(site, 'pt', '/');
		expect(page.date(new Date('2026-10-02'))).toBe('2 de outubro de 2026');
		expect(page.languageName('en')).toBe('inglês');
		expect(autonym('pt')).toBe('Português');
		expect(page.href('/guides/x/')).toBe('/pt/guides/x/');
	});

	it('names languages in English on a page whose locale has no strings yet, and says which keys those are', () => {
		expect(uiLocale('pt-BR')).toBe('pt');
		expect(uiLocale('de')).toBe('en');
		for (const locale of ['en', 'pt', 'pt-br', 'en-gb']) expect(missingUiKeys(locale), locale).toEqual([]);
		expect(missingUiKeys('de')).toHaveLength(Object.keys(en).length);
		const page = pageContext(site, 'de', '/');
		expect(page.t('article.fallback', { here: page.languageName('de'), language: page.languageName('en') })).toBe('This article is not yet available in German. It is shown in English.');
	});

	it('uses strings from content/ui first, then the built-in ones, then English', () => {
		const shopStrings = { 'nav.home': 'Startseite', 'article.fallback': 'Dieser Artikel ist noch nicht auf {here} verfügbar. Er wird auf {language} angezeigt.' };
		const t = translator('de', shopStrings);
		expect(t('nav.home')).toBe('Startseite');
		expect(t('nav.products')).toBe('Products');
		expect(translator('pt', { 'nav.home': 'Página inicial' })('nav.home')).toBe('Página inicial');
		expect(missingUiKeys('de', shopStrings)).toHaveLength(Object.keys(en).length - 2);
		expect(languageOf('article.fallback', 'de', shopStrings)).toBe('de');
		expect(languageOf('nav.products', 'de', shopStrings)).toBe('en');
	});
});
