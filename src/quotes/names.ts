/**
 * The names an article gives: every capitalized name run, parsed into a person (name words, title,
 * honorific gender) or an organization (src/quotes/name-runs.ts), with the title an appositive
 * attaches to it (`Victor Cha, a former official, said`). Used by the speaker resolver
 * (src/quotes/speakers.ts).
 */

import { isSpaceCode } from "./chars.js";
import {
  isPluralNoun,
  listedRemitsEnd,
  MORE_NAME_PARTICLES,
  NAME_PARTICLES,
  OPENING_PHRASE_WORDS,
} from "./cue-grammar.js";
import {
  ACADEMIC_TITLE,
  DEMONYM,
  isPlace,
  ONE_FROM,
  parseNameRun,
  STYLE_TITLE,
} from "./name-runs.js";
import {
  FIRST_NAME_GENDER,
  type Gender,
  genderOfWords,
  NOT_A_TITLE,
  ORG_NOUNS,
  PERSON_HEAD,
  PERSON_TITLE_NOUN,
  ROLE_ACRONYMS,
  readsAsClause,
  SENTENCE_STARTERS,
  TITLE_WORDS,
  WHO_IS_ROLE,
} from "./speaker-words.js";
import { isCueWord } from "./verbs.js";

/** Read through the prototype, not `text.charCodeAt`: see charCodeAt in src/quotes/chars.ts. */
const { charCodeAt } = String.prototype;

export interface NameEntity {
  name: string;
  tokens: string[];
  /** `tokens` joined by spaces: the key of the memory's maps, one string per distinct name run. */
  key: string;
  title: string | null;
  kind: "person" | "org";
  gender: Gender;
  at: number;
  /** Whether the name opens its sentence. */
  sentenceStart: boolean;
  /** Whether the name, or the title written before it, opens its sentence (`Mossbank founder Arlo Pennick`). */
  subject: boolean;
  /**
   * For a person of no known gender, the pronoun that opens what the name's verb reports
   * (`Manohar told officers he …`), else null: most often the speaker's own.
   */
  pronounAfter: Gender;
}

/** An abbreviation or an initial, whose period does not end a title (`a spokesman for Mrs. Clinton`). */
const ABBREVIATED = String.raw`(?:(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Prof|Rev|St)|(?:^|[\s(.])\p{Lu})`;
const APPOSITIVE_TITLE = new RegExp(
  `^,\\s+(?!(?:whose|which|that)\\s)(?:${WHO_IS_ROLE})?(?!who\\s)(?!(?:\\p{Ll}+ed|faced|met|told|took|made|gave|won|lost|led|ran|held|saw|spoke|went|came|urged|pressed|\\p{Ll}+s\\s+(?:his|her|their))\\s)((?:(?:the|a|an|[\\p{Lu}][\\p{L}’'.-]*’s|[\\p{Lu}][\\p{L}’'.-]*'s)\\s+)?(?:[\\p{L}’'.\\-]+\\s+){0,6}?${PERSON_TITLE_NOUN}(?:\\s+(?:of|for|at|to|on|with)\\s+(?:[^,.;:“”"]|(?<=${ABBREVIATED})\\.|(?<=\\d)\\.(?=\\d)){1,80}?)?)(?=[,;]|(?<!${ABBREVIATED})\\.(?!\\d)|\\s+(?:said|says|told|added)\\b|(?<=^,\\s+(?:a|an|the)\\s[^]*)\\s+(?:who|whose)\\b)`,
  "u",
);
/**
 * A run of capitalised words (a name, with honorifics and connectors); its words are never a
 * paragraph apart (`… says Ken Doctor` then `But there …` is not `Ken Doctor But`); particles may
 * follow each other (`Ursula von der Leyen`), Portuguese `dos` and `das` and Welsh `ap` among them
 * (`João dos Santos`, `Aled ap Rhys`), a surname may open with `al-` (`Raed al-Khatib`), and `ten`
 * before a plural counts it (`In March ten Republicans`). A month before a day is a date's, not a
 * name's (`by Regan September 15, 2014`). An office's `of the` goes on to its department and the
 * holder (`Leader of the Opposition Mathias Okello-Opio`).
 */
export const NAME_RUN = new RegExp(
  String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Pres|Sec|Supt|Insp|Det|Cmdr|Maj)\.|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}(?:[\p{L}’'-]|\.\p{Lu})*)(?:(?:[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Jr|Sr)\.|\p{Lu}\.(?:\p{Lu}\.)*|(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\.?\s+\d)\p{Lu}(?:[\p{L}’'-]|\.\p{Lu})*|(?:al|el)-\p{Lu}[\p{L}’'-]*|(?!ten\s+\p{Lu}[\p{L}’'-]*s\b)(?:${NAME_PARTICLES}|${MORE_NAME_PARTICLES}|of|for|the|&)(?=\s+(?:(?:${NAME_PARTICLES}|los|las)\s+)?\p{Lu})|(?<=(?:Leader|Secretary|Minister|President|Chancellor|Speaker|Director|Governor|Head|Chief|Chair|Chairman|Chairwoman|Commissioner|Mayor)\s)of(?=\s+the\s+\p{Lu})))*`,
  "gu",
);

/**
 * A reporting verb after a name, and the pronoun that opens its statement: `Manohar told officers
 * he`, `Tebbit, 68, said that she`. The verb is checked with isCueWord.
 */
/** After a name (and a clause set off), its verb, maybe an adverb, then a reflexive: ` filmed herself`. */
const REFLEXIVE_AFTER =
  /^(?:,(?:[^,.;:“”"\n]|(?<=\d)\.(?=\d)){1,80},)?\s+(?:\p{Ll}+\s+){1,2}?(himself|herself)\b/u;
const VERB_THEN_PRONOUN =
  /^(?:,[^,.;:“”"\n]{1,80},)?\s+(\p{Ll}+)(?:\s+\p{Ll}+){0,2}?\s+(?:that\s+)?(he|she)\s+\p{Ll}/u;

/**
 * Whether VERB_THEN_PRONOUN may match after a name ending at `after`, told cheaply: a reporting
 * verb as the next word, or a comma and a `he` or `she` within reach. Most names have neither.
 */
function mayReportPronoun(text: string, after: number): boolean {
  const c = charCodeAt.call(text, after);
  if (c === 44) {
    const window = text.slice(after, after + 140);
    return window.includes(" he ") || window.includes(" she ");
  }
  if (c !== 32) return false;
  let end = after + 1;
  while (end < text.length) {
    const code = charCodeAt.call(text, end);
    if (code < 97 || code > 122) break;
    end++;
  }
  return end > after + 1 && isCueWord(text.slice(after + 1, end));
}

/** NAME_RUN anchored at a position: indexNames runs it only where a capital letter stands. */
const NAME_RUN_AT = new RegExp(NAME_RUN.source, "uy");
const UPPER = /^\p{Lu}$/u;

/**
 * True where NAME_RUN can start (a `\p{Lu}` code point; every alternative opens with one, and any
 * such letter alone is a match), tested by code unit: the regular expression's own search runs
 * its automaton at every position.
 */
function isCapitalAt(text: string, i: number): boolean {
  const code = charCodeAt.call(text, i);
  if (code < 128) return code >= 65 && code <= 90;
  if (code < 0xc0) return false;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = charCodeAt.call(text, i + 1);
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

/** A live blog entry's time opening its line (`19:15 `, `7.42am `). */
const ENTRY_TIME = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+$/i;
/** A wire dateline before its dash: `LOS ANGELES (AP)`, `VIENNA`, `WASHINGTON, D.C. (Reuters)`. */
const DATELINE = /^\p{Lu}[\p{Lu}\s,.’'-]*(?:\([^()\n]{1,20}\))?\s*$/u;

/**
 * Whether `at` opens a sentence: nothing but openers after a sentence's end, a paragraph's start
 * (after a caption or a heading with no stop of its own), or a dateline.
 */
export function isSentenceStart(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && isOpener(charCodeAt.call(text, j))) {
    if (charCodeAt.call(text, j) === 10) return true;
    j--;
  }
  if (j < 0 || isSentenceEnd(charCodeAt.call(text, j))) return true;
  const c = charCodeAt.call(text, j);
  // `19:15 The county sheriff, …`, `7.42am …` (a live blog's entry): a time opening the line.
  if ((c >= 48 && c <= 57) || c === 109 || c === 77) {
    const line = text.lastIndexOf("\n", j) + 1;
    if (j - line <= 10 && ENTRY_TIME.test(text.slice(line, at))) return true;
  }
  // `LOS ANGELES (AP) — To LeBron James, …`: the story's first sentence starts after its dateline.
  if (c !== 0x2014 && c !== 0x2013 && c !== 45) return false;
  const lineStart = text.lastIndexOf("\n", j) + 1;
  return j - lineStart <= 60 && DATELINE.test(text.slice(lineStart, c === 45 ? j - 1 : j));
}

/**
 * Nouns that stand before a role in lower case and belong to the title (`council leader`, `police
 * chief`, `campaign manager`, `national security adviser`).
 */
const ATTRIBUTIVE =
  "council|party|union|campaign|team|club|company|city|state|county|district|committee|board|school|hospital|church|police|fire|forest|wildlife|customs|border|revenue|probation|housing|planning|opposition|museum|library|family|government|industry|health|safety|security|press|communications|research|investment|fund|transport|airport|harbour|harbor|emergency|food|election|regional|local|national|federal|foreign|defen[cs]e|finance|education|trade|project|programme|program|science|court|prison|army|military|intelligence|marketing|technology|financial|operating|executive|medical|legal|commercial|technical|information|data|digital|creative|policy|bridge|site|shop|store|restaurant|hotel|farm|factory|plant|branch|zoo|river|flood";
/**
 * What a news story calls someone it meets, not a title of office (`zoo visitor Michael Lurie`,
 * `local shopkeeper Ann Bell`, `The alleged shooter, Robert Lewis Dear,`).
 */
const EVERYDAY_ROLE =
  "(?:visitor|witness|neighbou?r|shopper|shopkeeper|driver|passenger|customer|worker|employee|volunteer|voter|supporter|protester|survivor|victim|parent|tourist|bystander|spectator|commuter|homeowner|patient|fan|farmer|shooter|gunman|suspect|attacker|assailant|defendant|killer|bomber|grandmaster)";

/** An office written with `general` after its noun: `director general`, `attorney general`. */
const GENERAL_OFFICE =
  "(?:director|secretary|attorney|surgeon|solicitor|inspector|postmaster|governor|consul|auditor|comptroller|registrar)[^\\S\\n]+general";

/**
 * A title written in lower case right before a name (`Arsenal defender Per Mertesacker`, `Labour
 * leader Ed Miliband`, `former coach Jurgen Klopp`, `Liverpool head coach Arne Slot`, `council
 * leader Agnes Thorley`, `IMD director general Sunil Krishnan`): a word for a person's role,
 * after up to five capitalized words, modifiers or nouns of ATTRIBUTIVE.
 */
const TITLE_BEFORE = new RegExp(
  String.raw`(?:^|[\s(“"‘])((?:(?:former|ex-|then-|deputy|assistant|vice|senior|chief|head|acting|interim|lead|principal|general|managing|associate|shadow|founding|joint|permanent|political|artistic|sporting|editorial|${ATTRIBUTIVE}|(?:\p{Lu}\.)+|\p{Lu}[\p{L}’'&-]*)[^\S\n]+){0,5}(?:${GENERAL_OFFICE}|${PERSON_TITLE_NOUN.replace(/s\?$/, "")}|${EVERYDAY_ROLE}))\s+$`,
  "u",
);

/** A word for a person's role, alone. */
const TITLE_NOUN = new RegExp(`^(?:${PERSON_TITLE_NOUN.replace(/s\?$/, "")}|${EVERYDAY_ROLE})$`);

/**
 * A description set off before a name that opens its sentence (`The mayor, Jane Park, spoke
 * first.`, `Its chair, Morwenna Pascoe,`, `The company's CEO, Jane Fraser,`, `A resident of
 * Kharkiv, Olena Petrenko,`), follows a quotation (`“…,” Ontario's chief medical officer of
 * health, Dr. Kieran Moore, said`) or comes after an opening phrase's comma (`Speaking through an
 * interpreter, a resident of Kharkiv, Olena Petrenko,`): the description, ending in a word for a
 * role, maybe what of, and maybe its place.
 */
const DESCRIPTION_BEFORE_COMMA = new RegExp(
  String.raw`(?:^|[.!?,]["”’]\s+|[.!?]\s+|
\s*|,\s+(?=(?:the|a|an|its|his|her|their|our)\s))((?:The|A|An|Its|His|Her|Their|Our|the|a|an|its|his|her|their|our|\p{Lu}[\p{L}.&-]*[’']s)\s+(?:(?!(?:and|or|his|her|their|its|our)\s)[\p{L}’'-]+\s+){0,3}(?:${PERSON_TITLE_NOUN.replace(/s\?$/, "")}|${EVERYDAY_ROLE}|${ROLE_ACRONYMS})(?:\s+of\s+\p{Ll}[\p{L}-]*)?(?:\s+(?:of|in|from|at)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})?),\s+$`,
  "u",
);

/** A comma and `the`, before a style (`, the Reverend`). */
const STYLE_SET_OFF = /,\s[Tt]he\s$/;

/** `from`, `in` or `near` right before a name. */
const PLACE_PREPOSITION_END = /\s(?:from|in|near)\s+$/;
/** A comma and a place's name of one or two words after a name (group 1 the place). */
const COMMA_REGION = /^,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)(?=[,.;:!?\s]|$)/u;

/** Whether the run at `at` names a town after `from`, `in` or `near`, before its region. */
function townBeforeRegion(text: string, at: number, run: string): boolean {
  if (!PLACE_PREPOSITION_END.test(text.slice(Math.max(0, at - 6), at))) return false;
  const region = COMMA_REGION.exec(text.slice(at + run.length, at + run.length + 40));
  return region?.[1] !== undefined && isPlace(region[1]);
}

/** The title before a name at `at`, and where it starts; null when there is none. */
function titleBefore(text: string, at: number): { title: string; start: number } | null {
  // The title noun ends right before the name: most names have no lower-case word before them,
  // and most words before a name are no title (`said`, `and`).
  const c = charCodeAt.call(text, at - 2);
  if (c === 44) {
    const from = Math.max(0, at - 80);
    const m = DESCRIPTION_BEFORE_COMMA.exec(text.slice(from, at));
    return m?.[1] ? { title: m[1], start: from + m.index + m[0].indexOf(m[1]) } : null;
  }
  if (!(c >= 97 && c <= 122) || !isSpaceCode(charCodeAt.call(text, at - 1))) return null;
  const wordStart = text.lastIndexOf(" ", at - 2) + 1;
  if (!TITLE_NOUN.test(text.slice(wordStart, at - 1))) return null;
  const from = Math.max(0, at - 80);
  const m = TITLE_BEFORE.exec(text.slice(from, at));
  if (!m?.[1]) return null;
  const words = m[1].split(/\s+/);
  // `Meanwhile coach …`, `But defender …`: a sentence's first word is no part of the title.
  while (words.length > 1 && SENTENCE_STARTERS.has(words[0]!)) words.shift();
  const title = words.join(" ");
  const start = from + m.index + m[0].indexOf(m[1]);
  // `‘Sunrise Sofa’ host Gavin Tolley`: the show's opening mark, which the pattern read as a
  // word's boundary, goes with its closing one.
  const mark = text[start - 1];
  if ((mark === "‘" || mark === "“") && !title.includes(mark) && /[’”]/.test(title))
    return { title: mark + title, start: start - 1 };
  return { title, start };
}

/** A sentence's opening description and its copula, right before a name: `The match was `. */
const COPULA_OPENING =
  /(?:The|Her|His|Their)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*\s+(?:was|is)\s+$/u;

/** A ranking before a name: `world No. 2`, `No. 10 seed`. */
const RANKING_BEFORE = /(?:^|[\s(“"‘])((?:[Ww]orld\s+)?No\.\s+\d{1,4}(?:\s+seed)?)\s+$/u;

/** The ranking written before a name at `at` as its title (`world No. 2 Jannik Sinner`). */
function rankingBefore(text: string, at: number): { title: string; start: number } | null {
  const from = Math.max(0, at - 24);
  const m = RANKING_BEFORE.exec(text.slice(from, at));
  return m?.[1] ? { title: m[1], start: from + m.index + m[0].indexOf(m[1]) } : null;
}

/** A word for a person's role anywhere in a phrase (`the former secretary of state`). */
const PERSON_ROLE = new RegExp(`\\b${PERSON_TITLE_NOUN}\\b`, "i");
/** A plural verb after a name: ` have`, ` are`, ` were`. */
const PLURAL_VERB_NEXT = /^ (?:have|are|were) /;

/** An appositive that describes an organization: `, the exams regulator,`, `, a Dutch bank,`. */
const ORGANIZATION_APPOSITIVE = /^,\s+((?:the|a|an)\s+[^,.;:“”"]{2,60}?),/;

function describedAsOrganization(after: string): boolean {
  // `Cosla, the body which represents councils,`: the head is before its clause.
  const appositive = ORGANIZATION_APPOSITIVE.exec(after)?.[1]?.replace(
    /\s+(?:which|that)\s.*$/,
    "",
  );
  return appositive !== undefined && ORG_NOUNS.test(appositive) && !PERSON_ROLE.test(appositive);
}

/** A comma and a closing quotation mark right before a run. */
const QUOTE_CLOSED_BY_COMMA = /,(?:["”’]|’’)\s+$/;
/** A given name that opens sentences as a modal too, before a surname (`Will Moy`). */
const GIVEN_OR_MODAL = /^(?:Will|May|Mark|Bill|Grant|Faith|Hope|Joy)\s+\p{Lu}/u;

/** A lower-case word and a capital after a run (`… captain John`). */
const WORD_THEN_CAPITAL = /^\s(\p{Ll}+)\s+\p{Lu}/u;

/** Whether a role's word and a name follow `at` (`Chelsea| captain John Terry`). */
function roleThenName(text: string, at: number): boolean {
  const m = WORD_THEN_CAPITAL.exec(text.slice(at, at + 40));
  return m !== null && TITLE_NOUN.test(m[1]!);
}

/** After a lone given name: `and` and another given name with a surname (`Khizr and Ghazala Khan`). */
const AND_GIVEN_SURNAME =
  /^\s+(?:and|&)\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}’'-]+)(?![\p{L}’'-]|\s+\p{Lu})/u;

/**
 * A lone given name (maybe after a sentence's opening word) that shares the surname of the name
 * after it: `Khizr and Ghazala Khan` names Khizr Khan, whom the article may then call `Mr. Khan`.
 * Null for any other run.
 */
function sharedSurname(text: string, run: string, at: number): string | null {
  const after = at + run.length;
  // Most runs are followed by no `and`: look at the next characters before any table or pattern.
  if (!text.startsWith(" and ", after) && !text.startsWith(" & ", after)) return null;
  // `When Ray and Sheila Dunmore bought …`: after a sentence's opening word.
  const words = run.split(" ");
  if (!FIRST_NAME_GENDER.has(words.at(-1)!)) return null;
  if (words.length > 2 || (words.length === 2 && !SENTENCE_STARTERS.has(words[0]!))) return null;
  const next = AND_GIVEN_SURNAME.exec(text.slice(after, after + 60));
  if (!next || !FIRST_NAME_GENDER.has(next[1]!) || FIRST_NAME_GENDER.has(next[2]!)) return null;
  return `${run} ${next[2]}`;
}

/**
 * A spouse's word and its comma right before a name: after `his` or `her` (group 1) or a name's
 * possessive (group 2 its last word: `Mr Morgan’s widow, `).
 */
const SPOUSE_BEFORE =
  /(?:\b([Hh]is|[Hh]er)|(?:^|\s)(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:\p{Lu}[\p{L}’'-]+\s+)?(\p{Lu}[\p{L}’'-]+)[’']s)\s+(?:late\s+)?(?:husband|wife|widow|widower),\s+$/u;

/**
 * The surname of the one whose spouse the lone given name `run` at `at` is (`with her husband,
 * Derek,` after `Pauline Haworth`: `Haworth`), or null: for `his` or `her`, the last person of that
 * gender named in full in `entities`, within the paragraph before.
 */
function spouseSurname(
  text: string,
  at: number,
  run: string,
  entities: readonly NameEntity[],
): string | null {
  if (!FIRST_NAME_GENDER.has(run) || text.charCodeAt(at - 2) !== 44) return null;
  const m = SPOUSE_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
  if (!m) return null;
  if (m[2]) return FIRST_NAME_GENDER.has(m[2]) ? null : m[2];
  const gender = m[1]!.toLowerCase() === "his" ? "m" : "f";
  for (let i = entities.length - 1; i >= 0; i--) {
    const e = entities[i]!;
    if (at - e.at > 400) break;
    if (e.kind !== "person" || e.gender !== gender) continue;
    if (e.tokens.length < 2) return null;
    const last = e.name.split(/\s+/).at(-1)!;
    return /^\p{Lu}/u.test(last) ? last : null;
  }
  return null;
}

/** An article and perhaps lower-case words right before a word: `the 19-year-old `, `a young `. */
const DESCRIBED_BEFORE = /(?:^|\s)(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}\d-]+\s+){0,3}$/u;

/** Two capitalized words, the second a nationality's adjective (`Saudi Arabian`). */
const NATIONALITY_PAIR = /^\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+(?:ian|ese|ish)$/u;

/**
 * A run's last word: a capitalized word joined to a participle or a word for a kind
 * (`Sanders-endorsed`, `Obama-era`); not a given name's second part (`Ban Ki-moon`, `Kim Jong-un`).
 */
const HYPHENED_ADJECTIVE =
  /^\p{Lu}[\p{L}’']*-(?:\p{Ll}+(?:ed|ing)|era|style|like|type|esque|run|made|born)$/u;

/** The verb an appositive may end before without a comma (`Ana Ruiz, the spokeswoman said`). */
const SAID_NEXT = /^\s+(?:said|says|told|added)\b/;

/**
 * The possessive of one to three capitalized words, then a name of two or three words (`Tesla’s
 * Elon Musk`, `Labour's Eamonn O'Driscoll-Hart`, `Cresthaven Financial’s Warren Pike`).
 */
export const OWNER_THEN_NAME =
  /^((?:\p{Lu}[\p{L}&-]*\s+){0,2}\p{Lu}[\p{L}&-]*?)(?:[’']s|(?<=s)[’'])\s+(\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}(?:\p{Ll}|[’']\p{Lu})[\p{L}’'-]*){0,2})$/u;

/**
 * OWNER_THEN_NAME's owner and name, when the name has two words or more, or one after a place
 * (`Brazil’s Neymar`, `Brazil’s Tatá`: one who goes by one name); else null.
 */
export function ownerThenName(run: string): RegExpExecArray | null {
  const owned = OWNER_THEN_NAME.exec(run);
  return owned?.[1] && owned[2] && (owned[2].includes(" ") || isPlace(owned[1])) ? owned : null;
}

/**
 * A name's possessive opening a longer run, and its owner (`Marine Le Pen` in `Marine Le Pen's
 * National Rally`).
 */
const OWNER_IN_RUN = /^(\p{Lu}[^’']*?)[’']s\s+\p{Lu}/u;

/**
 * An opening phrase of when or where, set off by a comma (`On Sunday, `, `In Iowa last week, `),
 * perhaps with its own appositive (`On Tuesday, the sixth day of the trial, `).
 */
const OPENING_PHRASE = new RegExp(
  `(?:${OPENING_PHRASE_WORDS})\\b[^,.;:“”"]{0,40},(?:\\s+the\\s+[^,.;:“”"]{1,40},)?\\s+$`,
  "u",
);

/**
 * A participle's phrase opening the sentence before its subject (`Asked about Neville's comments,
 * Amorim smiled.`, `Speaking after the match, Arteta …`, `Accepting the writing award, Gemma
 * Okonjo-Reilly …`, `Born in Leeds in 1938, Hale joined …`).
 */
const PARTICIPLE_PHRASE =
  /(?:Asked|Pressed|Questioned|Challenged|Interviewed|Speaking|Writing|Responding|Reacting|Addressing|Appearing|Sentencing|Born|Raised|Educated|Elected|Appointed|\p{Lu}\p{Ll}{2,}ing(?=\s+\p{Ll}))\b[^,.;:“”"]{0,110},\s+$/u;

/** A participle's agent set off before a name (`Asked by counsel to the inquiry, `). */
const AGENT_SET_OFF = /\sby\s[^,]*,\s+$/;
/** An age set off after a name (`Carys Threlkeld, 43,`): a person's. */
const AGE_SET_OFF = /^,\s+\d{1,3},/;
/** A comma and a capital after a name: the name is set off before another. */
const NAME_SET_OFF = /^,\s\p{Lu}/u;

/** A name's words, `and`, then a companion (`his colleague`, `her husband`) up to the next name. */
const JOINED_TO_SUBJECT =
  /^(?:[\p{L}.’'-]+\s+){0,4}?[\p{L}’'-]+\s+and\s+(?:his|her|their)\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}$/u;

/** An indefinite description's opening word. */
const INDEFINITE_OPENING = /^(?:One|A|An|Another)\s/;

/**
 * A short description and a comma before a name (`One voter, `, `A local farmer, `, `The
 * Environment Secretary, `, `Her neighbour, `): an indefinite one in lower case (not a heading's
 * `An Ambitious, Divisive Legacy.`).
 */
const DESCRIPTION_OPENING =
  /(?:(?:One|A|An|Another)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*|(?:The|His|Her|Their|Its)\s+(?:[\p{L}\d-]+\s+){0,3}[\p{L}-]+(?:\s+of\s+(?:the\s+)?[\p{L}-]+)?),\s+$/u;

/** A nation's body after its adjective: ` government`, ` foreign ministry`. */
const GOVERNING_BODY =
  /^\s(?:government|administration|authorities|(?:foreign\s+|defence\s+|defense\s+)?ministry|cabinet|military|army|navy|embassy|parliament|police|coastguard|coast\s+guard)\b/;

/** Every capitalized name run in the text, with the title the article attaches to it. */
/** A noun for a publication right after a name (`People magazine`). */
/** After a name, that they have died, then the sentence's first `his` or `her` (1). */
const DIED_THEN_POSSESSIVE = /^,\s+who\s+(?:has\s+|had\s+)?died\b[^.!?“”"]{0,260}?\s(his|her)\s/;

/** A count opening a run before a capitalized word: `One `, `Another `, `Two `. */
const COUNT_OPENING = /^(?:One|Another|Two|Three|Several)\s+(?=\p{Lu})/u;

/** `St` or `St.` opening a run: a saint's name. */
const SAINT_OPENING = /^St\.?\s+\p{Lu}/u;

/** A word for two or more people opening a run of names: `Twins `, `Brothers `, `Sisters `. */
const PEOPLE_OPENING = /^(?:Twins|Brothers|Sisters|Siblings|Cousins|Spouses|Couple)\s+(?=\p{Lu})/u;

/** A work, then the start of its title set off by a comma: `Her autobiography, Isobars and `. */
const WORK_SET_OFF_BEFORE =
  /\b(?:autobiography|memoir|novel|album|biography|documentary|debut\s+single|poetry\s+collection),\s+(?:[^\s,.;:“”"]+\s+){0,4}$/u;
const PUBLICATION_NEXT = /^\s(?:magazine|newspaper|journal|podcast)\b/;

/** A possessive pronoun opening a run (`Her Lady Macbeth`, where `Her` opens the sentence). */
const OWNER_OPENING_RUN = ["Her ", "His ", "Their "];
/** Possessive pronouns, looked for right before a name: `her ▮Lady Macbeth`, `his ▮Hamlet`. */
const OWNERS = new Set(["her", "his", "their", "Her", "His", "Their"]);

/** Whether a possessive pronoun and a space stand right before `at` (read by hand: it runs per name). */
function ownerRightBefore(text: string, at: number): boolean {
  if (charCodeAt.call(text, at - 1) !== 32) return false;
  const start = text.lastIndexOf(" ", at - 2) + 1;
  return at - 1 - start <= 5 && OWNERS.has(text.slice(start, at - 1));
}

/** Months no one bears as a name, alone. */
const MONTH_ALONE = /^(?:January|February|September|October|November|December)$/;
/** A dateline's city in capitals opening a paragraph, then its comma (`HEBDEN MOOR, `). */
const DATELINE_CITY_BEFORE = /(?:^|\n)\p{Lu}[\p{Lu}.’' -]+,\s+$/u;
/** A dateline's dash after its region, perhaps after the agency (`(AP) —`). */
const DATELINE_DASH_AFTER = /^\s*(?:\([^()]{1,20}\)\s*)?(?:--|[—–―-])\s/;

/**
 * A short nickname in quotation marks before a surname (`“Lightning” McKenzie-Barrett`, `'Dutchy'
 * Van Wyk`); the given name before it is NICKNAMED_GIVEN's.
 */
const NICKNAME = new RegExp(
  String.raw`[“"‘']\p{Lu}[\p{L}’.-]*(?:[^\S\n]\p{L}[\p{L}’.-]*){0,2}[”"’'](?=[^\S\n]+(?:\p{Lu}\p{Ll}|(?:${NAME_PARTICLES})[^\S\n]+\p{Lu}))`,
  "uy",
);
/** A given name right before a nickname, with the word before it, if any (`the American Tyler `). */
const NICKNAMED_GIVEN =
  /(?:^|([\p{L}’'.-]+)[^\S\n]+|[^\p{L}’'.\s-][^\S\n]*)\p{Lu}[\p{Ll}’'-]+[^\S\n]+$/u;

/** A mark a nickname may open with. */
const ANY_MARK = /[“"‘']/;

/**
 * The text with each nickname inside a name read as spaces, where the word before the given name
 * is no other part of a name (not `Marine John “Tig” Tiegen`): a lower-case word or an age
 * (`58-year-old Ernesto "Tatay Nesto" Villanueva`), a sentence's end, a nationality (`the
 * American Tyler “Tank” Hutchins`) or a title (`Mayor Ramon “Boyet” Dela Cruz`).
 */
export function withoutNicknames(text: string): string {
  // Most texts a subject or a cue is looked for in hold no mark at all.
  if (!ANY_MARK.test(text)) return text;
  let out: string | null = null;
  // Looked for by hand, mark by mark (a space before, a capital after): the pattern's own search
  // ran at every position of every article.
  for (let i = 1; i < text.length - 2; i++) {
    const c = charCodeAt.call(text, i);
    if (c !== 0x201c && c !== 34 && c !== 0x2018 && c !== 39) continue;
    if (charCodeAt.call(text, i - 1) !== 32 || !isCapitalAt(text, i + 1)) continue;
    NICKNAME.lastIndex = i;
    const nick = NICKNAME.exec(text)?.[0];
    if (!nick) continue;
    const given = NICKNAMED_GIVEN.exec(text.slice(Math.max(0, i - 48), i));
    const before = given?.[1];
    if (
      given &&
      (before === undefined ||
        /^[\p{Ll}\d-]/u.test(before) ||
        /\p{Ll}[.!?]$/u.test(before) ||
        DEMONYM.test(before) ||
        ONE_FROM.test(before) ||
        TITLE_WORDS.has(before))
    ) {
      out =
        (out ?? text).slice(0, i) + " ".repeat(nick.length) + (out ?? text).slice(i + nick.length);
    }
    i += nick.length - 1;
  }
  return out ?? text;
}

/** A paragraph that is a byline: `By Ruairí Donnelly-Haas, Economics Editor`. */
const BYLINE = /(?<=^|\n\n)By\s+\p{Lu}[^\n]{1,100}(?=\n\n|$)/gu;

/** A preposition of place opening a sentence or a paragraph: `At `, `In `, `Outside `. */
const PLACE_OPENING_BEFORE = /(?:^|[.!?]["”’]?\s+|\n)(?:At|In|Near|Outside|Inside|Across)\s+$/;
/** The same preposition opening a run of capitalized words (`At Porte de Clichy`). */
const PLACE_PREPOSITION_RUN = /^(?:At|In|Near|Outside|Inside|Across)\s/;

/**
 * A verb of going, then `to` (`drove to `, `moved back to `, `flew into `): a place follows (not
 * `went to`: an award goes to a person).
 */
const MOTION_TO_BEFORE =
  /\b(?:drove|flew|travell?ed|moved|returned|walked|sailed|relocated|emigrated)\s+(?:back\s+)?(?:to|into)\s$/;

export function indexNames(text: string, quoted: readonly [number, number][]): NameEntity[] {
  const entities: NameEntity[] = [];
  let q = 0;
  // `Dwayne “Lightning” McKenzie-Barrett`: the name runs on over a nickname, read as spaces; a
  // byline (`By Ruairí Donnelly-Haas, Economics Editor`) names the writer and the desk, no one the
  // story quotes.
  const runs = withoutNicknames(text).replace(BYLINE, (line) => " ".repeat(line.length));
  for (let m = nextNameRun(runs, 0); m; m = nextNameRun(runs, m.index + m[0].length)) {
    // `The Union Ministry of Consumer Affairs, Food and Public Distribution`: one name, whose
    // listed remits name no one.
    const remits =
      m[0].includes("Minist") ||
      m[0].includes("Department") ||
      m[0].includes("Office") ||
      m[0].includes("Secretary")
        ? listedRemitsEnd(text, m.index, m.index + m[0].length)
        : -1;
    if (remits > m.index + m[0].length) m[0] = text.slice(m.index, remits);
    // `Twins Oskar and Lena Nowak-Reid`: a word for two or more people opening the sentence before
    // their names; the names are read after it.
    // `One Halden director said`: a count before a body's name and its member.
    const plural =
      PEOPLE_OPENING.exec(m[0]) ??
      (/^\s\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))
        ? COUNT_OPENING.exec(m[0])
        : null);
    if (plural && isSentenceStart(text, m.index)) {
      m.index += plural[0].length;
      m[0] = m[0].slice(plural[0].length);
    }
    const run = m[0];
    // Names inside quotation marks (`Crooked Hillary`) are someone's words, not the article's.
    while (q < quoted.length && quoted[q]![1] <= m.index) q++;
    const inQuote = quoted[q];
    if (inQuote && inQuote[0] <= m.index && m.index < inQuote[1]) continue;
    // `S$42,000`, `HK$2bn`: a currency's letters, no name; `Flight BC214`: a flight's or a
    // model's code.
    const next = text.charCodeAt(m.index + run.length);
    if (next === 36 || (next >= 48 && next <= 57)) continue;
    // `Her Lady Macbeth in 1966`, `his Hamlet`: a part someone played, no one in the story.
    if (ownerRightBefore(text, m.index) || OWNER_OPENING_RUN.some((o) => run.startsWith(o))) {
      continue;
    }
    // `Opponents, including representatives of …,`: a plural word for people opening a sentence is
    // no one's name.
    if (
      run.endsWith("s") &&
      !run.includes(" ") &&
      isPluralNoun(run.toLowerCase()) &&
      isSentenceStart(text, m.index)
    )
      continue;
    // `One Sanders-endorsed candidate`, `Obama-era rules`: a name joined to a lower-case word
    // describes something; it is no one's name.
    if (run.includes("-") && HYPHENED_ADJECTIVE.test(run.slice(run.search(/\S+$/)))) continue;
    // `the 19-year-old Czech`, `a young Australian`: a nationality after an article is a
    // description, no name.
    if (DEMONYM.test(run) && DESCRIBED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))
      continue;
    // `her Saudi Arabian husband`: a nationality of two words before a lower-case noun.
    if (
      NATIONALITY_PAIR.test(run) &&
      DEMONYM.test(run.slice(0, run.indexOf(" "))) &&
      /^\s\p{Ll}/u.test(text.slice(m.index + run.length, m.index + run.length + 2))
    )
      continue;
    // `tired of Democratic investigations`, `the Press`: a word of a title alone names no one (an
    // office alone would read as an organization, and `it` would take it).
    if (TITLE_WORDS.has(run)) continue;
    // `Presidents Varga and Oduya sign`: two people's title and the first one's surname, which
    // names neither whole (`Mr Varga` is the later `President Miklós Varga`).
    const first = run.slice(0, run.indexOf(" "));
    if (
      first.endsWith("s") &&
      TITLE_WORDS.has(first.slice(0, -1)) &&
      text.startsWith(" and ", m.index + run.length)
    )
      continue;
    // `Her autobiography, Isobars and Other Lines, was published`: the words of a work's title
    // set off after it name no one.
    if (WORK_SET_OFF_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    // `the pharmacy on St Mary’s`, `St Agnes`: a saint's name is a place's or a church's.
    if (SAINT_OPENING.test(run)) continue;
    // `destroyed last January`: a month that no one is named for is no name.
    if (MONTH_ALONE.test(run)) continue;
    // `the 13-year-old from Plano, Texas,`: a town before its state or country is a place.
    if (townBeforeRegion(text, m.index, run)) continue;
    // `At Porte de Clichy, a crowd …`: a name after a preposition opening a sentence, before its
    // comma, is where.
    if (
      next === 44 &&
      (PLACE_OPENING_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) ||
        (PLACE_PREPOSITION_RUN.test(run) && isSentenceStart(text, m.index)))
    )
      continue;
    // `The couple drove to Houghton Conquest`: where someone went is a place.
    if (
      text.startsWith("to ", m.index - 3) &&
      MOTION_TO_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))
    )
      continue;
    // `HEBDEN MOOR, West Yorkshire —`: the region of a dateline is a place.
    if (
      DATELINE_DASH_AFTER.test(text.slice(m.index + run.length, m.index + run.length + 28)) &&
      DATELINE_CITY_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))
    )
      continue;
    // `No. 2`: a ranking's abbreviation, no name.
    if (
      (run === "No" || run.endsWith(" No")) &&
      /^\.\s+\d/.test(text.slice(m.index + run.length, m.index + run.length + 3))
    )
      continue;
    const sentenceStart = isSentenceStart(text, m.index);
    // `“…,” Will Moy, chief executive …, told`: after a quotation's closing comma the run names
    // the speaker, and its first word is no sentence's opener (`Will`, `May`).
    const parseAsStart =
      sentenceStart &&
      !(
        GIVEN_OR_MODAL.test(run) &&
        QUOTE_CLOSED_BY_COMMA.test(text.slice(Math.max(0, m.index - 5), m.index))
      );
    let parsed = parseNameRun(sharedSurname(text, run, m.index) ?? run, parseAsStart);
    if (!parsed) continue;
    // `with her husband, Derek`, `Mr Morgan’s widow, Siân`: a spouse named by a given name alone
    // has the surname of the one whose spouse they are, as `Mr Haworth` goes on to call him.
    const spouse =
      parsed.kind === "person" && parsed.tokens.length === 1 && parsed.title === null
        ? spouseSurname(text, m.index, run, entities)
        : null;
    if (spouse) parsed = parseNameRun(`${run} ${spouse}`, false) ?? parsed;
    // `Former Chelsea captain John Terry`: a lone name after a title's word and before a role and
    // a name is where that person works, no one of its own (`Chelsea said` is not `Chelsea
    // (former)`).
    if (
      parsed.kind === "person" &&
      parsed.tokens.length === 1 &&
      parsed.title !== null &&
      roleThenName(text, m.index + run.length)
    ) {
      continue;
    }
    // `Tesla’s Elon Musk`: a person named after the possessive of where they work is the name
    // alone, whose later `Musk` is the same man.
    let at = m.index;
    const owned = parsed.kind === "person" && parsed.title === null ? ownerThenName(run) : null;
    if (owned?.[1] && owned[2]) {
      const person = parseNameRun(owned[2], false);
      if (person?.kind === "person" && person.title === null) {
        parsed = person;
        at += run.length - owned[2].length;
      }
    }
    let title = parsed.title;
    let gender = parsed.gender;
    // `Mossbank founder Arlo Pennick will join …`: the title may open the sentence for the name.
    let subject = sentenceStart;
    // `Ontario's chief medical officer of health, Dr. Kieran Moore,`: the description says more
    // than `Dr.`.
    // `Her brother, the Reverend Samuel Adeyinka,`: more than a style set off with its article.
    const styled =
      title !== null &&
      STYLE_TITLE.test(title) &&
      STYLE_SET_OFF.test(text.slice(Math.max(0, m.index - 8), m.index));
    if (
      parsed.kind === "person" &&
      (title === null || ACADEMIC_TITLE.test(title) || styled) &&
      !sentenceStart
    ) {
      const before = styled
        ? titleBefore(text, m.index - 4)
        : (titleBefore(text, m.index) ?? rankingBefore(text, m.index));
      if (before) {
        title = before.title;
        subject = isSentenceStart(text, before.start);
        // `Outside court, the victim's sister, Amara Okafor, read …`: after an opening phrase too.
        if (!subject && charCodeAt.call(text, before.start - 2) === 44) {
          const opening = OPENING_PHRASE.exec(
            text.slice(Math.max(0, before.start - 48), before.start),
          );
          subject = opening !== null && isSentenceStart(text, before.start - opening[0].length);
        }
        if (gender === null) gender = genderOfWords(title);
      }
      // `On Sunday, Mr. Trump was magnanimous …`: an opening phrase of when or where, then the
      // name, is the sentence's subject; not a name set off in the phrase (`On the topic of
      // another tough guy, Mr. Putin, Mr. Trump …`), nor two words that may name a place (`In that
      // sense, Sandy Hook wasn't …`): a surname alone, or a name with a gender, a title or an age.
      // After a participle's phrase, any name (`Accepting the writing award, Gemma Okonjo-Reilly`).
      if (
        !subject &&
        charCodeAt.call(text, m.index - 2) === 44 &&
        !NAME_SET_OFF.test(text.slice(m.index + run.length, m.index + run.length + 3))
      ) {
        const known =
          gender !== null ||
          title !== null ||
          parsed.tokens.length === 1 ||
          AGE_SET_OFF.test(text.slice(m.index + run.length, m.index + run.length + 6));
        const opening =
          (known ? OPENING_PHRASE.exec(text.slice(Math.max(0, m.index - 48), m.index)) : null) ??
          PARTICIPLE_PHRASE.exec(text.slice(Math.max(0, m.index - 130), m.index));
        // (Not the agent's own name: `Asked by counsel to the inquiry, Imogen Farquharson KC,
        // whether he had told anyone, he said`.)
        if (
          opening &&
          isSentenceStart(text, m.index - opening[0].length) &&
          !AGENT_SET_OFF.test(opening[0])
        )
          subject = true;
      }
      // `One voter, Guadalupe Potocacetpl, 35, showed up …`, `A high school graduate, Lazar had
      // …`: a description opening the sentence and set off before the name; the name is the
      // sentence's subject. After a definite one, the name is set off on both sides (not a list:
      // `The party of Prescott Bush, George Bush and …`).
      if (!subject && charCodeAt.call(text, m.index - 2) === 44) {
        const described = DESCRIPTION_OPENING.exec(text.slice(Math.max(0, m.index - 48), m.index));
        if (
          described &&
          isSentenceStart(text, m.index - described[0].length) &&
          (INDEFINITE_OPENING.test(described[0]) ||
            charCodeAt.call(text, m.index + run.length) === 44)
        ) {
          subject = true;
          // `The Environment Secretary, Thérèse Coffey,`: the description is her title.
          // `The chief executive of the BBC, Tim Davie,`: the role's head is before `of` and a
          // name.
          const role = described[0].replace(/,\s+$/, "");
          if (PERSON_HEAD.test(role.replace(/\s+of\s+(?:the\s+)?\p{Lu}.*$/u, "").toLowerCase())) {
            title = role;
            if (gender === null) gender = genderOfWords(role);
          }
        }
      }
    }
    // `The match was Rachel Kowalczyk, a high-school chemistry teacher …`: one a sentence opens by
    // naming as who a description is, a person in full, is whom it is about.
    if (!subject && !sentenceStart && parsed.kind === "person" && parsed.tokens.length > 1) {
      const copula = COPULA_OPENING.exec(text.slice(Math.max(0, m.index - 40), m.index));
      if (copula && isSentenceStart(text, m.index - copula[0].length)) subject = true;
    }
    // `Under cross-examination, Assistant U.S. Attorney Meredith Lau-Sorensen pressed …`: a titled
    // name after an opening phrase is the sentence's subject too.
    if (
      !subject &&
      !sentenceStart &&
      parsed.kind === "person" &&
      parsed.title !== null &&
      charCodeAt.call(text, m.index - 2) === 44
    ) {
      const opening =
        OPENING_PHRASE.exec(text.slice(Math.max(0, m.index - 48), m.index)) ??
        PARTICIPLE_PHRASE.exec(text.slice(Math.max(0, m.index - 130), m.index));
      if (opening && isSentenceStart(text, m.index - opening[0].length)) subject = true;
    }
    // `Tom Barraclough and his colleague Hannah Ojo were debating …`: a companion joined by `and`
    // to the sentence's subject is its subject too, where a pronoun's gender tells them apart (of
    // two of one gender, `he` goes on meaning the first).
    if (!subject && parsed.kind === "person" && gender !== null) {
      const last = entities.at(-1);
      if (
        last?.subject &&
        last.kind === "person" &&
        last.gender !== null &&
        last.gender !== gender &&
        m.index - last.at < 90 &&
        JOINED_TO_SUBJECT.test(text.slice(last.at, m.index))
      )
        subject = true;
    }
    const after = m.index + run.length;
    // `Ofqual, the exams regulator,`: one unknown word an organization's description sets off is
    // that organization.
    // `Aston Villa have completed the signing of …`: a name no person has, which a plural verb
    // follows, is a team's or a band's.
    const kind =
      parsed.kind === "person" &&
      title === null &&
      gender === null &&
      !FIRST_NAME_GENDER.has(parsed.tokens[0]!) &&
      ((parsed.tokens.length === 1 &&
        charCodeAt.call(text, after) === 44 &&
        describedAsOrganization(text.slice(after, after + 80))) ||
        (parsed.tokens.length > 1 &&
          subject &&
          PLURAL_VERB_NEXT.test(text.slice(after, after + 6))) ||
        // `People magazine`, `Rolling Stone magazine`: a publication the noun after it names.
        PUBLICATION_NEXT.test(text.slice(after, after + 12)))
        ? "org"
        : parsed.kind;
    // The appositive starts with a comma (`Ana Ruiz, a spokeswoman for …`).
    if (parsed.kind === "person" && charCodeAt.call(text, after) === 44) {
      const appositive = APPOSITIVE_TITLE.exec(text.slice(after, after + 160));
      if (
        appositive?.[1] &&
        !readsAsClause(appositive[1]) &&
        !NOT_A_TITLE.test(appositive[1]) &&
        // `Writing on Instagram, the singer said`, `After meeting Smith, the singer said`: a
        // description before the verb is the subject of its own when the name opens no sentence.
        (subject || !SAID_NEXT.test(text.slice(after + appositive[0].length, after + 160)))
      ) {
        // `the executive director at the Center of Media Justice and (whose …)`: no `and` dangling.
        // `Dr. Mingyang Song, an associate professor of …`: the appositive says more than `Dr.`.
        if (title === null || ACADEMIC_TITLE.test(title)) {
          title = appositive[1].replace(/\s+(?:and|but|or)$/, "");
        }
        if (gender === null) gender = genderOfWords(appositive[1]);
      }
    }
    // `Jade Okonkwo, who has 4.1 million followers, filmed herself …`: a reflexive object of the
    // name's own verb is the name's.
    if (parsed.kind === "person" && gender === null) {
      const self = text.indexOf("self", after);
      const reflexive =
        self >= 0 && self < after + 140
          ? REFLEXIVE_AFTER.exec(text.slice(after, after + 140))
          : null;
      if (reflexive) gender = reflexive[1] === "himself" ? "m" : "f";
    }
    // `Ezinne Afolabi-Hart, who has died aged 86, was one of the first surgeons … and spent her
    // retirement …`: an obituary's subject is the one its opening sentence's possessive means.
    if (parsed.kind === "person" && gender === null && text.startsWith(", who ", after)) {
      const died = DIED_THEN_POSSESSIVE.exec(text.slice(after, after + 300));
      if (died) gender = died[1] === "his" ? "m" : "f";
    }
    let pronounAfter: Gender = null;
    if (parsed.kind === "person" && gender === null && mayReportPronoun(text, after)) {
      const v = VERB_THEN_PRONOUN.exec(text.slice(after, after + 140));
      if (v && isCueWord(v[1]!)) pronounAfter = v[2] === "he" ? "m" : "f";
    }
    // `The Japanese government has approved …`: a nation's adjective names the body after it.
    const body =
      kind === "org" && DEMONYM.test(run.replace(/^The\s+/, ""))
        ? GOVERNING_BODY.exec(text.slice(after, after + 24))
        : null;
    // `Marine Le Pen's National Rally`, `Elon Musk's SpaceX`: the owner a given name opens is a
    // person too, whom a later `Ms Le Pen` names.
    const owner = at === m.index ? OWNER_IN_RUN.exec(run) : null;
    const ownerName = owner?.[1] ? parseNameRun(owner[1], false) : null;
    if (
      ownerName?.kind === "person" &&
      ownerName.title === null &&
      ownerName.tokens.length > 1 &&
      ownerName.tokens.length < 4 &&
      FIRST_NAME_GENDER.has(ownerName.tokens[0]!)
    ) {
      entities.push({
        name: ownerName.display,
        tokens: ownerName.lowerTokens,
        key: ownerName.lowerKey,
        title: null,
        kind: "person",
        gender: ownerName.gender,
        at: m.index,
        sentenceStart,
        subject: false,
        pronounAfter: null,
      });
    }
    entities.push({
      name: body ? parsed.display + body[0] : parsed.display,
      // Shared with the parsed run: nobody changes an entity's tokens.
      tokens: parsed.lowerTokens,
      key: parsed.lowerKey,
      title,
      kind,
      gender,
      at,
      sentenceStart,
      subject,
      pronounAfter,
    });
  }
  return entities;
}
