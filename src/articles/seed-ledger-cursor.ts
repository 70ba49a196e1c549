import type { SeedFileRecord, SeedLedger } from "./index-port.js";
import { compareCodePoints } from "./seed-files.js";

/**
 * A folder's ledger read in pages, in step with the folder's sorted names: a full reconcile of
 * 300,000 files holds a page or two of records (those between the file being applied and the
 * files being read ahead), never the whole folder's. Both sides are in code point order (the
 * ledger's path order, see `compareCodePoints`), so a record the walk passes without meeting its
 * file is a file gone from the folder.
 */
export interface LedgerCursor {
  /** Loads pages until `file`'s record (if any) is loaded. */
  reach(file: string): Promise<void>;
  /** True when `file`'s record, if there is one, is loaded: `peek` answers without waiting. */
  covers(file: string): boolean;
  /** The loaded record of `file` (call `reach` or check `covers` first). */
  peek(file: string): SeedFileRecord | undefined;
  /**
   * Moves past `file`: returns its record and the records before it that no file met (gone),
   * and forgets them.
   */
  take(file: string): Promise<{ own: SeedFileRecord | undefined; gone: SeedFileRecord[] }>;
  /** The records no file met, a page at a time, once every file is taken. */
  rest(): AsyncGenerator<SeedFileRecord[]>;
}

/** `root` with its trailing separator, as the ledger's paths start. */
export function createLedgerCursor(
  ledger: SeedLedger,
  root: string,
  pageSize = 1000,
): LedgerCursor {
  /** Loaded and not yet taken, in path order (pages are appended in order). */
  const loaded = new Map<string, SeedFileRecord>();
  let last: string | null = null;
  let done = false;
  let loading: Promise<void> | null = null;

  const loadPage = async () => {
    const page = await ledger.listPage(root, last, pageSize);
    for (const record of page) loaded.set(record.path, record);
    if (page.length > 0) last = page[page.length - 1]!.path;
    if (page.length < pageSize) done = true;
  };
  const load = () => {
    loading ??= loadPage().finally(() => {
      loading = null;
    });
    return loading;
  };
  const covers = (file: string) => done || (last !== null && compareCodePoints(last, file) >= 0);

  return {
    covers,
    async reach(file) {
      while (!covers(file)) await load();
    },
    peek(file) {
      return loaded.get(file);
    },
    async take(file) {
      while (!covers(file)) await load();
      const gone: SeedFileRecord[] = [];
      for (const [path, record] of loaded) {
        if (compareCodePoints(path, file) >= 0) break;
        gone.push(record);
        loaded.delete(path);
      }
      const own = loaded.get(file);
      loaded.delete(file);
      return { own, gone };
    },
    async *rest() {
      for (;;) {
        if (loaded.size > 0) {
          const page = [...loaded.values()];
          loaded.clear();
          yield page;
        }
        if (done) return;
        await load();
      }
    },
  };
}

/** True when the folder has nothing recorded (its first import). */
export async function isLedgerEmpty(ledger: SeedLedger, root: string): Promise<boolean> {
  return (await ledger.listPage(root, null, 1)).length === 0;
}
