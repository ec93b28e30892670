// `npm run translations [-- --strict]`: per locale, what is not translated yet or is older than
// its original. With --strict it exits non-zero while anything is missing or outdated.
import { ContentError } from '../src/lib/content-errors.ts';
import { contentDir } from '../src/lib/project.ts';
import { readContent } from '../src/lib/read-content.ts';
import { formatTranslationReport, translationReport } from '../src/lib/translation-report.ts';

try {
	const reports = translationReport(readContent(process.cwd(), contentDir()));
	console.log(formatTranslationReport(reports));
	const incomplete = reports.some((r) => r.missing.length > 0 || r.outdated.length > 0 || r.missingUi.length > 0);
	if (process.argv.includes('--strict') && incomplete) {
		console.error('\n--strict: translations are incomplete (listed above).');
		process.exit(1);
	}
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(error.message);
	process.exit(1);
}
