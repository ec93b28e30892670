import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { closest } from './zod-problems.ts';

/** A wrong option or argument: the command prints it with its usage and exits 2. */
export class UsageError extends Error {}

type Values<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>>['values'];

/**
 * A script's command line, strictly: `--flag value` and `--flag=value` both work, and an unknown
 * flag, a missing value or a stray word is a UsageError that names it, the nearest known flag and
 * every known one. Silently ignoring `--out-dir x` would replace dist/ when the seller asked for
 * another folder.
 */
export function parseCommandLine<const O extends ParseArgsOptionsConfig>(
	options: O,
	{ args = process.argv.slice(2), positionals = false }: { args?: string[]; positionals?: boolean } = {},
): { values: Values<O>; positionals: string[] } {
	const known = Object.entries(options).map(([name, option]) => `--${name}${option.type === 'string' ? ' <value>' : ''}`);
	const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
	for (const token of tokens) {
		if (token.kind === 'option') {
			const option = options[token.name];
			if (!option) {
				const guess = closest(token.name, Object.keys(options));
				throw new UsageError(`There is no option ${token.rawName}.${guess ? ` Did you mean --${guess}?` : ''} Known options: ${known.join(', ')}.`);
			}
			if (option.type === 'string' && (token.value === undefined || token.value.startsWith('--'))) {
				throw new UsageError(`${token.rawName} needs a value after it, e.g. ${token.rawName} ${typeof option.default === 'string' ? option.default : 'value'}.`);
			}
			if (option.type === 'boolean' && token.inlineValue) throw new UsageError(`${token.rawName} is a switch and takes no value: write ${token.rawName} alone.`);
		} else if (token.kind === 'positional' && !positionals) {
			throw new UsageError(`"${token.value}" is not an option this command takes. Known options: ${known.join(', ')}.`);
		}
	}
	const parsed = parseArgs({ args, options, strict: true, allowPositionals: true });
	return { values: parsed.values as Values<O>, positionals: parsed.positionals };
}
