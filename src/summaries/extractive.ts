import { splitSentences } from "../articles/sentences.js";
import type { Article } from "../articles/types.js";
import { localizedUserError, type UserError } from "../errors.js";
import { DEFAULT_WEIGHTS, type RankWeights, selectSentences } from "./rank.js";
import { truncateText } from "./text.js";
import { tightenSentence } from "./tighten.js";
import { SHORT_MAX_CHARS, type Summarizer, type Summary, type SummaryOptions } from "./types.js";

/**
 * The extractive engine: deterministic, no network. Sentences of the cleaned text, tightened by
 * src/summaries/tighten.ts (datelines, bylines, video prompts and picture pointers removed, a caption
 * glued to a sentence punctuated; quotations untouched), are ranked and picked by
 * src/summaries/rank.ts (position, LexRank centrality, length, MMR) and kept in article order. The
 * whole answer — summary and key points together — stays within a sentence budget
 * (`extractiveBudget`), and key points never repeat a summary sentence. See
 * docs/adr/0003-summary-cache.md and bench/eval-summaries.ts for the figures.
 */

interface Sentence {
  text: string;
  paragraph: number;
}

/** The sentences the engine ranks and shows: the cleaned paragraphs' sentences, tightened. */
export function engineSentences(article: Pick<Article, "paragraphs">): Sentence[] {
  const out: Sentence[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    for (const span of splitSentences(paragraph)) {
      const text = tightenSentence(span.text);
      if (text) out.push({ text, paragraph: index });
    }
  });
  return out;
}

const LONG_MAX_SENTENCES = 10;
const LONG_MIN_SENTENCES = 4;
const LONG_PARAGRAPH_SENTENCES = 3;

/** How many sentences the summary and its key points may take, together and apart. */
export interface ExtractiveBudget {
  summary: number;
  keyPoints: number;
}

/**
 * The sentence budget of the whole extractive answer for an article with `total` sentences:
 * - `short`: two sentences, no key points (and at most SHORT_MAX_CHARS characters);
 * - `medium`: three sentences in all, Lead-3's budget: as a paragraph two summary sentences and one
 *   key point; as bullets three bullets and no key points (the bullets are the list);
 * - `long`: a quarter of the article, at least four and at most ten sentences, yet never more than
 *   60% of an article longer than three sentences; no key points.
 */
export function extractiveBudget(
  length: SummaryOptions["length"],
  total: number,
  format: SummaryOptions["format"] = "paragraph",
): ExtractiveBudget {
  if (length === "short") return { summary: 2, keyPoints: 0 };
  if (length === "medium") {
    return format === "bullets" ? { summary: 3, keyPoints: 0 } : { summary: 2, keyPoints: 1 };
  }
  const quarter = Math.max(LONG_MIN_SENTENCES, Math.ceil(total / 4));
  const ceiling = Math.max(3, Math.floor(total * 0.6));
  return { summary: Math.min(LONG_MAX_SENTENCES, quarter, ceiling), keyPoints: 0 };
}

/** Formats picked sentences as the Summary's text for the requested length and format. */
function formatText(
  picked: readonly Sentence[],
  options: Pick<SummaryOptions, "length" | "format">,
): string {
  if (options.format === "bullets") {
    return picked.map((s) => `- ${s.text}`).join("\n");
  }
  if (options.length !== "long") return picked.map((s) => s.text).join(" ");
  // Several paragraphs: a new one when the source paragraph changes (once the current one has two
  // sentences) or when the current one has LONG_PARAGRAPH_SENTENCES.
  const paragraphs: string[][] = [];
  picked.forEach((sentence, i) => {
    const current = paragraphs.at(-1);
    const sameSource = i > 0 && picked[i - 1]!.paragraph === sentence.paragraph;
    const full = !current || current.length >= LONG_PARAGRAPH_SENTENCES;
    if (full || (!sameSource && current.length >= 2)) paragraphs.push([sentence.text]);
    else current.push(sentence.text);
  });
  return paragraphs.map((p) => p.join(" ")).join("\n\n");
}

/** Keeps a short summary within two sentences and SHORT_MAX_CHARS characters. */
function fitShort(picked: Sentence[], format: SummaryOptions["format"]): Sentence[] {
  const overhead = format === "bullets" ? 3 : 1;
  const total = picked.reduce((sum, s) => sum + s.text.length + overhead, 0);
  if (picked.length <= 1 || total <= SHORT_MAX_CHARS) {
    return picked.map((s) => ({
      ...s,
      text: truncateText(s.text, SHORT_MAX_CHARS - (format === "bullets" ? 2 : 0)),
    }));
  }
  return fitShort(picked.slice(0, 1), format);
}

/** Lower-case words and digits, punctuation and spacing ignored: how two sentences are compared. */
export const normalized = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** An article whose extractive summary ran over the time the bot gives it (src/work/threads.ts). */
export function summaryTooSlowError(): UserError {
  return localizedUserError("summaries.tooSlow");
}

/** What the extractive engine reads of an article. */
export type ExtractiveInput = Pick<Article, "paragraphs"> & { title?: string };

/** What it writes: the summary and its key points. */
export interface ExtractiveText {
  text: string;
  keyPoints: string[];
}

/** Runs the extractive engine with the shipped weights somewhere (a work thread in the bot). */
export type ExtractiveRunner = (
  article: ExtractiveInput,
  options: Pick<SummaryOptions, "length" | "format">,
) => Promise<ExtractiveText>;

/** Summarizes an article's sentences (already split); the engine's core, exported for evaluation. */
export function summarizeExtractively(
  article: ExtractiveInput,
  options: Pick<SummaryOptions, "length" | "format">,
  weights: RankWeights = DEFAULT_WEIGHTS,
): ExtractiveText {
  const sentences = engineSentences(article);
  const texts = sentences.map((s) => s.text);
  const budget = extractiveBudget(options.length, texts.length, options.format);
  const { chosen, further } = selectSentences(
    texts,
    budget.summary,
    budget.keyPoints,
    weights,
    article.title ?? "",
  );
  let picked = chosen.map((i) => sentences[i]!);
  if (options.length === "short") picked = fitShort(picked, options.format);
  // An article may repeat a sentence word for word (a caption, a pull quote): never say it twice.
  // Compared only when there are key points (a page of one 4 MB sentence has none).
  let keyPoints = further.map((i) => texts[i]!);
  if (keyPoints.length > 0) {
    const said = new Set(picked.map((s) => normalized(s.text)));
    keyPoints = keyPoints.filter((point) => !said.has(normalized(point)));
  }
  return { text: formatText(picked, options), keyPoints };
}

export function createExtractiveSummarizer(
  weights: RankWeights = DEFAULT_WEIGHTS,
  /** Where the shipped weights run (the process's work threads); inline by default. */
  runner?: ExtractiveRunner,
): Summarizer {
  return {
    async summarize(article, options): Promise<Summary> {
      if (options.signal?.aborted) throw options.signal.reason;
      const { length, format } = options;
      const { text, keyPoints } =
        runner && weights === DEFAULT_WEIGHTS
          ? await runner(
              { paragraphs: article.paragraphs, title: article.title },
              { length, format },
            )
          : summarizeExtractively(article, options, weights);
      return {
        text,
        keyPoints,
        engine: "extractive",
        model: null,
        cached: false,
        usage: null,
        note: null,
      };
    },
  };
}
