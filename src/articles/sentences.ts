/** A sentence and where it sits: `text === input.slice(start, end)`, trimmed of white space. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** Titles and other abbreviations that never end a sentence before a capitalised word. */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "messrs",
  "mme",
  "dr",
  "prof",
  "sr",
  "jr",
  "st",
  "mt",
  "ft",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "cpl",
  "pvt",
  "gov",
  "sen",
  "rep",
  "rev",
  "hon",
  "pres",
  "supt",
  "insp",
  "det",
  "cmdr",
  "cdr",
  "adm",
  "maj",
  "brig",
  "fr",
  "atty",
  "amb",
  "vs",
  "approx",
  "dept",
  "univ",
  "ave",
  "blvd",
]);

/** Abbreviations that do not end a sentence before a number: `Sept. 11`, `No. 10`, `Vol. 3`. */
const NUMBER_ABBREVIATIONS = new Set([
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "no",
  "nos",
  "vol",
  "pp",
  "art",
  "fig",
  "ch",
  "para",
]);

/** Latin abbreviations written with dots that never end a sentence. */
const NEVER_FINAL = new Set(["e.g", "i.e", "cf", "viz"]);

/**
 * Words that start a new sentence after a dotted abbreviation (`… in the U.S. The talks …`);
 * before any other capitalised word a dotted abbreviation is taken as mid-sentence (`U.S. State`).
 */
const SENTENCE_STARTERS = new Set([
  "A",
  "After",
  "An",
  "And",
  "As",
  "At",
  "But",
  "He",
  "Her",
  "His",
  "How",
  "However",
  "I",
  "If",
  "In",
  "It",
  "Its",
  "Meanwhile",
  "My",
  "Our",
  "She",
  "So",
  "That",
  "The",
  "Their",
  "There",
  "These",
  "They",
  "This",
  "Those",
  "We",
  "What",
  "When",
  "While",
  "Who",
  "Why",
  "You",
]);

const DOTTED_ABBREVIATION = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

// Character classes with an ASCII fast path (most news text is ASCII).
function isUpper(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : UPPER.test(char);
}

function isLower(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : LOWER.test(char);
}

function isLetter(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 128 ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : LETTER.test(char);
}

function isDigit(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 128 ? code >= 48 && code <= 57 : DIGIT.test(char);
}
/** Closing marks that belong to the sentence they follow: `."`, `.”`, `.)`. */
const CLOSERS = "\"'”’»)]";
/** What may open a sentence besides a capital or a digit. */
const OPENERS = '"“‘«([';
/** A line starting with one of these (or a lower-case letter) continues the line before it. */
const CONTINUATION_PUNCTUATION = ",;:.!?)]}%…";
/** A quote closed only by the next opening mark of its kind is trusted up to this length. */
const MAX_IMPLICIT_QUOTE = 2000;

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 13 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** True when a line starting at `index` continues the sentence of the line before it. */
export function isContinuationStart(text: string, index: number): boolean {
  const char = text[index];
  if (char === undefined) return false;
  return CONTINUATION_PUNCTUATION.includes(char) || isLower(char);
}

/**
 * Splits text into sentences with exact offsets. Knows abbreviations (`U.S.`, `e.g.`, `Mr.`,
 * `Sept. 11`, `No. 10`), initials (`J. K. Rowling`), decimals and times (`3.5`, `10.30`),
 * domain names, and quotations (no split inside an open quotation; `."` ends after the mark).
 * Splits glued sentences (`on Tuesday.North Korea`). A blank line always ends a sentence; a single
 * line break does too unless the next line starts with punctuation or a lower-case letter.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const quotes = findQuoteRegions(text);
  let quoteIndex = 0;
  let start = 0;
  const candidates = /[.!?…]+|\n/g;
  for (let match = candidates.exec(text); match !== null; match = candidates.exec(text)) {
    const i = match.index;
    if (match[0] === "\n") {
      let k = i + 1;
      while (k < text.length && isSpace(text.charCodeAt(k))) k++;
      if (text.charCodeAt(k) !== 10 && isContinuationStart(text, k)) continue;
      pushSpan(text, spans, start, i);
      start = i + 1;
      continue;
    }
    const run = match[0];
    let end = i + run.length;
    while (end < text.length && CLOSERS.includes(text[end]!)) end++;
    if (end >= text.length) break;
    let next = end;
    while (next < text.length && isSpace(text.charCodeAt(next))) next++;
    if (next >= text.length) break; // only white space left: the last sentence ends here
    if (text.charCodeAt(next) === 10) {
      // The line break decides (next loop iteration).
      continue;
    }
    if (!endsSentence(text, i, run, end, next)) continue;
    // Inside a quotation when one covers the gap between `end` and `next`.
    while (quoteIndex < quotes.length && quotes[quoteIndex]![1] <= next) quoteIndex++;
    const region = quotes[quoteIndex];
    if (region !== undefined && region[0] < end) continue;
    pushSpan(text, spans, start, end);
    start = next;
    candidates.lastIndex = Math.max(candidates.lastIndex, end);
  }
  pushSpan(text, spans, start, text.length);
  return spans;
}

/** Adds text[from, to) trimmed of white space and line breaks, unless nothing is left. */
function pushSpan(text: string, spans: Span[], from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && (isSpace(text.charCodeAt(s)) || text.charCodeAt(s) === 10)) s++;
  while (e > s && (isSpace(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 10)) e--;
  if (s < e) spans.push({ text: text.slice(s, e), start: s, end: e });
}

function endsSentence(text: string, i: number, run: string, end: number, next: number): boolean {
  const nextChar = text[next]!;
  const glued = next === end;
  const isEllipsis =
    run.includes("…") || (run.length > 1 && !run.includes("!") && !run.includes("?"));
  if (glued) {
    // `on Tuesday.North Korea`: a lower-case letter or digit, a period, a capitalised word.
    if (isEllipsis) return false;
    const before = text[i - 1];
    const after = text[next + 1];
    if (before === undefined || after === undefined) return false;
    if (!(isLower(before) || isDigit(before))) return false;
    if (!isUpper(nextChar) || !isLower(after)) return false;
  } else if (!(isUpper(nextChar) || isDigit(nextChar) || OPENERS.includes(nextChar))) {
    return false;
  }
  if (run !== ".") return true;
  return !isAbbreviationBefore(text, i, next);
}

/** True when the period at `i` belongs to an abbreviation or initial rather than ending a sentence. */
function isAbbreviationBefore(text: string, i: number, next: number): boolean {
  let from = i;
  while (from > 0) {
    const char = text[from - 1]!;
    if (char === "." || isLetter(char)) from--;
    else break;
  }
  const word = text.slice(from, i);
  if (word === "") return false;
  const nextChar = text[next]!;
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return true;
  if (DOTTED_ABBREVIATION.test(word)) {
    // U.S., U.K., a.m.: mid-sentence unless a typical sentence opener follows.
    const nextWord = /^[\p{L}]+/u.exec(text.slice(next, next + 20))?.[0] ?? "";
    return !SENTENCE_STARTERS.has(nextWord);
  }
  const last = word.slice(word.lastIndexOf(".") + 1);
  if (last.length === 1 && isUpper(last)) return true; // an initial: J. K. Rowling
  const lastLower = last.toLowerCase();
  if (ABBREVIATIONS.has(lastLower)) return true;
  if (NUMBER_ABBREVIATIONS.has(lastLower) && (isDigit(nextChar) || nextChar === "#")) return true;
  return false;
}

/**
 * Spans of text inside quotation marks, as sorted, disjoint [start, end) pairs. Double marks
 * (`"`, `“ ”`, `„`, `« »`) and single curly marks (`‘ ’`) are tracked separately; an apostrophe
 * (`it’s`) is not a mark. A quotation re-opened before it closes (a quote running over several
 * paragraphs, glued into one line) ends before the new mark. Quotations never cross a line break;
 * one left open at a line end is ignored.
 */
function findQuoteRegions(text: string): [number, number][] {
  const regions: [number, number][] = [];
  let openDouble = -1;
  let openSingle = -1;
  const closeImplicitly = (open: number, at: number): void => {
    let end = at;
    while (end > open && isSpace(text.charCodeAt(end - 1))) end--;
    if (end - open <= MAX_IMPLICIT_QUOTE) regions.push([open, end]);
  };
  const marks = /["“”„«»‘’\n]/g;
  for (let match = marks.exec(text); match !== null; match = marks.exec(text)) {
    const i = match.index;
    const mark = match[0];
    const before = text[i - 1];
    const after = text[i + 1];
    switch (mark) {
      case "\n":
        openDouble = -1;
        openSingle = -1;
        break;
      case "“":
      case "„":
      case "«":
        if (openDouble !== -1) closeImplicitly(openDouble, i);
        openDouble = i;
        break;
      case "”":
      case "»":
        if (openDouble !== -1) regions.push([openDouble, i + 1]);
        openDouble = -1;
        break;
      case '"':
        if (openDouble !== -1 && before !== undefined && !isSpace(before.charCodeAt(0))) {
          regions.push([openDouble, i + 1]);
          openDouble = -1;
        } else {
          if (openDouble !== -1) closeImplicitly(openDouble, i);
          openDouble = i;
        }
        break;
      case "‘":
        if ((after !== undefined && isDigit(after)) || (before !== undefined && isLetter(before))) {
          break; // ‘90s, rock‘n’roll: an apostrophe
        }
        if (openSingle !== -1) closeImplicitly(openSingle, i);
        openSingle = i;
        break;
      case "’":
        if (before !== undefined && after !== undefined && isLetter(before) && isLetter(after)) {
          break; // it’s: an apostrophe
        }
        if (openSingle !== -1) {
          regions.push([openSingle, i + 1]);
          openSingle = -1;
        }
        break;
    }
  }
  if (regions.length < 2) return regions;
  regions.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [regions[0]!];
  for (let k = 1; k < regions.length; k++) {
    const region = regions[k]!;
    const last = merged[merged.length - 1]!;
    if (region[0] < last[1]) last[1] = Math.max(last[1], region[1]);
    else merged.push(region);
  }
  return merged;
}
