// `npm run build` refuses, before it reads or deletes anything, every output folder that would
// take the project with it, an unknown or malformed option, and a second build of the same
// folder while one runs. Each refusal leaves the project exactly as it was.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildShop, FIXED_EPOCH, listFiles, projectRoot, testOutput } from '../helpers/build.ts';
import { fixture, shopWith } from '../helpers/content-tree.ts';

const basic = join(fixture('basic'), 'content');

/**
 * Every file of the project a build could harm, with its size and modification time: the
 * project's own folders and top-level files (not the benchmark's or the tests' scratch folders,
 * which other runs may be writing meanwhile).
 */
function fingerprint(): string[] {
	const own = ['src', 'public', 'scripts', 'content', 'test/fixtures', 'test/unit', 'test/build', 'test/e2e', 'test/helpers', 'bench/floor/src'];
	const files = [
		...readdirSync(projectRoot, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name),
		...own.flatMap((dir) => listFiles(join(projectRoot, dir)).map((file) => `${dir}/${file}`)),
		'node_modules/astro/package.json',
		'.git/HEAD',
	];
	return files.map((file) => {
		const stat = statSync(join(projectRoot, file));
		return `${file} ${stat.size} ${stat.mtimeMs}`;
	});
}

describe('a build that would harm the project', () => {
	it.each([
		['src', ['--outDir', 'src'], `The site's folder "src" is the project's src/ folder`],
		['public', ['--outDir', 'public'], `The site's folder "public" is the project's public/ folder`],
		['the project root', ['--outDir', '.'], `The site's folder "." is the project itself or a folder above it`],
		['a parent folder', ['--outDir', '..'], `The site's folder ".." is the project itself or a folder above it`],
		['a folder inside test/', ['--outDir=test/site'], `The site's folder "test/site" lies inside the project's test/ folder`],
		['node_modules', ['--outDir', 'node_modules'], `is the project's node_modules/ folder`],
		['the images into scripts/', ['--images-out', 'scripts'], `The listing images' folder "scripts" is the project's scripts/ folder`],
		['an unknown option', ['--out-dir', 'www'], 'There is no option --out-dir. Did you mean --outDir?'],
		['an option without its value', ['--outDir'], '--outDir needs a value after it, e.g. --outDir dist.'],
		['a stray word', ['www'], '"www" is not an option this command takes.'],
	])('refuses %s, changing nothing', (_, args, message) => {
		const before = fingerprint();
		const result = buildShop(basic, 'unused', {}, args);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(message);
		// The usage follows every refusal, listing the options there are.
		expect(result.stderr).toContain('--images-out <dir>');
		expect(result.stdout).not.toContain('2/3');
		expect(result.stderr).not.toMatch(/^\s+at /m);
		expect(fingerprint()).toEqual(before);
	});

	it("refuses a folder of someone else's files, and a folder whose sibling would be the content", () => {
		// A folder with files and no marker: not Aftercare's to empty.
		const theirs = testOutput('theirs');
		mkdirSync(theirs, { recursive: true });
		writeFileSync(join(theirs, 'tax-return.pdf'), 'mine');
		const refused = buildShop(basic, theirs, {}, ['--outDir', theirs, '--no-images', '--no-previews', '--no-kit']);
		expect(refused.status, refused.stderr).toBe(2);
		expect(refused.stderr).toContain(`"${theirs}" holds files Aftercare did not write`);
		expect(readFileSync(join(theirs, 'tax-return.pdf'), 'utf8')).toBe('mine');
		// The listing images' folder too, before the site is built.
		const site = testOutput('site-beside-theirs');
		const images = buildShop(basic, site, {}, ['--outDir', site, '--images-out', theirs]);
		expect(images.status, images.stderr).toBe(2);
		expect(images.stderr).toContain(`"${theirs}" holds files Aftercare did not write`);
		expect(images.stdout).not.toContain('2/3');
		expect(images.stderr).not.toMatch(/^\s+at /m);
		expect(readFileSync(join(theirs, 'tax-return.pdf'), 'utf8')).toBe('mine');

		const root = shopWith({});
		cpSync(join(root, 'content'), join(root, 'site.aftercare-partial'), { recursive: true });
		const sibling = buildShop(join(root, 'site.aftercare-partial'), join(root, 'site'), {}, ['--outDir', join(root, 'site'), '--no-images']);
		expect(sibling.status).toBe(2);
		expect(sibling.stderr).toContain('(through site.aftercare-partial, which each run creates and deletes) is the shop\'s content folder');
		expect(existsSync(join(root, 'site.aftercare-partial', 'shop.yaml'))).toBe(true);
	});
});

describe('two builds of one folder at once', () => {
	it('lets the first finish and stops the second with a message', async () => {
		const outDir = testOutput('concurrent');
		const env = { ...process.env, AFTERCARE_CONTENT: relative(projectRoot, basic), SOURCE_DATE_EPOCH: FIXED_EPOCH, ASTRO_TELEMETRY_DISABLED: '1' };
		const first = spawn(process.execPath, ['scripts/build.ts', '--outDir', outDir, '--no-images', '--no-previews', '--no-kit'], { cwd: projectRoot, env });
		const exited = new Promise<number | null>((resolve) => first.on('exit', resolve));
		// Readiness, not time: the first build holds the lock once it has checked its folders.
		await new Promise<void>((resolve) => {
			const output = (chunk: Buffer) => chunk.toString().includes('1/3') && resolve();
			first.stdout.on('data', output);
		});
		while (!existsSync(`${outDir}.aftercare-lock`)) await new Promise((resolve) => setImmediate(resolve));
		const second = buildShop(basic, outDir, {}, ['--outDir', outDir, '--no-images', '--no-previews', '--no-kit']);
		expect(second.status).toBe(2);
		expect(second.stderr).toContain(`Another run (process ${first.pid}) is writing the site's folder "${outDir}" right now.`);
		expect(await exited).toBe(0);
		expect(existsSync(join(outDir, 'index.html'))).toBe(true);
		expect(existsSync(`${outDir}.aftercare-lock`)).toBe(false);
	});
});
