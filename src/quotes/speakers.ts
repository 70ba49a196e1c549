/**
 * Who spoke: resolves the phrase a cue names (`Lavrov`, `he`, `the minister`, `The Washington Post`) to
 * the fullest name the article gives, with the title it gives. Short names match any part of an earlier
 * full name (`Choe` → `Choe Son Hui`); pronouns and definite descriptions go to the most recent
 * compatible speaker, then to the most recent compatible name in the text (src/quotes/speaker-memory.ts).
 * An indefinite description (`a source`, `officials`) is kept as written; a pronoun with nothing to
 * point at resolves to null.
 */

import { escapeRegExp } from "../escape-regexp.js";
import {
  CONNECTOR,
  isPluralNoun,
  MONTHS,
  NAME_PARTICLES,
  NOT_A_LABEL,
  OWNER,
  PEOPLE_COUNT_OF,
  PLURAL_NOUNS,
  SHARE,
} from "./cue-grammar.js";
import { isJunkSubject, matchSubjectBefore } from "./cue-subjects.js";
import { ACADEMIC_TITLE, isPlace, nameKey, ONE_FROM, parseNameRun } from "./name-runs.js";
import { isSentenceStart, type NameEntity, ownerThenName, withoutNicknames } from "./names.js";
import {
  agedDescribed,
  byOrigin,
  namedOrganization,
  resolveDescription,
  SOVEREIGN,
} from "./speaker-descriptions.js";
import {
  ASKED_QUESTION,
  createMemory,
  embeddedPerson,
  entityFloor,
  fullestPerson,
  genderFor,
  INDEFINITE_ONE,
  lastEntityBefore,
  latestSpeaker,
  type Memory,
  POSSESSIVE,
  paragraphSubject,
  push,
  type ResolvedSpeaker,
  recentOneUnnamed,
  recentOrg,
  recentOrgEntity,
  recentPerson,
  recentPlural,
  SENTENCE_END,
  speakerOfNoGender,
  unnamedSpeakingOfSelf,
} from "./speaker-memory.js";
import {
  DEFINITE,
  INDEFINITE,
  NAME_LIST,
  nameAfterDescription,
  ONE_ALONE,
  opensDescription,
  ROLE_BEFORE_NAME,
  roleInDescription,
  splitPhrase,
  THE_BEFORE_STYLE,
  titleCase,
} from "./speaker-phrases.js";
import {
  DOCUMENT_NOUN,
  FIRST_NAME_GENDER,
  type Gender,
  genderOfWords,
  ISSUING_VERB,
  KIN_WORDS,
  LOWER_BODY,
  NAME_GIVEN_AS,
  ONE_PERSON_WORDS,
  ORG_NOUNS,
  OWNER_PRONOUN,
  PERSON_HEAD,
  PERSON_TITLE_NOUN,
  PLACED_SUFFIX,
  ROLE_ACRONYMS,
  TEXT_PUT_OUT,
  TITLE_WORDS,
  WORKPLACE_KIND,
} from "./speaker-words.js";
import { lowerFirst } from "./title-case.js";
import { isVerbForm } from "./verbs.js";

export type { ResolvedSpeaker, SpeakerKind } from "./speaker-memory.js";

const PRONOUNS = "he|she|they|it|we|i|who|you";
/** An object pronoun's subject form (`her` is OWNER_PRONOUN's). */
const OBJECT_PRONOUN: Readonly<Record<string, string>> = { him: "he", them: "they" };
const PRONOUN = new RegExp(`^(?:${PRONOUNS})$`, "i");
/** A word of two capitals or more (`WHO`, `IT`). */
const INITIALS = /^\p{Lu}{2,}$/u;
/** `She’s`, `They’re`: a pronoun with its verb contracted. */
const CONTRACTED_PRONOUN = new RegExp(`^(${PRONOUNS})[’'](?:s|re|ll|ve|d|m)$`, "i");
const NOT_TITLE_LEAD =
  /^(?:from|aside|including|now|by|to|of|in|on|at|with|for|as|recalled|called|treating|features|began|then|also|and|but|or|said|says|told)$/;
/** `a spokesman for X`, `one aide to X`: an indefinite singular title, then its preposition. */
const ONE_PERSON = new RegExp(
  `^(?:a|an|one|another)\\s+(?:[\\p{L}-]+\\s+){0,3}?(${PERSON_TITLE_NOUN.replace(/s\?$/, "")}|employee|worker|staffer|servant|engineer|technician|contractor|volunteer|guard|soldier|diplomat|negotiator|investigator|prosecutor|banker|trader|farmer)\\s+(?:for|to|of|at|with|in|from)\\s`,
  "iu",
);
/** One unnamed person of a kind (`one fan`, `a local resident`, `one Labour MP`): the kind. */
const ONE_OF_KIND = /^(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)$/u;
/** A bare plural word for people (`Neighbours`, `residents`), which `One` after it is one of. */
const PLURAL_WORDS = /^(?:the\s+)?(\p{L}+)$/iu;
/** A phrase in lower case that opens with a preposition and holds no comma (`in an interview of Trump`). */
const PREPOSITION_LEAD =
  /^(?:in|on|at|of|from|with|by|for|to|during|after|before|under|over)\s[^,]*$/;
const QUANTIFIER = /^(?:Some|Many|Most|Others|Several|Few|Both|All|Another|One)$/;
/** `Manhattan-based Skin Laundry`: where a name is based, or who owns or leads it, then the name. */
const PLACED_NAME = new RegExp(
  `^(?:[Tt]he\\s+)?((?:\\p{Lu}[\\p{L}.’']*\\s+){0,2}\\p{Lu}[\\p{L}.’']*${PLACED_SUFFIX})\\s+(\\p{Lu}.*)$`,
  "u",
);
/** `His mother Lucy`: a possessive, a word for kin, a given name. */
const KIN_AND_NAME = new RegExp(
  `^((?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\\s+(?:${KIN_WORDS}))\\s+(\\p{Lu}\\p{Ll}+)$`,
  "u",
);
/** `Mr. and Mrs. Trump`, `Dr. and Mrs. Carson`: a couple. */
const COUPLE = /^(?:Mr|Dr|Sen|Gov|Rep)\.?\s+and\s+(?:Mrs|Ms|Dr)\.?\s+\p{Lu}/u;
/** Two names joined by `and`, no comma (`Hamilton and Gille`). */
const TWO_NAMES =
  /^(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s+and\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)$/u;

/**
 * Whether `phrase` joins two people the article names in full (`Hamilton and Gille` after Margaret
 * Hamilton and Ellen Gille), not a firm's name (`Procter and Gamble`).
 */
function twoKnownPeople(m: Memory, phrase: string): boolean {
  const two = phrase.includes(" and ") ? TWO_NAMES.exec(phrase) : null;
  if (!two) return false;
  const known = (name: string) => {
    const full = fullestPerson(m, nameKey(name).split(/\s+/));
    return full && full.tokens.length > 1 ? full : null;
  };
  const first = known(two[1]!);
  const second = first && known(two[2]!);
  return first !== null && second !== null && first.key !== second.key;
}

/**
 * `Former Secretary of State Hillary Clinton and former Maryland Gov. Martin O’Malley`: two people
 * named in full, one or both with a title, as their names joined (`Hillary Clinton and Martin
 * O’Malley`); null for any other phrase.
 */
function titledPair(phrase: string): string | null {
  const and = phrase.indexOf(" and ");
  if (and < 0 || phrase.includes(",") || phrase.indexOf(" and ", and + 1) >= 0) return null;
  const first = parseNameRun(phrase.slice(0, and), true);
  const second = parseNameRun(phrase.slice(and + 5), true);
  // Each a name of two words or more in capitals, none a title (`former Pennsylvania Gov.`).
  const inFull = (p: typeof first) =>
    p?.kind === "person" &&
    p.tokens.length > 1 &&
    p.tokens.every((t) => /^\p{Lu}[\p{L}’'-]/u.test(t) && !TITLE_WORDS.has(t.replace(/\.$/, "")));
  if (!inFull(first) || !inFull(second) || (first!.title === null && second!.title === null)) {
    return null;
  }
  return `${first!.display} and ${second!.display}`;
}

export interface SpeakerResolver {
  /** Resolves the phrase a cue names at offset `at`; remembers the result as the latest speaker. */
  resolve(phrase: string, at: number): ResolvedSpeaker | null;
  /** Records a speaker carried over from an earlier quote. */
  remember(speaker: ResolvedSpeaker, at: number): void;
  /**
   * The text that opens the sentence before the quotation ending at `at` (`The email, …`), whose
   * words an `it reads` gives; remembered as the latest speaker; null when none does.
   */
  documentBefore(at: number): ResolvedSpeaker | null;
}

/**
 * @param quoted absolute `[start, end)` ranges of quoted words, in order: names inside them are not
 *   used to resolve speakers.
 */
export function createSpeakerResolver(
  text: string,
  quoted: readonly [number, number][] = [],
): SpeakerResolver {
  const m = createMemory(text, quoted);
  return {
    remember(speaker, at) {
      push(m, speaker, at, null);
    },
    documentBefore(at) {
      const from = quotationStart(m.text, at);
      const found = documentBefore(m.text, from) ?? documentReaderBefore(m, from);
      return found ? push(m, found, at, null) : null;
    },
    resolve(written, at) {
      // `A revival of ‘The Iron Harvest’ finds …`: a title in single marks, no one.
      if (written.endsWith("’") && /‘[^’]*$/.test(m.text.slice(Math.max(0, at - 60), at))) {
        return null;
      }
      // `a milestone officials hailed as …`: the thing a clause without its `that` describes, then
      // the clause's subject, who speaks. `Graciela “Chela” Montoya`: the name without the
      // nickname inside it.
      // `Officiating, the Bishop of Copenhagen, …`: a participle set off before the subject is none
      // of it.
      const bare = BARE_THING_THEN_BODY.exec(written);
      const body = bare?.[1] && ORG_NOUNS.test(bare[1].slice(bare[1].lastIndexOf(" ") + 1));
      const rawPhrase = withoutNicknames(
        (body ? bare[1] : null) ?? REDUCED_RELATIVE.exec(written)?.[1] ?? written,
      )
        .replace(/\s{2,}/g, " ")
        .replace(PARTICIPLE_SET_OFF, "")
        // `board chair Walter Nakashima-Price twice (warned)`: how often is no part of who; nor
        // is a verb that goes on or begins (`My husband keeps (saying)`, `Zainab began (writing)`).
        .replace(
          /\s+(?:twice|once|again|keeps|kept|began|begins|started|starts|continued|continues)$/,
          "",
        );
      // `the Dunmore Bus Users’ Group, whose chair, Siobhán Ní Bhriain, said`: the one named after
      // the body's role, the body's role for a title.
      const whose = WHOSE_ROLE_NAME.exec(rawPhrase);
      if (whose?.[1] && whose[2] && whose[3]) {
        const named = m.text.slice(Math.max(0, at - 80), at + whose[1].length);
        const owner = BODY_NAME_END.exec(named)?.[0] ?? whose[1];
        return resolvePhrase(m, whose[3], `${owner}’s ${whose[2]}`, at);
      }
      // `His wife, Anne, and son Fergus`: people listed, one set off by commas, are all who spoke.
      if (LISTED_AFTER_ASIDE.test(rawPhrase)) {
        const name = rawPhrase.replace(/,\s*$/, "");
        return push(m, { name, title: null, kind: "group" }, at, null);
      }
      const split = splitPhrase(rawPhrase);
      // `Dow's chief executive, Andrew Liveris`, `a spokeswoman, Anna White`: the name after a
      // description is the speaker, the description its title.
      const named =
        split.appositive === null ? null : nameAfterDescription(split.phrase, split.appositive);
      if (named) {
        // (`One, Brenda Haslam,`: no role.)
        const role = ONE_ALONE.test(split.phrase)
          ? null
          : ownersRole(m, roleInDescription(split.phrase), at);
        // `Another speaker, retired engineer Patricia Hallorann-Beck,`: the role before the name
        // says what an indefinite description does not.
        const title = !named.role
          ? role
          : INDEFINITE_ONE.test(split.phrase)
            ? named.role
            : `${role}, ${named.role}`;
        return resolvePhrase(m, named.name, title, at);
      }
      const { phrase } = split;
      // `One, a former product manager, said`: one of those just mentioned, as the appositive
      // describes them.
      if (ONE_ALONE.test(phrase) && split.appositive && /^an?\s+\p{Ll}/u.test(split.appositive)) {
        return push(m, { name: split.appositive, title: null, kind: "group" }, at, null);
      }
      // `One man, a 26-year-old former engineering student from Sudan who gave his name as Omar,`:
      // the name the description gives, the description (without the clause) its title.
      const gave = split.appositive === null ? null : GAVE_NAME_END.exec(split.appositive);
      const given = gave?.groups?.name;
      if (given && INDEFINITE_ONE.test(phrase)) {
        const title = split.appositive!.slice(0, gave!.index).trim();
        return resolvePhrase(m, given, title === "" ? null : title, at);
      }
      // `The singer's producer, who goes by the name Kofi Blue,`: the name one goes by, the
      // description its title.
      const goesBy = split.appositive === null ? null : GOES_BY.exec(split.appositive);
      if (goesBy?.[1] && opensDescription(phrase)) {
        return resolvePhrase(m, goesBy[1], lowerFirst(phrase), at);
      }
      // `a gang leader known as Makak`: the name one is known by, the description its title.
      const knownAs = KNOWN_AS_NAME.exec(phrase);
      if (knownAs?.[1] && knownAs[2]) {
        return resolvePhrase(m, knownAs[2], lowerFirst(knownAs[1]), at);
      }
      // `…, as introduced in Victoria and Queensland, Dr Tomoana replied`: a place the subject
      // grammar ran on from, then the one named with an honorific.
      if (
        split.appositive !== null &&
        HONORIFIC_NAME.test(split.appositive) &&
        /^\p{Lu}[\p{L}’'-]*$/u.test(phrase)
      ) {
        return resolvePhrase(m, split.appositive, null, at);
      }
      const pair = titledPair(phrase);
      if (pair) return push(m, { name: pair, title: null, kind: "group" }, at, null);
      // `Park Ji-hoon, known to fans as “Anvil,”`: a nickname set off is no title, nor is a wish to
      // stay unnamed (`Rachel Hoff, who declined to comment for this article,`) or a question put.
      const appositive =
        split.appositive !== null &&
        (NICKNAME_APPOSITIVE.test(split.appositive) || UNNAMED_APPOSITIVE.test(split.appositive))
          ? null
          : split.appositive;
      // `The two-time champion, 37, had hoped …`: a description with an age set off names whom
      // `the 37-year-old` would.
      const aged = AGED_DESCRIPTION.exec(rawPhrase);
      const described = aged?.[1] ? agedDescribed(m, aged[1], at) : null;
      if (described) return push(m, described, at, null);
      return resolvePhrase(m, phrase, appositive, at);
    },
  };
}

/** A body, `whose` and a role, then a name: group 1 the body, 2 the role, 3 the name. */
const WHOSE_ROLE_NAME =
  /^([^,]{1,80}),\s+whose\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+),\s+(\p{Lu}[^,]{1,60}?),?$/u;
/** The capitalized words of a body's name ending a text: `Dunmore Bus Users’ Group`. */
const BODY_NAME_END = /(?:\p{Lu}[\p{L}’'&.-]*\s+){0,5}\p{Lu}[\p{L}’'&.-]*$/u;
/** A name written with an honorific: `Dr Tomoana`, `Mr. Okafor-Bello`. */
const HONORIFIC_NAME =
  /^(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*$/u;
/** A participle opening a phrase, set off by a comma before its subject: `Officiating, `. */
const PARTICIPLE_SET_OFF = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?ing,\s+(?=(?:the|a|an|\p{Lu}))/u;
/** An appositive giving a nickname: `known to fans as “Anvil”`, `nicknamed “the Professor”`. */
const NICKNAME_APPOSITIVE = /^(?:(?:also|better|widely)\s+)?(?:known|nicknamed|dubbed)\s/;
/**
 * `who declined to comment for this article`, `who spoke on condition of anonymity`, `asked what he
 * would do with the rest of his day`: no role.
 */
const UNNAMED_APPOSITIVE =
  /^(?:who\s+(?:had\s+)?(?:declined|refused|asked|requested|spoke|(?:did|would|could)\s+not)|(?:when\s+)?(?:asked|pressed|questioned|reached|contacted|interviewed))\s/;

/** A definite description of up to three words, then an age set off: `The two-time champion, 37,`. */
const AGED_DESCRIPTION = /^[Tt]he\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+),\s+\d{1,3},?$/u;

/** A possessive pronoun alone, as a sentence opens with it: `Her warning that …`. */
const OWNER_OPENING = /^(?:His|Her|Their|Its)$/;

/** A description, a name set off by commas, then `and` and more: `His wife, Anne, and son Fergus`. */
/**
 * `work the prize committee (said …)`: a thing with no article, then a body with one, the subject
 * of a relative clause without its `that` (1 the body).
 */
const BARE_THING_THEN_BODY = /^\p{Ll}{3,}\s+((?:the|a|an)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+)$/u;

/**
 * `a milestone officials`: an indefinite thing, then people (PLURAL_NOUNS); not a count or a body
 * of them (`a few officials`, `a group of officials`).
 */
const REDUCED_RELATIVE = new RegExp(
  `^(?:a|an)\\s+(?!(?:few|dozen|couple|handful|number|lot|host|group|team|pair|trio|panel|majority|minority|score|delegation|body|crowd|network|union|coalition)\\b)\\p{Ll}+\\s+(${PLURAL_NOUNS})$`,
  "u",
);

const LISTED_AFTER_ASIDE =
  /^(?:[Hh]is|[Hh]er|[Tt]heir)\s+\p{Ll}+,\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?,\s+and\s+\S/u;

/**
 * `Its chief executive, Gavin Smart,` after `The Chartered Institute of Housing said`: the role
 * named with its owner, the last organization the text names in this sentence or the one before
 * (`the Chartered Institute of Housing’s chief executive`); any other role as it is.
 */
function ownersRole(m: Memory, role: string, at: number): string {
  // `Its chief executive`, `Its Scotland director`.
  const its = /^[Ii]ts\s+(?=\p{Ll}|\p{Lu}[\p{L}-]*\s+\p{Ll})/u.exec(role);
  if (!its) {
    // `His solicitor, David Hughes,` after `Jermaine Pennant, 41, was stopped …`: the one person
    // of that gender the sentences before name.
    const his = /^(?:([Hh]is)|[Hh]er)\s+(?=\p{Ll})/u.exec(role);
    const owner = his ? onlyPersonBefore(m, at, his[1] ? "m" : "f") : null;
    // `Police have arrested the owner of the company …. His lawyer, …`: someone the sentence
    // before describes, not names, is whom the pronoun means.
    const before = owner ? sentenceBefore(m.text, at) : null;
    if (
      owner &&
      before &&
      UNNAMED_PERSON.test(before) &&
      !before.includes(owner.split(" ").at(-1)!)
    ) {
      return role;
    }
    return owner && his ? `${owner}’s ${role.slice(his[0].length)}` : role;
  }
  // Only an organization the sentence before names: `have formed a group to oppose the plan. Its
  // chair` owns no role of an airport named further back.
  const start = Math.max(0, at - 600);
  const ends = [...m.text.slice(start, at + 1).matchAll(SENTENCE_END)];
  const from = ends.length >= 2 ? start + ends.at(-2)!.index! : start;
  // `The study, published in Nature, suggests …. Its authors`: a document the sentence before
  // opens with owns them too.
  const named = recentOrgEntity(m, at, from, TIME_ZONE);
  const spoke = lastBodySpeaker(m, from, at);
  // `NetChoice, a trade group representing companies including Meta and Google, had sued …. Its
  // general counsel`, `The FNSEA, France's largest farming union, said …. Its president`: the body
  // the sentence before opens with, not one its description names.
  const opening = DESCRIBED_BODY_OPENING.exec(sentenceBefore(m.text, at) ?? "");
  const described =
    opening?.[1] && named && opening[2]!.includes(named.name)
      ? { name: opening[1], title: null, kind: "org" as const }
      : null;
  // `The Liberal Democrat opposition group described …. Its leader`: the body that spoke, when
  // its description holds the name.
  const org =
    described ??
    (named && spoke?.name.includes(named.name) ? spoke : named) ??
    documentBefore(m.text, at) ??
    spoke ??
    bodyOpening(m.text.slice(from, at));
  if (!org) return role;
  return `${org.name.replace(/^The\s/, "the ")}’s ${role.slice(its[0].length)}`;
}

/** A person described, not named: `the owner of …`, `a 45-year-old man`, `the suspect`. */
const UNNAMED_PERSON =
  /\b(?:the|a|an)\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:owner|man|woman|boy|girl|suspect|driver|defendant|victim|teenager|pilot|employee|worker|patient|passenger|customer|landlord|tenant|gunman|attacker)\b/u;

/** A name opening a sentence, then its description as a body set off by commas (group 2). */
const DESCRIBED_BODY_OPENING =
  /^((?:The\s+)?\p{Lu}[\p{L}’'&.-]*(?:\s+(?:(?:of|and|for|&)\s+)?\p{Lu}[\p{L}’'&.-]*){0,5}),\s+((?:a|an|the|\p{Lu}[\p{L}.-]*[’']s)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:group|organi[sz]ation|charity|company|firm|union|body|association|coalition|alliance|campaign|network|think[\s-]tank|watchdog|lobby)\b[^,]*),/u;

/** A time zone's initials (`23:20 GMT`), which name no body. */
const TIME_ZONE = /^(?:GMT|BST|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|AEST|AEDT|IST|JST)$/;

/**
 * A body described opening a sentence with a word before its noun: `The hospital trust has
 * apologised …` (`The trust` alone says no more than `its`).
 */
const BODY_OPENING =
  /^[.!?"”’\s]*(?:The|the)\s+((?:\p{Ll}[\p{L}-]*\s+){1,3}?(\p{Ll}[\p{L}-]*))\s+(?:has|have|had|is|was|are|were|said|says|will|would|did|does|\p{Ll}+ed)\s/u;

/** The body the first sentence of `text` opens with, described (`the hospital trust`); else null. */
function bodyOpening(text: string): ResolvedSpeaker | null {
  const body = BODY_OPENING.exec(text);
  return body?.[1] && ORG_NOUNS.test(body[2]!)
    ? { name: `the ${body[1]}`, title: null, kind: "org" }
    : null;
}

/** A possessive pronoun or `'s` right before a name: the name is a thing owned. */
const OWNED_BEFORE = /(?:\b(?:his|her|their|its)|[’']s)\s+$/i;
/** A capitalized owner's possessive right before a name (group 1 the owner): `Armenia's `. */
const PLACE_OWNER = /(?:^|\s)(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)[’']s\s+$/u;

/** A preposition of place right before a name: ` from `, ` in `. */
const PLACE_BEFORE = /\s(?:in|at|from|near|outside|inside)\s+$/;

/** How far back, in characters, onlyPersonBefore looks: a sentence or two. */
const OWNER_REACH = 300;

/**
 * The full name of the one person the text names within `reach` (OWNER_REACH) before `at` whose
 * gender is `gender` or unknown, or null when it names none or several.
 */
function onlyPersonBefore(
  m: Memory,
  at: number,
  gender: Gender,
  reach = OWNER_REACH,
): string | null {
  let found: string | null = null;
  for (let i = lastEntityBefore(m, at), floor = entityFloor(i); i >= floor; i--) {
    const e = m.entities[i]!;
    if (e.at < at - reach) break;
    if (e.kind !== "person") continue;
    // `her Eras Tour`, `Taylor Swift's Eras Tour`: what someone owns is no second person.
    // (Not a place's: `Armenia's Tigran Petrosian`.)
    if (
      e.name.includes("'s ") ||
      e.name.includes("’s ") ||
      (OWNED_BEFORE.test(m.text.slice(Math.max(0, e.at - 8), e.at)) &&
        !isPlace(PLACE_OWNER.exec(m.text.slice(Math.max(0, e.at - 30), e.at))?.[1] ?? ""))
    )
      continue;
    // `A 92-year-old woman from San Diego`: a name after where-words is most often a place; `on a
    // West Cork headland`, `towards the Fastnet`: one after an article is no one's name.
    if (PLACE_BEFORE.test(m.text.slice(Math.max(0, e.at - 8), e.at))) continue;
    if (/\s(?:a|an|the)\s$/.test(m.text.slice(Math.max(0, e.at - 5), e.at))) continue;
    const full = fullestPerson(m, e.tokens, e.gender, e.title !== null) ?? e;
    const g = genderFor(m, full.name) ?? full.gender ?? e.gender;
    if (g && g !== gender) continue;
    // One word of no known gender and no title (`Arsenal`, `Stoke-on-Trent`) may be no person.
    if (!g && !e.title && full.tokens.length < 2) continue;
    if (found !== null && found !== full.name) return null;
    found = full.name;
  }
  return found;
}

/**
 * `Taylor Swift has played … \n\n The singer performed … “…,” she told the crowd`: before any
 * person has spoken, the one person the story names whose gender is the pronoun's or unknown; else
 * null.
 */
function storyPerson(m: Memory, gender: Gender, at: number): ResolvedSpeaker | null {
  if (m.history.some((h) => h.kind === "person")) return null;
  const name = onlyPersonBefore(m, at, gender, at);
  if (name === null) return null;
  return { name, title: m.bestTitle.get(nameKey(name)) ?? null, kind: "person" };
}

/**
 * `Cosla said …. Its resources spokeswoman`: the last speaker since `from` when it is a body
 * named, or one word of no known gender and no title, which `its` shows to be a body; else null.
 * Only speakers heard before `at` count.
 */
function lastBodySpeaker(m: Memory, from: number, at: number): ResolvedSpeaker | null {
  // The mention itself, resolved before for another statement of its sentence, is not before it.
  const last = m.history.findLast((h) => h.at < at);
  if (!last || last.at < from) return null;
  // `The far-right National Rally … said …. Its leader`: a body that spoke last.
  if (last.kind === "org" && /^\p{Lu}/u.test(last.name))
    return { name: last.name, title: null, kind: "org" };
  if (last.title || last.gender || !/^\p{Lu}[\p{L}-]+$/u.test(last.name)) return null;
  if (FIRST_NAME_GENDER.has(last.name) || genderFor(m, last.name)) return null;
  return { name: last.name, title: null, kind: "org" };
}

/** Capitalized words, then the press (`State media`, `Iranian state television`). */
const PRESS_DESCRIBED =
  /^\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+)?\s+(?:media|press|television|TV|radio|newspapers|broadcasters|outlets)$/u;

/** A transcript's speaker label in capitals opening a paragraph: `FALLIN: Well, I think …`. */
const TRANSCRIPT_TURN = /^(\p{Lu}[\p{Lu}.’'-]+(?:\s+\p{Lu}[\p{Lu}.’'-]+){0,2}):\s/u;
/** A name in capitals: `FALLIN`, `JAKE TAPPER`, `O'ROURKE-HALE`. */
const CAPITALS_NAME = /^\p{Lu}[’']?\p{Lu}[\p{Lu}’'-]*(?:\s+\p{Lu}[’']?\p{Lu}[\p{Lu}’'-]*){0,2}$/u;

/**
 * An appositive worth keeping as the person's title for later mentions: an indefinite role (`a
 * Twitter spokesman`) or one an organization's name owns (`Valemont Metro's chief operating
 * officer`), with no clause, list or comparison in it.
 */
const LASTING_TITLE =
  /^(?!.*\b(?:who|whom|whose|which|that|like|and\s+\p{Lu}))(?:(?:a|an)\s+\S+\s+\S|the\s+\p{Ll}+[’']s\s+\S|(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.&-]*){0,5}[’']s\s+\p{Ll})/u;

/** A title that is only abbreviations (`Dr.`, `Sen.`, `Lt. Col.`, British `Prof`). */
const isAbbreviatedTitle = (title: string) =>
  /^(?:(?:\p{Lu}\p{Ll}{0,3}\.|(?:Dr|Prof|Cllr|Supt|Insp|Sgt)(?!\S))\s*)+$/u.test(title);

/** A word in capitals with no vowel (`cbs`, `dfw`, `nbc`, lower-cased): an acronym, no name. */
const isAcronymWord = (token: string) => !/[aeiouy]/.test(token);

/** `asked Sanders whether …`: the person a question was put to. */
const ASKED_NAME =
  /\basked\s+((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s+(?:whether|if|about|what|how|why|when|where|who)\b/gu;
/** How far before a pronoun the question may be put. */
const ASKED_REACH = 400;

/**
 * `X asked Sanders whether … “Sure it is,” he said.`: the answer is the asked person's, when no
 * one has spoken since the question and the person's gender fits the pronoun.
 */
function askedPerson(m: Memory, gender: Gender, at: number): ResolvedSpeaker | null {
  const from = Math.max(0, at - ASKED_REACH);
  const before = m.text.slice(from, at);
  if (!before.includes("asked ")) return null;
  let last: RegExpExecArray | null = null;
  ASKED_NAME.lastIndex = 0;
  for (let a = ASKED_NAME.exec(before); a; a = ASKED_NAME.exec(before)) last = a;
  if (!last?.[1] || from + last.index < (m.history.at(-1)?.at ?? -1)) return null;
  // `…, she said, was a question …, when a young man asked Clinton why …`: a question inside
  // someone's statement was not put in this interview.
  const opening = before.slice(0, last.index);
  const sentence = opening.slice(
    Math.max(opening.lastIndexOf(". "), opening.lastIndexOf("\n")) + 1,
  );
  if (/\b(?:said|says|told|added)\b/.test(sentence)) return null;
  const person = parseNameRun(last[1], false);
  if (person?.kind !== "person") return null;
  const tokens = person.tokens.map(nameKey);
  const full = fullestPerson(m, tokens, gender);
  if (!full) return null;
  const known = genderFor(m, full.name) ?? full.gender ?? person.gender;
  if (known !== gender) return null;
  const title = m.bestTitle.get(full.key) ?? full.title;
  return push(m, { name: full.name, title, kind: "person" }, at, gender);
}

/**
 * One a reporter spoke to, named in full, set off and described: `Our reporter spoke to Ram Prasad
 * Thapa, a 61-year-old shopkeeper watching the crowd.` (group 1 the name).
 */
const SPOKEN_TO =
  /\b(?:spoke|spoken|talked|chatted)\s+(?:to|with)\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}),\s+(?:a|an|the)\s[^.!?“”"]*[.!?]\s+[“"][^“”"]*$/u;

/**
 * `Our reporter spoke to Ram Prasad Thapa, a 61-year-old shopkeeper …. “…,” he said.`: the quotation
 * right after is the one spoken to, named in full, whose gender the story gives as no other,
 * when no one has spoken since.
 */
function spokenToPerson(m: Memory, gender: Gender, at: number): ResolvedSpeaker | null {
  const from = quotationStart(m.text, at);
  const before = m.text.slice(Math.max(0, from - 300), from + 1);
  if (!before.includes(" to ") && !before.includes(" with ")) return null;
  const spoken = SPOKEN_TO.exec(before);
  if (!spoken?.[1] || from - before.length + spoken.index < (m.history.at(-1)?.at ?? -1))
    return null;
  return personNamedAs(m, spoken[1], gender, at);
}

/**
 * `Ms Marchetti wrote to Mr Pelham-Croft: ‘… What do I say?’ He replied 11 minutes later: ‘…’`:
 * the one a message quoted right before was written to replies.
 */
function writtenToPerson(m: Memory, gender: Gender, at: number): ResolvedSpeaker | null {
  if (!REPLIED_AFTER.test(m.text.slice(at, at + 24))) return null;
  const written = WRITTEN_TO.exec(m.text.slice(Math.max(0, at - 300), at));
  return written?.[1] ? personNamedAs(m, written[1], gender, at) : null;
}
/** A pronoun and a verb of replying: `He replied`, `she wrote back`. */
const REPLIED_AFTER = /^(?:he|she)\s+(?:replied|responded|answered|wrote\s+back|texted\s+back)\b/i;
/** A message written to someone, quoted after a colon, ending a text (group 1 whom). */
const WRITTEN_TO =
  /\b(?:wrote|texted|emailed|messaged)\s+to\s+((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}):\s*[‘“"'][^‘“”"]{1,240}[’”"']\s+$/u;

/**
 * The person the story names in full by `name`, with their title, when their gender is `gender`
 * or unknown; else null.
 */
function personNamedAs(
  m: Memory,
  name: string,
  gender: Gender,
  at: number,
): ResolvedSpeaker | null {
  const person = parseNameRun(name, false);
  if (person?.kind !== "person") return null;
  const full = fullestPerson(m, person.tokens.map(nameKey), person.gender);
  if (!full) return null;
  const known = genderFor(m, full.name) ?? full.gender ?? person.gender;
  if (known !== null && known !== gender) return null;
  const title = m.bestTitle.get(full.key) ?? full.title;
  return push(m, { name: full.name, title, kind: "person" }, at, gender);
}

/**
 * `“Mr. Delgado-Ruiz, your birthday is in March, correct?” she asked. ⏎ “That’s right,” he
 * replied.`: a reply answers the one a question before it addressed by name, when nobody has
 * spoken since the question.
 */
function addressedPerson(m: Memory, gender: Gender, at: number): ResolvedSpeaker | null {
  // The cheap test first: most pronouns open no reply.
  if (!REPLY_CUE.test(m.text.slice(at, at + 30))) return null;
  const question = ADDRESSED_QUESTION.exec(m.text.slice(Math.max(0, at - 240), at));
  return question?.[1] ? personNamedAs(m, question[1], gender, at) : null;
}
/**
 * A question opening with a name addressed (`“Mr. Delgado-Ruiz, your birthday …?” she asked.`),
 * then one paragraph break and the reply's opening mark: group 1 the name.
 */
const ADDRESSED_QUESTION =
  /[“"]((?:Mr|Mrs|Ms|Dr|Miss)\.?\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?),\s[^“”"]{1,200}\?[”"]\s+(?:she|he)\s+asked\.\s*\n\n[“"][^“”"]{1,120}[,.!?][”"]\s+$/u;
/** The reply's cue right after its pronoun: `he replied`, `she said`, `he answered`. */
const REPLY_CUE = /^(?:he|she)\s+(?:replied|answered|said|responded)\b/i;

/**
 * `he`/`she`: the latest person of that gender; `they`: a body or several, or one person of no
 * gender who just spoke (`A council spokesperson said …`); `it`: an organization;
 * `I` in a transcript's turn (`FALLIN: Well, I think …`): the turn's speaker.
 */
function resolvePronoun(m: Memory, p: string, at: number): ResolvedSpeaker | null {
  if (p === "i") {
    const start = m.text.lastIndexOf("\n", at - 1) + 1;
    const turn = TRANSCRIPT_TURN.exec(m.text.slice(start, Math.min(at, start + 60)));
    return turn?.[1] && !NOT_A_LABEL.test(turn[1]) ? resolvePhrase(m, turn[1], null, at) : null;
  }
  if (p === "he" || p === "she") {
    const gender: Gender = p === "he" ? "m" : "f";
    const asked =
      askedPerson(m, gender, at) ??
      addressedPerson(m, gender, at) ??
      spokenToPerson(m, gender, at) ??
      writtenToPerson(m, gender, at);
    if (asked) return asked;
    // `A reporter asked …. “…?” / “…,” she replied.`: who replies is not who asked.
    const asker = replyingTo(m, p, at);
    const self = unnamedSpeakingOfSelf(m, p, at);
    if (self && self.name !== asker) return push(m, self, at, gender);
    // `His son, the director Nick Ashworth, paid tribute. “…,” he wrote.`: the sentence before is
    // the one before the quotation.
    const from = quotationStart(m.text, at);
    const clause = oneInOpenClause(m.text, gender, at);
    if (clause) return push(m, clause, at, gender);
    const openedAny =
      describedOpeningBefore(m.text, gender, from) ??
      personOpeningBefore(m, gender, from) ??
      askedOneBefore(m, gender, from);
    const opened = openedAny && openedAny.name === asker ? null : openedAny;
    // After a quotation, or where the sentence gave none, with the title they last spoke with,
    // when they did.
    // (Or where the sentence gave only a rank's abbreviation: `Col. Mamadu Indjai` after `The
    // military prosecutor, Col. Mamadu Indjai, denied …, saying`.)
    const heard =
      opened &&
      (from < at || opened.title === null || RANK_ONLY.test(opened.title)) &&
      m.history.findLast((h) => h.name === opened.name);
    // (A rank is kept over a relative clause: `Sen.` over `who won Oklahoma`.)
    const kept =
      heard &&
      opened.title !== null &&
      RANK_ONLY.test(opened.title) &&
      /^who\s/.test(heard.title ?? "who ")
        ? null
        : heard;
    if (opened) return push(m, kept ? { ...opened, title: kept.title } : opened, at, gender);
    const here = from === at ? personEarlierInSentence(m, gender, at) : null;
    if (here) return push(m, here, at, gender);
    const unnamedAny = unnamedJustSpoke(m, gender, from) ?? unnamedOpensParagraph(m, gender, from);
    const unnamed = unnamedAny && unnamedAny.name === asker ? null : unnamedAny;
    if (unnamed) return push(m, unnamed, at, gender);
    const found = recentPerson(m, gender, at, asker ?? askerBefore(m.text, at));
    if (!found) {
      // `Taylor Swift has broken …. Swift wiped away tears …. “…,” she told the crowd`: else the
      // person named in full who opened a sentence of the paragraph, whose gender no one gave.
      const one =
        recentOneUnnamed(m, gender, at) ??
        paragraphSubject(m, gender, at) ??
        storyPerson(m, gender, at);
      return one ? push(m, one, at, gender) : null;
    }
    if (!m.genderOf.has(nameKey(found.name))) m.genderOf.set(nameKey(found.name), gender);
    return push(m, found, at, gender);
  }
  if (p === "they") {
    const found =
      speakerOfNoGender(m, at) ??
      recentPlural(m) ??
      recentOrg(m, null, at) ??
      pluralSubjectBefore(m.text, at);
    return found ? push(m, found, at, null) : null;
  }
  if (p === "it") {
    const found =
      documentBefore(m.text, quotationStart(m.text, at)) ??
      documentReaderBefore(m, quotationStart(m.text, at)) ??
      unknownWordSpeaker(m, at) ??
      recentOrg(m, null, at, true) ??
      recentOrgEntity(m, at);
    return found ? push(m, found, at, null) : null;
  }
  return null;
}

/** A word for one person, which no organization is spoken of with. */
const PERSON_PRONOUN = /\b(?:he|she|his|her|him|He|She|His|Her)\b/;

/**
 * `Solvaris said in a statement that its reporting was …. It said …`: the one who just spoke, named
 * in one word, when no `he` or `she` came since: an organization, or one the story gives no gender,
 * title or given name, with an `its` since (a business whose name the lexicon does not know); else
 * null.
 */
function unknownWordSpeaker(m: Memory, at: number): ResolvedSpeaker | null {
  const last = m.history.at(-1);
  if (!last || last.title !== null || last.gender !== null) return null;
  if (at - last.at > 400 || last.at > at || /\s/.test(last.name)) return null;
  const since = m.text.slice(last.at, at);
  if (PERSON_PRONOUN.test(since)) return null;
  // (Read so once already: `…, which it said required …`.)
  if (last.kind === "org") return { name: last.name, title: null, kind: "org" };
  if (FIRST_NAME_GENDER.has(last.name)) return null;
  if (genderFor(m, last.name) !== null || !/\bits\b/.test(since)) return null;
  return { name: last.name, title: null, kind: "org" };
}

/**
 * `Administrators from the accountancy firm Grant Ferris were appointed on Monday. They said …`:
 * people the sentence before opens with, as written, when no one has spoken yet; else null.
 */
function pluralSubjectBefore(text: string, at: number): ResolvedSpeaker | null {
  // `They changed their minds, they said`: from the start of the cue's own sentence.
  const own = SENTENCE_START_BEFORE.exec(text.slice(Math.max(0, at - 300), at));
  const opening = PLURAL_SUBJECT.exec(sentenceBefore(text, at - (own?.[0].length ?? 0)) ?? "");
  const head = opening?.[1]?.split(/\s+/)[0];
  const word = head?.toLowerCase() ?? "";
  if (
    !opening?.[1] ||
    !(word === "the" || isPluralNoun(word) || PERSON_HEAD.test(word.slice(0, -1)))
  ) {
    return null;
  }
  return { name: opening[1], title: null, kind: "group" };
}

/** The words of a sentence before a cue inside it, after the sentence before ends. */
const SENTENCE_START_BEFORE = /(?<=[.!?]["”’]?\s+)[^.!?\n]+$/u;
/**
 * People opening a sentence before its verb, maybe set off by a clause: `Administrators from the
 * accountancy firm X were`, `The couple, who are both in their late sixties, had`.
 */
const PLURAL_SUBJECT =
  /^(\p{Lu}\p{Ll}+s(?:\s+(?:from|at|of|for|with)\s+[^,.;:“”"]{1,60}?)?|The\s+(?:couple|pair|twins|two))(?:,\s[^.;:“”"]{1,160}?,)?\s+(?:were|are|have|had|say|said)\s/u;

/**
 * The one who last spoke, when the pronoun at `at` replies (`she replied`) right after a quotation
 * that asks (`“Is there magma under Vogar, yes or no?”`), or they are a reporter who asked it; else
 * null.
 */
function replyingTo(m: Memory, p: string, at: number): string | null {
  const last = m.history.at(-1);
  if (!last) return null;
  // `Another reporter asked whether the fault would delay the next mission. ¶ “Ask me in a
  // month,” she said.`: the one who just asked, in the sentence before, does not answer.
  if (QUESTIONER.test(last.name)) {
    const before = sentenceBefore(m.text, quotationStart(m.text, at)) ?? "";
    if (before.startsWith(last.name) && ASKED_QUESTION.test(before.slice(last.name.length)))
      return last.name;
  }
  // (The question may come before its asker's cue: `“Can you rule it out?” the reporter pressed.`)
  const from = Math.max(0, last.at - QUESTION_REACH);
  if (!QUESTION_CLOSED.test(m.text.slice(from, quotationStart(m.text, at)))) return null;
  // (Or whatever its verb, after a question a reporter put: `“…?” the reporter pressed.`)
  if (
    !REPLY_VERB.test(m.text.slice(at + p.length, at + p.length + 16)) &&
    !QUESTIONER.test(last.name)
  )
    return null;
  return last.name;
}
/** How far before its asker's cue a question may end. */
const QUESTION_REACH = 120;
/** One who puts questions for a living, as a description names them. */
const QUESTIONER =
  /^(?:the|a|an|one|another)\s+(?:[\p{L}-]+\s+){0,2}?(?:reporter|journalist|interviewer|questioner)$/iu;
/** A verb of replying right after a pronoun: ` replied`, ` answered`. */
const REPLY_VERB = /^\s+(?:replied|answered|responded|retorted|countered|shot\s+back)\b/;
/** A question's mark and its closing quotation mark. */
const QUESTION_CLOSED = /\?[”"’]/;

/**
 * The surname of whoever asked the question opening the sentence before a pronoun at `at`
 * (`Asked by Sen. Ybarra-Lindstrom how long …, he conceded`), else null.
 */
function askerBefore(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 200), at);
  if (!before.includes("sked by ")) return null;
  return ASKED_BY_OPENING.exec(before)?.[1] ?? null;
}
/** A question put by someone named, opening a sentence and set off before its subject. */
const ASKED_BY_OPENING =
  /(?:^|[.!?]\s+)(?:When\s+)?[Aa]sked\s+by\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}?(\p{Lu}[\p{L}’'-]+)\s+(?:whether|if|about|what|how|why|when|where|who|to)\b[^.!?;]*,\s*$/u;

/**
 * Where the quotation that a cue at `at` follows opens (`“…,” he said`, `‘…,’ she said`, `'…,' she
 * said`), or `at` when no quotation closes with a comma right before it.
 */
function quotationStart(text: string, at: number): number {
  const from = Math.max(0, at - 600);
  const before = text.slice(from, at);
  const close = /[,!?]([”"’'])\s*$/.exec(before);
  if (!close) return at;
  // A straight single mark opens after a space, before a word (not `Kieran's`).
  const open =
    close[1] === "'"
      ? lastMatchStart(STRAIGHT_SINGLE_OPENING, before.slice(0, close.index))
      : before.lastIndexOf(close[1] === "”" ? "“" : close[1] === "’" ? "‘" : '"', close.index);
  return open < 0 ? at : from + open;
}

/** A straight single mark opening a quotation: after the start or a space, before a letter. */
const STRAIGHT_SINGLE_OPENING = /(?<=^|\s)'(?=[\p{L}\d])/gu;

function lastMatchStart(pattern: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index;
  return last;
}

/**
 * `A spokesman for the Chinese embassy congratulated the zoo. He said …`: one unnamed person of a
 * kind opening the sentence before, in the same paragraph, as the subject of a verb that reports
 * nothing, whom a pronoun opening the next sentence takes up; null when that sentence opens
 * otherwise or names anyone, or the kind's gender is not the pronoun's.
 */
function describedOpeningBefore(text: string, gender: Gender, at: number): ResolvedSpeaker | null {
  const before = sentenceBefore(text, at);
  const opening = before ? ONE_OPENING.exec(before) : null;
  if (!opening?.[1] || !opening[2]) return null;
  const own = genderOfWords(opening[2]);
  if (own && own !== gender) return null;
  // `A spokesman for Fiorina`: a name after the kind is whom the person speaks for; any name in
  // the rest of the sentence may be whom the pronoun means.
  if (/\s\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(before!.slice(opening[0].length))) return null;
  return { name: opening[1], title: null, kind: "person" };
}
/**
 * `A rival from Devon, who asked not to be named because, he said, ‘…’, described …`: one unnamed
 * person of a kind opening the sentence, whose `who` clause is still open at the pronoun; null
 * when the kind's gender is not the pronoun's.
 */
function oneInOpenClause(text: string, gender: Gender, at: number): ResolvedSpeaker | null {
  const start = Math.max(text.lastIndexOf("\n", at) + 1, at - OPEN_CLAUSE_REACH);
  const open = ONE_WHO_OPEN.exec(text.slice(start, at));
  if (!open?.[1] || !open[2] || !PERSON_HEAD.test(open[2]) || isPluralNoun(open[2])) return null;
  const own = genderOfWords(open[2]);
  return own && own !== gender ? null : { name: open[1], title: null, kind: "person" };
}
/** How far back before a pronoun ONE_WHO_OPEN looks for the sentence's opening. */
const OPEN_CLAUSE_REACH = 200;
/**
 * A sentence opening with one unnamed person of a kind (1 the description, 2 its head), then a
 * `who` clause no sentence's end or quotation closes.
 */
const ONE_WHO_OPEN =
  /(?:^|[.!?][”"’]?\s+)((?:A|An|One|Another)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,2}?(\p{Ll}+)(?:\s+(?:of|from|at|in|on|near|with)\s+[^,.;:!?“”"‘’]{1,40})?),\s+who\s+[^.!?;“”"‘’]*$/u;

/**
 * `A shop assistant, who asked not to be named, said footfall had collapsed. “…,” she said.`: one
 * unnamed person of a kind who spoke last, in the sentence right before the quotation at `at`,
 * whose kind's gender is the pronoun's or none; else null.
 */
function unnamedJustSpoke(m: Memory, gender: Gender, at: number): ResolvedSpeaker | null {
  const last = m.history.at(-1);
  if (!last || last.kind === "org" || last.title !== null) return null;
  const one = ONE_UNNAMED.exec(last.name);
  if (!one?.[1] || !PERSON_HEAD.test(one[1]) || isPluralNoun(one[1])) return null;
  const before = sentenceBefore(m.text, at);
  // (`at` of a speaker found on a paragraph's first line may fall on the break before it.)
  const start = before ? m.text.lastIndexOf(before, at) : -1;
  if (start < 0 || last.at < start - 2) return null;
  // `A contractor told Mr Docherty he would be back shortly. “…,” he said.`: anyone the sentence
  // names may be whom the pronoun means.
  // (Not a place the one is from or in: `A 44-year-old woman from St. Johnsbury`.)
  for (let i = lastEntityBefore(m, at); i >= 0 && m.entities[i]!.at >= start; i--) {
    const e = m.entities[i]!;
    if (e.kind === "person" && !PLACE_OF_BEFORE.test(m.text.slice(Math.max(0, e.at - 10), e.at))) {
      return null;
    }
  }
  const own = genderOfWords(one[1]);
  return own && own !== gender ? null : { name: last.name, title: null, kind: "person" };
}
/**
 * `Not everyone had the news they wanted. One boy, who asked not to be named, sat alone on the
 * bleachers …. He later said`: the unnamed person a sentence of the paragraph opens with, by a
 * word of the pronoun's gender, when the paragraph names no person before `at`; else null.
 */
function unnamedOpensParagraph(m: Memory, gender: Gender, at: number): ResolvedSpeaker | null {
  // (The text's first paragraph opens at 0.)
  const breakAt = m.text.lastIndexOf("\n\n", at);
  const start = breakAt < 0 ? 0 : breakAt + 2;
  const one = ONE_OPENING_PARAGRAPH.exec(m.text.slice(start, at));
  if (!one?.[2] || isPluralNoun(one[2])) return null;
  // Only a word of the pronoun's gender (`boy`, `woman`): `Another customer, Frank, …` may be
  // named after it, `A month later` is no one.
  const own = genderOfWords(one[2]) ?? CHILD_GENDER[one[2]] ?? null;
  if (own !== gender) return null;
  // (A capitalized word alone opening a sentence, `Not`, `One`, names no one; a given name does:
  // `One man, …, who gave his name as Omar,`.)
  for (let i = lastEntityBefore(m, at); i >= 0 && m.entities[i]!.at >= start; i--) {
    const e = m.entities[i]!;
    if (
      e.kind === "person" &&
      (e.tokens.length > 1 ||
        e.title !== null ||
        e.gender !== null ||
        FIRST_NAME_GENDER.has(e.name))
    )
      return null;
  }
  return { name: one[1]!, title: null, kind: "person" };
}
/** Words for a child of a gender. */
const CHILD_GENDER: Readonly<Record<string, Gender>> = {
  boy: "m",
  schoolboy: "m",
  lad: "m",
  girl: "f",
  schoolgirl: "f",
  lass: "f",
};
/**
 * One unnamed person opening a sentence of a paragraph, maybe after where (`Back on Briggate, a
 * man`) and with why no name is given (`who declined to give his name`), set off or before a verb
 * (1 the words, 2 the kind).
 */
const ONE_OPENING_PARAGRAPH =
  /(?:^|[.!?]\s+)(?:(?:On|In|At|Outside|Back)\s[^,.;:“”"]{1,40},\s+(?=[Aa]n?\s|[Oo]ne\s|[Aa]nother\s))?((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,2}?(\p{Ll}+))(?:\s+who\s+(?:declined|refused|asked|did\s+not\s+want)\s+(?:not\s+)?to\s+(?:give|be)\s[^,.;:“”"]{1,30}?)?(?:,|\s+(?:sat|stood|walked|waited|watched|looked|wept|cried|smiled|stayed|came|went|arrived|left|offered|shrugged|laughed))\s/u;

/**
 * One unnamed person of a kind (1 the kind): `A shop assistant`, `One nurse at the hospital`, `A
 * man selling arepas across the street`.
 */
const ONE_UNNAMED =
  /^(?:A|An|One|Another)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,2}?(\p{Ll}+)(?:\s+(?:at|of|in|from|for|on|with|near|outside|across|behind|\p{Ll}{2,}ing)\s[^,]*)?$/u;

/**
 * `Among the protesters was TV presenter Jeremy Clarkson, who owns a farm …. He told reporters …`:
 * the one person named in full who opens the sentence before (after a few words of title, or
 * `Among … was`), in the same paragraph, when that sentence reports no words and the person's
 * gender is the pronoun's (or unknown, for one with a title); else null.
 */
function personOpeningBefore(m: Memory, gender: Gender, at: number): ResolvedSpeaker | null {
  // `Reading from a sheet of paper, he announced`: from the start of the pronoun's sentence.
  const lead = PHRASE_SET_OFF_BEFORE.exec(m.text.slice(Math.max(0, at - 100), at));
  let before = sentenceBefore(m.text, at - (lead?.[0].length ?? 0));
  // `Ottavio walked out and took a bow. Asked whether he had seen it, he said that he had. “…,” he
  // said`: past a sentence whose subject is the pronoun itself, to the one it goes on from.
  if (before && gender && SAME_PRONOUN_SUBJECT[gender].test(before)) {
    at = m.text.lastIndexOf(before, at);
    before = sentenceBefore(m.text, at);
  }
  if (!before || SPEECH_IN.test(before)) return null;
  const start = m.text.lastIndexOf(before, at);
  let found: ResolvedSpeaker | null = null;
  for (let i = lastEntityBefore(m, at); i >= 0 && m.entities[i]!.at >= start; i--) {
    const e = m.entities[i]!;
    // `Oxfordshire`: one word of no title may be a place; so is a name after `of` or `in` (`the
    // foothill community of Arroyo Verde`).
    if (e.kind !== "person") continue;
    // One word who has spoken before, opening the sentence or its main clause (`As the last model
    // splashed offstage, Ottavio walked out`), not as an owner (`Trump's eldest daughter`).
    const spoken: boolean =
      e.tokens.length === 1 &&
      e.title === null &&
      !found &&
      (e.at === start ||
        m.text.startsWith(", ", e.at - 2) ||
        THERE_WAS_BEFORE.test(m.text.slice(start, e.at))) &&
      !/^[\p{L}-]+[’']/u.test(m.text.slice(e.at, e.at + 40)) &&
      hasSpoken(m, e.tokens);
    // `a man in uniform who identified himself as Captain Ibrahim Ouédraogo appeared`: who the one
    // opening the sentence says he is, in one word or more.
    const identified = IDENTIFIED_AS.exec(m.text.slice(start, e.at));
    if (e.tokens.length < 2 && e.title === null && !spoken && !identified) continue;
    if (PLACE_OF_BEFORE.test(m.text.slice(Math.max(0, e.at - 10), e.at))) continue;
    // `at Istanbul’s Sabiha Gökçen airport`: a name that names a place.
    const end = e.at + e.name.length;
    if (PLACE_NOUN_AFTER.test(m.text.slice(end, end + 12))) continue;
    if (found || (!identified && !PERSON_OPENS.test(m.text.slice(start, e.at)))) return null;
    const full: NameEntity =
      (spoken ? surnameHeard(m, e.tokens, e.gender) : null) ??
      fullestPerson(m, e.tokens, e.gender, e.title !== null) ??
      e;
    const g =
      genderFor(m, full.name) ??
      full.gender ??
      e.gender ??
      (identified ? (/^hi/.test(identified[1] ?? identified[2]!) ? "m" : "f") : null);
    // `North American Free Trade Agreement`: a name of no known gender or title may be no one's;
    // one set off after someone's role is (`her solicitor, Imran Qadir,`), and one among people
    // (`Among the protesters was Noreen Twomey, 48,`).
    const opening = m.text.slice(start, e.at);
    // So is one whose age is set off after the name (`In Ayr, Bruno Santoro, 67, …`), and one a
    // description opening the sentence sets off (`The leader of the main opposition party, Yukiko
    // Hashimoto-Saito, pressed …`).
    const described =
      OWNED_ROLE_BEFORE.test(opening) ||
      /^(?:Among|Alongside)\s/.test(opening) ||
      AGE_SET_OFF.test(m.text.slice(e.at, e.at + 60)) ||
      /^(?:The|A|An)\s[^.,;:“”"]{1,80},\s+$/.test(opening);
    if ((g && g !== gender) || (!g && e.title === null && !described && !spoken)) return null;
    // `A second abstainer, the veteran MP for Lowestoft North, Sir Geoffrey Haddon,`: a second
    // description set off right before the name is the title, where the story gives none (not the
    // one opening the sentence: `The leader of the main opposition party, Yukiko …, pressed`).
    const setOff = DESCRIPTION_SET_OFF.exec(opening)?.[1];
    const title = m.bestTitle.get(full.key) ?? e.title ?? setOff ?? null;
    found = { name: full.name, title, kind: "person" };
  }
  return found;
}
/**
 * The person one word names (`Kowalczyk`): of two people with that surname (a father and son),
 * the one who spoke last, when the latest speaker is one of them; else fullestPerson's.
 */
function surnameHeard(m: Memory, keys: readonly string[], gender: Gender): NameEntity | null {
  const last = m.history.at(-1);
  const heard =
    keys.length === 1 &&
    last?.kind === "person" &&
    nameKey(last.name).endsWith(` ${keys[0]}`) &&
    (gender === null || (genderFor(m, last.name) ?? last.gender ?? gender) === gender)
      ? last
      : undefined;
  return (
    (heard ? fullestPerson(m, nameKey(heard.name).split(" "), gender) : null) ??
    fullestPerson(m, keys, gender)
  );
}
/** A participle's phrase opening a sentence, set off by a comma: `Reading from a sheet of paper, `. */
const PHRASE_SET_OFF_BEFORE = /(?<=[.!?]["”’]?\s+)\p{Lu}\p{Ll}+ing\s[^.!?“”"]{0,80},\s+$/u;
/**
 * One opening a sentence who gives a name: `… a man who identified himself as `, `Among those
 * rescued was a 19-year-old man from Sudan who gave his name only as ` (group 1 or 2 the pronoun).
 */
const IDENTIFIED_AS = new RegExp(
  String.raw`^(?:[^,;:“”"]{1,60},\s+|(?:Among|Alongside)\s[^.,;:“”"]{1,60}?\s(?:was|were)\s+)?(?:[Aa]n?|[Tt]he)\s+[^,;:“”"]{1,60}?\s(?:who|which)\s+${NAME_GIVEN_AS}\s+$`,
);
/** A description set off after a comma, right before a name: `, the veteran MP for Lowestoft North, `. */
const DESCRIPTION_SET_OFF = /,\s+((?:the|an?)\s[^.,;:“”"]{1,80}),\s+$/;
/** A sentence's opening up to its subject's name: a conjunction, a few words of title. */
const SENTENCE_OPENING = /^(?:(?:But|And|Yet|So|Still|Now|Then)\s+)?(?:[\p{L}.’'-]+\s+){0,4}$/u;
/** A word for a man, or for a woman, of a sentence. */
const HIS_WORDS = /\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself)\b/;
const HER_WORDS = /\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b/;
/**
 * `…, whose leader, Callum MacLeod, announced … after securing what he described as …`: the one
 * person named in full earlier in the pronoun's own sentence, of its gender or none known; else
 * null.
 */
function personEarlierInSentence(m: Memory, gender: Gender, at: number): ResolvedSpeaker | null {
  const start = Math.max(
    m.text.lastIndexOf(". ", at),
    m.text.lastIndexOf("\n", at),
    m.text.lastIndexOf("? ", at),
    m.text.lastIndexOf("! ", at),
  );
  // `He declared that … Donald Trump would have a path …, which he declared`: a pronoun of that
  // gender earlier in the sentence is the likelier antecedent.
  if ((gender === "f" ? HER_WORDS : HIS_WORDS).test(m.text.slice(start + 1, at))) return null;
  let found: ResolvedSpeaker | null = null;
  for (let i = lastEntityBefore(m, at); i >= 0 && m.entities[i]!.at > start; i--) {
    const e = m.entities[i]!;
    if (e.kind !== "person") continue;
    if (found || e.tokens.length < 2) return null;
    // One opening the sentence, maybe after a conjunction and a title, is recentPerson's, with
    // the title the sentence gives (`But Tory benefits chief Iain Duncan Smith questioned …`).
    if (SENTENCE_OPENING.test(m.text.slice(start + 1, e.at).trimStart())) return null;
    // `taking swipes at Marco Rubio, who he dubbed`: one named after a preposition is no subject.
    if (
      /\s(?:at|to|of|with|for|by|about|against|on|from|in)\s+$/.test(
        m.text.slice(Math.max(0, e.at - 9), e.at),
      )
    ) {
      return null;
    }
    // `Trump's eldest daughter`: nor is an owner.
    const last = e.tokens.at(-1)!;
    const end = m.text.indexOf(last, e.at) + last.length;
    if (/^[’']/.test(m.text.charAt(end))) return null;
    const full = fullestPerson(m, e.tokens, e.gender, e.title !== null) ?? e;
    const g = genderFor(m, full.name) ?? full.gender ?? e.gender;
    // A name of no known gender nor title may be a place (`the South China Sea`); not one set off
    // after someone's role (`whose leader, Callum MacLeod,`).
    const role = OWNED_ROLE_BEFORE.test(m.text.slice(Math.max(start, e.at - 60), e.at));
    if ((g && g !== gender) || (!g && e.title === null && !role)) return null;
    found = { name: full.name, title: m.bestTitle.get(full.key) ?? e.title, kind: "person" };
  }
  return found;
}

/**
 * `Asked whether she would return to the stage, Delphine laughed. “…,” she said`: the one the
 * sentence before names after a question put to them, by a verb of no speech, when their gender
 * is the pronoun's or unknown; else null.
 */
function askedOneBefore(m: Memory, gender: Gender, at: number): ResolvedSpeaker | null {
  const asked = ASKED_THEN_ONE.exec(sentenceBefore(m.text, at) ?? "");
  const one = asked?.[1] ?? asked?.[2];
  if (!one) return null;
  const written = parseNameRun(one, false);
  if (written?.kind !== "person") return null;
  const full = surnameHeard(m, written.tokens.map(nameKey), gender);
  const name = full?.name ?? written.display;
  const known = genderFor(m, name) ?? full?.gender ?? written.gender;
  if (known && known !== gender) return null;
  return { name, title: m.bestTitle.get(nameKey(name)) ?? full?.title ?? null, kind: "person" };
}
/**
 * What the one asked does instead of speaking: `laughed`, `shook (his head)`, `did not hesitate`,
 * `was blunt`.
 */
export const REACTION_VERB = String.raw`(?:\p{Ll}+ed|shook|took|gave|fell|grew|stood|did\s+not\s+\p{Ll}+|was\s+\p{Ll}+)\b`;
/**
 * A name as a question's answerer or one who gestures writes it: `Delphine`, `Mr. Okafor`,
 * `Benítez de Castro`.
 */
export const ANSWERER_NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:${NAME_PARTICLES})\s+){0,2}\p{Lu}[\p{L}’'-]+){0,2}`;
/**
 * A question put to someone, their name before or after it, and a verb of no speech: `Asked …,
 * Delphine laughed.`, `Asked whether the new deadline was firm, Benítez de Castro smiled.`,
 * `Ottavio, asked about the criticism, shrugged.`: group 1 or 2 the name.
 */
const ASKED_THEN_ONE = new RegExp(
  String.raw`^(?:(?:When\s+)?[Aa]sked\s[^.!?“”"]*?,\s+(${ANSWERER_NAME})|(${ANSWERER_NAME}),\s+(?:when\s+)?asked\s[^.!?“”"]*?,)\s+${REACTION_VERB}[^.!?“”"]*[.!?]\s*$`,
  "u",
);

/** A sentence whose subject is `he` (or `she`), maybe after a clause set off: `Asked …, he said …`. */
const SAME_PRONOUN_SUBJECT = {
  m: /^(?:[^,.;:“”"]{1,100},\s+)?he\s/i,
  f: /^(?:[^,.;:“”"]{1,100},\s+)?she\s/i,
};
/**
 * Whether the one the name's words are has spoken before (one word of theirs: `Ottavio`); not an
 * owner's word (`Lumière Systems’ founder` spoke, not `Lumière`).
 */
const hasSpoken = (m: Memory, tokens: readonly string[]) =>
  m.history.some(
    (h) =>
      h.kind === "person" &&
      nameKey(h.name.replace(OWNER_BEFORE_ROLE, "")).split(" ").includes(tokens[0]!),
  );
/** Words up to an owner's possessive mark and the space after it (`Lumière Systems’ `). */
const OWNER_BEFORE_ROLE = /^.*[’'](?:s)?\s+/u;
/** A name, then an age set off by commas (`Bruno Santoro, 67, `). */
const AGE_SET_OFF = /^\p{Lu}[\p{L}’'. -]{1,40}?,\s+\d{1,3},\s/u;
/**
 * A preposition of place right before a name, maybe and a saint's or a mount's abbreviation: ` of
 * `, ` in `, ` from St. `.
 */
const PLACE_OF_BEFORE = /\s(?:of|in|at|near|from)\s+(?:(?:St|Mt|Ft)\.\s+)?$/;
/** Someone's role set off right before a name: `her solicitor, `, `Kieran's mother, `, `whose leader, `. */
const OWNED_ROLE_BEFORE =
  /(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|whose|\p{Lu}\p{Ll}+[’']s)\s+[\p{L}\s-]{2,40},\s+$/u;

/** A verb of speech in a sentence. */
const SPEECH_IN = /\b(?:said|says|told|tells|added|asked|wrote|according)\b/;
/** A `who` clause ending a description that gives the name (`name`): ` who gave his name as Omar`. */
const GAVE_NAME_END = new RegExp(
  String.raw`\s+who\s+${NAME_GIVEN_AS}\s+(?<name>\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})$`,
  "u",
);
/** A `who` clause giving the name one goes by: `who goes by the name Kofi Blue` (1 the name). */
const GOES_BY =
  /^who\s+(?:goes|went)\s+by\s+(?:the\s+name\s+(?:of\s+)?)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})$/u;
/** A description, then `known as` and a name: `a gang leader known as Makak` (1 the description, 2 the name). */
const KNOWN_AS_NAME =
  /^((?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+)\s+known\s+(?:only\s+)?as\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})$/u;

/** A lower-case noun of a place right after a name: ` airport`, ` station`. */
const PLACE_NOUN_AFTER =
  /^\s+(?:airport|station|stadium|arena|hospital|square|bridge|street|avenue|road|park|airfield|port|terminal|market|mosque|church|cathedral|temple)\b/;
/** A scene set before a clause's subject: `There was a brief, warm silence before `. */
const THERE_WAS = String.raw`There\s+(?:was|were)\s+[^.;:“”"]{1,80}?\s(?:before|when|as|until)\s+`;
const THERE_WAS_BEFORE = new RegExp(`^${THERE_WAS}$`, "u");

/**
 * What may come before the name opening a sentence: `Among the protesters was TV presenter `, `His
 * son, the director `, `Outside court, her solicitor, `, `In Ayr, `, `At one of the recreation
 * centers, `, `The leader of the main opposition party, `, `On TikTok, the fashion creator `,
 * `Speaking later at a news conference in Bogota, the government's chief peace negotiator, `,
 * `Evidence was also given by ` (words given by someone, whose agent the sentence is about), `There
 * was a brief, warm silence before `.
 */
const PERSON_OPENS = new RegExp(
  String.raw`^(?:${THERE_WAS}|(?:Evidence|Testimony|Tributes|(?:A|The)\s+(?:\p{Ll}+\s+)?(?:statement|tribute|eulogy|speech|address|sermon|lecture|briefing|reading))\s+(?:was|were|had\s+been)\s+(?:also\s+)?(?:given|heard|read|paid|delivered|made|led)\s+(?:out\s+)?by\s+|(?:Among|Alongside)\s[^.,;]{1,80}?\s(?:was|were|is|are)\s+|(?:Later|Earlier|Meanwhile|Separately|\p{Lu}\p{Ll}+ing)(?:\s+[^.,;:“”"]{1,60})?,\s+(?:the|a|an)\s+[^.,;:“”"]{1,80},\s+|(?:In|At|Near|Outside|Inside|As|When|After|Back|Later|Earlier)\s+[^.,;:“”"]{1,60},\s+|On\s+(?:TikTok|Instagram|Facebook|X|Twitter|YouTube|Snapchat|Threads|Bluesky|LinkedIn|Reddit|Telegram|social\s+media|(?:his|her|their)\s+(?:blog|podcast|channel|show|account|website)),\s+|(?:The|A|An)\s+[^.,;:“”"]{1,80},\s+(?:(?:the|a|an)\s+[^.,;:“”"]{1,80},\s+)?|(?:\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3},\s+)?(?:[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}-]+(?:[’']s|(?<=s)[’']))\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+,\s+)?(?:[\p{L}\d-]+\s+){0,3}$`,
  "u",
);

/**
 * `A spokesman for the Chinese embassy in London congratulated`, `A woman who runs a cafe on the
 * street has been speaking`: the person, then a past verb (not a body's adjective: `A spokesman
 * for the local integrated care board`).
 */
const ONE_OPENING = new RegExp(
  String.raw`^((?:A|An|One|Another)\s+(?:[\p{L}-]+\s+){0,3}?(${PERSON_TITLE_NOUN.replace(/s\?$/, "")}|${ONE_PERSON_WORDS})(?:\s+(?:for|of|at|from|in)(?:\s+(?!(?:said|says|told|was|were|is|are|has|had|have)\s)[\p{L}’'.-]+){1,6}?)?(?:\s+who\s+[^,.;:“”"]{1,80}?)?)\s+(?!said\b|told\b)(?:(?!(?:integrated|united|limited|incorporated|associated|combined|allied|registered|accredited|licensed|listed)\s)\p{Ll}+ed|stood|sat|knelt|wore|held|has\s+(?:been\s+)?\p{Ll}+(?:ed|ing|en))\b`,
  "u",
);

/**
 * `The lawsuit, filed in Texas, names …. It alleges that …`: the document opening the sentence
 * before `at` (a sentence `it` opens), which `it` takes up; null when that sentence opens
 * otherwise.
 */
function documentBefore(text: string, at: number): ResolvedSpeaker | null {
  // `… the Amazon rainforest …. But it also highlights …`: past a conjunction opening the sentence.
  const opener = OPENING_CONJUNCTION.exec(text.slice(Math.max(0, at - 12), at));
  const before = sentenceBefore(text, at - (opener?.[0].length ?? 0)) ?? "";
  // `The unions have released a joint statement. It reads: …`: who issued the document.
  const m = DOCUMENT_SUBJECT.exec(before) ?? DOCUMENT_ISSUED.exec(before);
  // `On Monday she posted a statement`: a pronoun after an opening phrase, which
  // documentReaderBefore resolves.
  if (m?.[1] && PRONOUN_END.test(m[1])) return null;
  return m?.[1] ? { name: m[1], title: null, kind: "group" } : null;
}

/** A personal pronoun ending a phrase. */
const PRONOUN_END = /(?:^|\s)(?:he|she|they|we|I|He|She|They|We)$/;

/**
 * The subject of a sentence issuing a document, without its appositive or its aside: `The
 * intersyndicale, the coalition of France's eight main unions, has just released a joint
 * statement.`, `A coalition of nearly 40 groups - including … - sent a letter`.
 */
const DOCUMENT_ISSUED = new RegExp(
  String.raw`^((?:[Tt]he\s+)?\p{L}[^,.;:“”"]{0,60}?)(?:,[^,.;:“”"]{1,100},|\s+[-–—]\s[^–—;:“”"]{1,160}?\s[-–—])?\s+(?:(?:has|have|had)\s+)?(?:just\s+|also\s+)?${ISSUING_VERB}\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:${DOCUMENT_NOUN.source.slice(1, -1)})\b`,
  "u",
);

/**
 * `Outside the court, Ms Whitcombe-Asante's sister, Danielle, read a statement on behalf of the
 * family. “…,” it said.`: the one who read out or issued a text in the sentence before the one at
 * `at`, by the subject grammar, where the shapes of documentBefore find none; else null.
 */
function documentReaderBefore(m: Memory, at: number): ResolvedSpeaker | null {
  const before = sentenceBefore(m.text, at);
  const verb = before ? TEXT_READ_OR_ISSUED.exec(before) : null;
  if (!before || !verb) return null;
  const subject = matchSubjectBefore(before, verb.index + 1);
  if (!subject) return null;
  const start = m.text.lastIndexOf(before, at);
  const { phrase, appositive } = splitPhrase(subject.speaker);
  // (`Ms Whitcombe-Asante's sister, Danielle`: the name, the description its title.)
  const named = appositive === null ? null : nameAfterDescription(phrase, appositive);
  const found = named
    ? resolvePhrase(m, named.name, ownersRole(m, roleInDescription(phrase), at), start + subject.at)
    : resolvePhrase(m, phrase, appositive, start + subject.at);
  return found?.kind === "person" || found?.kind === "org" ? found : null;
}
/** A verb that puts out a text, then the text (`read a statement`, `issued a short note`). */
const TEXT_READ_OR_ISSUED = new RegExp(String.raw`\s${TEXT_PUT_OUT}`, "u");

/** A conjunction or an adverb opening a sentence, right before `it`. */
const OPENING_CONJUNCTION = /(?<=\s)(?:But|And|Yet|So|Still|However,|Instead,)\s+$/;

/** The sentence before the one that opens at `at`, when it is within reach; else null. */
/** A title that is only a rank's abbreviation: `Col.`, `Gov.`, `Sgt`. */
const RANK_ONLY = /^\p{Lu}\p{Ll}{1,4}\.?$/u;

/** An abbreviation or an initial right before its period: `St`, `Mr`, `Dr`, `J`. */
const ABBREVIATION_END =
  /(?:^|[^\p{L}])(?:St|Mr|Mrs|Ms|Dr|Jr|Sr|Mt|Ft|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Prof|Rev|No|\p{Lu})$/u;

function sentenceBefore(text: string, at: number): string | null {
  const from = Math.max(0, at - 400);
  const before = text.slice(from, at);
  // The start of the sentence before: after the last full stop but the one ending it.
  const end = before.search(/[.!?]["”’]?\s+$/);
  if (end < 0) return null;
  // (Not the period of an abbreviation: `A woman from St. Johnsbury who …`.)
  let stop = end;
  do {
    stop = Math.max(
      before.lastIndexOf(". ", stop - 1),
      before.lastIndexOf(".\n", stop - 1),
      before.lastIndexOf("\n", stop - 1),
    );
  } while (
    stop > 0 &&
    before[stop] === "." &&
    ABBREVIATION_END.test(before.slice(Math.max(0, stop - 6), stop))
  );
  if (stop < 0 && from > 0) return null;
  return before.slice(stop + 1).trimStart();
}

/** A plural opening a sentence, maybe after a word: `Some employees`, `Local residents`, `Voters`. */
const PLURAL_OPENING =
  /^(?:(?:Some|Many|Several|Most|Other|Few|A\s+few|Dozens\s+of|Hundreds\s+of|Thousands\s+of)\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?/u;
/**
 * A document as a sentence's subject: `The lawsuit`, `The new report`, `This study`, `Mr
 * Ashby-Clarke’s resignation letter`.
 */
const DOCUMENT_SUBJECT = new RegExp(
  String.raw`^(?:(?:But|And|Yet|So)\s+)?((?:[Tt]he|This|That|An?|${OWNER})\s+(?:[\p{L}-]+\s+){0,2}?(?:${DOCUMENT_NOUN.source.slice(1, -1)}|bill|ruling|indictment|judge?ment|decision|message|note|notice|petition))\b(?!\s+(?:party|parties|coalition|government|class|elite|junta|family|council|committee)\b)`,
  "u",
);

/**
 * A description, then two people it describes: `Her sons, Chris Larkin and Toby Stephens`, `The
 * committee's co-chairs, Dr Robert Laurenson and Dr Vivek Trivedi`.
 */
const DESCRIBED_PAIR =
  /^((?:Her|His|Their|Its|The|her|his|their|its|the)\s+(?:[\p{L}’'-]+\s+){0,3}[\p{Ll}-]+s),\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+\s+and\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+)$/u;

const LONE_WORD = /^\p{Ll}[\p{L}’'-]*$/u;
/** A plural (`officials`, `women`), a word for people (`official`, `police`, `staff`) or `those`. */
const PLURAL_NOUN = new RegExp(
  `^(?:\\p{L}+[^s’'\\s]s|${PLURAL_NOUNS}|${PERSON_TITLE_NOUN}|staff|staffer|member|voter|supporter|activist|journalist|surrogate|billionaire|conservative|liberal|woman|man|child|women|men|children|poll|survey|study|trial|research|analysis|review|report|inquiry|audit|census|organization|group|crowd|half|none|three-quarters|three-fourths|two-thirds|media|public|press|clergy|military|government|administration|campaign|committee|team|everyone|everybody|someone|somebody|nobody|people|others|those|one|another|many|some|most|few|several|both|all)$`,
  "u",
);
/** Whether a lower-case noun names people (`officer`, `insiders`, `staff`), not a thing (`time`). */
export const namesPeople = (noun: string) => PLURAL_NOUN.test(noun);
/**
 * A plural word for people and what places them (`Officials close to …`, `People familiar with …`,
 * `Analysts polled by LSEG`).
 */
const PLURAL_HEAD = new RegExp(
  `^(?:${PLURAL_NOUNS.toLowerCase()})\\s+(?:familiar|close|involved|briefed|polled|surveyed|questioned|interviewed|consulted|in|at|for|from|of|on|with|inside|outside|near|across|around|who)\\s`,
  "iu",
);
/** A capital, lower-case words, then a plural: `Small island states` opening a sentence. */
const LOWER_PLURAL_OPENING = /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{L}-]*){1,3}s$/u;

/**
 * A word for people in the plural, then where they are: `Consultants at the hospital`, `Engineers
 * from the firm`.
 */
const PLURAL_PLACED_OPENING =
  /^\p{Lu}\p{Ll}+(?:ants|ents|ers|ors|ists|ians|ives|ees|eons|ics|ates)\s+(?:at|in|from|with|of|on)\s+(?:the|a|an|\p{Ll})/u;

/** Capitalized words, then a lower-case one: `United Nations estimates` (its last word DOCUMENT_NOUN's). */
const OWNED_DOCUMENT = /^(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}\p{Ll}+$/u;
/**
 * Capitalized words before a plural word for people in lower case, maybe with lower-case words
 * between and where they are after it: `Republican lawmakers`, `Abortion rights advocates`,
 * `Democratic voters in all five states`.
 */
const PLURAL_TAIL = new RegExp(
  `^(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,3}(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?:${PLURAL_NOUNS.toLowerCase()})(?:\\s+(?:in|at|from|across|around|inside|outside)\\s[^,]{1,60})?$`,
  "u",
);
/** A document or a recording and what it is of, opening with a capital (`Video from the incident`). */
const RECORD_OF = new RegExp(
  `^${DOCUMENT_NOUN.source.slice(1, -1)}\\s+(?:from|of|by|on|in|at|about|for)\\s`,
  "i",
);
/** A poll's share of people (`Seventy-four percent of voters`, `A majority of Republicans`). */
const POLL_SHARE = new RegExp(`^${SHARE}`, "u");

/**
 * A name in the possessive, alone (`Trump's claim that …`, `Sanders’ charge that …`): the name; not
 * a pronoun's contraction (`He’s`, `It's`).
 */
const POSSESSOR =
  /^(?!(?:He|She|It|That|There|What|Who|Here|Let)[’'])(\p{Lu}[\p{L}.’'-]*?(?:\s+\p{Lu}[\p{L}.’'-]*?)*)(?:[’']s|(?<=s)[’'])$/u;

/** A verb that is no noun or adjective: `said`, `says`, `told`, `announced`. */
const PLAIN_VERB =
  /^\s+(?:said|says|told|tells|added|adds|wrote|writes|warned|warns|announced|announces|explained|insisted|insists|argued|argues|thinks|thought|believes|believed|confirmed|confirms|predicted|predicts)\b/;

/**
 * Whether a name ending in `'s` is the whole name (`McDonald's said`, `said Moody's.`), not a
 * possessive before a noun (`Trump's claim that …`) or a contraction (`Trump's said`, where
 * `Trump` stands alone elsewhere): a verb or no word follows it, and the article never writes the
 * name without its `'s`.
 */
function namesItself(m: Memory, written: string, possessor: string, at: number): boolean {
  if (!m.text.startsWith(written, at)) return false;
  const after = m.text.slice(at + written.length, at + written.length + 24);
  if (!PLAIN_VERB.test(after) && /^\s+\p{L}/u.test(after)) return false;
  const alone = new RegExp(`${escapeRegExp(possessor)}(?![\\p{L}’'])`, "u");
  return !alone.test(m.text);
}

/** A person's pronoun and the people with them: `She and her aides`, `he and his team`. */
const PRONOUN_AND_COMPANIONS = /^(he|she)\s+and\s+((?:his|her)\s+\p{Ll}.*)$/iu;

/** A participle inside a phrase (`Democrats trying to regain control`): no name run. */
const PARTICIPLE_IN_PHRASE = /\s\p{Ll}{2,}ing\s/u;

/** A name's possessive, lower-case words, then capitalized words (`Merkel's center-right Christian …`). */
const OWNED_ORGANIZATION =
  /^\p{Lu}[^,]*?[’']s(?:\s+(?!(?:of|from|in|on|at|for|with|by|to|the|a|an)\s)\p{Ll}[\p{L}-]*)+\s+(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)+)$/u;

/**
 * A lower-case word of a description, not a name's particle (`the senator`, `the 28-year-old`; not
 * `dos` or `ap`),
 * or a role's initials ending it (`the Liberal Democrat MP`).
 */
const DESCRIBING_WORD = new RegExp(
  String.raw`\s(?:(?!(?:${CONNECTOR}|dos|das|ap)\s)\p{Ll}|\d{1,3}-year-old\b|(?:${ROLE_ACRONYMS})$)`,
  "u",
);

/** A surname opening with its particles in lower case (`al-Harthy`, `de la Garza`, `dos Santos`). */
const LOWER_PARTICLE_NAME = new RegExp(
  String.raw`^(?:(?:(?:${NAME_PARTICLES}|dos|das)\s+){1,2}(?:[ae]l-)?|[ae]l-)\p{Lu}[\p{L}’'-]*$`,
  "u",
);

function resolvePhrase(
  m: Memory,
  phraseAsWritten: string,
  appositive: string | null,
  at: number,
): ResolvedSpeaker | null {
  // `A report by the Environment Agency published (last month)`: the participle is not who; but
  // `a fact sheet lawmakers released` is a relative clause's verb, kept with its subject.
  // `The Rt Hon Jane Smith MP`, `the Rt Rev Nick Baines`: the article goes with the style.
  const written = (
    OBJECT_THEN_SUBJECT_VERB.test(phraseAsWritten)
      ? phraseAsWritten
      : phraseAsWritten.replace(PUBLISHED_AFTER, "")
  ).replace(THE_BEFORE_STYLE, "");
  // `FALLIN`, `JAKE TAPPER` (a transcript's label): the name as the text writes it elsewhere.
  const label = CAPITALS_NAME.test(written)
    ? resolveCapitals(m, written, appositive, at)
    : undefined;
  if (label !== undefined) return label;
  // `the elder Adeyemi` after `Adeyemi's trainer and father, Tunde Adeyemi`, `the younger Ms Ó
  // Súilleabháin`: the one of that surname the story names as a parent (or, for `the younger`,
  // as a child).
  const generation = ELDER_OR_YOUNGER.exec(written);
  if (generation?.[1] && generation[2]) {
    const person = byGeneration(m, generation[1].toLowerCase() === "elder", generation[2], at);
    if (person) return push(m, person, at, null);
  }
  // `Its co-leader, Youssef El Amrani, said …, but added: “…”`: the owned role the one who just
  // spoke was named with.
  if (appositive === null && /^(?:Its|His|Her|Their)\s/.test(written)) {
    const role = written.toLowerCase();
    const last = m.history.at(-1);
    if (last?.kind === "person" && last.title?.toLowerCase() === role) {
      return push(m, { name: last.name, title: last.title, kind: "person" }, at, null);
    }
  }
  // `a measure that opponents (vowed to …)`: the subject of an object's relative clause.
  const relative =
    written.includes(" that ") || written.includes(" which ")
      ? OBJECT_RELATIVE.exec(written)
      : null;
  if (relative?.[1]) return resolvePhrase(m, relative[1], appositive, at);
  // `point the crowd`, `the NBC executive in`: the cue caught no subject; better none than junk;
  // so is a month (`… released in September found`), not a surname (`May said` after Theresa May).
  if (isJunkSubject(written)) return null;
  if (
    MONTH_ALONE.test(written) &&
    !((fullestPerson(m, [nameKey(written)])?.tokens.length ?? 0) > 1)
  ) {
    return null;
  }
  const possessor = POSSESSOR.exec(written)?.[1];
  // `McDonald's said`: a business named in the possessive, not the possessor of a noun.
  if (possessor && namesItself(m, written, possessor, at)) {
    return push(m, { name: written, title: null, kind: "org" }, at, null);
  }
  const phrase = possessor ?? written;
  // `recalled Mr. Obama`, `from Texas`: a verb or a preposition before a name means the cue
  // caught the wrong words; better no speaker than a wrong one.
  const lead = /^(\p{Ll}+)\s+(?=\p{Lu})/u.exec(phrase);
  if (lead?.[1] && (isVerbForm(lead[1]) || NOT_TITLE_LEAD.test(lead[1]))) return null;
  // `in an interview of Trump`: a prepositional phrase says where or when, not who.
  if (PREPOSITION_LEAD.test(phrase)) return null;
  // `The WHO said`, `IT said`: capitals alone are an organization's initials, not a pronoun.
  if (PRONOUN.test(phrase) && !INITIALS.test(phrase)) {
    return resolvePronoun(m, phrase.toLowerCase(), at);
  }
  // `Her warning that …`: the owner a possessive pronoun stands for; `She recalls him telling
  // her`: the one an object pronoun stands for.
  const owner = OWNER_OPENING.test(phrase)
    ? OWNER_PRONOUN[phrase.toLowerCase()]
    : OBJECT_PRONOUN[phrase];
  if (owner) return resolvePronoun(m, owner, at);
  // `Her sons, Chris Larkin and Toby Stephens,`: the people named, the description their title.
  const pair = DESCRIBED_PAIR.exec(phrase);
  if (pair?.[1] && pair[2]) {
    return push(m, { name: pair[2], title: lowerFirst(pair[1]), kind: "group" }, at, null);
  }
  // `Its authors caution …` after `The study suggests …`: people the organization or document
  // before has, named with it.
  if (/^Its\s+\p{Ll}[\p{L}-]*s$/u.test(phrase) && namesPeople(phrase.slice(4))) {
    const owned = ownersRole(m, phrase, at);
    if (owned !== phrase) return push(m, { name: owned, title: null, kind: "group" }, at, null);
  }
  // `She and her aides`: whom the pronoun names, and the people with them.
  const withCompanions = PRONOUN_AND_COMPANIONS.exec(phrase);
  if (withCompanions) {
    const who = resolvePronoun(m, withCompanions[1]!.toLowerCase(), at);
    const name = who ? `${who.name} and ${withCompanions[2]}` : withCompanions[2]!;
    return push(m, { name, title: null, kind: "group" }, at, null);
  }
  // `They’re now running them`: a pronoun with its verb contracted is the pronoun.
  const contracted = CONTRACTED_PRONOUN.exec(phrase);
  if (contracted) return resolvePronoun(m, contracted[1]!.toLowerCase(), at);
  // `Neighbours described her as … One, who did not want to be named, said …`: one of the
  // people the last speaker was, when they were several.
  if (/^one$/i.test(phrase)) {
    const last = m.history.at(-1);
    const plural = last?.kind === "group" ? PLURAL_WORDS.exec(last.name) : null;
    // `Some employees reacted angrily …. One wrote that …`: or the people the sentence before opens
    // with.
    const heard = plural?.[1] && isPluralNoun(plural[1]) ? plural[1] : undefined;
    const opening = heard ? null : PLURAL_OPENING.exec(sentenceBefore(m.text, at) ?? "");
    const word = heard ?? [opening?.[1], opening?.[2]].find((w) => w && isPluralNoun(w));
    if (word) {
      const people = /^(?:Democrats|Republicans)$/.test(word) ? word : word.toLowerCase();
      return push(m, { name: `one of the ${people}`, title: null, kind: "group" }, at, null);
    }
  }
  // `“…,” one fan tweeted. “…,” wrote another.`: another of what the last speaker was one of.
  if (/^another$/i.test(phrase)) {
    const one = ONE_OF_KIND.exec(m.history.at(-1)?.name ?? "");
    if (one?.[1])
      return push(m, { name: `another ${one[1]}`, title: null, kind: "group" }, at, null);
  }
  // `Reporters were less willing to move on. “…,” said one.`: else one of the group named in the
  // sentences before (a group's kind, as `one` alone was: no antecedent for a later `he`).
  if (ONE_OF_GROUP.test(phrase)) {
    const group = groupBefore(m.text, at, phrase.toLowerCase() === "another");
    if (group) return push(m, { name: `${phrase} ${group}`, title: null, kind: "group" }, at, null);
  }
  // `Some have suggested`, `Many fear`: an indefinite pronoun, kept as written like `some officials`.
  if (QUANTIFIER.test(phrase) || POLL_SHARE.test(phrase))
    return push(m, { name: phrase, title: null, kind: "group" }, at, null);
  // `Manhattan-based Skin Laundry`, `Amazon-owned Whole Foods Market`: the name, where it is based or
  // who owns it its title.
  const placed = PLACED_NAME.exec(phrase);
  if (placed?.[1] && placed[2]) {
    const named = resolvePhrase(m, placed[2], null, at);
    if (named && named.kind !== "group") {
      return { ...named, title: named.title === null ? placed[1] : `${placed[1]} ${named.title}` };
    }
    if (named) return named;
  }
  // `His mother Lucy`, `her husband Bill`: the given name, the kin its title.
  const kin = KIN_AND_NAME.exec(phrase);
  if (kin?.[1] && kin[2]) {
    const title = kin[1][0]!.toLowerCase() + kin[1].slice(1);
    const full = fullestPerson(m, [nameKey(kin[2])]);
    const name = full && full.tokens[0] === nameKey(kin[2]) ? full.name : kin[2];
    return push(m, { name, title, kind: "person" }, at, genderOfWords(kin[1]));
  }
  // `Hillary Clinton, Bernie Sanders and Martin O’Malley`, `Mr. and Mrs. Trump`: several people,
  // as written, with what the appositive says of them (`Khizr and Ghazala Khan, the Gold Star
  // parents …`).
  if (NAME_LIST.test(phrase) || COUPLE.test(phrase) || twoKnownPeople(m, phrase)) {
    return push(m, { name: phrase, title: appositive, kind: "group" }, at, null);
  }
  // `Local conservation group Friends of Mire Hollow`, `research firm Gartner`: the organization
  // its description names.
  // `Consultants at the hospital in Cardiff said`: a plural of people where they are, opening
  // the sentence, as written; not a surname the story knows (`Sanders at the rally`; the name
  // runs read the phrase itself as one, lower-case words and all).
  if (PLURAL_PLACED_OPENING.test(phrase) && isSentenceStart(m.text, at)) {
    const known = fullestPerson(m, [nameKey(phrase.slice(0, phrase.indexOf(" ")))]);
    if (known === null || known.at === at || /\s\p{Ll}/u.test(known.name)) {
      return push(m, { name: phrase, title: null, kind: "group" }, at, null);
    }
  }
  const organization = namedOrganization(m, phrase, at);
  if (organization) return push(m, organization, at, null);
  // `Mr. Morgan of the Sierra Club`: a person and where they work.
  const worksAt = personOfPlace(m, phrase, at);
  if (worksAt) return worksAt;
  // `Chancellor Angela Merkel's center-right Christian Democratic Union`: an organization owned by
  // a name is the organization.
  const owned = OWNED_ORGANIZATION.exec(phrase);
  if (owned?.[1] && parseNameRun(owned[1], false)?.kind === "org") {
    return resolvePhrase(m, owned[1], appositive, at);
  }
  // `State media`, `Russian television`: the press of a place or a kind, as written.
  if (PRESS_DESCRIBED.test(phrase))
    return push(m, { name: phrase, title: null, kind: "group" }, at, null);
  const embedded = embeddedPerson(m, phrase);
  if (embedded) return push(m, embedded, at, null);
  // `Ten Hag said`: a name's particle capitalized to open a sentence, not a number, when the
  // article names the person in full (`Erik ten Hag`).
  if (/^Ten\s+\p{Lu}/u.test(phrase)) {
    const full = fullestPerson(m, nameKey(phrase).split(/\s+/));
    if (full && full.tokens.length > 2) {
      const title = m.bestTitle.get(full.key) ?? full.title;
      return push(m, { name: full.name, title, kind: "person" }, at, full.gender);
    }
  }
  if (INDEFINITE.test(phrase)) {
    // `A spokesman for Fiorina`, `a reporter for Agence France-Presse`: one person, unnamed, whom
    // a `he said` after it may mean.
    const one = ONE_PERSON.exec(phrase);
    if (one?.[1]) {
      const head = one[1].toLowerCase();
      const gender = genderOfWords(head);
      return push(m, { name: phrase, title: null, kind: "person" }, at, gender);
    }
    // `One witness, who gave her name only as Kerry,`: one person of a kind, whose gender the
    // clause set off after them gives, and whom a `she said` after it means.
    const kind = ONE_OF_KIND.exec(phrase)?.[1]?.split(" ").at(-1);
    const gender = kind && appositive ? pronounGender(appositive) : null;
    if (gender && /^[Oo]ne\s/.test(phrase) && PERSON_HEAD.test(kind!) && !isPluralNoun(kind!)) {
      return push(m, { name: phrase, title: null, kind: "person" }, at, gender);
    }
    return push(m, { name: phrase, title: null, kind: "group" }, at, null);
  }
  // `Video from the incident shows …`, `Footage of the arrest`: a record of something, as written.
  if (RECORD_OF.test(phrase))
    return push(m, { name: phrase, title: null, kind: "group" }, at, null);
  // `The PM`, `the MP`: the prime minister or member of parliament the article names, else as
  // written.
  if (/^the\s+(?:PM|MP)$/i.test(phrase)) {
    const described = resolveDescription(m, phrase, at);
    if (described.kind === "person") return push(m, described, at, null);
  }
  const fromThere = byOrigin(m, phrase, at);
  if (fromThere) return push(m, fromThere, at, null);
  // `the senator`, `The Republican presidential nominee`, `Obama’s veto`, `the 28-year-old`: a
  // description.
  if ((DEFINITE.test(phrase) || POSSESSIVE.test(phrase)) && DESCRIBING_WORD.test(phrase)) {
    // `A Caribbean disaster agency said …. In a post on social media, the agency wrote`: the
    // unnamed body that just spoke in the paragraph, named by its head noun again.
    const again = /^the\s+(\p{Ll}+)$/iu.exec(phrase)?.[1];
    const last = m.history.at(-1);
    if (
      again &&
      last &&
      last.at > m.text.lastIndexOf("\n\n", at) &&
      last.kind !== "person" &&
      INDEFINITE_ONE.test(last.name) &&
      !/\s(?:of|from|for|by|at|in|on|with)\s/i.test(last.name) &&
      last.name.toLowerCase().endsWith(` ${again.toLowerCase()}`)
    ) {
      return push(m, { name: last.name, title: last.title, kind: last.kind }, at, null);
    }
    let described = resolveDescription(m, phrase, at);
    // `said the 44-year-old founder of Lumière Systems` when no founder is named: the one the
    // age alone would name, the description their title; not one the story gives a role of
    // their own (`the 45-year-old father of three told reporters` after the commissioner).
    const aged = described.name === phrase ? AGE_FIRST_DESCRIPTION.exec(phrase) : null;
    if (aged?.[1]) {
      const one = resolveDescription(m, `the ${aged[1]}`, at);
      if (
        one.kind === "person" &&
        one.name !== `the ${aged[1]}` &&
        (one.title === null || isHonorificTitle(one.title))
      )
        described = { ...one, title: one.title ?? lowerFirst(phrase) };
    }
    // `The victim's mother` as written: her gender is her noun's.
    const unnamed = described.kind === "person" && described.name === phrase;
    const head = phrase
      .replace(/\s+of\s[\s\S]*$/, "")
      .split(/\s+/)
      .at(-1)!;
    return push(m, described, at, unnamed ? genderOfWords(head) : null);
  }
  // `al-Harthy said`, `de la Garza said`: a surname with its particle in lower case is a name.
  if (LOWER_PARTICLE_NAME.test(phrase)) return resolveName(m, phrase, appositive, at);
  // `People familiar with the talks`, `Democratic economists`: a plural of people, as written.
  if (
    /^\p{Ll}/u.test(phrase) ||
    PLURAL_HEAD.test(phrase) ||
    PLURAL_TAIL.test(phrase) ||
    // `United Nations estimates`, `UN figures`: a body's numbers or papers.
    (OWNED_DOCUMENT.test(phrase) &&
      DOCUMENT_NOUN.test(phrase.slice(phrase.lastIndexOf(" ") + 1))) ||
    // `Hundreds of smallholder tea farmers`.
    PEOPLE_COUNT_OPENING.test(phrase) ||
    // `Doctors warn that …`: a plural opening the sentence, not the body whose name it opens
    // (`Doctors for Detainees' Dignity`).
    (/^\p{Lu}\p{Ll}+$/u.test(phrase) && isPluralNoun(phrase) && isSentenceStart(m.text, at)) ||
    // `Small island states issued a joint statement …`: lower-case words and a plural, the
    // first capitalized as it opens the sentence.
    (LOWER_PLURAL_OPENING.test(phrase) && isSentenceStart(m.text, at))
  ) {
    // `sophomoric`, `terrorism`, `him`: one lower-case word that is no word for people names no one;
    // a body does (a headline's `…, regulator says`).
    if (
      LONE_WORD.test(phrase) &&
      !PLURAL_NOUN.test(phrase) &&
      !(ORG_NOUNS.test(phrase) && !phrase.includes("-")) &&
      !bareOneAfterVerb(m.text, phrase, at)
    )
      return null;
    // `current Democratic presidential nominee`: a title without its article.
    const described = /^(?:current|former|then)\s/.test(phrase)
      ? resolveDescription(m, `the ${phrase}`, at)
      : { name: phrase, title: null, kind: "group" as const };
    if (described.kind === "person") return push(m, described, at, null);
    return push(m, { name: phrase, title: null, kind: "group" }, at, null);
  }
  return resolveName(m, phrase, appositive, at);
}

/** A verb of saying right before a bare noun: `says `, `warns `. */
const SAYS_BEFORE = /(?:^|\s)(?:says|said|warns|warned|claims|insists|admits)\s+$/;
/** Words in -er or -or that name no one: `later`, `however`, `order`. */
const NO_ONE_IN_ER =
  /^(?:later|never|ever|however|whether|either|neither|rather|over|under|after|other|another|together|further|order|number|matter|letter|water|paper|power|error|honour|honor|favour|favor|labour|labor)$/;

/**
 * `’ says protester` ending a headline or a standfirst: one of a kind with no article, right after
 * its verb of saying; whether `phrase` at `at` is one.
 */
function bareOneAfterVerb(text: string, phrase: string, at: number): boolean {
  return (
    /^\p{Ll}{4,}(?:er|or|ist|ian)$/u.test(phrase) &&
    !NO_ONE_IN_ER.test(phrase) &&
    SAYS_BEFORE.test(text.slice(Math.max(0, at - 8), at))
  );
}

/** A description opening with an age (`the 44-year-old founder of …`): 1 the age's words. */
const AGE_FIRST_DESCRIPTION = /^[Tt]he\s+(\d{1,3}-year-old)\s+\p{Ll}/u;

/** `one` or `another` alone: one of a group the text names before. */
const ONE_OF_GROUP = /^(?:[Oo]ne|[Aa]nother)$/;
/** People a story names as a group, whom `one` or `another` then picks from. */
const GROUP_NOUNS =
  "reporters|journalists|passengers|callers|listeners|viewers|readers|fans|supporters|parents|neighbours|neighbors|customers|shoppers|drivers|commuters|students|pupils|teachers|nurses|doctors|workers|villagers|locals|residents|delegates|protesters|campaigners|officials|officers|witnesses|survivors|volunteers|members|councillors|lawmakers|analysts|critics|visitors|guests|spectators|mourners|traders|stallholders|farmers|users|engineers|developers|employees|investors|followers|commenters|experts|scientists|researchers|economists|lawyers|players|staff";
/** One of a group: `reporter` for `reporters`, `witness` for `witnesses` (`staff` as written). */
const singular = (plural: string) => plural.replace(/(ss)es$/, "$1").replace(/([^fs])s$/, "$1");
/** A group of people named (1 its plural) or one of them (2 the noun after `a` or `one`). */
const GROUP_BEFORE = new RegExp(
  `\\b(?:(${GROUP_NOUNS})|(?:[Aa]n?|[Oo]ne)\\s+(${GROUP_NOUNS.split("|").map(singular).join("|")}))\\b`,
  "gi",
);

/** How far before `one` the text may name its group. */
const GROUP_REACH = 400;

/**
 * The group (in the singular) that `one` or `another` at `at` is of: the last one named in the
 * few sentences before (`Reporters were …`, `Asked by a reporter …`), else null. `another` may
 * follow one of them alone (`a reporter`, `one user`), `one` only the group.
 */
function groupBefore(text: string, at: number, another: boolean): string | null {
  const from = Math.max(0, at - GROUP_REACH);
  let m: RegExpExecArray | undefined;
  for (const found of text.slice(from, at).matchAll(GROUP_BEFORE)) m = found;
  if (!m) return null;
  // In this paragraph or the one before (`… were secondary school pupils.` two paragraphs before
  // `One read simply: “…”`, a placard, names no group of it).
  if (text.slice(from + m.index + m[0].length, at).split("\n\n").length > 2) return null;
  if (m[2]) return another ? m[2].toLowerCase() : null;
  const plural = m[1]!.toLowerCase();
  return plural === "staff" ? "member of staff" : singular(plural);
}

/**
 * A speaker written in capitals (`FALLIN`, `JAKE TAPPER`, a transcript's label): the name as the
 * text writes it elsewhere, or as an earlier label gave it in full (`TAPPER` after `JAKE TAPPER`).
 * Undefined when the capitals are no person's name (`CBS DFW`), which are then read as written.
 */
function resolveCapitals(
  m: Memory,
  written: string,
  appositive: string | null,
  at: number,
): ResolvedSpeaker | null | undefined {
  // `… Kristi Noem MORE (R) is defending …`: a page's link text in capitals is nobody.
  if (NOT_A_LABEL.test(written) && !/\s/.test(written)) return null;
  const titled = titleCase(written);
  const tokens = titled.toLowerCase().split(/\s+/);
  const earlier =
    tokens.length === 1
      ? latestSpeaker(
          m,
          (h) => h.kind === "person" && h.name.toLowerCase().split(/\s+/).at(-1) === tokens[0],
        )
      : undefined;
  if (earlier) {
    return push(
      m,
      { name: earlier.name, title: earlier.title, kind: "person" },
      at,
      earlier.gender,
    );
  }
  // `JAKE TAPPER` is a person's name in capitals; `CBS DFW` (a word with no vowel) is acronyms,
  // kept as written.
  const person =
    fullestPerson(m, tokens) !== null || (tokens.length > 1 && !tokens.some(isAcronymWord));
  if (person) return resolvePhrase(m, titled, appositive, at);
  return undefined;
}

/** Words that all open with a capital: `Susannah Streeter`. */
const CAPITALIZED_WORDS = /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u;

/** Where one speaks, not works: `at the Democratic National Convention`, `at the rally`. */
const EVENT_END =
  /\b(?:Convention|Conference|Summit|Forum|Rally|Games|Festival|Olympics|Cup|Championships?|Open|Awards|Assembly|Congress|Hearing|Meeting|Debate|Show|Expo|Fair|Party|Dinner|Gala|Ceremony|Service|Funeral|Inquest|Trial|Court)$/;

/** A phrase, then `of` or `at` where someone works (`of the law firm Baker Botts`). */
const PERSON_OF_PLACE = new RegExp(
  String.raw`^(.+?)\s+((?:of|at)\s+(?:the\s+)?(?:${WORKPLACE_KIND}\p{Lu}.*|(?:\p{Lu}[\p{L}’'-]*\s+){0,2}${LOWER_BODY}))$`,
  "u",
);

/** `Mr. Morgan of the Sierra Club`, `Susannah Streeter at Hargreaves Lansdown`: a person and where they work, or null. */
function personOfPlace(m: Memory, phrase: string, at: number): ResolvedSpeaker | null {
  // `Susannah Streeter at Hargreaves Lansdown`: `at` a firm, for a name written in full.
  // `Jonathan Feld of the law firm Baker Botts`: the kind of business before its name too.
  const of = PERSON_OF_PLACE.exec(phrase);
  const atFirm = of?.[2]?.startsWith("at ") === true;
  // A name in capitals only (not `Tournament organisers at the Dubai Open`).
  if (atFirm && (EVENT_END.test(of![2]!) || !CAPITALIZED_WORDS.test(of![1]!))) return null;
  // `lead author Juan Sanchez of the National Institute`: a role in lower case before the name;
  // `Political analyst Meera Iyer of …`, capitalized as it opens the sentence.
  const opening = of?.[1] && /^\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(of[1]) && isSentenceStart(m.text, at);
  const lead = of?.[1] ? ROLE_BEFORE_NAME.exec(opening ? lowerFirst(of[1]) : of[1]) : null;
  const role =
    lead?.[1] && PERSON_HEAD.test(lead[1]) && !/\s(?:and|&)\s/.test(of![1]!) ? lead[1] : null;
  const who = role ? of![1]!.slice(lead![0].length) : of?.[1];
  // `Democrats trying to regain control of the Senate`: a participle, no name, before `of`; `A
  // surfer who fought off a shark off the coast of New South Wales`: nor a relative clause.
  if (
    who &&
    of?.[2] &&
    /^\p{Lu}/u.test(who) &&
    !PARTICIPLE_IN_PHRASE.test(who) &&
    !/\s(?:who|whose|which|that)\s/.test(who) &&
    // `Parents in the village of Hesket Moor`: people somewhere, no name.
    !/\s(?:in|at|on|from|near|across|around)\s/.test(who)
  ) {
    const person = parseNameRun(who, true);
    const tokens = person?.kind === "person" ? person.tokens.map(nameKey) : [];
    const full = person?.kind === "person" ? fullestPerson(m, tokens, person.gender) : null;
    // `Wee of the Times` after `Sui-Lee Wee`: one word will do when it is a known person's.
    const known = (full?.tokens.length ?? 0) > tokens.length;
    if (
      person?.kind === "person" &&
      (atFirm
        ? person.tokens.length > 1
        : person.gender !== null || person.tokens.length > 1 || known)
    ) {
      const name = full && full.tokens.length > tokens.length ? full.name : person.display;
      // `Gov. John Kasich of Ohio`: `Gov. of Ohio`; `Dr. Joneigh Khaldun of the Michigan
      // Department …`, `Prof Ed Hawkins of the University of Reading`: a doctor is not a doctor of
      // where she works, nor a professor a professor of it.
      // `planetary geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory`: the role alone.
      const title = role
        ? role
        : person.title === null ||
            ACADEMIC_TITLE.test(person.title) ||
            /^(?:Rev|Revd)\.?$/.test(person.title)
          ? of[2]
          : `${person.title} ${of[2]}`;
      return push(m, { name, title, kind: "person" }, at, person.gender);
    }
  }
  return null;
}

/** A name (`Lavrov`, `Sen. Marco Rubio`, `The Washington Post`): the fullest the article gives. */
function resolveName(
  m: Memory,
  phrase: string,
  appositive: string | null,
  at: number,
): ResolvedSpeaker | null {
  const parsed = parseNameRun(phrase, true);
  // `Tesla’s Elon Musk said`, `Chelsea’s Cole Palmer`: a person named after the possessive of
  // where they work, whose given name the name list lacks; the owner is the title.
  const owned = parsed?.kind === "person" && !parsed.title ? ownerThenName(phrase) : null;
  if (owned?.[1] && owned[2]) {
    const person = parseNameRun(owned[2], false);
    if (person?.kind === "person" && person.title === null) {
      return resolveName(m, owned[2], appositive ?? owned[1], at);
    }
  }
  // `May said`, `Will wrote`, `Justice said`: a word that opens sentences as a modal, or a title,
  // is the surname of a person the article names in full (`Theresa May`, `Jim Justice`); so is
  // one word an organization's name may be (`Hill says` after `Professor Jane Hill`).
  if (!parsed || (parsed.kind === "org" && (TITLE_WORDS.has(phrase) || !/\s/.test(phrase)))) {
    const full = /^\p{Lu}\p{Ll}+$/u.test(phrase) ? fullestPerson(m, [nameKey(phrase)]) : null;
    if (full && full.tokens.length > 1 && full.tokens.at(-1) === nameKey(phrase)) {
      const title = m.bestTitle.get(full.key) ?? full.title;
      return push(m, { name: full.name, title, kind: "person" }, at, null);
    }
    if (!parsed) return null;
  }
  // `Prime minister defends …` (a headline), `Pro-Islamic State forums posted …`: words in lower
  // case after capitalized ones that read as a title are no name but a description, as written.
  if (
    parsed.kind === "person" &&
    parsed.title !== null &&
    parsed.tokens.every((t) => /^\p{Ll}/u.test(t) && !/^(?:al|el)-\p{Lu}/u.test(t)) &&
    !/^(?:a|an|the)$/.test(parsed.tokens[0]!)
  ) {
    const plural = isPluralNoun(parsed.tokens.at(-1)!);
    const the = `the ${phrase.toLowerCase()}`;
    const described = plural ? null : resolveDescription(m, the, at);
    return push(
      m,
      described && described.name !== the
        ? described
        : { name: phrase, title: null, kind: plural ? "group" : "person" },
      at,
      null,
    );
  }
  if (parsed.kind === "person" && parsed.tokens.length === 1 && !parsed.title) {
    const only = nameKey(parsed.tokens[0]!);
    // `Democrats`, `Republicans`: a plural, not a person's name, unless a full name has it.
    if (/s$/.test(only) && !((fullestPerson(m, [only])?.tokens.length ?? 0) > 1)) {
      return push(m, { name: parsed.display, title: null, kind: "group" }, at, null);
    }
  }
  // `The King said …`, `The Prince of Wales`: one person, whom a later `he said` means; so is `The
  // Chancellor`, one office's holder, whom `she insisted` after it may mean.
  const reigning = THE_SOVEREIGN.exec(phrase);
  const office = reigning?.[1]?.toLowerCase() ?? "";
  if (
    parsed.kind === "org" &&
    reigning &&
    (SOVEREIGN.test(office) || (ONE_OFFICE.test(office) && !/\sof\s/.test(phrase)))
  ) {
    const gender = genderOfWords(reigning[1]!);
    return push(m, { name: phrase, title: null, kind: "person" }, at, gender);
  }
  if (parsed.kind === "org") {
    // `… scoring at the World Cup Defoe added` (a caption run into the text): a competition's name
    // before the surname of someone the story names in full.
    const glued = COMPETITION_THEN_NAME.exec(phrase);
    const full = glued?.[1] ? fullestPerson(m, [nameKey(glued[1])]) : null;
    if (full && full.tokens.length > 1 && full.tokens.at(-1) === nameKey(glued![1]!)) {
      const title = m.bestTitle.get(full.key) ?? full.title;
      return push(m, { name: full.name, title, kind: "person" }, at, full.gender);
    }
    return push(m, { name: parsed.display, title: null, kind: "org" }, at, null);
  }
  // `Entergy, the state's largest power provider, said`: one word the text describes as an
  // organization (names.ts) is one, for the `it` that follows; so is one whose chief executive
  // or shares the text names (`Ofwat said …. David Black, Ofwat's chief executive, …`), when no
  // fuller name makes it a person's.
  if (
    parsed.tokens.length === 1 &&
    !parsed.title &&
    parsed.gender === null &&
    (indexedAsOrg(m, parsed.display, at) ||
      (ownsBusinessRole(m.text, parsed.display) &&
        (fullestPerson(m, [nameKey(parsed.display)])?.tokens.length ?? 1) === 1))
  ) {
    return push(m, { name: parsed.display, title: appositive, kind: "org" }, at, null);
  }
  const tokens = parsed.tokens.map(nameKey);
  const full = fullestPerson(m, tokens, parsed.gender, parsed.title !== null);
  const name = full && full.tokens.length > tokens.length ? full.name : parsed.display;
  const key = full && full.tokens.length > tokens.length ? full.key : tokens.join(" ");
  // `Dr. Luz Contreras Arroyo, a member of the group, …`: the appositive says more than `Dr.` (or
  // `Professor`).
  // `Democracy Corps’ Stan Greenberg, a prominent pollster,`: so does it more than a possessor,
  // and `Her coach,` more than `Dutchman` (`Her coach, Dutchman Erik van Rooyen,`).
  const possessor = /^(.+?)[’'](?:s\b)?\s/u.exec(phrase)?.[1];
  const spelled =
    parsed.title !== null &&
    (isHonorificTitle(parsed.title) ||
      (appositive !== null &&
        (possessor === parsed.title ||
          ONE_FROM.test(parsed.title) ||
          // `Abdusattorov's coach, Grandmaster Rustam Kasimdzhanov,`: a rank of one word says
          // less than whose the person is.
          (ONE_CAPITALIZED.test(parsed.title) &&
            (POSSESSIVE.test(appositive) || OWNER_PRONOUN_OPENING.test(appositive))))))
      ? null
      : parsed.title;
  // `Patel, who has treated hundreds of patients,` after `Priya Patel, a cardiologist at …`: a
  // relative clause says less than the title the story gave.
  // An honorific says less still (`Dr.`: `who was then serving as the President's physician`),
  // and the clause's own words are no other title.
  const best = m.bestTitle.get(key);
  const described =
    appositive !== null &&
    /^who\s/.test(appositive) &&
    best &&
    !isHonorificTitle(best) &&
    !appositive.includes(best)
      ? best
      : appositive;
  // `DS Haywood` after `Detective Sergeant Paul Haywood`: a rank's initials say the title given.
  const abbreviated = spelled && best && initialsOf(best) === spelled ? best : spelled;
  const title = abbreviated ?? described ?? m.bestTitle.get(key) ?? parsed.title ?? null;
  // `Valemont Metro's chief operating officer, Howard Esterhuizen,` and later `Esterhuizen said`:
  // the title the cue gave is the person's from then on, when the text gave none, or gave one
  // only `its`, `his` or `her` owned (`Its president, Dr Adrian Boyle,`, whose cue names the
  // owner).
  if (
    appositive !== null &&
    title === appositive &&
    (!m.bestTitle.has(key) ||
      /^(?:[Ii]ts|[Hh]is|[Hh]er)\s/.test(m.bestTitle.get(key)!) ||
      // or only the rank the appositive outweighed (`Grandmaster`).
      (spelled === null && m.bestTitle.get(key) === parsed.title)) &&
    LASTING_TITLE.test(appositive)
  ) {
    m.bestTitle.set(key, appositive);
  }
  return push(m, { name, title, kind: "person" }, at, parsed.gender);
}

/** The initials of a title of two to four capitalized words (`Detective Sergeant`: `DS`). */
function initialsOf(title: string): string | null {
  const words = title.split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return words.map((w) => w[0]).join("");
}

/** The gender the pronouns of a clause give (`who gave her name only as Kerry`: `f`), or null. */
function pronounGender(clause: string): Gender {
  const her = /\b(?:she|her|herself)\b/i.test(clause);
  const his = /\b(?:he|his|him|himself)\b/i.test(clause);
  return her === his ? null : her ? "f" : "m";
}

/** A description a pronoun owns (`her coach`); POSSESSIVE reads one a name owns. */
const OWNER_PRONOUN_OPENING = /^(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s/;
const ONE_CAPITALIZED = /^\p{Lu}\p{Ll}+$/u;

/** `the elder Adeyemi`, `The younger Jordan`, `the younger Ms Ó Súilleabháin`. */
const ELDER_OR_YOUNGER =
  /^[Tt]he\s+(elder|younger)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]+)?)$/u;

/**
 * The latest person named in full with `surname` whom the words right before the name call a
 * parent (`elder`: `and father, Tunde Adeyemi`) or a child (`his son, Louis Jordan`); else null.
 */
function byGeneration(
  m: Memory,
  elder: boolean,
  surname: string,
  at: number,
): ResolvedSpeaker | null {
  const kin = elder
    ? /\b(?:father|mother|dad|mum|mom)(?:-in-law)?\b\s*[,–—-]?\s+$/
    : /\b(?:son|daughter)(?:-in-law)?\b\s*[,–—-]?\s+$/;
  // `Ó Súilleabháin`: a surname of two words.
  const last = nameKey(surname).split(" ");
  const bears = (e: NameEntity) =>
    e.kind === "person" &&
    e.tokens.length > last.length &&
    last.every((t, k) => e.tokens[e.tokens.length - last.length + k] === t);
  for (let i = lastEntityBefore(m, at); i >= 0; i--) {
    const e = m.entities[i]!;
    if (e.at >= at || !bears(e)) continue;
    if (kin.test(m.text.slice(Math.max(0, e.at - 40), e.at))) {
      return { name: e.name, title: m.bestTitle.get(e.key) ?? e.title, kind: "person" };
    }
  }
  return null;
}

const MONTH_ALONE = new RegExp(`^(?:${MONTHS})$`);

/** A thing, then people and their verb: `a fact sheet lawmakers released`. */
const OBJECT_THEN_SUBJECT_VERB =
  /^(?:a|an|the)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+\p{Ll}+s\s+\p{Ll}+$/iu;

/** A participle of putting something out, ending a speaker's words before its time was cut. */
const PUBLISHED_AFTER = /\s+(?:published|released|issued|commissioned|unveiled|obtained)$/;

/**
 * A thing, then a relative clause's own subject: `a measure that opponents`; also with no
 * determiner, as a subject found after an adjective's comma reads (`cool, still morning that
 * organisers called …`).
 */
const OBJECT_RELATIVE =
  /^(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,3}?\p{Ll}[\p{L}-]*\s+(?:that|which)\s+((?:\p{Ll}+\s+)?\p{Ll}+s|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})$/u;

/** A competition's name, then one capitalized word: `World Cup Defoe`, `Premier League Kane`. */
const COMPETITION_THEN_NAME =
  /^(?:\p{Lu}[\p{L}-]*\s+)+(?:Cup|League|Championship|Championships|Games|Olympics|Open|Final|Finals)\s+(\p{Lu}\p{Ll}+(?:[’'-]\p{Lu}?\p{Ll}+)?)$/u;

/** `The King`, `The Prince of Wales`: a title alone after `The`, maybe with its place. */
const THE_SOVEREIGN = /^The\s+(\p{Lu}\p{Ll}+)(?:\s+of\s+\p{Lu}\p{Ll}+)?$/u;
/** A count of people opening a phrase: `Hundreds of smallholder tea farmers`. */
const PEOPLE_COUNT_OPENING = new RegExp(String.raw`^${PEOPLE_COUNT_OF}\s+\p{Ll}`, "u");
/** An office one person holds at a time: `The Chancellor`, `The Coroner`. */
const ONE_OFFICE = /^(?:chancellor|premier|governor|mayor|coroner|sheriff|commissioner)$/;

/** What a business or a body has, after its name's possessive: `'s chief executive`, `'s shares`. */
const BUSINESS_ROLE =
  /^[’']s\s+(?:chief\s+executive|spokes(?:man|woman|person)|chair(?:man|woman)?|board|shares|profits|headquarters|employees|staff|customers)\b/;

/** Whether `text` writes `name` as owning what a business or a body has (BUSINESS_ROLE). */
function ownsBusinessRole(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (BUSINESS_ROLE.test(text.slice(at + name.length, at + name.length + 24))) return true;
  }
  return false;
}

/** Whether the text's latest mention of `name` before `at` is indexed as an organization. */
function indexedAsOrg(m: Memory, name: string, at: number): boolean {
  for (let i = lastEntityBefore(m, at + 1), floor = entityFloor(i); i >= floor; i--) {
    const e = m.entities[i]!;
    if (e.name === name) return e.kind === "org";
  }
  return false;
}

/** A title that says only how to address someone (`Sen.`, `Dr.`, `Professor`). */
function isHonorificTitle(title: string): boolean {
  return (
    isAbbreviatedTitle(title) ||
    /^(?:Professor|Doctor|Councillor|(?:Rt\.? |Right |Most |Very )?(?:Rev|Revd|Reverend|Hon|Honourable))$/.test(
      title,
    )
  );
}
