import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildShop, listFiles } from '../helpers/build';
import { fixture } from '../helpers/content-tree';

function digest(dir: string): Record<string, string> {
	return Object.fromEntries(listFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}

it('builds byte-identical output from the same content', () => {
	const content = join(fixture('basic'), 'content');
	const first = buildShop(content, 'test/.output/reproducible-1');
	const second = buildShop(content, 'test/.output/reproducible-2');
	expect([first.status, second.status]).toEqual([0, 0]);
	const a = digest(first.outDir);
	expect(Object.keys(a).length).toBeGreaterThan(30);
	expect(digest(second.outDir)).toEqual(a);
});
