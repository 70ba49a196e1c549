/**
 * Answers a question from one article. With an LLM: the model gets the article's numbered
 * sentences and answers with the numbers it used; every sentence it writes is then checked against
 * the article with the briefings' citation check (src/briefings/support.ts), unsupported ones are
 * removed and counted, and the citations shown are the sentences the check found, not the model's
 * word. Without an LLM, or when it fails or nothing it wrote is supported: the best-matching
 * sentences by BM25 (src/threads/bm25.ts). Either way the answer says plainly when the article does
 * not answer the question.
 */
import type { Article } from "../articles/types.js";
import {
  DEFAULT_SUPPORT_THRESHOLD,
  findSupport,
  type PreparedSource,
  prepareSource,
} from "../briefings/support.js";
import { isAbortError } from "../errors.js";
import { createBm25Index } from "./bm25.js";
import type {
  Answer,
  AnswerFallback,
  AnswerSentence,
  AnswerWriter,
  NumberedSentence,
  WrittenAnswer,
} from "./types.js";

/**
 * The extractive answer needs one sentence holding at least this share of the question's weight
 * (IDF-weighted coverage, bm25.ts). At 0.5 a question naming two equally rare things is "answered"
 * by a sentence naming one of them; 0.6 asks for more than half, and a question whose terms the
 * article never uses scores near 0. Measured on questions about the demo newsroom
 * (`npm run bench -- ask`, docs/benchmarks.md) and pinned by test/threads/answer.test.ts.
 */
export const ANSWER_COVERAGE_THRESHOLD = 0.6;
/** At most this many sentences in an extractive answer; the third only if it scores half the best. */
export const EXTRACTIVE_SENTENCES = 3;
/** Article text sent to the model at most; a longer article sends its lead and best matches. */
export const PROMPT_CHARS = 24_000;
const LEAD_SENTENCES = 3;

export interface PreparedArticle {
  title: string;
  sentences: NumberedSentence[];
  source: PreparedSource;
}

/** The article's sentences numbered from 1, split like the citation check splits sources. */
export function prepareArticle(article: Pick<Article, "title" | "text">): PreparedArticle {
  const source = prepareSource(article.text);
  return {
    title: article.title,
    sentences: source.sentences.map((text, i) => ({ number: i + 1, text })),
    source,
  };
}

function citedSentences(prepared: PreparedArticle, numbers: Iterable<number>): NumberedSentence[] {
  return [...new Set(numbers)]
    .sort((a, b) => a - b)
    .map((n) => prepared.sentences[n - 1])
    .filter((s): s is NumberedSentence => s !== undefined);
}

/** The two or three sentences that best match the question (BM25), or "not answered". */
export function answerExtractively(
  prepared: PreparedArticle,
  question: string,
  fallback: AnswerFallback | null = null,
  threshold = ANSWER_COVERAGE_THRESHOLD,
): Answer {
  const ranked = createBm25Index(prepared.source.sentences).score(question);
  const best = ranked.find((s) => s.coverage >= threshold);
  if (!best) {
    return {
      engine: "extractive",
      answered: false,
      sentences: [],
      cited: [],
      removed: 0,
      fallback,
    };
  }
  const picked = [best];
  for (const candidate of ranked) {
    if (picked.length >= EXTRACTIVE_SENTENCES) break;
    if (candidate === best) continue;
    if (picked.length === 2 && candidate.score < best.score / 2) break;
    picked.push(candidate);
  }
  const cited = citedSentences(
    prepared,
    picked.map((s) => s.index + 1),
  );
  return {
    engine: "extractive",
    answered: true,
    sentences: cited.map((s) => ({ text: s.text, citations: [s.number] })),
    cited,
    removed: 0,
    fallback,
  };
}

/**
 * The sentences the model sees: all of them when the article fits `maxChars`, else the best match,
 * the lead and the other matches for the question, in article order, keeping their numbers.
 */
export function selectPromptSentences(
  prepared: PreparedArticle,
  question: string,
  maxChars = PROMPT_CHARS,
): NumberedSentence[] {
  const all = prepared.sentences;
  if (all.reduce((sum, s) => sum + s.text.length + 8, 0) <= maxChars) return all;
  // The best match first, then the lead (context), then the other matches.
  const ranked = createBm25Index(prepared.source.sentences)
    .score(question)
    .map((s) => s.index);
  const order = [
    ...ranked.slice(0, 1),
    ...all.slice(0, LEAD_SENTENCES).map((s) => s.number - 1),
    ...ranked.slice(1),
  ];
  const chosen = new Set<number>();
  let used = 0;
  for (const index of order) {
    const sentence = all[index]!;
    if (chosen.has(index) || used + sentence.text.length + 8 > maxChars) continue;
    chosen.add(index);
    used += sentence.text.length + 8;
  }
  return [...chosen].sort((a, b) => a - b).map((i) => all[i]!);
}

/**
 * Checks the model's answer against the article: each sentence (its `original` when translated)
 * is kept with the article sentences that support it, or removed. Null when the model answered
 * but no sentence survived (the caller falls back to the extractive answer).
 */
export function checkWrittenAnswer(
  prepared: PreparedArticle,
  written: WrittenAnswer,
  threshold = DEFAULT_SUPPORT_THRESHOLD,
): Answer | null {
  if (!written.answerable || written.sentences.length === 0) {
    return { engine: "llm", answered: false, sentences: [], cited: [], removed: 0, fallback: null };
  }
  const kept: AnswerSentence[] = [];
  let removed = 0;
  for (const sentence of written.sentences) {
    const support = findSupport(sentence.original ?? sentence.text, prepared.source);
    if (support.score < threshold) {
      removed++;
      continue;
    }
    kept.push({ text: sentence.text, citations: support.sentences.map((i) => i + 1) });
  }
  if (kept.length === 0) return null;
  return {
    engine: "llm",
    answered: true,
    sentences: kept,
    cited: citedSentences(
      prepared,
      kept.flatMap((s) => s.citations),
    ),
    removed,
    fallback: null,
  };
}

export interface AnswerOptions {
  /** The LLM, or null: extractive. */
  writer: AnswerWriter | null;
  language?: string | undefined;
  signal?: AbortSignal | undefined;
  /** Told about a writer failure before the extractive fallback (for the logs). */
  onWriterError?: (error: unknown) => void;
}

/** Answers `question` from the article: the LLM when given (checked), else or on failure BM25. */
export async function answerQuestion(
  article: Pick<Article, "title" | "text">,
  question: string,
  options: AnswerOptions,
): Promise<Answer> {
  const prepared = prepareArticle(article);
  if (!options.writer) return answerExtractively(prepared, question);
  let written: WrittenAnswer;
  try {
    written = await options.writer.write({
      title: prepared.title,
      sentences: selectPromptSentences(prepared, question),
      question,
      language: options.language,
      signal: options.signal,
    });
  } catch (error) {
    // The person cancelled (or the interaction's time ran out): no fallback, the caller says so.
    if (isAbortError(error) && options.signal?.aborted) throw error;
    options.onWriterError?.(error);
    return answerExtractively(prepared, question, "llm-failed");
  }
  return (
    checkWrittenAnswer(prepared, written) ?? {
      ...answerExtractively(prepared, question, "llm-unsupported"),
      removed: written.sentences.length,
    }
  );
}
