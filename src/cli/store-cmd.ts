import { existsSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { UserError } from "../errors.js";
import { copyStore, type StoreCopyReport } from "../store/copy-store.js";
import { STORE_DOWN_MESSAGE } from "../store/failures.js";
import { openSqliteRecords, type SqliteRecordReader } from "../store/sqlite-store.js";
import { createStore, redactUrl, SQLITE_FILE_NAME, type Store } from "../store/store.js";
import type { CliContext, GlobalOptions } from "./context.js";
import { formatExamples, withExamples } from "./help.js";

interface StoreCopyCliOptions extends GlobalOptions {
  from?: string;
  dryRun?: boolean;
  overwrite?: boolean;
}

const SET_TARGET = "Set KEYV_URL to the store to copy into (redis://…)";

/** The file `--from` names: `sqlite:///path` or a bare path. */
export function storeSourcePath(from: string): string {
  if (/^rediss?:\/\//i.test(from)) {
    throw new UserError(
      `--from ${redactUrl(from)}: only a SQLite store (a file) can be copied from. To copy between two Redis servers, use Redis itself (REPLICAOF, or MIGRATE).`,
    );
  }
  if (/^memory:\/\//i.test(from)) {
    throw new UserError(`--from ${from}: a store in memory ends with its process; name a file.`);
  }
  const file = from.replace(/^sqlite:\/\//i, "");
  if (file.trim() === "" || file === ":memory:") {
    throw new UserError("--from needs a file, e.g. sqlite:///data/newsdesk.sqlite.");
  }
  return path.resolve(file);
}

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** The target as a person reads it: the file, or the URL without its password. */
export function describeStoreUrl(url: string | undefined, dataDir: string): string {
  if (url === undefined) return path.resolve(dataDir, SQLITE_FILE_NAME);
  if (url.startsWith("sqlite://")) return path.resolve(url.slice("sqlite://".length));
  return redactUrl(url);
}

/** Refuses a target that would not keep the copy, or that is the source itself. */
function checkTarget(url: string | undefined, dataDir: string, source: string): void {
  if (url?.startsWith("memory://") || url === "sqlite://:memory:") {
    throw new UserError(
      `The store is in memory (KEYV_URL=${url}): a copy would end with this command. ${SET_TARGET}.`,
    );
  }
  if (url !== undefined && !url.startsWith("sqlite://")) return;
  if (realPath(describeStoreUrl(url, dataDir)) === realPath(source)) {
    throw new UserError(
      `${source} is the store this command uses: nothing to copy. ${SET_TARGET}, and --from to the old file.`,
    );
  }
}

export function formatStoreCopyReport(report: StoreCopyReport, target: string): string {
  const verb = report.dryRun ? "Would copy" : "Copied";
  const kept = report.overwrite ? `${report.replaced} replaced` : `${report.kept} kept`;
  const lines = [
    `${verb} from ${report.source} to ${target}: ${report.copied} copied, ${kept}, ${report.expired} expired, ${report.refused} refused.`,
  ];
  for (const n of report.namespaces) {
    const parts = [`${n.copied} copied`];
    if (n.kept > 0) parts.push(`${n.kept} kept (the target has them)`);
    if (n.replaced > 0) parts.push(`${n.replaced} replaced`);
    if (n.expired > 0) parts.push(`${n.expired} expired (not copied)`);
    if (n.refused > 0) parts.push(`${n.refused} refused`);
    lines.push(`  ${n.namespace}: ${parts.join(", ")}`);
  }
  for (const { namespace, key, detail } of report.refusals) {
    lines.push(`  refused ${namespace} ${key}: ${detail}`);
  }
  if (report.refusals.length < report.refused) {
    lines.push(`  … and ${report.refused - report.refusals.length} more refused`);
  }
  lines.push(
    `Not copied: ${report.cachesNotCopied.join(", ")} (caches, rebuilt on use) and the quota counters (hourly, they expire).`,
  );
  if (report.kept > 0 && !report.overwrite) {
    lines.push("Keys the target already had were left alone (--overwrite replaces them).");
  }
  return lines.join("\n");
}

/** The messages of an error's cause chain, past the plain one written for Discord. */
function explain(error: unknown): string {
  const messages: string[] = [];
  for (let e: unknown = error; e instanceof Error && messages.length < 4; e = e.cause) {
    if (e.message !== STORE_DOWN_MESSAGE) messages.push(e.message);
  }
  return messages.join(": ") || String(error);
}

function openSource(file: string): SqliteRecordReader {
  if (!existsSync(file)) {
    throw new UserError(
      `Nothing to copy from: ${file} does not exist. Name the old store file with --from (DATA_DIR/${SQLITE_FILE_NAME} of the old deployment).`,
    );
  }
  if (statSync(file).isDirectory()) {
    throw new UserError(
      `${file} is a folder: name the store file in it with --from (${path.join(file, SQLITE_FILE_NAME)}).`,
    );
  }
  try {
    return openSqliteRecords(file);
  } catch (error) {
    throw new UserError(
      `${file} cannot be read as a Newsdesk store (${(error as Error).message}). Check --from: the store is ${SQLITE_FILE_NAME}, not an article index.`,
      { cause: error },
    );
  }
}

async function openTarget(ctx: CliContext, where: string): Promise<Store> {
  try {
    return await createStore({
      url: ctx.config.KEYV_URL,
      dataDir: ctx.config.DATA_DIR,
      logger: ctx.logger,
      timeoutMs: ctx.config.STORE_TIMEOUT_MS,
    });
  } catch (error) {
    throw new UserError(
      `The store to copy into (${where}) cannot be opened: ${(error as Error).message}. Check KEYV_URL and that the server is running; nothing was copied.`,
      { cause: error },
    );
  }
}

/**
 * `newsdesk store copy [--from FILE] [--dry-run] [--overwrite]`: copies the store's durable
 * namespaces (subscriptions, settings, feeds and their seen ids, thread links, fetched pages) from a
 * SQLite store file into the store this process uses (KEYV_URL), e.g. when moving to Redis.
 */
export function registerStoreCommand(program: Command, ctx: CliContext): void {
  const store = program
    .command("store")
    .description("The store (subscriptions, settings, feeds): copying it to another");
  withExamples(store, [
    ["newsdesk store copy", "bring the SQLite store over to Redis (after setting KEYV_URL)"],
  ]);

  store
    .command("copy")
    .description(
      "Copy subscriptions, settings, feeds, thread links and fetched pages from a SQLite store into this one",
    )
    .option(
      "--from <location>",
      `The SQLite store to copy from: sqlite:///path/${SQLITE_FILE_NAME} or a path (default: DATA_DIR/${SQLITE_FILE_NAME}, the file used without KEYV_URL)`,
    )
    .option("--dry-run", "Say what would be copied, write nothing")
    .option("--overwrite", "Replace the keys the target already holds (default: keep them)")
    .addHelpText(
      "after",
      formatExamples([
        ["newsdesk store copy --dry-run", "what would be copied, per namespace"],
        ["newsdesk store copy", "with KEYV_URL=redis://… set: move the SQLite store there"],
        ["newsdesk store copy --from /old/data/newsdesk.sqlite", "from another data folder"],
      ]),
    )
    .action(async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<StoreCopyCliOptions>();
      const { KEYV_URL: url, DATA_DIR: dataDir } = ctx.config;
      const from =
        options.from === undefined
          ? path.resolve(dataDir, SQLITE_FILE_NAME)
          : storeSourcePath(options.from);
      checkTarget(url, dataDir, from);
      const where = describeStoreUrl(url, dataDir);
      const source = openSource(from);
      try {
        const target = await openTarget(ctx, where);
        let report: StoreCopyReport;
        try {
          report = await copyStore(source, target, {
            dryRun: options.dryRun ?? false,
            overwrite: options.overwrite ?? false,
          });
        } catch (error) {
          throw new UserError(
            `The copy stopped (${explain(error)}). What was copied stays; run the command again to go on.`,
            { cause: error },
          );
        } finally {
          await target.close().catch(() => undefined);
        }
        if (options.json) ctx.printJson({ ...report, target: where });
        else ctx.printText(formatStoreCopyReport(report, where));
      } finally {
        source.close();
      }
    });
}
