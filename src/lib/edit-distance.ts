/**
 * Edits between two words: a character inserted, deleted or replaced, or two neighbours swapped
 * (`stpe` for `step`), as optimal string alignment. Gives up, returning `limit + 1`, once every
 * alignment is past `limit`: typo correction compares a word with a whole vocabulary.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let smallest = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
			current[j] = value;
			smallest = Math.min(smallest, value);
		}
		if (smallest > limit) return limit + 1;
		before = previous;
		previous = current;
	}
	return previous[b.length]!;
}
