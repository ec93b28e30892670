import { editDistance } from '../edit-distance.ts';

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
