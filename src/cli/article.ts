import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import type { ArticleFilter } from "../articles/corpus.js";
import { UserError } from "../errors.js";
import type { CliContext, GlobalOptions } from "./context.js";
import {
  formatArticle,
  formatArticleList,
  terminalWidth,
  toArticleJson,
  toArticleListItemJson,
} from "./format.js";
import { REF_DESCRIPTION, withExamples } from "./help.js";
import { createOutput, indentJson } from "./output.js";
import { sanitizeTerminalText } from "./sanitize.js";

interface ListOptions extends GlobalOptions {
  since?: string;
  until?: string;
  source?: string;
  limit?: number;
}

interface SearchOptions extends GlobalOptions {
  limit?: number;
}

/** `list` shows this many unless --limit says otherwise: each listed article is cleaned for its title. */
export const DEFAULT_LIST_LIMIT = 100;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Commander parser for `--since`/`--until`: a real calendar date YYYY-MM-DD. */
export function parseDateOption(value: string): string {
  const parts = DATE.exec(value.trim());
  if (parts) {
    const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (
      probe.getUTCFullYear() === year &&
      probe.getUTCMonth() === month - 1 &&
      probe.getUTCDate() === day
    ) {
      return value.trim();
    }
  }
  throw new InvalidArgumentError(`Expected a date as YYYY-MM-DD, e.g. 2024-01-16.`);
}

/** Commander parser for `--limit`: a positive whole number. */
export function parseLimitOption(value: string): number {
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new InvalidArgumentError("Expected a whole number of 1 or more.");
  }
  return limit;
}

/** `newsdesk article latest|show|list|search`: read the corpus from a terminal. */
export function registerArticleCommand(program: Command, ctx: CliContext): void {
  const article = withExamples(
    program
      .command("article")
      .description("Read articles from the seeds folder: latest, show, list, search"),
    [
      ["newsdesk article latest", "the newest article"],
      ["newsdesk article list --since 2026-11-25", "articles from a day on"],
      ["newsdesk article search tram strike", "full-text search"],
      ["newsdesk article show <id> --json", "one article as JSON"],
    ],
  );

  const printArticle = (value: Parameters<typeof toArticleJson>[0], options: GlobalOptions) => {
    if (options.json) ctx.printJson(toArticleJson(value));
    else ctx.printText(formatArticle(value, terminalWidth(ctx.stdout)));
  };

  withExamples(article.command("latest").description("Show the newest article (by date)"), [
    ["newsdesk article latest", "the newest article, wrapped to the terminal"],
    ["newsdesk article latest --json", "the same as JSON"],
  ]).action(async (_options: unknown, command: Command) => {
    const options = command.optsWithGlobals<GlobalOptions>();
    const corpus = await ctx.openCorpus(options);
    const latest = await corpus.latest();
    if (!latest) {
      throw new UserError(
        'The seeds folder has no readable articles. Add seed files (first line " date YYYY-MM-DD URL") or pass --seeds DIR.',
      );
    }
    printArticle(latest, options);
  });

  withExamples(article.command("show").description("Show one article, cleaned"), [
    ["newsdesk article show <id>", "by id (see `article list`)"],
    ["newsdesk article show ./my-article.txt", "a seed-format file"],
    ["cat my-article.txt | newsdesk article show -", "from standard input"],
  ])
    .argument("<ref>", REF_DESCRIPTION)
    .action(async (ref: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions>();
      printArticle(await ctx.readArticle(ref, options), options);
    });

  withExamples(article.command("list").description("List articles, newest first"), [
    ["newsdesk article list", "every article, newest first"],
    ["newsdesk article list --source harborline-gazette.example", "one site"],
    ["newsdesk article list --since 2026-11-24 --until 2026-11-25", "a range of days"],
  ])
    .option(
      "--since <date>",
      "Only articles dated on or after this day (YYYY-MM-DD)",
      parseDateOption,
    )
    .option(
      "--until <date>",
      "Only articles dated on or before this day (YYYY-MM-DD)",
      parseDateOption,
    )
    .option("--source <host>", "Only articles from this site, e.g. bbc.co.uk")
    .option(
      "--limit <n>",
      `At most this many articles (default ${DEFAULT_LIST_LIMIT})`,
      parseLimitOption,
    )
    .action(async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<ListOptions>();
      if (options.since && options.until && options.since > options.until) {
        throw new UserError(
          `--since ${options.since} is after --until ${options.until}; swap them to list that range.`,
        );
      }
      const filter: ArticleFilter = {};
      if (options.since) filter.since = options.since;
      if (options.until) filter.until = options.until;
      if (options.source) filter.source = options.source;
      const corpus = await ctx.openCorpus(options);
      const limit = options.limit ?? DEFAULT_LIST_LIMIT;
      // Page through the index and write as it goes: memory stays bounded at any --limit.
      let shown = 0;
      let more = 0;
      const out = createOutput(ctx.stdout);
      if (options.json) await out.write("[");
      for await (const page of corpus.pages(filter)) {
        const visible = page.slice(0, Math.max(0, limit - shown));
        more += page.length - visible.length;
        if (visible.length === 0) continue;
        if (options.json) {
          const items = visible.map((header) => indentJson(toArticleListItemJson(header)));
          await out.write(`${shown === 0 ? "\n" : ",\n"}${items.join(",\n")}`);
        } else {
          const lines = formatArticleList(visible, terminalWidth(ctx.stdout));
          await out.write(`${sanitizeTerminalText(lines)}\n`);
        }
        shown += visible.length;
      }
      if (options.json) await out.write(shown === 0 ? "]\n" : "\n]\n");
      else if (shown === 0) {
        ctx.printText(
          (await corpus.count()) === 0
            ? "The seeds folder has no readable articles."
            : "No articles match these filters.",
        );
      }
      if (more > 0) {
        ctx.stderr.write(
          `${more} more articles not shown: raise --limit or narrow with --since, --until or --source.\n`,
        );
      }
    });

  withExamples(
    article
      .command("search")
      .description("Full-text search over titles and text, best match first"),
    [
      ["newsdesk article search flood warning", "articles about a flood warning"],
      ["newsdesk article search quillon --limit 3 --json", "the best three as JSON"],
    ],
  )
    .argument("<words...>", "What to look for")
    .option("--limit <n>", "At most this many results (default 20)", parseLimitOption)
    .action(async (words: string[], _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<SearchOptions>();
      const query = words.join(" ").trim();
      if (query === "")
        throw new UserError(
          "Give some words to search for, e.g. `newsdesk article search election`.",
        );
      const corpus = await ctx.openCorpus(options);
      const hits = await corpus.search(query, options.limit ?? 20);
      if (options.json) ctx.printJson(hits.map((hit) => toArticleListItemJson(hit.article)));
      else {
        ctx.printText(
          formatArticleList(
            hits.map((hit) => hit.article),
            terminalWidth(ctx.stdout),
            { ranked: true, empty: `Nothing matches "${query}". Try fewer or other words.` },
          ),
        );
      }
    });
}
