/**
 * Finds quotation-mark spans in one paragraph: straight double quotes (and `''`), curly double quotes,
 * single quotes used as quotation marks (‘…’ and '…', the Daily Mail style) and guillemets.
 * Apostrophes (`it’s`, `players’ efforts`, `’90s`, `rock 'n' roll`) are not quote marks. A quote
 * that is not closed ends at the end of its paragraph; a new opening mark after a sentence end inside
 * an open quote starts a continuation (the way several quoted paragraphs run on when a scrape joins
 * them).
 */

import { isSpaceCode } from "./chars.js";

/** Read through the prototype, not `text.charCodeAt`: see charCodeAt in src/quotes/chars.ts. */
const { charCodeAt } = String.prototype;

export type MarkStyle = "straight" | "curly" | "single" | "guillemet";

export interface MarkSpan {
  style: MarkStyle;
  /** Index of the opening mark. */
  open: number;
  /** First character of the quoted words. */
  contentStart: number;
  /** End of the quoted words (exclusive). */
  contentEnd: number;
  /** End of the closing mark (exclusive); equals contentEnd when not closed. */
  end: number;
  closed: boolean;
  /** True when this span was cut because a continuation opened (the next span continues it). */
  continued: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** White space, an opening bracket, a dash, a slash, a colon, a semicolon, a comma or an opening mark. */
function isOpeningContext(text: string, index: number): boolean {
  if (index === 0) return true;
  const c = charCodeAt.call(text, index - 1);
  if (isSpaceCode(c)) return true;
  switch (c) {
    case 40: // (
    case 91: // [
    case 123: // {
    case 0x2014: // —
    case 0x2013: // –
    case 45: // -
    case 47: // /
    case 58: // :
    case 59: // ;
    case 44: // ,
    case 0x201c: // “
    case 0x2018: // ‘
    case 34: // "
    case 0xab: // «
      return true;
    default:
      return false;
  }
}

/** A letter or a digit (`[\p{L}\p{N}]`); false past the end of the text. */
function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = charCodeAt.call(ch, 0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(ch);
}

/** White space at `i` (`/\s/.test(text[i])`); false past the end of the text. */
function isSpaceAt(text: string, i: number): boolean {
  return isSpaceCode(charCodeAt.call(text, i));
}

/** Code units that can open or close a quotation: “ ” „ « » " ' ‘ ’. */
const MARK = /["'«»‘’“”„]/g;

/**
 * Index of the next code unit at or after `from` that can open or close a quotation, or the
 * text's length: nothing else can open, close or continue a quote, and the engine's own scan finds
 * the next mark faster than a test per character.
 */
function nextMark(text: string, from: number): number {
  MARK.lastIndex = from;
  return MARK.test(text) ? MARK.lastIndex - 1 : text.length;
}

/** Words a straight mark elides the start of (`'Tis`, `'Cause`), not quotations. */
const ELIDED = /^(?:tis|twas|cause|cos|til|till|em|bout|round|n|s)\b/i;

/** Length of the opening mark at `i` (0 when none) and its style. */
function openingAt(text: string, i: number): { style: MarkStyle; length: number } | null {
  const ch = text[i]!;
  const next = text[i + 1];
  switch (ch) {
    case "“":
    case "„":
      // `“ … if the primary were held`: a space before an opening ellipsis.
      if (next === " " && /^(?:…|\.\.\.)/.test(text.slice(i + 2, i + 5))) {
        return { style: "curly", length: 1 };
      }
      return next !== undefined && !isSpaceAt(text, i + 1) ? { style: "curly", length: 1 } : null;
    case "«":
      return { style: "guillemet", length: next === " " || next === "\u00a0" ? 2 : 1 };
    case '"':
      if (!isOpeningContext(text, i) || next === undefined || isSpaceAt(text, i + 1)) return null;
      // `"“You don’t win …,” Rubio said`: a doubled opening mark; the curly one opens.
      if (next === "“") return null;
      return { style: "straight", length: 1 };
    case "'":
      if (!isOpeningContext(text, i) || next === undefined) return null;
      if (next === "'") {
        return text[i + 2] === undefined || isSpaceAt(text, i + 2)
          ? null
          : { style: "straight", length: 2 };
      }
      // `He said: 'I've got …'`: a straight single mark as the Daily Mail prints quotations, not an
      // elision (`'em`, `rock 'n' roll`, `'90s`). Before a lower-case word it opens only a quote
      // that it closes (`was 'in good shape'`; see findMarkSpans).
      return isWordChar(next) && !/\d/.test(next) && !ELIDED.test(text.slice(i + 1, i + 8))
        ? { style: "single", length: 1 }
        : null;
    case "‘":
      if (!isOpeningContext(text, i) || next === undefined) return null;
      // `in ‘08`, `the ‘90s`: an elided year, not a quotation; nor `‘bout`, `‘em`.
      if (/^\d\d(?:s|\b)/.test(text.slice(i + 1, i + 4))) return null;
      if (ELIDED.test(text.slice(i + 1, i + 8))) return null;
      return isWordChar(next) || /[“"….(\-—$£€]/u.test(next)
        ? { style: "single", length: 1 }
        : null;
    default:
      return null;
  }
}

/** Length of the closing mark at `i` for a quote of `style` opened with `openLength`, 0 when none. */
function closingAt(
  text: string,
  i: number,
  style: MarkStyle,
  openLength: number,
  contentStart = i,
): number {
  const ch = text[i]!;
  switch (style) {
    case "curly":
      if (ch === "”") return 1;
      // `“It was an attempt to mislead voters,’’ Will Moy …`: two right single marks, as some wire
      // copy closes a quotation, after a word or punctuation and not before a word.
      if (
        ch === "’" &&
        text[i + 1] === "’" &&
        !isSpaceAt(text, i - 1) &&
        !isWordChar(text[i + 2])
      ) {
        return 2;
      }
      // A scrape that writes “ for both marks: “ right after a word and not before one closes.
      return ch === "“" && i > 0 && !isSpaceAt(text, i - 1) && !isWordChar(text[i + 1]) ? 1 : 0;
    case "guillemet":
      return ch === "»" ? 1 : 0;
    case "straight":
      if (openLength === 2) return ch === "'" && text[i + 1] === "'" ? 2 : 0;
      return ch === '"' ? 1 : 0;
    case "single": {
      if (ch !== "’" && ch !== "'") return 0;
      const next = text[i + 1];
      if (isWordChar(next)) return 0; // it’s, don’t
      const prev = text[i - 1];
      if (prev === undefined || isSpaceAt(text, i - 1)) return 0; // ’90s, ’em
      // players’ efforts: a plural possessive, followed by a lower-case word; unless nothing else
      // closes the quote before the next one opens (`'minorities' and 'radical extremism'`).
      if (isPluralPossessive(text, i)) {
        return closesNothingElse(text, i, isQuotedSentence(text, contentStart, i)) ? 1 : 0;
      }
      return 1;
    }
  }
}

/** Quoted words from a capital with four spaces or more: a sentence, not a fragment (`'Likes'`). */
function isQuotedSentence(text: string, from: number, to: number): boolean {
  if (!/\p{Lu}/u.test(text[from] ?? "")) return false;
  let spaces = 0;
  for (let k = from; k < to && spaces < 4; k++) if (isSpaceCode(charCodeAt.call(text, k))) spaces++;
  return spaces >= 4;
}

/** `s’ ` or `s' ` before a lower-case word: `players’ efforts` (or a quote's last word). */
function isPluralPossessive(text: string, i: number): boolean {
  const prev = text[i - 1];
  return (prev === "s" || prev === "S") && text[i + 1] === " " && /[a-z]/.test(text[i + 2] ?? "");
}

/**
 * Whether no other single mark closes a quote after `i` before the next one opens: then the plural
 * possessive at `i` is the quote's closing mark (`'booth babes' designed to`). For a quoted
 * sentence (`sentence`: isQuotedSentence), a quote opening after a sentence end continues
 * it (`'… we enjoy each others' company. 'I realised …`; findMarkSpans cuts it there).
 */
function closesNothingElse(text: string, i: number, sentence: boolean): boolean {
  const j = decisiveMarkAfter(text, i);
  if (j >= text.length) return true;
  if (openingAt(text, j)?.style === "single") return !sentence || !followsSentenceEnd(text, j);
  return false;
}

/** The last search of decisiveMarkAfter: its text, where it started and what it found. */
let decisive = { text: "", from: -1, at: -1 };

/**
 * The first single mark after `i` that opens a quote or closes one other than as a plural
 * possessive (the text's length when none). Every possessive up to it has the same answer, so a
 * quote holding many of them is searched once, not once per possessive.
 */
function decisiveMarkAfter(text: string, i: number): number {
  if (text === decisive.text && decisive.from < i && i < decisive.at) return decisive.at;
  let j = nextMark(text, i + 1);
  for (; j < text.length; j = nextMark(text, j + 1)) {
    const ch = text[j];
    if (ch !== "'" && ch !== "’" && ch !== "‘") continue;
    if (openingAt(text, j)?.style === "single") break;
    if (ch !== "‘" && !isPluralPossessive(text, j) && closingAt(text, j, "single", 1) > 0) break;
  }
  decisive = { text, from: i, at: j };
  return j;
}

/** A straight mark after a word or punctuation and not before a word: it closes a quote. */
function isStraightClose(text: string, i: number): boolean {
  return text[i] === '"' && i > 0 && !isSpaceAt(text, i - 1) && !isWordChar(text[i + 1]);
}

/** A curly closing mark after a word or punctuation and not before a word (`"…,” he said`). */
function isCurlyClose(text: string, i: number): boolean {
  return text[i] === "”" && i > 0 && !isSpaceAt(text, i - 1) && !isWordChar(text[i + 1]);
}

const CUE_AFTER =
  /^\s+(?:[\p{L}’'.-]+\s+){0,4}?(?:said|says|added|adds|told|tells|wrote|writes|continued|asked|noted|explained|argued|insisted|replied|responded|stated|declared)\b/u;

/** `"…,” he continued. "…"`: a curly mark after a comma, `?` or `!` and before a reporting verb. */
function cueFollows(text: string, i: number): boolean {
  return /[,?!]/.test(text[i - 1] ?? "") && CUE_AFTER.test(text.slice(i + 1, i + 80));
}

/** Sentence end before `i` (skipping spaces): `. ‘Next` starts a continuation of an open quote. */
function followsSentenceEnd(text: string, i: number): boolean {
  let j = i - 1;
  if (j < 0 || !isSpaceAt(text, j)) return false;
  while (j >= 0 && isSpaceAt(text, j)) j--;
  return j >= 0 && /[.!?…:]/.test(text[j]!);
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isSpaceAt(text, end - 1)) end--;
  return end;
}

/** All quote spans of one paragraph, in order. */
export function findMarkSpans(text: string): MarkSpan[] {
  const spans: MarkSpan[] = [];
  let i = 0;
  const n = text.length;
  // Once nothing closes a straight mark before a lower-case word, nothing closes a later one either
  // (the same marks lie ahead): those are apostrophes without another search to the end.
  let unclosedLower = false;
  // Whether a curly or a straight closing mark lies ahead, read from the last of each: searching
  // ahead from every opening mark was quadratic in a paragraph of marks that nothing closes.
  const lastCurlyClose = text.lastIndexOf("”");
  const lastStraight = text.lastIndexOf('"');
  while (i < n) {
    i = nextMark(text, i);
    if (i >= n) break;
    const opening = openingAt(text, i);
    if (!opening) {
      i++;
      continue;
    }
    const { style, length } = opening;
    const contentStart = i + length;
    const lowerStraight = text[i] === "'" && !/\p{Lu}/u.test(text[contentStart]!);
    if (lowerStraight && unclosedLower) {
      i++;
      continue;
    }
    let j = contentStart;
    let closed = false;
    let continued = false;
    let end = n;
    let contentEnd = n;
    // `“…,"`: a curly quote closed with a straight mark, when no curly mark closes it or a cue
    // follows the straight one (`“…," said X. "…”`).
    const straightCloses = style === "curly" && lastCurlyClose < contentStart;
    // `"…,” he said`: the reverse, a straight quote closed with a curly mark.
    const mixed = style === "straight" && length === 1;
    const curlyCloses = mixed && lastStraight < contentStart;
    // Curly quotes opened inside it (`"… about “Equal Justice” anymore."`): their marks are theirs.
    let inner = 0;
    while (j < n) {
      j = nextMark(text, j);
      if (j >= n) break;
      if (mixed && text[j] === "“" && openingAt(text, j) !== null) inner++;
      else if (mixed && inner > 0 && text[j] === "”") {
        inner--;
        j++;
        continue;
      }
      const close =
        (style === "curly" &&
          isStraightClose(text, j) &&
          (straightCloses || cueFollows(text, j))) ||
        (mixed && isCurlyClose(text, j) && (curlyCloses || cueFollows(text, j)))
          ? 1
          : closingAt(text, j, style, length, contentStart);
      if (close > 0 && j > contentStart) {
        contentEnd = j;
        end = j + close;
        closed = true;
        break;
      }
      const again = openingAt(text, j);
      if (again && again.style === style && followsSentenceEnd(text, j)) {
        contentEnd = trimEnd(text, contentStart, j);
        end = contentEnd;
        continued = true;
        break;
      }
      j++;
    }
    if (!closed && !continued && lowerStraight) {
      // A straight mark before a lower-case word that nothing closes is an apostrophe.
      unclosedLower = true;
      i++;
      continue;
    }
    if (!closed && !continued) contentEnd = end = trimEnd(text, contentStart, n);
    if (contentEnd > contentStart) {
      spans.push({ style, open: i, contentStart, contentEnd, end, closed, continued });
    }
    i = continued ? j : Math.max(end, i + 1);
  }
  return spans;
}

/** The style of an opening mark at the very start of `text` (after white space), if any. */
export function openingStyle(text: string): MarkStyle | null {
  const m = /^\s*/.exec(text);
  const at = m ? m[0].length : 0;
  if (at >= text.length) return null;
  return openingAt(text, at)?.style ?? null;
}
