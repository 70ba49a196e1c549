/**
 * Whom a definite description names: a title (`the senator`, `the Vermont senator`) the latest
 * person heard or named with it, else the person the story is about; an organization's noun (`the
 * company`) the latest organization; a document or a possessive (`the report`, `Clinton’s
 * campaign`) itself, as written. Used by the speaker resolver (src/quotes/speakers.ts) over the
 * memory of src/quotes/speaker-memory.ts.
 */

import { escapeRegExp } from "../escape-regexp.js";
import { isPluralNoun, MONTHS, WEEKDAYS } from "./cue-grammar.js";
import { isPlace, nameKey, parseNameRun } from "./name-runs.js";
import { isSentenceStart } from "./names.js";
import {
  entityFloor,
  fullestPerson,
  genderFor,
  historyFloor,
  lastEntityBefore,
  type Memory,
  POSSESSIVE,
  paragraphPerson,
  type ResolvedSpeaker,
  recentOne,
  recentOrg,
  recentOrgEntity,
  recentPerson,
  recentSpeaker,
  SENTENCE_END,
} from "./speaker-memory.js";
import {
  DOCUMENT_NOUN,
  FIRST_NAME_GENDER,
  type Gender,
  genderOfWords,
  KIN_WORDS,
  ONE_PERSON_WORDS,
  ORG_NOUNS,
  PERSON_TITLE_NOUN,
  PROPER_ADJECTIVE,
  TITLE_WORDS,
} from "./speaker-words.js";

/** The latest person heard, else named before `at`, whose title `fits`. */
function latestTitled(
  m: Memory,
  fits: (title: string) => boolean,
  at: number,
): ResolvedSpeaker | null {
  for (let i = m.history.length - 1; i >= historyFloor(m); i--) {
    const h = m.history[i]!;
    if (h.kind === "person" && h.title && fits(h.title)) return h;
  }
  for (let i = lastEntityBefore(m, at), floor = entityFloor(i); i >= floor; i--) {
    const e = m.entities[i]!;
    if (e.at >= at || e.kind !== "person" || !e.title || !fits(e.title)) continue;
    const full = fullestPerson(m, e.tokens, null, e.title !== null) ?? e;
    return { name: full.name, title: e.title, kind: "person" };
  }
  return null;
}

/** A description's head word inside a title (`judge` in `U.S. District Judge`), any case. */
function headInTitle(head: string): RegExp {
  return new RegExp(`\\b${HEAD_WORDS[head] ?? escapeRegExp(head)}`, "i");
}

/** Heads a title may write with another word (`the skipper` after `Carlton captain …`). */
const HEAD_WORDS: Readonly<Record<string, string>> = {
  skipper: "(?:skipper|captain)",
  captain: "(?:captain|skipper)",
};

function byTitle(m: Memory, head: string, at: number): ResolvedSpeaker | null {
  const re = headInTitle(head);
  return latestTitled(m, (title) => re.test(title), at);
}

/**
 * `Asked whether she would accept a deal, the senator said …`: the latest speaker of the gender
 * the question gives whose title is the description's (`Sen.` for `the senator`), else the latest
 * of that gender; null when none.
 */
function askedTitled(m: Memory, head: string, at: number): ResolvedSpeaker | null {
  const gender = askedGender(m.text, at);
  if (gender === null) return null;
  const short = ABBREVIATED_TITLE[head];
  const re = short ? new RegExp(`\\b(?:${head}|${short})`, "i") : headInTitle(head);
  let ofGender: ResolvedSpeaker | null = null;
  for (let i = m.history.length - 1; i >= historyFloor(m); i--) {
    const h = m.history[i]!;
    if (h.kind !== "person" || genderFor(m, h.name) !== gender) continue;
    if (h.title && re.test(h.title)) return h;
    ofGender ??= h;
  }
  // Else whoever of that gender spoke last (`Helen Markham said …. Asked directly if she would
  // repay it, the chief executive said …`).
  return ofGender;
}

/**
 * `Asked whether she would accept a deal, the senator said …`: the gender of the one asked, in the
 * sentence before `at`, or null.
 */
function askedGender(text: string, at: number): Gender {
  const asked = ASKED_PRONOUN.exec(text.slice(Math.max(0, at - 200), at));
  return asked ? (asked[1]!.toLowerCase() === "she" ? "f" : "m") : null;
}

const ASKED_PRONOUN =
  /(?:^|[.!?]["”’]?\s+|\n)Asked\s+(?:\p{Ll}+ly\s+)?(?:whether|if|about|how|why|what|when|who)\s+(?:[^,.!?]*?\s)?(she|he)\s[^.!?]*,\s+$/u;

/** An indefinite description of one person: a determiner, up to four modifiers, its noun. */
const ONE_DESCRIBED =
  /^(?:a|an|one|another)(?:\s+(?!(?:of|for|to|in|at|with|from|by|on|who|that|which)\s)[\p{L}’'-]+){1,5}$/iu;

/**
 * `the expert` after `said one legal expert`: the latest speaker heard only by a description
 * whose noun is the same, unless a person with that title spoke since (`A federal judge has
 * ordered …` and then `Judge Gonzalo Curiel noted …`), else null.
 */
function byDescribed(m: Memory, head: string): ResolvedSpeaker | null {
  const titled = headInTitle(head);
  for (let i = m.history.length - 1; i >= historyFloor(m); i--) {
    const h = m.history[i]!;
    if (h.kind === "person" && h.title && (titled.test(h.title) || sameOffice(h.title, head)))
      return null;
    if (h.title !== null || !ONE_DESCRIBED.test(h.name)) continue;
    if (h.name.toLowerCase().split(/\s+/).at(-1) === head) return h;
  }
  return null;
}

/** Titles abbreviated before a name, by the word a description uses (`the senator`: `Sen.`). */
const ABBREVIATED_TITLE: Record<string, string> = {
  senator: "sen\\.",
  governor: "gov\\.",
  representative: "rep\\.",
  congressman: "rep\\.",
  congresswoman: "rep\\.",
};

/**
 * `the Vermont senator`, `the Ohio governor`: the latest person whose title holds both the
 * description's capitalized words and its head (or the head's abbreviation), else null.
 */
function byPlacedTitle(
  m: Memory,
  phrase: string,
  head: string,
  at: number,
): ResolvedSpeaker | null {
  const places = phrase
    .split(/\s+/)
    .slice(1, -1)
    .filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
  if (places.length === 0) return null;
  const short = ABBREVIATED_TITLE[head];
  const headRe = new RegExp(short ? `\\b(?:${head}|${short})` : `\\b${head}\\b`, "i");
  return latestTitled(
    m,
    (title) => headRe.test(title) && places.every((p) => title.includes(p)),
    at,
  );
}

/** An office or a trade, by the word a title ends with (`Sen.`, `Governor`, `Prosecutor`). */
const OFFICE: Record<string, string> = {
  senator: "senator",
  "sen.": "senator",
  governor: "governor",
  "gov.": "governor",
  mayor: "mayor",
  president: "president",
  // `Missouri's attorney general`: no president.
  general: "general",
  minister: "minister",
  judge: "judge",
  justice: "judge",
  magistrate: "judge",
  representative: "representative",
  "rep.": "representative",
  congressman: "representative",
  congresswoman: "representative",
  sheriff: "sheriff",
  ambassador: "ambassador",
  chancellor: "chancellor",
  inspector: "police",
  insp: "police",
  "insp.": "police",
  superintendent: "police",
  supt: "police",
  "supt.": "police",
  constable: "police",
  sergeant: "police",
  sgt: "police",
  "sgt.": "police",
  detective: "police",
  officer: "police",
  prosecutor: "prosecutor",
  lawyer: "lawyer",
  solicitor: "lawyer",
  barrister: "lawyer",
  coach: "coach",
  manager: "manager",
  executive: "executive",
  ceo: "executive",
  spokesman: "spokesperson",
  spokeswoman: "spokesperson",
  spokesperson: "spokesperson",
  professor: "professor",
  economist: "economist",
  analyst: "analyst",
  secretary: "secretary",
  chairman: "chair",
  chairwoman: "chair",
  chair: "chair",
  director: "director",
  adviser: "adviser",
  advisor: "adviser",
  editor: "editor",
  correspondent: "reporter",
  reporter: "reporter",
  coroner: "coroner",
  bishop: "bishop",
  archbishop: "bishop",
  councillor: "councillor",
  councilor: "councillor",
  cllr: "councillor",
  treasurer: "treasurer",
  headteacher: "headteacher",
  headmaster: "headteacher",
  headmistress: "headteacher",
  // A player's position (`the defender` after `chief executive Tony Burnett` is someone else).
  striker: "striker",
  forward: "striker",
  winger: "winger",
  midfielder: "midfielder",
  defender: "defender",
  goalkeeper: "goalkeeper",
  keeper: "goalkeeper",
  bowler: "bowler",
  spinner: "bowler",
  "off-spinner": "bowler",
  "leg-spinner": "bowler",
  seamer: "bowler",
  paceman: "bowler",
  batsman: "batter",
  batter: "batter",
  opener: "batter",
  "all-rounder": "all-rounder",
  wicketkeeper: "wicketkeeper",
};

/** Whether a title's last word names the office `head` does (`Mrs Justice`, `the judge`). */
function sameOffice(title: string, head: string): boolean {
  const office = OFFICE[head];
  return office !== undefined && OFFICE[title.toLowerCase().split(/\s+/).at(-1)!] === office;
}

/**
 * The latest speaker, unless their title names another office than `head` does (`“…,” said the
 * governor` after Senator Lisa Murkowski is someone else; `the judge` after a detective inspector).
 */
function otherOffice(speaker: ResolvedSpeaker | null, head: string): ResolvedSpeaker | null {
  const wanted = OFFICE[head];
  const last = speaker?.title?.toLowerCase().split(/\s+/).pop();
  const held = last ? OFFICE[last] : undefined;
  // `The minister … told the Guardian` after `the singer Dua Lipa said …`: a trade holds no office.
  if (wanted && last && TRADE_NOT_OFFICE.test(last)) return null;
  return wanted && held && wanted !== held ? null : speaker;
}

/**
 * A body named in lower case before the office's word (`the jury president`, `the committee
 * chairman`).
 */
const BODY_BEFORE_HEAD =
  /\b(jury|committee|board|council|union|panel|party|company|court|commission|federation|league|association|foundation|festival|campaign|hospital|school|university)\s+\S+$/;

/**
 * The latest speaker, unless the description names the office's body in lower case and their
 * title does not (`The jury president called the film …` after a villager quoted is someone
 * else).
 */
function inBody(core: string, speaker: ResolvedSpeaker | null): ResolvedSpeaker | null {
  const body = BODY_BEFORE_HEAD.exec(core)?.[1];
  return body && speaker && !speaker.title?.toLowerCase().includes(body) ? null : speaker;
}

/** The last word of a title that is a trade or a sport's, which no office is. */
const TRADE_NOT_OFFICE =
  /^(?:singer|songwriter|actor|actress|rapper|musician|comedian|presenter|star|model|novelist|chef|athlete|golfer|boxer|player|striker|midfielder|defender|goalkeeper|winger|jockey)$/;

/** An organization that is no place. */
function notPlace(org: ResolvedSpeaker | null): ResolvedSpeaker | null {
  return org && !isPlace(org.name) ? org : null;
}

/**
 * An organization the story names (`Nvidia`), not one it only describes (`the government`, `his
 * medical team`, `Police` opening a sentence).
 */
function namedOrg(org: ResolvedSpeaker | null): ResolvedSpeaker | null {
  return org &&
    !/^(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+\p{Ll}/u.test(org.name) &&
    !(ORG_NOUNS.test(org.name) && !/\s/.test(org.name))
    ? org
    : null;
}

/**
 * `Nvidia reported record revenue. … The company forecast …`: with no organization heard, the
 * latest speaker named by one word that no fuller name, title, honorific or gender makes a
 * person's, and that the story never writes in lower case.
 */
function oneWordName(m: Memory): ResolvedSpeaker | null {
  for (let i = m.history.length - 1; i >= historyFloor(m); i--) {
    const h = m.history[i]!;
    if (h.kind !== "person" || h.title !== null || h.gender !== null || /\s/.test(h.name)) continue;
    if (isBusinessWord(m, h.name)) return { name: h.name, title: null, kind: "org" };
  }
  return null;
}

/**
 * Whether one capitalized word is no person's: no fuller name or gender the story gives it, never
 * written in lower case (`Newspaper`) nor after an honorific.
 */
function isBusinessWord(m: Memory, name: string): boolean {
  const key = nameKey(name);
  if (genderFor(m, key) || (fullestPerson(m, [key])?.tokens.length ?? 1) > 1) return false;
  const word = escapeRegExp(name);
  const lower = word.toLowerCase();
  return !new RegExp(`\\b${lower}\\b|\\b(?:Mr|Mrs|Ms|Dr)\\.?\\s+${word}\\b`).test(m.text);
}

/**
 * `Spotify is cutting about 1,500 jobs …. The company said …`: the one word that opens the story's
 * first paragraph after its headline as its subject, before `at`, when isBusinessWord; else null.
 */
function leadBusiness(m: Memory, at: number): ResolvedSpeaker | null {
  const body = m.text.indexOf("\n\n") + 2;
  if (body < 2 || body >= at) return null;
  const lead = LEAD_SUBJECT.exec(m.text.slice(body, at));
  return lead?.[1] && !FIRST_NAME_GENDER.has(lead[1]) && isBusinessWord(m, lead[1])
    ? { name: lead[1], title: null, kind: "org" }
    : null;
}
/**
 * One capitalized word and a verb opening a paragraph (`Spotify is cutting`, `Greggs has said`),
 * perhaps after a trade in words (`Supermarket chain Morrisons is to close`).
 */
const LEAD_SUBJECT =
  /^\s*(?:\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,2}\s+(?=\p{Lu}))?(\p{Lu}[\p{L}&-]*[\p{Ll}\d][\p{L}&-]*)\s+(?:is|are|was|were|has|have|had|will|would|said|says|\p{Ll}+ed|\p{Ll}+s)\s/u;

/** A competition's name: `the League Cup`, `the Premier League`, `the Six Nations Championship`. */
const COMPETITION =
  /\s(?:Cup|League|Championship|Championships|Trophy|Shield|Games|Olympics|Open|Series|Premiership|Final|Finals|Tour)$/;

/**
 * A sport's governing body, which no one calls `the club`: `the FA`, `Uefa`, `the Football
 * Association`, `World Rugby`.
 */
const GOVERNING_BODY =
  /^(?:the\s+)?(?:FA|F\.A\.|FIFA|Fifa|UEFA|Uefa|IOC|EFL|SFA|PFA|RFU|WRU|ECB|ICC|FIA|NFL|NBA|MLB|NHL|World\s+\p{Lu}\p{Ll}+|(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:Association|Federation|Union|Board|Committee|Commission|Council|Authority))$/u;

/** `org`, unless `head` is `club` and org is a sport's governing body (`The club` after `the FA said`). */
function notGoverning(head: string, org: ResolvedSpeaker | null): ResolvedSpeaker | null {
  return head === "club" && org && GOVERNING_BODY.test(org.name) ? null : org;
}

/**
 * `Brentford manager Thomas Frank said …. The club added …`: the club in the title of the latest
 * speaker who plays for or runs one; null when none.
 */
function clubInTitle(m: Memory): ResolvedSpeaker | null {
  for (let i = m.history.length - 1; i >= historyFloor(m); i--) {
    const club = m.history[i]!.title?.match(CLUB_ROLE)?.[1];
    if (club) return { name: club.trim(), title: null, kind: "org" };
  }
  return null;
}
/** A club's name and a role in it (`Brentford manager`, `Aston Villa striker`). */
const CLUB_ROLE =
  /^((?:\p{Lu}[\p{L}'-]*\s+){1,3})(?:manager|head\s+coach|coach|boss|captain|striker|forward|winger|midfielder|defender|full-back|centre-back|goalkeeper|keeper|chairman|chairwoman|owner|chief\s+executive)$/u;

/** A body that is part of a state, not the state: `ministry`, `department`, `embassy`. */
const PART_OF_STATE = /^(?:ministry|department|agency|office|embassy|army|military|navy|police)$/;

/**
 * Whether the word before a body's head in `core` names a portfolio the organization found does
 * not have (`the interior ministry` is not `The Foreign Office`).
 */
function otherPortfolio(core: string, head: string, name: string): boolean {
  const words = core.split(" ");
  const before = words[words.indexOf(head) - 1];
  return (
    before !== undefined &&
    !/^(?:the|a|an|its|his|her|their)$/i.test(before) &&
    !name.toLowerCase().includes(before.toLowerCase())
  );
}

/** A possessive name or `the` and a name opening what a description is `of`. */
const NAMED_COMPLEMENT = /^(?:the\s+)?\p{Lu}[\p{L}.-]*[’']s\s|^the\s+\p{Lu}/u;

/**
 * `speaker`, unless what the description is `of` has a name that the speaker's name and title do
 * not (`The deputy head of China’s delegation` is not the Defense Secretary who spoke last, `The
 * chairman of the Conservative Party` not the Foreign Secretary).
 */
function sameNames(phrase: string, speaker: ResolvedSpeaker | null): ResolvedSpeaker | null {
  if (!speaker) return null;
  const of = phrase.indexOf(" of ");
  const complement = of < 0 ? "" : phrase.slice(of + 4);
  // Only a possessive or a name after `the` (`of the Conservative Party`): `secretary of State`,
  // `CEO of Hewlett-Packard` may be written otherwise in the title.
  if (!NAMED_COMPLEMENT.test(complement)) return speaker;
  const known = `${speaker.name} ${speaker.title ?? ""}`.toLowerCase();
  const own = complement.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return own.every((w) => known.includes(w.replace(/[’']s$/, "").toLowerCase())) ? speaker : null;
}

/**
 * A role that speaks for someone else (`the spokesman`, `the lawyer`): the story's latest speaker,
 * who has no such title, is the one they speak for, not them.
 */
const SPEAKS_FOR_ANOTHER =
  /^(?:spokes(?:man|woman|person)|lawyer|attorney|counsel|aide|adviser|advisor|agent)$/;

/** A description by age: `the 28-year-old`, `The 36-year-old publican`. */
const AGED = /^the\s+(\d{1,3})-year-old\b/i;

/** A teenager, whose age the story may give: `the teenager`, `the teen`. */
const TEEN = /^the\s+(?:teenager|teen)$/i;

/** An age and nothing else: `the 30-year-old`. */
const BARE_AGE = /^the\s+\d{1,3}-year-old$/i;
/** An age and where the person is from: `The 23-year-old from Indore`. */
const AGED_FROM = /^the\s+\d{1,3}-year-old\s+from\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?$/iu;

/** Whether up to three words describe one person: `two-time champion`, not `rebels`, `club`. */
function oneDescribed(words: string): boolean {
  const list = words.split(/\s+/);
  const head = list.at(-1)!;
  return !isPluralNoun(head) && !ORG_NOUNS.test(head) && !list.some((w) => NOT_IN_AGED.test(w));
}

/**
 * `Andy Murray has pulled out …. The two-time champion, 37, had hoped …`: the one person the
 * paragraph (or, naming no one, the one before) names, for a description of one person (`words`)
 * given an age, of the description's gender; null when it names none or several, or one whose age
 * the story gives.
 */
export function agedDescribed(m: Memory, words: string, at: number): ResolvedSpeaker | null {
  if (!oneDescribed(words)) return null;
  const person = paragraphPerson(m, at, genderOfWords(words), true);
  // Not one whose age the story gives (`20-year-old student Aqsa Mahmood`): the age is another's.
  return person && !hasAge(m.text, person.name) ? person : null;
}
/**
 * An age, then up to three words (group 1): `the 55-year-old Canadian singer`; perhaps a count of
 * children after them (`the 58-year-old grandmother of four`).
 */
const AGED_WORDS =
  /^the\s+\d{1,3}-year-old\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?:\s+of\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))?$/iu;
/** A parent described by a count of children alone (`the father of two`). */
const PARENT_OF_COUNT =
  /^the\s+(mother|father|grandmother|grandfather|mum|dad)\s+of\s+(?:one|two|three|four|five|six|seven|eight|\d{1,2})$/iu;
/** A count of children ending a description: ` of four`. */
const CHILDREN_COUNTED = /\sof\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$/i;
/** Words that make a description more than one person's (`who`, `and`, `of`). */
const NOT_IN_AGED = /^(?:who|whose|which|that|and|or|of|from|in|at|with|for)$/i;

/** Whether the story gives `name`'s age, after its surname (`Mahmood, 20,`) or before it. */
function hasAge(text: string, name: string): boolean {
  const surname = escapeRegExp(name.split(/\s+/).pop()!);
  return new RegExp(
    // (`Boyd` is not the end of `Sinclair-Boyd, 81`.)
    `\\b\\d{1,3}-year-old\\s+(?:[\\p{L}.-]+,?\\s+){0,5}${surname}\\b|(?<![\\p{L}-])${surname}(?:,\\s+|\\s+\\()\\d{1,3}\\b(?!-)`,
    "u",
  ).test(text);
}

/**
 * `the 28-year-old`: the latest person named before `at` with that age, written after the name
 * (`Emma Jackson, 28,`, `Emma Jackson (28)`), before it (`28-year-old Emma Jackson`, `a
 * 28-year-old teacher, Emma Jackson`) or in the title set off after it (`Mensik, the 19-year-old
 * Czech`), else null. `age` is a pattern: `1[3-9]` for `the teenager`.
 */
function byAge(m: Memory, age: string, at: number): ResolvedSpeaker | null {
  const after = new RegExp(`^[^,;()\\n]{1,40}?(?:,\\s+|\\s+\\()${age}\\b(?!-)`);
  // (Not where they are from: `a 34-year-old woman from Edinburgh`.)
  const before = new RegExp(
    `\\b${age}-year-old\\s+(?:[\\p{Ll}-]+,?\\s+){0,4}(?<!\\s(?:from|in|near|at)\\s+)$`,
    "u",
  );
  const titled = new RegExp(`\\b${age}-year-old\\b`);
  const { text } = m;
  for (let i = lastEntityBefore(m, at), floor = entityFloor(i); i >= floor; i--) {
    const e = m.entities[i]!;
    if (e.at >= at || e.kind !== "person") continue;
    if (
      after.test(text.slice(e.at, e.at + 60)) ||
      before.test(text.slice(Math.max(0, e.at - 60), e.at)) ||
      (e.title !== null && titled.test(e.title))
    ) {
      const full = fullestPerson(m, e.tokens, null, e.title !== null) ?? e;
      return { name: full.name, title: e.title, kind: "person" };
    }
  }
  // `Mensik, the 19-year-old Czech, said …`: a speaker heard with the age in their title.
  for (let i = m.history.length - 1; i >= 0; i--) {
    const h = m.history[i]!;
    if (h.at < at && h.kind === "person" && h.title && titled.test(h.title)) {
      return { name: h.name, title: h.title, kind: "person" };
    }
  }
  return null;
}

const DEMONSTRATIVE_PERSON = new RegExp(`^(?:this|that)\\s+(?:${ONE_PERSON_WORDS})$`, "i");
/** `the organizer of a pro-Trump rally`: an indefinite complement brings in someone new. */
const NEW_REFERENT = /\sof\s+(?:a|an|another|one)\s/i;

/**
 * A body named by a noun for no business (`Pilots' union`, `the city council`): `the airline`
 * after it is another.
 */
const OTHER_BODY_HEAD =
  /(?:^|\s)(?:union|council|party|association|federation|ministry|department|committee|commission|charity|campaign|police)$/i;

/** Nouns for a business or a medium, and names of bodies that are neither (a union is no company). */
const BUSINESS_NOUN =
  /^(?:company|firm|bank|network|channel|broadcaster|station|newspaper|paper|magazine|outlet|site|website|airline|carrier|maker|chipmaker|drugmaker|planemaker|retailer|supermarket|manufacturer|carmaker|automaker|insurer|lender|utility|provider|publisher|startup|giant)$/;
/** Nouns for a business of one trade (`airline`, `carmaker`), which a name may stand for. */
const TRADE_NOUN =
  /^(?:airline|carrier|maker|chipmaker|drugmaker|planemaker|retailer|supermarket|manufacturer|carmaker|automaker|insurer|lender|utility|provider|startup)$/;

/**
 * The business the sentence holding `at` names before it: an organization, or one word written as
 * brands are, a capital inside it (`EgyptAir`, `JetBlue`; not `McCain`, `DeSantis`).
 */
function businessInSentence(m: Memory, at: number): ResolvedSpeaker | null {
  const from = sentenceStartBefore(m.text, at);
  const org = recentOrgEntity(m, at, from);
  if (org) return org;
  for (let i = lastEntityBefore(m, at); i >= 0; i--) {
    const e = m.entities[i]!;
    if (e.at < from) break;
    if (e.at < at && BRAND_WORD.test(e.name)) return { name: e.name, title: null, kind: "org" };
  }
  return null;
}

/**
 * The name the text writes last before `at` right after `noun` (`airline SAS`, `retailer Primark`,
 * `carmaker Stellantis's`), as an organization; null when none.
 */
function namedAfterNoun(text: string, noun: string, at: number): ResolvedSpeaker | null {
  const after = new RegExp(
    String.raw`\b${noun}s?\s+(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2})`,
    "gu",
  );
  let name: string | undefined;
  for (const hit of text.slice(Math.max(0, at - 2000), at).matchAll(after)) {
    const words = hit[1]!.split(/\s+/);
    if (!TITLE_WORDS.has(words[0]!) && !DAY_OR_MONTH.test(words[0]!)) name = hit[1];
  }
  return name ? { name: name.replace(/[’']s$/, ""), title: null, kind: "org" } : null;
}
/** Other nouns a story writes right before a body's name (`charity Oxfam`, `the union Unite`). */
const NAMED_AFTER = /^(?:charity|union|club|chain|watchdog|regulator|broadcaster|group)$/;
const DAY_OR_MONTH = new RegExp(`^(?:${WEEKDAYS}|${MONTHS})$`);

/** A description's head for a business: `company`, `firm`, `giant`. */
const BUSINESS_HEAD = /^(?:company|firm|giant)$/;

/**
 * A business whose shares a sentence names: `Apple shares rose …`, `Shares in Tesla fell …`,
 * `Shares in Harlow & Finch`, `Shares in ASX-listed lithium miner Redgum Minerals`, `Nvidia's
 * stock` (group 1 or 2); not a market (`the Paris stock exchange`).
 */
const SHARES_OF =
  /(?:\b[Ss](?:hares|tock)\s+(?:in|of)\s+(?:\p{Lu}[\p{L}]*-(?:listed|based|owned|headquartered)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2})?(\p{Lu}[\p{L}&.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&.-]*){0,2})|(?<![\p{L}’'-])(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2})(?:[’']s)?\s+(?:shares|stock)\b(?!\s+(?:exchanges?|markets?|index)\b))/gu;

/**
 * `Apple shares rose … after the company reported …`: the business whose shares the sentence
 * holding `at` (with `sameSentence`), or the one before it too, names last before `at`; null when
 * none.
 */
function tradedBefore(text: string, at: number, sameSentence: boolean): ResolvedSpeaker | null {
  const first = sentenceStartBefore(text, at);
  const start = sameSentence || first <= 2 ? first : sentenceStartBefore(text, first - 2);
  let found: string | null = null;
  for (const m of text.slice(Math.max(0, start), at).matchAll(SHARES_OF)) {
    const name = m[1] ?? m[2];
    if (name && !/^(?:The|Its|His|Her|Their|Shares|Stock)$/.test(name)) found = name;
  }
  return found ? { name: found, title: null, kind: "org" } : null;
}
const BRAND_WORD = /^(?!Mc|Mac|De|Di|Da|Le|La|Van|Von)\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u;

/**
 * The body the last speaker spoke for, when they were one of its people named only by it (`A Home
 * Office spokesperson`, `a Treasury source`): `the Home Office`; else null.
 */
function bodyOfLastSpokesperson(m: Memory): ResolvedSpeaker | null {
  const last = m.history.at(-1);
  const body = last ? SPOKESPERSON_OF.exec(last.name)?.[1] : undefined;
  return body ? { name: `the ${body.trim()}`, title: null, kind: "org" } : null;
}

const SPOKESPERSON_OF =
  /^(?:A|An|a|an|The|the)\s+((?:\p{Lu}[\p{L}’'-]*\s+){0,3}?(?:Office|Department|Ministry|Treasury|Pentagon|Commission|Agency|Authority|Service|Council|Executive|Government)\s+)(?:spokes(?:man|woman|person)|official|source)$/u;

/** Nouns for a public body that its name's last word may not give (`the agency`, `the watchdog`). */
const AGENCY_NOUN = /^(?:agency|regulator|watchdog|authority|commission|department|ministry|body)$/;
/** The last word of a public body's name. */
const AGENCY_NAME =
  /\b(?:Administration|Agency|Authority|Commission|Department|Ministry|Office|Service|Board|Bureau|Regulator|Ofcom|Ofwat|Ofgem|Ofsted)$/;

/** A public body named (AGENCY_NAME) in the sentence holding `at` or the one before; else null. */
function agencyBefore(m: Memory, at: number): ResolvedSpeaker | null {
  const from = sentenceStartBefore(m.text, Math.max(0, sentenceStartBefore(m.text, at) - 2));
  for (let i = lastEntityBefore(m, at), floor = entityFloor(i); i >= floor; i--) {
    const e = m.entities[i]!;
    if (e.at < from) break;
    if (e.at < at && e.kind === "org" && AGENCY_NAME.test(e.name)) {
      return { name: e.name, title: null, kind: "org" };
    }
  }
  return null;
}

/** Where the sentence holding `at` starts in `text`. */
function sentenceStartBefore(text: string, at: number): number {
  const from = Math.max(0, at - 400);
  const ends = [...text.slice(from, at + 1).matchAll(SENTENCE_END)];
  const last = ends.at(-1);
  const start = last ? from + last.index + last[0].length : from;
  // A headline ends at its paragraph break, with no full stop.
  const paragraph = text.lastIndexOf("\n\n", at - 1);
  return paragraph > start && !/[.!?”"’)]$/.test(text.slice(0, paragraph).trimEnd())
    ? paragraph + 2
    : start;
}

const PUBLIC_BODY =
  /\b(?:Congress|Senate|House|Parliament|Government|Administration|Ministry|Department|Court|Council|Commission|Committee|Agency|Police|Army|Navy|Military|Assembly|Legislature|Party|Kremlin|Pentagon|[Aa]uthority|[Rr]egulator|[Ww]atchdog|Union|Association|Federation|Workers|Society|Foundation|Charity)\b/;

/** What a council's name holds (`Argyll and Bute Council`, `Camden Borough`, `the City of London Corporation`). */
const COUNCIL_NAME = /\b(?:Council|Borough|District|County|City|Corporation|Authority)\b/;

/** A part of a government, which the government as a whole is not. */
const GOVERNMENT_PART = /\b(?:Ministry|Department|Office|Agency|Police|Army|Navy|Service)\b/;

/** A government, its seat or its forces, which no union is. */
const SEAT_OF_STATE =
  /\b(?:Downing Street|No\.? 10|White House|Kremlin|Pentagon|Élysée|Elysee|[Gg]overnment|Administration|[Mm]inistry|[Dd]epartment|Police|Army|Navy|Military)\b/;

/** A cricketer's role, which names the player the story is about (`the off-spinner told …`). */
const SPORT_ROLE =
  "bowler|spinner|off-spinner|leg-spinner|seamer|paceman|batsman|batter|opener|all-rounder|wicketkeeper";

/** What an artist or a performer does (`the playwright`, `the novelist`). */
const ARTIST_ROLE =
  "playwright|dramatist|screenwriter|novelist|poet|composer|conductor|filmmaker|film-maker|choreographer|artist|designer|architect|photographer|comedian|presenter|broadcaster|pianist|guitarist|dancer|sculptor|painter";

const ARTIST = new RegExp(`^(?:${ARTIST_ROLE})$`);

/**
 * Offices a story names with their holder's title (`assistant coroner Dr Nicholas Shaw`): `the
 * coroner` is the person with that title, never the latest speaker for want of one.
 */
const TITLED_ONLY_WORDS =
  "coroner|magistrate|bishop|archbishop|cardinal|imam|rabbi|superintendent|constable|sergeant|councillor|councilor|treasurer|ombudsman|headteacher|headmaster|headmistress|mep|msp|mla|td|skipper|reporter|journalist|interviewer|questioner";
const TITLED_ONLY = new RegExp(`^(?:${TITLED_ONLY_WORDS})$`);

/**
 * A description's head that is a person's title (`senator`, `secretary-general`, `the
 * grandmaster`, `the off-spinner`, `the coroner`, `the playwright`).
 */
const TITLE_HEAD = new RegExp(
  `^(?:${PERSON_TITLE_NOUN}(?:-general)?|grandmaster|${SPORT_ROLE}|${TITLED_ONLY_WORDS}|${ARTIST_ROLE})$`,
);

/** A description's head and the title it stands for: `the PM`, `the pontiff`. */
const TITLE_FOR: ReadonlyMap<string, string> = new Map([
  ["pm", "prime minister"],
  ["pontiff", "pope"],
]);

/** `the Spaniard`, `the 31-year-old Australian`: a person by where they are from. */
const DEMONYM_DESCRIPTION =
  /^the\s+(?:\d{1,3}-year-old\s+)?(Spaniard|Frenchman|Frenchwoman|Dutchman|Dutchwoman|Englishman|Englishwoman|Irishman|Irishwoman|Welshman|Welshwoman|Scotsman|Scotswoman|Scot|Dane|Swede|Finn|Pole|Norwegian|German|Italian|Portuguese|Brazilian|Argentine|Argentinian|Australian|American|Canadian|Mexican|Colombian|Uruguayan|Chilean|Belgian|Swiss|Austrian|Croat|Croatian|Serb|Serbian|Russian|Ukrainian|Japanese|Korean|Nigerian|Ghanaian|Senegalese|Egyptian|Moroccan|Algerian|Cameroonian|Ivorian|Kiwi|New\s+Zealander|South\s+African|Jamaican|Kenyan|Ethiopian|Turk|Greek|Israeli|Iranian|Briton|Czech|Slovak|Hungarian|Romanian|Bulgarian|Georgian|Icelander|Indian|Pakistani|Chinese|Kazakh|Uzbek|Belarusian|Latvian|Lithuanian|Estonian|Slovenian|Slovene|Bosnian|Albanian|Armenian|Azerbaijani|Cypriot|Venezuelan|Peruvian|Ecuadorian|Paraguayan|Cuban|Tunisian|Zimbabwean|Ugandan|Thai|Vietnamese|Filipino|Filipina|Indonesian|Malaysian|Taiwanese|Lebanese|Emirati|Qatari|Saudi|Afghan|Bangladeshi|Sri\s+Lankan)$/i;

/** A demonym's noun, the adjective written before a name and the country (`the Spaniard`). */
const ADJECTIVE_OF: Readonly<Record<string, readonly [string, string]>> = {
  spaniard: ["Spanish", "Spain"],
  frenchman: ["French", "France"],
  frenchwoman: ["French", "France"],
  dutchman: ["Dutch", "Netherlands"],
  dutchwoman: ["Dutch", "Netherlands"],
  englishman: ["English", "England"],
  englishwoman: ["English", "England"],
  irishman: ["Irish", "Ireland"],
  irishwoman: ["Irish", "Ireland"],
  welshman: ["Welsh", "Wales"],
  welshwoman: ["Welsh", "Wales"],
  scotsman: ["Scottish", "Scotland"],
  scotswoman: ["Scottish", "Scotland"],
  scot: ["Scottish", "Scotland"],
  dane: ["Danish", "Denmark"],
  swede: ["Swedish", "Sweden"],
  finn: ["Finnish", "Finland"],
  pole: ["Polish", "Poland"],
  turk: ["Turkish", "Turkey"],
  croat: ["Croatian", "Croatia"],
  serb: ["Serbian", "Serbia"],
  briton: ["British", "Britain"],
  norwegian: ["Norwegian", "Norway"],
  italian: ["Italian", "Italy"],
  portuguese: ["Portuguese", "Portugal"],
};

/**
 * A country's name in the possessive where the demonym opens with it (`Brazil’s` for
 * `Brazilian`, `Kenya’s` for `Kenyan`), as a pattern.
 */
const COUNTRY_BEFORE = (noun: string) =>
  Array.from({ length: 3 }, (_, i) => noun.slice(0, noun.length - i - 1))
    .filter((stem) => stem.length >= 4)
    .map((stem) => `${stem}[’']s\\s`)
    .join("|");

/** An appositive's first words after a name (`, the Kazakh world No 6`). */
const AFTER_NAME_DESCRIPTION = /^,\s+(?:the|a|an)\s+[^,.;]{1,30}/;

/**
 * `Aigerim Sadykova, the Kazakh world No 6, beat Mia Larkin …. “…,” said the Kazakh`: of the
 * people this paragraph and the one before name, the last one the words around the name say is
 * from there (`Kazakh` or `Kazakhstan’s` just before it, `, the Kazakh …` just after it).
 */
function personFrom(m: Memory, noun: string, at: number): ResolvedSpeaker | null {
  const [adjective, country] = ADJECTIVE_OF[noun.toLowerCase()] ?? [noun, noun];
  // `Kazakh`, `Kazakhstan’s`, `Brazil’s` (for `the Brazilian`): a country's name opens the
  // adjective or the adjective the name.
  const from = new RegExp(`\\b(?:${adjective}|${noun}|${country}|${COUNTRY_BEFORE(noun)})`, "iu");
  const paragraph = m.text.lastIndexOf("\n\n", at);
  const start = paragraph < 0 ? 0 : m.text.lastIndexOf("\n\n", paragraph - 1) + 1;
  for (let i = lastEntityBefore(m, at); i >= 0 && m.entities[i]!.at >= start; i--) {
    const e = m.entities[i]!;
    if (e.kind !== "person" || e.tokens.length < 2) continue;
    // The run may hold the words before the name (`Spain’s Ana Ruiz`).
    const nameAt = Math.max(e.at, m.text.indexOf(e.name, e.at));
    const end = nameAt + e.name.length;
    const before = m.text.slice(Math.max(start, nameAt - 16), nameAt);
    const after = AFTER_NAME_DESCRIPTION.exec(m.text.slice(end, end + 60))?.[0] ?? "";
    if (!from.test(before) && !from.test(after)) continue;
    const full = fullestPerson(m, e.tokens, null, e.title !== null) ?? e;
    return { name: full.name, title: e.title, kind: "person" };
  }
  return null;
}

/** `the South Dakota Republican`, `the Democrat`: a politician by party, and perhaps state. */
const PARTY_DESCRIPTION =
  /^the\s+(?:(?:\d{1,3}-year-old|\p{Lu}[\p{L}.]*)\s+){0,2}(?:Republican|Democrat)$/u;
/** A title a politician holds: `Senate Majority Leader`, `Presidential candidate`, `Sen.`. */
const POLITICAL_TITLE =
  /\b(?:Sen|Rep|Gov|[Ss]enator|[Cc]ongress(?:man|woman)|[Gg]overnor|[Cc]andidate|[Nn]ominee|[Ll]eader|[Cc]hair(?:man|woman)?|[Ss]peaker|[Pp]resident|[Mm]ayor|[Ww]hip|Senate|House|Republican|Democrat|Democratic|GOP)\b/;

/**
 * `Tottenham boss Ange Postecoglou was less pleased. “…,” the Australian admitted.`: where someone
 * is from names the person the paragraph is about, or the paragraph before when this one names
 * no one; so does a party, for one who holds a political title (`Senate Majority Leader John
 * Thune …. “…,” the South Dakota Republican said`). Null for any other phrase, or when the
 * paragraph is about no one.
 */
export function byOrigin(m: Memory, phrase: string, at: number): ResolvedSpeaker | null {
  if (PARTY_DESCRIPTION.test(phrase)) {
    // `Rep. Harold Thornbury of Kentucky …. “…,” the Kentucky Republican added`, with a Nevada
    // Democrat heard between: the politician whose title names the state.
    const places = phrase
      .split(/\s+/)
      .slice(1, -1)
      .filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
    const placed =
      places.length > 0
        ? latestTitled(
            m,
            (title) => POLITICAL_TITLE.test(title) && places.every((p) => title.includes(p)),
            at,
          )
        : null;
    if (placed) return placed;
    // Not `the U.S. attorney …, Channing D. Phillips`, to whom the Utah Republican writes.
    const person = paragraphPerson(m, at, null, true);
    return person?.title && POLITICAL_TITLE.test(person.title) ? person : null;
  }
  const demonym = DEMONYM_DESCRIPTION.exec(phrase);
  if (!demonym?.[1]) return null;
  const gender = /woman$/i.test(demonym[1]) ? "f" : /man$/i.test(demonym[1]) ? "m" : null;
  return paragraphPerson(m, at, gender, true) ?? personFrom(m, demonym[1].replace(/\s+/g, " "), at);
}

/** A ranking after a possessive: `’s largest`, `'s second-biggest`, `’s leading`. */
const RANKED_AFTER_OWNER = /[’']s\s+(?:[\p{Ll}-]+est|top|leading|main|premier)\s/u;

/** A described owner in the possessive, opening a phrase: `the girl's`, `The victim’s`. */
const OWNED_BY_DESCRIBED = /^the\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*[’']s\s/iu;

/**
 * `Europe's largest airline`, `Britain's biggest supermarket`: a business ranked in a place, which
 * the story names otherwise (`Ryanair`), not something the place owns.
 */
function rankedInPlace(phrase: string): boolean {
  const ranked = RANKED_IN_PLACE.exec(phrase);
  return ranked?.[1] !== undefined && isPlace(ranked[1]);
}

const RANKED_IN_PLACE =
  /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)[’']s\s+(?:(?:second|third|fourth|fifth)-)?(?:largest|biggest|oldest|busiest|richest|cheapest|leading|best-selling|top)\s/u;

/** A place described as an owner: `the city's `, `the state's `. */
const OWNED_BY_PLACE =
  /^the\s+(?:city|town|village|county|state|region|province|district|borough)[’']s\s/i;

/** A word for one of someone's family. */
const KIN = new RegExp(`^(?:${KIN_WORDS})$`);

/** A statement one issues: `the statement`, `the letter`, `the post`. */
const ISSUED = /^the\s+(statement|letter|post|tweet|email|e-mail|message|note|release)$/i;

/** A title alone after `the`, `its` or `their` (`its governor`, `the chief executive`). */
const OPENING_TITLED = /^(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*$/u;

/**
 * Before anyone has spoken (a story's opening), the person named with the head word in their title
 * within the next few hundred characters (`Governor Samuel Wanjiru Mbugua told reporters`), or null.
 */
function titledLater(m: Memory, phrase: string, at: number): ResolvedSpeaker | null {
  // (A quotation sharing the opening's cue comes after it, at the same place.)
  if (m.history.some((h) => h.at < at) || !OPENING_TITLED.test(phrase)) return null;
  const head = phrase.slice(phrase.lastIndexOf(" ") + 1).toLowerCase();
  // (One person: not `the judges`.)
  if (!TITLE_HEAD.test(head) || /[^s]s$/.test(head)) return null;
  // `the judge …` before `Justice Marguerite O'Halloran said`.
  const re = head === "judge" ? /\b(?:judge|justice)/i : headInTitle(head);
  for (let i = lastEntityBefore(m, at) + 1; i < m.entities.length; i++) {
    const e = m.entities[i]!;
    if (e.at - at > 600) break;
    if (e.kind !== "person" || !e.title || !re.test(e.title)) continue;
    const full = fullestPerson(m, e.tokens, null, true) ?? e;
    return { name: full.name, title: e.title, kind: "person" };
  }
  return null;
}

/**
 * `His family said in a statement that …. “…,” the statement read.`: whoever spoke last, when
 * they spoke in (or put out) such a statement since, or a sentence opening `In a statement,` named
 * them, within a few sentences; else null.
 */
function issuerOf(m: Memory, phrase: string, at: number): ResolvedSpeaker | null {
  const noun = ISSUED.exec(phrase)?.[1]?.toLowerCase();
  const last = m.history.at(-1);
  if (!noun || !last || at - last.at > 400 || last.at > at || last.name.includes(noun)) return null;
  // The speaker's own sentence says it spoke in one, or put one out.
  const issued = new RegExp(
    `^[^.!?“”"]{0,80}?\\b(?:(?:said|says|added|announced|wrote|confirmed)\\s+in|(?:issued|released|sent|posted|published))\\s+(?:a|an|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+)?${noun}\\b`,
    "u",
  );
  // `In a statement, the club thanked …`, `In a statement issued shortly after midnight, the
  // employers said …`: the sentence opens with it.
  const opening = new RegExp(
    `\\b[Ii]n\\s+(?:a|an|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+)?${noun}(?:\\s+(?:issued|released|posted|published|sent|read)\\s[^,.!?“”"]{1,60})?,\\s+$`,
    "u",
  );
  return issued.test(m.text.slice(last.at, at)) ||
    opening.test(m.text.slice(Math.max(0, last.at - 120), last.at))
    ? { name: last.name, title: last.title, kind: last.kind }
    : null;
}

/** A spouse by whose spouse they are: `His wife`, `her husband` (1 the owner, 2 the spouse). */
const SPOUSE_OF = /^(his|her)\s+(wife|husband|widow|widower)$/i;

/**
 * `When Ray and Sheila Dunmore bought their home …. ‘…,’ Mr Dunmore said. His wife said …`: the
 * one person of the spouse's gender the story names in full with the surname of the one `his` or
 * `her` means, else null.
 */
function spouseOf(m: Memory, phrase: string, at: number): ResolvedSpeaker | null {
  const spouse = SPOUSE_OF.exec(phrase);
  if (!spouse) return null;
  const owner = recentPerson(m, spouse[1]!.toLowerCase() === "his" ? "m" : "f", at);
  const surname = owner?.name.split(/\s+/);
  if (!owner || !surname || surname.length < 2) return null;
  const key = surname.at(-1)!.toLowerCase();
  const gender = /^(?:wife|widow)$/i.test(spouse[2]!) ? "f" : "m";
  let found: string | null = null;
  for (const e of m.entities) {
    if (e.at > at) break;
    if (e.kind !== "person" || e.tokens.length < 2 || e.tokens.at(-1) !== key) continue;
    if (e.gender !== gender || e.name === owner.name) continue;
    if (found !== null && found !== e.name) return null;
    found = e.name;
  }
  return found === null ? null : { name: found, title: phrase, kind: "person" };
}

export function resolveDescription(m: Memory, phrase: string, at: number): ResolvedSpeaker {
  // `That person said`, `this official`: the person who spoke last.
  if (DEMONSTRATIVE_PERSON.test(phrase)) {
    const last = recentOne(m);
    if (last) return last;
  }
  const aged = AGED.exec(phrase);
  const ofThatAge = aged
    ? byAge(m, aged[1]!, at)
    : TEEN.test(phrase)
      ? byAge(m, "1[3-9]", at)
      : null;
  if (ofThatAge) return ofThatAge;
  // `Midfielder Bruno Fernandes backed his manager. “…,” the 30-year-old told …`: an age alone
  // names the one person the paragraph is about, as where someone is from does (byOrigin).
  // Not one whose age the story gives as another (`20-year-old student Aqsa Mahmood`).
  // So does an age and where the person is from (`The 23-year-old from Indore`).
  // Not when the story gave the age to someone it did not name (`The pair, a 34-year-old woman
  // from Edinburgh and her father, had set out for Ben Macdui`).
  const unnamedOfAge =
    aged !== null &&
    new RegExp(`\\b(?:a|an)\\s+${aged[1]}-year-old\\s+\\p{Ll}`, "u").test(m.text.slice(0, at));
  if (aged && !unnamedOfAge && (BARE_AGE.test(phrase) || AGED_FROM.test(phrase))) {
    const person = paragraphPerson(m, at, null, true);
    // Not the place the description names (`the 20-year-old from Milton Keynes`).
    if (person && !hasAge(m.text, person.name) && !phrase.endsWith(person.name)) return person;
  }
  // So does an age before a word or three for the person (`The 55-year-old Canadian singer`,
  // after `Pop star Celine Dion has cancelled …`).
  const agedWords = aged ? AGED_WORDS.exec(phrase)?.[1] : undefined;
  const agedPerson = agedWords ? agedDescribed(m, agedWords, at) : null;
  // `the 58-year-old grandmother of four`: a parent by their children is one the story met, not
  // one it gave an office (`The Met Police Commissioner, Sir Mark Rowley`).
  if (agedPerson && !(CHILDREN_COUNTED.test(phrase) && agedPerson.title !== null))
    return agedPerson;
  // `Callum Fairweather-Dunn, 34, and his partner were carrying toys …. ‘…,’ the father of two
  // said`: a parent counted by their children is the person the paragraph (or the one before)
  // names.
  const parent = PARENT_OF_COUNT.exec(phrase);
  if (parent?.[1]) {
    const gender = /^(?:mother|grandmother|mum)$/i.test(parent[1]) ? "f" : "m";
    const person = paragraphPerson(m, at, gender, true);
    if (person && person.title === null) return person;
  }
  // `Jean Tattersall stood in her front room …. ‘…,’ the 68-year-old retired postmistress said`:
  // else the one person the paragraph (or the one before) names, with no title of theirs and no
  // other age.
  if (aged && agedWords && !unnamedOfAge) {
    const person = paragraphPerson(m, at, null, true);
    if (person && person.title === null && !hasAge(m.text, person.name)) return person;
  }
  const words = phrase
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .split(/\s+/);
  const head = words[words.length - 1] ?? "";
  const ofIndex = words.indexOf("of");
  const core = ofIndex > 0 ? words.slice(0, ofIndex).join(" ") : words.join(" ");
  const coreHead = core.split(" ").pop() ?? head;
  // `Clinton’s campaign`, `the report`, `the letter`: the phrase names its source itself.
  // `His office said`, `her campaign`: what a person owns, as written, not the latest organization.
  // `the girl's mother`: kin of someone the story describes, whatever the case of the owner.
  const possessive =
    (POSSESSIVE.test(phrase) && !(ORG_NOUNS.test(coreHead) && rankedInPlace(phrase))) ||
    (/^(?:his|her|their)\s/i.test(phrase) && ORG_NOUNS.test(coreHead)) ||
    (KIN.test(coreHead) && OWNED_BY_DESCRIBED.test(phrase)) ||
    // `The governor's office`: a body someone described owns; not `The nation’s largest gun
    // group`, a body ranked, which the story names otherwise.
    (ORG_NOUNS.test(coreHead) &&
      OWNED_BY_DESCRIBED.test(phrase) &&
      !RANKED_AFTER_OWNER.test(phrase)) ||
    // `the city's military administration`: a body a place owns, not the latest one heard.
    (ORG_NOUNS.test(coreHead) && OWNED_BY_PLACE.test(phrase));
  // `…, and its governor warned that …` before anyone has spoken: whom the story goes on to name
  // with that title.
  const named = titledLater(m, phrase, at);
  if (named) return named;
  const issued = possessive ? null : issuerOf(m, phrase, at);
  if (issued) return issued;
  const spouse = spouseOf(m, phrase, at);
  if (spouse) return spouse;
  if (possessive || DOCUMENT_NOUN.test(coreHead)) {
    // `The victim's mother`, `Smith's wife`, `China’s representative`: one person, whom `she
    // said` after it may mean.
    const person =
      possessive && (KIN.test(coreHead) || (TITLE_HEAD.test(coreHead) && !/[^s]s$/.test(coreHead)));
    return {
      name: phrase,
      title: null,
      kind: person ? "person" : ORG_NOUNS.test(coreHead) ? "org" : "group",
    };
  }
  if (ORG_NOUNS.test(coreHead)) {
    // `The council` after `the government confirmed …`: an organization the story names by
    // another noun only is another one.
    const latest =
      recentOrg(m, coreHead, at) ??
      // `… flying hours with EgyptAir, the airline said`: a business of that trade named earlier
      // in the sentence.
      (TRADE_NOUN.test(coreHead) ? businessInSentence(m, at) : null) ??
      // `Shares in Tesla fell 5% after the carmaker said …`: the business whose shares the
      // sentence names.
      (BUSINESS_HEAD.test(coreHead) || TRADE_NOUN.test(coreHead)
        ? tradedBefore(m.text, at, true)
        : null) ??
      // `pilots at Scandinavian airline SAS …. The airline said …`: the one the text named
      // after the noun.
      (TRADE_NOUN.test(coreHead) || NAMED_AFTER.test(coreHead)
        ? namedAfterNoun(m.text, coreHead, at)
        : null) ??
      // `A Home Office spokesperson said …. The department added …`: the body whose
      // spokesperson spoke last.
      (AGENCY_NOUN.test(coreHead) ? bodyOfLastSpokesperson(m) : null) ??
      notGoverning(coreHead, namedOrg(recentOrg(m, null, at))) ??
      (coreHead === "company" || coreHead === "firm" || TRADE_NOUN.test(coreHead)
        ? (oneWordName(m) ?? tradedBefore(m.text, at, false) ?? leadBusiness(m, at))
        : null) ??
      // `Apple shares rose …. The tech giant said …`.
      (coreHead === "giant" ? tradedBefore(m.text, at, false) : null) ??
      // `Aston Villa have signed … the club announced`: a team the story names, heard or not;
      // not a competition (`the FA Cup and the League Cup`).
      // Nor a country (`who has played 28 times for Spain`), whose side is no club.
      (coreHead === "club"
        ? (notGoverning(coreHead, notPlace(recentOrgEntity(m, at, 0, COMPETITION))) ??
          clubInTitle(m))
        : null) ??
      // `… an investigation by the National Highway Traffic Safety Administration (NHTSA). The
      // agency said …`: a public body of that kind named in this sentence or the one before.
      (AGENCY_NOUN.test(coreHead) ? agencyBefore(m, at) : null);
    // `the company` after `members of Congress`: a business is no public body. `In Moscow, the
    // defence ministry claimed …` after `Ukraine said …`: a ministry is no country, and which
    // country's it is the description does not say.
    const found =
      latest &&
      ((BUSINESS_NOUN.test(coreHead) &&
        (PUBLIC_BODY.test(latest.name) || OTHER_BODY_HEAD.test(latest.name))) ||
        // `the union` after `Downing Street said …`: a union is no seat of government.
        (coreHead === "union" && SEAT_OF_STATE.test(latest.name)) ||
        // `The government says …` after `The Interior Ministry said …`: one ministry is not the
        // whole government.
        (coreHead === "government" && GOVERNMENT_PART.test(latest.name)) ||
        // `the council confirmed` after `Western Isles Ferries said …`: a council is named one.
        (coreHead === "council" && !COUNCIL_NAME.test(latest.name)) ||
        (PART_OF_STATE.test(coreHead) &&
          (isPlace(latest.name) ||
            // `the prosecutor's office`: an owner, which may name the same office otherwise.
            (!/[’']s\s/.test(phrase) && otherPortfolio(core, coreHead, latest.name)))))
        ? null
        : latest;
    // `The French foreign ministry` after `Russia's foreign ministry`: a capitalized word of the
    // description that the organization found does not have names another one.
    // `The Bradford-based company`: where it is based says nothing of which.
    const own = phrase
      .split(/\s+/)
      .filter((w, i) => i > 0 && /^\p{Lu}/u.test(w) && !/-(?:based|listed|headquartered)$/.test(w));
    const names = `${found?.name ?? ""} ${found?.title ?? ""}`.toLowerCase();
    if (found && own.every((w) => names.includes(w.replace(/[’']s$/, "").toLowerCase()))) {
      return found;
    }
    return { name: phrase, title: null, kind: "org" };
  }
  // `Rock band Oasis will reunite …. The band said …`: the one the text named after the noun.
  if (coreHead === "band") {
    const band = namedAfterNoun(m.text, coreHead, at);
    if (band) return band;
  }
  // `the peer` after `Lord Watson said …`: the peer who spoke last.
  if (coreHead === "peer" || coreHead === "peeress") {
    for (let i = m.history.length - 1; i >= historyFloor(m); i--) {
      const h = m.history[i]!;
      if (h.kind === "person" && PEER_NAME.test(h.name)) return h;
    }
  }
  // `the PM`: the prime minister; `the pontiff`: the pope.
  const titleHead = TITLE_FOR.get(coreHead) ?? coreHead;
  if ((titleHead !== coreHead || TITLE_HEAD.test(coreHead)) && !/[^s]s$/.test(coreHead)) {
    // `the senator`, `The Republican nominee`: the person with that title, else the person
    // the story is about (the latest person speaker; not for `the PM`, whom a title must name).
    // `the Vermont senator`: first the person whose title names Vermont too (`Vermont Sen.
    // Bernie Sanders`).
    const found =
      askedTitled(m, titleHead, at) ??
      byPlacedTitle(m, phrase, coreHead, at) ??
      byDescribed(m, coreHead) ??
      byTitle(m, titleHead, at) ??
      // `the judge` after `Mr Justice Cavanagh`.
      (titleHead === "judge" ? byTitle(m, "justice", at) : null) ??
      (/^the\s/i.test(phrase) &&
      !NEW_REFERENT.test(phrase) &&
      // `the club's owner`: someone a thing the story describes has, not the latest speaker; nor
      // is `the 45-year-old father of three`, whom an age describes.
      !OWNED_BY_DESCRIBED.test(phrase) &&
      !aged &&
      titleHead === coreHead &&
      !TITLED_ONLY.test(coreHead) &&
      !ARTIST.test(coreHead) &&
      !SPEAKS_FOR_ANOTHER.test(coreHead)
        ? sameNames(phrase, inBody(core, otherOffice(recentSpeaker(m), coreHead)))
        : null);
    if (found && !otherKindOfOffice(core, found.title, coreHead) && !ofAnother(phrase, found)) {
      return found;
    }
    // `Keegan told the audience …. ‘…,’ the playwright said.`: an artist is the person the
    // paragraph is about, not whoever spoke last.
    if (!found && ARTIST.test(coreHead)) {
      const person = paragraphPerson(m, at, null, true);
      if (person && (person.title === null || headInTitle(coreHead).test(person.title)))
        return person;
    }
    // `The book covers Mr Obama's early life. In it, the former president writes …`: an office
    // once held names the one person the paragraph is about, when no title says otherwise.
    if (!found && /^the\s+former\s/i.test(phrase)) {
      const person = paragraphPerson(m, at, null, true);
      if (person && (person.title === null || headInTitle(titleHead).test(person.title)))
        return person;
    }
  }
  // `the prince` after `Saudi Energy Minister Prince Saad bin Mishari Al Saud said …`: the one
  // whose title holds the word.
  if (SOVEREIGN.test(coreHead) && /^the\s/i.test(phrase)) {
    const titled = byTitle(m, coreHead, at);
    if (titled) return titled;
  }
  // `the 20-year-old`, `the victim's mother`, `The King` are one person, named or not.
  // So is one office's holder no one named (`The representative of Brazil said …. “…,” he said`).
  const one =
    aged ||
    KIN.test(coreHead) ||
    SOVEREIGN.test(coreHead) ||
    (TITLE_HEAD.test(coreHead) && !/[^s]s$/.test(coreHead) && /^(?:the|its|their)\s/i.test(phrase));
  return { name: phrase, title: null, kind: one ? "person" : "group" };
}

/**
 * Whether a description names, after `of`, a place or body that the one found does not have in
 * name or title (`The representative of Brazil` is not `Special Representative Adaeze …`).
 */
function ofAnother(phrase: string, found: ResolvedSpeaker): boolean {
  const of = phrase.indexOf(" of ");
  if (of < 0) return false;
  const held = `${found.name} ${found.title ?? ""}`;
  const words = phrase.slice(of + 4).match(/\p{Lu}[\p{L}’'-]*/gu) ?? [];
  return words.some((w) => !held.includes(w));
}

/** A peer's name, which holds the title (`Lord Watson`, `Baroness Hale`). */
const PEER_NAME = /^(?:Lord|Lady|Baroness|Baron|Viscount|Viscountess|Earl|Countess)\s/;

/** One who reigns, whom `The King said …` names alone (a later `he said` is theirs). */
export const SOVEREIGN =
  /^(?:king|queen|pope|pontiff|prince|princess|emperor|empress|monarch|sultan|emir)$/;

/**
 * Whether a description and a title name two offices of one head word by the words before it
 * (`the transport secretary`, `Aslef general secretary`; `the Lib Dem MP`, `Labour MP`): each has
 * a word there and they differ.
 */
function otherKindOfOffice(core: string, title: string | null, head: string): boolean {
  const before = (words: string[]) => words[words.indexOf(head) - 1];
  const described = before(core.split(" "));
  const held = title ? before(title.toLowerCase().split(/\s+/)) : undefined;
  return (
    described !== undefined &&
    held !== undefined &&
    described !== held &&
    // `the Lib Dem MP` after `Labour MP Keir Jones`: a party is which office too.
    ((PORTFOLIO.test(described) && PORTFOLIO.test(held)) ||
      (PARTY_WORD.test(described) && PARTY_WORD.test(held)))
  );
}

/** A party's word before an office (`Labour MP`, `the Lib Dem MP`, `the Sinn Féin TD`). */
const PARTY_WORD =
  /^(?:labour|labor|conservative|tory|dem|democrat|democratic|republican|gop|snp|green|reform|plaid|liberal|ukip|dup|sdlp|féin|fein|fáil|gael|bjp|congress|aap)$/;

/** Words before an office that say which it is (`transport secretary`, `general secretary`). */
const PORTFOLIO =
  /^(?:prime|transport|health|home|foreign|education|environment|defence|defense|business|culture|justice|energy|interior|finance|trade|general|press|work|housing|agriculture|science|security|labor|labour|commerce|treasury|immigration|economy|employment|equalities|sports?|permanent|special)$/;

/** A word for an organization that a news story writes before its name (`research firm Gartner`). */
const ORGANIZATION_BEFORE_NAME =
  "(?:group|firm|company|agency|organi[sz]ation|charity|association|union|coalition|alliance|movement|network|newspaper|paper|tabloid|daily|weekly|magazine|outlet|website|site|blog|broadcaster|channel|station|party|[Tt]hink[- ]tank|watchdog|regulator|lender|bank|brokerage|insurer|retailer|carrier|airline|automaker|carmaker|maker|manufacturer|consultancy|start-?up|nonprofit|non-profit|foundation|institute|lobby|PAC|club|outfit|giant|chain|body|fund|operator|provider|supplier|utility|distributor|platform)";
/**
 * Up to four words describing an organization, its noun, then its name: `Local conservation group
 * Friends of Mire Hollow`, `The Israeli newspaper Haaretz`, `think tank the Resolution Foundation`.
 */
const NAMED_ORGANIZATION = new RegExp(
  String.raw`^(?:(?:the|a|an|The|A|An)\s+)?((?:(?!(?:of|in|at|for|with|on|to|from|by|about|who|which|that|said|says|and)\s)[\p{L}\d’'.&-]+\s+){0,4}?${ORGANIZATION_BEFORE_NAME})\s+(?:the\s+)?(\p{Lu}[\p{L}\d’'.&-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*\p{Lu}[\p{L}\d’'.&-]*)*)$`,
  "u",
);

/**
 * The organization a description names before its name (`research firm Gartner`: Gartner, its
 * title `research firm`), or null. A description opening a sentence loses the capital the sentence
 * gave its first word (`local conservation group`, `pro-Clinton super PAC`), unless that word is a
 * proper adjective (`Israeli newspaper`).
 */
export function namedOrganization(m: Memory, phrase: string, at: number): ResolvedSpeaker | null {
  const named = NAMED_ORGANIZATION.exec(phrase);
  if (!named?.[1] || !named[2]) return null;
  const parsed = parseNameRun(named[2], false);
  // `central bank Governor Mark Carney`, `fund manager Nicola Horlick`: a person is no organization.
  if (!parsed || (parsed.kind === "person" && (parsed.title !== null || parsed.gender !== null)))
    return null;
  let title = named[1];
  if (
    /^\p{Lu}\p{Ll}/u.test(title) &&
    !PROPER_ADJECTIVE.test(title.split(/\s/)[0]!) &&
    m.text.startsWith(phrase, at) &&
    isSentenceStart(m.text, at)
  ) {
    title = title[0]!.toLowerCase() + title.slice(1);
  }
  return { name: named[2], title, kind: "org" };
}
