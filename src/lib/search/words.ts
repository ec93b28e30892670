import { fold } from './fold.ts';

/**
 * Words that carry no meaning for finding a page, per language. Pagefind needs every word of a
 * query to match, so "where do i get my certificate" found nothing; dropped, the question is
 * "get certificate". Kept short on purpose: a word a page might be about stays ("open", "print").
 */
const STOPWORDS: Record<string, string> = {
	en: "a an the my your our i me we you it its is are was were be been am do does did done to of in on at for from with by and or but not no so if as this that these those there here what which who whom where when why how can could will would shall should may might must have has had get got please help hi hello thanks thank any some just still also very really",
	pt: 'o a os as um uma uns umas de do da dos das em no na nos nas por para com sem e ou mas que se eu me meu minha meus minhas seu sua o lhe isto isso este esta esse essa onde como quando porque qual quais quem e é sao são foi ser estar esta está tem ter ja já nao não sim muito obrigado obrigada ola olá',
	es: 'el la los las un una unos unas a de del al en por para con sin y o pero que se yo me mi mis tu tus su sus lo le les esto eso este esta ese esa donde dónde como cómo cuando porque qué cual cuál quien es son fue ser estar está esta tengo tiene ya no si sí muy gracias hola',
	fr: "le la les l un une des de du d au aux en dans par pour avec sans et ou mais que qu se s je j me m mon ma mes ton ta tes son sa ses ce c cet cette ces où ou comment quand pourquoi quel quelle qui est sont été être ai a avez ont ne n pas plus très merci bonjour y il elle on nous vous",
	pl: 'i w we z ze na do o od po za przy dla od a lub albo ale że się sie to ten ta te jest są sa był była mój moj moja moje mi mnie ja ty jak gdzie kiedy dlaczego co czy który która nie tak bardzo dziękuję dziekuje dzień dobry proszę prosze mam ma',
};
const stopwords = new Map(Object.entries(STOPWORDS).map(([lang, list]) => [lang, new Set(list.split(' ').map(fold))]));

/** Contractions spelled out, so "won't" is "will not" and "s'ouvre" is "ouvre" before words are split. */
const CONTRACTIONS: Record<string, [RegExp, string][]> = {
	en: [
		[/\bwon't\b/g, 'will not'],
		[/\bcan't\b/g, 'can not'],
		[/\bshan't\b/g, 'shall not'],
		[/n't\b/g, ' not'],
		[/'(s|re|ve|ll|d|m)\b/g, ''],
		// Typed without the apostrophe: "doesnt", "dont", "wont", "cant", "didnt".
		[/\b(do|does|did|is|are|was|were|has|have|had|could|would|should|wo|ca)nt\b/g, '$1 not'],
	],
	// Elision: l'écran, d'un, qu'il, s'ouvre, n'est, j'ai, m'a, c'est, t'a.
	fr: [[/\b(l|d|qu|s|n|j|m|c|t)'/g, '']],
	pt: [[/\b(d|n)'/g, '']],
	es: [],
	pl: [],
};

/** A language's two-letter base: `pt-br` reads as `pt`. */
export const baseLanguage = (lang: string) => lang.toLowerCase().split('-')[0]!;

/**
 * A query as words to look up: folded, contractions spelled out, split on anything that is not
 * a letter or digit, and stopwords dropped (unless nothing else is left).
 */
export function queryWords(query: string, lang: string): string[] {
	const base = baseLanguage(lang);
	let text = fold(query);
	for (const [pattern, replacement] of CONTRACTIONS[base] ?? []) text = text.replace(pattern, replacement);
	const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
	const stop = stopwords.get(base) ?? new Set();
	const kept = words.filter((word) => !stop.has(word));
	return kept.length > 0 ? kept : words;
}
