/**
 * The layout the quote phases share: where each paragraph starts in the text, its quotation-mark
 * spans, its sentences (never cut inside a quotation) and the chains of quoted segments that run on
 * across paragraphs. Also the Candidate the phases pass along before speakers are resolved.
 */

import { firstIndexWhere } from "../bisect.js";
import { isSpaceCode } from "./chars.js";
import type { Subject } from "./cue-subjects.js";
import type { Cue } from "./cues.js";
import { findMarkSpans, type MarkSpan, openingStyle } from "./marks.js";
import type { QuoteKind, QuoteSource } from "./types.js";

/** Read through the prototype, not `text.charCodeAt`: see charCodeAt in src/quotes/chars.ts. */
const { charCodeAt } = String.prototype;

/** A quote found in the text, before its speaker is resolved. */
export interface Candidate {
  kind: QuoteKind;
  start: number;
  end: number;
  paragraph: number;
  sentence: number;
  cue: Cue | null;
  /** Absolute offset of the speaker phrase (for recency), or of the quote. */
  speakerAt: number;
  /** Take the speaker of the candidate at this index (continuation, speaker in an earlier sentence). */
  inheritFrom: number | null;
  /** A cue whose statement is too short to report (`X commented on it`): it only makes X the
   * latest speaker, for the pronouns after it. */
  hidden?: boolean;
  /** An interview's answer with no label: the paragraph introducing the interview. */
  interview?: number;
}

export interface Sentence {
  start: number;
  end: number;
}

export interface Layout {
  article: QuoteSource;
  text: string;
  /** Offset of each paragraph in `text`, or -1 when it cannot be found. */
  offsets: number[];
  spansByParagraph: MarkSpan[][];
  sentencesByParagraph: Sentence[][];
  /** Verb subjects found so far, shared by the phases (see SubjectMemo in cue-subjects.ts). */
  subjects: Map<number, Subject | null>;
}

export function buildLayout(article: QuoteSource): Layout {
  const spansByParagraph = article.paragraphs.map((p) => findMarkSpans(p));
  return {
    article,
    text: article.text,
    offsets: locateParagraphs(article),
    spansByParagraph,
    sentencesByParagraph: article.paragraphs.map((p, i) => splitParagraph(p, spansByParagraph[i]!)),
    subjects: new Map(),
  };
}

/**
 * Index of the sentence of paragraph `p` holding paragraph offset `local`: the first sentence
 * ending after it (the last sentence when none does), found by halving, not by a walk from the
 * paragraph's first sentence for every quote.
 */
export function sentenceIndexAt(layout: Layout, p: number, local: number): number {
  const sentences = layout.sentencesByParagraph[p]!;
  const s = sentenceEndingAfter(sentences, local);
  return s >= 0 ? s : Math.max(0, sentences.length - 1);
}

/** The index of the first of `sentences` (in order) ending after `local`, or -1 when none does. */
export function sentenceEndingAfter(sentences: readonly Sentence[], local: number): number {
  const s = firstIndexWhere(sentences.length, (k) => local < sentences[k]!.end);
  return s < sentences.length ? s : -1;
}

/** Offsets of each paragraph in `article.text` (paragraphs joined by a blank line). */
function locateParagraphs(article: QuoteSource): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const paragraph of article.paragraphs) {
    // The same test as startsWith, which compares character by character (several times slower).
    if (article.text.slice(at, at + paragraph.length) === paragraph) {
      offsets.push(at);
      at += paragraph.length + 2;
      continue;
    }
    const found = article.text.indexOf(paragraph, at);
    offsets.push(found);
    if (found >= 0) at = found + paragraph.length;
  }
  return offsets;
}

const ABBREVIATION =
  /(?:^|[\s(“"‘])(?:(?:[A-Z]\.)+[A-Z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Cmdr|Maj|St|Jr|Sr|Prof|Rev|Inc|Co|Corp|Ltd|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ft|Mt|Ave|Blvd|Rd|Gov|Pres|Sec|Supt|Det|Insp|a\.m|p\.m|U\.S|U\.K|U\.N|D\.C|e\.g|i\.e|etc|approx|est|[A-Z])\.$/;
/** Abbreviations that often end a sentence too: `8 p.m.`, `in the U.S.`, `Acme Inc.`. */
const FINAL_ABBREVIATION = /(?:^|[\s(])(?:a\.m|p\.m|U\.S|U\.K|D\.C|etc|Inc|Corp|Ltd|Jr|Sr)\.$/;
/** A pronoun or an article opening the next sentence. */
const STARTER_NEXT = /^\s*(?:He|She|They|It|We|I|The|His|Her|Their|Its|This|That|There)\s/;
/** A time of day's abbreviation, then a quotation's opening mark: `since 4 a.m. “We …`. */
const TIME_THEN_QUOTATION = /[ap]\.m\.\s+[“‘"]\p{Lu}/u;
/** A capital letter after `on`, `to` or `via` is a platform's name, no initial (`wrote on X.`). */
const PLATFORM_LETTER = /(?:^|\s)(?:on|to|via)\s[A-Z]\.$/;
/** A sentence end, anchored where it is tried (see nextBoundary). */
const BOUNDARY =
  /[.!?…]+[”’"»)\]']*(?=\s+(?:[“"‘«(\p{Lu}\d]|''|'\p{Lu}))|[a-z]{2}[.!?](?=\p{Lu}\p{Ll})/uy;

/** Where a sentence end can start: sentence punctuation (found by the engine's fast scan). */
const TERMINAL = /[.!?…]/g;

/**
 * The next BOUNDARY match at or after `from`, as its global search finds it, tried only where one
 * can start: at `.` `!` `?` `…`, or two letters before `.` `!` `?` (`[a-z]{2}[.!?]`). The global
 * search runs the whole pattern at every position of the paragraph.
 */
function nextBoundary(text: string, from: number): RegExpExecArray | null {
  let tried = from - 1;
  TERMINAL.lastIndex = from;
  while (TERMINAL.test(text)) {
    const q = TERMINAL.lastIndex - 1;
    for (let p = Math.max(tried + 1, q - 2); p <= q; p++) {
      BOUNDARY.lastIndex = p;
      const m = BOUNDARY.exec(text);
      if (m) return m;
    }
    tried = q;
  }
  return null;
}

/** Sentence spans of a paragraph; never cuts inside a quotation. */
export function splitParagraph(text: string, spans: readonly MarkSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let spanIndex = 0;
  for (let m = nextBoundary(text, 0); m; m = nextBoundary(text, m.index + m[0].length)) {
    const end = m.index + m[0].length;
    while (spanIndex < spans.length && spans[spanIndex]!.end < end) spanIndex++;
    const span = spans[spanIndex];
    if (span && span.open < m.index && end < span.end) continue;
    if (
      m[0].startsWith(".") &&
      ABBREVIATION.test(text.slice(Math.max(start, m.index - 6), m.index + 1)) &&
      !PLATFORM_LETTER.test(text.slice(Math.max(start, m.index - 5), m.index + 1)) &&
      // `a curfew from 8 p.m. She said …`: an abbreviation that may end a sentence, before a
      // pronoun or an article opening one, ends it; so does a time's before a quotation.
      !(
        FINAL_ABBREVIATION.test(text.slice(Math.max(start, m.index - 6), m.index + 1)) &&
        STARTER_NEXT.test(text.slice(end, end + 8))
      ) &&
      !TIME_THEN_QUOTATION.test(text.slice(Math.max(start, m.index - 3), end + 3))
    ) {
      continue;
    }
    sentences.push({ start, end });
    start = end;
    while (start < text.length && isSpaceCode(charCodeAt.call(text, start))) start++;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}

/** Quoted segments that belong together: one quotation running on across paragraphs or marks. */
export interface Chain {
  segments: MarkSpan[];
  /** Paragraph of each segment. */
  paragraphs: number[];
}

/**
 * `… Clinton’s idea is “really an amorphous position to have.` (no closing mark): a quoted fragment
 * inside a sentence, after a word that is no verb of speech, closes with its paragraph; a quote
 * opening a paragraph or after `said`, a comma or a colon may run on into the next.
 */
const FRAGMENT_BEFORE =
  /(?<!\b(?:said|says|say|told|tells|added|adds|wrote|writes|asked|asks|continued|explained|declared|stated|insisted|replied))\s+$/;
function opensFragment(paragraph: string, open: number): boolean {
  const before = paragraph.slice(Math.max(0, open - 24), open);
  return /\p{Ll}\s+$/u.test(before) && FRAGMENT_BEFORE.test(before);
}

export function buildChains(
  paragraphs: readonly string[],
  spansByParagraph: readonly MarkSpan[][],
): Chain[] {
  const chains: Chain[] = [];
  let open: Chain | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const spans = spansByParagraph[p]!;
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i]!;
      const continuesOpen =
        open !== null &&
        i === 0 &&
        span.open === (/^\s*/.exec(paragraphs[p]!)?.[0].length ?? 0) &&
        openingStyle(paragraphs[p]!) === open.segments[0]!.style;
      const continuesInParagraph =
        open !== null && open.paragraphs[open.paragraphs.length - 1] === p && i > 0;
      if (open && (continuesOpen || continuesInParagraph)) {
        open.segments.push(span);
        open.paragraphs.push(p);
      } else {
        open = { segments: [span], paragraphs: [p] };
        chains.push(open);
      }
      const lastInParagraph = i === spans.length - 1;
      const runsOn =
        span.continued ||
        (!span.closed && lastInParagraph && !opensFragment(paragraphs[p]!, span.open));
      if (!runsOn) open = null;
    }
    if (spans.length === 0) open = null;
  }
  return chains;
}

const WORD_START = /[\p{L}\p{N}]/u;

/**
 * Words (letters or digits, joined by apostrophes and hyphens), counted without a regex per word.
 * With `atMost`, counting stops there: `countWords(text, 3) < 3` reads only as far as the third word.
 */
export function countWords(text: string, atMost = Number.POSITIVE_INFINITY): number {
  if (atMost <= 0) return 0;
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = charCodeAt.call(text, i);
    const ascii = code < 128;
    const wordChar = ascii
      ? (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
      : WORD_START.test(text[i]!);
    if (wordChar) {
      if (!inWord && ++count >= atMost) return count;
      inWord = true;
    } else if (!(inWord && (code === 39 || code === 45 || code === 0x2019))) {
      inWord = false;
    }
  }
  return count;
}

/** White space, a comma, a semicolon, a colon or a dash (`[\s,;:—–-]`). */
function isTrimmedEnd(c: number): boolean {
  return (
    c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013 || c === 45 || isSpaceCode(c)
  );
}

/** Trims white space, trailing commas and dashes (the punctuation of the attribution) from a range. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(charCodeAt.call(text, s))) s++;
  while (e > s && isTrimmedEnd(charCodeAt.call(text, e - 1))) e--;
  return [s, e];
}

/** Share of `[from, to)` inside quotation marks. */
export function quotedShare(spans: readonly MarkSpan[], from: number, to: number): number {
  let covered = 0;
  // Spans are in order and apart: start at the first ending after `from`, stop past `to`.
  const first = firstIndexWhere(spans.length, (k) => spans[k]!.contentEnd > from);
  for (let k = first; k < spans.length && spans[k]!.contentStart < to; k++) {
    const span = spans[k]!;
    const a = Math.max(from, span.contentStart);
    const b = Math.min(to, span.contentEnd);
    if (b > a) covered += b - a;
  }
  return to > from ? covered / (to - from) : 1;
}

/**
 * True when paragraph offset `at` lies inside the quoted words of a span (spans in order and
 * apart: the first ending after `at`, found by bisection, holds it or none does).
 */
export function insideSpan(spans: readonly MarkSpan[], at: number): boolean {
  const k = firstIndexWhere(spans.length, (i) => spans[i]!.contentEnd > at);
  return k < spans.length && spans[k]!.contentStart <= at;
}
