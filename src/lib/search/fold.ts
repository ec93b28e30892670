// Letters that Unicode does not decompose into a base letter and a mark: ł is not l + a stroke
// mark, so NFKD alone leaves "łódź" as "łodz" and a buyer typing "lodz" finds nothing.
const LETTERS: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd', ħ: 'h', ŧ: 't' };
const SPECIAL = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/**
 * A word as a buyer without the right keyboard types it: lower case, no accents, no Polish or
 * Nordic letters, curly apostrophes made straight. Applied to the query and to the vocabulary
 * the build extracts from the index, so "nao", "não" and "NÃO" meet.
 */
export function fold(text: string): string {
	return text
		.toLowerCase()
		.replace(SPECIAL, (letter) => LETTERS[letter]!)
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[\u2018\u2019\u02BC`´]/g, "'");
}
