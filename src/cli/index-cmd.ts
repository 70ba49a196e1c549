import path from "node:path";
import type { Command } from "commander";
import { createSeedImporter, type ImportReport } from "../articles/seed-importer.js";
import { UserError } from "../errors.js";
import {
  checkSeedFolder,
  describeLocation,
  indexLocation,
  openArticleIndex,
} from "../index/open-index.js";
import type { CliContext, GlobalOptions } from "./context.js";
import { formatExamples, withExamples } from "./help.js";
import { registerIndexCopy } from "./index-copy.js";

/** The seed folders a command works on, and the index that serves them. */
async function openIndexFor(ctx: CliContext, options: GlobalOptions) {
  const folders = [path.resolve(options.seeds ?? ctx.config.SEEDS_DIR)];
  checkSeedFolder(ctx.config, folders[0]!);
  const location = indexLocation(ctx.config, folders);
  const index = await openArticleIndex(location, { logger: ctx.logger, pollMs: 0 });
  return { folders, location, index };
}

function formatReport(report: ImportReport, seconds: number): string {
  const skipped = report.skipped > 0 ? ` (the warnings above say why)` : "";
  return `Imported in ${seconds.toFixed(1)} s: ${report.added} added, ${report.changed} changed, ${report.removed} removed, ${report.unchanged} unchanged, ${report.skipped} skipped${skipped}.`;
}

/**
 * `newsdesk index status` (what the index holds, where, when it was last imported) and
 * `newsdesk index rebuild` (drops every seed article and imports the seed folder again; fetched
 * pages and feed items stay) and `newsdesk index copy` (src/cli/index-copy.ts).
 */
export function registerIndexCommand(program: Command, ctx: CliContext): void {
  const index = program
    .command("index")
    .description(
      "The article index: what it holds, rebuilding it from the seed files, copying it to another",
    );
  withExamples(index, [
    ["newsdesk index status", "where the index is and what it holds"],
    ["newsdesk index rebuild", "import the seed folder again"],
    [
      "newsdesk index copy",
      "bring feed items over from the SQLite file (after setting DATABASE_URL)",
    ],
  ]);
  registerIndexCopy(index, ctx);

  index
    .command("status")
    .description("Show where the index is and what it holds")
    .addHelpText(
      "after",
      formatExamples([
        ["newsdesk index status", "engine, file, articles by origin, last import"],
        ["newsdesk index status --json", "for scripts and monitoring"],
      ]),
    )
    .action(async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions>();
      const { folders, location, index: opened } = await openIndexFor(ctx, options);
      try {
        const status = await opened.status();
        const json = { ...status, location: describeLocation(location), seedFolders: folders };
        if (options.json) {
          ctx.printJson(json);
          return;
        }
        const origins = Object.entries(status.byOrigin)
          .map(([origin, count]) => `${count} ${origin}`)
          .join(", ");
        ctx.printText(
          [
            `Index: ${json.location} (${status.engine})`,
            `Seed folders: ${folders.join(", ")}`,
            `Articles: ${status.articles}${origins ? ` (${origins})` : ""}`,
            `Seed files: ${status.seedFiles}, of which ${status.problems} skipped`,
            `Last import: ${status.lastImportAt === null ? "never" : new Date(status.lastImportAt).toISOString()}`,
          ].join("\n"),
        );
      } finally {
        await opened.close();
      }
    });

  index
    .command("rebuild")
    .description("Drop the seed articles and import the seed folder again (fetched pages stay)")
    .addHelpText(
      "after",
      formatExamples([
        ["newsdesk index rebuild", "after a change of cleaner or a damaged index"],
        ["newsdesk --seeds demo index rebuild", "the index of another folder"],
      ]),
    )
    .action(async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions>();
      const { folders, index: opened } = await openIndexFor(ctx, options);
      try {
        const started = performance.now();
        const importer = createSeedImporter({ index: opened, folders, logger: ctx.logger });
        const lease = await opened.tryLock("seed-import", 30_000);
        if (!lease) {
          throw new UserError(
            "Another process is importing the seed files; try again when it is done.",
          );
        }
        try {
          await opened.seeds.clear();
        } finally {
          await lease.release();
        }
        const report = await importer.run();
        const seconds = (performance.now() - started) / 1000;
        if (options.json) ctx.printJson({ ...report, seconds });
        else ctx.printText(formatReport(report, seconds));
      } finally {
        await opened.close();
      }
    });
}
