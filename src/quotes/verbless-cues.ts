/**
 * Cues with no reporting verb: `According to X, …` opening a sentence (what the phrase names is a
 * noun phrase whatever its words), a poll or survey that opens or closes one (`In a Fox News
 * poll, Trump led …`, `… 25 percent in the latest Fox poll.`), and a noun of saying, its owner
 * and its `that` clause as a sentence's subject (`The minister's claim that crime had fallen was
 * rejected …`).
 */
import { FLAGS } from "./cue-grammar.js";
import { COMMON_PAST, COMMON_PAST_WORDS } from "./cue-subjects.js";
import { ACCORDING_PHRASE, type Cue, cueFrom, PARTICIPLE_START } from "./cues.js";
import { matchInverted } from "./inverted-subjects.js";

const ACCORDING_TO_ANY_START = new RegExp(
  `^(According\\s+to)\\s+(${ACCORDING_PHRASE}),\\s+`,
  FLAGS,
);

/** `According to X, …` at the start of a sentence: the cue and where the statement starts. */
export function matchAccordingToStart(sentence: string): { cue: Cue; contentStart: number } | null {
  // The patterns are long: a sentence that does not open with the words is turned away first.
  if (!sentence.startsWith("According")) return null;
  const m = matchInverted("according-to", sentence);
  if (
    m &&
    (m.appositive === undefined || !PARTICIPLE_START.test(sentence.slice(m.text.length))) &&
    !isClauseAside(m.subject, m.appositive, sentence.slice(m.text.length))
  ) {
    // `According to the study's co-author, Aminata Traoré-Diallo of the Centre …, the team had …`:
    // a description's name set off after it, with where the person works, goes with it.
    const named =
      m.appositive !== undefined && DESCRIBED.test(m.subject) && NAME_SET_OFF.test(m.appositive);
    return accordingTo(
      sentence,
      m.head!,
      named ? m.subject + m.appositive : m.subject,
      m.text.length,
    );
  }
  const any = ACCORDING_TO_ANY_START.exec(sentence);
  if (any?.[1] === undefined || any[2] === undefined) return null;
  return accordingTo(sentence, any[1], any[2], any[0].length);
}

/** A description opening with an article or an owner (`the study's co-author`). */
const DESCRIBED = /^(?:the|a|an|his|her|their|its|\p{Lu}[\p{L}.-]*[’']s)\s+\p{Ll}/u;
/** A name of two capitalized words or more set off by a comma (`, Aminata Traoré-Diallo of …`). */
const NAME_SET_OFF = /^,\s+\p{Lu}[\p{L}’'.-]*\s+\p{Lu}[\p{L}’'.-]*(?:\s|$)/u;

/** An aside that opens as a clause's subject does, or holds an auxiliary or a share. */
const CLAUSE_ASIDE =
  /^(?:(?:he|she|they|it|we|I|there)\s|.*?\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|may|might|must|should)\b|.*?(?:\d\s?%|\bpercent\b))/su;
const SUBORDINATE_ASIDE =
  /^(?:while|when|whereas|although|though|because|if|since|as|after|before|unless|until)\s/;
/** Verbs in the past that are no noun or adjective in a title (not `set`, `hit`, `left`, …). */
const PAST_IN_ASIDE = (word: string) =>
  COMMON_PAST.test(word) &&
  !/^(?:set|hit|cut|let|put|quit|beat|bore|left|lost|felt|spoke|sold)$/.test(word);
/**
 * What follows an aside that was the statement's first clause (`…, and she asked`, `…, to the
 * club`), or its subject (`According to team sources, Daniel Pereira, who left the field …, is`).
 */
const AFTER_CLAUSE_ASIDE =
  /^(?:(?:and|but|or|nor|yet|so|to|from|with|by|for|of|similar|similarly|who|which|whose)\s|\d{4},)/;

/**
 * Whether `According to X, <aside>, <rest>` took the statement's own first clause for an
 * appositive of X (`According to ProPublica, Clinton praised her donors, and she asked …`,
 * `According to the same poll, Clinton's favorability fell to 55 percent, a drop …`), not a title
 * (`According to Lorella Praeli, Clinton's Latino vote director, the campaign has …`). `subject`
 * holds the aside after a comma when the speaker pattern took it; the words of a relative clause
 * in it are not read (`a close friend of hers who died in 2000`).
 */
function isClauseAside(subject: string, appositive: string | undefined, rest: string): boolean {
  const comma = subject.indexOf(", ");
  const asides = [
    comma < 0 ? "" : subject.slice(comma + 2),
    appositive?.replace(/^,\s+/, "") ?? "",
  ];
  if (asides.every((aside) => aside === "")) return false;
  if (AFTER_CLAUSE_ASIDE.test(rest) || PAST_IN_ASIDE(/^\S*/.exec(rest)![0])) return true;
  return asides.some((aside) => {
    const head = aside.split(/(?:^|\s)(?:who|whose|whom|which|that)\s/)[0]!;
    // `According to Lucy, although not captured on camera, the youngster …`: a subordinate clause
    // set off before the statement stays out of it.
    if (SUBORDINATE_ASIDE.test(head)) return false;
    return CLAUSE_ASIDE.test(head) || head.split(/\s+/).slice(1).some(PAST_IN_ASIDE);
  });
}

/** The cue of `According to X, …` (`head`: the first two words as written). */
function accordingTo(
  sentence: string,
  head: string,
  subject: string,
  contentStart: number,
): { cue: Cue; contentStart: number } {
  const speakerAt = head.length + sentence.slice(head.length).indexOf(subject);
  return { cue: cueFrom(subject, speakerAt, head), contentStart };
}

/**
 * `In a Fox News poll released Thursday, Trump led with 45 percent`, `In exit polls, …`, `In the
 * new Morning Consult poll, conducted March 11-13, …`: a poll or survey opening the sentence is the
 * source of what follows, as after `according to`.
 */
const IN_POLL_START = new RegExp(
  String.raw`^(In)\s+((?:(?:a|an|the|its|this|that|their|exit|recent|several|two|three|many|most|some)\s+|\p{Lu})(?:(?!\b(?:as|when|after|before|while|that|which)\s)[^,;:“”"()]){0,100}?\b(?:poll|polls|survey|surveys)(?:\s+(?:released|conducted|published|taken|last|this|of|from|by|for|in|on)\b[^,;:“”"()]{0,60}?)?)(?:,\s+(?:released|conducted|published|taken)\s[^,;:“”"()]{1,40})?,\s+(?![\p{Ll}]+(?:ing|ed)\b)`,
  FLAGS,
);

/**
 * `Kasich was at 25 percent support in the most recent Fox poll.`: a poll closing a sentence that
 * reports its results (a number, a lead, a place) is the sentence's source.
 */
const IN_POLL_TAIL = new RegExp(
  String.raw`,?\s+in\s+((?:(?:the|a|an|our|its|their|this|these|recent|new|national|public)\s+|\p{Lu})[^,;:“”"()]{0,80}?\b(?:poll|polls|survey|surveys|Poll|Survey)\b(?:\s+(?:released|conducted|published|taken|of|from|by|for|on)\b(?:(?!\s(?:had|has|have|was|were|is|are|will|would|did|does)\s)[^,;:“”"()]){0,60}?)?)[.!]?\s*$`,
  FLAGS,
);
/** What a poll's results say: a number, a lead or a place in the race. */
const POLL_RESULT =
  /\d|\b(?:percent|points?|leads?|led|ahead|behind|trails?|trailed|tied|first|second|third)\b/;

/**
 * `… in the latest CNN/ORC poll released Wednesday.`: the poll closing the sentence as the cue's
 * speaker (the cue's verb `in`), and where its statement ends; null for any other sentence.
 */
export function matchPollTail(sentence: string): { cue: Cue; contentEnd: number } | null {
  const m = IN_POLL_TAIL.exec(sentence);
  if (!m || m[1] === undefined || !POLL_RESULT.test(sentence.slice(0, m.index))) return null;
  return { cue: cueFrom(m[1], m.index + m[0].indexOf(m[1]), "in"), contentEnd: m.index };
}

/** An adverb set off by a comma (`however, `). */
const ADVERB_ASIDE = /^(?:however|meanwhile|though|moreover|in\s+fact|for\s+example),\s+/;

/**
 * `In a Fox News poll released Thursday, …`: the poll as the cue's speaker (the cue's verb `in`),
 * and where its statement starts; null for any other sentence.
 */
export function matchPollStart(sentence: string): { cue: Cue; contentStart: number } | null {
  const m = IN_POLL_START.exec(sentence);
  if (!m || m[2] === undefined) return null;
  // `In a CNN poll conducted on Thursday, however, 73 percent …`: an adverb set off after the poll
  // is no part of what it found.
  const aside = ADVERB_ASIDE.exec(sentence.slice(m[0].length));
  return {
    cue: cueFrom(m[2], m[0].indexOf(m[2], 2), "in"),
    contentStart: m[0].length + (aside?.[0].length ?? 0),
  };
}

/** Nouns for what someone said, which a `that` clause may follow (`claim`, `warning`, `pledge`). */
const SAYING_NOUN =
  "claims?|assertion|insistence|admission|promise|pledge|suggestion|argument|allegations?|statement|prediction|warnings?|announcement|accusation|charge|contention|declaration|boast|vow|threat|denial|comments?|remarks?|complaint|assurances?|acknowledge?ment|revelation|concession";
const SAYING_NOUN_WORD = new RegExp(`^(?:${SAYING_NOUN})$`);
/** Whether a word is a noun of saying (`claim`, `claims`, `warning`). */
export const isSayingNoun = (word: string) => SAYING_NOUN_WORD.test(word);
/**
 * A sentence opening with such a noun, its owner, and `that`: `The minister's claim that`, `Her
 * warning that`, `The claim by the minister that`, `The company's announcement on Tuesday that`.
 * Group 1 the owner before the noun, or group 2 the possessive pronoun; group 3 the noun; group 4
 * the one `by` names; group 5 `was` or `is` before `that` (`Sanders's argument on Sunday was
 * that …`).
 */
const NOMINAL_OPENING = new RegExp(
  String.raw`^(?:(?:But|And|Yet|So)\s+)?(?:((?:[Tt]he\s+)?(?:[\p{L}.&-]+\s+){0,3}?[\p{L}.&-]+)[’'](?:s\s)?\s*|(His|Her|Their|Its)\s+|[Tt]he\s+)(?:(?:latest|earlier|new|repeated|frequent|previous|recent|initial|public|bold|controversial|unfounded|false|stark|blunt|dire)\s+)?(${SAYING_NOUN})(?:\s+by\s+((?:(?:the|a|an)\s+)?[^,;:“”"]{1,60}?))?(?:\s+(?:on|last|this|in)(?:\s+(?!(?:was|is|were|are|has|had|have)\s)[\p{L}\d]+){1,2})?(\s+(?:was|is))?\s+that\s+`,
  "u",
);
/** A verb with its auxiliaries: what the `that` clause says, then the sentence's own verb. */
const FINITE_VERB = new RegExp(
  String.raw`\s(?:(?:had|has|have|was|were|is|are|would|will|could|should|might|may|can|must|did|does|do)(?:n[’']t)?(?:\s+(?:not|never|been|be|also|already|just|\p{Ll}+ly))*\s+\p{Ll}+|\p{Ll}{2,}ed|(?:${COMMON_PAST_WORDS})|(?:had|has|was|is|were|are))(?=[\s,.;:!?]|$)`,
  "gu",
);

/**
 * `The claim by the minister that crime had fallen was rejected by statisticians`, `Her warning
 * that the NHS faced its worst winter was echoed by doctors`: a noun of saying opening the
 * sentence with its owner, the clause after `that` the statement; it ends where the sentence's
 * own verb follows the clause's (no statement when none does: `The claim that …` alone is no
 * sentence of this shape), or at `sentenceEnd` after `was that`. The cue's verb is the noun; its
 * speaker the owner, the one `by` names or the possessive pronoun.
 */
export function matchNominalStart(
  sentence: string,
  sentenceEnd: number,
): { cue: Cue; contentStart: number; contentEnd: number } | null {
  const m = NOMINAL_OPENING.exec(sentence);
  const speaker = m?.[1] ?? m?.[2] ?? m?.[4];
  if (!m || speaker === undefined || m[3] === undefined) return null;
  // The owner, or who made it, but not both (`Trump's claim by …` is no English) nor neither.
  if ((m[1] ?? m[2]) !== undefined && m[4] !== undefined) return null;
  const contentStart = m[0].length;
  // After `was that`, the clause is the rest of the sentence.
  const contentEnd = m[5] ? sentenceEnd : nominalContentEnd(sentence, contentStart);
  if (contentEnd < 0) return null;
  const at = m[4] !== undefined ? m[0].lastIndexOf(m[4], m[0].length - 5) : m[0].indexOf(speaker);
  return { cue: cueFrom(speaker, at, m[3]), contentStart, contentEnd };
}

/** A clause joined to the one before by `and`, `but`, `or` or a comma, right before a verb. */
const JOINED_BEFORE = /(?:,|\s(?:and|but|or)(?:\s+\p{L}+){0,3})$/u;

/**
 * Where the `that` clause from `contentStart` of a noun of saying ends: before the sentence's own
 * verb, which follows the clause's (`that crime had fallen ▮was rejected`), or at a comma between
 * them; -1 when the clause opens with its verb (a relative clause: `The statement that was
 * released`) or no verb of the sentence follows it.
 */
export function nominalContentEnd(sentence: string, contentStart: number): number {
  FINITE_VERB.lastIndex = contentStart;
  const own = FINITE_VERB.exec(sentence);
  if (!own || own.index < contentStart) return -1;
  let after = own.index + own[0].length;
  let main = FINITE_VERB.exec(sentence);
  // `that crime had fallen and prisons were emptying was …`: a verb of a clause joined to the
  // one before is the statement's.
  while (main && JOINED_BEFORE.test(sentence.slice(after, main.index))) {
    after = main.index + main[0].length;
    main = FINITE_VERB.exec(sentence);
  }
  if (!main || main.index - contentStart < 8) return -1;
  // `Sanders' charge that she has been weak on climate change, she said …`: a comma after the
  // clause ends it, where the verb after it is another clause's.
  const comma = sentence.indexOf(", ", after);
  return comma >= 0 && comma < main.index ? comma : main.index;
}
