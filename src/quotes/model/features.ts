/**
 * Tokens and hashed features for the attribution model (docs/adr/0018-attribution-model.md). A
 * paragraph becomes tokens (words and single punctuation marks, with offsets); each token gets a fixed
 * number of feature ids hashed into `2^bits` buckets: its word and neighbours, shape, suffix,
 * quotation-mark state, position in its sentence and paragraph, distance to the nearest cue word
 * (src/quotes/verbs.ts) on each side and which word it is, and a word-list approximation of its part
 * of speech. Pure and allocation-light: the hashes are integers, never concatenated strings.
 */

import { findMarkSpans, type MarkSpan } from "../marks.js";
import { isCueWord } from "../verbs.js";
import { POS_CLASSES, posClassOf } from "./word-classes.js";

export interface Token {
  start: number;
  end: number;
  lower: string;
  /** The token as written. */
  raw: string;
}

export interface TokenizedParagraph {
  tokens: Token[];
  /** FEATURES_PER_TOKEN feature ids per token, token after token. */
  features: Int32Array;
  /** Index of each token's sentence (by `endsSentence`). */
  sentences: Int32Array;
}

const TOKEN = /[\p{L}\p{N}]+(?:[’'.\-&][\p{L}\p{N}]+)*|\S/gu;
/** Words after which a full stop abbreviates rather than ends a sentence. */
const ABBREVIATIONS = new Set(
  "mr mrs ms dr sen rep gov gen lt col sgt capt st jr sr prof rev inc co corp ltd no vs jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n d.c a.m p.m e.g i.e".split(
    " ",
  ),
);

const LETTER = /^\p{L}$/u;

/** Whether token `i` ends its sentence: `!`, `?`, or a full stop not after an abbreviation or initial. */
export function endsSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!.lower;
  if (t === "!" || t === "?") return true;
  if (t !== ".") return false;
  const before = tokens[i - 1];
  if (!before || before.end !== tokens[i]!.start) return true;
  return !(ABBREVIATIONS.has(before.lower) || LETTER.test(before.lower));
}

/** FNV-1a over a string's UTF-16 code units, from `from` on. */
function hashString(text: string, from = 0): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(0, from); i < text.length; i++) {
    h ^= text.charCodeAt(i);
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
    const c = word.charCodeAt(i);
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

/** Per-token attributes the features combine. */
interface Attributes {
  word: Int32Array;
  shape: Int32Array;
  suffix: Int32Array;
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

function attributesOf(
  tokens: readonly Token[],
  spans: readonly MarkSpan[],
  ends: Uint8Array,
  sentences: Int32Array,
): Attributes {
  const n = tokens.length;
  const a: Attributes = {
    word: new Int32Array(n),
    shape: new Int32Array(n),
    suffix: new Int32Array(n),
    pos: new Int8Array(n),
    quote: new Int8Array(n),
    cueLeft: new Int8Array(n),
    cueRight: new Int8Array(n),
    cueLeftWord: new Int32Array(n),
    cueRightWord: new Int32Array(n),
    position: new Int8Array(n),
    toEnd: new Int8Array(n),
    sentence: new Int8Array(n),
  };
  const cue = new Uint8Array(n);
  const sentenceStart = new Int32Array(n);
  let sentence = 0;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    a.word[i] = hashString(t.lower);
    a.shape[i] = shapeOf(t.raw);
    a.suffix[i] = hashString(t.lower, t.lower.length - 3);
    const isCue = isCueWord(t.lower);
    a.pos[i] = posClassOf(t.lower, t.raw, i === start, isCue);
    cue[i] = isCue ? 1 : 0;
    sentenceStart[i] = start;
    sentences[i] = sentence;
    a.position[i] = bucket(i - start);
    a.sentence[i] = Math.min(sentence, 3);
    ends[i] = endsSentence(tokens, i) ? 1 : 0;
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
    a.cueLeftWord[i] = last < 0 ? 0 : a.word[last]!;
    if (cue[i] && a.quote[i] === 0) last = i;
  }
  let next = -1;
  for (let i = n - 1; i >= 0; i--) {
    a.cueRight[i] = next < 0 ? NO_CUE : bucket(next - i);
    a.cueRightWord[i] = next < 0 ? 0 : a.word[next]!;
    if (cue[i] && a.quote[i] === 0) next = i;
    if (i > 0 && sentenceStart[i] === i) next = -1;
  }
  for (let i = n - 1, end = n; i >= 0; i--) {
    if (ends[i]) end = i;
    a.toEnd[i] = bucket(end - i);
  }
  return a;
}

/** Words and punctuation of `text`, with offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    tokens.push({ start: m.index, end: m.index + raw.length, lower: raw.toLowerCase(), raw });
  }
  return tokens;
}

/**
 * Tokens of one paragraph and their feature ids in `2^bits` buckets. `spans`: the paragraph's
 * quotation-mark spans when the caller has them already.
 */
export function featurize(
  text: string,
  bits: number,
  spans: readonly MarkSpan[] = findMarkSpans(text),
): TokenizedParagraph {
  const tokens = tokenize(text);
  const n = tokens.length;
  const sentences = new Int32Array(n);
  const a = attributesOf(tokens, spans, new Uint8Array(n), sentences);
  const features = new Int32Array(n * FEATURES_PER_TOKEN);
  const mask = (1 << bits) - 1;
  const word = (i: number) => (i < 0 ? 1 : i >= n ? 2 : a.word[i]!);
  const pos = (i: number) => (i < 0 ? POS_CLASSES : i >= n ? POS_CLASSES + 1 : a.pos[i]!);
  const values = new Int32Array(FEATURES_PER_TOKEN);
  for (let i = 0; i < n; i++) {
    const left = a.cueLeft[i]!;
    const right = a.cueRight[i]!;
    let k = 0;
    values[k++] = 0;
    values[k++] = word(i);
    values[k++] = word(i - 1);
    values[k++] = word(i + 1);
    values[k++] = word(i - 2);
    values[k++] = word(i + 2);
    values[k++] = a.shape[i]!;
    values[k++] = a.suffix[i]!;
    values[k++] = left;
    values[k++] = right;
    values[k++] = a.position[i]!;
    values[k++] = a.sentence[i]! * 8 + a.position[i]!;
    values[k++] = pos(i);
    values[k++] = pos(i - 1) * 32 + pos(i);
    values[k++] = pos(i) * 32 + pos(i + 1);
    values[k++] = mix(word(i - 1), word(i));
    values[k++] = a.toEnd[i]!;
    values[k++] = mix(word(i - 1), left);
    values[k++] = mix(a.cueLeftWord[i]!, left);
    values[k++] = mix(a.cueRightWord[i]!, right);
    values[k++] = mix(word(i), a.quote[i]!);
    const at = i * FEATURES_PER_TOKEN;
    for (let f = 0; f < FEATURES_PER_TOKEN; f++) features[at + f] = mix(f + 1, values[f]!) & mask;
  }
  return { tokens, features, sentences };
}
