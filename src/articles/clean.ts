import { firstIndexWhere } from "../bisect.js";
import { buildArticle, countWords } from "./article.js";
import { isContinuationStart, splitSentences } from "./sentences.js";
import { deriveTitle } from "./title.js";
import type { Article, ArticleOrigin, RawArticle } from "./types.js";

/** Token-set Jaccard similarity at or above which two sentences are the same sentence. */
const NEAR_DUPLICATE_SIMILARITY = 0.9;
/** Sentences with fewer distinct words are only ever compared exactly (after normalization). */
const NEAR_DUPLICATE_MIN_TOKENS = 8;
/** Near duplicates differ in word count and key length by less than this ratio. */
const LENGTH_RATIO = 0.8;
/**
 * An article of at most this many sentences compares each with every other for near duplicates
 * (cheap checks first) rather than building prefix indexes, which cost more than they save there.
 */
const SMALL_ARTICLE = 128;

const SPACE_LIKE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const LINE_SEPARATORS = /[\u2028\u2029\u0085]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Anything but printable ASCII and line feeds (what NFC or UNUSUAL could be about). */
const NOT_PLAIN = /[^\n\u0020-\u007E]/;
/** Anything SPACE_LIKE, LINE_SEPARATORS or INVISIBLE would change, or a carriage return. */
const UNUSUAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\t\v\f\r\u000E-\u001F\u007F\u0085\u00A0\u00AD\u1680\u2000-\u200D\u2028-\u202F\u205F\u2060\u3000\uFEFF]/;

interface Sentence {
  text: string;
  /** Lower-case words joined by one space: case, punctuation, quote style and spacing removed. */
  key: string;
  /**
   * The first few distinct words in a fixed global order (prefix filtering for near duplicates);
   * empty for sentences too short to compare other than exactly. Worked out when first needed
   * (`prefixOf`): an article of few sentences compares them all instead.
   */
  prefix?: string[];
  /** Number of words, repeats included. */
  count: number;
  /**
   * One bit per word (64 bits as two numbers): words differing show as differing bits. Worked
   * out when first needed (`signatureOf`).
   */
  signature?: [number, number];
  /** The distinct words, made when the sentence is first compared. */
  words?: Set<string>;
  paragraph: number;
}

/**
 * Normalizes white space and Unicode: NFC, CRLF and Unicode line separators to `\n`, non-breaking
 * and other Unicode spaces and tabs to a plain space, invisible and control characters removed,
 * runs of spaces collapsed, lines trimmed.
 */
export function normalizeWhiteSpace(body: string): string {
  let text = body;
  // Printable ASCII and line feeds only (most text): no NFC and nothing UNUSUAL, in one scan.
  if (NOT_PLAIN.test(text)) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, to skip NFC for it
    if (/[^\u0000-\u007F]/.test(text)) text = text.normalize("NFC");
    if (UNUSUAL.test(text)) {
      if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
      text = text.replace(SPACE_LIKE, " ").replace(INVISIBLE, "").replace(LINE_SEPARATORS, "\n");
    }
  }
  if (text.includes("  ")) text = text.replace(/ {2,}/g, " ");
  if (text.includes(" \n") || text.includes("\n ")) text = text.replace(/ ?\n ?/g, "\n");
  return text.trim();
}

/**
 * Splits normalized text into paragraphs: each line is a paragraph, except that a line starting
 * with punctuation or a lower-case word continues the line before it (a sentence broken across
 * lines). A blank line always separates paragraphs.
 */
function joinBrokenLines(text: string): string[] {
  const paragraphs: string[] = [];
  let current: string | null = null;
  for (const line of text.split("\n")) {
    if (line === "") {
      if (current !== null) paragraphs.push(current);
      current = null;
      continue;
    }
    if (current !== null && isContinuationStart(line, 0)) {
      current += LETTER_START.test(line) ? ` ${line}` : line;
      continue;
    }
    if (current !== null) paragraphs.push(current);
    current = line;
  }
  if (current !== null) paragraphs.push(current);
  return paragraphs;
}

const LETTER_START = /^[\p{L}\p{N}]/u;

/** Letters and digits, lower-case: a cheap stand-in for `[\p{Ll}\p{N}]` that works for any script. */
const WORD_CHARS =
  "a-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\u2DFF\u3040-\uFDFF\uFE70-\uFEFF\uFF10-\uFFEF";
/** A run of non-word characters holding more than one plain space (`, `, `.`, ` “`). */
const PUNCTUATION_RUN = new RegExp(` ?[^ ${WORD_CHARS}][^${WORD_CHARS}]*`, "g");

/** The normalized form two sentences are compared by: lower-case words joined by one space. */
export function sentenceKey(text: string): string {
  let key = text.toLowerCase().replace(PUNCTUATION_RUN, " ");
  if (key.includes("  ")) key = key.replace(/ {2,}/g, " ");
  return key.trim();
}

function makeSentence(text: string, paragraph: number): Sentence {
  // `sentenceKey`, with its check for runs of spaces done while the words are counted (trimming
  // first and collapsing after gives the same key: the runs at the ends go either way).
  let key = text.toLowerCase().replace(PUNCTUATION_RUN, " ").trim();
  let count = key === "" ? 0 : 1;
  for (let at = key.indexOf(" "); at !== -1; at = key.indexOf(" ", at + 1)) {
    if (key.charCodeAt(at + 1) === 32) {
      key = key.replace(/ {2,}/g, " ");
      count = 1;
      for (let one = key.indexOf(" "); one !== -1; one = key.indexOf(" ", one + 1)) count++;
      break;
    }
    count++;
  }
  if (count < NEAR_DUPLICATE_MIN_TOKENS) return { text, key, prefix: [], count, paragraph };
  return { text, key, count, paragraph };
}

/**
 * One bit per word of the key in 64 bits (two numbers), worked out when the sentence is first
 * compared beyond its length: most pairs are told apart by their lengths alone.
 */
function signatureOf(sentence: Sentence): [number, number] {
  if (sentence.signature !== undefined) return sentence.signature;
  const { key } = sentence;
  let low = 0;
  let high = 0;
  let hash = 0;
  for (let i = 0; i <= key.length; i++) {
    const code = i < key.length ? key.charCodeAt(i) : 32;
    if (code !== 32) {
      hash = (Math.imul(hash, 31) + code) | 0;
      continue;
    }
    if (i === 0) continue;
    const bit = ((hash ^ (hash >>> 15)) >>> 0) % 64;
    if (bit < 32) low |= 1 << bit;
    else high |= 1 << (bit - 32);
    hash = 0;
  }
  sentence.signature = [low, high];
  return sentence.signature;
}

/** The sentence's prefix (see `Sentence.prefix`). */
function prefixOf(sentence: Sentence): string[] {
  // The word count bounds the distinct count from above, so this prefix is long enough.
  sentence.prefix ??= selectPrefix(sentence.key, prefixLength(sentence.count));
  return sentence.prefix;
}

function popCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * The `size` first distinct words of a key in the global order (longest first, then
 * alphabetical), found in one pass without splitting the key.
 */
function selectPrefix(key: string, size: number): string[] {
  const best: string[] = [];
  let start = 0;
  while (start < key.length) {
    let end = key.indexOf(" ", start);
    if (end === -1) end = key.length;
    const length = end - start;
    const last = best[size - 1];
    if (last === undefined || length >= last.length) {
      const word = key.slice(start, end);
      if ((last === undefined || comesFirst(word, last)) && !best.includes(word)) {
        let at = best.length;
        while (at > 0 && comesFirst(word, best[at - 1]!)) at--;
        best.splice(at, 0, word);
        if (best.length > size) best.pop();
      }
    }
    start = end + 1;
  }
  return best;
}

function comesFirst(a: string, b: string): boolean {
  return a.length > b.length || (a.length === b.length && a < b);
}

/** How many of a set's first words (in that order) any set this similar must share one of. */
function prefixLength(size: number): number {
  return size - Math.ceil(NEAR_DUPLICATE_SIMILARITY * size - 1e-9) + 1;
}

function isNearDuplicate(a: Sentence, b: Sentence): boolean {
  // Cheap checks first: near duplicates have about as many words and characters (these two
  // allow for a few repeated words and a few longer or shorter words; exact sets are checked next).
  if (Math.min(a.count, b.count) < LENGTH_RATIO * Math.max(a.count, b.count)) return false;
  if (Math.min(a.key.length, b.key.length) < LENGTH_RATIO * Math.max(a.key.length, b.key.length)) {
    return false;
  }
  // Each differing signature bit needs a word in one set and not the other; at most a tenth of
  // the union (itself at most count + count) may be such words.
  const signatureA = signatureOf(a);
  const signatureB = signatureOf(b);
  const differing =
    popCount(signatureA[0] ^ signatureB[0]) + popCount(signatureA[1] ^ signatureB[1]);
  if (differing > Math.floor((1 - NEAR_DUPLICATE_SIMILARITY) * (a.count + b.count) + 1e-9)) {
    return false;
  }
  a.words ??= new Set(a.key.split(" "));
  b.words ??= new Set(b.key.split(" "));
  const sizeA = a.words.size;
  const sizeB = b.words.size;
  if (Math.min(sizeA, sizeB) < NEAR_DUPLICATE_MIN_TOKENS) return false;
  // Sets this similar have similar sizes: |A ∩ B| ≤ min, |A ∪ B| ≥ max.
  if (Math.min(sizeA, sizeB) < NEAR_DUPLICATE_SIMILARITY * Math.max(sizeA, sizeB)) return false;
  const [small, large] = sizeA <= sizeB ? [a.words, b.words] : [b.words, a.words];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared / (sizeA + sizeB - shared) >= NEAR_DUPLICATE_SIMILARITY;
}

/**
 * Finds sentences by normalized key and by near-duplicate similarity. Similarity is only checked
 * against sentences sharing one of the first few tokens in a fixed order (prefix filtering), which
 * keeps cleaning linear in practice.
 */
class SentenceIndex {
  private readonly exact = new Map<string, Sentence[]>();
  private readonly byWord = new Map<string, Sentence[]>();

  /**
   * `small`: few sentences will be added (an article of at most SMALL_ARTICLE sentences): near
   * duplicates are looked for among all of them, without prefixes. Same answers: prefix filtering
   * is complete (two sets with a Jaccard similarity of at least t share a word of their prefixes),
   * so it only ever leaves out sentences that `isNearDuplicate` rejects.
   */
  constructor(private readonly small: boolean) {}
  private readonly everyOne: Sentence[] = [];

  add(sentence: Sentence): void {
    const same = this.exact.get(sentence.key);
    if (same) same.push(sentence);
    else this.exact.set(sentence.key, [sentence]);
    if (this.small) {
      this.everyOne.push(sentence);
      return;
    }
    for (const word of prefixOf(sentence)) {
      const list = this.byWord.get(word);
      if (list) list.push(sentence);
      else this.byWord.set(word, [sentence]);
    }
  }

  /** Sentences equal or nearly equal to `sentence` that `accept` approves of. */
  find(sentence: Sentence, accept: (other: Sentence) => boolean): Sentence[] {
    const found = (this.exact.get(sentence.key) ?? []).filter(accept);
    if (sentence.count < NEAR_DUPLICATE_MIN_TOKENS) return found;
    if (this.small) {
      for (const other of this.everyOne) {
        if (other.key === sentence.key || !accept(other)) continue;
        if (isNearDuplicate(sentence, other)) found.push(other);
      }
      return found;
    }
    for (const word of prefixOf(sentence)) {
      for (const other of this.byWord.get(word) ?? []) {
        if (other.key === sentence.key || found.includes(other) || !accept(other)) continue;
        if (isNearDuplicate(sentence, other)) found.push(other);
      }
    }
    return found;
  }

  /** True when an equal or nearly equal sentence is in the index. */
  has(sentence: Sentence): boolean {
    if (this.exact.has(sentence.key)) return true;
    if (sentence.count < NEAR_DUPLICATE_MIN_TOKENS) return false;
    if (this.small) {
      for (const other of this.everyOne) if (isNearDuplicate(sentence, other)) return true;
      return false;
    }
    for (const word of prefixOf(sentence)) {
      const candidates = this.byWord.get(word);
      if (candidates === undefined) continue;
      for (const other of candidates) if (isNearDuplicate(sentence, other)) return true;
    }
    return false;
  }
}

/** The entries of ascending `list` greater than `p`. */
function after(list: readonly number[], p: number): number[] {
  return list.slice(firstIndexWhere(list.length, (k) => list[k]! > p));
}

/**
 * Finds teaser blocks: two or more sentences, every one of which reappears later in the body,
 * spread over later paragraphs (when one later paragraph holds them all, the block is a duplicate
 * paragraph instead and keeps its first occurrence). A block is only examined for near duplicates
 * when at least one of its sentences reappears exactly; the near-duplicate index over all
 * sentences is built only then.
 */
function findTeasers(paragraphs: readonly Sentence[][], small: boolean): Set<number> {
  const teasers = new Set<number>();
  if (paragraphs.length < 2) return teasers;
  const exact = new Map<string, number[]>();
  for (const sentences of paragraphs) {
    for (const sentence of sentences) {
      if (sentence.key === "") continue;
      const list = exact.get(sentence.key);
      if (list === undefined) exact.set(sentence.key, [sentence.paragraph]);
      else if (list[list.length - 1] !== sentence.paragraph) list.push(sentence.paragraph);
    }
  }
  // The last paragraph holding exactly each set of sentences: a later paragraph with the same
  // sentences as this one holds them all (a page repeating one block thousands of times made
  // every block intersect the lists of all the later copies: quadratic).
  const signatureOf = (sentences: readonly Sentence[]) =>
    [...new Set(sentences.filter((s) => s.key !== "").map((s) => s.key))].sort().join("\u0000");
  const lastWithSignature = new Map<string, number>();
  for (let q = 0; q < paragraphs.length; q++) {
    lastWithSignature.set(signatureOf(paragraphs[q]!), q);
  }
  let all: SentenceIndex | null = null;
  for (let p = 0; p < paragraphs.length - 1; p++) {
    const counted = paragraphs[p]!.filter((sentence) => sentence.key !== "");
    if (counted.length < 2) continue;
    if (!counted.some((sentence) => exact.get(sentence.key)!.at(-1)! > p)) continue;
    // A sentence with no later copy, too short for a near one: no teaser (said before any search).
    const alone = (sentence: Sentence) =>
      exact.get(sentence.key)!.at(-1)! <= p && sentence.count < NEAR_DUPLICATE_MIN_TOKENS;
    if (counted.some(alone)) continue;
    if (lastWithSignature.get(signatureOf(counted))! > p) continue;
    /** Later paragraphs holding every sentence seen so far. */
    let holdingAll: number[] | null = null;
    let teaser = true;
    for (const sentence of counted) {
      let holding = after(exact.get(sentence.key)!, p);
      if (holding.length === 0 && sentence.count >= NEAR_DUPLICATE_MIN_TOKENS) {
        if (all === null) {
          all = new SentenceIndex(small);
          for (const each of paragraphs) for (const other of each) all.add(other);
        }
        holding = all
          .find(sentence, (other) => other.paragraph > p)
          .map((other) => other.paragraph);
      }
      if (holding.length === 0) {
        teaser = false;
        break;
      }
      const set = new Set(holding);
      holdingAll = (holdingAll ?? [...set]).filter((q) => set.has(q));
    }
    if (teaser && holdingAll !== null && holdingAll.length === 0) teasers.add(p);
  }
  return teasers;
}

/**
 * Turns a scraped body into the paragraphs a person would read, in the article's own order:
 * normalizes white space and Unicode, rejoins lines broken mid-sentence, splits glued sentences
 * (`Tuesday.North Korea`), drops a teaser block whose sentences all reappear later, and drops
 * exact and near-exact duplicate sentences (keeping the first), then paragraphs left empty.
 * Deterministic and idempotent. A body written as one long line stays one paragraph.
 * `smallArticle` (tests only): up to how many sentences all are compared with each other rather
 * than through prefix indexes — the result is the same either way.
 */
export function cleanBody(body: string, smallArticle = SMALL_ARTICLE): string[] {
  const lines = joinBrokenLines(normalizeWhiteSpace(body));
  const paragraphs: Sentence[][] = lines.map((line, paragraph) =>
    splitSentences(line).map((span) => makeSentence(span.text, paragraph)),
  );

  let sentences = 0;
  for (const paragraph of paragraphs) sentences += paragraph.length;
  const small = sentences <= smallArticle;
  const teasers = findTeasers(paragraphs, small);
  const kept = new SentenceIndex(small);
  const result: string[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    if (teasers.has(p)) continue;
    const texts: string[] = [];
    for (const sentence of paragraphs[p]!) {
      if (sentence.key !== "") {
        if (kept.has(sentence)) continue;
        kept.add(sentence);
      }
      texts.push(sentence.text);
    }
    if (texts.length > 0) result.push(texts.join(" "));
  }
  return result;
}

/**
 * The version of the cleaning rules. Bump it whenever `cleanArticle` gives a different result for the
 * same input: the seed importer then cleans every seed file again.
 */
export const CLEANER_VERSION = 1;

/**
 * Cleans a parsed seed into an Article: paragraphs from cleanBody, the title from the URL slug
 * (capitalized as the body writes it), word counts before and after cleaning.
 */
export function cleanArticle(
  raw: RawArticle,
  meta: { origin: ArticleOrigin; addedAt: number },
): Article {
  const paragraphs = cleanBody(raw.body);
  const text = paragraphs.join("\n\n");
  return buildArticle({
    id: raw.id,
    date: raw.date,
    url: raw.url,
    title: deriveTitle(raw.url, text === "" ? raw.body : text),
    paragraphs,
    rawWordCount: countWords(raw.body),
    origin: meta.origin,
    addedAt: meta.addedAt,
    byline: null,
    siteName: null,
  });
}
