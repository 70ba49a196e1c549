/**
 * The names an article gives: every capitalized name run, parsed into a person (name words, title,
 * honorific gender) or an organization, with the title an appositive attaches to it
 * (`Victor Cha, a former official, said`). Used by the speaker resolver (src/quotes/speakers.ts).
 */

import { isSpaceCode } from "./chars.js";
import { OPENING_VERBS, WEEKDAYS } from "./cue-grammar.js";
import {
  FIRST_NAME_GENDER,
  type Gender,
  genderOfWords,
  HONORIFICS,
  ORG_WORDS,
  PERSON_TITLE_NOUN,
  SENTENCE_ADVERB,
  SENTENCE_STARTERS,
  TITLE_WORDS,
} from "./speaker-words.js";
import { isVerbForm } from "./verbs.js";

/** A word for a person's role or origin (`Author`, `Prisoner`, `Australian`, `Scientist`). */
const ROLE_NOUN =
  /^(?!(?:Neither|Either|Whether|Together|Rather|Further|Other|Another|However|After|Under|Over|Later|Never|Ever|Recent|Current|Present|Different)$)\p{Lu}\p{Ll}+(?:er|or|ist|ian|ant|ent|ee|ess)$/u;

/** Reporting verbs that open a sentence before their speaker (`Said Comey, “…”`). */
const OPENING_VERB = new RegExp(`^(?:${OPENING_VERBS})$`);

export interface NameEntity {
  name: string;
  tokens: string[];
  /** `tokens` joined by spaces: the key of the memory's maps, one string per distinct name run. */
  key: string;
  title: string | null;
  kind: "person" | "org";
  gender: Gender;
  at: number;
  sentenceStart: boolean;
}

const APPOSITIVE_TITLE = new RegExp(
  `^,\\s+((?:(?:the|a|an|[\\p{Lu}][\\p{L}’'.-]*’s|[\\p{Lu}][\\p{L}’'.-]*'s)\\s+)?(?:[\\p{L}’'.\\-]+\\s+){0,6}?${PERSON_TITLE_NOUN}(?:\\s+(?:of|for|at|to|on|with)\\s+[^,.;:“”"]{1,60}?)?)(?=[,.;]|\\s+(?:said|says|told|added)\\b)`,
  "u",
);
/**
 * A run of capitalised words (a name, with honorifics and connectors); its words are never a
 * paragraph apart (`… says Ken Doctor` then `But there …` is not `Ken Doctor But`).
 */
export const NAME_RUN =
  /(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Pres|Sec|Supt|Insp|Det|Cmdr|Maj)\.|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}(?:[\p{L}’'-]|\.\p{Lu})*)(?:(?:[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Jr|Sr)\.|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}(?:[\p{L}’'-]|\.\p{Lu})*|(?:de|da|del|di|van|von|der|den|bin|ibn|al|la|le|du|of|for|the)(?=\s+\p{Lu})))*/gu;

/** NAME_RUN anchored at a position: indexNames runs it only where a capital letter stands. */
const NAME_RUN_AT = new RegExp(NAME_RUN.source, "uy");
const UPPER = /^\p{Lu}$/u;

/**
 * True where NAME_RUN can start (a `\p{Lu}` code point; every alternative opens with one, and any
 * such letter alone is a match), tested by code unit: the regular expression's own search runs
 * its automaton at every position.
 */
function isCapitalAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 65 && code <= 90;
  if (code < 0xc0) return false;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return UPPER.test(text.slice(i, i + 2));
  }
  return UPPER.test(text[i]!);
}

/** An ASCII capital or any other non-ASCII code unit: where a capital may stand (a fast scan). */
const MAYBE_CAPITAL = /[A-Z\u0080-\uffff]/g;

/** The next NAME_RUN match at or after `from`, as the global search would find it. */
function nextNameRun(text: string, from: number): RegExpExecArray | null {
  MAYBE_CAPITAL.lastIndex = from;
  while (MAYBE_CAPITAL.test(text)) {
    const i = MAYBE_CAPITAL.lastIndex - 1;
    if (!isCapitalAt(text, i)) continue;
    NAME_RUN_AT.lastIndex = i;
    const m = NAME_RUN_AT.exec(text);
    if (m) return m;
  }
  return null;
}

export interface ParsedName {
  /** The name words (no title, no honorific, no leading article). */
  tokens: string[];
  title: string | null;
  kind: "person" | "org";
  gender: Gender;
  /** The whole phrase for organizations ("The Washington Post"). */
  display: string;
  /** `tokens` in lower case. */
  lowerTokens: string[];
  /** `lowerTokens` joined by spaces. */
  lowerKey: string;
}

function lowered(words: readonly string[]): { lowerTokens: string[]; lowerKey: string } {
  const lowerTokens = words.map((t) => t.toLowerCase());
  return { lowerTokens, lowerKey: lowerTokens.join(" ") };
}

function isAcronym(token: string): boolean {
  return /^\p{Lu}{2,6}s?$/u.test(token) && !/^(?:I|II|III|IV|Jr|Sr)$/.test(token);
}

/**
 * Parsed runs, shared across articles (names repeat), one table for runs that open a sentence and
 * one for the others: the results are never mutated.
 */
const parsedRuns = new Map<string, ParsedName | null>();
const parsedSentenceRuns = new Map<string, ParsedName | null>();

/**
 * States and countries the news names often, written whole: a place, never a person (`Delaware`
 * had answered a later `she`). Not `Washington`, `Virginia`, `Georgia` or `Israel` (Steve Israel),
 * which are people's names too.
 */
const PLACES = new Set([
  ..."Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Wisconsin Wyoming America Britain England France Germany Russia China Japan Mexico Canada Iran Iraq Syria Turkey Egypt Libya Cuba Ukraine Afghanistan Pakistan India Italy Spain Greece Brazil Belgium Europe Africa Asia Scotland Wales Ireland Australia".split(
    " ",
  ),
  "New Hampshire",
  "New Jersey",
  "New Mexico",
  "New York",
  "North Carolina",
  "South Carolina",
  "North Dakota",
  "South Dakota",
  "Rhode Island",
  "West Virginia",
  "North Korea",
  "South Korea",
  "Saudi Arabia",
  "United States",
]);

/**
 * Companies named like people (`Wells Fargo`, `Goldman Sachs`): an organization, never a `she`.
 */
const COMPANIES = new Set([
  "Wells Fargo",
  "Goldman Sachs",
  "Morgan Stanley",
  "Merrill Lynch",
  "Lehman Brothers",
  "Charles Schwab",
  "Dow Jones",
  "Berkshire Hathaway",
  "Warner Bros",
  "Warner Brothers",
]);

const LEADING_PREPOSITION =
  /^(?:Among|Amid|Amidst|Beneath|Between|Despite|During|Throughout|Toward|Towards|Across|Against|Behind|Beyond|Along|Around|Upon|Via)$/;

/** `It’s`, `That's`: a pronoun with its verb contracted, never a name's first word. */
const CONTRACTED_PRONOUN = /^(?:It|That|Here|What|There|Let|He|She|Who)[’']s$/;

/** Words that show a run of capitals is a headline, not a name (past its first word). */
const HEADLINE_WORD =
  /^(?:Said|Told|Wrote|The|With|On|To|For|In|At|Is|Are|Was|Were|Be|Has|Have|Had|Will|Would|Could|Can|May|Might|Must|Should|Does|Did|Not|Just|Let|Against|Than|From|By|As|Over|Into|After|Before|About|Of|A|An|That|Why|How|What|When|Where|While|If|Because)$/;

/** Title words that are also surnames: `Peter T. King`, `Julie Bishop`, `Joe Judge`. */
const SURNAME_TITLES = new Set(["King", "Bishop", "Judge", "Major", "Marshal", "Lord", "Prince"]);

/** Whether the title word at `i` ends the run after a name's word: a surname (`Peter T. King`). */
function surnameAfterName(words: readonly string[], i: number): boolean {
  if (i === 0 || i !== words.length - 1 || !SURNAME_TITLES.has(words[i]!)) return false;
  const before = words[i - 1]!;
  return !TITLE_WORDS.has(before) && HONORIFICS[before] === undefined && !ORG_WORDS.has(before);
}

/** A capitalized participle in -ed of seven letters or more, not a given name (`Mildred`). */
const PARTICIPLE_OPENER =
  /^(?!(?:Mildred|Winifred|Manfred|Siegfried|Mohamed|Mohammed|Muhammed|Muhammad|Associated|Retired|Distinguished|Registered|Certified|Licensed|Allied|Federated|Incorporated)$)\p{Lu}\p{Ll}{4,}ed$/u;

const WEEKDAY_WORD = new RegExp(`^(?:${WEEKDAYS})$`);

export function parseNameRun(run: string, startsSentence: boolean): ParsedName | null {
  const runs = startsSentence ? parsedSentenceRuns : parsedRuns;
  const cached = runs.get(run);
  if (cached !== undefined) return cached;
  if (parsedRuns.size + parsedSentenceRuns.size > 20000) {
    parsedRuns.clear();
    parsedSentenceRuns.clear();
  }
  const parsed = parseNameRunUncached(run, startsSentence);
  runs.set(run, parsed);
  return parsed;
}

function parseNameRunUncached(run: string, startsSentence: boolean): ParsedName | null {
  let words = run.split(/\s+/).filter((w) => w.length > 0);
  // `Joining the Audi e-tron SUV, …`: a participle and its object open the sentence, no name.
  if (startsSentence && words[1] === "the" && /^\p{Lu}\p{Ll}+ing$/u.test(words[0]!)) {
    words = words.slice(2);
  }
  // `Understated Perez raises political profile` (a headline): a participle
  // opening the sentence before a name is no part of it (`Mildred`, `Manfred` are names).
  if (
    startsSentence &&
    words.length > 1 &&
    PARTICIPLE_OPENER.test(words[0]!) &&
    words
      .slice(1)
      .every(
        (w) =>
          /^\p{Lu}\p{Ll}+$/u.test(w) &&
          !ORG_WORDS.has(w) &&
          !TITLE_WORDS.has(w) &&
          HONORIFICS[w] === undefined,
      )
  ) {
    words = words.slice(1);
  }
  // `Scotland Martin Taylor`, `on Tuesday Gerard Pique (left)` (a caption glued to what is before
  // it): a place before a given name, or a day, is no part of the name.
  if (
    words.length > 2 &&
    ((PLACES.has(words[0]!) && FIRST_NAME_GENDER.has(words[1]!)) || WEEKDAY_WORD.test(words[0]!)) &&
    /^\p{Lu}\p{Ll}/u.test(words[1]!) &&
    /^\p{Lu}\p{Ll}/u.test(words[2]!)
  ) {
    words = words.slice(1);
  }
  const lastWord = words[words.length - 1];
  // `… Choe Son Hui.` at a sentence end: the period is not part of the name.
  if (
    lastWord &&
    /^\p{Lu}[\p{Ll}’'-]+\.$/u.test(lastWord) &&
    !/^(?:Jr|Sr|Inc|Co|Corp|Ltd|St)\.$/.test(lastWord)
  ) {
    words[words.length - 1] = lastWord.slice(0, -1);
  }
  // `Eric Trump Foundation's`, `Clinton’s`: the name without the possessive.
  const last = words[words.length - 1];
  if (last && /\p{L}[’']s$/u.test(last)) words[words.length - 1] = last.slice(0, -2);
  // `CNN’s Jake Tapper`, `Fox News’ Megyn Kelly`, `Purple PAC's Crane`: a person named after a
  // possessive works there.
  let employer: string | null = null;
  for (let i = CONTRACTED_PRONOUN.test(words[0] ?? "") ? -1 : words.length - 2; i >= 0; i--) {
    const w = words[i]!;
    const owner = /\p{L}[’']s$/u.test(w)
      ? w.slice(0, -2)
      : /\p{L}s[’']$/u.test(w)
        ? w.slice(0, -1)
        : null;
    if (owner === null) continue;
    const rest = words.slice(i + 1);
    const ownerIsOrg =
      owner.split(/\s+/).some((o) => ORG_WORDS.has(o) || isAcronym(o)) ||
      words.slice(0, i).some((o) => ORG_WORDS.has(o));
    const person =
      FIRST_NAME_GENDER.has(rest[0]!) ||
      (ownerIsOrg &&
        rest.length <= 3 &&
        rest.every((r) => /^\p{Lu}(?:\p{Ll}[\p{L}’'-]*|\.)$/u.test(r)));
    // `CNN's Tapper`: one word after the owner is a surname, not a place (`CIA's Benghazi`).
    if (
      person &&
      !rest.some((r) => ORG_WORDS.has(r)) &&
      !(rest.length === 1 && PLACES.has(rest[0]!))
    ) {
      employer = [...words.slice(0, i), owner].join(" ");
      words = words.slice(i + 1);
    }
    break;
  }
  // `Beneath Clinton’s Wins …` (a headline), `Among Democrats`: a preposition opens no name.
  while (words.length > 1 && LEADING_PREPOSITION.test(words[0]!)) words = words.slice(1);
  let hadArticle = false;
  if (words[0] === "The" || words[0] === "the") {
    hadArticle = true;
    words = words.slice(1);
  }
  while (
    words.length > 0 &&
    startsSentence &&
    SENTENCE_STARTERS.has(words[0]!.replace(/\.$/, ""))
  ) {
    // `Sen. Marco Rubio` opening a sentence keeps his title, as he does inside one.
    if (HONORIFICS[words[0]!] !== undefined || TITLE_WORDS.has(words[0]!)) break;
    words = words.slice(1);
  }
  // `Said Comey, “…”`: a verb opening the sentence before its speaker (a lone `Said` may be a name).
  if (startsSentence && words.length > 1 && OPENING_VERB.test(words[0]!)) words = words.slice(1);
  if (words.length === 0) return null;
  if (words.length === 1 && SENTENCE_ADVERB.test(words[0]!)) return null;
  // `It’s All CNN’s Fault Ted Cruz` (a headline): a contracted pronoun opens no name.
  if (CONTRACTED_PRONOUN.test(words[0]!)) return null;
  // A headline in title case (`Clinton Breaks With Obama On …`, `Christie Calls Clinton …`, `Move
  // Against Bernie Sanders Could Backfire`) is not a name; `May` ending one is (`Theresa May`), and
  // `Will` after a title opens one (`GOP Chairman Will Rogers`).
  const end = words.length - 1;
  const givenWill = (k: number) =>
    k < end && (TITLE_WORDS.has(words[k - 1]!) || HONORIFICS[words[k - 1]!] !== undefined);
  if (
    words.some(
      (w, k) =>
        k > 0 &&
        (isVerbForm(w) ||
          (HEADLINE_WORD.test(w) &&
            !(w === "May" && k === end) &&
            !(w === "Will" && givenWill(k)))),
    )
  ) {
    return null;
  }
  let gender: Gender = null;
  // `Author Florian Huber`, `Prisoner Carlos Boente`: a word for a person's role, capitalized only
  // because it opens the sentence, before a name of two words.
  let lastTitle =
    startsSentence &&
    words.length === 3 &&
    ROLE_NOUN.test(words[0]!) &&
    !FIRST_NAME_GENDER.has(words[0]!) &&
    words.slice(1).every((w) => /^\p{Lu}\p{Ll}[\p{L}’'-]+$/u.test(w))
      ? 0
      : -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (HONORIFICS[w] !== undefined) {
      gender = HONORIFICS[w] ?? null;
      lastTitle = Math.max(lastTitle, i);
    } else if (TITLE_WORDS.has(w) && !surnameAfterName(words, i)) {
      lastTitle = i;
    }
  }
  // `Bill Clinton`: a first name that is also an organization's word (`Farm Bill`) opens a name.
  const orgWord = (w: string, i: number, list: readonly string[]) =>
    (ORG_WORDS.has(w) && !(i === 0 && list.length > 1 && FIRST_NAME_GENDER.has(w))) || isAcronym(w);
  const tail = words.slice(lastTitle + 1);
  const joined = words.join(" ");
  // `Mayor Don Guardian`, `Sen. John Post`: after a title, a given name and a surname that is also
  // an organization's word.
  const titledSurname =
    lastTitle >= 0 &&
    tail.length === 2 &&
    FIRST_NAME_GENDER.has(tail[0]!) &&
    ORG_WORDS.has(tail[1]!) &&
    !isAcronym(tail[1]!);
  const org =
    tail.length === 0 ||
    (tail.some(orgWord) && !titledSurname) ||
    (lastTitle < 0 &&
      (words.some(orgWord) ||
        hadArticle ||
        PLACES.has(joined) ||
        COMPANIES.has(joined.replace(/^the\s/, ""))));
  if (org) {
    const display = (hadArticle ? `${run.trim().split(/\s+/)[0]} ` : "") + words.join(" ");
    return {
      tokens: words,
      title: null,
      kind: "org",
      gender: null,
      display,
      ...lowered(words),
    };
  }
  const titleWords = words.slice(0, lastTitle + 1).filter((w) => HONORIFICS[w] === undefined);
  // `John R. Kasich of Ohio`, `Lee Wang of The Intercept`: the person's name ends before `of`.
  // `U.S. Chris Christie` (a sentence ending in `U.S.` before the name), `ambassador to Britain Liu
  // Xiaming`: the country is no name.
  const rest = words.slice(lastTitle + 1);
  if (
    rest.length >= 3 &&
    (/^(?:\p{Lu}\.){2,}$/u.test(rest[0]!) || PLACES.has(rest[0]!)) &&
    rest.every((w) => /^\p{Lu}/u.test(w))
  ) {
    rest.shift();
  }
  const of = rest.indexOf("of");
  const nameWords = (of > 0 ? rest.slice(0, of) : rest).filter((w) => !/^(?:of|for|the)$/.test(w));
  if (nameWords.length === 0) return null;
  const title = titleWords.length > 0 ? titleWords.join(" ") : employer;
  if (title && gender === null) gender = genderOfWords(title);
  if (gender === null && nameWords.length >= 2)
    gender = FIRST_NAME_GENDER.get(nameWords[0]!) ?? null;
  return {
    tokens: nameWords,
    title,
    kind: "person",
    gender,
    display: nameWords.join(" "),
    ...lowered(nameWords),
  };
}

/** White space, an opening mark or bracket before a name (`[\s“"‘'(«]`). */
function isOpener(c: number): boolean {
  return (
    c === 0x201c || c === 34 || c === 0x2018 || c === 39 || c === 40 || c === 0xab || isSpaceCode(c)
  );
}

/** Punctuation that ends a sentence or a clause (`[.!?:;…”’"]`). */
function isSentenceEnd(c: number): boolean {
  return (
    c === 46 ||
    c === 33 ||
    c === 63 ||
    c === 58 ||
    c === 59 ||
    c === 0x2026 ||
    c === 0x201d ||
    c === 0x2019 ||
    c === 34
  );
}

/** A wire dateline before its dash: `LOS ANGELES (AP)`, `VIENNA`, `WASHINGTON, D.C. (Reuters)`. */
const DATELINE = /^\p{Lu}[\p{Lu}\s,.’'-]*(?:\([^()\n]{1,20}\))?\s*$/u;

function isSentenceStart(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && isOpener(text.charCodeAt(j))) j--;
  if (j < 0 || isSentenceEnd(text.charCodeAt(j))) return true;
  // `LOS ANGELES (AP) — To LeBron James, …`: the story's first sentence starts after its dateline.
  const c = text.charCodeAt(j);
  if (c !== 0x2014 && c !== 0x2013 && c !== 45) return false;
  const lineStart = text.lastIndexOf("\n", j) + 1;
  return j - lineStart <= 60 && DATELINE.test(text.slice(lineStart, c === 45 ? j - 1 : j));
}

/**
 * A title written in lower case right before a name (`Arsenal defender Per Mertesacker`, `Labour
 * leader Ed Miliband`, `former coach Jurgen Klopp`): a word for a person's role, after up to three
 * capitalized words or modifiers.
 */
const TITLE_BEFORE = new RegExp(
  String.raw`(?:^|[\s(“"‘])((?:(?:former|ex-|then-|deputy|assistant|vice|senior|chief|acting|interim|(?:\p{Lu}\.)+|\p{Lu}[\p{L}’'&-]*)\s+){0,3}${PERSON_TITLE_NOUN.replace(/s\?$/, "")})\s+$`,
  "u",
);

/** A word for a person's role, alone. */
const TITLE_NOUN = new RegExp(`^${PERSON_TITLE_NOUN.replace(/s\?$/, "")}$`);

function titleBefore(text: string, at: number): string | null {
  // The title noun ends right before the name: most names have no lower-case word before them,
  // and most words before a name are no title (`said`, `and`).
  const c = text.charCodeAt(at - 2);
  if (!(c >= 97 && c <= 122) || !isSpaceCode(text.charCodeAt(at - 1))) return null;
  const wordStart = text.lastIndexOf(" ", at - 2) + 1;
  if (!TITLE_NOUN.test(text.slice(wordStart, at - 1))) return null;
  const m = TITLE_BEFORE.exec(text.slice(Math.max(0, at - 80), at));
  if (!m?.[1]) return null;
  const words = m[1].split(/\s+/);
  // `Meanwhile coach …`, `But defender …`: a sentence's first word is no part of the title.
  while (words.length > 1 && SENTENCE_STARTERS.has(words[0]!)) words.shift();
  return words.join(" ");
}

/** Every capitalized name run in the text, with the title the article attaches to it. */
export function indexNames(text: string, quoted: readonly [number, number][]): NameEntity[] {
  const entities: NameEntity[] = [];
  let q = 0;
  for (let m = nextNameRun(text, 0); m; m = nextNameRun(text, m.index + m[0].length)) {
    const run = m[0];
    // Names inside quotation marks (`Crooked Hillary`) are someone's words, not the article's.
    while (q < quoted.length && quoted[q]![1] <= m.index) q++;
    const inQuote = quoted[q];
    if (inQuote && inQuote[0] <= m.index && m.index < inQuote[1]) continue;
    const sentenceStart = isSentenceStart(text, m.index);
    const parsed = parseNameRun(run, sentenceStart);
    if (!parsed) continue;
    let title = parsed.title;
    let gender = parsed.gender;
    if (parsed.kind === "person" && title === null && !sentenceStart) {
      title = titleBefore(text, m.index);
      if (title && gender === null) gender = genderOfWords(title);
    }
    const after = m.index + run.length;
    // The appositive starts with a comma (`Ana Ruiz, a spokeswoman for …`).
    if (parsed.kind === "person" && text.charCodeAt(after) === 44) {
      const appositive = APPOSITIVE_TITLE.exec(text.slice(after, after + 160));
      if (appositive?.[1]) {
        title = title ?? appositive[1];
        if (gender === null) gender = genderOfWords(appositive[1]);
      }
    }
    entities.push({
      name: parsed.display,
      // Shared with the parsed run: nobody changes an entity's tokens.
      tokens: parsed.lowerTokens,
      key: parsed.lowerKey,
      title,
      kind: parsed.kind,
      gender,
      at: m.index,
      sentenceStart,
    });
  }
  return entities;
}
