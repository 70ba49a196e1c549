import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import type { Article } from "../articles/types.js";
import { UserError } from "../errors.js";
import {
  SUMMARY_ENGINES,
  SUMMARY_FORMATS,
  SUMMARY_LENGTHS,
  type Summary,
  type SummaryEngine,
  type SummaryFormat,
  type SummaryLength,
} from "../summaries/types.js";
import type { CliContext, GlobalOptions } from "./context.js";
import { terminalWidth, wrapText } from "./format.js";
import { REF_DESCRIPTION, withExamples } from "./help.js";
import { createProgress } from "./progress.js";
import { sanitizeTerminalText } from "./sanitize.js";

interface SummarizeOptions extends GlobalOptions {
  length: SummaryLength;
  format: SummaryFormat;
  engine?: SummaryEngine;
}

function choice<T extends string>(allowed: readonly T[]) {
  return (value: string): T => {
    const v = value.trim().toLowerCase();
    if ((allowed as readonly string[]).includes(v)) return v as T;
    throw new InvalidArgumentError(`Expected one of: ${allowed.join(", ")}.`);
  };
}

/** The `--json` shape. */
export function toSummaryJson(article: Pick<Article, "id" | "url">, summary: Summary) {
  return {
    article: { id: article.id, url: article.url },
    engine: summary.engine,
    model: summary.model,
    summary: summary.text,
    keyPoints: summary.keyPoints,
    cached: summary.cached,
    usage: summary.usage
      ? {
          promptTokens: summary.usage.promptTokens,
          completionTokens: summary.usage.completionTokens,
        }
      : null,
    note: summary.note,
  };
}

/** Human output: title, URL, the summary wrapped (bullets and paragraphs kept), key points, source. */
export function formatSummary(
  article: Pick<Article, "title" | "url">,
  summary: Summary,
  width = 80,
): string {
  const wrapLine = (line: string) =>
    line.startsWith("- ") ? `- ${wrapText(line.slice(2), width - 2, "  ")}` : wrapText(line, width);
  const body = summary.text
    .split("\n")
    .map((line) => (line.trim() === "" ? "" : wrapLine(line)))
    .join("\n");
  const lines = [article.title, article.url, "", body];
  if (summary.keyPoints.length > 0) {
    lines.push(
      "",
      "Key points:",
      ...summary.keyPoints.map((p) => `- ${wrapText(p, width - 2, "  ")}`),
    );
  }
  const source =
    summary.engine === "llm"
      ? `LLM summary (${summary.model ?? "unknown model"})`
      : "Extractive summary";
  lines.push("", `${source}${summary.cached ? ", from the cache" : ""}.`);
  return lines.join("\n");
}

/**
 * `newsdesk summarize <ref> [--length] [--format] [--engine] [--json]`: builds the store from
 * KEYV_URL / DATA_DIR and the summary service, prints the summary. Without an LLM configured it uses
 * the extractive engine and says so on standard error.
 */
export function registerSummarizeCommand(program: Command, ctx: CliContext): void {
  withExamples(
    program
      .command("summarize")
      .description("Summarize an article (with the LLM when one is configured, else extractive)"),
    [
      ["newsdesk summarize <id>", "a medium summary"],
      ["newsdesk summarize <id> --length short --format bullets", "short, as a list"],
      ["newsdesk summarize https://example.com/story", "a page outside the corpus"],
      ["newsdesk summarize <id> --engine extractive --json", "no LLM, as JSON"],
    ],
  )
    .argument("<ref>", REF_DESCRIPTION)
    .option("--length <length>", "Short, medium or long", choice(SUMMARY_LENGTHS), "medium")
    .option("--format <format>", "Paragraph or bullets", choice(SUMMARY_FORMATS), "paragraph")
    .option(
      "--engine <engine>",
      "LLM or extractive (default: the LLM when one is configured)",
      choice(SUMMARY_ENGINES),
    )
    .action(async (ref: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<SummarizeOptions>();
      const { summarizer } = await ctx.services(options);
      if (summarizer.llmModel === null && options.engine !== "extractive") {
        if (options.engine === "llm") {
          throw new UserError(
            "--engine llm needs an LLM: set OPENAI_API_KEY (or OPENAI_BASE_URL for a local OpenAI-compatible server).",
          );
        }
        ctx.stderr.write(
          "note: no LLM configured (OPENAI_API_KEY / OPENAI_BASE_URL unset): using the extractive engine.\n",
        );
      }
      const article = await ctx.readArticle(ref, options);
      const waitingFor =
        summarizer.llmModel !== null && options.engine !== "extractive"
          ? `Waiting for the LLM (${summarizer.llmModel})`
          : "Summarizing";
      const summary = await createProgress(ctx.stderr).track(
        waitingFor,
        summarizer.summarize(article, {
          length: options.length,
          format: options.format,
          ...(options.engine ? { engine: options.engine } : {}),
        }),
      );
      if (summary.note) ctx.stderr.write(`note: ${sanitizeTerminalText(summary.note)}\n`);
      if (options.json) ctx.printJson(toSummaryJson(article, summary));
      else ctx.printText(formatSummary(article, summary, terminalWidth(ctx.stdout)));
    });
}
