/**
 * What the speaker resolver knows about an article: the names it gives (src/quotes/names.ts), with
 * their best title, gender and number of mentions, and the speakers resolved so far. The lookups
 * here find the antecedent of a pronoun or description: the latest compatible speaker, else the
 * latest compatible name in the text (descriptions: src/quotes/speaker-descriptions.ts).
 */

import { firstIndexWhere } from "../bisect.js";
import { CONNECTOR, isPluralNoun, NAME_PARTICLES, OWNER } from "./cue-grammar.js";
import { ACADEMIC_TITLE, DEMONYM, NAME_PARTICLE_WORD, nameKey, parseNameRun } from "./name-runs.js";
import { indexNames, NAME_RUN, type NameEntity } from "./names.js";
import {
  DOCUMENT_NOUN,
  FIRST_NAME_GENDER,
  type Gender,
  genderOfWords,
  KIN_WORDS,
  OWNER_PRONOUN,
  PERSON_HEAD,
  PERSON_TITLE_NOUN,
} from "./speaker-words.js";

export type SpeakerKind = "person" | "org" | "group";

export interface ResolvedSpeaker {
  name: string;
  title: string | null;
  kind: SpeakerKind;
}

interface HistoryEntry extends ResolvedSpeaker {
  gender: Gender;
  at: number;
}

export interface Memory {
  /** The article's text (a transcript's labels are read from it). */
  text: string;
  entities: NameEntity[];
  /** The speakers resolved so far, in order. */
  history: HistoryEntry[];
  /** First title and known gender per name (lower-case name words joined by spaces). */
  bestTitle: Map<string, string>;
  genderOf: Map<string, Gender>;
  occurrences: Map<string, number>;
  /** Where each name (by key) is first written. */
  firstAt: Map<string, number>;
  weights: Map<NameEntity, number>;
  /** The person entities holding each name word, in text order (fullestPerson's candidates). */
  personsByToken: Map<string, NameEntity[]>;
  /** fullestPerson's answers by gender and name words. */
  fullest: Map<string, NameEntity | null>;
}

/**
 * @param quoted absolute `[start, end)` ranges of quoted words, in order: names inside them are not
 *   used to resolve speakers.
 */
export function createMemory(text: string, quoted: readonly [number, number][]): Memory {
  const entities = indexNames(text, quoted);
  const bestTitle = new Map<string, string>();
  const genderOf = new Map<string, Gender>();
  const occurrences = new Map<string, number>();
  const firstAt = new Map<string, number>();
  const personsByToken = new Map<string, NameEntity[]>();
  for (const e of entities) {
    const { key } = e;
    if (e.title && !bestTitle.has(key)) bestTitle.set(key, e.title);
    if (e.gender && !genderOf.has(key)) genderOf.set(key, e.gender);
    occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
    if (!firstAt.has(key)) firstAt.set(key, e.at);
    if (e.kind !== "person") continue;
    for (const token of new Set(e.tokens)) {
      const holders = personsByToken.get(token);
      if (holders) holders.push(e);
      else personsByToken.set(token, [e]);
    }
  }
  inferGenders(entities, genderOf);
  return {
    text,
    entities,
    history: [],
    bestTitle,
    genderOf,
    occurrences,
    firstAt,
    weights: new Map(),
    personsByToken,
    fullest: new Map(),
  };
}

/**
 * The gender of a surname no mention genders (`Dr Ram Manohar`: no known given name), from the
 * pronouns that open what its mentions' verbs report (`Manohar told officers he …`): at least two,
 * and four of one for each of the other, since `X said she …` may report someone else. Without it
 * the first `she` near the name claimed it, and every later `he` skipped it.
 */
function inferGenders(entities: readonly NameEntity[], genderOf: Map<string, Gender>): void {
  let votes: Map<string, [number, number]> | null = null;
  for (const e of entities) {
    if (e.pronounAfter === null) continue;
    votes ??= new Map();
    const surname = surnameOf(e.tokens)!;
    const tally = votes.get(surname) ?? [0, 0];
    tally[e.pronounAfter === "m" ? 0 : 1]++;
    votes.set(surname, tally);
  }
  if (votes === null) return;
  // A surname some mention genders is left to that mention: it may be two people (`Mr Robertson`
  // and his daughter `Summer Robertson`).
  for (const e of entities) {
    if (e.kind === "person" && e.gender !== null) votes.delete(surnameOf(e.tokens)!);
  }
  for (const e of entities) {
    if (e.kind !== "person" || genderOf.has(e.key)) continue;
    const tally = votes.get(surnameOf(e.tokens)!);
    if (!tally) continue;
    const [male, female] = tally;
    if (male >= 2 && male >= 4 * female) genderOf.set(e.key, "m");
    else if (female >= 2 && female >= 4 * male) genderOf.set(e.key, "f");
  }
}

/** Where a sentence ends: its mark, perhaps a closing quotation mark, white space, then a capital. */
export const SENTENCE_END = /[.!?][”"’]?\s+(?=[“"‘]?\p{Lu})/gu;

/** `Clinton’s campaign`, `Keith Lamont Scott's family`: a description owned by a name. */
export const POSSESSIVE = new RegExp(`^${OWNER}\\s`, "u");
/** An indefinite description's opening: `A spokesman`, `Another speaker`, `One critic`. */
export const INDEFINITE_ONE = /^(?:a|an|one|another)\s/i;

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.every((t) => b.includes(t));
}

/** A generational suffix, a name's last word that tells a son from his father (`Brent Bozell III`). */
const GENERATION = /^(?:jr\.?|sr\.?|ii|iii|iv|v)$/i;

/**
 * Longer names win, except a name written once at a sentence start whose tail or head is a name
 * written elsewhere (`Rival Hillary Clinton` → `Hillary Clinton`; a headline's `Hillary Clinton
 * Speaks` → `Hillary Clinton`), the head not a father's name before a suffix, the tail not after a
 * given name (`Mary Pat Christie` beside `Pat Christie`) nor opening with a particle (`Hugues de
 * Lacroix-Vallon` beside `De Lacroix-Vallon`); and a name written once that is two
 * names of two words or more, each written before it (a caption run into the text: `defeat at
 * Crystal Palace Manchester City captain …`).
 */
function weight(m: Memory, e: NameEntity): number {
  let w = m.weights.get(e);
  if (w === undefined) {
    const once = (m.occurrences.get(e.key) ?? 0) === 1;
    const tail = e.tokens.slice(1).join(" ");
    const head = e.tokens.slice(0, -1).join(" ");
    w =
      once &&
      e.tokens.length > 2 &&
      // (Not a name after a title that opens the sentence: `Prime Minister Hendrik de
      // Wit-Vermeulen`.)
      ((e.sentenceStart &&
        e.title === null &&
        ((m.occurrences.has(tail) &&
          !isGivenName(e.tokens[0]!) &&
          !NAME_PARTICLE_WORD.test(e.tokens[1]!)) ||
          (m.occurrences.has(head) && !GENERATION.test(e.tokens.at(-1)!)))) ||
        twoNamesGlued(m, e))
        ? 0
        : e.tokens.length;
    m.weights.set(e, w);
  }
  return w;
}

/**
 * Whether the name `e` splits into two names of two words or more, each written before it (not
 * `Aung San Suu Kyi`, whose father `Aung San` comes later).
 */
function twoNamesGlued(m: Memory, e: NameEntity): boolean {
  const { tokens } = e;
  for (let k = 2; k <= tokens.length - 2; k++) {
    const head = m.firstAt.get(tokens.slice(0, k).join(" "));
    const tail = m.firstAt.get(tokens.slice(k).join(" "));
    if (head !== undefined && tail !== undefined && head < e.at && tail < e.at) return true;
  }
  return false;
}

/** A word describing who comes after it: `sacramento-based`, `grandmother-of-three`. */
const DESCRIBING_HYPHEN = /-(?:based|born|bred|raised|led|backed|owned|run|of-|year-old|old\b)/;
/** Whether a lower-case word is a known given name (`hillary`). */
const isGivenName = (word: string) =>
  FIRST_NAME_GENDER.has(word.charAt(0).toUpperCase() + word.slice(1));

/** The last word of a name before a generational suffix (`Luther Stan Pate IV`: `pate`). */
function surnameOf(tokens: readonly string[]): string | undefined {
  let k = tokens.length - 1;
  while (k > 0 && GENERATION.test(tokens[k]!)) k--;
  return tokens[k];
}

/** Whether the article writes `surname` alone for someone of another gender than `gender`. */
function otherGenderBears(m: Memory, surname: string, gender: Gender): boolean {
  const holders = m.personsByToken.get(surname) ?? [];
  return holders.some((e) => e.tokens.length === 1 && e.gender !== null && e.gender !== gender);
}

/**
 * The person named most fully (by `weight`) whose name holds all of `tokens`, of a compatible
 * gender; the first such mention on a tie. `titled`: the name was written with a title and no
 * gender (`President Obama`), which no one of another gender's full name may expand. Where the
 * quote stands does not matter, so the answer is kept per name, gender and title: a long article
 * quoting the same people often asked it again and again, each time over every name in the text.
 */
export function fullestPerson(
  m: Memory,
  tokens: readonly string[],
  gender: Gender = null,
  titled = false,
): NameEntity | null {
  const key = `${gender ?? ""}|${titled ? "t" : ""}|${tokens.join(" ")}`;
  const known = m.fullest.get(key);
  if (known !== undefined) return known;
  // Only the mentions holding the first word can hold them all.
  const candidates = tokens.length === 0 ? m.entities : (m.personsByToken.get(tokens[0]!) ?? []);
  let best: NameEntity | null = null;
  // A lone word that is no given name names the person whose surname it is before one whose name
  // it only opens (`Trump`: Donald Trump, not the Trump Taj Mahal; `Gorka`: Sebastian Gorka, not a
  // headline's `Gorka Slam`); a given name still finds the full name (`Hillary`: Hillary Clinton).
  let bestIsSurname = false;
  const byGivenName = tokens.length === 1 && isGivenName(tokens[0]!);
  for (const e of candidates) {
    if (e.kind !== "person" || !sameTokens(tokens, e.tokens)) continue;
    // `Mr. Clinton` is not Hillary Clinton.
    if (gender !== null && e.gender !== null && e.gender !== gender) continue;
    // Nor is `President Obama`, titled and of no gender, Michelle Obama where the story writes
    // `Mr. Obama`: a surname that someone of another gender bears alone names neither by the
    // other's name.
    if (titled && gender === null && tokens.length === 1 && e.gender !== null) {
      if (otherGenderBears(m, tokens[0]!, e.gender)) continue;
    }
    const surname =
      !byGivenName &&
      tokens.length === 1 &&
      e.tokens.length > 1 &&
      surnameOf(e.tokens) === tokens[0] &&
      !DESCRIBING_HYPHEN.test(e.tokens[0]!) &&
      !OWNER_TOKEN.test(e.tokens[0]!);
    if (bestIsSurname && !surname) continue;
    if (!best || (surname && !bestIsSurname) || weight(m, e) > weight(m, best)) {
      best = e;
      bestIsSurname = surname;
    }
  }
  if (bestIsSurname) best = firstBearer(m, candidates, tokens[0]!, gender) ?? best;
  m.fullest.set(key, best);
  return best;
}

/** `Kenya's Kiprotich`, `Mariners' Domínguez` (headlines): an owner, no given name, before a surname. */
const OWNER_TOKEN = /[’']s$|s[’']$/;

/**
 * Of several people who share a surname (`Christie`: Chris Christie and his wife Mary Pat Christie;
 * `Trump`: Donald Trump and Donald Trump Jr.), the one the article names first, by their fullest
 * name (`Pat Christie` and `Mary Pat Christie` are one person; a generational suffix makes another).
 * Longest first, `Christie` was the wife whose name has three words.
 */
function firstBearer(
  m: Memory,
  candidates: readonly NameEntity[],
  surname: string,
  gender: Gender,
): NameEntity | null {
  let anchor: NameEntity | null = null;
  let best: NameEntity | null = null;
  for (const e of candidates) {
    if (e.kind !== "person" || e.tokens.length < 2 || surnameOf(e.tokens) !== surname) continue;
    if (DESCRIBING_HYPHEN.test(e.tokens[0]!) || OWNER_TOKEN.test(e.tokens[0]!)) continue;
    if (gender !== null && e.gender !== null && e.gender !== gender) continue;
    if (anchor === null) {
      if (weight(m, e) > 0) anchor = best = e;
      continue;
    }
    if (samePerson(anchor.tokens, e.tokens) && weight(m, e) > weight(m, best!)) best = e;
  }
  return best;
}

/** Whether one name's words hold the other's, with the same generational suffix. */
function samePerson(a: readonly string[], b: readonly string[]): boolean {
  const suffix = (t: readonly string[]) => t.filter((w) => GENERATION.test(w)).join(" ");
  if (suffix(a) !== suffix(b)) return false;
  return a.length <= b.length ? sameTokens(a, b) : sameTokens(b, a);
}

export function genderFor(m: Memory, name: string): Gender {
  return m.genderOf.get(nameKey(name)) ?? null;
}

export function push(
  m: Memory,
  speaker: ResolvedSpeaker,
  at: number,
  gender: Gender,
): ResolvedSpeaker {
  const key = nameKey(speaker.name);
  const known = gender ?? m.genderOf.get(key) ?? null;
  if (known && !m.genderOf.has(key)) m.genderOf.set(key, known);
  m.history.push({
    name: speaker.name,
    title: speaker.title,
    kind: speaker.kind,
    gender: known,
    at,
  });
  return speaker;
}

/**
 * The index of the last name mentioned before `at` (-1 when none is): the walks back to an
 * antecedent start there instead of stepping over every later name first.
 */
export function lastEntityBefore(m: Memory, at: number): number {
  const { entities } = m;
  return firstIndexWhere(entities.length, (k) => entities[k]!.at >= at) - 1;
}

/**
 * How far back the walks to an antecedent go: this many speakers resolved, or names mentioned,
 * before the quote. A page of thousands of quotes and no match for a description (`the senator`)
 * walked the whole history for each: quadratic. No antecedent that far back was ever the answer on
 * the evaluation corpora (PolNeAR train and dev, CNN/DailyMail dev: the same quotes either way).
 */
const ANTECEDENT_REACH = 400;

/** The first history index a walk back reaches. */
export const historyFloor = (m: Memory) => Math.max(0, m.history.length - ANTECEDENT_REACH);

/** The latest speaker within reach that `test` accepts, or undefined. */
export function latestSpeaker(
  m: Memory,
  test: (h: HistoryEntry) => boolean,
): HistoryEntry | undefined {
  for (let i = m.history.length - 1; i >= historyFloor(m); i--) {
    if (test(m.history[i]!)) return m.history[i];
  }
  return undefined;
}

/** The first entity index a walk back from `from` reaches. */
export const entityFloor = (from: number) => Math.max(0, from - ANTECEDENT_REACH + 1);

/** An age set off right after a name (`, 18,`): the name is a person's. */
const AGE_AFTER = /^,\s+\d{1,3},/;

function agedAt(m: Memory, e: NameEntity): boolean {
  const end = nameEnd(m, e);
  return AGE_AFTER.test(m.text.slice(end, end + 6));
}

/**
 * Where entity `e`'s name ends: its offset is its run's, which may hold a word before the name
 * (`For Josh, 18,`).
 */
function nameEnd(m: Memory, e: NameEntity): number {
  const named = m.text.indexOf(e.name, e.at);
  return (named >= 0 && named - e.at < NAME_OFFSET_REACH ? named : e.at) + e.name.length;
}
/** Whether entity `e` owns a role whose holder is named after it (`Organa's lead lawyer, Catherine`). */
function ownerOfNamedRole(m: Memory, e: NameEntity): boolean {
  const end = nameEnd(m, e);
  return OWNED_ROLE_NAMED.test(m.text.slice(end, end + 60));
}
/**
 * An owner's possessive mark, a role in lower case, then a name set off: `'s lead lawyer, C`; not
 * kin, whose owner the story is about (`McIlwraith’s mother, Morag,`).
 */
const OWNED_ROLE_NAMED = new RegExp(
  String.raw`^[’']s?\s+(?![\p{Ll}\s-]*\b(?:${KIN_WORDS})\b)\p{Ll}[\p{Ll}\s-]{1,40},\s+\p{Lu}`,
  "u",
);
/** How far past its run's start a name may begin (an opener or a title before it). */
const NAME_OFFSET_REACH = 24;

/** A question quoted or put (`‘…?’ she was asked.`, `…?`). */
const QUESTION_PUT = /\?(?:[’”"']|\s*$)/;

/** Whether `title` says more of a person than where they are from (`Sen.`, not `Australian`). */
const roleTitle = (title: string | null) => title !== null && !DEMONYM.test(title);

/** The latest person named as a sentence's subject before `at` (`Scott joked that …`). */
function recentSubject(
  m: Memory,
  gender: Gender,
  at: number,
  described = false,
): { speaker: ResolvedSpeaker; at: number } | null {
  for (let i = lastEntityBefore(m, at), floor = entityFloor(i); i >= floor; i--) {
    const e = m.entities[i]!;
    if (e.at >= at || e.kind !== "person" || !e.subject) continue;
    // `Under cross-examination, Organa's lead lawyer, Catherine DeLaney-Moss, …`: an owner whose
    // role's holder is named after it is no subject.
    if (ownerOfNamedRole(m, e)) continue;
    const full = fullestPerson(m, e.tokens, e.gender, e.title !== null) ?? e;
    // A single name counts with a title, a known given name or an age after it (`Declan, 58,`).
    if (full.tokens.length < 2 && !full.title && !full.gender && !agedAt(m, e)) continue;
    // With `described`, only a name with a title, a known given name or an age after it (`Nima
    // Rinji Sherpa, 18,`); `Bear Stearns` has none.
    // (A nationality alone is no such title: `Australian Marc Leishman`.)
    if (
      described &&
      !roleTitle(full.title) &&
      !full.gender &&
      !roleTitle(e.title) &&
      !e.gender &&
      !agedAt(m, e)
    )
      continue;
    const g = genderFor(m, full.key) ?? full.gender ?? e.gender;
    if (gender && g && g !== gender) continue;
    const title = m.bestTitle.get(full.key) ?? full.title;
    return { speaker: { name: full.name, title, kind: "person" }, at: e.at };
  }
  return null;
}

/** How far before a pronoun paragraphSubject looks, in characters: a sentence and a quotation. */
const SUBJECT_REACH = 250;

/**
 * The person recentSubject finds with no title or gender asked, when they opened a sentence of the
 * paragraph holding `at` within SUBJECT_REACH of it.
 */
export function paragraphSubject(m: Memory, gender: Gender, at: number): ResolvedSpeaker | null {
  const subject = recentSubject(m, gender, at);
  if (!subject || at - subject.at > SUBJECT_REACH) return null;
  return subject.at > m.text.lastIndexOf("\n\n", at) ? subject.speaker : null;
}

/**
 * The one person a paragraph names before `at` (`Tottenham boss Ange Postecoglou was less pleased.
 * “…,” the Australian admitted.`), by their fullest name; null when it names no one, or several
 * people (`Djokovic beat Taylor Fritz …. “…,” the American said.`; `Carlo Ancelotti has revealed
 * Karim Benzema will miss … “…,” added the Italian.`), or one whom the gender a description gives
 * rules out. A name is a person's with two words, a title or a known given name, or when the
 * story names it so elsewhere. With `reachBack`, a paragraph that names no one before `at` looks
 * to the paragraph before it.
 */
export function paragraphPerson(
  m: Memory,
  at: number,
  gender: Gender,
  reachBack: boolean | 1 = false,
): ResolvedSpeaker | null {
  const start = m.text.lastIndexOf("\n\n", at) + 1;
  let surname: string | undefined;
  let found: NameEntity | null = null;
  let anyone = false;
  // A second pass, when the first finds no one, counts a name alone that the story named in full
  // before (`Guardiola`, after `Manchester City manager Pep Guardiola`): one person's too, but
  // weaker than a full name in the paragraph (`Guardiola's opposite number, Arne Slot`).
  for (let pass = 0; pass < 2 && !found; pass++) {
    surname = undefined;
    for (let i = lastEntityBefore(m, at); i >= 0 && m.entities[i]!.at >= start; i--) {
      const e = m.entities[i]!;
      // `Alcaraz, who will face Jannik Sinner in the final, paid tribute`: the clause's people
      // are not whom the paragraph is about.
      if (e.kind === "person" && inDescribingClause(m.text, e.at)) continue;
      // `a 2-2 draw at Blundell Park`: a place, which a name after `at` or `in` most often is.
      // `On Mill Lane, …`: so is one after `On` opening the sentence (the run holds the `On`).
      // `towards the Western Terrace`: so is one after an article; `a gelding called Copper
      // Lantern`: a thing's or an animal's name.
      if (
        e.kind === "person" &&
        (PLACE_PREPOSITION_BEFORE.test(m.text.slice(Math.max(0, e.at - 30), e.at)) ||
          m.text.startsWith("On ", e.at) ||
          /\sthe\s$/.test(m.text.slice(Math.max(0, e.at - 5), e.at)) ||
          thingCalled(m.text.slice(Math.max(0, e.at - 40), e.at)))
      )
        continue;
      anyone ||= e.kind === "person";
      if (e.kind !== "person") continue;
      if (e.tokens.length < 2 && e.title === null && e.gender === null) {
        if (pass === 0) continue;
        const fuller = fullestPerson(m, e.tokens);
        if (!fuller || (fuller.tokens.length < 2 && fuller.title === null)) continue;
      }
      const last = surnameOf(e.tokens);
      if (surname !== undefined && last !== surname) return null;
      surname = last;
      if (!found || e.tokens.length > found.tokens.length) found = e;
    }
    if (!anyone) break;
  }
  // `The Spaniard added that …` opening a paragraph that names no one: the one person the
  // paragraph before names.
  // (And past the one before too when it is a question put that names no one: `‘What was going
  // through your mind?’ she was asked.`)
  if (!found && !anyone && reachBack && start > 1) {
    const breakAt = m.text.lastIndexOf("\n\n", start - 2);
    const before = m.text.slice(breakAt < 0 ? 0 : breakAt + 2, start - 1);
    const asks = reachBack === true && QUESTION_PUT.test(before);
    return paragraphPerson(m, start - 2, gender, asks ? 1 : false);
  }
  if (!found) return null;
  const full = fullestPerson(m, found.tokens, found.gender, found.title !== null) ?? found;
  const known = genderFor(m, full.key) ?? full.gender ?? found.gender;
  if (gender && known && known !== gender) return null;
  return { name: full.name, title: m.bestTitle.get(full.key) ?? full.title, kind: "person" };
}

/** Whether `before` ends with a noun for no person and `called` or `named` (`a gelding called `). */
function thingCalled(before: string): boolean {
  const noun = CALLED_AFTER_NOUN.exec(before)?.[1];
  return noun !== undefined && !PERSON_HEAD.test(noun) && !isPluralNoun(noun);
}
/** A noun, then `called` or `named`, ending the text (group 1 the noun). */
const CALLED_AFTER_NOUN = /\s(\p{Ll}+)\s+(?:called|named)\s+$/u;
/** A preposition of place before a name, maybe after a place's possessive (`in Montreal’s `). */
const PLACE_PREPOSITION_BEFORE = /\s(?:at|in|near|outside|inside)\s+(?:\p{Lu}[\p{L}-]*[’']s\s+)?$/u;

/**
 * A non-restrictive clause open before a name, on a name opening the sentence: `Alcaraz, who
 * will face `.
 */
const OPEN_DESCRIBING_CLAUSE =
  /(?:^|[.!?]\s+|\n)\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3},\s+(?:who|whose)\s[^,.!?;“”"]*$/u;

function inDescribingClause(text: string, at: number): boolean {
  return OPEN_DESCRIBING_CLAUSE.test(text.slice(Math.max(0, at - 120), at));
}

/** Whether a title is a role a possessive pronoun owns: `Its president`, `her spokesman`. */
const isOwnedRole = (title: string) =>
  Object.hasOwn(OWNER_PRONOUN, title.split(" ", 1)[0]!.toLowerCase());

export function recentPerson(
  m: Memory,
  gender: Gender,
  at: number,
  asker: string | null = null,
): ResolvedSpeaker | null {
  for (let i = m.history.length - 1; i >= historyFloor(m); i--) {
    const h = m.history[i]!;
    // `Matthesen and Ford’s friends`: several people are no `he` or `she`.
    if (h.kind !== "person" || h.name.includes(" and ")) continue;
    // `Asked by Sen. Ybarra-Lindstrom how long …, he conceded`: not the one who asked.
    if (asker !== null && h.name.endsWith(asker)) continue;
    const g = genderFor(m, h.name) ?? h.gender;
    if (gender && g && g !== gender) continue;
    // `One former cabinet minister … said …. ‘…,’ he said` after `the prime minister` spoke: an
    // office's holder whom no one named gives way to one described in this paragraph since.
    if (UNNAMED_HOLDER.test(h.name) && !ASKED_ONE.test(m.text.slice(Math.max(0, at - 200), at))) {
      const one = recentOneUnnamed(m, gender, at);
      const since = one && latestSpeaker(m, (e) => e.name === one.name);
      const asked = asker !== null && one?.name.endsWith(asker);
      if (one && since && since.at > h.at && !asked) return one;
    }
    // A person who opened a sentence since is the likelier antecedent; when that is the speaker
    // named after an owner's role (`Its president, Tom Bradshaw, said …`), with the title the
    // speaker was heard with, whose owner is named (`the National Farmers' Union’s president`).
    const subject = recentSubject(m, gender, at);
    if (subject && subject.at > h.at) {
      const owned = h.title && isOwnedRole(subject.speaker.title ?? "");
      if (subject.speaker.name !== h.name || !owned) return subject.speaker;
      return { name: h.name, title: h.title, kind: "person" };
    }
    // `Toyota has said …. Asked whether she worries …, Okafor shrugs. “…,” she said.`: one word of
    // no known gender and no title gives way to one of the pronoun's gender named since.
    // So does one described, not named, of no known gender (`A senior manager at a water company
    // told …` then `… by counsel to the inquiry, Olivia Ashdown-Keyes KC. “…?” she asked.`).
    const since =
      gender && !g && !h.title && (!h.name.includes(" ") || INDEFINITE_DESCRIPTION.test(h.name))
        ? namedSince(m, gender, h.at, at)
        : null;
    if (since) return since;
    return { name: h.name, title: h.title, kind: "person" };
  }
  // Nobody of the pronoun's gender has spoken yet: the person who last opened a sentence
  // (`Author Florian Huber has sold … “…,” he told …`), else the latest person named.
  const subject = recentSubject(m, gender, at, gender !== null);
  if (subject) return subject.speaker;
  for (let i = lastEntityBefore(m, at), floor = entityFloor(i); i >= floor; i--) {
    const e = m.entities[i]!;
    if (e.at >= at || e.kind !== "person") continue;
    // A name with no title, no known given name and one mention (`Mental Coverage`) is too weak;
    // for `he` or `she`, so is one mentioned often (`Warner Brothers`, `Sony Pictures Classics`),
    // unless the pronoun's paragraph names them in full beside a person of the other gender
    // (`Robert Jenrick accused Kemi Badenoch of …. She hit back`).
    // An age set off after the name in this paragraph makes it a person's (`The award for best
    // actor went to Rashid Mahmood, 61, who …, he said, …`).
    // `Callum spent 11 hours beside the whale. He said …`: a given name alone, the fullest the
    // story names that person, has its usual gender, in the pronoun's paragraph or the one
    // before.
    const given =
      gender !== null &&
      !e.title &&
      !e.gender &&
      e.at > m.text.lastIndexOf("\n\n", m.text.lastIndexOf("\n\n", at) - 1)
        ? givenNameGender(m, e)
        : null;
    if (
      !e.title &&
      !e.gender &&
      given === null &&
      !(e.at > m.text.lastIndexOf("\n\n", at) && agedAt(m, e)) &&
      (gender !== null || (m.occurrences.get(e.key) ?? 0) < 2) &&
      !(gender !== null && e.tokens.length >= 2 && besideOtherGender(m, e, gender, at))
    )
      continue;
    // (`Prof bin Rashid` after `Prof Hamid bin Rashid`: the gender of the fullest name.)
    const g =
      genderFor(m, e.key) ??
      e.gender ??
      given ??
      fullestPerson(m, e.tokens, e.gender, e.title !== null)?.gender ??
      null;
    if (gender && g && g !== gender) continue;
    // `… by Congresswoman Valentina Ruiz-Echeverría, shows Senator Martín Oyarzábal …. “…,” she
    // wrote.`: a name of no known gender gives way to one of the pronoun's named before it in
    // the same sentence.
    const known = gender && !g ? genderedEarlierInSentence(m, i, gender) : null;
    const full =
      (known ? null : fullestPerson(m, e.tokens, e.gender, e.title !== null)) ?? known ?? e;
    return {
      name: full.name,
      title: m.bestTitle.get(full.key) ?? full.title,
      kind: "person",
    };
  }
  return null;
}

/** A description opening with an indefinite article or `One`: `A senior manager at …`. */
const INDEFINITE_DESCRIPTION = /^(?:A|An|One|Another)\s+\p{Ll}/u;

/**
 * The usual gender of a name that is one given name (`Callum`) and that no fuller name in the story
 * ends or opens with; else null.
 */
function givenNameGender(m: Memory, e: NameEntity): Gender {
  if (e.tokens.length !== 1) return null;
  const gender = FIRST_NAME_GENDER.get(e.name) ?? null;
  if (gender === null) return null;
  const fuller = fullestPerson(m, e.tokens, null, false);
  return fuller === null || fuller.tokens.length === 1 ? gender : null;
}

/** A person of `gender` named before entity `i` in its sentence, the fullest they are named. */
function genderedEarlierInSentence(m: Memory, i: number, gender: Gender): NameEntity | null {
  const e = m.entities[i]!;
  const start = Math.max(m.text.lastIndexOf(". ", e.at), m.text.lastIndexOf("\n", e.at));
  for (let j = i - 1; j >= 0 && m.entities[j]!.at > start; j--) {
    const d = m.entities[j]!;
    if (d.kind !== "person" || (genderFor(m, d.key) ?? d.gender) !== gender) continue;
    return fullestPerson(m, d.tokens, d.gender, d.title !== null) ?? d;
  }
  return null;
}

/** A question put to one (`asked him whether`): the one described who asked does not answer. */
const ASKED_ONE = /\sasked\s+(?:him|her)\s/;
/** An office's holder as a description (`the prime minister`, `Its deputy representative`). */
const UNNAMED_HOLDER = /^(?:[Tt]he|[Ii]ts|[Tt]heir)\s+\p{Ll}/u;

/**
 * Whether the paragraph holding `at` names `e` within NAMED_SINCE_REACH before it, and before `at`
 * a person of the gender other than `gender`: the one the pronoun does not mean.
 */
function besideOtherGender(m: Memory, e: NameEntity, gender: Gender, at: number): boolean {
  const start = m.text.lastIndexOf("\n\n", at);
  if (e.at < start || e.at < at - NAMED_SINCE_REACH) return false;
  for (let i = lastEntityBefore(m, at); i >= 0 && m.entities[i]!.at >= start; i--) {
    const other = m.entities[i]!;
    if (other.kind !== "person" || other === e) continue;
    const g = genderFor(m, other.key) ?? other.gender;
    if (g && g !== gender) return true;
  }
  return false;
}

/** How far back, in characters, namedSince looks: the sentence before the quote. */
const NAMED_SINCE_REACH = 160;

/**
 * The latest person of `gender` the text names after `from`, before `at` and within
 * NAMED_SINCE_REACH of it, or null.
 */
function namedSince(m: Memory, gender: Gender, from: number, at: number): ResolvedSpeaker | null {
  for (let i = lastEntityBefore(m, at), floor = entityFloor(i); i >= floor; i--) {
    const e = m.entities[i]!;
    if (e.at <= from || e.at < at - NAMED_SINCE_REACH) break;
    if (e.kind !== "person") continue;
    const full = fullestPerson(m, e.tokens, e.gender, e.title !== null) ?? e;
    if ((genderFor(m, full.name) ?? full.gender ?? e.gender) !== gender) continue;
    return { name: full.name, title: m.bestTitle.get(full.key) ?? full.title, kind: "person" };
  }
  return null;
}

/** The latest speaker that is several people or a body: `Republicans`, `the campaign`. */
/** A name for several people: a plural, names joined, or a couple or a family. */
const SEVERAL = /s\b|\sand\s|\b(?:couple|pair|family)$/;

export function recentPlural(m: Memory): ResolvedSpeaker | null {
  for (let i = m.history.length - 1; i >= historyFloor(m); i--) {
    const h = m.history[i]!;
    if (h.kind === "org") return h;
    // (`The couple`, `The family`: one noun for several people.)
    if (h.kind === "group" && !INDEFINITE_ONE.test(h.name) && SEVERAL.test(h.name)) return h;
  }
  return null;
}

/** A question put, right after its asker: `Another asked whether …`, ` wanted to know how …`. */
export const ASKED_QUESTION =
  /^[^.!?“”"]{0,40}?\b(?:asked\s+(?:(?:him|her|them)\s+)?|wanted\s+to\s+know\s+)(?:whether|if|how|what|why|when|where|who|about)\b/;

/**
 * `A nurse alleged that … She said …`: for `he` or `she` when no person of that gender has
 * spoken, the latest unnamed one (`A nurse`, `one witness`; with `definite`, `The woman` too) who
 * spoke in this paragraph or the one before, unless a word of the description gives the other
 * gender (`A spokesman`).
 */
export function recentOneUnnamed(
  m: Memory,
  gender: Gender,
  at: number,
  definite = false,
): ResolvedSpeaker | null {
  const floor = m.text.lastIndexOf("\n\n", m.text.lastIndexOf("\n\n", at) - 1);
  for (let i = m.history.length - 1; i >= historyFloor(m); i--) {
    const h = m.history[i]!;
    if (h.at >= at) continue;
    if (h.at < floor) break;
    if (h.kind !== "group" || !(definite ? ONE_DESCRIBED : INDEFINITE_ONE).test(h.name)) continue;
    // `Another asked whether he had any advice. “…,” he said.`: who asked is not who answers.
    if (ASKED_QUESTION.test(m.text.slice(h.at, h.at + 80))) continue;
    // `A witness who gave his name only as Tom`: the head is the description's, before its clause.
    const described = h.name.replace(DESCRIBING_CLAUSE, "");
    const head = described.slice(described.lastIndexOf(" ") + 1).toLowerCase();
    if (!(PERSON_HEAD.test(head) || AGED_ONE.test(head)) || isPluralNoun(head)) continue;
    const said = genderOfWords(h.name);
    if (said && gender && said !== gender) continue;
    return { name: h.name, title: h.title, kind: h.kind };
  }
  return null;
}

/**
 * `A neighbour … told the BBC she had heard shouting. “It was awful,” she said.`: for `he` or
 * `she`, the unnamed one who spoke last, in this paragraph, when the pronoun follows in their own
 * statement and no person is named since (`a contractor told Mr Docherty he would …` is not it).
 */
export function unnamedSpeakingOfSelf(
  m: Memory,
  pronoun: "he" | "she",
  at: number,
): ResolvedSpeaker | null {
  const last = m.history.at(-1);
  let paragraph = m.text.lastIndexOf("\n\n", at);
  // `One victim … told reporters she had lost S$42,000 …. ¶ “He was so polite,” she said.`: a
  // paragraph the quotation opens goes on from the one before.
  const opensParagraph =
    last !== undefined && last.at < paragraph && QUOTATION_OPENS.test(m.text.slice(paragraph, at));
  if (opensParagraph) paragraph = m.text.lastIndexOf("\n\n", paragraph - 1);
  if (!last || last.at >= at || last.at < paragraph) return null;
  // `when one reporter asked whether she could …, she smiled. “…,” she said`: the pronoun is
  // the one asked, not the one asking.
  if (
    ASKED_AFTER_NAME.test(m.text.slice(last.at + last.name.length, last.at + last.name.length + 8))
  )
    return null;
  // `An Environment Agency spokesman said …. “…,” he added.`: or one described with an article
  // and a word of the pronoun's gender (`The billionaire businessman` describes someone named).
  // `The farm's owner, who asked not to be named, said …. ¶ “…,” he said`: or one who spoke
  // last, in the paragraph before a paragraph the quotation opens.
  if (
    !PRONOUN_WORD[pronoun].test(m.text.slice(last.at, at)) &&
    !(
      INDEFINITE_ONE.test(last.name) && genderOfWords(last.name) === (pronoun === "he" ? "m" : "f")
    ) &&
    !(opensParagraph && (INDEFINITE_ONE.test(last.name) || OWNED_ONE.test(last.name)))
  )
    return null;
  // No person named since; before a definite one (`The slimmer says she …` after `Lizzi`), none
  // in the paragraph, who would be the one it describes.
  const since = /^the\s/i.test(last.name) ? paragraph : last.at;
  // A name inside the description itself (`A witness who gave his name only as Tom`) is theirs.
  const own = since === last.at ? last.at + last.name.length : since;
  for (let i = lastEntityBefore(m, at); i >= 0 && m.entities[i]!.at > since; i--) {
    if (m.entities[i]!.kind === "person" && m.entities[i]!.at >= own) return null;
  }
  const one = recentOneUnnamed(m, pronoun === "he" ? "m" : "f", at, true);
  return one?.name === last.name ? one : null;
}

const PRONOUN_WORD = { he: /\she\s/, she: /\sshe\s/ };
/** One described by what or whom they belong to: `The farm's owner` (not `the Vermont senator`). */
const OWNED_ONE = /^[Tt]he\s+[\p{L}-]+[’']s\s/u;
/** A question's verb right after the one who put it. */
const ASKED_AFTER_NAME = /^\s+asked\s/;

/** A paragraph opening with a quotation mark. */
const QUOTATION_OPENS = /^\s*[“"‘']/;

/** The clause a description ends with: `who gave his name only as Tom`. */
const DESCRIBING_CLAUSE = /\s+(?:who|whose|whom)\s.*$/is;

/** One described by age alone: `One 19-year-old`, `a 34-year-old`. */
const AGED_ONE = /^\d+-year-old$/;

/** An unnamed one a description opens with an article, `one` or `another` (`A nurse`, `The woman`). */
const ONE_DESCRIBED = /^(?:a|an|one|another|the)\s/i;

/** One person whom a story names by a word of no gender: `A council spokesperson`, `a source`. */
const ONE_OF_NO_GENDER =
  /^(?:a|an|one|the)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:spokesperson|representative|source|person)(?:\s|$)/iu;
/**
 * One unnamed person of a kind whose words give no gender (`One member of staff in the department`,
 * `A resident`), whom a singular `they` may mean.
 */
function oneOfKind(name: string): boolean {
  const head = ONE_UNNAMED_HEAD.exec(name)?.[1];
  return (
    head !== undefined && PERSON_HEAD.test(head) && !isPluralNoun(head) && !genderOfWords(name)
  );
}
/** `One member (of staff …)`, `A resident`: group 1 the head noun. */
const ONE_UNNAMED_HEAD =
  /^(?:A|An|One)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)(?:\s+(?:of|in|at|from|for|with|on|who)\s[^,]*)?$/u;

/**
 * `A council spokesperson said … “…,” they added.`: the singular `they` of the latest speaker, one
 * person of no gender who spoke earlier in the same paragraph; else null.
 */
export function speakerOfNoGender(m: Memory, at: number): ResolvedSpeaker | null {
  const h = m.history[m.history.length - 1];
  if (!h || h.at >= at || h.kind === "org" || !(ONE_OF_NO_GENDER.test(h.name) || oneOfKind(h.name)))
    return null;
  if (m.text.lastIndexOf("\n\n", at) > h.at) return null;
  return { name: h.name, title: h.title, kind: h.kind };
}

export function recentSpeaker(m: Memory): ResolvedSpeaker | null {
  for (let i = m.history.length - 1; i >= historyFloor(m); i--) {
    const h = m.history[i]!;
    // (Not one no name was given for: `The minister` is not whom `the secretary` means.)
    if (h.kind === "person" && !DESCRIPTION_ENDING.test(h.name)) {
      return { name: h.name, title: h.title, kind: "person" };
    }
  }
  return null;
}
/**
 * A description: its determiner, or its last word in lower case (`The minister`, `The chief
 * executive of Boeing`, `China’s representative`).
 */
const DESCRIPTION_ENDING =
  /^(?:[Tt]he|[Aa]n?|[Oo]ne|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s|(?:^|\s)\p{Ll}[\p{L}’'-]*$/u;

/**
 * The latest speaker who is one person: a named one, or one unnamed (`a source close to him`),
 * whom `That person` means.
 */
export function recentOne(m: Memory): ResolvedSpeaker | null {
  for (let i = m.history.length - 1; i >= historyFloor(m); i--) {
    const h = m.history[i]!;
    if (h.kind === "person" || (h.kind === "group" && /^(?:a|an|one)\s/i.test(h.name))) {
      return { name: h.name, title: h.title, kind: h.kind };
    }
  }
  return null;
}

/**
 * Whether `head` (a lower-case noun) heads an organization's `name`: its last word, or the word
 * before its `of` (`the University of Northhaven`, `Ministry of Defence`); not a word that
 * describes another head (`University Staff Union` is no university).
 */
function headsName(name: string, head: string): boolean {
  const lower = name.toLowerCase();
  if (!lower.includes(head)) return false;
  const words = lower.split(/[\s-]+/);
  const i = words.indexOf(head);
  if (i < 0) return true;
  const next = words[i + 1];
  return next === undefined || /^(?:of|for|on|in|at|to|and)$/.test(next);
}

export function recentOrg(
  m: Memory,
  head: string | null,
  at: number,
  singular = false,
): ResolvedSpeaker | null {
  for (let i = m.history.length - 1; i >= historyFloor(m); i--) {
    const h = m.history[i]!;
    // `it` is not `Polls` (a plural as a sentence opens it).
    if (singular && isPluralWord(h.name)) continue;
    // `the newspaper` after `the Israeli newspaper Haaretz`: the word may be the title's.
    if (
      h.kind === "org" &&
      (!head || headsName(h.name, head) || h.title?.toLowerCase().includes(head))
    ) {
      return h;
    }
    // `The lawsuit contends that … It goes on to …`: `it` is a document that spoke too, or a
    // business described by its trade (`The national grid operator said …, although it warned`).
    if (
      singular &&
      head === null &&
      h.kind === "group" &&
      (isOneDocument(h.name) || DESCRIBED_BUSINESS.test(h.name))
    )
      return h;
  }
  if (head) {
    for (let i = lastEntityBefore(m, at), floor = entityFloor(i); i >= floor; i--) {
      const e = m.entities[i]!;
      // `Council tax in Birmingham will rise …`: the noun itself, capitalized as a sentence's
      // first word, names no organization.
      if (e.sentenceStart && e.key === head) continue;
      if (e.at < at && e.kind === "org" && headsName(e.name, head)) {
        return { name: e.name, title: null, kind: "org" };
      }
    }
  }
  return null;
}

/** A business described by its trade, with its article (`The national grid operator`). */
const DESCRIBED_BUSINESS =
  /^[Tt]he\s(?:[\p{L}-]+\s){0,3}(?:operator|developer|provider|supplier|producer|distributor|tribunal|court|panel|regulator|inquiry|commission)$/u;

/** A description whose head is one document (`The lawsuit`, `the group's letter`), not several. */
function isOneDocument(name: string): boolean {
  const head = name.slice(name.lastIndexOf(" ") + 1);
  return DOCUMENT_NOUN.test(head) && (!head.endsWith("s") || head === "analysis");
}

/** One word for several things or people (`Polls`, `the reports`), or plural initials (`MPs`). */
const isPluralWord = (name: string) =>
  isPluralNoun(name.replace(/^the\s+/i, "")) || PLURAL_INITIALS.test(name);
const PLURAL_INITIALS = /^\p{Lu}{2,}s$/u;

/**
 * The latest organization the text names before `at`, and not before `from`, whose name `not`
 * does not match; null when none.
 */
export function recentOrgEntity(
  m: Memory,
  at: number,
  from = 0,
  not?: RegExp,
): ResolvedSpeaker | null {
  for (let i = lastEntityBefore(m, at), floor = entityFloor(i); i >= floor; i--) {
    const e = m.entities[i]!;
    if (e.at < from) break;
    if (e.at < at && e.kind === "org" && !isPluralWord(e.name) && !not?.test(e.name)) {
      return { name: e.name, title: null, kind: "org" };
    }
  }
  return null;
}

/**
 * A preposition before a name in a description: the name is its object, not who speaks (`a
 * spokesman for Fiorina`, `supporters of Hillary Clinton`). Not `from` or `by`, which name an
 * author (`a post from Arianna Huffington`, `a declaration filed by John F. Hackett`).
 */
const PREPOSITION_BEFORE =
  /\s(?:in|at|for|with|on|near|of|to|across|around|outside|inside|about|against|atop|under|over|into|onto|toward|towards|among|between|behind|beside|beyond|via|through|after|before|without|within|than)\s+(?:the\s+)?$/;

/** Only a surname's particles (`van der` before `Heijden`), which are no title. */
const PARTICLES_ONLY = new RegExp(`^(?:(?:${NAME_PARTICLES})(?:\\s+|$))+$`);

/** Someone described by where they are from (`the 20-year-old from Milton Keynes`). */
const ORIGIN_BEFORE =
  /(?:\d-year-old|\b(?:man|woman|boy|girl|resident|student|teenager|mother|father|driver|fan|farmer|worker|pensioner|nurse|teacher|native|grandmother|grandfather))\s+from\s+$/;

/** Nouns for things that end as words for people do (`an honor Donald said …`, `the order`). */
const THING_IN_PERSON_FORM =
  /^(?:honou?r|labou?r|favou?r|colou?r|error|order|border|center|centre|corner|power|matter|letter|number|paper|water|manner|career|chapter|quarter|floor|door|terror|horror|rumou?r|humou?r|mirror|motor|factor|sector|tower|summer|winter|dinner|banner|cancer|computer|river|theater|theatre)s?$/;

/**
 * Words for how someone is in the moment (`a jubilant Serena Williams`, `an emotional Ruiz`, `a
 * visibly shaken …`), some ending as words for people do (`jubilant`, `defiant`).
 */
const MOOD_WORDS =
  "jubilant|defiant|triumphant|exuberant|despondent|indignant|buoyant|hesitant|reluctant|radiant|ebullient|impatient|adamant|emotional|tearful|visibly|delighted|elated|beaming|smiling|grinning|relieved|furious|angry|upset|frustrated|dejected|disappointed|shaken|stunned|exhausted|weary|bullish|upbeat|cautious|combative|embattled|beleaguered|defeated|victorious";
const MOOD = new RegExp(`^(?:${MOOD_WORDS})$`);
/** A determiner and words for a mood right before a name (`an emotional `, `a visibly shaken `). */
const MOOD_BEFORE_NAME = new RegExp(
  String.raw`^(?:a|an|the)\s+(?:(?:${MOOD_WORDS})\s+){1,2}$`,
  "i",
);

/** A lower-case word for a person's role right before a name (`striker `, `spokesman `). */
const ROLE_BEFORE_NAME = new RegExp(
  `(?:^|[\\s-])${PERSON_TITLE_NOUN.replace(/s\?$/, "")}\\s+$`,
  "u",
);

/**
 * A capitalized word opening a description, its field (`Sumo `, `Tennis `); not a determiner, nor
 * before a list (`His daughter Elizabeth and granddaughter Annie`).
 */
const FIELD_OPENING =
  /^(?!(?:His|Her|Their|Its|Our|My|The|A|An|This|That|One)\s)\p{Lu}\p{Ll}+\s+(?=\p{Ll})(?![^,]*\s(?:and|or|&)\s)/u;
/** A lower-case word that is no particle or connector of a name (`the senator`, not `de Gaulle`). */
const LOWER_WORD_NOT_CONNECTOR = new RegExp(String.raw`\s(?!${CONNECTOR}\s)\p{Ll}`, "u");

/**
 * A person named inside a description (`the Democratic candidate Hillary Clinton`), or the people
 * it lists as written (`Presidential candidates Hillary Clinton and Donald Trump`).
 */
export function embeddedPerson(m: Memory, phrase: string): ResolvedSpeaker | null {
  const described =
    /^\p{Ll}|^(?:The|A|An)\s/u.test(phrase) || LOWER_WORD_NOT_CONNECTOR.test(phrase);
  if (!described) return null;
  NAME_RUN.lastIndex = 0;
  let found: ResolvedSpeaker | null = null;
  for (let match = NAME_RUN.exec(phrase); match; match = NAME_RUN.exec(phrase)) {
    if (match.index === 0 || match.index + match[0].length < phrase.length) continue;
    // `Six newspapers in New Jersey`, `the wife of Bill Clinton`: a preposition's object is not who.
    const before = phrase.slice(0, match.index);
    if (PREPOSITION_BEFORE.test(before) || ORIGIN_BEFORE.test(before)) continue;
    // `A paramedic who treated Mr Banks`: nor is a name inside the description's relative clause.
    if (/\s(?:who|whom|that|which)\s/.test(before)) continue;
    const parsed = parseNameRun(match[0], false);
    if (parsed?.kind !== "person") continue;
    // `both Vindman and Williams`: nor is the last of several names (`former Pennsylvania Gov. and
    // Democratic National Committee Chairman Ed Rendell` is one person with two titles).
    if (parsed.title === null && /\s(?:and|or|&)\s+$/.test(before)) {
      found = { name: phrase, title: null, kind: "group" };
      continue;
    }
    const tokens = parsed.tokens.map(nameKey);
    // `Her father Mr Robertson`: the honorific's gender, as for a name alone.
    const full = fullestPerson(m, tokens, parsed.gender);
    // One name word is a name after a word for a person's role (`forward Pedro`, `spokesman
    // Smith`), else only as part of a fuller name the article gives.
    // `an emotional Ruiz said`: after a word for a mood, a name of one word the article's names
    // hold.
    if (
      tokens.length < 2 &&
      !(full && full.tokens.length > tokens.length) &&
      // (`Sumo grand champion Tsukikaze`: past a capitalized word of the role's field.)
      !(
        (ROLE_BEFORE_NAME.test(before) ||
          (FIELD_OPENING.test(before) && PERSON_HEAD.test(before.trimEnd().split(" ").at(-1)!))) &&
        !isPluralNoun(parsed.display)
      ) &&
      !(full && MOOD_BEFORE_NAME.test(before))
    )
      continue;
    const name = full && full.tokens.length > tokens.length ? full.name : parsed.display;
    // `documents from Diane D. Blair`, `a post by X`: what the author wrote is no title of theirs;
    // nor is a thing (`Announcing the policy Mr Cameron said`, `One of the jobs Perez talks about`).
    // `A 2014 study by Loyola Law School professor Justin Levitt`: the title is what follows `by`.
    const lead = /\s(?:from|by)\s+$/.test(before)
      ? ""
      : before
          .replace(/^.*\s(?:by|from)\s+/s, "")
          .replace(/^(?:the|a|an|The|A|An)\s+/, "")
          .trim();
    const head = /(?:^|\s)(\p{Ll}[\p{Ll}-]*)$/u.exec(lead)?.[1];
    // `van der Heijden said`: the particles are the surname's.
    if (PARTICLES_ONLY.test(lead)) {
      found = {
        name,
        title: full ? (m.bestTitle.get(full.key) ?? full.title) : null,
        kind: "person",
      };
      continue;
    }
    if (
      head !== undefined &&
      parsed.title === null &&
      (!PERSON_HEAD.test(head) || THING_IN_PERSON_FORM.test(head) || MOOD.test(head))
    ) {
      found = { name, title: null, kind: "person" };
      continue;
    }
    // `Cyber security expert Prof Alan Woodward`: the role says more than `Prof`.
    const own = lead && parsed.title && ACADEMIC_TITLE.test(parsed.title) ? null : parsed.title;
    const title = [lead, own].filter((t) => t && t.length > 0).join(" ") || null;
    found = { name, title, kind: "person" };
  }
  return found;
}
