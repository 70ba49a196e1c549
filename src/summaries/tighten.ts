/**
 * What the extractive engine shows is the article's own sentences, less the page furniture a scrape
 * leaves inside them that no reader wants: a wire dateline (`Boston (CNN)`, `WASHINGTON (AP) —`),
 * a byline or timestamp (`By . Daily Mail Reporter .`, `PUBLISHED: … | UPDATED: …`,
 * `Last updated at …`, and a web page's URL, stamp or byline glued to its first sentence), a
 * `Scroll down for video` prompt, a pointer to a picture the reader cannot see (`(pictured)`,
 * `(left)`, `(stock image)`, `, pictured,`) or its credit (`(AP Photo/…)`); and a photo caption
 * glued to the front of the sentence it stood above (`Accused: Dr X has denied the charges A senior
 * doctor is …`) gets its full stop back and loses its label. Words
 * inside quotation marks are never touched: a cut that would reach into a quotation is not made, and
 * a tightened sentence whose quotations the original does not carry verbatim is given back whole,
 * so the quote check (src/summaries/quote-check.ts) passes on everything the engine shows.
 * Pure and deterministic.
 */
import { findQuotations, isQuoteInArticle, normalizeForQuotes } from "./quote-check.js";

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*`;
/** A news agency or outlet in brackets: no hyphen and more than a letter (`(R-Texas)`, `(D)` are parties). */
const SOURCE_WORD = String.raw`\p{Lu}[\p{L}\p{N}&.'’]+`;

/**
 * A wire dateline at the start: an optional place of up to five capitalized words, then the source
 * in brackets glued to the text (`(CNN)ESPN's…`) or followed by a dash (`(AP) — `).
 */
const DATELINE = new RegExp(
  String.raw`^(?:${NAME_WORD}(?:,? ${NAME_WORD}){0,4} )?\(${SOURCE_WORD}(?: ${SOURCE_WORD}){0,3}\)(?:\s*(?:--|[-–—])\s*|(?=[\p{L}"“‘']))`,
  "u",
);

const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
/** A date as a page stamps it: `Monday, November 18th, 2019`, `Nov. 20, 2019`, `19.11.2019`, `11/18/19`. */
const DATE = String.raw`(?:(?:${WEEKDAY},? )?${MONTH} \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})`;
/** A time zone a stamp names (`UTC`, `EST`, `PT`, `AMT`). */
const ZONE = "(?:UTC|GMT|[ECMPA][SD]?T|HST|AKST|AKDT|BST|CES?T|IST|JST|AE[SD]T|AMT)";
/** A clock time: `9:28 AM UTC`, `11:08 a.m.`, `4:10pm`, `04:05 pm PT (07:05 pm ET)`. */
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?(?!\p{L}))?(?: ${ZONE}\b)?(?: \([^()]{0,30}\))?`;
const SEPARATOR = String.raw`\s*[|/–—-]`;
/** What follows a date in a stamp: a time, a separator (`|`, `/`, a dash). */
const AFTER_DATE = String.raw`(?:(?:${SEPARATOR}\s*|,? (?:at )?)${CLOCK}(?:${SEPARATOR})?|${SEPARATOR})`;
/** `Updated: Nov. 20, 2019 1:35 a.m.` or `- Updated November 18 at 4:46 PM` after a stamp. */
const UPDATED = String.raw`(?:\s*-?\s*Updated:? (?:${DATE}|${MONTH} \d{1,2})(?:,? (?:at )?${CLOCK})?)?`;

/**
 * Bylines, URLs and timestamps at the start: as the Daily Mail prints them
 * (`By . Name . PUBLISHED: . …`), and as a scrape of a web page leaves them glued to the first
 * sentence (`https://www.chron.com/….php`, `Nov. 20, 2019, 9:28 AM UTC`,
 * `By Justine Coleman - 11/18/19 11:04 PM EST`, `By HNN Staff | November 18, 2019 at 2:26 PM HST`).
 */
const LEADING_FURNITURE = [
  /^By \.? ?[^.]{1,60}? \.\s*/u,
  /^(?:PUBLISHED|UPDATED): \.? ?[^|]{0,60}?\d{4}\s*\.?\s*(?:\|\s*\.?\s*)?/u,
  /^Last updated at [^.]{0,60}?\d{4}\s*\.?\s*/u,
  /^https?:\/\/\S+\s*/u,
  // A wire byline (`Steve Peoples, Ap National Political Writer`, `Meg Kinnard and Errin Haines,
  // Associated Press`), alone or before the first sentence.
  /^(?:\p{Lu}[\p{L}'’.-]+ ){1,3}\p{Lu}[\p{L}'’.-]+(?: and (?:\p{Lu}[\p{L}'’.-]+ ){1,3}\p{Lu}[\p{L}'’.-]+)?, (?:(?:AP|Ap)(?: \p{Lu}\p{Ll}+){0,3} (?:Writer|Correspondent|Reporter)s?|Associated Press)(?:\s+(?=\p{Lu})|\s*$)/u,
  // A wire dateline in capitals before a long dash (`VIENNA — `, `SIOUX FALLS, S.D. – `).
  /^(?:[\p{Lu}.]{2,},? ){0,3}[\p{Lu}.]{2,},? [—–] (?=\p{Lu})/u,
  // A stamp alone, or a date that a time, a separator or an update follows.
  new RegExp(
    String.raw`^(?:Updated:? )?${DATE}(?:${AFTER_DATE}|(?=\s*-?\s*Updated)|\s*$)${UPDATED}\s*`,
    "u",
  ),
  // A byline with its date (the date says it is one; `By Monday, officials …` stays).
  new RegExp(
    String.raw`^[Bb]y (?:(?!${WEEKDAY}|${MONTH}\b)\p{Lu}[\p{L}.'’-]*(?: ?,| and)? ){1,6}(?:[|–—-] |on )?${DATE}${AFTER_DATE}?${UPDATED}\s*`,
    "u",
  ),
];

/** `Scroll down for video` anywhere (it is glued to captions and sentences alike). */
const SCROLL_DOWN = /\s*\bScroll down for videos?\b\s*/giu;

/** Where in a picture: `left`, `far right`, `second left`, `background`. */
const PLACE =
  "(?:(?:far|second|top|bottom) )?(?:left|right|centre|center|middle|above|below|top|bottom|inset|background|foreground|front|back)";

/**
 * A bracket that points at a picture: `(pictured)`, `(pictured with Rojo last month)`, `(left)`,
 * `(left and right)`, `(above file photo of visitors)`, `(stock image)`; not `(back when…)`.
 */
const PICTURE_BRACKET = new RegExp(
  String.raw`\s*\((?:(?:pictured|picture[sd]?|(?:file|stock) (?:photo|picture|image)s?)\b[^()]{0,60}|${PLACE}(?: (?:and|to) ${PLACE})?(?:,? (?:(?:file|stock) )?(?:photo|picture|image)\b[^()]{0,60})?)\)`,
  "giu",
);

/**
 * A bracket that credits a picture: `(AP Photo/David Zalubowski)`, `(Reuters photo)`,
 * `(credit: NASA/Jude Guidry)`, `(Photo Credit : PTI File Photo )`, `(Photo: Getty Images)`.
 */
const CREDIT_BRACKET =
  /\s*\((?:(?:AP|AFP|Reuters|Getty|EPA|PA)\b[^()]{0,12}\b(?:photos?|images?)\b[^()]{0,60}|(?:photo |image )?credits?\s*:[^()]{0,60}|(?:photo|image|picture)\s*:[^()]{0,60})\)/giu;

/** An aside that points at a picture: `, pictured,` `, pictured left in 2013,` `, right,`. */
const PICTURED_ASIDE =
  /, (?:pictured(?: [^,.;:!?"“”‘’()]{1,60})?|left|right|centre|center|far left|far right|above|inset),(?= )/gu;

/** Words that start a clause: after a lower-case word with no punctuation, a new sentence began. */
const CLAUSE_START =
  "(?:The|A|An|He|She|They|We|His|Her|Their|Its|This|These|Those|But|However|Meanwhile)";
const GLUED = new RegExp(String.raw`(?<=[\p{Ll}\p{N}%)]) (?=${CLAUSE_START} \p{Ll})`, "gu");
/** Anything any rule here could remove; most sentences have none and are returned at once. */
const MAYBE_FURNITURE =
  /[()]|pictured|scroll down|^(?:by|published|updated|last updated)\b|^https?:\/\/|, (?:ap|associated press)\b|^\d|^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|, (?:left|right|centre|center|far|above|inset),/iu;
/** A capitals dateline's start (`VIENNA — `), apart: the test above ignores case. */
const MAYBE_CAPS_DATELINE = /^\p{Lu}{2}[^—–]{0,60}[—–]/u;
const MAYBE_GLUED = new RegExp(String.raw` ${CLAUSE_START} \p{Ll}`, "u");

/** Where a sentence ended inside the text (a caption is counted from there). */
const SENTENCE_END = /(?<=[.!?…]["”’')]*)\s/u;
/** A glued caption is cut only when both sides look like text: the caption this many words… */
const MIN_CAPTION_WORDS = 5;
/** …and the sentence this many, ending as a sentence does. */
const MIN_SENTENCE_WORDS = 6;

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

type Quoted = readonly { start: number; end: number }[];

const inside = (quoted: Quoted, at: number) => quoted.some((q) => q.start < at && at < q.end);
const overlaps = (quoted: Quoted, start: number, end: number) =>
  quoted.some((q) => q.start < end && start < q.end);

/** Removes every match of `pattern` that does not touch a quotation, replaced by `replace(match)`. */
function removeOutsideQuotes(
  text: string,
  pattern: RegExp,
  replace: (match: string, before: string) => string,
): string {
  const quoted = findQuotations(text);
  let out = "";
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (overlaps(quoted, start, end)) continue;
    out += text.slice(last, start) + replace(match[0], text.slice(0, start));
    last = end;
  }
  return out + text.slice(last);
}

/** A caption's label, as the Daily Mail prints it: `Accused: `, `Flying high: `. */
const CAPTION_LABEL =
  /^(?![^:]*\b(?:said|says|told|added|asked|wrote)\b)\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2}!?: (?=\p{Lu})/u;

/**
 * A photo caption glued to the front of the sentence it stood above, without the full stop between
 * them (`… four counts of sexual assault A senior doctor is accused …`): the full stop put back and
 * the caption's label dropped. The caption stays: it often carries what the sentence only alludes
 * to (`Dr Ram Manohar, 38, of Barnston` for `A senior doctor`), and it is part of the sentence as the
 * article's splitter counts it, so it costs no sentence of the budget.
 */
function punctuateGluedCaption(text: string): string {
  const quoted = findQuotations(text);
  const cuts: number[] = [];
  for (const match of text.matchAll(GLUED)) {
    const at = match.index;
    if (inside(quoted, at) || !articleStartsClause(text, at)) continue;
    const caption =
      text
        .slice(cuts.at(-1) ?? 0, at)
        .split(SENTENCE_END)
        .at(-1) ?? "";
    if (words(caption) < MIN_CAPTION_WORDS) continue;
    const rest = text.slice(at + 1);
    if (words(rest) < MIN_SENTENCE_WORDS || !/[.!?…]["”’')]*$/u.test(rest)) continue;
    cuts.push(at);
  }
  if (cuts.length === 0) return text;
  let out = "";
  let last = 0;
  for (const at of cuts) {
    out += `${text.slice(last, at)}.`;
    last = at;
  }
  return (out + text.slice(last)).replace(CAPTION_LABEL, "");
}

/**
 * `A`/`An` also name things (`Nurse A`, `vitamin A`, `infra-red A rays`, `from A to B`): after a
 * capitalized, hyphenated or listed word, or before a function word, they start no clause.
 */
const NOT_BEFORE_ARTICLE = new Set(
  "from to and or of vitamin type grade plan class group category section".split(" "),
);
const NOT_AFTER_ARTICLE = new Set(
  (
    "to and or nor with of in on at for as by from through is was are were has had plus minus " +
    "versus rays"
  ).split(" "),
);

function articleStartsClause(text: string, at: number): boolean {
  const next = text.slice(at + 1).match(/^(\S+) (\S+)/u);
  if (!next || (next[1] !== "A" && next[1] !== "An")) return true;
  const previous = text.slice(0, at).match(/(\S+)$/u)?.[1] ?? "";
  return (
    /^\p{Ll}+$/u.test(previous) &&
    !NOT_BEFORE_ARTICLE.has(previous) &&
    !NOT_AFTER_ARTICLE.has(next[2]!.toLowerCase())
  );
}

/** Every quotation of `tightened` appears verbatim in `original`. */
function quotesKept(tightened: string, original: string): boolean {
  const source = normalizeForQuotes(original);
  return findQuotations(tightened).every((span) => isQuoteInArticle(span.text, source));
}

/** White-space runs as one space; a text with none to collapse is returned as it is, uncopied. */
function collapseSpaces(text: string): string {
  return /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, " ") : text;
}

/**
 * The sentence as a reader should see it: datelines, bylines, video prompts and picture pointers
 * removed, a caption glued to its front punctuated. Empty when nothing but furniture is left.
 */
export function tightenSentence(sentence: string): string {
  const original = collapseSpaces(sentence).trim();
  if (
    !MAYBE_FURNITURE.test(original) &&
    !MAYBE_CAPS_DATELINE.test(original) &&
    !MAYBE_GLUED.test(original)
  )
    return /[\p{L}\p{N}]/u.test(original) ? original : "";
  let text = original.replace(DATELINE, "");
  for (let changed = true; changed; ) {
    const before = text;
    for (const pattern of LEADING_FURNITURE) text = text.replace(pattern, "");
    changed = text !== before;
  }
  text = removeOutsideQuotes(text, SCROLL_DOWN, () => " ").trim();
  text = removeOutsideQuotes(text, PICTURE_BRACKET, () => "");
  text = removeOutsideQuotes(text, CREDIT_BRACKET, () => "");
  // `Pat, 69, pictured left, enjoys` keeps the comma that closes the age; `Boase, pictured, failed`
  // and `Klass, right, during` need none.
  text = removeOutsideQuotes(text, PICTURED_ASIDE, (_, before) =>
    /, \d{1,3}$/u.test(before) ? "," : "",
  );
  text = punctuateGluedCaption(collapseSpaces(text).trim());
  if (!/[\p{L}\p{N}]/u.test(text)) return "";
  return text === original || quotesKept(text, original) ? text : original;
}
