import { z } from 'astro/zod';

/**
 * `content/synonyms/<locale>.yaml`: words your buyers use for the same thing, for search. Each
 * group is one meaning; a search for any of its words or phrases also finds pages using the
 * others. Added to the built-in groups (src/lib/search/synonyms.ts: refund and money back,
 * colour and color, licence and license, …).
 *
 * ```yaml
 * groups:
 *   - [stickers, decals, vinyl labels]
 *   - [planner, agenda, organiser]
 * ```
 */
export const synonymsSchema = z.strictObject({
	/** Lists of two or more words or short phrases that mean the same to your buyers. */
	groups: z.array(z.array(z.string().min(1)).min(2, 'needs at least two words or phrases that mean the same')),
});
export type ShopSynonyms = z.output<typeof synonymsSchema>;
