import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import type { Article } from "../articles/types.js";
import { extractQuotes, QUOTE_ENGINES, type QuoteEngine } from "../quotes/extract.js";
import type { Quote, QuoteKind } from "../quotes/types.js";
import type { CliContext, GlobalOptions } from "./context.js";

interface QuotesOptions extends GlobalOptions {
  speaker?: string;
  kind?: QuoteKind;
  engine?: QuoteEngine;
}

/** Commander parser for `--engine`. */
export function parseEngineOption(value: string): QuoteEngine {
  const engine = value.trim().toLowerCase();
  if ((QUOTE_ENGINES as readonly string[]).includes(engine)) return engine as QuoteEngine;
  throw new InvalidArgumentError('Expected "combined" or "rules".');
}

/** Commander parser for `--kind`. */
export function parseKindOption(value: string): QuoteKind {
  const kind = value.trim().toLowerCase();
  if (kind === "direct" || kind === "indirect") return kind;
  throw new InvalidArgumentError('Expected "direct" or "indirect".');
}

/** Quotes whose resolved speaker contains `speaker` (any part of the name, any case), and of `kind`. */
export function filterQuotes(
  quotes: readonly Quote[],
  filter: { speaker?: string; kind?: QuoteKind },
): Quote[] {
  const needle = filter.speaker?.trim().toLowerCase();
  return quotes.filter(
    (q) =>
      (filter.kind === undefined || q.kind === filter.kind) &&
      (!needle || q.speaker?.toLowerCase().includes(needle) === true),
  );
}

/** The `--json` shape: the article's id and URL, and the quotes with their offsets in its text. */
export function toQuotesJson(article: Pick<Article, "id" | "url">, quotes: readonly Quote[]) {
  return {
    article: { id: article.id, url: article.url },
    quotes: quotes.map((q) => ({
      kind: q.kind,
      text: q.text,
      speaker: q.speaker,
      speakerTitle: q.speakerTitle,
      cue: q.cue,
      paragraph: q.paragraph,
      start: q.start,
      end: q.end,
    })),
  };
}

/** Human output: quotes grouped by speaker (in order of first appearance), unattributed last. */
export function formatQuotes(
  article: Pick<Article, "title" | "url">,
  quotes: readonly Quote[],
): string {
  const lines = [article.title, article.url, ""];
  if (quotes.length === 0) {
    lines.push("No quotes found.");
    return lines.join("\n");
  }
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = q.speaker ?? "";
    const list = groups.get(key) ?? [];
    list.push(q);
    groups.set(key, list);
  }
  const ordered = [...groups.entries()].sort(
    (a, b) => (a[0] === "" ? 1 : 0) - (b[0] === "" ? 1 : 0),
  );
  for (const [speaker, list] of ordered) {
    const title = list.find((q) => q.speakerTitle)?.speakerTitle;
    const heading = speaker === "" ? "Unattributed" : title ? `${speaker} (${title})` : speaker;
    lines.push(`${heading}:`);
    for (const q of list) {
      const body = q.text.replace(/\s+/g, " ");
      const shown = q.kind === "direct" ? `“${body}”` : body;
      lines.push(`  - ${shown}${q.cue ? ` [${q.kind}, ${q.cue}]` : ` [${q.kind}]`}`);
    }
    lines.push("");
  }
  return lines.join("\n").trimEnd();
}

/** `newsdesk quotes <ref> [--speaker NAME] [--kind direct|indirect]`: who said what in an article. */
export function registerQuotesCommand(program: Command, ctx: CliContext): void {
  program
    .command("quotes")
    .description("Show the quotes of an article and who said them, grouped by speaker")
    .argument(
      "<ref>",
      'an article id, any http(s) URL (fetched when not in the corpus), a path to a seed file, or "-" for standard input',
    )
    .option("--speaker <name>", "only quotes by this speaker (any part of the name)")
    .option("--kind <kind>", "only direct or indirect quotes", parseKindOption)
    .option(
      "--engine <engine>",
      "combined (rules and the learned model, the default) or rules (the rules alone)",
      parseEngineOption,
    )
    .action(async (ref: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<QuotesOptions>();
      const article = await ctx.readArticle(ref, options);
      const filter: { speaker?: string; kind?: QuoteKind } = {};
      if (options.speaker !== undefined) filter.speaker = options.speaker;
      if (options.kind !== undefined) filter.kind = options.kind;
      const engine = options.engine ?? "combined";
      const quotes = filterQuotes(extractQuotes(article, { engine }), filter);
      if (options.json) ctx.printJson(toQuotesJson(article, quotes));
      else ctx.printText(formatQuotes(article, quotes));
    });
}
