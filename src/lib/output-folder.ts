import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { UsageError } from './cli.ts';
import { within } from './files.ts';

/** The project's own folders: no command may replace, delete or write over them or their parents. */
export const PROJECT_FOLDERS = ['src', 'public', 'scripts', 'test', 'content', 'node_modules', '.git'] as const;

/**
 * Written into every folder Aftercare fills, so a later run knows the folder is its own to
 * replace. A folder of someone else's files (`--outDir ~/Documents`) is refused, not emptied.
 */
export const MARKER = '.aftercare-output';
const MARKER_TEXT = 'Written by Aftercare. The whole folder is replaced on the next build; keep nothing of your own here.\n';

/**
 * The folders beside an output that a run creates and deletes. They pass the same checks as the
 * output, and their names are Aftercare's alone: a seller's own `www.old` backup is never touched.
 */
export function siblings(folder: string): { partial: string; old: string; lock: string } {
	return { partial: `${folder}.aftercare-partial`, old: `${folder}.aftercare-old`, lock: `${folder}.aftercare-lock` };
}

/**
 * Why `folder` must not be replaced or deleted by a run in the project at `root`, or undefined
 * when it may. `contentDir` is the shop being built (content/ or another one named by
 * AFTERCARE_CONTENT), protected wherever it lives.
 */
export function refusalFor(root: string, folder: string, contentDir: string): string | undefined {
	const project = resolve(root);
	if (within(project, folder)) return 'is the project itself or a folder above it';
	const guarded = [
		...PROJECT_FOLDERS.map((name) => [resolve(project, name), `the project's ${name}/ folder`] as const),
		[resolve(project, contentDir), `the shop's content folder ${contentDir}/`] as const,
	];
	for (const [own, name] of guarded) {
		if (folder === own) return `is ${name}`;
		if (within(folder, own)) return `lies inside ${name}`;
		if (within(own, folder)) return `holds ${name}`;
	}
	return undefined;
}

/**
 * Resolves an output folder from the command line (`--outDir`, `--images-out`, `--out`) and
 * refuses it, with what to do instead, if it or any sibling a run creates and deletes fails
 * refusalFor. `what` names it in the message ("the site's folder").
 */
export function guardOutput(root: string, outDir: string, contentDir: string, what: string): string {
	const folder = resolve(root, outDir);
	for (const path of [folder, ...Object.values(siblings(folder))]) {
		const why = refusalFor(root, path, contentDir);
		if (why) {
			const named = path === folder ? `"${outDir}"` : `"${outDir}" (through ${basename(path)}, which each run creates and deletes)`;
			const example = what.includes('image') ? 'listing-images' : what.includes('kit') ? 'link-kit' : 'dist';
			throw new UsageError(`${capitalise(what)} ${named} ${why}, and every run replaces it: that would delete your own files. Choose a folder of its own, such as ${example}.`);
		}
	}
	return folder;
}

/** The site, the listing images and the link kit replace their folders wholesale: one must not hold another. */
export function separateOutputs(first: string, second: string, names: [string, string] = ["the site's folder", "the listing images' folder"], examples = 'dist and listing-images'): void {
	if (within(first, second) || within(second, first)) {
		throw new UsageError(`${capitalise(names[0])} "${first}" and ${names[1]} "${second}" are the same or one holds the other, so each run would delete the other's output. Give them folders of their own, e.g. ${examples}.`);
	}
}

/**
 * Deletes a sibling a run creates (`.aftercare-partial`, `.aftercare-old`). They are Aftercare's
 * by name and taken under the lock; a crashed build can leave one without the marker (Astro
 * empties the folder it builds into), so the name is what counts here.
 */
export function removeSibling(path: string): void {
	rmSync(path, { recursive: true, force: true });
}

/** The same in the background: the previous site is deleted while the listing images render. */
export async function removeSiblingLater(path: string): Promise<void> {
	await rm(path, { recursive: true, force: true });
}

/**
 * Refuses to replace a folder that holds files of someone else's: only an empty folder, or one
 * Aftercare wrote (with the marker), is replaced.
 */
export function assertOwnFolder(folder: string): void {
	if (!existsSync(folder)) return;
	if (!statSync(folder).isDirectory()) throw new UsageError(`"${folder}" is a file, not a folder Aftercare wrote; it was left as it is. Choose another output folder, or move the file away.`);
	const names = readdirSync(folder);
	if (names.length > 0 && !names.includes(MARKER) && !writtenBeforeMarkers(folder)) {
		throw new UsageError(`"${folder}" holds files Aftercare did not write (it has no ${MARKER} file), so it was left as it is. Choose an empty or new output folder, or move those files away and run again.`);
	}
}

/** Output of a version of Aftercare that wrote no marker yet: a site's search index, or the listing images' contact sheet. */
function writtenBeforeMarkers(folder: string): boolean {
	const sheet = resolve(folder, 'index.html');
	return existsSync(resolve(folder, 'pagefind', 'pagefind-entry.json')) || (existsSync(sheet) && readFileSync(sheet, 'utf8').includes('<title>Listing images</title>'));
}

/** Marks a folder as Aftercare's own, to be replaced by the next run. */
export function markOwnFolder(folder: string): void {
	mkdirSync(folder, { recursive: true });
	writeFileSync(resolve(folder, MARKER), MARKER_TEXT);
}

/**
 * Moves a finished `partial` folder into place at `folder`, keeping the previous one until the
 * new one is there: if the second rename fails, the previous output is put back and the error
 * says so. Returns the previous output's temporary name, for the caller to delete.
 */
export function swapIn(partial: string, folder: string): string {
	const { old } = siblings(folder);
	removeSibling(old);
	const hadPrevious = existsSync(folder);
	if (hadPrevious) {
		assertOwnFolder(folder);
		renameSync(folder, old);
	}
	try {
		renameSync(partial, folder);
	} catch (error) {
		if (hadPrevious) renameSync(old, folder);
		throw new Error(`The new output could not be moved from ${partial} to ${folder} (${(error as Error).message}). ${hadPrevious ? 'The previous one was put back as it was.' : 'There was no previous one.'}`, { cause: error });
	}
	return old;
}

const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
};

/**
 * Takes `<folder>.lock` for this process, so a second run writing the same folder stops with a
 * message instead of deleting the first one's work. A lock left by a run that has died is taken
 * over. Returns the release function (also run when the process exits).
 */
export function lockOutput(folder: string, what: string): () => void {
	const { lock } = siblings(folder);
	mkdirSync(dirname(lock), { recursive: true });
	for (let attempt = 0; ; attempt += 1) {
		try {
			writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
			const holder = Number.parseInt(readFileSync(lock, 'utf8'), 10);
			if (Number.isInteger(holder) && holder !== process.pid && alive(holder)) {
				throw new UsageError(`Another run (process ${holder}) is writing ${what} "${folder}" right now. Wait for it to finish and run again; if no build is running, delete ${lock}.`);
			}
			rmSync(lock, { force: true });
		}
	}
	const release = () => {
		if (existsSync(lock) && readFileSync(lock, 'utf8') === `${process.pid}\n`) rmSync(lock, { force: true });
	};
	process.once('exit', release);
	return release;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
