import { correctWord, indexedSpelling, isWordForm, type SearchVocabulary } from './correct.ts';
import { concepts, synonymGroups, type Concept } from './synonyms.ts';
import { queryWords } from './words.ts';

/** One thing the buyer asked about, ready to search. */
export interface PlannedConcept extends Concept {
	/** The word the index holds nearest to a typed word it does not (a typo), searched besides it. */
	correction?: string;
}

/** What to search for a buyer's query: one concept per thing asked about. */
export interface QueryPlan {
	concepts: PlannedConcept[];
}

/**
 * A query made ready for Pagefind, which needs every word to match and knows no typos,
 * synonyms or accents: stopwords and contractions dropped, phrases grouped with their synonyms
 * (only those the pages use), each word in the index's spelling (accents put back), and a word
 * the index lacks searched as typed and as the nearest word it has. The search page says
 * "showing results for" only when the typed word found nothing and its correction did.
 */
export function planQuery(query: string, lang: string, vocabulary: SearchVocabulary): QueryPlan {
	const groups = synonymGroups(lang, vocabulary.synonyms);
	const spell = (phrase: string) => {
		const words = phrase.split(' ').map((word) => indexedSpelling(word, vocabulary));
		return words.every((word) => word !== undefined) ? words.join(' ') : undefined;
	};
	const planned = concepts(queryWords(query, lang), groups).map((concept): PlannedConcept => {
		const [typed, ...synonyms] = concept.alternatives;
		const asIndexed = spell(typed!) ?? typed!;
		const single = synonyms.length === 0 && !typed!.includes(' ');
		const found = single && spell(typed!) === undefined && !isWordForm(typed!, vocabulary) ? correctWord(typed!, vocabulary) : undefined;
		const correction = found?.corrected ? found.word : undefined;
		const others = synonyms.map(spell).filter((alternative): alternative is string => alternative !== undefined);
		return { typed: concept.typed, alternatives: [...new Set([asIndexed, ...(correction ? [correction] : []), ...others])], correction };
	});
	return { concepts: planned };
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
