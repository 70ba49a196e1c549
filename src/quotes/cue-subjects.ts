/**
 * Who a reporting verb's subject is, from the words before it: the subject opening a sentence
 * (`Reid frequently mocked`), the subject of a clause right before the verb (`…, the senator has
 * said`), or a name or pronoun just before it (`In a meeting with editors Trump said`). Used by the
 * cue matchers (src/quotes/cues.ts).
 */

import { endsWithSpace, isSpaceCode } from "./chars.js";
import {
  ADVERB,
  APPOSITIVE,
  AUX,
  AUX_OR_ADVERB,
  DESC,
  DESC_APPOSITIVE,
  DOCUMENT_PASSIVE,
  isPluralNoun,
  maskRemits,
  NAME,
  NAME_PARTICLES,
  NOT_DAY_NAME,
  NOT_FUNCTION_WORD,
  OF_PLACE,
  OPENING_PHRASE_WORDS,
  PAREN,
  PEOPLE_COUNT_OF,
  PLURAL_NOUNS,
  PORTUGUESE_DO,
  POSSESSIVE_DESC,
  PRONOUN,
  STOP,
  SUBJECT,
  TITLED_NAME,
  WEEKDAY_WORD,
  WEEKDAYS,
} from "./cue-grammar.js";
import { withoutNicknames } from "./names.js";
import {
  FIRST_NAME_GENDER,
  LOWER_BODY,
  ORG_NOUNS,
  PERSON_HEAD,
  SENTENCE_ADVERB,
} from "./speaker-words.js";
import { isVerbWord } from "./verbs.js";

/** Read through the prototype, not `text.charCodeAt`: see charCodeAt in src/quotes/chars.ts. */
const { charCodeAt } = String.prototype;

const SUBJECT_AT = new RegExp(`(${SUBJECT})\\s+(?:${AUX_OR_ADVERB}\\s+)*$`, "uy");

/**
 * The subject that, with the auxiliaries and adverbs after it, makes up all of `text` from `start`
 * to its end (`Republicans have long `), or null. One sticky pattern serves every caller, whatever
 * it anchors at: V8 compiles it to about 3 MB of machine code per isolate, and one copy for each
 * anchor would cost that again (docs/adr/0018-attribution-model.md, "V8's regular-expression
 * budget").
 */
export function subjectThenAuxFrom(text: string, start: number): string | null {
  SUBJECT_AT.lastIndex = start;
  return SUBJECT_AT.exec(text)?.[1] ?? null;
}

/**
 * Where a clause may start; a conjunction after a comma goes with it (`…, and the official said`),
 * a relative clause opens after its preposition (`an electorate in which 67 percent of voters say`),
 * and a name set off by a comma after `that` opens one (`It was three years ago that Michael
 * Bloomberg, who's thinking about running, said`).
 */
const CLAUSE_BOUNDARY =
  /(?:,(?!\d)|[;:—–―(])["”’']?\s*(?:(?:and|but|or|yet|so|while|whereas|though|although|because|since|after|before|until|unless|whether|as|when|where|if|once|even\s+though|even\s+after|even\s+as|even\s+if)\s+)?|--\s*|\s-\s+(?=\p{L})|["”’]\s+|\s(?:and|but|while|as|because|so|when|although|though|where|after|before|since|whereas|until|if)\s+|\sthat\s+(?=\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3},\s)|\s(?:in|on|at|of|for|from|by|with|under|among|to)\s+(?:which|whom)\s+/gu;
/** Words before a sentence's first clause: an adverb, or a conjunction that opens a subordinate one. */
export const SENTENCE_OPENER =
  /^(?:(?:But|And|Yet|So)\s+even\s+(?:though|if|as|when|after|before|while)|But|And|Yet|So|Still|However|Meanwhile|Now|Then|Also|Instead|Indeed|Later|Earlier|Separately|Similarly|Previously|As|While|Whereas|When|Although|Though|Because|If|Since|Once|Until|Perhaps|Maybe|Even(?:\s+(?:though|if|as|when|after|before|while))?)\s+/;

/**
 * First names in -ly and -ed, which open a sentence as its subject (`Carly Fiorina threw`, `Jared
 * Kushner said`), where another capitalized word in -ly or -ed is an adverb or a participle
 * (`Recently`, `Asked`).
 */
/** A month as a dateline writes it: `Aug 31`, `Dec. 29`, `September 4`. */
const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\p{Ll}{0,6}\\.?";

const NOT_A_NAME_LY_ED =
  "(?!(?:Kimberly|Emily|Kelly|Beverly|Billy|Carly|Holly|Molly|Sally|Shelly|Lily|Polly|Dolly|Wally|Fred|Jared|Alfred|Reed|Ahmed|Mohammed|Mohamed|Muhammed|Ned)\\s)";

/**
 * What may open a sentence before its subject without a comma: a dateline (`WASHINGTON —`,
 * `LOS ANGELES (AP) —`, `RENO, Nev. (AP) —`, `PARIS, Aug 31 (Reuters) -`, `Dec 29 (Reuters) -`;
 * a bare hyphen only after the agency; the agency alone, `(Reuters) -`, where a period in the
 * place's name ended the sentence before), a day (`On Thursday evening`, `Late Tuesday`) or a
 * cleft's `It was there that`.
 */
const DATELINE_OR_DAY = new RegExp(
  `(?:(?:\\p{Lu}[\\p{Lu}.’' -]+(?:,\\s+\\p{Lu}[\\p{L}.]{0,12}(?:\\s+(?:of\\s+|the\\s+)?\\p{Lu}[\\p{L}.]{0,12}){0,3}(?=,|\\s*[(—–―-]))?,?(?:\\s+${MONTH}\\s+\\d{1,2})?|${MONTH}\\s+\\d{1,2}(?=\\s*\\())(?:\\s*\\([^()\\n]{1,20}\\)\\s*(?:--|[—–―-])|\\s*(?:--|[—–―]))\\s+|\\((?:Reuters|AP|AFP|CNN|UPI|dpa|Bloomberg)\\)\\s*(?:--|[—–―-])\\s+|(?:On|Late|Early|Last|This)\\s+(?:${WEEKDAYS})(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+|It\\s+(?:was|is)\\s+(?:there|then|here)\\s+that\\s+|(?:Outside|Inside|Nearby)(?:\\s+the\\s+[^,]{1,50})?,\\s+(?=(?:the|a|an|one|his|her|their|its)\\s|(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s)|Afterwards?,\\s+)`,
  "uy",
);

/**
 * Where the subject may start after an opening dateline or day of `text`, or where or when it was
 * said before a description or a name with its title (`Outside the Royal Courts of Justice, her
 * daughter, …`, `…, Mr Fairbrother read`), 0 without one.
 */
export function afterDatelineOrDay(text: string): number {
  DATELINE_OR_DAY.lastIndex = 0;
  return DATELINE_OR_DAY.exec(text)?.[0].length ?? 0;
}

function sentenceSubjectPattern(head: string): RegExp {
  return new RegExp(
    `(?:(?:But|And|Yet|So|Still|However|Meanwhile|Now|Then|Also|Instead|Indeed|Later|Earlier|however|${NOT_A_NAME_LY_ED}\\p{Lu}\\p{Ll}+ly),?\\s+)?(?:\\d{1,3}-year-old\\s+(?=\\p{Lu}))?(${NOT_FUNCTION_WORD}(?!${NOT_A_NAME_LY_ED}\\p{Lu}\\p{Ll}+(?:ly|ed)\\s)(?:${head}))${PAREN}${APPOSITIVE}?(?:\\s+on\\s+(?:${WEEKDAYS}))?\\s+(?:${AUX}\\s+)*(?:(?:\\p{Ll}+ly|only|instead)\\s+){0,2}(\\p{Ll}+)\\b`,
    "uy",
  );
}
/** A count of people opening a sentence: `Hundreds of smallholder tea farmers`, `Thousands of nurses`. */
const COUNT_OF_PEOPLE = `${PEOPLE_COUNT_OF}\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:${PLURAL_NOUNS})`;
/**
 * A description and the name after it (`The state director, Mike Rubino, reached out`), then
 * `Democratic nominee Hillary Clinton chimed in`, then `Reid campaigned`, `the senator said`, and
 * last a description alone: `The company keeps …`, where `The` alone passed for a name.
 */
const SENTENCE_SUBJECTS = [
  // `Trump’s Virginia state director, Mike Rubino, reached out`: the description and its name.
  sentenceSubjectPattern(`(?:${DESC}|${POSSESSIVE_DESC}),\\s+${NAME}(?<![’']s)(?=,)`),
  sentenceSubjectPattern(`${TITLED_NAME}(?<![’']s)`),
  // `Netanyahu and other right-wing Israeli leaders shunned`, `Trump and his allies have`.
  sentenceSubjectPattern(
    `${NOT_DAY_NAME}${NAME}(?:,\\s+${NAME})*,?\\s+and\\s+(?:${NAME}|(?:others?|his|her|their)(?:\\s+(?!${AUX}\\b)[\\p{L}-]+){0,4})`,
  ),
  // `South Africa's president congratulated the team …, writing:`: a description a name owns
  // (one set off before a name is the first pattern's: `Britain’s ambassador, Dame …,`).
  sentenceSubjectPattern(
    `${COUNT_OF_PEOPLE}|${NAME}${OF_PLACE}?(?<![’']s)|${DESC}|${POSSESSIVE_DESC}(?!,)|${PRONOUN}`,
  ),
  sentenceSubjectPattern(DESC),
];
/** A comma and a capital within reach: where SENTENCE_SUBJECTS[0] (a description, a name) may match. */
const DESC_THEN_NAME_AHEAD = /^[^,]{2,120},\s+\p{Lu}/u;
/** Common past forms and auxiliaries: the word after a subject that shows it is one. */
export const COMMON_PAST_WORDS =
  "said|told|made|took|gave|went|came|got|saw|met|spoke|wrote|held|left|put|ran|won|lost|sent|set|kept|led|thought|felt|knew|began|became|brought|bought|paid|stood|heard|did|had|was|is|has|threw|struck|sought|fought|drew|chose|drove|rose|broke|caught|taught|understood|withdrew|overcame|oversaw|upheld|withheld|swore|shook|shot|sold|spent|built|found|fell|fled|forgot|hit|hid|let|quit|cut|beat|bore|blew|dealt|meant|sang|sat|stuck|swept|tore|wore|undertook|underwent|forgave|foresaw";
export const COMMON_PAST = new RegExp(`^(?:${COMMON_PAST_WORDS})$`);

/** Common verbs in the present in -s (`keeps`, `runs`); a plural noun (`officials`) is none. */
const PRESENT_S =
  /^(?:keeps|runs|has|is|does|goes|makes|takes|gets|holds|owns|sees|wants|needs|remains|continues|plans|hopes|seems|appears|believes|thinks|knows|offers|uses|operates|manages|controls|faces|leads|works|lives|spends|pays|sells|buys|gives|puts|sets|helps|tries|wins|loses|backs|opposes|supports|rejects|employs|hires|publishes|produces|builds|serves|represents|rails|ranks|tracks)$/;
/** A form of `be`, `have` or `do` between a subject and the next word: the sentence's verb. */
const COPULA = /(?:^|\s)(?:was|were|is|are|has|had|have|did|does)\s/;
/**
 * An aside after a subject with a name and a past verb after one of its commas: a clause, no
 * appositive (`Salem, New Hampshire, Trump went after Bush,` `Iowa, on Sunday, Mrs. Clinton tried`).
 */
const CLAUSE_ASIDE =
  /,\s+(?:\p{Lu}[\p{L}.’'-]*\s+)+(?:said|told|went|came|made|took|gave|got|sought|struck|threw|tried|\p{Ll}+ed)\s/u;
/** A lower-case word that may go on a description (`executive` in `The chief executive officer`). */
const NOUN_WORD =
  /^(?!(?:of|in|on|at|for|to|with|from|by|and|or|but|who|which|that|the|a|an|he|she|they|it|we|i|you|how|what|when|where|why|later|earlier|ago|now|then|today|yesterday|still|also|again|soon|once|just|even|only)$)(?!\p{Ll}+ly$)\p{Ll}[\p{L}-]*$/u;

/**
 * After a description of a determiner and a word (`The chief`) and its next word (`constable`, or
 * `of` before a name: `The chief executive of Boeing`), ending at `end`: up to two more nouns (or
 * up to three capitalized words after `of`, or a plural and where they are: `A group of parents in
 * Florida`) and the verb after them (`apologised`), as
 * `looksLikeVerb` tells one in lower case; null after a name, or when no verb comes.
 */
function longerDescription(
  sentence: string,
  described: string,
  next: string,
  end: number,
  looksLikeVerb: (word: string) => boolean,
): string | null {
  const opensWithWord = /^\p{Lu}\p{Ll}+$/u.test(described);
  if (!opensWithWord && !/^(?:The|A|An|the|a|an)\s/.test(described)) return null;
  // words[0] is `of` when `next` is, else the empty string before the first space.
  const words = [
    next === "of" ? "of" : "",
    ...sentence
      .slice(end, end + 60)
      .split(" ")
      .slice(1),
  ];
  const joined = (k: number) =>
    words
      .slice(1, k)
      .map((w) => ` ${w}`)
      .join("");
  if (opensWithWord) {
    // `Dairy farmers in the Waikato have given …`: a word, a plural, perhaps where they are, then
    // the verb.
    if (!/^\p{Ll}+s$/u.test(next) || !isPluralNoun(next)) return null;
    const j = pastPlace(words, 1);
    if (j < 0) return null;
    const verb = words[j] ?? "";
    return /^(?:have|has|had|are|were|will)$/.test(verb) ||
      (/^\p{Ll}/u.test(verb) && looksLikeVerb(verb))
      ? joined(j)
      : null;
  }
  if (next !== "of" && !NOUN_WORD.test(next)) return null;
  for (let k = next === "of" ? 0 : 1; k <= 3 && k < words.length; k++) {
    if (words[k] === "of") {
      // `A group of parents in Florida has filed`: a plural after `of`, perhaps where they are,
      // then the verb.
      const plural = words[k + 1] ?? "";
      if (/^\p{Ll}[\p{L}-]*s$/u.test(plural) && isPluralNoun(plural)) {
        const j = pastPlace(words, k + 2);
        if (j < 0) return null;
        const verb = words[j] ?? "";
        return /^\p{Ll}/u.test(verb) && looksLikeVerb(verb) ? joined(j) : null;
      }
      // `The chief executive of Boeing has`: a name of up to three words after `of`, then the verb.
      let j = k + 1;
      while (j <= k + 3 && j < words.length && /^\p{Lu}[\p{L}’'.-]*$/u.test(words[j]!)) j++;
      const verb = words[j] ?? "";
      return j > k + 1 && /^\p{Ll}/u.test(verb) && looksLikeVerb(verb) ? joined(j) : null;
    }
    if (k === 0) continue;
    const word = words[k]!.replace(/[,;:.!?]$/, "");
    // `A federal appeals court on Friday upheld`: a day between the nouns and the verb.
    const dayThenVerb =
      word === "on" && WEEKDAY_WORD.test(words[k + 1] ?? "") && looksLikeVerb(words[k + 2] ?? "");
    if (dayThenVerb || (/^\p{Ll}/u.test(word) && looksLikeVerb(word))) return joined(k);
    // `the Rubio campaign risks`: a word in -s after a noun is the verb more often than a plural.
    if (word !== words[k] || !NOUN_WORD.test(word) || (/[^s]s$/.test(word) && !isPluralNoun(word)))
      return null;
  }
  return null;
}

/**
 * Where the words at `j` end when they say where people are (`in Florida`, `in the Waikato`: up to
 * three capitalized words after `in`, `from` or `across`), `j` when they do not, -1 when `in` has
 * no place after it.
 */
function pastPlace(words: readonly string[], j: number): number {
  if (!/^(?:in|from|across)$/.test(words[j] ?? "")) return j;
  const place = words[j + 1] === "the" ? j + 2 : j + 1;
  let end = place;
  while (end < place + 3 && end < words.length && /^\p{Lu}[\p{L}’'.-]*$/u.test(words[end]!)) end++;
  return end === place ? -1 : end;
}

/** A title in lower case, then a name ending the phrase (`investment giant CITIC`). */
const TITLE_THEN_NAME = /\s\p{Ll}[\p{L}-]*\s+\p{Lu}[\p{L}\p{N}’'.-]*$/u;

/** A determiner opening an object: `a `, `the `, `its `. */
const OBJECT_DETERMINER = /^\s+(?:a|an|the|its|his|her|their)\s/;

/** A name in capitals alone (`Wealth-X`, `Mr. Obama`), no description that a plural may end. */
const NAME_ONLY =
  /^(?!(?:The|A|An|Another|Other|Some|Many|Most|Few|Several|Both|All|One|Two|Three)\s)\p{Lu}[\p{L}\p{N}’'.-]*(?:\s+\p{Lu}[\p{L}\p{N}’'.-]*)*$/u;

/**
 * The name, pronoun or description that opens a sentence as its subject (`Reid frequently mocked`):
 * the word after it must look like a verb; with `presentVerb`, where a later verb after `and` or
 * `but` shows the sentence has one, a present form in -s will do (`Wealth-X keeps … but says`).
 */
export function matchSentenceSubject(
  sentence: string,
  before = sentence.length,
  presentVerb = false,
): { speaker: string; at: number } | null {
  const head = sentence.slice(0, before);
  const masked = maskNames(head);
  if (masked !== head) {
    const found = matchSentenceSubjectIn(masked + sentence.slice(before), before, presentVerb);
    return (
      found && { speaker: sentence.slice(found.at, found.at + found.speaker.length), at: found.at }
    );
  }
  return matchSentenceSubjectIn(sentence, before, presentVerb);
}

function matchSentenceSubjectIn(
  sentence: string,
  before: number,
  presentVerb: boolean,
): { speaker: string; at: number } | null {
  // At the start (after a dateline or a day, if any), else after an opening phrase set off by a
  // comma (`On Thursday, however, Trump spoke`).
  const opening = afterDatelineOrDay(sentence);
  const quotes = sentence.includes("“") || sentence.includes('"') ? new QuoteScan(sentence) : null;
  for (let at = opening; at >= 0 && at < before; at = nextClause(sentence, at, before)) {
    // `“Watch a fully formed fetus on the table, its heart beating, …” said Fiorina, suggesting
    // …`: a clause inside a quotation holds no subject for a verb outside it.
    if (quotes?.insideAt(at)) continue;
    const ahead = sentence.slice(at, at + 160);
    // The description-and-name and the list patterns cost most: tried only where they can match.
    const named = DESC_THEN_NAME_AHEAD.test(ahead);
    const listed = ahead.includes(" and ");
    for (let k = 0; k < SENTENCE_SUBJECTS.length; k++) {
      if ((k === 0 && !named) || (k === 2 && !listed)) continue;
      const pattern = SENTENCE_SUBJECTS[k]!;
      pattern.lastIndex = at;
      const m = pattern.exec(sentence);
      if (!m?.[1] || !m[2]) continue;
      const next = m[2];
      const subjectEnd = m[0].indexOf(m[1]) + m[1].length;
      const between = m[0].slice(subjectEnd, m[0].length - next.length);
      // `Salem, New Hampshire, Trump went after Bush`: an aside that is a clause of its own.
      if (CLAUSE_ASIDE.test(between)) continue;
      const looksLikeVerb = (word: string) =>
        isVerbWord(word) ||
        COMMON_PAST.test(word) ||
        /(?:ed|ing)$/.test(word) ||
        (presentVerb &&
          ((PRESENT_S.test(word) && (NAME_ONLY.test(m[1]!) || TITLE_THEN_NAME.test(m[1]!))) ||
            // `The company runs a factory … and says`, `Bush compares the actions … and says`: a
            // form in -s before a determiner's object.
            (/^\p{Ll}{3,}s$/u.test(word) &&
              OBJECT_DETERMINER.test(
                sentence.slice(m.index + m[0].length, m.index + m[0].length + 7),
              ))));
      if (
        !looksLikeVerb(next) &&
        // `Fiorina was upfront about …`: the auxiliary is the verb.
        !COPULA.test(between.slice(between.lastIndexOf(",") + 1))
      ) {
        // `The chief constable apologised`: a description the pattern took in part runs on over
        // nouns to its verb.
        const more =
          between === " "
            ? longerDescription(sentence, m[1], next, at + m[0].length, looksLikeVerb)
            : null;
        if (more !== null)
          return { speaker: `${m[1]} ${next}${more}`, at: at + m[0].indexOf(m[1]) };
        continue;
      }
      return { speaker: m[1], at: at + m[0].indexOf(m[1]) };
    }
  }
  return null;
}

/**
 * Whether places of a text, asked in increasing order, are inside a quotation opened before them
 * and not closed: one pass over the text however many are asked.
 */
class QuoteScan {
  private scanned = 0;
  private straight = 0;
  private curly = false;
  constructor(private readonly text: string) {}
  insideAt(at: number): boolean {
    for (; this.scanned < at; this.scanned++) {
      const c = charCodeAt.call(this.text, this.scanned);
      if (c === 34) this.straight++;
      else if (c === 0x201c) this.curly = true;
      else if (c === 0x201d) this.curly = false;
    }
    return this.curly || this.straight % 2 === 1;
  }
}

function nextClause(text: string, from: number, before: number): number {
  const comma = text.indexOf(", ", from);
  return comma < 0 || comma >= before ? -1 : comma + 2;
}

/** A verb's subject: the phrase and its offset in the text searched. */
export type Subject = { speaker: string; at: number };

/**
 * Subjects already found in one article (src/quotes/layout.ts keeps the map), keyed by where the
 * searched text starts in the article (`offset`) and the verb's offset in it: the direct-quote
 * phase asks again for many subjects the reported-statement phase found, from the same words.
 */
export interface SubjectMemo {
  found: Map<number, Subject | null>;
  offset: number;
}

/** Verb offsets below this fit in a memo key beside the text's offset. */
const KEY_SPAN = 2 ** 21;

/**
 * The subject of a verb at `verbAt` in `text`, when it starts a clause. With a memo, `text` must
 * be the article's text from `memo.offset` on (any length past `verbAt`).
 */
export function matchSubjectBefore(
  text: string,
  verbAt: number,
  memo?: SubjectMemo,
): Subject | null {
  if (memo === undefined || verbAt >= KEY_SPAN) return subjectReread(text, verbAt);
  const key = memo.offset * KEY_SPAN + verbAt;
  const known = memo.found.get(key);
  if (known !== undefined) return known;
  const found = subjectReread(text, verbAt);
  memo.found.set(key, found);
  return found;
}

/** A comma between a number's digits (`£25,000`), which no clause boundary is. */
const THOUSANDS_COMMA = /(?<=\d),(?=\d{3}\b)/g;
/**
 * `later` or `earlier` between an article and a document (`A later statement`): a word of the
 * description.
 */
const ARTICLE_THEN_TIME =
  /\b(?<=(?:[Aa]n?|[Tt]he)\s+)[le](?=(?:ater|arlier)\s+(?:statement|report|post|update|tweet|message|email|letter|interview|version|study|ruling|filing|announcement)\b)/g;

/** The kind of business after a name and `of the`, before its name (`of the law firm Baker Botts`). */
const FIRM_OF =
  /(?<=\p{Lu}[\p{L}’'.-]*\s+of\s+the\s+)(?:(?:law|accounting|consulting|investment|lobbying|research|polling|security|engineering|architecture|technology|tech|shipping|energy|mining|media|PR)\s+)?(?:firm|company|consultancy|group|bank|charity|agency)(?=\s+\p{Lu})/gu;

/**
 * A body written in lower case after a name, `of the` and a place or a level (`Bart van der Linde
 * of the Drenthe police`, `Ana Ruiz of the city council`): read capitalized, as the body's name.
 */
const LOWER_BODY_OF = new RegExp(
  String.raw`(\p{Lu}[\p{L}’'.-]*\s+of\s+the\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,2})(${LOWER_BODY})(?=\s)`,
  "gu",
);

/**
 * `at` between a person's name (two capitalized words) and `the` and a body, capitalized or
 * written in lower case (`Tom Reyes at the Brookings Institution`, `at the city hospital`).
 */
const NAME_AT_THE = new RegExp(
  String.raw`(?<=\p{Lu}[\p{L}’'.-]*\s+\p{Lu}[\p{L}’'-]+\s)at(?=\s+the\s+(?:\p{Lu}|${LOWER_BODY}\s))`,
  "gu",
);

/** A Portuguese name's `do`, which the subject grammar lacks. */
const PORTUGUESE_DO_WORD = new RegExp(PORTUGUESE_DO, "gu");

/** The comma after `gave only his first name` before the name given and its own comma. */
const GAVE_NAME_COMMA =
  /(?<=\bgave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|full\s+)?name(?:\s+only)?),(?=\s+\p{Lu}[\p{L}’'-]*,)/gu;

/** `dos`, `das` or `ap` between a capitalized word and another: a name's particle. */
const PARTICLE_DOS_AP = /\b(?:dos|das|ap)(?=\s+\p{Lu}\p{Ll})(?<=\p{Lu}\p{Ll}*\s(?:dos|das|ap))/gu;

/** A length of time: `four months`, `a few weeks`, `18 years`. */
const TIME_SPAN =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|many|\d+)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/;

/** What opens a subject of two clauses: words with no comma, then `, and`. */
const COMMA_AND = /^[^,]+,\s+and\s+/;

/** A preposition (maybe and `the`) right before a name. */
const PREPOSITION_END = /\s(?:in|at|from|near)\s+(?:the\s+)?$/;
/**
 * A plural opening a sentence or a clause, maybe after a count (`More than 3,000 parents`), then
 * the words of where the people are, up to a name after a preposition (`Consultants at the
 * children's hospital in `).
 */
const PLURAL_THEN_PLACES =
  /(?:(?<=^|[.!?]["”’]?\s+|\n)(?:\p{Lu}|(?:(?:More|Fewer)\s+than|Nearly|Almost|About|Over|Some)\s+\d[\d,]*\s+\p{Ll})|(?<=,\s+)\p{Ll})(\p{Ll}+s\s+(?:at|in|from|with|for|of)\s+(?:[^\s,;:.!?"“”]+\s+){0,12})$/u;

/** Two words for roles joined by `and`: `collaborator and producer`, `founder and owner`. */
const ROLE_PAIR =
  /(\p{Ll}{2,}(?:or|er|ist|ant|ent|ian)) and (\p{Ll}{2,}(?:or|er|ist|ant|ent|ian))(?=,)/gu;

/** The comma between a town and its state or country after `from` or `in` (`from Columbus, Ohio,`). */
const PLACE_PAIR_COMMA =
  /(\s(?:from|in|near)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)?),(?=\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)?,)/gu;

/** `Our` or `My` opening a sentence before a word in lower case. */
const FIRST_PERSON_OPENING = /(?<=^|[.!?]["”’]?\s+|\n)(?:Our|My)(?=\s+\p{Ll})/gu;

/** `where` opening a clause set off by commas (`, where Dvořáček will be treated,`). */
const WHERE_SET_OFF = /(?<=,\s)where(?=\s[^,.;:“”"!?]{2,120},)/g;

/** A colon or a point between digits (`2:02.77`, `4.1 million`). */
const TIME_MARK = /\d[.:]\d/;
const TIME_MARKS = /(?<=\d)[.:](?=\d)/g;
/** A rank in a title: `No. 3`, `No.1`. */
const RANK = /\bNo\.\s?\d{1,3}\b/g;

/**
 * `text` read as the subject grammar needs it, same offsets: the commas of a ministry's listed
 * remits (maskRemits) and the kind of business between a name and its business's name (`Jonathan
 * Feld of the law firm Baker Botts`: `Law Firm`) make no break, and a rank (`No. 3`) is a word;
 * the speaker found is taken back from the text as written.
 */
function maskNames(text: string): string {
  // `Graciela “Chela” Montoya, 67, said`: a nickname inside a name read as spaces.
  let remits = withoutNicknames(maskRemits(text) ?? text);
  // `Former world No. 3 Sophie Lacroix-Dumas, commentating for …, called`: a rank read as a word.
  if (remits.includes("No.")) remits = remits.replace(RANK, (r) => `n${"o".repeat(r.length - 1)}`);
  // `Our commentator, grandmaster Ingrid Solheim, says`: a sentence opening with `Our` or `My`
  // reads as one opening with a determiner the grammar knows in capitals (same length).
  if (remits.includes("Our ") || remits.includes("My ")) {
    remits = remits.replace(FIRST_PERSON_OPENING, (w) => (w === "Our" ? "The" : "An"));
  }
  // `A 41-year-old teacher from Columbus, Ohio, said`: a town and its state or country after
  // `from` or `in` are one place.
  if (remits.includes(" from ") || remits.includes(" in ") || remits.includes(" near ")) {
    remits = remits.replace(PLACE_PAIR_COMMA, "$1 ");
  }
  // `The singer's longtime collaborator and producer, who …, posted`: two roles joined by `and`
  // read as one word of the description (same length).
  if (remits.includes(" and ")) remits = remits.replace(ROLE_PAIR, "$1&and&$2");
  // `The hospital, where Dvořáček will be treated, said`: a `where` clause set off reads as the
  // `which` clause the grammar sets off after a description (same length).
  if (remits.includes(", where ")) remits = remits.replace(WHERE_SET_OFF, "which");
  // `Police in Mato Grosso do Sul said`: `do` read as the particle `de` (same length).
  if (remits.includes(" do ")) remits = remits.replace(PORTUGUESE_DO_WORD, "de");
  // `A passenger, who gave only his first name, Karim, said`: the name given is no clause's end.
  if (remits.includes(" name, ")) remits = remits.replace(GAVE_NAME_COMMA, " ");
  // `Ana Beatriz dos Santos`, `Aled ap Rhys`: read as the particles `del` and `al` (same length).
  if (remits.includes(" dos ") || remits.includes(" das ") || remits.includes(" ap ")) {
    remits = remits.replace(PARTICLE_DOS_AP, (word) => (word === "ap" ? "al" : "del"));
  }
  // `Tom Reyes at the Brookings Institution said`: where the person works, as `of the` reads.
  if (remits.includes(" at the ")) remits = remits.replace(NAME_AT_THE, "of");
  if (!remits.includes(" of the ")) return remits;
  const capitalized = (kind: string) => kind.replace(/(?<!\p{L})\p{Ll}/gu, (c) => c.toUpperCase());
  return remits
    .replace(FIRM_OF, capitalized)
    .replace(LOWER_BODY_OF, (_, lead: string, body: string) => lead + capitalized(body));
}

/**
 * subjectBefore; where it finds none, again with the commas of numbers before the verb read as
 * part of their number (`Lee Castleton, who was pursued for £25,000, said`), a time's or a
 * decimal's marks as digits (`who took silver in 2:02.77,`), and `later` or
 * `earlier` after an article read as a word of a description (`A later statement said`; the
 * grammar's stop words bar them): the grammar sees a space, or the word capitalized, there, and
 * the speaker is taken back from the text as written (same offsets).
 */
/** A form in -ing at the start of a text. */
const ING_AT = /^\p{Ll}{2,}ing\b/u;
/** A pronoun, its verb, then whom it heard or remembers (`She recalls him `, `I heard them `). */
const HEARD_ONE =
  /(?:^|[\s,;])(?:[Ss]he|[Hh]e|[Tt]hey|I|[Ww]e)\s+(?:recalls|recalled|remembers|remembered|heard|hears|recall|remember|hear)\s+(him|her|them)\s+$/u;

function subjectReread(text: string, verbAt: number): Subject | null {
  const from = Math.max(0, verbAt - 160);
  const pre = text.slice(from, verbAt);
  // `She recalls him telling her that …`: the one heard or remembered says it.
  const heard = ING_AT.test(text.slice(verbAt, verbAt + 16)) ? HEARD_ONE.exec(pre) : null;
  if (heard?.[1])
    return { speaker: heard[1], at: from + heard.index + heard[0].indexOf(heard[1], 3) };
  // `in an operation that coastguards described as`, `what officials called`: the subject of a
  // relative clause naming what something was called.
  const relative = NAMING_RELATIVE.exec(pre);
  const last = relative?.[1]?.slice(relative[1].lastIndexOf(" ") + 1);
  if (
    relative?.[1] &&
    last !== undefined &&
    (relative[1] === "they" ||
      isPluralNoun(last) ||
      AGENT_PLURAL.test(last) ||
      // `a bidding war that the auctioneer described as …`: one person described.
      (relative[1].startsWith("the ") && PERSON_HEAD.test(last))) &&
    NAMING_VERB.test(text.slice(verbAt, verbAt + 24))
  ) {
    return { speaker: relative[1], at: from + relative.index };
  }
  // `A spokesman for the Department for Environment, Food and Rural Affairs said`: one name;
  // `Jonathan Feld of the law firm Baker Botts said`: a name and where the person works.
  const early = maskNames(pre);
  if (early !== pre) {
    const found = subjectBefore(text.slice(0, from) + early, verbAt);
    if (found) {
      return { speaker: text.slice(found.at, found.at + found.speaker.length), at: found.at };
    }
  }
  const plain = subjectBefore(text, verbAt);
  // `ACCRA, Ghana (AP) — Ghana's ruling party candidate, Vice President Mahamudu Bawumia, said`:
  // the dateline opening the text is no part of the subject.
  if (plain?.at === 0) {
    const dateline = afterDatelineOrDay(plain.speaker);
    if (dateline > 0 && dateline < plain.speaker.length) {
      return { speaker: plain.speaker.slice(dateline), at: dateline };
    }
  }
  // `The migrants, most of them from Sudan, Eritrea and Bangladesh, said`: a share of those the
  // sentence opens with, set off, is their appositive.
  if (plain && SHARE_OF_THEM.test(plain.speaker)) {
    const comma = /,\s+$/.exec(text.slice(Math.max(0, plain.at - 4), plain.at));
    const at = comma ? plain.at - comma[0].length : -1;
    const head = at > 0 ? subjectBefore(`${text.slice(0, at)} `, at + 1) : null;
    if (
      head &&
      !SHARE_OF_THEM.test(head.speaker) &&
      SENTENCE_START_BEFORE.test(text.slice(Math.max(0, head.at - 4), head.at))
    ) {
      return { speaker: text.slice(head.at, plain.at + plain.speaker.length), at: head.at };
    }
  }
  // `A state inspection report issued after the collapse found`: the object of a participle's
  // preposition is not the subject; the thing put out is, with what places it.
  const issued = plain
    ? ISSUED_PHRASE.exec(text.slice(Math.max(0, plain.at - 40), plain.at))
    : null;
  if (plain && issued) {
    const head = subjectBefore(text, plain.at - issued[0].length + 1);
    if (head && head.at + head.speaker.length === plain.at - issued[0].length) {
      return { speaker: text.slice(head.at, plain.at + plain.speaker.length), at: head.at };
    }
  }
  // `Consultants at the children's hospital in Cardiff said`: a name right after a preposition is
  // its object, not the subject, when the clause opens with a plural and where they are: that,
  // with all up to the verb, is.
  if (plain && /^\p{Lu}/u.test(plain.speaker)) {
    const before = text.slice(Math.max(0, plain.at - 120), plain.at);
    const head = PREPOSITION_END.test(before) ? PLURAL_THEN_PLACES.exec(before) : null;
    const opening = head ? head[0] : "";
    if (head && !FIRST_NAME_GENDER.has(opening.split(" ")[0]!)) {
      return { speaker: opening + plain.speaker, at: plain.at - opening.length };
    }
  }
  // `The bell weighs about 600kg, and officers believe`: two clauses, not two subjects (two
  // joined take no comma before their `and`), so the subject is the second clause's.
  const joined = plain ? COMMA_AND.exec(plain.speaker) : null;
  if (plain && joined) {
    const at = plain.at + joined[0].length;
    const second = subjectThenAuxFrom(text.slice(0, verbAt), at);
    if (second === plain.speaker.slice(joined[0].length)) return { speaker: second, at };
  }
  if (plain) return plain;
  const numbers = /\d,\d/.test(pre);
  // `Chloe Whitmore, who took silver in 2:02.77, said`: a time's or a decimal's marks as digits.
  const marks = TIME_MARK.test(pre);
  const times = pre.includes("later ") || pre.includes("earlier ");
  if (!numbers && !marks && !times) return null;
  let masked = numbers ? pre.replace(THOUSANDS_COMMA, " ") : pre;
  if (marks) masked = masked.replace(TIME_MARKS, "0");
  if (times) masked = masked.replace(ARTICLE_THEN_TIME, (c) => c.toUpperCase());
  if (masked === pre) return null;
  const found = subjectBefore(text.slice(0, from) + masked, verbAt);
  return found && { speaker: text.slice(found.at, found.at + found.speaker.length), at: found.at };
}

/**
 * A participle of putting something out and its preposition: ` issued after `, ` released in `
 * (not `by`, whose agent the grammar reads as the subject: `Exit polls conducted by The Associated
 * Press`).
 */
const ISSUED_PHRASE =
  /\s(?:published|released|issued|commissioned|compiled|prepared|conducted|filed|produced)\s+(?:after|before|following|during|in|on|for)\s+$/;
/**
 * A past verb in the active (maybe after an adverb) and up to four words after it, right before a
 * form in -ing with no comma: ` halted withdrawals ` (`… when the exchange abruptly halted
 * withdrawals citing “…”`, `The company cut its forecast citing`); the verb's subject is the
 * participle's (not a passive's: `A pub landlord who was convicted of drink driving after claiming
 * …`; nor where a pronoun is the verb's object, the participle's own subject: `have sold him on
 * supporting`).
 */
const PAST_CLAUSE_BEFORE =
  /(?<!\b(?:was|were|is|are|be|been|being))\s(?:\p{Ll}+ly\s+)?(?:\p{Ll}{3,}ed|cut|set|put|shut|kept|held|made|took|gave|sent|left|lost|won|spent|paid|struck|broke|froze|withdrew)\s+(?:(?!(?:is|was|are|were|be|been|and|or|by|him|them|me|us)\s)[^\s,;:“”"]+\s+){1,4}$/u;
/** Where a sentence opens: the text's start, or a sentence's end and space. */
const SENTENCE_START_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*)$/;
/** A share of a group named before it: `most of them from Sudan`, `many of whom`. */
const SHARE_OF_THEM =
  /^(?:most|many|some|all|both|several|none|half|each|one|two|three|four|five|dozens|hundreds)\s+of\s+(?:them|whom)\b/;
/**
 * A plural of people, maybe after a word for what they are, right after a relative word, before
 * the verb: `that coastguards `, `what community leaders `; or `they`.
 */
const NAMING_RELATIVE =
  /(?<=\s(?:what|that|which)\s+)((?:\p{Ll}[\p{Ll}-]+\s+)?\p{Ll}[\p{Ll}-]+)\s+$/u;
/** A plural of those who do something: `rescuers`, `investigators`, `analysts`. */
const AGENT_PLURAL = /^\p{Ll}{3,}(?:er|or|ist|ian|ant|ent|guard)s$/u;
/** A verb naming what something is: `described as`, `called`, `dubbed`. */
const NAMING_VERB =
  /^(?:described\s+as|called|termed|dubbed|labell?ed|branded|characteri[sz]ed\s+as)\s/;
const CAPITAL_PRONOUN_BEFORE =
  /(?<=[\p{Ll}\d.]\s)(She|He|They|We)\s+(?:(?:has|had|have|also|later|then|would|will)\s+)?$/u;
/** A passive of `quote` before `as` (`was quoted as`, `has been widely quoted as`). */
const QUOTED_AS =
  /\s(?:was|were|is|are|been|be)\s+(?:\p{Ll}+ly\s+)?quoted\s+(?:by\s+[^,;:“”"]{1,60}?\s+)?as\s+$/u;
/** A passive of knowing before `to have` (`is understood to have `, `was believed to have `). */
const UNDERSTOOD_TO_HAVE =
  /\s(?:is|was|are|were)\s+(?:widely\s+)?(?:understood|believed|thought|known|alleged|rumou?red)\s+to\s+have\s+$/;
/**
 * How someone was reached, or who saw a document, set off right before the verb: `, when
 * contacted by Reuters, `, `, seen by the BBC, `.
 */
const OCCASION_ASIDE =
  /,\s+(?:(?:when|once|after|if)\s+)?(?:contacted|reached|approached|questioned|interviewed|seen|obtained|reviewed)\b[^,.;:“”"]{0,60},\s$/;
/**
 * An aside between dashes or spaced hyphens right before the verb: `Many speakers — including Jews —
 * said`, `Deborah Jordan Reynolds - Santilli's girlfriend - told`.
 */
const DASH_ASIDE = /\s(?:—|–|--?)\s[^—–"“”]{1,100}?\s(?:—|–|--?)\s$/;
/**
 * A document before `that` or `which` ending the text (group 2: `a statement that `, `the report
 * by the watchdog that `), perhaps after the verb that put it out (group 1: `issued`), and who it
 * is from or by (group 3: `a letter from their lawyer which `, `a letter written by Ms Ratcliffe
 * which `).
 */
const DOCUMENT_THEN_RELATIVE =
  /(?:(?<=\s)(issued|released|published|posted|sent|shared|filed|put\s+out)\s+)?(?<=\s)((?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|letter|report|study|email|e-mail|note|memo|message|post|tweet|survey|poll|document|filing|complaint|lawsuit|analysis|review|release|notice|editorial|ruling|judgment|verdict)(?:\s+(?:(?:written|signed|sent|issued)\s+)?(?:from|by)\s+((?:(?:the|a|an|his|her|their|its)\s+)?[^\s,;:“”"]+(?:\s+[^\s,;:“”"]+){0,3}?))?),?\s+(?:that|which)\s+$/du;
/** A politician's party and state in brackets: `(D-MA)`, `(R-Fla.)`, `(D)`, `(I-Vt.)`. */
export const PARTY_SOURCE = String.raw`\((?:D|R|I)(?:-\p{Lu}[\p{L}.]{0,5})?\)`;
/** A party in brackets and a stray comma right before the verb: `Sen. Jack Reed (D-R.I.), said`. */
const PARTY_COMMA = new RegExp(String.raw`\s${PARTY_SOURCE},\s$`, "u");
const isDash = (code: number) => code === 0x2014 || code === 0x2013 || code === 0x2d;

/**
 * The subject of a form in -ing at `verbAt` that follows a clause in the past with no comma
 * (PAST_CLAUSE_BEFORE): that clause's subject; null when none, or when people right before the
 * form are its own subject (`… appeared to show executives discussing …`).
 */
export function pastClauseSubject(
  text: string,
  verbAt: number,
  memo?: SubjectMemo,
): Subject | null {
  if (/,\s*$/.test(text.slice(Math.max(0, verbAt - 3), verbAt))) return null;
  const clause = PAST_CLAUSE_BEFORE.exec(text.slice(Math.max(0, verbAt - 80), verbAt));
  if (!clause || isPluralNoun(/(\S+)\s+$/.exec(clause[0])![1]!)) return null;
  return matchSubjectBefore(text, verbAt - clause[0].length + 1, memo);
}

/**
 * An organization's initials in brackets right before the verb and its auxiliaries: `(BMA) has`,
 * `(Cas) said`.
 */
const INITIALS_BEFORE_VERB =
  /\s\(\p{Lu}[\p{Lu}\p{Ll}]{1,7}\)(?=(?:\s+(?:has|have|had|is|was|also|now|later|then|would|will))*\s+$)/u;

/**
 * `text` with the initials in brackets before the verb at `verbAt` blanked out (`the British
 * Medical Association (BMA) has announced`): the name before them is the subject, and offsets
 * stay as they were.
 */
export function withoutInitialsBeforeVerb(text: string, verbAt: number): string {
  if (charCodeAt.call(text, verbAt - 1) !== 32) return text;
  const from = Math.max(0, verbAt - 60);
  const m = INITIALS_BEFORE_VERB.exec(text.slice(from, verbAt));
  if (!m) return text;
  const at = from + m.index;
  return text.slice(0, at) + " ".repeat(m[0].length) + text.slice(at + m[0].length);
}

function subjectBefore(text: string, verbAt: number): Subject | null {
  const from = Math.max(0, verbAt - 160);
  const pre = text.slice(from, verbAt);
  // Every pattern below ends in white space before the verb (`\s+…$`, `/\s$/`).
  if (!endsWithSpace(pre)) return null;
  // `… as much as him She reported`: a capitalized pronoun after a lower-case word opens a sentence
  // whose full stop the page lost (a caption run into the text); after `D.C.`, one whose full stop
  // the abbreviation's period took.
  const tail = pre.length > 40 ? pre.length - 40 : 0;
  const opened = CAPITAL_PRONOUN_BEFORE.exec(tail > 0 ? pre.slice(tail) : pre);
  if (opened) return { speaker: opened[1]!, at: from + tail + opened.index };
  const aside = isDash(charCodeAt.call(pre, pre.length - 2)) ? DASH_ASIDE.exec(pre) : null;
  if (aside) return subjectBefore(text, from + aside.index + 1);
  // `Powell’s office, when contacted by Reuters, said`: the occasion set off is blanked out (the
  // grammar sets one off after a description only), offsets kept.
  const occasion = charCodeAt.call(pre, pre.length - 2) === 44 ? OCCASION_ASIDE.exec(pre) : null;
  if (occasion && occasion.index > 0) {
    const at = from + occasion.index;
    const masked =
      text.slice(0, at) + " ".repeat(occasion[0].length) + text.slice(at + occasion[0].length);
    return subjectBefore(masked, verbAt);
  }
  // `issued a statement that said …`, `a letter from their lawyer which said …`: a document's
  // relative clause reports; its author spoke (`their lawyer`), else whoever put it out (`The
  // company issued a statement that said`), else the document.
  const document =
    pre.endsWith(" that ") || pre.endsWith(" which ") ? DOCUMENT_THEN_RELATIVE.exec(pre) : null;
  if (document?.indices?.[2]) {
    const [authorAt] = document.indices[3] ?? [-1];
    if (document[3] && authorAt >= 0) return { speaker: document[3], at: from + authorAt };
    const issuer = document.indices[1] ? subjectBefore(text, from + document.indices[1][0]) : null;
    return issuer ?? { speaker: document[2]!, at: from + document.indices[2][0] };
  }
  // `Smith was quoted as saying …`: the subject of the passive said it.
  const quotedAs = pre.endsWith(" as ") ? QUOTED_AS.exec(pre) : null;
  if (quotedAs) return subjectBefore(text, from + quotedAs.index + 1);
  // `She is understood to have told colleagues …`: so did the subject of `understood`.
  const understood = pre.endsWith(" have ") ? UNDERSTOOD_TO_HAVE.exec(pre) : null;
  if (understood) return subjectBefore(text, from + understood.index + 1);
  const starts: number[] = [];
  if (from === 0) {
    starts.push(0);
    const opener = SENTENCE_OPENER.exec(pre);
    if (opener) starts.push(opener[0].length);
    // `PARIS, Aug 31 (Reuters) - Hillary Clinton on Tuesday said`: a dateline set off by a hyphen.
    const opening = afterDatelineOrDay(pre);
    if (opening > 0) starts.push(opening);
  }
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(pre); m; m = CLAUSE_BOUNDARY.exec(pre)) {
    starts.push(m.index + m[0].length);
  }
  starts.sort((a, b) => a - b);
  // `The dating app on which the pair first matched, Kindred, said`: the thing a relative clause
  // describes, named, before that clause's subject.
  if (from === 0 && charCodeAt.call(pre, pre.length - 2) === 44) {
    const described = DESCRIBED_THEN_NAMED.exec(pre);
    if (described) return { speaker: described[0].trimEnd(), at: 0 };
  }
  for (const start of starts) {
    if (start >= pre.length) break;
    // `But while some Republicans will welcome …`: the subject follows the subordinator.
    SUBORDINATOR_AT.lastIndex = start;
    if (SUBORDINATOR_AT.test(pre)) continue;
    let speaker = subjectThenAuxFrom(pre, start) ?? describedByWhoFrom(text, from, start, verbAt);
    if (speaker === null) continue;
    // `an agency that withdrew after four months said`: a length of time is no one.
    if (TIME_SPAN.test(speaker)) continue;
    // `His wife Anne and their two children said`, `His wife, Anne, and son Fergus said`: a
    // subject of its own opening the sentence, joined by `and`, is one with the subject after.
    const joined = from === 0 ? joinedSubjectBefore(pre, start) : null;
    if (joined !== null) return { speaker: joined + speaker, at: 0 };
    // `…, a factor the former manager admits did him little favours`: a thing, then a relative
    // clause without `that` whose subject is the speaker; the thing is no part of the speaker.
    const thing = REDUCED_RELATIVE.exec(speaker)?.[0].length ?? 0;
    if (thing > 0) speaker = speaker.slice(thing);
    // `Obama on a hot mic both offered`: a short phrase the grammar takes whole is a name and
    // where it spoke.
    const adjunct =
      speaker.length > 8 && (speaker.includes(" a ") || speaker.includes(" an "))
        ? NAME_THEN_ADJUNCT.exec(speaker)
        : null;
    if (adjunct && !isPluralNoun(adjunct[2]!)) speaker = adjunct[1]!;
    // `People who have never been divorced can expect`, `Israel must acknowledge`: the modal is
    // the verb's.
    if (TRAILING_MODAL.test(speaker)) speaker = speaker.replace(TRAILING_MODAL, "");
    // `a spokesperson for the Parks and Recreation Department said`: the `and` a clause boundary
    // took is inside an organization's name.
    const named = ORGANIZATION_BEFORE_AND.exec(pre.slice(Math.max(0, start - 60), start));
    if (named?.[1] && ORG_NOUNS.test(speaker.split(",")[0]!.trim().replace(/s$/, ""))) {
      return { speaker: named[1] + speaker, at: from + start - named[1].length };
    }
    if (named?.[1] && /^\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}$/u.test(speaker)) {
      // `A spokesperson for the Centers for Disease Control and Prevention said`: the person
      // described, up to the organization's name.
      const opening = start - named[1].length;
      const described = DESCRIBED_FOR_ORGANIZATION.exec(
        pre.slice(Math.max(0, opening - 80), opening),
      );
      if (described?.[1]) {
        const at = opening - described[1].length;
        if (at === 0 || /[,;:—–(]\s*$/.test(pre.slice(0, at)))
          return { speaker: described[1] + named[1] + speaker, at: from + at };
      }
    }
    return { speaker, at: from + start + thing };
  }
  if (charCodeAt.call(pre, pre.length - 2) === 44) {
    // `Gov. John Kasich (R-OH), said`: a stray comma after the party.
    const party = PARTY_COMMA.exec(pre);
    if (party) return subjectBefore(text, from + party.index + 1);
  }
  // `Norway's sovereign wealth fund, one of Tesla's largest shareholders, had said`: what a name
  // owns, set off by a description, opening the sentence.
  const owned = from === 0 ? OWNED_THEN_ASIDE.exec(pre) : null;
  if (owned?.[1]) return { speaker: owned[1], at: 0 };
  // `In a meeting with editors Trump said`, `an architect who said`: a name or a pronoun right
  // before the verb, even without a clause boundary.
  return nameOrPronounBefore(pre, from);
}

/**
 * One person or thing described, then the relative clause that restricts it, right before the verb
 * (`A man who lives nearby said`, `The officer who shot him told`, `a woman who says she was abused
 * said`): two to fourteen words after `who`, no comma, no pronoun as the clause's own subject (`a
 * man who they said`); then perhaps an aside set off (`An insurance expert who investigates art
 * crime, speaking on condition of anonymity, said`), a second clause (`…, and who asked not to be
 * named …, told`), a reason (`, citing fear of repercussions,`) or a comma.
 */
const DESCRIBED_BY_WHO = new RegExp(
  `((?:A|An|One|Another|The|Two|Three|Four|Five|Several|a|an|one|another|the|two|three|four|five|several)(?:\\s+(?!(?:who|${STOP})\\b)[\\p{L}\\d’'-]+(?:,\\d{3})*){1,6}?\\s+who(?!\\s+(?:he|she|they|we|I|you|it)\\b)(?:\\s+(?!(?:that|which|who|but|or)\\b|and\\b(?!\\s+\\p{Ll}+ed\\b))[\\p{L}\\d’'.-]+){2,14}?(?:,\\s+(?:and\\s+who|citing)\\s[^,.;:“”"!?]{2,120}?,|${DESC_APPOSITIVE}|,)?)\\s+(?:${AUX_OR_ADVERB}\\s+)*$`,
  "uy",
);
/**
 * A relative clause ending in an auxiliary and maybe adverbs: the verb after it is the clause's
 * (`who is challenging`, `who has not endorsed`).
 */
const ENDS_IN_AUX =
  /\s(?:is|was|are|were|has|have|had|be|been|will|would|can|could|did|does|do)(?:\s+(?:not|never|already|also|just|since|\p{Ll}+ly))*$/u;
/** What opens a clause whose subject may be such a description: none, or a conjunction or a stop. */
const CLAUSE_OPENED =
  /(?:^|[;:—–(]|(?:^|\s)(?:and|but|while|as|because|so|when|although|though|after|before|since|whereas|until|if))\s*$/i;
/** An opening phrase of when or where, set off by a comma (`On Monday, `, `Outside the court, `). */
const OPENING_PHRASE = new RegExp(`^(?:${OPENING_PHRASE_WORDS})\\b[^,]{0,60},\\s*$`);

/**
 * DESCRIBED_BY_WHO's description from `start` of `text.slice(from, verbAt)`, or null: not after a
 * bare comma, where it would be an appositive (`Bernie Sanders, the Vermont senator who is …`),
 * unless the comma ends an opening phrase (`On Monday, a man who …`); nor before a participle (`who
 * was convicted … after claiming`).
 */
export function describedByWhoFrom(
  text: string,
  from: number,
  start: number,
  verbAt: number,
): string | null {
  const opened =
    CLAUSE_OPENED.test(text.slice(Math.max(0, from + start - 12), from + start)) ||
    (from === 0 && OPENING_PHRASE.test(text.slice(0, start)));
  if (!opened) return null;
  if (/^\p{L}+ing\b/u.test(text.slice(verbAt, verbAt + 30))) return null;
  const pre = text.slice(from, verbAt);
  // Most subjects hold no relative word; the patterns below are tried only where one is.
  if (pre.indexOf(" who ", start) >= 0) {
    DESCRIBED_BY_WHO.lastIndex = start;
    const described = DESCRIBED_BY_WHO.exec(pre)?.[1] ?? null;
    if (described) return ENDS_IN_AUX.test(described) ? null : described;
  }
  if (pre.indexOf(" that ", start) < 0 && pre.indexOf(" which ", start) < 0) return null;
  // `A charity that helps homeless people says`: a body or one person, then what it does.
  DESCRIBED_BY_THAT.lastIndex = start;
  const thing = DESCRIBED_BY_THAT.exec(pre);
  const head = thing?.groups?.head?.toLowerCase() ?? "";
  if (!thing?.[1] || ENDS_IN_AUX.test(thing[1])) return null;
  const body = ORG_NOUNS.test(head) || ORG_NOUNS.test(head.replace(/s$/, ""));
  return body || PERSON_HEAD.test(head) ? thing[1] : null;
}

/**
 * DESCRIBED_BY_WHO's kind with `that` or `which` (`A charity that helps homeless people`, `The
 * company which owns the site`, `A coalition of 14 civic groups that deployed monitors`): `head`,
 * which the caller checks is a body (or bodies) or a person;
 * the clause opens with a verb (`a plan that critics said` is no description of a speaker; `an
 * agency that withdrew`), and
 * joins no words with `and` but names (`that operates clinics in Britain and Ireland`).
 */
const DESCRIBED_BY_THAT = new RegExp(
  `((?:A|An|One|The|a|an|one|the)(?:\\s+(?!(?:${STOP})\\b)[\\p{L}\\d’'-]+){0,5}?\\s+(?<head>\\p{Ll}+)\\s+(?:that|which)\\s+(?:has|had|is|was|will|would|can|could|\\p{Ll}+(?:s|ed)|withdrew|left|quit|won|lost|took|made|ran|sold|bought|built|began|grew|went|came|gave|held|kept|paid|sent|spent|brought)(?:\\s+(?!(?:said|says|say|told|tells|tell|that|which|who|but|or)\\b|and\\s+\\p{Ll})[\\p{L}\\d’'.-]+){1,7}?)\\s+(?:${AUX_OR_ADVERB}\\s+)*$`,
  "uy",
);

/**
 * What a name owns (`Norway's sovereign wealth fund`), then a description set off by commas, then
 * perhaps an auxiliary, opening the text: group 1 the owned thing.
 */
const OWNED_THEN_ASIDE =
  /^(\p{Lu}[\p{L}.-]*[’']s(?:\s+[\p{Ll}-]+){1,4}),\s+(?:one|a|an|the)\s[^,;:“”"]{2,80},\s+(?:(?:has|had|have|also|previously|earlier|already)\s+)*$/u;

/**
 * A sentence's subject described with a `who`, `that` or `which` clause, then the name it describes
 * set off by commas (`The farmer who owns the land, Iain Gunn,`, `The company that owns the plant,
 * Gulf Coast Chemicals,`, `The dating app on which the pair first matched, Kindred,`).
 */
const DESCRIBED_THEN_NAMED =
  /^(?:The|A|An)\s+(?:[\p{L}-]+\s+){1,3}?(?:who|that|which|(?:on|in|at|through|with|by)\s+which|where)\s+(?:[\p{L}\d’'-]+\s+){1,7}?[\p{L}\d’'-]+,\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3},\s+$/u;

/**
 * A thing and the subject of a relative clause without `that`: `a factor ▮the manager`, `a
 * finding ▮Israel`.
 */
const REDUCED_RELATIVE =
  /^(?:a|an)\s+(?:(?:(?!(?:of|for|at|in|on|with|from|to|by|about|near|like|and|or)\s)\p{Ll}[\p{L}-]*\s+){1,2}(?=the\s)|(?:claim|charge|finding|conclusion|accusation|allegation|description|characterization|characterisation|label|term|word|view|figure|verdict)\s+(?=\p{Lu}))/u;

/**
 * A name of one person or body, then where it spoke (`Obama on a hot mic`, `Smith in an
 * interview`); not a share (`Six in 10`, `Just over a quarter`) nor a plural (`Democrats on a
 * panel`).
 */
const NAME_THEN_ADJUNCT =
  /^((?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Many|Most|Some|Those|Nobody|None|All|Half|Few|Several|Footage|Video|Photos?|Just|Only|Nearly|Almost|Roughly|About|Well)\s)(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}(\p{Lu}[\p{L}.’'-]*))\s+(?:on|in|with|over|during|via)\s+an?\s/u;

/**
 * The words from the text's start to `start` when they are a subject and `and` (`His wife Anne
 * and `, `His wife, Anne, and `), else null.
 */
export function joinedSubjectBefore(pre: string, start: number): string | null {
  const and = /,?\s+and\s+$/.exec(pre.slice(Math.max(0, start - 8), start));
  if (!and || start < 12) return null;
  const left = pre.slice(0, start - and[0].length);
  // `The general stumped for Clinton in Iowa and …`: a clause with its verb is no subject.
  if (PRONOUN_ONLY.test(left) || VERB_IN_LEFT.test(left) || left.split(" ").length > 8) return null;
  // The subject pattern ends in white space; a name set off ends in its comma (`His wife, Anne,`).
  const whole =
    subjectThenAuxFrom(`${left} `, 0) === left ||
    (and[0].startsWith(",") && subjectThenAuxFrom(`${left}, `, 0) === `${left},`);
  return whole ? pre.slice(0, start) : null;
}
const PRONOUN_ONLY = new RegExp(`^${PRONOUN}$`);
/** A past form not after a determiner (`stumped`, not `the elected officials`). */
const VERB_IN_LEFT = /(?<!\b(?:the|a|an|his|her|their|its)\s)\b\p{Ll}{3,}ed\b/u;

/** A modal verb at a subject's end. */
const TRAILING_MODAL = /\s+(?:can|could|may|might|should|must)$/;

/** A lower-case subordinator opening a clause: a start the clause boundary after it beats. */
const SUBORDINATOR_AT = /(?:while|when|although|though|because|since|once|until|whereas)\s/y;

/**
 * A person described by the organization they speak for, up to its name's words before `and`:
 * `A spokesperson for the Centers for `, `an official at the `.
 */
const DESCRIBED_FOR_ORGANIZATION =
  /(?:^|\s)((?:A|An|The|a|an|the)\s+(?:[\p{Ll}-]+\s+){1,3}?(?:for|of|at|from|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+(?:(?:for|of|on)\s+)?)*)$/u;

/**
 * Capitalized words and `and` right before an organization's last words (`Parks and `, `The
 * Associated Press and `), not a month's name.
 */
const ORGANIZATION_BEFORE_AND = new RegExp(
  `(?:^|[\\s(])((?:(?!${MONTH}\\s)\\p{Lu}[\\p{L}’'-]*\\s+){1,3}and\\s+)$`,
  "u",
);

const ADVERB_WORD = new RegExp(`^${ADVERB}$`, "u");
const AUX_WORDS = new Set(AUX.slice(3, -1).split("|"));
const NEAR_PRONOUNS = new Set(["he", "she", "they", "who", "we", "I"]);
const NAME_WORD =
  /^(?:\p{Lu}[\p{L}’'-]*|(?:\p{Lu}\.)+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Jr|Sr)\.)$/u;
const FUNCTION_WORD =
  /^(?:To|In|On|At|For|With|From|By|As|If|When|After|Before|While|The|A|An|This|That|These|Those|It|But|And|Or|So|Yet|According|Of|Since|Until|Although|Though|Because|Despite|During|Under|Over|Like|Unlike|Without|Within|Then|Now|Still|Also|Even|Only|Just|Why|What|How|Where|Who|There|Here|Let[’']s)$/;
const NAME_CONNECTOR = new RegExp(`^(?:${NAME_PARTICLES}|of)$`);
/** A word that is a party in brackets (PARTY_SOURCE). */
const PARTY = new RegExp(`^${PARTY_SOURCE}$`, "u");
const SEEN = new RegExp(`^(?:${DOCUMENT_PASSIVE})$`);
/** A noun for a part of a place, before `of` and its name (`the coast of`, `the outskirts of`). */
const PLACE_NOUN =
  /^(?:coast|shores?|outskirts|centre|center|north|south|east|west|heart|edge|city|town|village|county|state|province|region|island|islands|capital|suburbs?|streets|port|border|banks)$/;
/** Word offsets of nameOrPronounBefore, reused: it is synchronous and never re-entered. */
const WORD_STARTS: number[] = [];
const WORD_ENDS: number[] = [];

/** `what`, then one described and nothing more (`what one reviewer `). */
const WHAT_DESCRIBED =
  /^what\s+((?:one|a|an|another|some|the|many|several)\s+(?:[\p{L}-]+\s+){0,2}?\p{Ll}[\p{L}-]*)\s+$/u;

/**
 * A name or pronoun right before the verb (`In a meeting with editors Trump said`, `an architect
 * who said`), found by walking back over words: no regular expression scans the whole text.
 */
export function nameOrPronounBefore(
  text: string,
  from: number,
): { speaker: string; at: number } | null {
  if (!endsWithSpace(text)) return null;
  // `what one reviewer called`, `what a witness described`: the one described after `what`.
  const what = text.indexOf("what ", Math.max(0, text.length - 60));
  if (what >= 0) {
    const described = WHAT_DESCRIBED.exec(text.slice(what));
    if (described?.[1]) return { speaker: described[1], at: from + what + 5 };
  }
  // `who Beck on Wednesday called`: a time between the name and the verb.
  const time = endsWithTimeWord(text) ? TIME_AT_END.exec(text.slice(-40)) : null;
  const pre = time ? text.slice(0, text.length - time[0].length + 1) : text;
  // The words (runs of non-white space, as /\S+/g finds them) of the last 100 characters.
  const starts = WORD_STARTS;
  const ends = WORD_ENDS;
  starts.length = 0;
  ends.length = 0;
  for (let k = pre.length > 100 ? pre.length - 100 : 0; k < pre.length; ) {
    if (isSpaceCode(charCodeAt.call(pre, k))) {
      k++;
      continue;
    }
    starts.push(k);
    while (k < pre.length && !isSpaceCode(charCodeAt.call(pre, k))) k++;
    ends.push(k);
  }
  let i = starts.length - 1;
  while (i >= 0) {
    const word = pre.slice(starts[i], ends[i]);
    if (!AUX_WORDS.has(word) && !ADVERB_WORD.test(word)) break;
    i--;
  }
  // `At the convention Sen. Elizabeth Warren (D-MA) said`: a party and state after the name.
  if (i > 0 && PARTY.test(pre.slice(starts[i], ends[i]))) i--;
  if (i < 0) return null;
  const end = ends[i]!;
  const last = pre.slice(starts[i], end);
  if (NEAR_PRONOUNS.has(last)) return { speaker: last, at: from + starts[i]! };
  let j = i;
  while (j >= 0) {
    const word = pre.slice(starts[j], ends[j]);
    if (!NAME_WORD.test(word) && !(j < i && NAME_CONNECTOR.test(word))) break;
    // `In March ten Republicans said`: a number before a plural, no particle.
    if (word === "ten" && pre.endsWith("s", ends[j + 1])) break;
    j--;
  }
  while (j + 1 <= i && NAME_CONNECTOR.test(pre.slice(starts[j + 1], ends[j + 1]))) j++;
  // `To understand`, `In Tulsa`: a capitalized function word opens the run, not a name.
  while (j + 1 <= i && FUNCTION_WORD.test(pre.slice(starts[j + 1], ends[j + 1]))) j++;
  if (j === i) return null;
  // `a memo seen by Reuters said`: who saw what says it is not the verb's subject.
  if (
    j > 0 &&
    pre.slice(starts[j], ends[j]) === "by" &&
    SEEN.test(pre.slice(starts[j - 1], ends[j - 1]))
  )
    return null;
  // `A surfer who fought off a shark off the coast of New South Wales says`: a place after a
  // noun's `of` is that noun's; the speaker is further back.
  if (
    j >= 1 &&
    pre.slice(starts[j], ends[j]) === "of" &&
    PLACE_NOUN.test(pre.slice(starts[j - 1], ends[j - 1]))
  )
    return null;
  // `published in the journal JAMA Psychiatry argued`: a name after a preposition's noun of its
  // kind names that noun; it is no subject (`in a way FBI Director James Comey slammed` is).
  if (
    j >= 2 &&
    isKindNoun(pre.slice(starts[j], ends[j])) &&
    /^(?:the|a|an)$/.test(pre.slice(starts[j - 1], ends[j - 1])) &&
    /^(?:in|of|on|at|for|from|by|with|to|into|about)$/.test(pre.slice(starts[j - 2], ends[j - 2]))
  )
    return null;
  const first = starts[j + 1]!;
  return { speaker: pre.slice(first, end), at: from + first };
}

const TIME_WORDS = new Set([
  ...WEEKDAYS.split("|"),
  "week",
  "month",
  "year",
  "night",
  "morning",
  "afternoon",
  "evening",
]);
/** Whether the last word of `text` (before its trailing white space) is a day or a time word. */
function endsWithTimeWord(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpaceCode(charCodeAt.call(text, end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpaceCode(charCodeAt.call(text, start - 1))) start--;
  return end - start >= 4 && TIME_WORDS.has(text.slice(start, end));
}
/** A day or a time right before a verb (` on Wednesday `, ` last week `, ` late Tuesday night `). */
const TIME_AT_END = new RegExp(
  `\\s(?:(?:on|late|early)\\s+(?:${WEEKDAYS})(?:\\s+(?:morning|afternoon|evening|night))?|(?:last|this)\\s+(?:week|month|year|night|${WEEKDAYS}))\\s+$`,
);

/** A noun a name may follow as an instance of its kind (`the journal Nature`, `a super PAC`). */
const KIND_NOUN =
  /^(?:journal|super|book|show|program|programme|film|daily|weekly|tabloid|blog|podcast)$/i;
const isKindNoun = (word: string) => KIND_NOUN.test(word) || ORG_NOUNS.test(word);

/** The last word of a subject cut short: a preposition, an article or a conjunction. */
const ENDS_IN_FUNCTION_WORD =
  /\s(?:in|of|on|at|for|with|from|by|to|a|an|the|and|or|but|as|than|that|which|who|have|has|about|into|over|under)$/;
/** `The former secretary of (state)`: a title cut before its `of`, which a description resolves. */
const TITLE_OF =
  /\b(?:secretary|director|chairman|chairwoman|head|president|governor|leader|member|chief|mayor|minister|ambassador|senator)\s+of$/i;
/**
 * A capitalized adjective alone (`Democratic`, `Hispanic support`, `Coastal`, a greeting's `Good`;
 * not `Djokovic`): no one.
 */
export const LONE_ADJECTIVE =
  /^(?:Democratic|Hispanic|Islamic|Catholic|Economic|Strategic|Olympic|Atlantic|Arabic|Diplomatic|Academic|Scientific|Historic|Public|Current|Coastal|Former|Recent|Previous|Latest|Similar|Local|Federal|Foreign|Domestic|Good|Hello|Welcome)$/;
/**
 * A subject opened by a singular determiner: its verb takes -s or is past, never plain; not a share
 * or a group of people (`A majority of voters say`, `One in five say`, `A mere 9 percent say`).
 */
const SINGULAR_SUBJECT =
  /^(?:(?:most\s+)?(?:likely|probably|perhaps|possibly)\s+)?(?:a|an|A|An|one|One|this|This|each|Each|every|Every|another|Another)(?![^,]*(?:\s(?:and|or|of|in)\s|percent|majority|minority|plurality|number|third|quarter|half|%))\s/;
/** `state`, `say`, `argue`: reporting verbs in their plain form, which no singular subject takes. */
const PLAIN_FORM =
  /^(?:say|state|argue|claim|warn|note|insist|contend|believe|think|suggest|agree|add|ask|predict|expect|allege|report|charge|complain|deny|admit|explain|maintain|acknowledge|concede|estimate|fear|hope|want|urge|support|oppose|plan|intend|caution|question|doubt|worry|cite|praise|criticize|blame|accuse|demand|call|describe|dismiss|recall|reveal|show|indicate|find|conclude|attack|defend|reject|welcome|announce|confirm|respond|tell|write)$/;
/** A count with no noun (`a dozen`, `hundreds`): before a form in -s, that form is its noun. */
const COUNT_ALONE =
  /^(?:(?:a|an|about|nearly|almost|some|several|more\s+than)\s+)?(?:dozens?|couple|few|handful|hundreds?|thousands?|millions?|\d[\d,]*)$/i;

/**
 * Whether the subject and the verb cannot agree, so the verb is a noun: a singular subject before a
 * plain form, a bare count before a form in -s (`when a dozen states held contests`).
 */
export function disagrees(subject: string, verb: string): boolean {
  if (verb.endsWith("s") && COUNT_ALONE.test(subject)) return true;
  return PLAIN_FORM.test(verb) && SINGULAR_SUBJECT.test(subject);
}
/**
 * `The new (plans)`, `its latest (claims)`, `a newly (revealed call)`, `Stadia's current (expected
 * lineup)`: the noun was read as the verb; not `the other`, one of two (`One of them said ….
 * The other said …`).
 */
const DETERMINER_ADJECTIVE =
  /^(?!The\s+other$)(?:the|a|an|his|her|its|their|our|my|these|those|\p{Lu}[\p{L}.-]*[’']s?)\s+(?:new|old|latest|recent|proposed|current|final|initial|revised|early|other|own|first|last|next|same|original|only|newly|recently|widely|highly|previously|closely|heavily|largely|publicly|privately|freshly|formerly|reportedly|allegedly|hotly|little)$/iu;
/** `(At one) point the crowd (chanted)`: a lower-case noun before a determiner, the tail of a phrase. */
const NOUN_THEN_DETERMINER =
  /^(?!(?:all|both|half|only|even|not|nearly|almost|just|then|now|also|and|but|so|yet|still|where|when|while|as|if|because|since|though|although|after|before|until|once|whom|which|who|that|whether)\s)\p{Ll}+\s+(?:the|a|an)\s/u;
/** `Let me just (say)`: the writer, not a speaker the text names. */
const LET = /^Let(?:\s|[’']s\b)/;
/**
 * A verb of the sentence inside the subject: `many laughed at …`, `The bill did something …`,
 * `President George H.W. Bush held (back loan guarantees)`, `the bloodshed raised (fears that …)`,
 * `Clinton spent Sunday (… seeking to …)`; not `a privately held company`.
 */
/** A phrase ending in `who` and an auxiliary: `Parents who had`. */
const WHO_AUXILIARY_END = /\swho\s+(?:had|has|have|were|was|are|is|would|will)$/;
// (Not a Portuguese name's `do`: `Maria do Carmo Fernandes`.)
const VERB_INSIDE = new RegExp(
  String.raw`\s(?:is|are|was|were|did|does|(?!${PORTUGUESE_DO})do|found|made|took|gave|laughed|captured|has|had|want|wants)\s|\s(?:spent|raised|used|became|becomes|got|gets)(?:\s|$)|(?<!privately|publicly|closely|widely)\sheld(?:\s|$)`,
  "u",
);

/** `Trump was pleased after Jones`: a conjunction and a name end it, and the name is the subject. */
const CLAUSE_THEN_NAME =
  /\s(?:after|before|when|as|since|because|while|until|if|once)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*$/u;

/**
 * A number of things: `2 passes` (`…, 2 passes defended.`), `139 in consecutive frames`; not of
 * people (`2 officials`, `12 senior aides`, `520 superdelegates`, `73 percent`, `3 of the
 * officials`), nor a year (`A 2011 email shows`).
 */
const COUNTED =
  /^(?!(?:19|20)\d\d\s)\d[\d,.]*\s+(?:(?:in|on|at|from|over|for|of)\s+(?:\p{Ll}+\s+){0,3}|(?:\p{Ll}+\s+)?)(\p{Ll}+)$/u;
const COUNTED_PEOPLE = new RegExp(
  `^(?:${PLURAL_NOUNS}|percent|men|women|children|people|adults|teens|girls|boys|others|victims|patients|inmates|survivors|\\p{Ll}+(?:ers|ors|ists|ians|ants|ents|ates|ees))$`,
  "u",
);

/** Whether `speaker` counts things, not people (`2 passes`). */
export function countsThings(speaker: string): boolean {
  const word = COUNTED.exec(speaker)?.[1];
  return word !== undefined && !COUNTED_PEOPLE.test(word);
}

/** Verbs whose object does what follows (`make his supporters feel`, `help voters see`). */
/** Common verbs in the present's third person, which open no subject. */
const PRESENT_VERB =
  /^(?:gives|takes|makes|does|goes|puts|keeps|leaves|brings|sees|allows|holds|sets|offers|needs|wants|recognises|recognizes|requires|means|remains|seems)$/;
const CAUSATIVE =
  /^(?:make|makes|making|help|helps|helping|let|lets|letting|have|having|get|gets|getting|watch|watched|see|saw|hear|heard)$/;

/**
 * A capitalized participle, then a particle, a preposition or a determiner, and lower-case words
 * (`Rattling off`, `Speaking to reporters`); not a gerund's noun phrase (`Polling of union voters`,
 * `Breathing tests`).
 */
const PARTICIPLE_PHRASE =
  /^\p{Lu}\p{Ll}{2,}ing\s+(?:off|up|out|on|to|with|at|about|through|over|down|back|his|her|their|its|the|a|an)(?:\s+\p{Ll}[\p{L}’'-]*)*$/u;

/**
 * A noun summing up what came before, then the subject of its relative clause: `a decision patient
 * groups`; not a description of the noun (`a measure strongly opposed by unions`). At the start of
 * a subject, group 1 is the noun and its article.
 */
const SUMMED_UP = String.raw`(?:a|an)\s+(?:decision|move|step|ruling|verdict|deal|plan|measure|result|outcome|announcement|proposal|change|development|choice|finding|discovery|milestone|setback|blow|victory|defeat|figure|number|pledge|promise|target|sum)\s+(?!(?:of|by|for|from|in|on|at|to|with|that|which|who|makers?|maker)\b|\p{Ll}+(?:ly|ed)\b)(?=\p{Ll})`;
export const SUMMED_UP_THEN_SUBJECT = new RegExp(`^(${SUMMED_UP})`, "u");
/** The same set off after a clause: `…, a decision patient groups hailed …`. */
export const SUMMED_UP_AFTER = new RegExp(`,\\s+${SUMMED_UP}`, "u");

/**
 * A subject the grammar read where there is none: a phrase cut after a function word (`the NBC
 * executive in`), a lone adjective, or one whose head holds a finite verb (`This is what I`).
 */
export function isJunkSubject(speaker: string): boolean {
  if (ENDS_IN_FUNCTION_WORD.test(speaker) && !TITLE_OF.test(speaker)) return true;
  // `Parents who had (hoped to …)`: a relative clause's auxiliary, cut from its verb.
  if (WHO_AUXILIARY_END.test(speaker)) return true;
  // `…, a decision patient groups (hailed as a turning point)`: a clause summed up, then the
  // subject of its own relative clause, who did not say the clause.
  if (SUMMED_UP_THEN_SUBJECT.test(speaker)) return true;
  if (countsThings(speaker)) return true;
  if (LONE_ADJECTIVE.test(speaker)) return true;
  if (
    DETERMINER_ADJECTIVE.test(speaker) ||
    SENTENCE_ADVERB.test(speaker) ||
    LET.test(speaker) ||
    NOUN_THEN_DETERMINER.test(speaker)
  ) {
    return true;
  }
  // `Rattling off promises …`: a participle opening a sentence is its opening phrase, not its
  // subject.
  if (PARTICIPLE_PHRASE.test(speaker)) return true;
  // `made his first trip back`: a verb in the past opening the phrase is a predicate's.
  const first = /^\p{Ll}+/u.exec(speaker)?.[0];
  if (first !== undefined && COMMON_PAST.test(first) && /\s/.test(speaker)) return true;
  // `make his supporters feel`: a verb that makes its object do something.
  if (first !== undefined && CAUSATIVE.test(first) && /\s/.test(speaker)) return true;
  // `gives signatory (states …)`: a verb in the present opening the phrase is a predicate's.
  if (first !== undefined && PRESENT_VERB.test(first) && /\s/.test(speaker)) return true;
  // An appositive or a relative clause may hold a verb (`X, who has …,`); the head may not.
  const head = /^[^,(]*/.exec(speaker)![0];
  return (
    VERB_INSIDE.test(head) && !/\s(?:who|which|that)\s/.test(head) && !CLAUSE_THEN_NAME.test(head)
  );
}
