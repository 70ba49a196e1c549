/**
 * Reporting cues: the verb a newsroom uses to attribute words ("said", "added", "according to") and the
 * phrase naming who spoke, in the orders news prose uses them: `X said`, `said X`, `according to X`.
 * Pure regular expressions over short strings; no model. The subject before a verb is found by
 * src/quotes/cue-subjects.ts (re-exported here); where the statement after a verb starts by
 * cue-content.ts; `According to X, …` opening a sentence and polls by verbless-cues.ts.
 */

import { endsWithSpace, isBlank, isSpaceCode } from "./chars.js";
import {
  FLAGS,
  HONORIFIC,
  isPluralNoun,
  maskRemits,
  NAME,
  NAME_PARTICLES,
  NOT_FUNCTION_WORD,
  NOT_INFINITIVE,
  OPENING_VERBS,
  PLURAL_NOUNS,
  PREPOSITION,
  QUOTED_TITLE,
  TAIL_ADJUNCT,
  unmaskRemits,
  WEEKDAY,
} from "./cue-grammar.js";
import {
  COMMON_PAST,
  matchSentenceSubject,
  matchSubjectBefore,
  nameOrPronounBefore,
  SENTENCE_OPENER,
  subjectThenAuxFrom,
  withoutInitialsBeforeVerb,
} from "./cue-subjects.js";
import { matchInverted } from "./inverted-subjects.js";
import {
  DOCUMENT_NOUN,
  NAME_GIVEN_AS,
  ORG_NOUNS,
  PERSON_HEAD,
  PERSON_TITLE_NOUN,
  SENTENCE_ADVERB,
} from "./speaker-words.js";
import {
  findVerbs,
  firstWord,
  isListedBefore,
  isPassive,
  isPhrasal,
  isVerbWord,
  takesObject,
  type VerbHit,
} from "./verbs.js";

/** Read through the prototype, not `text.charCodeAt`: see charCodeAt in src/quotes/chars.ts. */
const { charCodeAt } = String.prototype;

export { matchSentenceSubject, matchSubjectBefore };

/**
 * A name and its appositive, all a sentence holds before a comma (`John Smith, a lawyer,`, `Tom
 * Sanders, emeritus professor of nutrition at King's College London,`), or its age and where the
 * person lives (`Daniel Marsh, 41, of Elm Road, Basildon,`, `Derek Druitt, now 83,`).
 */
const NAME_AND_APPOSITIVE = new RegExp(
  `^\\s*${NOT_FUNCTION_WORD}(${NAME}),\\s+(?:(?:a|an|the|his|her|their|its|who|whose|(?:\\p{Lu}[\\p{L}.&-]*\\s+){0,3}\\p{Lu}[\\p{L}.&-]*[’']s)\\s(?:[^,.;:“”"]|${QUOTED_TITLE}){1,80}(?:,|(?<=,(?:[”"]|'')))|(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}${PERSON_TITLE_NOUN}\\s+(?:of|at|for)\\s[^,.;:“”"]{1,80},|(?:(?:now|then|aged)\\s+)?\\d{1,3},(?:\\s+of\\s+[^.;:“”"]{1,60},)?|of\\s+[^.;:“”"]{1,60},)$`,
  FLAGS,
);

/**
 * A description and the name set off after it, all a sentence holds before a comma (`The daughter
 * of one victim, Carol Hughes,`, `Mr. Trump's former campaign manager, Corey Lewandowski,`), maybe
 * with where the person is from and a `who` clause (`Aarav's coach, Grandmaster Rustam Nazarov of
 * Uzbekistan, who has trained him online for two years,`), the name maybe after its role (`Her
 * colleague, the counsellor Joseph Okello,`): no verb among the description's words.
 */
const DESCRIPTION_AND_NAME = new RegExp(
  `^\\s*(?:The|A|An|His|Her|Their|Its|One|(?:(?:Mr|Mrs|Ms|Dr)\\.\\s+)?\\p{Lu}[\\p{L}.-]*[’']s)\\s(?:(?!(?:is|was|are|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do)\\s)[^,.;:“”"\\s]+\\s){0,8}?[^,.;:“”"\\s]+,\\s+(?:the\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){1,3})?${NAME}(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,3})?(?:,\\s+(?:who|whose|a|an|the)\\s[^,.;:“”"]{1,80})?,$`,
  FLAGS,
);

/** A role in lower case after a capitalized word, a name and an age: `Regular passenger Doreen Walsh, 81,`. */
const ROLE_NAME_AGE =
  /^\s*\p{Lu}\p{Ll}+\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}(?:\p{Lu}[\p{L}’'-]+\s+){1,3}\p{Lu}[\p{L}’'-]+,\s+\d{1,3},$/u;

/**
 * Whether `head` is only a name and its appositive (`John Smith, a lawyer,`, `Sanjay Gupta, CNN's
 * chief medical correspondent,`), the name no sentence adverb (`Meanwhile, …`).
 */
function isWholeSubject(head: string): boolean {
  if (DESCRIPTION_AND_NAME.test(head) || ROLE_NAME_AGE.test(head)) return true;
  const name = NAME_AND_APPOSITIVE.exec(head)?.[1];
  return name !== undefined && !SENTENCE_ADVERB.test(name) && !SENTENCE_OPENER.test(`${name} `);
}
/** `it was`, `it has been`, `it is being`: an expletive `it` before a passive. */
export const PASSIVE_IT = /^\s*it\s+(?:(?:has|had|have)\s+been|is|was|is\s+being|was\s+being)\s+$/i;
/** What may stand between a closing quotation mark and its cue's subject: a comma or a dash. */
const AFTER_QUOTE_GAP = /^\s*[,—–]?\s*/;
/** An indirect question opening what follows a cue: `, when the bridge will reopen`. */
const WH_REST = /^[^,]{0,40},\s+(?:when|whether|how|why|what|who|where|if)\s/;
/** A predicate of not knowing, then a cue set off by commas: `It is unclear, officials said`. */
const NOT_KNOWN_BEFORE =
  /\b(?:unclear|clear|unknown|known|uncertain|certain|undecided|unsure|sure)\s*,[^,]{1,60}$/;
const TAIL_REST = new RegExp(`^${TAIL_ADJUNCT}[.!?]?\\s*$`, FLAGS);
/** Whether `text` is only where, when or to whom something was said (`in a statement`, `Tuesday`). */
export const isTailAdjunct = (text: string) => TAIL_REST.test(text);
/** `that` and a clause's subject after a cue's adjunct, no comma between (`by phone that the situation …`). */
const THAT_CLAUSE_AFTER =
  /^[^,;]{0,80}?\sthat\s+(?:the|a|an|he|she|they|it|we|I|there|his|her|their|its|this|these|those|\p{Lu}\p{Ll}+\s+(?:had|has|was|were|is|are|would|will|could)\b)\s/u;

/** After a verb that takes an object, only an adjunct may follow a tail cue (`…, officials confirmed on Friday.`). */
const TAIL_REST_NO_OBJECT = new RegExp(
  `^(?:,?\\s+${NOT_INFINITIVE}${PREPOSITION}\\b[^;:“”"]{0,80}?)?[.!?]?\\s*$`,
  FLAGS,
);
/**
 * What `according to` names is a noun phrase whatever its words (`their friends and advisers`,
 * `FEC filings`, `early results of the exit poll conducted by …`): when the subject grammar does not
 * take it whole, the phrase up to the comma or the sentence's end (not a number's: `a study of
 * 100,000 adults`), nor over another `according to` (a scrape that lost a full stop). Not
 * `according to plan`.
 */
export const ACCORDING_PHRASE = String.raw`(?!(?:plan|schedule|script|form|protocol|tradition)\b)[\p{L}\d$](?:(?!\saccording\sto\s)[^,;:“”"()]|(?<=\d),(?=\d{3}\b)){1,110}?`;
const ACCORDING_TO_ANY_TAIL = new RegExp(
  `^\\s+(${ACCORDING_PHRASE})(?:\\s*\\([^()]{1,40}\\))?[.!?]?\\s*$`,
  FLAGS,
);
const ACCORDING_TO_ANY_MID = new RegExp(`^\\s+(${ACCORDING_PHRASE})\\s*,\\s`, FLAGS);
/**
 * `…, according to two people familiar with the matter, adding to a mounting series of problems`:
 * the source, then the writer's comment on the whole (a participle, or `in` or `a` and a noun).
 */
const ACCORDING_THEN_COMMENT = new RegExp(
  `^\\s+(${ACCORDING_PHRASE})\\s*,\\s+(?:(?!(?:during|including|regarding|concerning|following|according)\\s)\\p{Ll}+ing\\s|(?:in\\s+)?(?:a|an)\\s+\\p{Ll}+\\s)`,
  FLAGS,
);
/** A participle opens no statement: `According to a poll, Trump won 30%, ▮leading the field`. */
export const PARTICIPLE_START = /^\p{Ll}+(?:ing|ed)\b/u;

/** `told X` names whom X was told, never who told (`…, told Fox News on Sunday that …`). */
const NAMES_LISTENER = /^(?:told|tells|tell|informed|informs|assured|assures|reminded|reminds)\b/;

/** Verbs a news sentence puts before their speaker (`…, said Smith`); never `wants` or `backs`. */
const INVERTS =
  /^(?:said|says|say|told|tells|wrote|writes|read|reads|went|put|shot|according|replied|replies|quipped|admitted|admits|summed|snapped|(?:add|explain|continu|not|recall|argu|insist|warn|declar|ask|conclud|conced|acknowledg|observ|remark|jok|counter|recount|predict|caution|stat|announc|emphasiz|stress|suggest|complain|boast|claim|post|tweet|respond|agre|offer|opin|mus|lament|report|confirm|wonder|point|chim|scoff|marvel|exult|exclaim|crack|grip|grumbl|sigh|laugh|shout|yell|fir|react|retort|gloat|exhort|enthus|deadpann|sneer|thunder|bellow|gush|fum|grous|vow|promis|pledg|comment)(?:e|es|ed|s|d)?)$/;

/** Whether a verb phrase is one of speech (INVERTS): `said`, `tweeted`, `shot back`, not `refused`. */
export function isVerbOfSpeech(verb: string): boolean {
  return INVERTS.test(firstWord(verb));
}

/**
 * Whether `said X` order fits the verb: say-like verbs only, not a participle (`, citing the
 * release`), a verb taking an object (`, slammed the report`, `, spoke about the budget`) or one
 * naming its listener.
 */
function invertible(verb: string): boolean {
  return (
    isVerbOfSpeech(verb) &&
    !/ing$/.test(verb) &&
    (!takesObject(verb) || (isListedBefore(verb) && !isPhrasal(verb))) &&
    !NAMES_LISTENER.test(verb)
  );
}

/**
 * Whether the words after an inverted verb are a clause rather than its subject. After `according
 * to` they are always a noun phrase, even when a word in them could be a verb (`according to a
 * report`, `according to its FEC reports`), but one that may name a measure, not a source (`pull
 * the lever for “R” or “D,” according to their instinctive preference`).
 */
function isInvertedClause(verb: string, phrase: string): boolean {
  return verb === "according to" ? MEASURE_NOUN.test(phrase) : isClause(phrase);
}

/** What `according to` may name that says nothing: how something is chosen or sorted. */
const MEASURE_NOUN =
  /\b(?:preferences?|wish(?:es)?|tastes?|liking|needs|whims?|merits?|abilit(?:y|ies)|size|age|seniority|instructions)$/;

/** An adverb of time before a participle that makes a title (`newly elected`, `recently named`). */
const RECENT = /^(?:recently|newly|just)$/;

const ARTICLE = /^(?:a|an|the)$/i;
/** A part of a place, a noun after an article: `the back`, `the front`, `the edge`. */
const PLACE_PART = /^(?:back|front|side|end|top|bottom|middle|edge|rear|corner)$/;

/** `said the event brought back memories`: a verb inside is a clause, not a speaker. */
function isClause(phrase: string): boolean {
  // Only the head: `Victor Cha, who served as …` has its verb in the appositive.
  const head = phrase.split(/,|\s(?:who|which|that)\s/)[0] ?? phrase;
  const words = head.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    // `the company's recently named executive chair Marcelo Claure`: a title, not a clause.
    if (RECENT.test(words[i - 1]!) && /^\p{Ll}+ed$/u.test(w)) continue;
    // `said a report from …`: a document after an article, not a verb; nor a place's part
    // (`a woman near the back`).
    if (ARTICLE.test(words[i - 1]!) && (DOCUMENT_NOUN.test(w) || PLACE_PART.test(w))) continue;
    if (/^\p{Ll}+ed$/u.test(w) || COMMON_PAST.test(w) || (w.length > 3 && isVerbWord(w)))
      return true;
  }
  return false;
}

export interface Cue {
  /** The phrase naming the speaker, as written. */
  speaker: string;
  /** The reporting verb phrase. */
  verb: string;
  /** Offsets of the speaker phrase in the string that was matched. */
  speakerStart: number;
  speakerEnd: number;
}

function normalizeVerb(verb: string): string {
  return verb.replace(/\s+/g, " ").toLowerCase();
}

export function cueFrom(speaker: string, speakerAt: number, verb: string): Cue {
  return {
    speaker,
    verb: normalizeVerb(verb),
    speakerStart: speakerAt,
    speakerEnd: speakerAt + speaker.length,
  };
}

/** A cue right after a closing quote mark: `, Lavrov said`, `, said Locke`, ` he added`. */
export function matchCueAfterQuote(text: string): { cue: Cue; end: number } | null {
  // `…,” said a gang leader known as Ti Lapli, who …`: `known as` inside the speaker's
  // description is no verb; read as one word, and given back as written.
  const after = text.includes(" known as ") ? text.replace(KNOWN_AS, "known-") : text;
  const found = cueAfterQuoteIn(after);
  if (after === text || !found?.cue.speaker.includes("known-as")) return found;
  return {
    ...found,
    cue: { ...found.cue, speaker: found.cue.speaker.replace("known-as", "known as") },
  };
}

/** `known ` before `as` and a name (its space read as a hyphen: same length). */
const KNOWN_AS = /(?<=\s)known\s(?=as\s+\p{Lu})/gu;

function cueAfterQuoteIn(after: string): { cue: Cue; end: number } | null {
  const verbs = findVerbs(after.slice(0, 160));
  // `, Scott Pruitt, one of the states suing the EPA, said`: the first verb may sit in an appositive.
  for (let v = 0; v < verbs.length && v < 3; v++) {
    const found = matchCueAfterQuoteAt(after, verbs[v]!);
    if (found) return found;
    if (/[.!?]/.test(after.slice(0, verbs[v]!.start))) break;
  }
  return null;
}

/**
 * A past verb and one or two words before what was read as a verb (`struck a similar`, `found
 * considerable`): that word is the verb's object's noun (`note`, `support`).
 */
const PAST_THEN_NOUN_WORDS = /^\p{Ll}+(?:\s+\p{Ll}+){1,2}$/u;
/** A relative pronoun opening the words between a comma and a verb: ` which officials `. */
const RELATIVE_OPENING = /^\s+(?:which|whom|whose|where|when)\s/;

/** A description opening with an article whose capitalized name holds `and` (`Health and Social`). */
const DESCRIBED_BODY_WITH_AND = /^(?:[Aa]n?|[Tt]he)\s.*\p{Lu}[\p{L}’'-]*,?\s+and\s+\p{Lu}/u;

/**
 * `a Department of Health and Social Care spokesperson`, `the Parks and Recreation Department`: a
 * description whose body's name holds `and`, which the clause grammar (subjectThenAuxFrom) does not
 * take, read as a sentence's subject (its first letter capitalized, offsets kept); it must be all of
 * `text` from `start` to the verb at `verbAt`.
 */
function subjectWithAnd(text: string, start: number, verbAt: number): string | null {
  if (!DESCRIBED_BODY_WITH_AND.test(text.slice(start, verbAt))) return null;
  const opened = text.charAt(start).toUpperCase() + text.slice(start + 1);
  const whole = (found: { speaker: string; at: number } | null) =>
    found?.at === 0 && /^\s+$/.test(text.slice(start + found.speaker.length, verbAt));
  let found = matchSentenceSubject(opened, verbAt - start);
  // `a spokesperson for the Department of Health and Social Care`: what a clause's grammar reads.
  if (!whole(found)) found = matchSubjectBefore(opened, verbAt - start);
  return whole(found) ? text.slice(start, start + found!.speaker.length) : null;
}

/** A form in -ing before its object's determiner: `saying their drivers …`, not `fundraising documents`. */
const PARTICIPLE_CLAUSE =
  /^\p{Ll}{2,}ing\s+(?:their|his|her|its|the|a|an|that|this|these|those)\s/u;

/** A subordinating conjunction opening a clause: `though the figures`. */
const SUBORDINATOR_OPENING = /^(?:though|although|while|whereas|because|since|unless|if)\s/;
/** An adverb of how often or a preposition opening the words before a tail's verb. */
const ADJUNCT_OPENING =
  /^(?:(?:often|usually|sometimes|always|mostly)\s+)?(?:for|with|to|from|by)\s/;
/** A thing, then a body described: `an offer the union`, `a claim the company`. */
const THING_THEN_BODY = /^(?:a|an)\s+\p{Ll}+\s+(?:the|its|their)\s+\p{Ll}+$/u;

/** Two descriptions joined by `and` before a tail's verb: ` the company and the government `. */
const JOINED_DESCRIPTIONS =
  /^\s+((?:the|a|an|its|his|her|their)\s+(?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+)\s+and\s+((?:the|a|an|its|his|her|their)\s+(?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+)\s+$/u;

/**
 * `…, the company and the government said on Thursday.`: two descriptions joined by `and`, each a
 * subject the clause grammar reads whole, are the tail's subject together; else null.
 */
function joinedDescriptions(pre: string): string | null {
  const joined = JOINED_DESCRIPTIONS.exec(pre);
  if (!joined?.[1] || !joined[2]) return null;
  const whole = (part: string) => subjectThenAuxFrom(`${part} `, 0) === part;
  return whole(joined[1]) && whole(joined[2]) ? `${joined[1]} and ${joined[2]}` : null;
}

/**
 * Between a quotation and its verb, a description and its restrictive `who` clause (`, a woman who
 * lives nearby `), 1 the description.
 */
const DESCRIBED_WHO =
  /^\s*[,—–]?\s*((?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,3}?\p{Ll}+)\s+who\s+[^,.;:!?“”"()]{1,80}?\s+$/u;
/**
 * A `who` clause giving a name, after the description: ` who gave her name as Olena Hrytsenko`,
 * ` who identified himself only as Abdelrahman` (`name` the name).
 */
const GAVE_NAME = new RegExp(`^\\s+who\\s+${NAME_GIVEN_AS}\\s+(?<name>${NAME})`, FLAGS);

/** Between a quotation and its verb, only capitalized words (`co-Anchor` too), two to eight. */
const CAPITALIZED_RUN = /^\s*[,—–]?\s*(?:(?:\p{Lu}|\p{Ll}+-\p{Lu})[\p{L}.’'&-]*\s+){2,8}$/u;

/**
 * `was quoted as `, `was quoted by Reuters as `, `can be heard `: right before `saying`, after who
 * said it.
 */
const QUOTED_AS =
  /\s(?:(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?quoted(?:\s+(?:by|in|on)\s+[^,.;:“”"]{1,60}?)?\s+as|(?:can|could)\s+(?:also\s+|clearly\s+|then\s+)?be\s+heard)\s+$/;

/** `, but that ` or `, and that ` right after a quotation: a reported statement goes on. */
const THAT_GOES_ON = /^\s*,?\s*(?:but|and)\s+that\s/;

/** `reacted with a letter`, `reacted by …`: the reaction is something else than the quote. */
const REACTED_OTHERWISE = /^\s+(?:with|by)\b/;

function matchCueAfterQuoteAt(after: string, verb: VerbHit): { cue: Cue; end: number } | null {
  if (verb.verb === "according to") return null;
  if (verb.verb === "reacted" && REACTED_OTHERWISE.test(after.slice(verb.end))) return null;
  const pre = after.slice(0, verb.start);
  // `,” Smith was quoted by Reuters as saying.`: the one quoted said it.
  const quoted = verb.verb === "saying" ? QUOTED_AS.exec(pre) : null;
  if (quoted) {
    const head = pre.slice(0, quoted.index + 1);
    const gap = AFTER_QUOTE_GAP.exec(head)![0].length;
    const subject =
      subjectThenAuxFrom(head, gap) ?? /^(?:he|she|they|we|I)(?=\s+$)/.exec(head.slice(gap))?.[0];
    if (!subject) return null;
    return { cue: cueFrom(subject, head.lastIndexOf(subject), "said"), end: verb.end };
  }
  // `…,” but that its observers had noted`: the statement goes on after the quotation, no cue of
  // it.
  if (THAT_GOES_ON.test(pre)) return null;
  // The pattern ends in white space before the verb.
  // No subject starts with white space, a comma or a dash, so only the longest gap can work.
  const subject = endsWithSpace(pre)
    ? subjectThenAuxFrom(pre, AFTER_QUOTE_GAP.exec(pre)![0].length)
    : null;
  if (subject !== null) {
    // `,” the jury was told.`: whoever told them goes unnamed.
    if (isPassive(after, verb)) return { cue: cueFrom("", verb.start, verb.verb), end: verb.end };
    const at = pre.lastIndexOf(subject);
    return { cue: cueFrom(subject, at, verb.verb), end: verb.end };
  }
  // `,” a Department of Health and Social Care spokesperson said`: a subject holding `and`.
  const gap = AFTER_QUOTE_GAP.exec(pre)![0].length;
  const joined = subjectWithAnd(after, gap, verb.start);
  if (joined !== null) return { cue: cueFrom(joined, gap, verb.verb), end: verb.end };
  // `,” a woman who lives nearby said`: a description and its restrictive `who` clause, or the name
  // that clause gives (`a woman who gave her name as Olena Hrytsenko said`).
  const who = DESCRIBED_WHO.exec(pre);
  if (who?.[1]) {
    const named = GAVE_NAME.exec(pre.slice(gap + who[1].length))?.groups?.name;
    const speaker = named ?? who[1];
    const at = named ? pre.lastIndexOf(speaker) : gap;
    return { cue: cueFrom(speaker, at, verb.verb), end: verb.end };
  }
  // `,” CBS This Morning co-Anchor DeMarco Morgan said`: capitalized words the grammar does not
  // read as one subject; the name before the verb.
  if (pre.length > 4 && CAPITALIZED_RUN.test(pre)) {
    const named = nameOrPronounBefore(pre, 0);
    if (named?.speaker.includes(" ")) {
      return { cue: cueFrom(named.speaker, named.at, verb.verb), end: verb.end };
    }
  }
  if (/^\s*[,—–]?\s*$/.test(pre)) {
    const inverted = invertible(verb.verb)
      ? matchInverted("after-verb", after.slice(verb.end, verb.end + 200))
      : null;
    if (inverted && !isClause(inverted.subject)) {
      const at = verb.end + inverted.text.length - inverted.subject.length;
      // `,” said a woman who gave her name as Olena Hrytsenko`: the name the description gives.
      const named = DETERMINED.test(inverted.subject)
        ? GAVE_NAME.exec(after.slice(at + inverted.subject.length))
        : null;
      const name = named?.groups?.name;
      if (named && name) {
        const nameAt = at + inverted.subject.length + named[0].length - name.length;
        return { cue: cueFrom(name, nameAt, verb.verb), end: nameAt + name.length };
      }
      const subject = withComplement(
        inverted.subject,
        after.slice(at + inverted.subject.length),
        verb.verb,
      );
      // `’, said the atmosphere in the tent had been “…”`: the words after the verb are its
      // clause's subject, not its speaker.
      if (CLAUSE_AFTER_SUBJECT.test(after.slice(at + subject.length, at + subject.length + 80))) {
        return null;
      }
      return {
        cue: cueFrom(subject, at, verb.verb),
        end: at + subject.length,
      };
    }
    // `’ says protester` ending a headline or a standfirst: one of a kind, with no article.
    const bare = BARE_PERSON_AFTER.exec(after.slice(verb.end));
    if (bare?.[1] && PERSON_HEAD.test(bare[1]) && !isPluralNoun(bare[1])) {
      const at = verb.end + bare[0].indexOf(bare[1]);
      return { cue: cueFrom(bare[1], at, verb.verb), end: at + bare[1].length };
    }
  }
  return null;
}

/** A lower-case noun alone after the verb, ending the text: ` protester`. */
const BARE_PERSON_AFTER = /^\s+(\p{Ll}[\p{Ll}-]{2,})\s*$/u;

/** Where a clause's subject ends: a place or two, then its auxiliary (`in the tent had been`). */
const CLAUSE_AFTER_SUBJECT =
  /^(?:\s+(?:in|at|on|of|inside|outside|around|near|over|under|behind)\s+(?:the|a|an|his|her|their|its|this|that)\s+[\p{Ll}-]+){0,2}\s+(?:had|has|have|was|were|is|are|would|will|could|should|might|must|may|can)\s/u;

const AFTER_DASH = new RegExp(`^\\s*[―—–]\\s*(${NAME})(?:,[^.“”"]{0,90})?\\.?\\s*$`, FLAGS);

/** `” ― Krystal Correa` at the end of a paragraph: a quote signed with a dash. */
export function matchDashSignature(after: string): { cue: Cue; end: number } | null {
  const m = AFTER_DASH.exec(after);
  if (!m?.[1]) return null;
  const at = m[0].indexOf(m[1]);
  return {
    cue: { speaker: m[1], verb: "", speakerStart: at, speakerEnd: at + m[1].length },
    end: m[0].length,
  };
}

const COMMA_AT_END = /,\s*(?:and\s+)?$/;

/** `…,” said Caddell, speaking of …`: the speaker named after a verb, before a participle at `at`. */
export function matchInvertedBefore(
  text: string,
  at: number,
): { speaker: string; at: number } | null {
  const from = Math.max(0, at - 150);
  const before = text.slice(from, at);
  // The pattern ends in a comma (and `and`): a text that does not is turned away first.
  if (!COMMA_AT_END.test(before)) return null;
  let m = matchInverted("before-comma", before);
  // `…,” said Carly Fiorina during the debate, suggesting …`: the speaker before an adjunct.
  if (!m) {
    const adjunct = ADJUNCT_BEFORE_COMMA.exec(before);
    if (adjunct) m = matchInverted("before-comma", `${before.slice(0, adjunct.index)}, `);
  }
  if (!m?.subject || isClause(m.subject)) return null;
  return { speaker: m.subject, at: from + m.index + m.text.indexOf(m.subject) };
}

/** Where it was said, after a speaker and before a comma (` during the second GOP debate, `). */
const ADJUNCT_BEFORE_COMMA =
  /\s+(?:during|on|in|at)\s+(?:the|a|an|his|her|their|\p{Lu})[^,;:“”"]{1,60},\s*$/u;

/** The verbs that open `Said X:`, tested first: most sentences open otherwise. */
const OPENING_INITIALS = new Set(OPENING_VERBS.split("|").map((v) => v[0]!));
const OPENING_VERB_FIRST = new RegExp(`^\\s*(?:${OPENING_VERBS})\\s`);

/** The speaker of a sentence that is only `Said X,` before a quote (`pre`: the sentence up to the mark). */
export function matchInvertedOpening(
  pre: string,
): { speaker: string; verb: string; at: number } | null {
  // Most sentences open otherwise: look at their first letter before any pattern.
  let i = 0;
  while (i < pre.length && isSpaceCode(charCodeAt.call(pre, i))) i++;
  if (!OPENING_INITIALS.has(pre[i] ?? "") || !OPENING_VERB_FIRST.test(pre)) return null;
  const m = matchInverted("opening", pre);
  if (!m?.subject || isClause(m.subject)) return null;
  const verb = /\S+/.exec(pre)![0].toLowerCase();
  return { speaker: m.subject, verb, at: m.text.indexOf(m.subject, m.text.search(/\S\s/) + 1) };
}

/**
 * The subject and auxiliaries that make up all of `text`, which ends before a verb (`Republicans
 * have long `): the subject, or null. Anchored at both ends: one pattern run, no search.
 */
export function matchWholeSubject(text: string): string | null {
  return subjectThenAuxFrom(text, 0);
}

/**
 * Whether a tail cue's verb may take its listener as an object (`…, Smith told reporters.`); after
 * any other verb only an adjunct may follow (`…, Smith said on Monday.`), and `said the system
 * favors the wealthy` is no tail.
 */
function takesListener(verb: string): boolean {
  return /^(?:told|tells|tell|telling|asked|asks|assured|assures|warned|warns|reminded|reminds|informed|informs|wrote|writes|emailed|texted)$/.test(
    firstWord(verb),
  );
}

/** A finite verb, and what may open a relative clause before one. */
const FINITE =
  /\s(?:is|was|were|are|has|had|have|will|would|could|should|can|may|might|must|showed|shows|found|finds|suggested|suggests|indicated|indicates)\s/;
const RELATIVE = /\s(?:that|which|who|whom|whose|where|when)\s/;

/**
 * `In an interview, Smith said the risk of a recession was small.`: what follows the verb holds a
 * clause of its own (a finite verb, not in a relative clause), so it is the statement, and the verb
 * is no tail cue closing the words before its comma.
 */
function holdsClause(rest: string): boolean {
  const finite = FINITE.exec(rest);
  return finite !== null && !RELATIVE.test(rest.slice(0, finite.index + 1));
}

/** A comma before the verb further back than this opens no subject (matchTailCue, matchMidCue). */
const COMMA_REACH = 130;

/**
 * The last comma at or before `from` and at or after `floor`, or -1. `lastIndexOf` went on to the
 * sentence's start, for every verb: quadratic in a long sentence without commas.
 */
function lastCommaFrom(text: string, from: number, floor: number): number {
  for (let i = from; i >= floor && i >= 0; i--) if (charCodeAt.call(text, i) === 44) return i;
  return -1;
}

/** `by` and an agent after a participle; not how something was said (`added by phone`). */
const AGENT_AFTER =
  /^\s+by\s+(?!(?:phone|telephone|email|e-mail|text|video|satellite|letter|saying)\b)/;

/** Cue words that are only past participles, and what follows one that describes a noun. */
const PARTICIPLE_ONLY = /^(?:known|shown|seen|given|written|taken|spoken|understood)$/;
const DESCRIBED_AFTER = /^\s+(?:for|as|to|by)\b/;

const PEOPLE_NOUN = new RegExp(`^(?:${PLURAL_NOUNS})$`);
/**
 * A verb whose object may follow it: `wrote` and `tweeted` too (`…, wrote a host of new songs`,
 * `…, tweeted their approval`).
 */
function takesThing(verb: string): boolean {
  return takesObject(verb) || /^(?:wr(?:ote|ites)|tweet(?:ed|s)|posted)$/.test(verb);
}
/**
 * A description's article and head noun, after a quantity (`a host of new songs`: `songs`), up to
 * a preposition, comma or relative pronoun.
 */
const DESCRIPTION_HEAD =
  /^(?:a|an|the|his|her|their|its|our)\s+(?:(?:host|number|lot|series|range|variety|slew|raft|flurry|string|bunch|couple|pair)\s+of\s+(?!(?:the|a|an|his|her|their|its|our|this|that)\s))?(?:[\p{L}-]+\s+){0,3}?(\p{Ll}[\p{L}-]*)(?=\s+(?:to|for|of|at|in|on|with|from|by|who|that|which)\b|,|$)/u;

/**
 * Whether an inverted subject describes a thing, not who speaks: `…, offered an olive branch to
 * the party officials` (the verb's object), not `…, offered one aide`, `…, announced the company`.
 */
function isThingDescribed(phrase: string): boolean {
  const head = DESCRIPTION_HEAD.exec(phrase)?.[1];
  return (
    head !== undefined &&
    !PERSON_HEAD.test(head) &&
    !ORG_NOUNS.test(head) &&
    !DOCUMENT_NOUN.test(head) &&
    !PEOPLE_NOUN.test(head)
  );
}

/**
 * An article, one lower-case noun, then a name (`a point Feinstein`), or a description after a
 * word for what was said (`a point the minister`).
 */
const THING_THEN_NAME =
  /^(?:a|an|the)\s+(\p{Ll}+)\s+(\p{Lu}[\s\S]*|(?<=(?:claim|point|charge|view|accusation|allegation|argument|assessment|suggestion|criticism|complaint|concern|description|characterization|characterisation)\s+)(?:the|his|her|their|its)\s+\p{Ll}[\s\S]*)$/u;
/** Verb forms that are plural nouns too (`EU rules`, `UN reports`, `FBI estimates`). */
const NOUN_TOO = /^(?:rules|reports|claims|notes|states|shows|estimates|forecasts|records)$/;
/**
 * A preposition and initials right before a verb (`under EU ▮rules`, `by FBI ▮estimates`), not a
 * place (`a judge in London ▮rules`).
 */
const NAME_AFTER_PREPOSITION =
  /\s(?:under|of|by|with|per)\s+(?:the\s+)?\p{Lu}{2,}[\p{Lu}.&-]*\s+$/u;
/** Verbs that deny what they take (`a charge Apple rejects`). */
const DENIES =
  /^(?:reject|rejects|rejected|deny|denies|denied|dispute|disputes|disputed|dismiss|dismisses|dismissed|refute|refutes|refuted|contest|contests|contested)$/;
/** An article, a word for a word, then a name (`a word Trump`, `the phrase Obama`). */
const WORD_THEN_NAME =
  /^(?:a|an|the)\s+(?:word|words|term|phrase|name|nickname|slur|insult|label|slogan|line)\s+\p{Lu}/u;
/** A quotation's close and its cue (`,” said Shrestha`, `,” Shrestha said`). */
const QUOTE_CUED_BEFORE =
  /[,.!?][”"’']\s+(?:(?:said|says|told|added|wrote)\s+\p{Lu}|(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}(?:said|says|told|added|wrote)\b)/u;

/**
 * The rest of an aside and a clause after it with a subject and a past verb (`…, according to
 * Roffman, Trump made further demands.`, `…, according to Human Rights Watch, state security
 * forces have killed …`): the aside frames that clause.
 */
const CLAUSE_AFTER_ASIDE = new RegExp(
  `^[^,;:“”"]{1,80},\\s+(?:(?:he|she|they|we|I)\\s+|(?:the\\s+)?(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,3}?|the\\s+\\p{Ll}+\\s+|(?!(?:and|but|or|so|yet|which|who)\\s)(?:\\p{Ll}+\\s+){1,3}?(?:have|has|had)\\s+)(?:${COMMON_PAST.source.slice(1, -1)}|\\p{Ll}+ed)\\s`,
  "u",
);
/** The rest of an aside and the verb of the sentence after it (`…, is the timing of the vote`). */
const VERB_AFTER_ASIDE =
  /^[^,;:“”"]{1,80},\s+(?:is|was|are|were|has|have|had|will|would|could|can|did|does|may|might|should|must)\s/;

/** A comma or point inside a number (`100,000`, `2.5`). */
const NUMBER_MARK = String.raw`(?<=\d)[,.](?=\d)`;

/**
 * What a description after its verb goes on with before the clause ends (`said a spokesman for
 * the campaign`, `said an official in the administration`), which the verb's adjunct pattern
 * took; not a time or where it was said (`in a statement`, `at the briefing`, `on Monday`). A
 * stop after an initial ends no clause (`the U.S.`), nor a number's comma (`100,000`); one after
 * initials run together does (`by the CBI.`).
 */
const complementAfter = (prepositions: string) =>
  new RegExp(
    String.raw`^\s+(?:(?:${prepositions})\s+|(?:at|in)\s+the\s+(?!(?:time|end|moment|meeting|hearing|briefing|interview|event|rally|conference|debate|news|press|White\s+House\s+briefing)\b))(?:(?!(?:on|last|this|yesterday|today|in|at|during|after|before|when|while|told|who)\s)(?:(?<!\p{L})\p{Lu}\.|${NUMBER_MARK}|[^,;:.“”"()\s])+\s+){0,5}?(?:(?<!\p{L})\p{Lu}\.|${NUMBER_MARK}|[^,;:.“”"()\s])+(?=\s*(?:,(?!\d)|[;:!?]|(?<!(?:^|[\s.])\p{Lu})\.|$))`,
    "u",
  );
const COMPLEMENT = complementAfter("for|of|to|with");
/** COMPLEMENT, and `from` (`according to a statement from the club`). */
const COMPLEMENT_FROM = complementAfter("for|of|to|with|from");
const DESCRIBED = /^(?:a|an|one|another|the|two|three|several|some)\s+\p{Ll}/u;

/**
 * `a spokesman` and its complement after it (`for the campaign`), when the clause ends there; then
 * a name set off after the description (`said the mayor of Leeds, Jane Park`), which the resolver
 * takes as the speaker, the description its title.
 */
function withComplement(subject: string, after: string, verb: string): string {
  if (subject.includes(",")) return subject;
  let complement = "";
  // `an interview his brother gave (to ITV)`: a relative clause's verb ends the description.
  const last = subject.slice(subject.lastIndexOf(" ") + 1);
  if (DESCRIBED.test(subject) && !COMMON_PAST.test(last) && !/^\p{Ll}+ed$/u.test(last)) {
    // `according to a statement from the club`: a document and who sent it; `read a letter from
    // the club` keeps the letter alone.
    const m = (verb === "according to" ? COMPLEMENT_FROM : COMPLEMENT).exec(after);
    // `… to President George W.` where the sentence was cut after an initial: no complement.
    if (m && !(/\s\p{Lu}$/u.test(m[0]) && charCodeAt.call(after, m[0].length) === 46)) {
      complement = m[0];
    }
  }
  if (!DETERMINED.test(subject)) return subject + complement;
  const named = NAME_AFTER_DESCRIPTION.exec(after.slice(complement.length));
  return subject + complement + (named?.[0] ?? "");
}

/** A determiner opening a description (`the Labour MP for Birmingham Yardley`). */
const DETERMINED = /^(?:a|an|one|another|the|his|her|its|their)\s/i;

/**
 * A comma and a name of two words or more, maybe after an age, ending a clause (`, Jane Park.`,
 * `, Erik ten Hag,`, `, 23-year-old Ahmed Ali.`).
 */
const NAME_AFTER_DESCRIPTION = new RegExp(
  String.raw`^,\s+(?:\d{1,3}-year-old\s+)?(?:${HONORIFIC}\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:${NAME_PARTICLES})\s+)?\p{Lu}[\p{L}’'.-]*)+(?=\s*(?:[,.;!?]|$))`,
  "u",
);

/** `for` or `of` before a capitalized word, right after a subject: the rest of a name. */
const NAME_GOES_ON = /^\s+(?:for|of)\s+(?:the\s+)?\p{Lu}/u;

/**
 * The tail's `subject` in `rest`, or the whole name up to a comma when the tail cut it before its
 * `for` or `of` to read the rest as an adjunct (`…, according to the Office for National
 * Statistics, above the Bank's target`, `said the Institute for Fiscal Studies, a think tank`).
 */
function wholeNameBeforeComma(rest: string, subject: string | undefined): string | undefined {
  if (subject === undefined) return undefined;
  if (!NAME_GOES_ON.test(rest.slice(rest.indexOf(subject) + subject.length))) return subject;
  const whole = matchInverted("mid", rest)?.subject;
  return whole !== undefined && whole.length > subject.length && whole.startsWith(subject)
    ? whole
    : subject;
}

/**
 * `…, according to a report presented to Calderdale Council's cabinet`: a participle the grammar
 * left at the end of a description, its phrase cut off, is dropped (`a report`).
 */
function withoutDanglingParticiple(subject: string, after: string): string {
  if (!/^\s+(?:to|at|in|on|for|with|before)\s/.test(after)) return subject;
  const m = /^((?:a|an|the)\s+\S.*?)\s+\p{Ll}+ed$/u.exec(subject);
  return m?.[1] ?? subject;
}

/** Closing quotation marks alone between a comma and `according to`. */
const CLOSING_MARKS = /^((?:[”"’]|'')+)\s+$/;

/** `…, X said.` at the end of a sentence: the cue and where the statement before it ends. */
export function matchTailCue(
  sentence: string,
  verbs: readonly VerbHit[],
): { cue: Cue; contentEnd: number } | null {
  // `…, the Department for Environment, Food and Rural Affairs said.`: no comma of the name's
  // sets the subject off (offsets kept; the speaker given back as written).
  const remits = maskRemits(sentence);
  if (remits === null) return tailCueIn(sentence, verbs);
  const found = tailCueIn(remits, verbs);
  return found && { ...found, cue: { ...found.cue, speaker: unmaskRemits(found.cue.speaker) } };
}

function tailCueIn(
  sentence: string,
  verbs: readonly VerbHit[],
): { cue: Cue; contentEnd: number } | null {
  for (let v = verbs.length - 1; v >= 0; v--) {
    const verb = verbs[v]!;
    if (sentence.length - verb.end > 220) break;
    // `…, he laughs.`: a laugh or a sigh after words of no quotation says none of them.
    if (verb.verb === "laughs" || verb.verb === "sighs") continue;
    // `…, predicted Madeleine Kunin, the former governor challenged by Sanders`: a participle
    // with its agent describes; the cue is an earlier verb.
    if (AGENT_AFTER.test(sentence.slice(verb.end, verb.end + 24)) && /ed$/.test(verb.verb))
      continue;
    // `…, a hormone known for its ability to …`: a participle describing a noun.
    if (
      PARTICIPLE_ONLY.test(verb.verb) &&
      DESCRIBED_AFTER.test(sentence.slice(verb.end, verb.end + 5))
    )
      continue;
    // `…, political analysts say; in 2012, …`: a semicolon ends the tail as a full stop does.
    const after = sentence.slice(verb.end);
    const semicolon = after.indexOf(";");
    const rest = semicolon < 0 ? after : after.slice(0, semicolon);
    // `It is unclear, officials said, when the bridge will reopen`: the question after the cue is
    // what is unclear, no time of the cue's.
    if (WH_REST.test(rest) && NOT_KNOWN_BEFORE.test(sentence.slice(0, verb.start))) continue;
    // What follows `X said` must end the sentence; test it once, when a comma before the verb
    // asks (most verbs have none within reach).
    let restOk: boolean | undefined;
    const floor = verb.start - COMMA_REACH;
    for (
      let c = lastCommaFrom(sentence, verb.start - 1, floor);
      c > 0;
      c = lastCommaFrom(sentence, c - 1, floor)
    ) {
      const pre = sentence.slice(c + 1, verb.start);
      // `She compared it to a “root canal,” according to his memoir.`: the statement ends with the
      // quotation closed after the comma (a quotation before any other verb is a direct quote's).
      const closed = verb.verb === "according to" ? CLOSING_MARKS.exec(pre) : null;
      const blank = closed !== null || isBlank(pre);
      restOk ??=
        verb.verb !== "according to" &&
        (takesListener(verb.verb) ? TAIL_REST.test(rest) : TAIL_REST_NO_OBJECT.test(rest)) &&
        !holdsClause(rest) &&
        // `…, a health worker … said by phone that the situation had deteriorated`: the verb's
        // own statement follows it; no tail.
        !THAT_CLAUSE_AFTER.test(rest);
      if (!restOk && !blank) break;
      // `The biggest change, according to a person close to the process, is …`: a cue set off
      // by commas before the sentence's verb frames the whole sentence (matchMidCue).
      if (
        verb.verb === "according to" &&
        (VERB_AFTER_ASIDE.test(rest) ||
          CLAUSE_AFTER_ASIDE.test(rest) ||
          // `“…,” said Akhilesh Shrestha, a doctor, according to Reuters.`: the quotation has its
          // own cue; the source stands behind both.
          QUOTE_CUED_BEFORE.test(sentence.slice(0, c)))
      )
        break;
      if (blank) {
        // `Outside court, the victim's sister, Amara Okafor, read a statement`: what is read after
        // words of no quotation is the verb's object, not its speaker (`“…,” read the statement`).
        if (
          /^reads?$/.test(verb.verb) &&
          !/[”"’']/.test(pre) &&
          !/[”"’']\s*$/.test(sentence.slice(0, c))
        )
          continue;
        const inverted = invertible(verb.verb)
          ? (wholeNameBeforeComma(rest, matchInverted("tail", rest)?.subject) ??
            (verb.verb === "according to"
              ? (ACCORDING_TO_ANY_TAIL.exec(rest)?.[1] ?? ACCORDING_THEN_COMMENT.exec(rest)?.[1])
              : undefined))
          : undefined;
        if (
          inverted !== undefined &&
          !isInvertedClause(verb.verb, inverted) &&
          !(takesThing(verb.verb) && isThingDescribed(inverted)) &&
          (verb.verb === "according to" || !holdsClause(rest)) &&
          // `John Smith, a lawyer, wrote a letter`: what comes before is the verb's own subject.
          !isWholeSubject(sentence.slice(0, c + 1))
        ) {
          const at = verb.end + rest.indexOf(inverted);
          const subject = withoutDanglingParticiple(
            withComplement(inverted, sentence.slice(at + inverted.length), verb.verb),
            sentence.slice(at + inverted.length),
          );
          // `…, wrote a host of new songs`: a quantity's head is after its `of`.
          if (subject !== inverted && takesThing(verb.verb) && isThingDescribed(subject)) continue;
          return {
            cue: cueFrom(subject, at, verb.verb),
            contentEnd: closed ? c + 1 + closed[1]!.length : c,
          };
        }
        continue;
      }
      if (!isSpaceCode(charCodeAt.call(pre, 0)) || !endsWithSpace(pre)) continue;
      // `…, which officials estimate at nearly half of …`: a relative clause on a thing before it,
      // whose subject's verb frames no statement.
      if (RELATIVE_OPENING.test(pre)) break;
      // `…, the British Medical Association (BMA) has announced.`: the initials are no subject's.
      const subject =
        subjectThenAuxFrom(withoutInitialsBeforeVerb(pre, pre.length).trimStart(), 0) ??
        subjectWithAnd(sentence, c + 2, verb.start) ??
        joinedDescriptions(pre);
      // `…, a word Trump then repeated.`: a word and who said it, the object of a relative
      // clause; no cue (`…, a point Feinstein also acknowledged` is one).
      if (subject !== null && WORD_THEN_NAME.test(subject)) break;
      // `…, well ahead of analysts' forecasts of $20.4bn.`: after a possessive, a noun.
      if (subject !== null && /s[’']$/.test(subject)) break;
      // `Maria Lopez, who sponsored the measure, said residents had complained`: a verb of speech
      // opening the words before the verb is the sentence's own cue, not a subject.
      if (subject !== null && isVerbOfSpeech(subject)) break;
      // `…, saying their drivers follow EU rules when …`: a participle's clause, whose noun
      // (`rules`) is no verb of the sentence's.
      if (subject !== null && PARTICIPLE_CLAUSE.test(subject)) break;
      // `…, officials said, though the figures have not been independently confirmed.`: a
      // subordinate clause after the statement is no tail's.
      if (subject !== null && SUBORDINATOR_OPENING.test(subject)) break;
      // `…, often for whatever traders offered.`: a phrase of how or for what, no subject.
      if (subject !== null && ADJUNCT_OPENING.test(subject)) break;
      // `…, an offer the union rejected on Sunday night.`: what a body rejects is no statement.
      if (subject !== null && DENIES.test(verb.verb) && THING_THEN_BODY.test(subject)) break;
      // `… has an ally in Sen. Dale Rourke, who said on Monday that …`: a relative clause's verb
      // reports what follows it; the clause before the comma names its antecedent.
      if (subject !== null && /^(?:who|which)$/i.test(subject)) break;
      // `…, east of Port Hedland, meant first production was now expected …`: a verb opening the
      // words before the passive is the clause's own; no subject of the cue; so before a noun
      // read as a verb (`Her Italian counterpart, Marco Bellandi, struck a similar note.`, `…,
      // Working America, a labor-affiliated group, found considerable support for …`).
      if (
        subject !== null &&
        /^\p{Ll}/u.test(subject) &&
        COMMON_PAST.test(firstWord(subject)) &&
        (isPassive(sentence, verb) || PAST_THEN_NOUN_WORDS.test(subject))
      )
        break;
      // `…, the maximum allowed under EU rules.`: a plural noun after initials inside a
      // prepositional phrase, not a verb.
      if (NOUN_TOO.test(verb.verb) && NAME_AFTER_PREPOSITION.test(pre)) break;
      if (subject !== null) {
        let at = c + 1 + pre.indexOf(subject);
        // `…, a point Feinstein also acknowledged`: the name acknowledged it.
        const thing = THING_THEN_NAME.exec(subject);
        // `…, a charge Apple rejects.`: what the name denies is not its statement.
        if (thing && DENIES.test(verb.verb)) break;
        if (thing && !PERSON_HEAD.test(thing[1]!) && !ORG_NOUNS.test(thing[1]!)) {
          at += subject.length - thing[2]!.length;
          return { cue: cueFrom(thing[2]!, at, verb.verb), contentEnd: c };
        }
        // `…, it has been revealed.`, `…, it was reported.`: nobody named says it.
        const unnamed = /^it$/i.test(subject) && PASSIVE_IT.test(pre);
        return { cue: cueFrom(unnamed ? "" : subject, at, verb.verb), contentEnd: c };
      }
    }
  }
  return null;
}

/**
 * After the verb of `…, X said, …`: an optional adverb or day and place (`said Tuesday in Paris`),
 * then a comma, and no quotation opening a sentence after it, nor a manner and a colon before one
 * (`Ms Tanabe replied, smiling: “…”`).
 */
const MID_REST = new RegExp(
  String.raw`^(?:\s+(?:then|now|later|earlier|again|too|also|yesterday|today|privately|publicly|recently|\p{Ll}+ly|(?:on\s+)?${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?))?(?:\s+(?:in|at)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})?\s*,\s+(?!(?:[“"‘']|'')\p{Lu})(?!\p{Ll}+ing\s*:)`,
  "u",
);

/**
 * `…, X said, …` inside a sentence; not `During the debate, X said, “We …”`, whose words are the
 * quotation (a quotation going on in lower case, `No change, he said, “hides it”`, is a mid cue).
 */
export function matchMidCue(sentence: string, verbs: readonly VerbHit[]): Cue | null {
  for (const verb of verbs) {
    const rest = sentence.slice(verb.end, verb.end + 200);
    // What follows the verb is the same for every comma before it: test it once, when a comma
    // asks. `X, said Y, …` needs a comma after the subject; `…, X said, …` one after the verb.
    let invertedRest: string | undefined;
    let midRest: boolean | undefined;
    const floor = verb.start - COMMA_REACH;
    for (
      let c = lastCommaFrom(sentence, verb.start - 1, floor);
      c > 0;
      c = lastCommaFrom(sentence, c - 1, floor)
    ) {
      const pre = sentence.slice(c + 1, verb.start);
      if (isBlank(pre)) {
        invertedRest ??=
          invertible(verb.verb) && rest.includes(",")
            ? (matchInverted("mid", rest)?.subject ??
              (verb.verb === "according to" ? ACCORDING_TO_ANY_MID.exec(rest)?.[1] : undefined))
            : undefined;
        if (
          invertedRest !== undefined &&
          !isInvertedClause(verb.verb, invertedRest) &&
          // `Derek Druitt, 83, recalled the 1971 cup final, when …`: what comes before is the
          // verb's own subject (as in tailCueIn).
          !isWholeSubject(sentence.slice(0, c + 1))
        ) {
          return cueFrom(invertedRest, verb.end + rest.indexOf(invertedRest), verb.verb);
        }
        continue;
      }
      midRest ??= verb.verb !== "according to" && MID_REST.test(rest);
      if (!midRest || !isSpaceCode(charCodeAt.call(pre, 0)) || !endsWithSpace(pre)) continue;
      const subject =
        subjectThenAuxFrom(withoutInitialsBeforeVerb(pre, pre.length).trimStart(), 0) ??
        subjectWithAnd(sentence, c + 2, verb.start);
      // `The inspector, who testified Monday, said …`: a relative clause set off, no cue; nor
      // one inside the words set off (`…, one of the last trading pits where orders are still
      // shouted, …`).
      if (subject !== null && !RELATIVE_WORD.test(subject) && !RELATIVE_INSIDE.test(subject)) {
        return cueFrom(subject, c + 1 + pre.indexOf(subject), verb.verb);
      }
    }
  }
  return null;
}

/** A relative pronoun as a clause's subject. */
const RELATIVE_WORD = /^(?:who|which|that)$/;
/** A relative word inside a subject: `pits where orders`. */
const RELATIVE_INSIDE = /\s(?:where|which|whom|when)\s/;
