import type { FSWatcher } from "node:fs";
import { watch as watchFolder } from "node:fs";
import type { Logger } from "../logger.js";
import { isSeedFileName } from "./seed-files.js";
import type { SeedImporter } from "./seed-importer.js";

export interface SeedWatcher {
  close(): Promise<void>;
}

/**
 * Watches the seed folders: changed names are collected for `debounceMs` of quiet, then handed to
 * the importer (which reads only those files); an event without a name rescans the folder. Runs
 * never overlap (the importer queues them); a failed run is logged and the next event retries.
 */
export function watchSeedFolders(
  importer: SeedImporter,
  roots: readonly string[],
  options: { logger: Logger; debounceMs?: number },
): SeedWatcher {
  const { logger } = options;
  const debounceMs = options.debounceMs ?? 100;
  const watchers: FSWatcher[] = [];
  const pending = new Map<string, Set<string> | "all">();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let closed = false;

  const runPending = () => {
    timer = undefined;
    const work = [...pending];
    pending.clear();
    running = running.then(async () => {
      for (const [root, names] of work) {
        if (closed) return;
        try {
          const report =
            names === "all"
              ? await importer.run()
              : await importer.run({ root, names: [...names] });
          if (report.locked) {
            // Another process is importing: look again once it is likely done.
            schedule(root, names === "all" ? null : [...names], 1_000);
          }
        } catch (error) {
          logger.error({ err: error, dir: root }, "importing changed seed files failed");
        }
      }
    });
  };

  const schedule = (root: string, names: readonly string[] | null, delay = debounceMs) => {
    if (closed) return;
    const current = pending.get(root);
    if (names === null || current === "all") pending.set(root, "all");
    else {
      const set = current ?? new Set<string>();
      for (const name of names) set.add(name);
      pending.set(root, set);
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(runPending, delay);
    timer.unref?.();
  };

  for (const root of roots) {
    try {
      const watcher = watchFolder(root, { persistent: false }, (_event, filename) => {
        if (filename === null) schedule(root, null);
        else if (isSeedFileName(filename.toString())) schedule(root, [filename.toString()]);
      });
      watcher.on("error", (error) => {
        logger.warn({ err: error, dir: root }, "watching the seeds folder failed");
      });
      watchers.push(watcher);
    } catch (error) {
      logger.warn(
        { err: error, dir: root },
        "cannot watch the seeds folder; changes need a restart",
      );
    }
  }

  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      await running.catch(() => {});
    },
  };
}
