import { splitSentences } from "./sentences.js";

/** Fallback titles are cut at a word boundary near this many characters. */
const MAX_FALLBACK_TITLE = 100;
/** Only this much of the body is read for capitalization evidence. */
const MAX_BODY_SCAN = 200_000;

const EXTENSION = /\.(?:s?html?|php\d?|aspx?|jsp|cms|cfm|amp)$/i;
/** Contraction tails a slug writes as their own word: `Let-s`, `don-t`, `we-ll`. */
const CONTRACTION_TAILS = new Set(["s", "t", "re", "ll", "ve", "d", "m"]);
const SENTENCE_GAP = /[.!?\n“"‘(]/;
/** Word lengths below this are looked up in a table when the body is scanned (longer: rare). */
const MAX_SLUG_LOOKUP = 64;

interface Evidence {
  /** Forms seen mid-sentence, in body order. */
  forms: string[];
  capitalized: number;
  lower: number;
}

/**
 * The words of the URL's slug: the last path segment with at least two words (an earlier segment
 * needs three), without the extension, numeric ids or hash-like ids; contraction tails rejoined
 * (`Let-s` → `let's`). Empty when the URL has no usable slug.
 */
function slugWords(url: string): string[] {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return [];
  }
  const segments = path.split("/").filter((segment) => segment !== "");
  for (let s = segments.length - 1; s >= 0; s--) {
    let segment = segments[s]!;
    try {
      segment = decodeURIComponent(segment);
    } catch {
      // keep the raw segment
    }
    segment = segment.replace(EXTENSION, "");
    const words: string[] = [];
    for (const token of segment.split(/[-_+.,\s]+/)) {
      if (token === "") continue;
      if (/^\d{5,}$/.test(token)) continue; // an id
      if (/^[0-9a-f]{8,}$/i.test(token) && /\d/.test(token)) continue; // a hash
      if (!/^[\p{L}\p{N}']+$/u.test(token)) continue;
      const lower = token.toLowerCase();
      const previous = words[words.length - 1];
      if (CONTRACTION_TAILS.has(lower) && previous !== undefined && /\p{L}$/u.test(previous)) {
        words[words.length - 1] = `${previous}'${lower}`;
        continue;
      }
      words.push(lower);
    }
    const wordy = words.filter((word) => /\p{L}/u.test(word)).length;
    if (wordy >= (s === segments.length - 1 ? 2 : 3)) return words;
  }
  return [];
}

function keyOf(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/**
 * Per BMP code unit: 0 not known yet (always for a high surrogate), 1 neither, 2 a digit (\p{N}),
 * 3 a letter (\p{L}).
 */
const BMP_CLASS = new Uint8Array(0x10000);

function classOf(code: number): number {
  if (code <= 0xffff) {
    let known = BMP_CLASS[code]!;
    if (known === 0) {
      const char = String.fromCharCode(code);
      known = LETTER.test(char) ? 3 : LETTER_OR_DIGIT.test(char) ? 2 : 1;
      // A high surrogate is never learnt: with the unit after it, it is a code point of its own.
      if (code < 0xd800 || code > 0xdbff) BMP_CLASS[code] = known;
    }
    return known;
  }
  const char = String.fromCodePoint(code);
  return LETTER.test(char) ? 3 : LETTER_OR_DIGIT.test(char) ? 2 : 1;
}

/** The class of the code point at `i` (see BMP_CLASS); its width is 2 only for a surrogate pair. */
function classAt(text: string, i: number): number {
  const known = BMP_CLASS[text.charCodeAt(i)]!;
  return known !== 0 ? known : classOf(text.codePointAt(i)!);
}

function widthAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  return unit >= 0xd800 && unit <= 0xdbff && text.codePointAt(i)! > 0xffff ? 2 : 1;
}

/**
 * Calls `visit(start, end)` for each match of `[\p{L}\p{N}]+(?:['’][\p{L}]+)*` (flags g and u) in
 * `text`, in order: the same words as the regular expression, without a match object per word
 * (a body has thousands of words and the title looks at a few). One table lookup per code unit
 * outside the surrogates.
 */
export function forEachBodyWord(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (classAt(text, i) === 1) {
      i += widthAt(text, i);
      continue;
    }
    const start = i;
    i += widthAt(text, i);
    while (i < length && classAt(text, i) !== 1) i += widthAt(text, i);
    // An apostrophe followed by letters continues the word (it's, O’Brien).
    while (i + 1 < length) {
      const mark = text.charCodeAt(i);
      if (mark !== 39 && mark !== 0x2019) break;
      let j = i + 1;
      while (j < length && classAt(text, j) === 3) j += widthAt(text, j);
      if (j === i + 1) break;
      i = j;
    }
    visit(start, i);
  }
}

/**
 * How the body writes each word of `slug` and each pair of adjacent slug words mid-sentence (the
 * only ones the title looks up: the other words of a long body are skipped before any work). A
 * word at the start of a sentence, a line or a quotation tells nothing about its capitalization
 * and is skipped.
 */
function collectEvidence(
  body: string,
  slug: ReadonlySet<string>,
): {
  words: Map<string, Evidence>;
  pairs: Map<string, string[]>;
} {
  const words = new Map<string, Evidence>();
  const pairs = new Map<string, string[]>();
  const text = body.length > MAX_BODY_SCAN ? body.slice(0, MAX_BODY_SCAN) : body;
  // The first letters and the lengths of the slug's words (and of their possessives): an ASCII
  // word that starts otherwise or is as long as none of them is no slug word (lower-casing ASCII
  // keeps the length), and is passed without lower-casing it.
  const firsts = new Uint8Array(128);
  const lengths = new Uint8Array(MAX_SLUG_LOOKUP);
  let longer = false;
  for (const word of slug) {
    const first = word.charCodeAt(0);
    if (first < 128) firsts[first] = 1;
    for (const length of [word.length, word.length + 2]) {
      if (length < MAX_SLUG_LOOKUP) lengths[length] = 1;
      else longer = true;
    }
  }
  /** The word before: where it starts and ends (its key is worked out only when a pair needs it). */
  let previousStart = -1;
  let previousEnd = -1;
  forEachBodyWord(text, (start, end) => {
    const first = text.charCodeAt(start);
    if (
      first < 128 &&
      (firsts[first >= 65 && first <= 90 ? first + 32 : first] === 0 ||
        (!(end - start < MAX_SLUG_LOOKUP ? lengths[end - start] === 1 : longer) &&
          isAscii(text, start, end)))
    ) {
      previousStart = start;
      previousEnd = end;
      return;
    }
    const form = text.slice(start, end);
    const key = keyOf(form);
    const possessive = key.endsWith("'s") ? key.slice(0, -2) : null;
    if (slug.has(key) || (possessive !== null && slug.has(possessive))) {
      const atStart = previousEnd === -1 || SENTENCE_GAP.test(text.slice(previousEnd, start));
      if (!atStart) {
        addEvidence(words, key, form);
        // A possessive (`Kilmarnock’s`) also tells how the word itself is written.
        if (possessive !== null) addEvidence(words, possessive, form.slice(0, -2));
        const previousKey = keyOf(text.slice(previousStart, previousEnd));
        if (slug.has(previousKey) && /^[\s-]+$/.test(text.slice(previousEnd, start))) {
          const pair = `${previousKey} ${key}`;
          const list = pairs.get(pair);
          if (list) list.push(form);
          else pairs.set(pair, [form]);
        }
      }
    }
    previousStart = start;
    previousEnd = end;
  });
  return { words, pairs };
}

function isAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

/** `/^\p{Lu}/u.test(form)`, with ASCII answered without the regular expression. */
function startsUpperCase(form: string): boolean {
  const first = form.charCodeAt(0);
  return first < 128 ? first >= 65 && first <= 90 : UPPER_START.test(form);
}

const UPPER_START = /^\p{Lu}/u;

function addEvidence(words: Map<string, Evidence>, key: string, form: string): void {
  const evidence = words.get(key) ?? { forms: [], capitalized: 0, lower: 0 };
  evidence.forms.push(form);
  if (startsUpperCase(form)) evidence.capitalized++;
  else evidence.lower++;
  words.set(key, evidence);
}

function mostCommon(forms: readonly string[], keep: (form: string) => boolean): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  let bestCount = 0;
  for (const form of forms) {
    if (!keep(form)) continue;
    const count = (counts.get(form) ?? 0) + 1;
    counts.set(form, count);
    if (count > bestCount) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

function capitalizeFirst(word: string): string {
  if (word !== word.toLowerCase()) return word; // iPhone, McDonald: as written
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The title of an article, from its URL slug in sentence case (`Lavrov discusses situation on
 * Korean Peninsula with North Korean counterpart in Moscow`): numeric ids and extensions dropped,
 * each word capitalized as the body writes it mid-sentence — first as part of the same two-word
 * phrase (`Korean Peninsula`), then as the word alone when the body mostly capitalizes it. Without
 * a usable slug: the body's first sentence, cut at a word boundary near 100 characters.
 */
export function deriveTitle(url: string, body: string): string {
  const slug = slugWords(url);
  if (slug.length < 2) return titleFromBody(body);
  const { words, pairs } = collectEvidence(body, new Set(slug));
  const title = slug.map((word, i) => {
    const fromPairs: string[] = [];
    const before = slug[i - 1];
    const after = slug[i + 1];
    if (before !== undefined) {
      for (const form of pairs.get(`${before} ${word}`) ?? []) fromPairs.push(form);
    }
    if (after !== undefined) {
      // The first word's form in the pair: look it up among the word's own mid-sentence forms.
      const pairForms = pairs.get(`${word} ${after}`);
      if (pairForms !== undefined && words.has(word)) {
        const capitalizedPhrase = pairForms.some((form) => /^\p{Lu}/u.test(form));
        const own = words.get(word)!;
        const form = mostCommon(own.forms, (f) => /^\p{Lu}/u.test(f) === capitalizedPhrase);
        if (form !== undefined && (capitalizedPhrase || fromPairs.length === 0))
          fromPairs.push(form);
      }
    }
    const phrased = mostCommon(fromPairs, () => true);
    if (phrased !== undefined) return phrased.replace(/’/g, "'");
    const evidence = words.get(word);
    if (evidence !== undefined && evidence.capitalized > evidence.lower) {
      return (mostCommon(evidence.forms, (f) => /^\p{Lu}/u.test(f)) ?? word).replace(/’/g, "'");
    }
    return word;
  });
  title[0] = capitalizeFirst(title[0]!);
  return title.join(" ");
}

function titleFromBody(body: string): string {
  const head = body.trim().slice(0, 4000);
  const first = splitSentences(head)[0]?.text ?? "";
  const sentence = first.replace(/\s+/g, " ").replace(/[.!?]+$/, "");
  if (sentence === "") return "Untitled article";
  if (sentence.length <= MAX_FALLBACK_TITLE) return sentence;
  const cut = sentence.slice(0, MAX_FALLBACK_TITLE + 1);
  const space = cut.lastIndexOf(" ");
  const shortened = (
    space > MAX_FALLBACK_TITLE / 2 ? cut.slice(0, space) : cut.slice(0, MAX_FALLBACK_TITLE)
  ).replace(/[\s,;:–—-]+$/, "");
  return `${shortened}…`;
}
