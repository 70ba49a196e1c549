/**
 * Tokens and hashed features for the attribution model (docs/adr/0018-attribution-model.md). A
 * paragraph becomes tokens (words and single punctuation marks, with offsets: src/quotes/model/tokens.ts);
 * each token gets a fixed number of feature ids hashed into `2^bits` buckets: its word and neighbours,
 * shape, suffix, quotation-mark state, position in its sentence and paragraph, distance to the nearest
 * cue word on each side and which word it is, and a word-list approximation of its part of speech.
 * Cue words are the rules' lexicon (src/quotes/verbs.ts) and, when the model brings one, the words
 * PolNeAR train marks as cues often enough (`learnCueWords`: stance and attitude verbs, nouns). Pure and allocation-light: the hashes are integers, never concatenated strings.
 * What depends on the word alone (its hashes, shape, class, and its templates' ids) is computed once
 * per distinct word and kept in a flat table (`addWord`); the ids of the small-valued templates are a table.
 */

import { findMarkSpans, type MarkSpan } from "../marks.js";
import { isCueWord } from "../verbs.js";
import { abbreviates, scanTokens, type Token } from "./tokens.js";
import { POS_CLASSES, posClassOf } from "./word-classes.js";

/** Read through the prototype, not `text.charCodeAt`: see charCodeAt in src/quotes/chars.ts. */
const { charCodeAt } = String.prototype;

export { endsSentence, type Token, tokenize } from "./tokens.js";

export interface TokenizedParagraph {
  tokens: Token[];
  /** FEATURES_PER_TOKEN feature ids per token, token after token. */
  features: Int32Array;
  /** Index of each token's sentence (by `endsSentence`). */
  sentences: Int32Array;
}

/** FNV-1a over a string's UTF-16 code units, from `from` on. */
function hashString(text: string, from = 0): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(0, from); i < text.length; i++) {
    h ^= charCodeAt.call(text, i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** `Xx`, `x`, `X`, `d`, `Xx.`: letter case and digits, runs collapsed. */
function shapeOf(word: string): number {
  let shape = 0;
  let last = -1;
  for (let i = 0; i < word.length && i < 12; i++) {
    const c = charCodeAt.call(word, i);
    const kind =
      c >= 65 && c <= 90
        ? 1
        : c >= 97 && c <= 122
          ? 2
          : c >= 48 && c <= 57
            ? 3
            : c > 127 && word[i]!.toLowerCase() !== word[i]
              ? 1
              : c > 127
                ? 2
                : 4 + (c % 7);
    if (kind !== last) shape = shape * 13 + kind;
    last = kind;
  }
  return shape;
}

const bucket = (d: number) => (d <= 0 ? 0 : d <= 2 ? d : d <= 4 ? 3 : d <= 8 ? 4 : d <= 16 ? 5 : 6);
const NO_CUE = 7;

/**
 * Templates per token. 30 until cross-validation on train showed nine of them redundant (the
 * quote state alone and its conjunctions with the cue distances, the cue-distance pair, the
 * part-of-speech trigrams, the next word with the right cue distance): 21 decode 30% faster.
 */
export const FEATURES_PER_TOKEN = 21;

/**
 * What a token's features need of its word alone, the same for every occurrence: kept per distinct
 * word as written, in one flat table of WORD_STRIDE ints a word (one cache line), by word number.
 */
const WORD_HASH = 0;
const WORD_CUE = 1;
/** Part-of-speech class inside a sentence and at its start. */
const WORD_POS = 2;
const WORD_POS_FIRST = 3;
/** 1 for `!` and `?`, 2 for a full stop, else 0. */
const WORD_END = 4;
/** 1 when a full stop after the word abbreviates (`Mr`, an initial). */
const WORD_ABBREVIATES = 5;
/**
 * From here, ids (in `2^wordBits` buckets) of the templates that read the word alone: the word at
 * offsets 0, -1, +1, -2, +2, its shape, its suffix, and the word with each quotation state.
 */
const WORD_IDS = 6;
const WORD_QUOTE = WORD_IDS + 7;
const WORD_STRIDE = 16;

const MAX_WORDS = 1 << 15;
const wordNumbers = new Map<string, number>();
const lowerOf: string[] = [];
let words = new Int32Array(MAX_WORDS * WORD_STRIDE);
let wordBits = -1;
/** The learned cue words the word table was built with. */
let cueWordsInUse: ReadonlySet<string> | null = null;

/**
 * A small direct-mapped cache in front of `wordNumbers`, by a hash of the characters: the frequent
 * words are found without cutting a string or probing the large map (which is cold by the time the
 * next paragraph comes, after the rules' work).
 */
const RECENT = 1 << 12;
const recentRaw: string[] = new Array<string>(RECENT).fill("");
const recentWord = new Int32Array(RECENT);

/**
 * Forgets every word (the table is full, or ids for another hash space or another list of learned
 * cue words are asked for).
 */
function resetWords(bits: number, room: number, cueWords: ReadonlySet<string> | null): void {
  wordNumbers.clear();
  lowerOf.length = 0;
  recentRaw.fill("");
  wordBits = bits;
  cueWordsInUse = cueWords;
  if (words.length < room * WORD_STRIDE) words = new Int32Array(room * WORD_STRIDE);
}

function addWord(raw: string): number {
  const w = lowerOf.length;
  const lower = raw.toLowerCase();
  const cue = isCueWord(lower);
  const hash = hashString(lower) | 0;
  const mask = (1 << wordBits) - 1;
  const at = w * WORD_STRIDE;
  words[at + WORD_HASH] = hash;
  const listed = cue || (cueWordsInUse?.has(lower) ?? false);
  words[at + WORD_CUE] = listed ? 1 : 0;
  words[at + WORD_POS] = posClassOf(lower, raw, false, listed);
  words[at + WORD_POS_FIRST] = posClassOf(lower, raw, true, listed);
  words[at + WORD_END] = lower === "!" || lower === "?" ? 1 : lower === "." ? 2 : 0;
  words[at + WORD_ABBREVIATES] = abbreviates(lower) ? 1 : 0;
  for (let f = 1; f <= 5; f++) words[at + WORD_IDS + f - 1] = mix(f + 1, hash) & mask;
  words[at + WORD_IDS + 5] = mix(7, shapeOf(raw) | 0) & mask;
  words[at + WORD_IDS + 6] = mix(8, hashString(lower, lower.length - 3) | 0) & mask;
  for (let q = 0; q < 3; q++) words[at + WORD_QUOTE + q] = mix(21, mix(hash, q)) & mask;
  lowerOf.push(lower);
  wordNumbers.set(raw, w);
  return w;
}

/** Values of the small-valued templates stay below this; their ids are a table. */
const SMALL = 1024;
if ((POS_CLASSES + 1) * 32 + POS_CLASSES + 1 >= SMALL) throw new Error("part-of-speech pairs");
let smallIds = new Int32Array(0);
let smallBits = -1;

/** `mix(f + 1, v) & mask` for every template `f` and value `v < SMALL`, at index `f * SMALL + v`. */
function smallTable(bits: number): Int32Array {
  if (smallBits !== bits) {
    const mask = (1 << bits) - 1;
    smallIds = new Int32Array(FEATURES_PER_TOKEN * SMALL);
    for (let f = 0; f < FEATURES_PER_TOKEN; f++) {
      for (let v = 0; v < SMALL; v++) smallIds[f * SMALL + v] = mix(f + 1, v) & mask;
    }
    smallBits = bits;
  }
  return smallIds;
}

/** Per-token attributes the features combine. */
interface Attributes {
  /** Each token's row in `words` (its word number × WORD_STRIDE). */
  row: Int32Array;
  pos: Int8Array;
  quote: Int8Array;
  cueLeft: Int8Array;
  cueRight: Int8Array;
  /** Word hash of the nearest cue word on each side (0 when none). */
  cueLeftWord: Int32Array;
  cueRightWord: Int32Array;
  position: Int8Array;
  toEnd: Int8Array;
  sentence: Int8Array;
}

/** Attribute arrays reused from paragraph to paragraph (featurizing is synchronous). */
let scratch = attributeArrays(0);

function attributeArrays(n: number) {
  return {
    row: new Int32Array(n),
    pos: new Int8Array(n),
    quote: new Int8Array(n),
    cueLeft: new Int8Array(n),
    cueRight: new Int8Array(n),
    cueLeftWord: new Int32Array(n),
    cueRightWord: new Int32Array(n),
    position: new Int8Array(n),
    toEnd: new Int8Array(n),
    sentence: new Int8Array(n),
    sentenceStart: new Int32Array(n),
    ends: new Uint8Array(n),
  };
}

/** Room for the attributes of `n` tokens (arrays that may be longer: read the first n). */
function attributeRoom(n: number): Attributes & { sentenceStart: Int32Array; ends: Uint8Array } {
  if (scratch.pos.length < n) scratch = attributeArrays(n * 2);
  return scratch;
}

/** Each token's attributes; `a.row` is filled already. */
function attributesOf(
  tokens: readonly Token[],
  a: Attributes & { sentenceStart: Int32Array; ends: Uint8Array },
  spans: readonly MarkSpan[],
  sentences: Int32Array,
): Attributes {
  const n = tokens.length;
  const { row, sentenceStart, ends } = a;
  a.quote.fill(0, 0, n);
  let sentence = 0;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const r = row[i]!;
    a.pos[i] = words[r + (i === start ? WORD_POS_FIRST : WORD_POS)]!;
    sentenceStart[i] = start;
    sentences[i] = sentence;
    a.position[i] = bucket(i - start);
    a.sentence[i] = Math.min(sentence, 3);
    // As `endsSentence`: `!`, `?`, or a full stop not right after an abbreviation or an initial.
    const end = words[r + WORD_END]!;
    ends[i] =
      end === 1 ||
      (end === 2 &&
        (i === 0 ||
          tokens[i - 1]!.end !== tokens[i]!.start ||
          words[row[i - 1]! + WORD_ABBREVIATES] === 0))
        ? 1
        : 0;
    if (ends[i]) {
      sentence++;
      start = i + 1;
    }
  }
  // Quotation marks: inside the quoted words (1), the mark itself (2), outside (0).
  let span = 0;
  for (let i = 0; i < n; i++) {
    const at = tokens[i]!.start;
    while (span < spans.length && spans[span]!.end <= at) span++;
    const s = spans[span];
    if (!s || at < s.open) continue;
    a.quote[i] = at >= s.contentStart && at < s.contentEnd ? 1 : 2;
  }
  // Distance to the nearest cue word on each side, within the sentence and outside quotes.
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (sentenceStart[i] === i) last = -1;
    a.cueLeft[i] = last < 0 ? NO_CUE : bucket(i - last);
    a.cueLeftWord[i] = last < 0 ? 0 : words[row[last]! + WORD_HASH]!;
    if (words[row[i]! + WORD_CUE] && a.quote[i] === 0) last = i;
  }
  let next = -1;
  for (let i = n - 1; i >= 0; i--) {
    a.cueRight[i] = next < 0 ? NO_CUE : bucket(next - i);
    a.cueRightWord[i] = next < 0 ? 0 : words[row[next]! + WORD_HASH]!;
    if (words[row[i]! + WORD_CUE] && a.quote[i] === 0) next = i;
    if (i > 0 && sentenceStart[i] === i) next = -1;
  }
  for (let i = n - 1, end = n; i >= 0; i--) {
    if (ends[i]) end = i;
    a.toEnd[i] = bucket(end - i);
  }
  return a;
}

/**
 * Tokens of one paragraph and their feature ids in `2^bits` buckets. `spans`: the paragraph's
 * quotation-mark spans when the caller has them already; `cueWords`: learned cue words (lower
 * case) counted as cue words beside the rules' lexicon.
 */
export function featurize(
  text: string,
  bits: number,
  spans: readonly MarkSpan[] = findMarkSpans(text),
  cueWords: ReadonlySet<string> | null = null,
): TokenizedParagraph {
  const tokens: Token[] = [];
  // A paragraph adds at most one word per character: never forget words in the middle of one.
  if (bits !== wordBits || cueWords !== cueWordsInUse || lowerOf.length + text.length > MAX_WORDS) {
    resetWords(bits, Math.max(MAX_WORDS, text.length), cueWords);
  }
  const room = attributeRoom(text.length);
  const row = room.row;
  scanTokens(text, (start, end) => {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ charCodeAt.call(text, i), 0x01000193);
    const slot = (h ^ (h >>> 16)) & (RECENT - 1);
    const recent = recentRaw[slot]!;
    let raw: string;
    let w: number;
    if (recent.length === end - start && text.startsWith(recent, start)) {
      raw = recent;
      w = recentWord[slot]!;
    } else {
      raw = text.slice(start, end);
      w = wordNumbers.get(raw) ?? addWord(raw);
      recentRaw[slot] = raw;
      recentWord[slot] = w;
    }
    row[tokens.length] = w * WORD_STRIDE;
    tokens.push({ start, end, lower: lowerOf[w]!, raw });
  });
  const n = tokens.length;
  const sentences = new Int32Array(n);
  const a = attributesOf(tokens, room, spans, sentences);
  const features = new Int32Array(n * FEATURES_PER_TOKEN);
  const mask = (1 << bits) - 1;
  const S = smallTable(bits);
  const before = POS_CLASSES;
  const after = POS_CLASSES + 1;
  const W = words;
  for (let i = 0, at = 0; i < n; i++, at += FEATURES_PER_TOKEN) {
    const r = row[i]!;
    const left = a.cueLeft[i]!;
    const right = a.cueRight[i]!;
    const pos = a.pos[i]!;
    const word = W[r + WORD_HASH]!;
    // Outside the paragraph the word is 1 before it and 2 after it.
    const previousWord = i > 0 ? W[row[i - 1]! + WORD_HASH]! : 1;
    features[at] = S[0]!;
    features[at + 1] = W[r + WORD_IDS]!;
    features[at + 2] = i > 0 ? W[row[i - 1]! + WORD_IDS + 1]! : S[2 * SMALL + 1]!;
    features[at + 3] = i + 1 < n ? W[row[i + 1]! + WORD_IDS + 2]! : S[3 * SMALL + 2]!;
    features[at + 4] = i > 1 ? W[row[i - 2]! + WORD_IDS + 3]! : S[4 * SMALL + 1]!;
    features[at + 5] = i + 2 < n ? W[row[i + 2]! + WORD_IDS + 4]! : S[5 * SMALL + 2]!;
    features[at + 6] = W[r + WORD_IDS + 5]!;
    features[at + 7] = W[r + WORD_IDS + 6]!;
    features[at + 8] = S[8 * SMALL + left]!;
    features[at + 9] = S[9 * SMALL + right]!;
    features[at + 10] = S[10 * SMALL + a.position[i]!]!;
    features[at + 11] = S[11 * SMALL + a.sentence[i]! * 8 + a.position[i]!]!;
    features[at + 12] = S[12 * SMALL + pos]!;
    features[at + 13] = S[13 * SMALL + (i > 0 ? a.pos[i - 1]! : before) * 32 + pos]!;
    features[at + 14] = S[14 * SMALL + pos * 32 + (i + 1 < n ? a.pos[i + 1]! : after)]!;
    features[at + 15] = mix(16, mix(previousWord, word)) & mask;
    features[at + 16] = S[16 * SMALL + a.toEnd[i]!]!;
    features[at + 17] = mix(18, mix(previousWord, left)) & mask;
    features[at + 18] = mix(19, mix(a.cueLeftWord[i]!, left)) & mask;
    features[at + 19] = mix(20, mix(a.cueRightWord[i]!, right)) & mask;
    features[at + 20] = W[r + WORD_QUOTE + a.quote[i]!]!;
  }
  return { tokens, features, sentences };
}
