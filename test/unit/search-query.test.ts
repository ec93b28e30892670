import { describe, expect, it } from 'vitest';
import { allowedEdits, correctWord, readVocabulary, vocabularyFile } from '../../src/lib/search/correct.ts';
import { editDistance } from '../../src/lib/edit-distance.ts';
import { fold } from '../../src/lib/search/fold.ts';
import { planQuery, rankPages } from '../../src/lib/search/plan.ts';
import { concepts, synonymGroups } from '../../src/lib/search/synonyms.ts';
import { queryWords } from '../../src/lib/search/words.ts';
import type { ContentError } from '../../src/lib/content-errors.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { shopWith } from '../helpers/content-tree.ts';

const vocabulary = (text: string, synonyms: string[][] = []) => readVocabulary(vocabularyFile([text], synonyms));

describe('folding, on the query and the vocabulary alike', () => {
	it.each([
		['Łódź', 'lodz'],
		['zażółć gęślą jaźń', 'zazolc gesla jazn'],
		['NÃO', 'nao'],
		['Décompresser', 'decompresser'],
		['tamaño', 'tamano'],
		['Straße', 'strasse'],
		['Ø œuvre', 'o oeuvre'],
		['won’t', "won't"],
	])('%s -> %s', (text, folded) => {
		expect(fold(text)).toBe(folded);
	});
});

describe('the words of a query', () => {
	it.each([
		['en', "my canva template won't open", ['canva', 'template', 'open']],
		['en', 'where do i get my certificate', ['certificate']],
		['en', 'font doesnt show up in word', ['font', 'show', 'up', 'word']],
		['en', "The operation couldn't be completed.", ['operation', 'completed']],
		['fr', "mon modèle ne s'ouvre pas", ['modele', 'ouvre']],
		['fr', "parler à quelqu'un", ['parler', 'quelqu']],
		['pt', 'quero o meu dinheiro de volta', ['quero', 'dinheiro', 'volta']],
		['es', 'no puedo entrar a hotmart', ['puedo', 'entrar', 'hotmart']],
		['pl', 'nie mogę się zalogować', ['moge', 'zalogowac']],
		['pt-br', 'não abre', ['abre']],
	])('%s: %s', (lang, query, words) => {
		expect(queryWords(query, lang)).toEqual(words);
	});

	it('keeps the words when all of them are stopwords, so the buyer still gets an answer', () => {
		expect(queryWords('how do I', 'en')).toEqual(['how', 'do', 'i']);
	});
});

describe('synonyms', () => {
	it('groups a phrase with every way of saying it, in the language searched', () => {
		const en = synonymGroups('en');
		expect(concepts(queryWords('I want my money back', 'en'), en)).toEqual([
			{ typed: 'want', alternatives: ['want'] },
			{ typed: 'money back', alternatives: expect.arrayContaining(['money back', 'refund', 'refunds']) },
		]);
		expect(concepts(['license'], en)[0]!.alternatives).toEqual(expect.arrayContaining(['licence', 'license']));
		expect(concepts(['colors'], en)[0]!.alternatives).toContain('colour');
		expect(concepts(['devolucao'], synonymGroups('pt'))[0]!.alternatives).toContain('reembolso');
		expect(concepts(['zwrot'], synonymGroups('pl'))[0]!.alternatives).toContain('zwroty');
		// Another language's synonyms do not apply.
		expect(concepts(['refund'], synonymGroups('pt'))[0]!.alternatives).toEqual(['refund']);
	});

	it("takes the shop's own groups too (content/synonyms.yaml)", () => {
		const groups = synonymGroups('en', [['stickers', 'decals', 'vinyl labels']]);
		expect(concepts(['decals'], groups)[0]!.alternatives).toEqual(expect.arrayContaining(['stickers', 'vinyl labels']));
	});
});

describe('typo correction against the index vocabulary', () => {
	const words = vocabulary('Import an SVG into Cricut Design Space. Open your Canva template. Download your files. Silhouette Studio. Łódź. não abre. descarga teléfono');

	it.each([
		['circut', 'cricut'],
		['tempalte', 'template'],
		['downlod', 'download'],
		['silhouete', 'silhouette'],
		['lodz', 'łódź'],
		['nao', 'não'],
		['telefono', 'teléfono'],
	])('%s -> %s', (typed, word) => {
		expect(correctWord(typed, words)?.word).toBe(word);
	});

	it('leaves short words alone and scales the edits allowed to the length of the word', () => {
		expect([allowedEdits('svg'), allowedEdits('font'), allowedEdits('canvas'), allowedEdits('template')]).toEqual([0, 0, 1, 2]);
		expect(correctWord('cnv', words)).toBeUndefined();
		expect(correctWord('zzzzzzzz', words)).toBeUndefined();
		expect(editDistance('tempalte', 'template')).toBe(1);
	});

	it('searches a typo as typed and as its correction, and leaves known words and their forms alone', () => {
		expect(planQuery('circut desing', 'en', words).concepts.map((c) => [c.alternatives, c.correction])).toEqual([
			[['circut', 'cricut'], 'cricut'],
			[['desing', 'design'], 'design'],
		]);
		expect(planQuery('cricut design', 'en', words).concepts.every((c) => c.correction === undefined)).toBe(true);
		// Another form of a word the pages use is Pagefind's to stem, not a typo.
		expect(planQuery('templates opening', 'en', words).concepts.map((c) => c.correction)).toEqual([undefined, undefined]);
		// A short real word is not turned into its neighbour ("want" is not "wait").
		expect(planQuery('want', 'en', vocabulary('please wait')).concepts[0]!.alternatives).toEqual(['want']);
	});

	it('offers only synonyms the pages use, never a "correction" of one into another word', () => {
		const plan = planQuery('downlod', 'en', words);
		expect(plan.concepts[0]!.alternatives).toEqual(['downlod', 'download']);
		// "cell" is a built-in synonym of phone; this index has "sell" but no "cell".
		const phones = planQuery('iphone', 'en', vocabulary('sell on your phone or iphone'));
		expect(phones.concepts[0]!.alternatives).toEqual(['iphone', 'phone']);
		expect(planQuery('colors', 'en', words).concepts[0]!.alternatives).toEqual(['colors']);
	});
});

describe('ranking partial matches', () => {
	it('puts the page answering most of the question first, a rare word counting more than a common one', () => {
		const get = [
			{ id: 'a', score: 5 },
			{ id: 'b', score: 5 },
			{ id: 'c', score: 5 },
		];
		const certificate = [{ id: 'c', score: 1 }];
		expect(rankPages([get, certificate], 40)).toEqual(['c', 'a', 'b']);
		// No page has both: the rarer concept wins.
		expect(rankPages([get.slice(0, 2), certificate], 40)[0]).toBe('c');
	});

	it('ranks by Pagefind score within the same match', () => {
		expect(rankPages([[{ id: 'a', score: 1 }, { id: 'b', score: 3 }]], 10)).toEqual(['b', 'a']);
	});
});

describe("the shop's own synonyms (content/synonyms/<locale>.yaml)", () => {
	it('are read per locale and reach the query layer', () => {
		const content = readContent(shopWith({ 'synonyms/en.yaml': 'groups:\n  - [stickers, decals, vinyl labels]\n' }));
		const groups = content.synonyms.get('en')!.groups;
		expect(groups).toEqual([['stickers', 'decals', 'vinyl labels']]);
		expect(planQuery('decals', 'en', vocabulary('stickers for your laptop', groups)).concepts[0]!.alternatives).toEqual(['decals', 'stickers']);
	});

	it('are refused, with the fix, for a locale the shop does not have or a group of one', () => {
		const problems = (changes: Record<string, string>) => {
			try {
				readContent(shopWith(changes));
				return [];
			} catch (error) {
				return (error as ContentError).problems.map((p) => `${p.file} ${p.where ?? ''} ${p.message} ${p.hint ?? ''}`);
			}
		};
		expect(problems({ 'synonyms/de.yaml': 'groups:\n  - [a, b]\n' })).toEqual([
			expect.stringMatching(/^content\/synonyms\/de\.yaml {2}holds search synonyms for the locale "de", which content\/shop\.yaml does not list\. add "de" to `locales`/),
		]);
		expect(problems({ 'synonyms/en.yaml': 'groups:\n  - [stickers]\n' }).join('\n')).toContain('needs at least two words or phrases that mean the same');
	});
});
