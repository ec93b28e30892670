// `npm run record-urls [-- --check]`: adds the addresses the content makes now to the ledger,
// content/published-urls.txt, so that a later build refuses to drop any of them. Run it after
// you publish (the GitHub Pages workflow does, and commits the file). It is the only command
// that writes inside content/, and it only ever adds lines.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { loadContent, routesOf, siteOf } from '../src/data/shop-state.ts';
import { ContentError } from '../src/lib/content-errors.ts';
import { contentDir } from '../src/lib/project.ts';
import { LEDGER_FILE, ledgerSite, publishedPaths, recordedLedger } from '../src/lib/published-urls.ts';
import { readCommandLine } from './command-line.ts';

const USAGE = `Usage: npm run record-urls -- [--check]

Adds every address the help centre has now to ${contentDir()}/${LEDGER_FILE}. Old lines stay:
a build stops if an address in the file would no longer lead anywhere.

Options:
  --check   change nothing; exit 1 if some addresses are not recorded yet
  --help    show this
`;

const { values } = readCommandLine({ check: { type: 'boolean', default: false } }, USAGE);
const root = process.cwd();
const ledger = join(root, contentDir(), LEDGER_FILE);
const shown = relative(root, ledger);
try {
	const content = loadContent(root, contentDir());
	const current = publishedPaths(routesOf(siteOf(content)), content.shop.locales[0]!);
	const previous = content.publishedUrls?.paths.map(({ path }) => path) ?? [];
	const { text, added } = recordedLedger(previous, current, ledgerSite(content.shop.url));
	if (values.check) {
		console.log(added.length === 0 ? `${shown} lists all ${current.length} addresses.` : `${added.length} addresses are not in ${shown} yet, e.g. ${added.slice(0, 3).join(', ')}.\nRun \`npm run record-urls\` after you publish.`);
		process.exit(added.length === 0 ? 0 : 1);
	}
	if (added.length === 0 && existsSync(ledger) && readFileSync(ledger, 'utf8') === text) {
		console.log(`Nothing to add: ${shown} already lists all ${current.length} addresses.`);
	} else {
		// Written aside and renamed over, so an interrupted run never leaves half a ledger (nor a
		// stray file in content/): node_modules is on the same disk as the project.
		const partial = join(root, 'node_modules', '.cache', 'aftercare', `${LEDGER_FILE}.partial`);
		mkdirSync(dirname(partial), { recursive: true });
		writeFileSync(partial, text);
		renameSync(partial, ledger);
		console.log(`Added ${added.length} addresses to ${shown} (${previous.length + added.length} in all). Commit the file with your content.`);
	}
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(`\n${error.message}\nNothing was recorded.`);
	process.exit(1);
}
