import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { UserError } from "../errors.js";
import { type CopyReport, copyArticles } from "../index/copy-index.js";
import { type CopySource, defaultIndexFile, openCopySource } from "../index/copy-source.js";
import {
  checkSeedFolder,
  describeLocation,
  type IndexLocation,
  indexLocation,
  openArticleIndex,
} from "../index/open-index.js";
import { keptFolderOf } from "../index/sqlite-kept.js";
import type { CliContext, GlobalOptions } from "./context.js";
import { formatExamples } from "./help.js";

interface CopyOptions extends GlobalOptions {
  from?: string;
  dryRun?: boolean;
}

/** The file `--from` names: `sqlite:///path`, a bare path, or a kept folder (`<file>.kept`). */
export function copySourcePath(from: string): string {
  if (/^(postgres|postgresql):\/\//i.test(from)) {
    throw new UserError(
      `--from ${from}: only a SQLite index (a file, or its .kept folder) can be copied from. To copy between two PostgreSQL databases, use pg_dump.`,
    );
  }
  if (/^memory:\/\//i.test(from)) {
    throw new UserError(`--from ${from}: an index in memory ends with its process; name a file.`);
  }
  const file = from.replace(/^sqlite:\/\//i, "");
  if (file.trim() === "") throw new UserError("--from needs a file, e.g. sqlite:///data/x.sqlite.");
  return path.resolve(file);
}

function sameFile(a: string, b: string): boolean {
  const real = (file: string) => {
    try {
      return realpathSync(file);
    } catch {
      return path.resolve(file);
    }
  };
  return real(a) === real(b);
}

/** Refuses a target that would not keep the copy, or that is the source itself. */
function checkTarget(target: IndexLocation, source: string): void {
  if (target.kind === "memory") {
    throw new UserError(
      "The article index is in memory (DATABASE_URL=memory://, or KEYV_URL=memory:// without DATABASE_URL): a copy would end with this command. Set DATABASE_URL to the index to copy into (postgres://… or sqlite://FILE).",
    );
  }
  if (target.kind !== "sqlite") return;
  if (sameFile(source, target.file) || sameFile(source, keptFolderOf(target.file))) {
    throw new UserError(
      `${source} is the index this command uses: nothing to copy. Set DATABASE_URL to the index to copy into (postgres://… or sqlite://FILE), and --from to the old file.`,
    );
  }
}

export function formatCopyReport(report: CopyReport, target: string): string {
  const lines: string[] = [];
  if (report.fallback) lines.push(`Read ${report.source} instead: ${report.fallback}.`);
  const verb = report.dryRun ? "Would copy" : "Copied";
  const seeds =
    report.seedArticles === null
      ? ""
      : ` ${report.seedArticles} seed articles left (${target} imports them from the seeds folder).`;
  lines.push(
    `${verb} from ${report.source} to ${target}: ${report.copied} copied, ${report.updated} updated, ${report.unchanged} unchanged, ${report.skipped} skipped.${seeds}`,
  );
  for (const { id, what } of report.updates) {
    lines.push(`  updated ${id}: ${what === "content" ? "another version" : "grants added"}`);
  }
  const why = {
    "seed-id": "the target has a seed article with this id",
    "seed-url": "the target has a seed article at its URL",
    "url-taken": "the target has another article at its URL for the same readers",
    unreadable: "cannot be read",
    unwritable: "the target refused it",
  } as const;
  for (const { ref, reason, detail } of report.skips) {
    lines.push(`  skipped ${ref}: ${why[reason]}${detail ? ` (${detail})` : ""}`);
  }
  const listed = report.updates.length + report.skips.length;
  if (listed < report.updated + report.skipped) {
    lines.push(`  … and ${report.updated + report.skipped - listed} more (--json lists the first)`);
  }
  return lines.join("\n");
}

/**
 * `newsdesk index copy [--from FILE] [--dry-run]`: copies the articles that have no seed file (feed
 * items, fetched pages) with their grants from a SQLite index into the index this process uses
 * (DATABASE_URL). "copy", not "import": the source stays as it is, and `import` already means
 * reading the seeds folder.
 */
export function registerIndexCopy(index: Command, ctx: CliContext): void {
  index
    .command("copy")
    .description(
      "Copy feed items and other articles without a seed file from a SQLite index into this one",
    )
    .option(
      "--from <location>",
      "The SQLite index to copy from: sqlite:///path/file.sqlite, a path, or its .kept folder (default: the file this seeds folder uses without DATABASE_URL)",
    )
    .option("--dry-run", "Say what would be copied, write nothing")
    .addHelpText(
      "after",
      formatExamples([
        ["newsdesk index copy", "with DATABASE_URL set: bring the old file's feed items over"],
        ["newsdesk index copy --from data/old.sqlite --dry-run", "what would be copied"],
        ["newsdesk index copy --from data/old.sqlite.kept", "from the kept copies"],
      ]),
    )
    .action(async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<CopyOptions>();
      const folders = [path.resolve(options.seeds ?? ctx.config.SEEDS_DIR)];
      checkSeedFolder(ctx.config, folders[0]!);
      const from =
        options.from === undefined
          ? defaultIndexFile(ctx.config.DATA_DIR, folders)
          : copySourcePath(options.from);
      const targetLocation = indexLocation(ctx.config, folders);
      checkTarget(targetLocation, from);
      let source: CopySource | null;
      try {
        source = openCopySource(from);
      } catch (error) {
        const noKept = existsSync(keptFolderOf(from))
          ? ""
          : `, and there is no ${keptFolderOf(from)} folder to read instead`;
        throw new UserError(
          `${from} cannot be read as an article index (${(error as Error).message})${noKept}. Check --from.`,
          { cause: error },
        );
      }
      if (!source) {
        throw new UserError(
          `Nothing to copy from: neither ${from} nor ${keptFolderOf(from)} exists. Name the old index file with --from.`,
        );
      }
      const target = await openArticleIndex(targetLocation, { logger: ctx.logger, pollMs: 0 });
      const where = describeLocation(targetLocation);
      try {
        if (source.fallback) {
          ctx.logger.warn(
            { file: source.location, reason: source.fallback },
            "reading the kept copies",
          );
        }
        const lease = await target.tryLock("index-copy", 60_000);
        if (!lease) throw new UserError("Another `newsdesk index copy` is running; wait for it.");
        let report: CopyReport;
        try {
          report = await copyArticles(source, target, { dryRun: options.dryRun ?? false });
        } catch (error) {
          throw new UserError(
            `The copy stopped (${(error as Error).message}). What was copied stays; run the command again to go on.`,
            { cause: error },
          );
        } finally {
          await lease.release();
        }
        if (options.json) ctx.printJson({ ...report, target: where });
        else ctx.printText(formatCopyReport(report, where));
      } finally {
        source.close();
        await target.close();
      }
    });
}
