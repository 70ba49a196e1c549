import type { Article } from "../articles/types.js";

export type QuoteKind = "direct" | "indirect";

/**
 * `rules`: the rules engine alone (the default: more precise and about three times faster, see
 * ADR 0018); `combined`: the rules and the learned model, which finds more reported speech.
 */
export const QUOTE_ENGINES = ["combined", "rules"] as const;

export type QuoteEngine = (typeof QUOTE_ENGINES)[number];

/** One quote the article attributes (or fails to attribute) to someone. */
export interface Quote {
  kind: QuoteKind;
  /** The quoted words (direct: without the outer quote marks); `article.text.slice(start, end)`. */
  text: string;
  /** The fullest name the article gives the speaker, or null when the article does not say. */
  speaker: string | null;
  /** The title the article gives the speaker ("Russian Foreign Minister"), or null. */
  speakerTitle: string | null;
  /** The reporting verb phrase ("said", "added", "according to"), or null. */
  cue: string | null;
  /** Index into `article.paragraphs` of the paragraph where the quote starts. */
  paragraph: number;
  start: number;
  end: number;
}

export type QuoteSource = Pick<Article, "paragraphs" | "text">;
