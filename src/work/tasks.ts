/**
 * The CPU work the threads of src/work/threads.ts do for the rest of the process, as messages:
 * each task, how it runs (the same code inline and on a thread), and how a failure crosses back
 * (a UserError keeps its catalog key, so the reader's message is the same either way).
 */
import { cleanBody } from "../articles/clean.js";
import { UserError, type UserErrorKey } from "../errors.js";
import { type ExtractedPage, extractArticle, extractPlainText } from "../extract/extract.js";
import { extractQuotes } from "../quotes/extract.js";
import type { Quote, QuoteEngine, QuoteSource } from "../quotes/types.js";
import {
  type ExtractiveInput,
  type ExtractiveText,
  summarizeExtractively,
} from "../summaries/extractive.js";
import type { SummaryOptions } from "../summaries/types.js";

export type WorkTask =
  | { kind: "quotes"; article: QuoteSource; engine: QuoteEngine }
  /** A fetched page's article: HTML through Readability, or plain text. */
  | { kind: "page"; text: string; url: string; html: boolean }
  /** The extractive summary with the shipped weights. */
  | {
      kind: "summary";
      article: ExtractiveInput;
      options: Pick<SummaryOptions, "length" | "format">;
    };

export interface WorkResults {
  quotes: Quote[];
  page: ExtractedPage;
  summary: ExtractiveText;
}

export type WorkResult = WorkResults[WorkTask["kind"]];

export function runTask(task: WorkTask): WorkResult {
  switch (task.kind) {
    case "quotes":
      return extractQuotes(task.article, { engine: task.engine });
    case "page": {
      const page = task.html
        ? extractArticle(task.text, task.url)
        : extractPlainText(task.text, task.url);
      return { ...page, paragraphs: cleanBody(page.body) };
    }
    case "summary":
      return summarizeExtractively(task.article, task.options);
  }
}

/** A task's failure as it crosses a thread's boundary. */
export interface WorkFailure {
  message: string;
  /** Set when the failure is the reader's answer (a UserError), not a bug. */
  user?: UserErrorKey;
}

export function toFailure(error: unknown): WorkFailure {
  if (error instanceof UserError) {
    return { message: error.message, ...(error.i18n ? { user: error.i18n } : {}) };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

export function fromFailure(failure: WorkFailure): Error {
  return failure.user
    ? new UserError(failure.message, { i18n: failure.user })
    : new Error(failure.message);
}
