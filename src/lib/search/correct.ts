import { editDistance } from '../edit-distance.ts';
import { fold } from './fold.ts';

/**
 * What the build writes beside each language's index (`pagefind/aftercare-search.<lang>.json`)
 * for the search page: every word of the indexed pages, most used first, the page count and the
 * shop's own synonym groups.
 */
export interface VocabularyFile {
	pages: number;
	words: string[];
	synonyms: string[][];
}

/** The vocabulary as the query layer uses it. */
export interface SearchVocabulary {
	/** Pages in this language's index: the base of how much a rare word counts. */
	pages: number;
	/** Folded word -> the form the pages use most ("nao" -> "não"). */
	words: Record<string, string>;
	/** The shop's own synonym groups for this language (content/synonyms.yaml). */
	synonyms: string[][];
}

/** Reads a vocabulary file: the first (most used) spelling of each folded word wins. */
export function readVocabulary(file: VocabularyFile): SearchVocabulary {
	const words: Record<string, string> = {};
	for (const word of file.words) words[fold(word)] ??= word;
	return { pages: file.pages, words, synonyms: file.synonyms };
}

/** Builds a vocabulary file from the text of a language's indexed pages. */
export function vocabularyFile(texts: readonly string[], synonyms: string[][] = []): VocabularyFile {
	const counts = new Map<string, number>();
	for (const text of texts) {
		// Numbers are searched as typed: they would only make the file bigger.
		for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length > 1 && !/^\d+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	const words = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([word]) => word);
	return { pages: texts.length, words, synonyms };
}

/** How many typing mistakes a word may hold and still be recognised: none in short words. */
export function allowedEdits(word: string): number {
	// Short words are too often another real word one letter away ("want" and "wait", "talk"
	// and "tall"): only a longer word is corrected.
	if (word.length <= 4) return 0;
	if (word.length <= 7) return 1;
	return 2;
}

/**
 * The index's spelling of a word it holds, accents put back ("nao" -> "não"), or undefined.
 * No correction: for synonyms, which must be words the pages really use.
 */
export function indexedSpelling(word: string, vocabulary: SearchVocabulary): string | undefined {
	return vocabulary.words[fold(word)];
}

/**
 * A word that is another form of a word of the index ("showing" beside "show", "templates"
 * beside "template"): Pagefind finds it through its own stemming and prefix matching, so it is
 * searched as typed, not "corrected" into some other word.
 */
export function isWordForm(word: string, vocabulary: SearchVocabulary): boolean {
	const folded = fold(word);
	if (folded.length < 4) return false;
	for (let end = folded.length - 1; end >= 4; end--) if (vocabulary.words[folded.slice(0, end)] !== undefined) return true;
	return Object.keys(vocabulary.words).some((known) => known.length > folded.length && known.startsWith(folded));
}

/**
 * The index's own spelling of a typed word: the same word once folded ("nao" -> "não"), else the
 * nearest word within allowedEdits (adjacent letters swapped count as one edit), preferring a
 * word that starts the same way, then the shorter. Undefined when nothing is near: the word is
 * searched as typed (Pagefind also matches it as the start of a longer word).
 */
export function correctWord(typed: string, vocabulary: SearchVocabulary): { word: string; corrected: boolean } | undefined {
	const folded = fold(typed);
	const known = vocabulary.words[folded];
	if (known !== undefined) return { word: known, corrected: false };
	const limit = allowedEdits(folded);
	if (limit === 0 || /\d/.test(folded)) return undefined;
	let best: { word: string; distance: number; rank: number } | undefined;
	for (const [candidate, spelled] of Object.entries(vocabulary.words)) {
		if (Math.abs(candidate.length - folded.length) > limit) continue;
		if (candidate.startsWith(folded)) continue;
		const distance = editDistance(folded, candidate, limit);
		if (distance > limit) continue;
		const rank = distance * 100 + (candidate[0] === folded[0] ? 0 : 50) + candidate.length;
		if (!best || rank < best.rank) best = { word: spelled, distance, rank };
	}
	return best ? { word: best.word, corrected: true } : undefined;
}
