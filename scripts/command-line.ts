// The one way the scripts read their command line: strict options (src/lib/cli.ts), `--help`
// printing the usage, and a usage mistake printed with the usage and exit code 2.
import type { ParseArgsOptionsConfig } from 'node:util';
import { parseCommandLine, UsageError } from '../src/lib/cli.ts';

type Help = { help: { type: 'boolean'; default: false } };

/**
 * The script's options, or the process ends: with the usage on `--help` (exit 0), or with the
 * mistake and the usage (exit 2). `check` may throw a UsageError for a value that cannot be used.
 */
export function readCommandLine<const O extends ParseArgsOptionsConfig>(
	options: O,
	usage: string,
	{ positionals = false, check }: { positionals?: boolean; check?: (values: ReturnType<typeof parseCommandLine<O & Help>>['values'], positionals: string[]) => void } = {},
): ReturnType<typeof parseCommandLine<O & Help>> {
	try {
		const parsed = parseCommandLine({ ...options, help: { type: 'boolean', default: false } } as O & Help, { positionals });
		if ((parsed.values as { help?: boolean }).help) {
			process.stdout.write(usage);
			process.exit(0);
		}
		check?.(parsed.values, parsed.positionals);
		return parsed;
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		process.stderr.write(`${error.message}\n\n${usage}`);
		process.exit(2);
	}
}
