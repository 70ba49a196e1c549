import path from "node:path";
import { CLEANER_VERSION } from "./clean.js";
import type { SeedFileRecord, SeedLedger } from "./index-port.js";
import { DUPLICATE, DUPLICATE_ID } from "./seed-duplicates.js";
import { inspectSeedEntry, type SeedEntry, type SeedRead } from "./seed-files.js";
import type { LedgerCursor } from "./seed-ledger-cursor.js";

/** A file of the folder, looked at: its entry, and its bytes when it has to be (re)read. */
export type Looked = { entry: SeedEntry; read?: SeedRead };

export interface SeedClassifier {
  /** Looks at one name of the folder (inspected and, when needed, read). */
  look(name: string): Promise<Looked>;
}

export interface SeedClassifierOptions {
  root: string;
  allRoots: readonly string[];
  seeds: Pick<SeedLedger, "get">;
  /** The folder's ledger, read in pages beside the sorted names (a full run), or null. */
  cursor: LedgerCursor | null;
  /** Names the listing did not show as regular files (null: no listing, lstat every name). */
  irregular: ReadonlySet<string> | null;
  readFile(file: string): Promise<SeedRead>;
}

/**
 * True when the file's size, modification time and cleaner version are what the ledger recorded,
 * and it is not a duplicate waiting for its turn: it need not be opened.
 */
export function isUnchangedOnDisk(
  known: SeedFileRecord | undefined,
  entry: { size: number; mtimeMs: number },
): boolean {
  return (
    known !== undefined &&
    known.size === entry.size &&
    known.mtimeMs === entry.mtimeMs &&
    known.cleanerVersion === CLEANER_VERSION &&
    (known.problem === null ||
      !(known.problem.startsWith(DUPLICATE) || known.problem.startsWith(DUPLICATE_ID)))
  );
}

/** Classifies the folder's files against its ledger: new, unchanged, to be read, gone, skipped. */
export function createSeedClassifier(options: SeedClassifierOptions): SeedClassifier {
  const { root, allRoots, seeds, cursor, irregular, readFile } = options;

  /** The ledger record of `file` (from the cursor in a full run, else asked of the ledger). */
  const recordOf = async (file: string) => {
    if (cursor === null) return await seeds.get(file);
    if (!cursor.covers(file)) await cursor.reach(file);
    return cursor.peek(file);
  };

  const look = async (name: string): Promise<Looked> => {
    const file = path.join(root, name);
    if (cursor !== null && !cursor.covers(file)) await cursor.reach(file);
    if (
      cursor !== null &&
      irregular !== null &&
      !irregular.has(name) &&
      cursor.peek(file) === undefined
    ) {
      // New, and a regular file when the folder was listed: read it at once (no lstat).
      const read = await readFile(file);
      if (read.kind === "ok") {
        return {
          entry: { kind: "file", path: file, name, size: read.size, mtimeMs: read.mtimeMs },
          read,
        };
      }
      if (read.kind === "missing") return { entry: { kind: "missing", path: file, name } };
    }
    const entry = await inspectSeedEntry(root, name, allRoots);
    if (entry.kind !== "file") return { entry };
    const known = await recordOf(entry.path);
    if (isUnchangedOnDisk(known, entry)) return { entry };
    return { entry, read: await readFile(entry.path) };
  };

  return { look };
}
