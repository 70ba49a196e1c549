import { hash } from "node:crypto";
import type { Dirent, Stats } from "node:fs";
import { constants, close as fsClose, open as fsOpen, read as fsRead, fstat } from "node:fs";
import { lstat, opendir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { MAX_ARTICLE_BYTES } from "./parse.js";

/**
 * Reading seed files from folders nobody vouches for: an entry is opened only once it is known to
 * be a regular file (a FIFO, a socket or a device opened on the event loop would block it or read
 * forever); a symbolic link is followed only to a regular file inside one of the allowed folders;
 * every read goes through `fs.promises` (the thread pool), with O_NONBLOCK so that even a file
 * swapped for a FIFO between the check and the open cannot block, and the type checked again on
 * the open descriptor.
 */

/** Only `*.txt` files count; dotfiles, editor backups and lock files are ignored. */
export function isSeedFileName(name: string): boolean {
  if (!name.endsWith(".txt") || name.length <= 4) return false;
  return !/^[.~#]/.test(name) && !name.endsWith("#");
}

/** The id of the article in a seed file: the file name without `.txt`. */
export function seedIdOf(name: string): string {
  return name.slice(0, -".txt".length);
}

export type SeedEntry =
  | { kind: "file"; path: string; name: string; size: number; mtimeMs: number }
  | { kind: "skip"; path: string; name: string; reason: string }
  | { kind: "missing"; path: string; name: string };

export type SeedRead =
  | { kind: "ok"; bytes: Buffer; size: number; mtimeMs: number; hash: string }
  | { kind: "skip"; reason: string }
  | { kind: "missing" };

/** What a non-regular entry is, in words. */
export function describeFileType(info: Stats | Dirent): string {
  if (info.isDirectory()) return "a folder, not a file";
  if (info.isFIFO()) return "a FIFO (named pipe), not a regular file";
  if (info.isSocket()) return "a socket, not a regular file";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device, not a regular file";
  return "not a regular file";
}

function tooLargeReason(size: number): string {
  return `file is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB (${size} bytes)`;
}

function errorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "file is not readable (permission denied)";
  if (code === "ELOOP") return "symbolic link loop";
  if (code === "EISDIR") return "a folder, not a file";
  return code ? `${code}: ${(error as Error).message}` : String(error);
}

/** True when `target` is `root` or inside it (both resolved, no symbolic links). */
function isInside(target: string, root: string): boolean {
  const relative = path.relative(root, target);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/**
 * Classifies one entry of a seeds folder without opening it: a regular file (with its size and
 * time), something to skip with a reason, or gone. `roots` are the allowed folders, resolved.
 */
export async function inspectSeedEntry(
  dir: string,
  name: string,
  roots: readonly string[],
): Promise<SeedEntry> {
  const file = path.join(dir, name);
  let link: Stats;
  try {
    link = await lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return { kind: "missing", path: file, name };
    }
    return { kind: "skip", path: file, name, reason: errorReason(error) };
  }
  let info = link;
  if (link.isSymbolicLink()) {
    let target: string;
    try {
      target = await realpath(file);
      info = await stat(target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === "ENOENT"
          ? "dangling symbolic link (its target does not exist)"
          : `symbolic link that cannot be followed (${errorReason(error)})`;
      return { kind: "skip", path: file, name, reason };
    }
    if (!roots.some((root) => isInside(target, root))) {
      return {
        kind: "skip",
        path: file,
        name,
        reason: "symbolic link to a file outside the seeds folders",
      };
    }
    if (!info.isFile()) {
      return {
        kind: "skip",
        path: file,
        name,
        reason: `symbolic link to ${describeFileType(info)}`,
      };
    }
  } else if (!info.isFile()) {
    return { kind: "skip", path: file, name, reason: describeFileType(info) };
  }
  if (info.size > MAX_ARTICLE_BYTES) {
    return { kind: "skip", path: file, name, reason: tooLargeReason(info.size) };
  }
  return { kind: "file", path: file, name, size: info.size, mtimeMs: info.mtimeMs };
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/*
 * The callback forms of open/fstat/read/close, each one request to the thread pool like
 * fs.promises but without a FileHandle per file: reading 100,000 files costs half the CPU.
 */
const openFd = (file: string) =>
  new Promise<number>((resolve, reject) =>
    fsOpen(file, OPEN_FLAGS, (error, fd) => (error ? reject(error) : resolve(fd))),
  );
const statFd = (fd: number) =>
  new Promise<Stats>((resolve, reject) =>
    fstat(fd, (error, info) => (error ? reject(error) : resolve(info))),
  );
const readFd = (fd: number, buffer: Buffer, offset: number, length: number, position: number) =>
  new Promise<number>((resolve, reject) =>
    fsRead(fd, buffer, offset, length, position, (error, bytesRead) =>
      error ? reject(error) : resolve(bytesRead),
    ),
  );
const closeFd = (fd: number) => new Promise<void>((resolve) => fsClose(fd, () => resolve()));

/**
 * Reads a seed file that `inspectSeedEntry` (or a directory entry) found regular: opened without
 * blocking, checked again on the descriptor (it may have been replaced since), read up to
 * MAX_ARTICLE_BYTES + 1 bytes.
 */
export async function readSeedEntry(file: string): Promise<SeedRead> {
  let fd: number | undefined;
  try {
    fd = await openFd(file);
    const info = await statFd(fd);
    if (!info.isFile()) return { kind: "skip", reason: describeFileType(info) };
    if (info.size > MAX_ARTICLE_BYTES) return { kind: "skip", reason: tooLargeReason(info.size) };
    // One byte more than stat said, to notice a file that grew; bounded so a runaway file cannot
    // exhaust memory.
    const buffer = Buffer.allocUnsafe(Math.min(MAX_ARTICLE_BYTES + 1, info.size + 1));
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = await readFd(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > MAX_ARTICLE_BYTES) return { kind: "skip", reason: tooLargeReason(length) };
    if (length > info.size) {
      // Grew since stat: read what is there now, within the bound.
      const more = Buffer.allocUnsafe(MAX_ARTICLE_BYTES + 1 - length);
      const bytesRead = await readFd(fd, more, 0, more.length, length);
      if (length + bytesRead > MAX_ARTICLE_BYTES) {
        return { kind: "skip", reason: tooLargeReason(length + bytesRead) };
      }
      const bytes = Buffer.concat([buffer.subarray(0, length), more.subarray(0, bytesRead)]);
      return { kind: "ok", bytes, size: bytes.length, mtimeMs: info.mtimeMs, hash: hashOf(bytes) };
    }
    const bytes = buffer.subarray(0, length);
    return { kind: "ok", bytes, size: length, mtimeMs: info.mtimeMs, hash: hashOf(bytes) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "missing" };
    return { kind: "skip", reason: errorReason(error) };
  } finally {
    if (fd !== undefined) await closeFd(fd);
  }
}

/** The content hash of a seed file: SHA-256, hex, cut to 32 digits (one-shot: no Hash object). */
export function hashOf(bytes: Uint8Array | string): string {
  return hash("sha256", bytes, "hex").slice(0, 32);
}

/**
 * Orders strings by code point, which is the order of their UTF-8 bytes: the order SQLite's
 * BINARY collation and PostgreSQL's "C" collation give paths. JavaScript's `<` compares UTF-16
 * code units, which puts a character above U+FFFF (a surrogate pair) before U+E000–U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      const surrogateX = x <= 0xdfff;
      const surrogateY = y <= 0xdfff;
      if (surrogateX !== surrogateY) return surrogateX ? 1 : -1;
    }
    return x - y;
  }
  return a.length - b.length;
}

/**
 * The `*.txt` names in a folder in code point order (the order of the ledger's paths; dotfiles,
 * backups and other files left out silently), and those the folder does not list as regular files
 * (any other can be opened without an lstat first when new: the type is checked again on the
 * descriptor). Read in chunks: a folder of 300,000 files never has all its entries as objects at
 * once, only their names.
 */
export async function listSeedNames(
  dir: string,
): Promise<{ names: string[]; irregular: Set<string> }> {
  const names: string[] = [];
  const irregular = new Set<string>();
  for await (const entry of await opendir(dir, { bufferSize: 256 })) {
    if (!isSeedFileName(entry.name)) continue;
    names.push(entry.name);
    if (!entry.isFile()) irregular.add(entry.name);
  }
  names.sort(compareCodePoints);
  return { names, irregular };
}
