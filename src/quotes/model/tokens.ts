/**
 * The attribution model's tokenizer: words (letters and digits, joined inside by `’ ' . - &`) and
 * single marks, with offsets, as `/[\p{L}\p{N}]+(?:[’'.\-&][\p{L}\p{N}]+)*|\S/gu` finds them. Plain
 * ASCII words and the common marks are scanned by character code; anything else (accented letters,
 * other scripts, rare white space) is left to that regular expression, so the tokens are the same.
 */

/** Read through the prototype, not `text.charCodeAt`: see charCodeAt in src/quotes/chars.ts. */
const { charCodeAt } = String.prototype;

export interface Token {
  start: number;
  end: number;
  lower: string;
  /** The token as written. */
  raw: string;
}

/** The token pattern, anchored where the scanner asks it. */
const TOKEN_AT = /[\p{L}\p{N}]+(?:[’'.\-&][\p{L}\p{N}]+)*|\S/uy;

const RIGHT_QUOTE = 0x2019;

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Common marks outside ASCII that are neither letters, digits nor white space: a token each. */
function isLoneMark(c: number): boolean {
  return (
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === RIGHT_QUOTE ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 0x2026 ||
    c === 0xab ||
    c === 0xbb
  );
}

/**
 * The end of the ASCII word starting at `i`, or -1 when a character outside ASCII might continue it
 * (the regular expression decides then).
 */
function asciiWordEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  for (;;) {
    while (j < n && isAsciiAlnum(charCodeAt.call(text, j))) j++;
    if (j >= n) return j;
    const d = charCodeAt.call(text, j);
    const joiner = d === 39 || d === 46 || d === 45 || d === 38 || d === RIGHT_QUOTE;
    if (!joiner) return d < 128 || isLoneMark(d) ? j : -1;
    if (j + 1 >= n) return j;
    const e = charCodeAt.call(text, j + 1);
    if (isAsciiAlnum(e)) j += 2;
    else return e < 128 || isLoneMark(e) ? j : -1;
  }
}

/** Calls `push(start, end)` for each token of `text`, in order. */
export function scanTokens(text: string, push: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = charCodeAt.call(text, i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    if (c < 128 && !isAsciiAlnum(c)) {
      push(i, i + 1);
      i++;
      continue;
    }
    if (c >= 128 && isLoneMark(c)) {
      push(i, i + 1);
      i++;
      continue;
    }
    const end = c < 128 ? asciiWordEnd(text, i) : -1;
    if (end > 0) {
      push(i, end);
      i = end;
      continue;
    }
    TOKEN_AT.lastIndex = i;
    const m = TOKEN_AT.exec(text);
    if (!m) {
      i++; // white space outside ASCII
      continue;
    }
    push(i, i + m[0].length);
    i += m[0].length;
  }
}

/** Words and punctuation of `text`, with offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, (start, end) => {
    const raw = text.slice(start, end);
    tokens.push({ start, end, lower: raw.toLowerCase(), raw });
  });
  return tokens;
}

/** Words after which a full stop abbreviates rather than ends a sentence. */
const ABBREVIATIONS = new Set(
  "mr mrs ms dr sen rep gov gen lt col sgt capt st jr sr prof rev inc co corp ltd no vs jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n d.c a.m p.m e.g i.e".split(
    " ",
  ),
);

const LETTER = /^\p{L}$/u;

/** Whether a full stop right after `lower` abbreviates it (`Mr.`, `U.S.`, an initial). */
export function abbreviates(lower: string): boolean {
  return ABBREVIATIONS.has(lower) || LETTER.test(lower);
}

/** Whether token `i` ends its sentence: `!`, `?`, or a full stop not after an abbreviation or initial. */
export function endsSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!.lower;
  if (t === "!" || t === "?") return true;
  if (t !== ".") return false;
  const before = tokens[i - 1];
  if (!before || before.end !== tokens[i]!.start) return true;
  return !abbreviates(before.lower);
}
