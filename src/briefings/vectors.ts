/**
 * TF-IDF vectors over content words (the extractive engine's tokenizer: lower case, stop words
 * removed, lightly stemmed) and their cosine similarity, from src/summaries/similarity.ts. Pure; the
 * IDF is computed over the documents given, so similarity is relative to what else is in the briefing.
 */
export {
  buildVectors as tfIdfVectors,
  contentWords,
  cosine,
} from "../summaries/similarity.js";

export type Vector = ReadonlyMap<string, number>;
