import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from '../../src/lib/cli.ts';
import { guardOutput, lockOutput, MARKER, markOwnFolder, assertOwnFolder, refusalFor, separateOutputs, swapIn } from '../../src/lib/output-folder.ts';

describe('which folders a run may replace', () => {
	it.each([
		['.', 'is the project itself or a folder above it'],
		['..', 'is the project itself or a folder above it'],
		['/', 'is the project itself or a folder above it'],
		['src', "is the project's src/ folder"],
		['src/pages', "lies inside the project's src/ folder"],
		['public', "is the project's public/ folder"],
		['scripts', "is the project's scripts/ folder"],
		['test', "is the project's test/ folder"],
		['content', "is the project's content/ folder"],
		['content/images', "lies inside the project's content/ folder"],
		['node_modules/.cache', "lies inside the project's node_modules/ folder"],
		['src/..', 'is the project itself or a folder above it'],
		['/shop/public/../public', "is the project's public/ folder"],
		['.git', "is the project's .git/ folder"],
		['../other-shop/content', "is the shop's content folder ../other-shop/content/"],
		['../other-shop', "holds the shop's content folder ../other-shop/content/"],
	])('refuses %s: it %s', (out, why) => {
		expect(refusalFor('/shop', resolve('/shop', out), '../other-shop/content')).toBe(why);
		expect(() => guardOutput('/shop', out, '../other-shop/content', "the site's folder")).toThrow(UsageError);
	});

	it.each(['dist', 'listing-images', 'public-site', 'src-site', '../www', '/srv/help'])('accepts %s', (out) => {
		expect(() => guardOutput('/shop', out, 'content', "the site's folder")).not.toThrow();
	});

	it('checks the siblings a run creates and deletes as strictly as the folder', () => {
		// A shop whose content folder happens to be named like a sibling of the output.
		expect(() => guardOutput('/shop', 'dist', 'dist.aftercare-partial', "the site's folder")).toThrow(
			`The site's folder "dist" (through dist.aftercare-partial, which each run creates and deletes) is the shop's content folder dist.aftercare-partial/`,
		);
		expect(() => guardOutput('/shop', 'site', 'site.aftercare-old/content', "the site's folder")).toThrow("holds the shop's content folder site.aftercare-old/content/");
	});

	it('says what was refused and what to do instead', () => {
		expect(() => guardOutput('/shop', 'src', 'content', "the site's folder")).toThrow(
			`The site's folder "src" is the project's src/ folder, and every run replaces it: that would delete your own files. Choose a folder of its own, such as dist.`,
		);
	});

	it('keeps the site and the listing images apart, so neither run deletes the other', () => {
		expect(() => separateOutputs('/out', '/out')).toThrow(/the same or one holds the other/);
		expect(() => separateOutputs('/out', '/out/images')).toThrow(UsageError);
		expect(() => separateOutputs('/out/site', '/out')).toThrow(UsageError);
		expect(() => separateOutputs('/out/site', '/out/site-images')).not.toThrow();
	});
});

describe('replacing an output folder', () => {
	const scratch = () => mkdtempSync(join(tmpdir(), 'aftercare-out-'));

	it('replaces only a folder it wrote, an empty one, or none', () => {
		const dir = scratch();
		expect(() => assertOwnFolder(join(dir, 'new'))).not.toThrow();
		mkdirSync(join(dir, 'empty'));
		expect(() => assertOwnFolder(join(dir, 'empty'))).not.toThrow();
		markOwnFolder(join(dir, 'ours'));
		expect(() => assertOwnFolder(join(dir, 'ours'))).not.toThrow();
		mkdirSync(join(dir, 'documents'));
		writeFileSync(join(dir, 'documents', 'tax-return.pdf'), 'mine');
		expect(() => assertOwnFolder(join(dir, 'documents'))).toThrow(`holds files Aftercare did not write (it has no ${MARKER} file)`);
		writeFileSync(join(dir, 'notes.txt'), 'mine');
		expect(() => assertOwnFolder(join(dir, 'notes.txt'))).toThrow('is a file, not a folder Aftercare wrote');
	});

	it('swaps a finished folder in and hands back the previous one', () => {
		const dir = scratch();
		markOwnFolder(join(dir, 'dist'));
		writeFileSync(join(dir, 'dist', 'index.html'), 'old');
		markOwnFolder(join(dir, 'dist.aftercare-partial'));
		writeFileSync(join(dir, 'dist.aftercare-partial', 'index.html'), 'new');
		const previous = swapIn(join(dir, 'dist.aftercare-partial'), join(dir, 'dist'));
		expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe('new');
		expect(readFileSync(join(previous, 'index.html'), 'utf8')).toBe('old');
		expect(existsSync(join(dir, 'dist.aftercare-partial'))).toBe(false);
	});

	it('puts the previous folder back when the new one cannot be moved into place', () => {
		const dir = scratch();
		markOwnFolder(join(dir, 'dist'));
		writeFileSync(join(dir, 'dist', 'index.html'), 'old');
		// No dist.aftercare-partial: the second rename fails, as a full disk or a locked file would make it.
		expect(() => swapIn(join(dir, 'dist.aftercare-partial'), join(dir, 'dist'))).toThrow('The previous one was put back as it was.');
		expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe('old');
		expect(existsSync(join(dir, 'dist.aftercare-old'))).toBe(false);
	});

	it('lets one run at a time write a folder, and takes over a lock whose run has died', () => {
		const dir = scratch();
		const release = lockOutput(join(dir, 'dist'), "the site's folder");
		expect(readFileSync(join(dir, 'dist.aftercare-lock'), 'utf8')).toBe(`${process.pid}\n`);
		release();
		expect(existsSync(join(dir, 'dist.aftercare-lock'))).toBe(false);
		// Process 1 is init, alive and not us: the folder is busy.
		writeFileSync(join(dir, 'dist.aftercare-lock'), '1\n');
		expect(() => lockOutput(join(dir, 'dist'), "the site's folder")).toThrow(`Another run (process 1) is writing the site's folder "${join(dir, 'dist')}" right now.`);
		// A pid that no process has: the lock was left by a run that died.
		writeFileSync(join(dir, 'dist.aftercare-lock'), '2147483646\n');
		lockOutput(join(dir, 'dist'), "the site's folder")();
	});
});

describe('a command line', () => {
	const options = { outDir: { type: 'string', default: 'dist' }, 'no-images': { type: 'boolean', default: false } } as const;

	it.each([
		[['--outDir', 'www'], 'www'],
		[['--outDir=www'], 'www'],
		[[], 'dist'],
	])('reads %j', (args, outDir) => {
		expect(parseCommandLine(options, { args }).values.outDir).toBe(outDir);
	});

	it.each([
		[['--out-dir', 'www'], 'There is no option --out-dir. Did you mean --outDir? Known options: --outDir <value>, --no-images.'],
		[['--sizes', '1'], 'There is no option --sizes. Known options: --outDir <value>, --no-images.'],
		[['--outDir'], '--outDir needs a value after it, e.g. --outDir dist.'],
		[['--outDir', '--no-images'], '--outDir needs a value after it, e.g. --outDir dist.'],
		[['--no-images=yes'], '--no-images is a switch and takes no value: write --no-images alone.'],
		[['www'], '"www" is not an option this command takes. Known options: --outDir <value>, --no-images.'],
	])('refuses %j', (args, message) => {
		expect(() => parseCommandLine(options, { args })).toThrow(new UsageError(message));
	});
});
