// `npm run images`: the listing images for every product (licence cards, labelled mockups),
// sized for each marketplace it sells on. Also run by `npm run build`.
import { renderListingImages } from '../src/images/listing-images.ts';
import { UsageError } from '../src/lib/cli.ts';
import { readCommandLine } from './command-line.ts';

const HELP = `Usage: npm run images -- [options]

Renders licence infographics and "mockup only" labels for every product into listing-images/.

Options:
  --product <id>    only this product (repeat for several)
  --preset <id>     only this preset (repeat for several): etsy, gumroad-cover,
                    gumroad-thumbnail, shopify, creative-market, hotmart, pinterest, open-graph
  --out <dir>       write here instead of listing-images/
  --no-cache        render everything again, even what has not changed
  --help            show this
`;

const { values } = readCommandLine(
	{
		product: { type: 'string', multiple: true },
		preset: { type: 'string', multiple: true },
		out: { type: 'string', default: 'listing-images' },
		'no-cache': { type: 'boolean', default: false },
	},
	HELP,
);
try {
	// An unknown product or preset, or a refused folder, is a usage mistake too.
	const ok = await renderListingImages({ root: process.cwd(), outDir: values.out, products: values.product, presets: values.preset, useCache: !values['no-cache'] });
	process.exit(ok ? 0 : 1);
} catch (error) {
	if (error instanceof UsageError) {
		process.stderr.write(`${(error as Error).message}\n\n${HELP}`);
		process.exit(2);
	}
	throw error;
}
