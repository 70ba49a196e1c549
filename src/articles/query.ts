import { createHash } from "node:crypto";
import type { Article } from "./types.js";
import { sourceOf } from "./url.js";

/**
 * What the index adapters share to read a person's query the same way on every engine: the words
 * (letters and digits, lower case, stop words left out), whether the last one is a prefix, and
 * the small text helpers behind autocomplete.
 */

/** Words too common to rank anything; left out of full-text queries. */
const STOP_WORDS = new Set(
  (
    "a an and are as at be been but by for from had has have he her his i in is it its of on or " +
    "our she that the their them they this to was we were which who will with you " +
    "about above after again against all also am any because before being below between both " +
    "can could did do does doing don down during each few further here him herself himself how " +
    "if into itself just me more most mr mrs ms my myself no nor not now off once only other ought " +
    "ours out over own same says said so some such than then there these those through too " +
    "under until up us very what when where while whom why would your yours"
  ).split(" "),
);

/** Title words that autocomplete ignores (short function words). */
const TITLE_STOP_WORDS = new Set(
  "a an and are as at be by for from in is it of on or the to with".split(" "),
);

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of a query: lower case, without diacritics, letters and digits only. */
export function queryWords(query: string): string[] {
  const folded = query
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  return folded.match(WORD) ?? [];
}

export interface SearchTerms {
  /** The words to match, in order, each at least two characters, no stop words. */
  words: string[];
  /** True when the last word may match as a prefix (three letters or more, no space after). */
  lastIsPrefix: boolean;
}

/** A full-text query: its words without stop words; the last one a prefix when still being typed. */
export function searchTerms(query: string): SearchTerms {
  const words = queryWords(query).filter((word) => word.length >= 2 && !STOP_WORDS.has(word));
  const last = words.at(-1);
  const lastIsPrefix = last !== undefined && last.length >= 3 && !/\s$/.test(query);
  return { words: [...new Set(words)], lastIsPrefix };
}

/** Autocomplete words: every word is a prefix; short function words are left out. */
export function suggestTerms(query: string): string[] {
  const words = queryWords(query);
  const kept = words.filter((word) => !TITLE_STOP_WORDS.has(word));
  return [...new Set(kept.length > 0 ? kept : words)];
}

/** Typos allowed for an autocomplete word: none under five letters, one up to eight, then two. */
export function allowedTypos(word: string): number {
  if (word.length < 5) return 0;
  return word.length <= 8 ? 1 : 2;
}

/** Levenshtein distance (a swap of two letters counts one), or `max + 1` once it must exceed `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** True when the query looks like a web address (with or without the scheme). */
export function looksLikeUrl(query: string): boolean {
  return /^https?:\/\//i.test(query) || /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\//i.test(query);
}

/** A URL reduced for prefix matching: lower case, no scheme, no `www.`. */
export function urlStem(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "");
}

/** A `source` filter as typed (a host, a URL, any case, with `www.`) as stored. */
export function normalizeSource(source: string): string {
  const trimmed = source.trim().toLowerCase();
  try {
    return sourceOf(/^https?:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`).toLowerCase();
  } catch {
    return trimmed.replace(/^www\./, "");
  }
}

/** Sort order everywhere: newest date first, then most recently added, then id. */
export function compareNewestFirst(
  a: Pick<Article, "date" | "addedAt" | "id">,
  b: Pick<Article, "date" | "addedAt" | "id">,
): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.addedAt !== b.addedAt) return b.addedAt - a.addedAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The smallest string greater than every string starting with `prefix`. */
export function prefixEnd(prefix: string): string {
  return `${prefix}\uffff`;
}

/**
 * A short, stable key for an article id (22 characters of its SHA-256, base64url): the index keeps
 * it in an indexed column, so an id too long or too odd for a Discord custom id can travel as its
 * key and be found again with one lookup (`ArticleIndex.getByIdKey`).
 */
export function idKeyOf(id: string): string {
  return createHash("sha256").update(id).digest("base64url").slice(0, 22);
}
