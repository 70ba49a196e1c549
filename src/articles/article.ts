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

/** Per BMP code unit: 0 not known yet, 1 a letter or digit, 2 a joiner (see below), 3 neither. */
const BMP_CLASS = new Uint8Array(0x10000);
for (let code = 0; code < 128; code++) {
  const letterOrDigit =
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  // `'`, `.`, `-` (and `’`, below): join two runs of letters into one word (don't, U.S., 3.5, well-known).
  BMP_CLASS[code] = letterOrDigit ? 1 : code === 39 || code === 46 || code === 45 ? 2 : 3;
}
BMP_CLASS[0x2019] = 2;

/**
 * The class of the code point at `i` when the table does not know it yet: learnt for a BMP code
 * point; a surrogate pair is looked up whole, a lone surrogate is neither (never learnt: its class
 * depends on the unit after it).
 */
function classAtSlowly(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(code)) ? 1 : 3;
  }
  const found = LETTER_OR_DIGIT.test(String.fromCharCode(unit)) ? 1 : 3;
  if (unit < 0xd800 || unit > 0xdfff) BMP_CLASS[unit] = found;
  return found;
}

/**
 * Counts words: runs of letters and digits, with inner apostrophes, hyphens and dots (U.S., 3.5).
 * The same count as the matches of `[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*` (flags g and u), in
 * one pass without the regular expression engine (the importer counts every seed twice), one
 * table lookup per code unit.
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i);
    let type = BMP_CLASS[unit]!;
    if (type === 0) {
      type = classAtSlowly(text, i);
      // A letter above U+FFFF takes two code units.
      if (type === 1 && unit >= 0xd800 && unit <= 0xdbff) i++;
    }
    if (type === 1) {
      if (!inWord) count++;
      inWord = true;
    } else if (inWord && type === 2 && i + 1 < length) {
      // A joiner continues the word only when a letter or digit follows it.
      const next = BMP_CLASS[text.charCodeAt(i + 1)]!;
      inWord = (next === 0 ? classAtSlowly(text, i + 1) : next) === 1;
    } else {
      inWord = false;
    }
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
