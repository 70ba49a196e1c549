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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True when the code point is a letter or digit (ASCII answered without a regular expression). */
function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

/** `'`, `’`, `.`, `-`: join two runs of letters into one word (don't, U.S., 3.5, well-known). */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46 || code === 45;
}

/**
 * Counts words: runs of letters and digits, with inner apostrophes, hyphens and dots (U.S., 3.5).
 * The same count as the matches of `[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*` (flags g and u), in
 * one pass without the regular expression engine (the importer counts every seed twice).
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (isWordChar(code)) {
      if (!inWord) count++;
      inWord = true;
    } else if (inWord && isJoiner(code) && i + 1 < text.length) {
      // A joiner continues the word only when a letter or digit follows it.
      inWord = isWordChar(text.codePointAt(i + 1)!);
    } else {
      inWord = false;
    }
    i += width;
  }
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
