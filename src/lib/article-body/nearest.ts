/** Edits between two words: a character inserted, deleted or replaced, or two swapped (`stpe` for `step`). */
export function editDistance(a: string, b: string): number {
	const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
		}
		rows.push(row);
	}
	return rows[a.length]![b.length]!;
}

/**
 * Up to three of `candidates` nearest to `wanted`, nearest first, leaving out any too far to be
 * a slip of the keyboard: a "did you mean" names a few likely ones, never the whole list.
 */
export function nearest(wanted: string, candidates: Iterable<string>, max = 3): string[] {
	const limit = Math.max(2, Math.ceil(wanted.length / 2));
	return [...new Set(candidates)]
		// A word that holds the other (`install` in `install-the-font`) is as near as a typo.
		.map((candidate) => {
			const holds = Math.min(wanted.length, candidate.length) >= 4 && (candidate.includes(wanted) || wanted.includes(candidate));
			return { candidate, distance: holds ? Math.min(1, editDistance(wanted, candidate)) : editDistance(wanted, candidate) };
		})
		.filter(({ distance }) => distance <= limit)
		.sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
		.slice(0, max)
		.map(({ candidate }) => candidate);
}

/** "`a`, `b` or `c`" */
export function orList(items: readonly string[]): string {
	const quoted = items.map((item) => `\`${item}\``);
	return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
