import { correctWord, type SearchVocabulary } from './correct.ts';
import { fold } from './fold.ts';
import { concepts, synonymGroups, type Concept } from './synonyms.ts';
import { queryWords } from './words.ts';

/** What to search for a buyer's query: one concept per thing asked about. */
export interface QueryPlan {
	concepts: Concept[];
	/** The query as searched when a typo was corrected ("showing results for …"), else undefined. */
	correctedQuery?: string;
}

/**
 * A query made ready for Pagefind, which needs every word to match and knows no typos,
 * synonyms or accents: stopwords and contractions dropped, phrases grouped with their synonyms,
 * each word in the index's own spelling (accents put back, typos corrected), and alternatives
 * the index does not hold left out.
 */
export function planQuery(query: string, lang: string, vocabulary: SearchVocabulary): QueryPlan {
	const groups = synonymGroups(lang, vocabulary.synonyms);
	// Words in the index's spelling; a phrase with a word the index lacks is no use searching.
	const spell = (phrase: string) => {
		const words = phrase.split(' ').map((word) => correctWord(word, vocabulary));
		return words.every((found) => found !== undefined) ? words.map((found) => found.word).join(' ') : undefined;
	};
	let corrected = false;
	const planned = concepts(queryWords(query, lang), groups).map((concept): Concept => {
		// A word of no synonym group may be a typo of one that is, or of any word of the index.
		const [typed, ...others] = concept.alternatives;
		const found = others.length === 0 && !typed!.includes(' ') ? correctWord(typed!, vocabulary) : undefined;
		if (found?.corrected) corrected = true;
		const alternatives = found ? concepts([fold(found.word)], groups)[0]!.alternatives : concept.alternatives;
		const searchable = alternatives.map(spell).filter((a): a is string => a !== undefined);
		// What the buyer typed is searched as typed when the index does not know it (Pagefind also
		// matches it as the start of a longer word).
		return { typed: concept.typed, alternatives: [...new Set(searchable.length > 0 && found ? searchable : [spell(typed!) ?? typed!, ...searchable])] };
	});
	return { concepts: planned, correctedQuery: corrected ? planned.map((c) => c.alternatives[0]).join(' ') : undefined };
}

/** One page found for one alternative of a concept, with Pagefind's score for it. */
export interface Hit {
	id: string;
	score: number;
}

/**
 * Orders pages by how much of the question they answer: first by how many of its concepts a
 * page matches (when no page matches them all, the best partial matches still answer), then by
 * relevance, each concept's Pagefind score (as a share of that concept's best) weighed by how
 * rare the concept is, so a page that is about "certificate" beats one that mentions "get".
 */
export function rankPages(hitsByConcept: readonly (readonly Hit[])[], pages: number): string[] {
	const totals = new Map<string, { relevance: number; matched: number }>();
	for (const hits of hitsByConcept) {
		const best = new Map<string, number>();
		for (const { id, score } of hits) best.set(id, Math.max(best.get(id) ?? 0, score));
		if (best.size === 0) continue;
		const rarity = Math.log(1 + Math.max(pages, best.size) / best.size);
		const top = Math.max(...best.values()) || 1;
		for (const [id, score] of best) {
			const total = totals.get(id) ?? { relevance: 0, matched: 0 };
			totals.set(id, { relevance: total.relevance + rarity * (score / top), matched: total.matched + 1 });
		}
	}
	return [...totals].sort(([a, x], [b, y]) => y.matched - x.matched || y.relevance - x.relevance || (a < b ? -1 : 1)).map(([id]) => id);
}
