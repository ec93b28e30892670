// `npm run translations [-- --strict]`: per locale, what is not translated yet (articles, buttons,
// the YAML files' texts by file and field) or is older than its original. With --strict it exits non-zero while anything is missing or outdated.
import { ContentError } from '../src/lib/content-errors.ts';
import { contentDir } from '../src/lib/project.ts';
import { readContent } from '../src/lib/read-content.ts';
import { formatTranslationReport, translationReport } from '../src/lib/translation-report.ts';
import { readCommandLine } from './command-line.ts';

const USAGE = `Usage: npm run translations -- [--strict]

Lists, per language, the articles, buttons and YAML texts (names, summaries, hours) not
translated yet, and the articles older than their original.

Options:
  --strict   exit non-zero while anything is missing or outdated
  --help     show this
`;

const { values } = readCommandLine({ strict: { type: 'boolean', default: false } }, USAGE);
try {
	const reports = translationReport(readContent(process.cwd(), contentDir()));
	console.log(formatTranslationReport(reports));
	const incomplete = reports.some((r) => r.missing.length > 0 || r.outdated.length > 0 || r.missingUi.length > 0 || r.untranslated.length > 0);
	if (values.strict && incomplete) {
		console.error('\n--strict: translations are incomplete (listed above).');
		process.exit(1);
	}
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(error.message);
	process.exit(1);
}
