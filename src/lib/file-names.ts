import { extname } from 'node:path';

/**
 * Files the reader would pass over because of their name: a `.MDX` guide, a licence saved as
 * `.yaml.txt`, an iPhone photo in `.HEIC`. Each is named with the rename (or export) that makes
 * it count, instead of vanishing from the site without a word.
 */

/** Photo formats the listing images read from `content/mockups/<product>/` (in any case). */
export const MOCKUP_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp'] as const;

/** Files an operating system leaves in folders; never the seller's content. */
const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini']);

const TEXT_EXTENSIONS = new Set(['.md', '.mdx', '.markdown', '.txt', '.text', '.html', '.htm']);
const DOCUMENT_EXTENSIONS = new Set(['.docx', '.doc', '.odt', '.rtf', '.pages']);
const PHOTO_LIKE = new Set(['.heic', '.heif', '.tif', '.tiff', '.gif', '.avif', '.bmp', '.svg', '.psd', '.dng', '.jfif']);

export interface Skipped {
	message: string;
	hint: string;
}

/** `guide.md` -> `guide`: the name without its last extension. */
export const withoutExtension = (name: string) => name.slice(0, name.length - extname(name).length);
const list = (extensions: readonly string[]) => extensions.join(' or ');

/**
 * A name that differs from a readable one only in the case of its extension (`guide.MDX`) or
 * by an extension an editor added (`personal.yaml.txt`), and the name it should have.
 */
function misnamed(name: string, read: readonly string[]): { target: string; why: string } | undefined {
	const lower = name.toLowerCase();
	for (const ext of read) {
		if (lower.endsWith(ext)) return { target: withoutExtension(name) + ext, why: `its extension ${extname(name)} is not in lower case` };
		const inner = lower.lastIndexOf(`${ext}.`);
		if (inner > 0) return { target: name.slice(0, inner) + ext, why: `its name ends in ${extname(name)} after ${ext} (an editor may have added it)` };
	}
	return undefined;
}

function renameTo(name: string, target: string, why: string, exists: (name: string) => boolean): Skipped {
	if (exists(target)) return { message: `is not read: ${why}, and ${target} is there already.`, hint: `delete ${name} if it is an old copy of ${target}, or move it out of content/.` };
	return { message: `is not read: ${why}.`, hint: `rename it to ${target}.` };
}

/** Why a file in a folder of YAML files (`licenses/`, `products/`, `ui/`) is not read, or undefined if it is. */
export function skippedDataFile(name: string, folder: string, exists: (name: string) => boolean): Skipped | undefined {
	const ext = extname(name);
	if (ext === '.yaml' || ext === '.yml' || SYSTEM_FILES.has(name.toLowerCase())) return undefined;
	const only = `Aftercare reads only names ending in .yaml or .yml in ${folder}/`;
	const wrong = misnamed(name, ['.yaml', '.yml']);
	if (wrong) return renameTo(name, wrong.target, `${wrong.why}, and ${only}`, exists);
	// JSON is YAML too: the same file renamed reads as it is.
	if (ext.toLowerCase() === '.json') return renameTo(name, `${withoutExtension(name)}.yaml`, `${only}; JSON is YAML too`, exists);
	return { message: `is not read: ${only}.`, hint: `if it holds YAML, rename it to ${withoutExtension(name)}.yaml; otherwise move it out of content/.` };
}

/**
 * Why a file in an article folder (`guides/en/`) is not read, or undefined when it is, or when
 * it is something an article may use, such as an image beside it.
 */
export function skippedArticleFile(name: string, folder: string, read: readonly string[], exists: (name: string) => boolean): Skipped | undefined {
	const ext = extname(name);
	if (read.includes(ext)) return undefined;
	const only = `Aftercare reads only names ending in ${list(read)} in ${folder}/`;
	const wrong = misnamed(name, read);
	if (wrong) return renameTo(name, wrong.target, `${wrong.why}, and ${only}`, exists);
	if (TEXT_EXTENSIONS.has(ext.toLowerCase())) return renameTo(name, `${withoutExtension(name)}${read[0]}`, `it is a ${ext} file, and ${only}`, exists);
	if (DOCUMENT_EXTENSIONS.has(ext.toLowerCase())) {
		return {
			message: `is a ${ext} document, which Aftercare cannot read: ${only}.`,
			hint: `copy its text into ${withoutExtension(name)}${read[0]}, with a frontmatter block like the other articles', and move the document out of content/.`,
		};
	}
	return undefined;
}

/** Why a file in `content/mockups/<product>/` is not used, or undefined when it is. */
export function skippedMockup(name: string): Skipped | undefined {
	const ext = extname(name);
	if ((MOCKUP_EXTENSIONS as readonly string[]).includes(ext.toLowerCase()) || SYSTEM_FILES.has(name.toLowerCase())) return undefined;
	const formats = 'JPEG, PNG or WebP photos (.jpg, .jpeg, .png, .webp)';
	if (PHOTO_LIKE.has(ext.toLowerCase())) {
		return {
			message: `is not used: it is a ${ext} image, and the listing images read only ${formats}.`,
			hint: `export it as ${withoutExtension(name)}.jpg (on a Mac, open it in Preview and choose File > Export; an iPhone takes JPEG photos with Settings > Camera > Formats > Most Compatible) and remove the ${ext} file.`,
		};
	}
	return { message: `is not used: the listing images read only ${formats}.`, hint: 'if it is a photo, export it as JPEG; otherwise move it out of content/.' };
}
