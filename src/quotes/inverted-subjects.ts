/**
 * The speaker named after its verb, in the six shapes the cue matchers (src/quotes/cues.ts) read:
 *
 * - `after-verb`: what follows a verb, from the white space after it (`” said Smith`);
 * - `tail`: the rest of a sentence after a closing verb (`…, said Smith, who …`, `…, said an aide
 *   on Friday.`, `…, according to the California Department of Forestry and Fire Protection, known
 *   as Cal Fire.`);
 * - `mid`: after a verb inside a sentence, up to a comma (`…, said Smith, …`);
 * - `according-to`: a sentence opening `According to X, …`;
 * - `before-comma`: the end of a text that names a speaker after one of a few verbs, then a comma
 *   (`…,” said Caddell, `);
 * - `opening`: a whole text that opens with its verb (`Said Comey:`).
 *
 * Each is the subject grammar's after-the-verb subject (SUBJECT_AFTER, about 11 KB of source) with
 * its own words before and after it. As six patterns, V8 compiled the grammar up to twelve times
 * (once for texts of one-byte characters and once for two-byte ones): 12.3 MB of machine code in
 * every isolate that ran them all, taken out of its regular-expression budget
 * (docs/adr/0018-attribution-model.md, "V8's regular-expression budget"). So one pattern holds all
 * six: private-use characters put before the text name the shape, the pattern opens with one
 * branch per shape, and after the subject each shape's own ending stands behind a test that its
 * branch was taken (`taken`). The characters also make every text two-byte, so the pattern
 * compiles once, to 1.65 MB. A regular expression may backtrack into the subject to make its
 * ending fit, so the ending has to be in the same pattern as the subject for the result to be the
 * shape's own.
 *
 * What each shape gives is what its own pattern gives (test/quotes/inverted-subjects.test.ts checks
 * this against the six patterns). The characters change nothing else: nothing in the grammar reads
 * back past a text's start but the lookbehinds of names (`(?<![\p{L}.])`, `\b` before a title),
 * which see no letter, digit or period before the text as before the characters.
 */
import {
  FLAGS,
  maskRemits,
  OPENING_VERBS,
  SUBJECT_AFTER,
  TAIL_ADJUNCT,
  unmaskRemits,
} from "./cue-grammar.js";

export type InvertedShape =
  | "after-verb"
  | "tail"
  | "mid"
  | "according-to"
  | "before-comma"
  | "opening";

export interface InvertedSubject {
  /** Where the match starts in the text (after its leading words for `before-comma`). */
  index: number;
  /** What the match covers, from `index`. */
  text: string;
  /** The speaker's words as the grammar takes them. */
  subject: string;
  /** `According to` as written (`according-to` only). */
  head?: string;
  /** `according-to`: the words between the subject and its comma, when any (`, a lawyer`). */
  appositive?: string;
}

/** The words before the subject, then the words after it, of each shape. */
const SHAPES: Record<InvertedShape, { before: string; after: string }> = {
  "after-verb": { before: String.raw`\s+`, after: "" },
  tail: {
    before: String.raw`\s+`,
    after: `(?:\\s+(?:—|–|--)\\s[^—–;:“”"]{1,150}?\\s(?:—|–|--)(?=\\s))?(?:,?\\s+(?:who|whose|whom|which|(?:also\\s+)?known\\s+as)\\s[^;:“”"]{0,150}?|${TAIL_ADJUNCT})[.!?]?\\s*$`,
  },
  mid: { before: String.raw`\s+`, after: String.raw`\s*,\s` },
  "according-to": {
    before: String.raw`(?<head>According\s+to)\s+`,
    after: String.raw`(?<appositive>,\s+(?:who\s[^,]{2,120}?|(?![^,]*\s(?:said|says|say|is|are|was|were|will|would|has|have|had|can|could)\s)[^,]{2,90}?))?,\s+`,
  },
  // Unanchored in the text: the lazy lead tries each start in turn, as a search would.
  "before-comma": {
    before: String.raw`(?<lead>[\s\S]*?)\b(?:said|says|added|adds|wrote|writes|explained|continued|told|responded|replied)\s+`,
    after: String.raw`\s*,\s*(?:and\s+)?$`,
  },
  opening: { before: `\\s*(?:${OPENING_VERBS})\\s+`, after: String.raw`\s*[,:]\s*$` },
};

const NAMES = Object.keys(SHAPES) as InvertedShape[];
/** What names each shape before the text: a private-use character of its own, then U+E000. */
const MARK = new Map(NAMES.map((name, i) => [name, `${String.fromCharCode(0xe001 + i)}\uE000`]));

/**
 * Each shape's branch captures its two characters in two groups of its own (`s0`, `t0`, …). A
 * backreference to a group that took no part in the match matches the empty string, so
 * `(?!\k<s0>)` fails unless shape 0's branch was taken; and the text after the subject cannot start
 * with both of two different characters, so one of `(?!\k<s0>)` and `(?!\k<t0>)` holds when it
 * was. The test costs the same wherever the subject ends (a lookbehind to the start would read the
 * whole text back at each place the subject may end: quadratic on a long `According to` sentence).
 */
const taken = (i: number) => `(?:(?!\\k<s${i}>)|(?!\\k<t${i}>))`;

const INVERTED = new RegExp(
  `^(?:${NAMES.map((name, i) => `(?<s${i}>${MARK.get(name)![0]})(?<t${i}>\\uE000)${SHAPES[name].before}`).join("|")})` +
    `(?<subject>${SUBJECT_AFTER})` +
    `(?:${NAMES.map((name, i) => taken(i) + SHAPES[name].after).join("|")})`,
  FLAGS,
);

/** The speaker `text` names after a verb in `shape`, or null. */
export function matchInverted(shape: InvertedShape, text: string): InvertedSubject | null {
  const mark = MARK.get(shape)!;
  // `said a spokesperson for the Department for Digital, Culture, Media and Sport`: the name whole.
  const remits = maskRemits(text);
  const m = INVERTED.exec(mark + (remits ?? text));
  if (!m) return null;
  const groups = m.groups!;
  const index = groups.lead?.length ?? 0;
  const written = remits === null ? (part: string) => part : unmaskRemits;
  return {
    index,
    text: written(m[0].slice(mark.length + index)),
    subject: written(groups.subject!),
    ...(groups.head !== undefined && { head: written(groups.head) }),
    ...(groups.appositive !== undefined && { appositive: written(groups.appositive) }),
  };
}
