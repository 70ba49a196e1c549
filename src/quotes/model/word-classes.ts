/**
 * A word-list approximation of part of speech for the attribution model's features: closed classes
 * from lists, open classes from capitalization and suffixes. Far cruder than a tagger, and far faster.
 */
import { isCueWord } from "../verbs.js";

/** Read through the prototype, not `text.charCodeAt`: see charCodeAt in src/quotes/chars.ts. */
const { charCodeAt } = String.prototype;

const LISTS: readonly [string, string][] = [
  ["pronoun-subject", "he she they we i you it who"],
  [
    "pronoun-other",
    "him her them us me his their its our my your whom whose himself herself themselves",
  ],
  ["determiner", "the a an this that these those some any each every no another such"],
  [
    "preposition",
    "of in on at by for with from to into over about after before during under between against through without within among across toward towards upon",
  ],
  [
    "conjunction",
    "and or but nor so yet because although though while whereas if unless since whether",
  ],
  [
    "auxiliary",
    "is was are were be been being am has have had do does did will would can could should may might must shall",
  ],
  ["negation", "not no never n’t n't"],
  ["complementizer", "that"],
  ["wh", "what when where why how which"],
  [
    "title",
    "mr. mrs. ms. dr. sen. rep. gov. gen. president senator governor secretary spokesman spokeswoman minister chairman director official officials aide aides adviser candidate leader chief judge professor",
  ],
  ["according", "according"],
];

const CLASS_OF = new Map<string, number>();
LISTS.forEach(([, words], index) => {
  for (const word of words.split(" ")) if (!CLASS_OF.has(word)) CLASS_OF.set(word, index);
});

const CUE = LISTS.length;
const CAPITALIZED = CUE + 1;
const CAPITALIZED_FIRST = CUE + 2;
const NUMBER = CUE + 3;
const ADVERB = CUE + 4;
const GERUND = CUE + 5;
const PAST = CUE + 6;
const OPEN_QUOTE = CUE + 7;
const CLOSE_QUOTE = CUE + 8;
const COMMA = CUE + 9;
const SENTENCE_END = CUE + 10;
const COLON = CUE + 11;
const DASH = CUE + 12;
const OTHER_PUNCT = CUE + 13;
const OTHER = CUE + 14;

/** How many classes there are; class ids are 0 … POS_CLASSES - 1. */
export const POS_CLASSES = OTHER + 1;

/**
 * The class of a token (`lower` its lower-case form, `raw` as written; `cue` whether it is a cue
 * word, when the caller knows).
 */
export function posClassOf(
  lower: string,
  raw: string,
  sentenceStart: boolean,
  cue = isCueWord(lower),
): number {
  const listed = CLASS_OF.get(lower);
  if (listed !== undefined && !(listed === 0 && lower === "i" && raw !== "I")) return listed;
  if (cue) return CUE;
  const first = charCodeAt.call(raw, 0);
  if (raw.length === 1 && !/[\p{L}\p{N}]/u.test(raw)) {
    if (raw === "“" || raw === "‘" || raw === "«") return OPEN_QUOTE;
    if (raw === "”" || raw === "’" || raw === "»" || raw === '"' || raw === "'") return CLOSE_QUOTE;
    if (raw === ",") return COMMA;
    if (raw === "." || raw === "!" || raw === "?") return SENTENCE_END;
    if (raw === ":" || raw === ";") return COLON;
    if (raw === "—" || raw === "–" || raw === "-") return DASH;
    return OTHER_PUNCT;
  }
  if (first >= 48 && first <= 57) return NUMBER;
  if (raw[0] !== raw[0]!.toLowerCase()) return sentenceStart ? CAPITALIZED_FIRST : CAPITALIZED;
  if (lower.endsWith("ly")) return ADVERB;
  if (lower.endsWith("ing")) return GERUND;
  if (lower.endsWith("ed")) return PAST;
  return OTHER;
}
