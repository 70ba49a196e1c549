import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import type { Article } from "../articles/types.js";
import { foldEchoes } from "../quotes/echoes.js";
import { quoteForReader } from "../quotes/reader-text.js";
import { QUOTE_ENGINES, type Quote, type QuoteEngine, type QuoteKind } from "../quotes/types.js";
import type { CliContext, GlobalOptions } from "./context.js";
import { DEFAULT_WIDTH, terminalWidth, wrapText } from "./format.js";
import { REF_DESCRIPTION, withExamples } from "./help.js";
import { sanitizeTerminalText } from "./sanitize.js";

/**
 * The one word for each kind of quote wherever a person or a JSON consumer sees it (the CLI, its
 * JSON, Discord): "direct" for quoted words, "reported" for reported speech (`X said that …`). The
 * core calls the second kind "indirect".
 */
export type QuoteKindLabel = "direct" | "reported";

export function quoteKindLabel(kind: QuoteKind): QuoteKindLabel {
  return kind === "direct" ? "direct" : "reported";
}

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

/** Commander parser for `--kind`: "direct" or "reported" ("indirect", the old word, still works). */
export function parseKindOption(value: string): QuoteKind {
  const kind = value.trim().toLowerCase();
  if (kind === "direct") return "direct";
  if (kind === "reported" || kind === "indirect") return "indirect";
  throw new InvalidArgumentError('Expected "direct" or "reported".');
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

/** The named speakers of `quotes`, in order of first appearance. */
export function listSpeakers(quotes: readonly Quote[]): string[] {
  return [...new Set(quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])))];
}

/** What to say when `--speaker` matched nobody: the speakers that do appear, or that none do. */
export function describeNoSpeaker(speaker: string, quotes: readonly Quote[]): string {
  const speakers = listSpeakers(quotes);
  const known =
    speakers.length === 0
      ? "No quote in this article names its speaker."
      : `Speakers in this article: ${speakers.join(", ")}.`;
  return `No quotes by "${speaker.trim()}". ${known}`;
}

/** The `--json` shape: the article's id and URL, and the quotes with their offsets in its text. */
export function toQuotesJson(article: Pick<Article, "id" | "url">, quotes: readonly Quote[]) {
  return {
    article: { id: article.id, url: article.url },
    quotes: quotes.map((q) => ({
      kind: quoteKindLabel(q.kind),
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

/**
 * Human output: quotes grouped by speaker (in order of first appearance), unattributed last, each
 * quote wrapped to `width` under its bullet.
 */
export function formatQuotes(
  article: Pick<Article, "title" | "url">,
  quotes: readonly Quote[],
  width = DEFAULT_WIDTH,
  empty = "No quotes found.",
): string {
  const lines = [wrapText(article.title, width), article.url, ""];
  if (quotes.length === 0) {
    lines.push(wrapText(empty, width));
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
    lines.push(wrapText(`${heading}:`, width));
    for (const q of list) {
      const body =
        q.kind === "direct" ? quoteForReader(q.text) : quoteForReader(q.text, q.speaker, q.cue);
      const shown = q.kind === "direct" ? `“${body}”` : body;
      const kind = quoteKindLabel(q.kind);
      const tag = q.cue ? ` [${kind}, ${q.cue}]` : ` [${kind}]`;
      lines.push(`  - ${wrapText(shown + tag, Math.max(20, width - 4), "    ")}`);
    }
    lines.push("");
  }
  return lines.join("\n").trimEnd();
}

/** `newsdesk quotes <ref> [--speaker NAME] [--kind direct|reported]`: who said what in an article. */
export function registerQuotesCommand(program: Command, ctx: CliContext): void {
  withExamples(
    program
      .command("quotes")
      .description("Show the quotes of an article and who said them, grouped by speaker"),
    [
      ["newsdesk quotes <id>", "every quote, grouped by speaker"],
      ["newsdesk quotes <id> --speaker oyelaran", "one speaker (any part of the name)"],
      ["newsdesk quotes <id> --kind reported --json", "reported speech as JSON"],
    ],
  )
    .argument("<ref>", REF_DESCRIPTION)
    .option("--speaker <name>", "Only quotes by this speaker (any part of the name)")
    .option(
      "--kind <kind>",
      'Only "direct" quotes (quoted words) or "reported" speech',
      parseKindOption,
    )
    .option(
      "--engine <engine>",
      'Which extractor: "rules" or "combined" (the rules and the learned model: more reported speech, about three times the CPU); default: QUOTE_ENGINE, else "rules"',
      parseEngineOption,
    )
    .action(async (ref: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<QuotesOptions>();
      const article = await ctx.readArticle(ref, options);
      const filter: { speaker?: string; kind?: QuoteKind } = {};
      if (options.speaker !== undefined) filter.speaker = options.speaker;
      if (options.kind !== undefined) filter.kind = options.kind;
      const { extractQuotes } = await import("../quotes/extract.js");
      const all = extractQuotes(article, { engine: options.engine ?? ctx.config.QUOTE_ENGINE });
      const quotes = filterQuotes(all, filter);
      const noSpeaker =
        quotes.length === 0 && filter.speaker?.trim()
          ? describeNoSpeaker(filter.speaker, filterQuotes(all, { ...filter, speaker: "" }))
          : undefined;
      if (options.json) {
        ctx.printJson(toQuotesJson(article, quotes));
        if (noSpeaker) ctx.stderr.write(`note: ${sanitizeTerminalText(noSpeaker)}\n`);
      } else {
        // Both kinds listed: a direct quote repeated inside its speaker's statement shows once.
        const shown = filter.kind === undefined ? foldEchoes(quotes) : quotes;
        ctx.printText(formatQuotes(article, shown, terminalWidth(ctx.stdout), noSpeaker));
      }
    });
}
