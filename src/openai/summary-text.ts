import { splitSentences } from "../articles/sentences.js";
import { truncateText } from "../summaries/text.js";
import { SHORT_MAX_CHARS, type SummaryOptions } from "../summaries/types.js";
import { type ParsedAnswer, parseJsonAnswer } from "./answer.js";
import { countTextTokens, type SummaryAnswer, summaryAnswerSchema } from "./prompt.js";

/*
 * The pure text work around an LLM summary: the article cut into chunks that fit the model's
 * context, and the model's answer parsed and shaped to the requested length and format.
 */

/** Splits text into pieces of at most `maxTokens` tokens: by paragraph, then sentence, then words. */
export function chunkArticleText(paragraphs: readonly string[], maxTokens: number): string[] {
  const units: string[] = [];
  for (const paragraph of paragraphs) {
    if (countTextTokens(paragraph) <= maxTokens) {
      units.push(paragraph);
      continue;
    }
    for (const { text } of splitSentences(paragraph)) {
      if (countTextTokens(text) <= maxTokens) {
        units.push(text);
        continue;
      }
      const words = text.split(/\s+/);
      const step = Math.max(1, Math.floor(maxTokens / 3));
      for (let i = 0; i < words.length; i += step) units.push(words.slice(i, i + step).join(" "));
    }
  }
  const chunks: string[] = [];
  let current: string[] = [];
  let currentTokens = 0;
  for (const unit of units) {
    const tokens = countTextTokens(unit) + 2;
    if (current.length > 0 && currentTokens + tokens > maxTokens) {
      chunks.push(current.join("\n\n"));
      current = [];
      currentTokens = 0;
    }
    current.push(unit);
    currentTokens += tokens;
  }
  if (current.length > 0) chunks.push(current.join("\n\n"));
  return chunks;
}

/** Parses the model's answer: JSON (a ```json fence tolerated), the schema, then its texts. */
export function parseSummaryAnswer(content: string): ParsedAnswer<SummaryAnswer> {
  return parseJsonAnswer(content, summaryAnswerSchema, (a) => [a.summary, ...a.keyPoints]);
}

/** Shapes the model's answer to the requested length and format. */
export function shapeAnswer(
  answer: SummaryAnswer,
  options: Pick<SummaryOptions, "length" | "format">,
) {
  let text = answer.summary.trim();
  if (options.format === "bullets") {
    text = text
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => `- ${line.replace(/^([-*•]|\d+[.)])\s+/, "")}`)
      .join("\n");
  }
  if (options.length === "short") {
    const sentences = text.split(/(?<=[.!?][”"’']?)\s+/).slice(0, 2);
    text = truncateText(sentences.join(options.format === "bullets" ? "\n" : " "), SHORT_MAX_CHARS);
  }
  const keyPoints = options.length === "medium" ? answer.keyPoints.slice(0, 3) : [];
  return { text, keyPoints };
}
