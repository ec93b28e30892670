import { z } from 'astro/zod';
import { en, type UiKey } from '../i18n/en.ts';

const placeholdersOf = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => `{${m[1]}}`))].sort();

function uiText(key: UiKey) {
	const wanted = placeholdersOf(en[key]);
	return z
		.string()
		.min(1)
		.refine((text) => placeholdersOf(text).join() === wanted.join(), {
			message: wanted.length > 0 ? `must keep ${wanted.join(' and ')} exactly as in the English text ("${en[key]}")` : 'must not have words in {braces}: the English text has none to fill in',
		})
		.optional();
}

/**
 * `content/ui/<locale>.yaml`: the buttons and labels of one language, as `key: text`, with the
 * keys of src/i18n/en.ts. A key left out keeps the built-in text (English for a language that
 * has none). `npm run translations` lists a language's missing keys in English, ready to copy
 * into the file and translate.
 */
export const uiStringsSchema = z.strictObject(Object.fromEntries((Object.keys(en) as UiKey[]).map((key) => [key, uiText(key)])) as Record<UiKey, ReturnType<typeof uiText>>);
export type ShopUiStrings = z.output<typeof uiStringsSchema>;
