import type { Article, ArticleOrigin } from "./types.js";
import { sourceOf } from "./url.js";

export interface ArticleFields {
  id: string;
  date: string;
  url: string;
  title: string;
  paragraphs: string[];
  rawWordCount: number;
  origin: ArticleOrigin;
  addedAt: number;
  byline?: string | null | undefined;
  siteName?: string | null | undefined;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Counts words: runs of letters and digits, with inner apostrophes, hyphens and dots (U.S., 3.5). */
export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.exec(text) !== null) count++;
  return count;
}

/**
 * Builds an Article from cleaned paragraphs: `text` is the paragraphs joined by a blank line,
 * `source` the URL's host without `www.`, `wordCount` counted over `text`.
 * @throws ArticleFormatError when the URL is not http(s).
 */
export function buildArticle(fields: ArticleFields): Article {
  const paragraphs = [...fields.paragraphs];
  const text = paragraphs.join("\n\n");
  const article: Article = {
    id: fields.id,
    date: fields.date,
    url: fields.url,
    source: sourceOf(fields.url),
    title: fields.title,
    paragraphs,
    text,
    wordCount: countWords(text),
    rawWordCount: fields.rawWordCount,
    origin: fields.origin,
    addedAt: fields.addedAt,
  };
  if (fields.byline !== undefined) article.byline = fields.byline;
  if (fields.siteName !== undefined) article.siteName = fields.siteName;
  return article;
}
