/**
 * Tokens and hashed features for the attribution model (docs/adr/0018-attribution-model.md). A
 * paragraph becomes tokens (words and single punctuation marks, with offsets: src/quotes/model/tokens.ts);
 * each token gets a fixed number of feature ids hashed into `2^bits` buckets: its word and neighbours,
 * shape, suffix, quotation-mark state, position in its sentence and paragraph, distance to the nearest
 * cue word (src/quotes/verbs.ts) on each side and which word it is, and a word-list approximation of
 * its part of speech. Pure and allocation-light: the hashes are integers, never concatenated strings.
 * What depends on the word alone (its hashes, shape, class, and its templates' ids) is computed once
 * per distinct word and kept (`wordInfo`); the ids of the small-valued templates are a table.
 */

import { findMarkSpans, type MarkSpan } from "../marks.js";
import { isCueWord } from "../verbs.js";
import { endsSentence, scanTokens, type Token } from "./tokens.js";
import { POS_CLASSES, posClassOf } from "./word-classes.js";

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

/** What a token's features need of its word alone; the same for every occurrence. */
interface WordInfo {
  lower: string;
  /** Hash of `lower` (int32). */
  word: number;
  shape: number;
  suffix: number;
  cue: boolean;
  /** Part-of-speech class inside a sentence and at its start. */
  pos: number;
  posFirst: number;
  /**
   * Ids (in `2^idsBits` buckets) of the templates that read the word alone: the word at offsets 0,
   * -1, +1, -2, +2, its shape, its suffix, and the word with each quotation state.
   */
  ids: Int32Array;
  idsBits: number;
}

/** Template of the word with quotation state 0 (1, 2 follow). */
const WORD_QUOTE = 7;
const WORD_IDS = WORD_QUOTE + 3;

/** Infos by the word as written, shared across paragraphs (words repeat); never mutated. */
const infos = new Map<string, WordInfo>();
const MAX_INFOS = 1 << 15;

function wordInfo(raw: string, bits: number): WordInfo {
  let info = infos.get(raw);
  if (info === undefined) {
    if (infos.size >= MAX_INFOS) infos.clear();
    const lower = raw.toLowerCase();
    const cue = isCueWord(lower);
    info = {
      lower,
      word: hashString(lower) | 0,
      shape: shapeOf(raw) | 0,
      suffix: hashString(lower, lower.length - 3) | 0,
      cue,
      pos: posClassOf(lower, raw, false, cue),
      posFirst: posClassOf(lower, raw, true, cue),
      ids: new Int32Array(WORD_IDS),
      idsBits: -1,
    };
    infos.set(raw, info);
  }
  if (info.idsBits !== bits) {
    const mask = (1 << bits) - 1;
    const { ids, word } = info;
    for (let f = 1; f <= 5; f++) ids[f - 1] = mix(f + 1, word) & mask;
    ids[5] = mix(7, info.shape) & mask;
    ids[6] = mix(8, info.suffix) & mask;
    for (let q = 0; q < 3; q++) ids[WORD_QUOTE + q] = mix(21, mix(word, q)) & mask;
    info.idsBits = bits;
  }
  return info;
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
  info: WordInfo[];
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
let scratch: Attributes & { sentenceStart: Int32Array; ends: Uint8Array } = attributeArrays(0, []);

function attributeArrays(n: number, info: WordInfo[]) {
  return {
    info,
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

/** Each token's attributes (in arrays that may be longer than `tokens`: read the first n). */
function attributesOf(
  tokens: readonly Token[],
  info: WordInfo[],
  spans: readonly MarkSpan[],
  sentences: Int32Array,
): Attributes {
  const n = tokens.length;
  if (scratch.pos.length < n) scratch = attributeArrays(n * 2, info);
  const a = scratch;
  a.info = info;
  a.quote.fill(0, 0, n);
  const { sentenceStart, ends } = a;
  let sentence = 0;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const w = info[i]!;
    a.pos[i] = i === start ? w.posFirst : w.pos;
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
    a.cueLeftWord[i] = last < 0 ? 0 : info[last]!.word;
    if (info[i]!.cue && a.quote[i] === 0) last = i;
  }
  let next = -1;
  for (let i = n - 1; i >= 0; i--) {
    a.cueRight[i] = next < 0 ? NO_CUE : bucket(next - i);
    a.cueRightWord[i] = next < 0 ? 0 : info[next]!.word;
    if (info[i]!.cue && a.quote[i] === 0) next = i;
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
 * quotation-mark spans when the caller has them already.
 */
export function featurize(
  text: string,
  bits: number,
  spans: readonly MarkSpan[] = findMarkSpans(text),
): TokenizedParagraph {
  const tokens: Token[] = [];
  const info: WordInfo[] = [];
  scanTokens(text, (start, end) => {
    const raw = text.slice(start, end);
    const w = wordInfo(raw, bits);
    info.push(w);
    tokens.push({ start, end, lower: w.lower, raw });
  });
  const n = tokens.length;
  const sentences = new Int32Array(n);
  const a = attributesOf(tokens, info, spans, sentences);
  const features = new Int32Array(n * FEATURES_PER_TOKEN);
  const mask = (1 << bits) - 1;
  const S = smallTable(bits);
  const before = POS_CLASSES;
  const after = POS_CLASSES + 1;
  for (let i = 0, at = 0; i < n; i++, at += FEATURES_PER_TOKEN) {
    const w = info[i]!;
    const ids = w.ids;
    const left = a.cueLeft[i]!;
    const right = a.cueRight[i]!;
    const pos = a.pos[i]!;
    // Outside the paragraph the word is 1 before it and 2 after it.
    const previousWord = i > 0 ? info[i - 1]!.word : 1;
    features[at] = S[0]!;
    features[at + 1] = ids[0]!;
    features[at + 2] = i > 0 ? info[i - 1]!.ids[1]! : S[2 * SMALL + 1]!;
    features[at + 3] = i + 1 < n ? info[i + 1]!.ids[2]! : S[3 * SMALL + 2]!;
    features[at + 4] = i > 1 ? info[i - 2]!.ids[3]! : S[4 * SMALL + 1]!;
    features[at + 5] = i + 2 < n ? info[i + 2]!.ids[4]! : S[5 * SMALL + 2]!;
    features[at + 6] = ids[5]!;
    features[at + 7] = ids[6]!;
    features[at + 8] = S[8 * SMALL + left]!;
    features[at + 9] = S[9 * SMALL + right]!;
    features[at + 10] = S[10 * SMALL + a.position[i]!]!;
    features[at + 11] = S[11 * SMALL + a.sentence[i]! * 8 + a.position[i]!]!;
    features[at + 12] = S[12 * SMALL + pos]!;
    features[at + 13] = S[13 * SMALL + (i > 0 ? a.pos[i - 1]! : before) * 32 + pos]!;
    features[at + 14] = S[14 * SMALL + pos * 32 + (i + 1 < n ? a.pos[i + 1]! : after)]!;
    features[at + 15] = mix(16, mix(previousWord, w.word)) & mask;
    features[at + 16] = S[16 * SMALL + a.toEnd[i]!]!;
    features[at + 17] = mix(18, mix(previousWord, left)) & mask;
    features[at + 18] = mix(19, mix(a.cueLeftWord[i]!, left)) & mask;
    features[at + 19] = mix(20, mix(a.cueRightWord[i]!, right)) & mask;
    features[at + 20] = ids[WORD_QUOTE + a.quote[i]!]!;
  }
  return { tokens, features, sentences };
}
