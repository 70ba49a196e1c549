import { createHash } from "node:crypto";
import type { SummaryEngine, SummaryFormat, SummaryLength } from "./types.js";

/** Bump when the extractive engine's output changes (weights, budgets), so old entries miss. */
export const EXTRACTIVE_VERSION = "extractive-6";

export interface SummaryKeyParts {
  text: string;
  engine: SummaryEngine;
  model: string | null;
  /** The LLM prompt's version, or EXTRACTIVE_VERSION. */
  version: string;
  length: SummaryLength;
  format: SummaryFormat;
  /** The language asked of the LLM; absent (and not hashed) for the article's own language. */
  language?: string | undefined;
}

/**
 * The cache key: a SHA-256 over the cleaned text and everything that changes the output (engine,
 * model, prompt version, length, format), each field length-prefixed so no two inputs collide by
 * concatenation. The article's id and URL are not part of it: the same text is the same summary.
 */
export function summaryCacheKey(parts: SummaryKeyParts): string {
  const hash = createHash("sha256");
  for (const field of [
    parts.engine,
    parts.model ?? "",
    parts.version,
    parts.length,
    parts.format,
    parts.text,
    // Only when set, so the keys of summaries in the article's language do not change.
    ...(parts.language ? [`language:${parts.language}`] : []),
  ]) {
    hash.update(`${Buffer.byteLength(field)}:`);
    hash.update(field);
  }
  return `v1:${hash.digest("base64url")}`;
}
