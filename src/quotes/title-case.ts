/**
 * A speaker's title as a reader sees it. A title that opens its sentence (`Student Theo Brannagh
 * said`, `Its chair, Gwendolyn Rastrick, said`) has a capital it would not have inside one; the
 * reader should see `student`, `its chair`, as another article writes `student Theo Brannagh`.
 * Proper words keep theirs (`Oxley shopkeeper`, `Israeli newspaper`, `Deputy Mayor`).
 */
import { WEEKDAYS } from "./cue-grammar.js";
import {
  FIRST_NAME_GENDER,
  PERSON_HEAD,
  PROPER_ADJECTIVE,
  ROLE_ACRONYMS,
} from "./speaker-words.js";

/**
 * A determiner, never a name's first word, except `The` before a capital (`The Washington Post`)
 * that is not a role's (`The CEO`).
 */
const LEADING_DETERMINER = new RegExp(
  String.raw`^(?:The(?=\s+(?:\P{Lu}|(?:${ROLE_ACRONYMS})\b))|A|An|One|Another|Its|His|Her|Their|Our|My|Your)\s`,
  "u",
);

/** `The`, a capitalized word, then a lower-case one (`The Dutch coach`). */
const THE_ADJECTIVE_ROLE = /^The\s+(\p{Lu}\p{Ll}+)\s+\p{Ll}/u;

/** `The`, capitalized words, then an office's last word (`The Environment Secretary`). */
const THE_OFFICE = /^The\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(\p{Lu}[\p{L}-]*)$/u;

/** `The`, capitalized words, then a role in lower case (`The UN human rights chief`). */
const THE_NAMED_ROLE =
  /^The\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,3}(?:\p{Ll}[\p{L}-]*\s+){0,3}(\p{Ll}[\p{L}-]*)$/u;

/**
 * An honorific ending a title after a role (`Economist Prof.`, `plastic surgeon Dr.`), with its
 * article (`Vatican spokesman the Rev.`), or a rank in short after a word for a role in lower
 * case (`coast guard spokesman Rear Adm.`, `army spokesman Lt. Col.`; not `retired Gen.`).
 */
const HONORIFIC_AFTER_ROLE =
  /(?<=\S)(?:\s+the)?\s+(?:Dr|Prof|Rev)\.$|(?<=(?:^|\s)\p{Ll}[\p{L}-]*(?:man|woman|person|er|or|ist|ian|ent|ant))\s+(?:(?:Rear|Vice)\s+Adm|(?:Lt|Maj|Brig)\.\s+(?:Gen|Col)|Adm|Gen|Col|Capt|Cmdr|Maj|Lt|Sgt)\.$/u;

/** A plain capitalized word opening the title, and the word after it, if any. */
const OPENING = /^(\p{Lu}\p{Ll}+(?:-\p{Ll}+)*)(?![\p{L}\d’'.-])(?:\s+(\S+))?/u;

/**
 * Titles written capitalized before a name wherever they stand (`Mayor Celestine Abara`, `Deputy
 * Mayor`): kept when alone or before another capital.
 */
const FORMAL =
  /^(?:President|Vice|Mayor|Senator|Governor|Judge|Justice|Chancellor|Professor|Captain|Coach|Councillor|Councilor|Councilman|Councilwoman|Sheriff|Detective|Inspector|Sergeant|General|Admiral|Commander|Colonel|Lieutenant|Major|Prince|Princess|King|Queen|Sir|Dame|Lord|Lady|Pope|Father|Rabbi|Pastor|Bishop|Cardinal|Imam|Reverend|Chairman|Chairwoman|Chief|Representative|Congressman|Congresswoman|Assemblyman|Assemblywoman|Ambassador|Secretary|Minister|Premier|Speaker|Commissioner|Superintendent|Deputy|Attorney|Director)$/;

/** Words that say when or how long someone held a role (`former`, `longtime`). */
const PAST = /^(?:Former|Ex|Then|Retired|Longtime|Long-time|Veteran|Fellow|Onetime|One-time)$/;

/**
 * Words that stand in lower case before a lower-case role (`chief bridge engineer`, `acting
 * director`, `municipal commissioner`), whatever the article shows; before a capital they may be part of a name (`Chief
 * Justice`, `Deputy Mayor`).
 */
const MODIFIER =
  /^(?:Acting|Interim|Top|Senior|Junior|Chief|Deputy|Assistant|Head|Local|Regional|Shadow|Municipal|Medical|Legal|Political|Technical|Financial|Scientific|Clinical)$/;

/**
 * A word for a person's role, by its ending (`curator`, `librarian`, `actress`, `student`,
 * `vice-chancellor`), a boss, or a parent by their children (`father-of-three`).
 */
const ROLE =
  /^(?:\p{Lu}\p{Ll}+(?:-\p{Ll}+)?(?:er|or|ist|ian|ant|ent|ee|ess|aire|man|woman|person)|Boss|\p{Lu}\p{Ll}+-of-\p{Ll}+)$/u;

const LETTER = /[\p{L}\d-]/u;
const LOWER_LETTER = /\p{Ll}/u;

/**
 * How the article writes `word` elsewhere: `upper` when capitalized after a lower-case word or a
 * comma (not a sentence's start) or as an owner (`Twitter's Adam Sharp`), `lower` when in lower
 * case but not in an address (`pic.twitter.com`, `@twitter`), else null. By `indexOf`: a regular
 * expression built per word cost more than the rest of the title's reading.
 */
function usage(word: string, text: string): "upper" | "lower" | null {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const after = text[i + word.length] ?? "";
    if (LETTER.test(after)) continue;
    if (
      (after === "'" || after === "’") &&
      !LETTER.test(text[i + word.length + 2] ?? "") &&
      text[i + word.length + 1] === "s"
    )
      return "upper";
    // A space or tab (not a line break), then a lower-case letter or a comma before it.
    let j = i - 1;
    if (j < 0 || !(text[j] === " " || text[j] === "\t")) continue;
    while (j > 0 && (text[j - 1] === " " || text[j - 1] === "\t")) j--;
    const before = text[j - 1] ?? "";
    if (before === "," || LOWER_LETTER.test(before)) return "upper";
  }
  const lower = word.toLowerCase();
  for (let i = text.indexOf(lower); i >= 0; i = text.indexOf(lower, i + 1)) {
    const before = text[i - 1] ?? "";
    const after = text[i + lower.length] ?? "";
    if (LETTER.test(before) || ("@/.".includes(before) && before !== "")) continue;
    if (LETTER.test(after) || (after === "." && LETTER.test(text[i + lower.length + 1] ?? "")))
      continue;
    return "lower";
  }
  return null;
}

/** A time at the end of a title: ` on Sunday`, ` last week`, ` this season`. */
const TIME_AFTER_ROLE = new RegExp(
  `\\s+(?:(?:on\\s+)?(?:${WEEKDAYS})|(?:last|this|next)\\s+(?:week|weekend|month|year|season|night))$`,
);

/**
 * The title with its first word in lower case when only a sentence's start capitalized it: a
 * determiner; a time word before any title (`Former President`); a modifier before a lower-case
 * word (`Chief bridge engineer`); a word the article writes in lower case elsewhere and never
 * capitalized inside a sentence (`Harbour master`); a word for a role alone (`Student`,
 * `Spokesperson`, not `Mayor`). An honorific after a role is dropped (`plastic surgeon Dr.`), and a
 * quotation the title leaves open is closed.
 * `cache` keeps the article's usage of each word.
 */
export function titleForReader(
  title: string,
  text: string,
  cache: Map<string, "upper" | "lower" | null>,
): string {
  // `plastic surgeon Dr. Norman Rowe`: the honorific is the name's, not the role's; `Guardiola's
  // opposite number on Sunday`: the day is the match's.
  // A `who` clause keeps its time (`who has struggled for form this season`).
  const timed = title.startsWith("who ") ? title : title.replace(TIME_AFTER_ROLE, "");
  title = closeQuotation(timed.replace(HONORIFIC_AFTER_ROLE, ""));
  if (LEADING_DETERMINER.test(title)) return lowerFirst(title);
  // `The Dutch coach`: a proper adjective before a role, not a name's `The`.
  const described = THE_ADJECTIVE_ROLE.exec(title);
  if (described?.[1] && PROPER_ADJECTIVE.test(described[1])) return lowerFirst(title);
  // `The Environment Secretary`: an office in capitals after `The`, not a name's `The`.
  const office = THE_OFFICE.exec(title) ?? THE_NAMED_ROLE.exec(title);
  if (office?.[1] && PERSON_HEAD.test(office[1].toLowerCase())) return lowerFirst(title);
  const opening = OPENING.exec(title);
  if (!opening?.[1]) return title;
  const word = opening[1];
  const next = opening[2];
  // `Former President`, `Former Trump campaign manager`: no capital is ever the word's own.
  if (next !== undefined && PAST.test(word)) return lowerFirst(title);
  // `Deputy Mayor`, `House Speaker`, `Vermont Sen.`: a capital after it makes a name of the title.
  if (next !== undefined && !/^\p{Ll}/u.test(next)) return title;
  // `Mayor`, `Secretary of State`, not `Chief bridge engineer`.
  if (FORMAL.test(word) && (next === undefined || /^(?:of|for|to)$/.test(next))) return title;
  if (PROPER_ADJECTIVE.test(word) || FIRST_NAME_GENDER.has(word)) return title;
  if (next !== undefined && MODIFIER.test(word)) return lowerFirst(title);
  let seen = cache.get(word);
  if (seen === undefined) {
    seen = usage(word, text);
    cache.set(word, seen);
  }
  if (seen === "upper") return title;
  if (seen === "lower" || (next === undefined && ROLE.test(word))) return lowerFirst(title);
  return title;
}

/**
 * `the author of ''Destiny and Power` (the appositive cut at the comma inside the work's title):
 * the quotation the title opens, closed.
 */
function closeQuotation(title: string): string {
  const doubled = title.split("''").length - 1;
  if (doubled % 2 === 1) return `${title}''`;
  const opened = title.split("“").length - title.split("”").length;
  if (opened > 0) return `${title}”`;
  if ((title.split('"').length - 1) % 2 === 1) return `${title}"`;
  return title;
}

/** `text` with its first letter in lower case (`Her sons`: `her sons`). */
export function lowerFirst(title: string): string {
  return title[0]!.toLowerCase() + title.slice(1);
}
