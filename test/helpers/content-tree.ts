import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ContentError } from '../../src/lib/content-errors.ts';
import { readContent } from '../../src/lib/read-content.ts';

export const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', name);

/** The text of one content file of a fixture shop, to change one thing in it with shopWith. */
export const fixtureFile = (file: string, base = 'basic') => readFileSync(join(fixture(base), 'content', file), 'utf8');

/**
 * A throwaway copy of a fixture shop with some files replaced (`null` deletes one), so each
 * test breaks exactly one thing. Returns the project root that holds `content/`.
 */
export function shopWith(changes: Record<string, string | null>, base = 'basic'): string {
	const root = mkdtempSync(join(tmpdir(), 'aftercare-'));
	cpSync(join(fixture(base), 'content'), join(root, 'content'), { recursive: true });
	for (const [file, text] of Object.entries(changes)) {
		const path = join(root, 'content', file);
		if (text === null) rmSync(path);
		else {
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, text);
		}
	}
	return root;
}

/** The content check's message for a copy of the basic shop with `changes`; fails if the check passes. */
export function problemsOf(changes: Record<string, string | null>): string {
	try {
		readContent(shopWith(changes));
	} catch (error) {
		if (error instanceof ContentError) return error.message;
		throw error;
	}
	throw new Error('expected the content check to fail');
}
