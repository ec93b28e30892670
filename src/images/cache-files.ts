// Files of the image cache and the copies made from it. Every file appears whole or not at all:
// it is written beside its final name and renamed into place, which replaces a file atomically
// on one file system. What a crash or a full disk can still leave (a file cut short by a power
// cut before the data reached the disk, another tool's writing) is caught on reading: a cached
// image whose header or ending is wrong is rendered again, never shipped as "nothing changed".
import { randomBytes } from 'node:crypto';
import { closeSync, constants, copyFileSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { ImageFormat } from './presets.ts';

const TEMPORARY = /\.[0-9]+-[0-9]+-[0-9a-f]{8}\.tmp$/;

/** A name beside `file` that no other process or thread writing the same file picks. */
const temporary = (file: string) => `${file}.${process.pid}-${threadId}-${randomBytes(4).toString('hex')}.tmp`;

function intoPlace(file: string, write: (temporaryFile: string) => void): void {
	mkdirSync(dirname(file), { recursive: true });
	const partial = temporary(file);
	try {
		write(partial);
		renameSync(partial, file);
	} catch (error) {
		rmSync(partial, { force: true });
		throw error;
	}
}

/** Writes `bytes` to `file`: a reader sees the old file or the whole new one, never part of it. */
export function writeAtomically(file: string, bytes: Uint8Array): void {
	intoPlace(file, (partial) => writeFileSync(partial, bytes));
}

/** Copies `from` to `to` the same way (a copy-on-write clone where the file system has them). */
export function copyAtomically(from: string, to: string): void {
	intoPlace(to, (partial) => copyFileSync(from, partial, constants.COPYFILE_FICLONE));
}

/** Removes what interrupted runs left in `dir`: temporary files older than `minutes`. */
export function sweepTemporaryFiles(dir: string, minutes = 10): void {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return;
	}
	const before = Date.now() - minutes * 60_000;
	for (const name of names.filter((n) => TEMPORARY.test(n))) {
		try {
			if (statSync(join(dir, name)).mtimeMs < before) rmSync(join(dir, name), { force: true });
		} catch {
			// Gone already: another run swept it.
		}
	}
}

type Dimensions = { width: number; height: number } | undefined;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

function pngDimensions(head: Buffer, tail: Buffer): Dimensions {
	if (!head.subarray(0, 8).equals(PNG_SIGNATURE) || head.toString('latin1', 12, 16) !== 'IHDR' || !tail.subarray(-12).equals(PNG_END)) return undefined;
	return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

function jpegDimensions(head: Buffer, tail: Buffer): Dimensions {
	if (head[0] !== 0xff || head[1] !== 0xd8 || tail[tail.length - 2] !== 0xff || tail[tail.length - 1] !== 0xd9) return undefined;
	// Segments from the start of image to the frame header, which holds the size.
	let at = 2;
	while (at + 9 <= head.length) {
		if (head[at] !== 0xff) return undefined;
		const marker = head[at + 1]!;
		if (marker === 0xff) {
			at += 1;
			continue;
		}
		const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
		if (isFrame) return { height: head.readUInt16BE(at + 5), width: head.readUInt16BE(at + 7) };
		at += 2 + head.readUInt16BE(at + 2);
	}
	return undefined;
}

function webpDimensions(head: Buffer, length: number): Dimensions {
	if (head.toString('latin1', 0, 4) !== 'RIFF' || head.toString('latin1', 8, 12) !== 'WEBP' || head.readUInt32LE(4) + 8 !== length) return undefined;
	const chunk = head.toString('latin1', 12, 16);
	if (chunk === 'VP8X') return { width: 1 + head.readUIntLE(24, 3), height: 1 + head.readUIntLE(27, 3) };
	if (chunk === 'VP8L') {
		const bits = head.readUInt32LE(21);
		return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
	}
	if (chunk === 'VP8 ') return { width: head.readUInt16LE(26) & 0x3fff, height: head.readUInt16LE(28) & 0x3fff };
	return undefined;
}

/**
 * Whether `file` is a whole image of this format and size: its signature, the size in its header
 * and the marker it must end with. Reads 64 KB and 12 bytes, not the image: cheap enough to
 * check every cached file on every run.
 */
export function intact(file: string, expected: { width: number; height: number; format: ImageFormat }): boolean {
	let fd: number;
	try {
		fd = openSync(file, 'r');
	} catch {
		return false;
	}
	try {
		const length = fstatSync(fd).size;
		if (length < 32) return false;
		const head = Buffer.alloc(Math.min(length, 64 * 1024));
		readSync(fd, head, 0, head.length, 0);
		const tail = Buffer.alloc(12);
		readSync(fd, tail, 0, tail.length, length - tail.length);
		const found = expected.format === 'png' ? pngDimensions(head, tail) : expected.format === 'jpeg' ? jpegDimensions(head, tail) : webpDimensions(head, length);
		return found !== undefined && found.width === expected.width && found.height === expected.height;
	} catch {
		return false;
	} finally {
		closeSync(fd);
	}
}
