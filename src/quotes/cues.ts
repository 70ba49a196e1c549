/**
 * Reporting cues: the verb a newsroom uses to attribute words ("said", "added", "according to") and the
 * phrase naming who spoke, in the orders news prose uses them: `X said`, `said X`, `according to X`.
 * Pure regular expressions over short strings; no model. The subject before a verb is found by
 * src/quotes/cue-subjects.ts (re-exported here).
 */

import { endsWithSpace, isBlank, isSpaceCode } from "./chars.js";
import {
  DESC,
  FLAGS,
  NAME,
  NOT_FUNCTION_WORD,
  NOT_INFINITIVE,
  OPENING_VERBS,
  PLURAL,
  PREPOSITION,
  TAIL_ADJUNCT,
  WEEKDAY,
  WEEKDAYS,
} from "./cue-grammar.js";
import {
  COMMON_PAST,
  matchSentenceSubject,
  matchSubjectBefore,
  SENTENCE_OPENER,
  subjectThenAuxFrom,
} from "./cue-subjects.js";
import { matchInverted } from "./inverted-subjects.js";
import { SENTENCE_ADVERB } from "./speaker-words.js";
import {
  findVerbs,
  firstWord,
  isListedBefore,
  isPhrasal,
  isVerbWord,
  needsThat,
  takesObject,
  type VerbHit,
} from "./verbs.js";

export { matchSentenceSubject, matchSubjectBefore };

/** A name and its appositive, all a sentence holds before a comma (`John Smith, a lawyer,`). */
const NAME_AND_APPOSITIVE = new RegExp(
  `^\\s*${NOT_FUNCTION_WORD}(${NAME}),\\s+(?:a|an|the|his|her|their|its)\\s[^,.;:“”"]{1,80},$`,
  FLAGS,
);

/** Whether `head` is only a name and its appositive, the name no sentence adverb (`Meanwhile, …`). */
function isWholeSubject(head: string): boolean {
  const name = NAME_AND_APPOSITIVE.exec(head)?.[1];
  return name !== undefined && !SENTENCE_ADVERB.test(name) && !SENTENCE_OPENER.test(`${name} `);
}
/** What may stand between a closing quotation mark and its cue's subject: a comma or a dash. */
const AFTER_QUOTE_GAP = /^\s*[,—–]?\s*/;
const TAIL_REST = new RegExp(`^${TAIL_ADJUNCT}[.!?]?\\s*$`, FLAGS);
/** After a verb that takes an object, only an adjunct may follow a tail cue (`…, officials confirmed on Friday.`). */
const TAIL_REST_NO_OBJECT = new RegExp(
  `^(?:,?\\s+${NOT_INFINITIVE}${PREPOSITION}\\b[^;:“”"]{0,80}?)?[.!?]?\\s*$`,
  FLAGS,
);
/**
 * What `according to` names is a noun phrase whatever its words (`their friends and advisers`,
 * `FEC filings`, `early results of the exit poll conducted by …`): when the subject grammar does not
 * take it whole, the phrase up to the comma or the sentence's end. Not `according to plan`.
 */
const ACCORDING_PHRASE = String.raw`(?!(?:plan|schedule|script|form|protocol|tradition)\b)[\p{L}\d$][^,;:“”"()]{1,110}?`;
const ACCORDING_TO_ANY_START = new RegExp(
  `^(According\\s+to)\\s+(${ACCORDING_PHRASE}),\\s+`,
  FLAGS,
);
const ACCORDING_TO_ANY_TAIL = new RegExp(
  `^\\s+(${ACCORDING_PHRASE})(?:\\s*\\([^()]{1,40}\\))?[.!?]?\\s*$`,
  FLAGS,
);
const ACCORDING_TO_ANY_MID = new RegExp(`^\\s+(${ACCORDING_PHRASE})\\s*,\\s`, FLAGS);
/**
 * `In a Fox News poll released Thursday, Trump led with 45 percent`: a poll or survey opening the
 * sentence is the source of what follows, as after `according to`.
 */
const IN_POLL_START = new RegExp(
  String.raw`^(In)\s+((?:(?:a|an|the|its|this|that|their)\s+|\p{Lu})(?:(?!\b(?:as|when|after|before|while|that|which)\s)[^,;:“”"()]){0,100}?\b(?:poll|polls|survey|surveys)(?:\s+(?:released|conducted|published|taken|last|this|of|from|by|for|in|on)\b[^,;:“”"()]{0,60}?)?),\s+(?![\p{Ll}]+(?:ing|ed)\b)`,
  FLAGS,
);
/** A participle opens no statement: `According to a poll, Trump won 30%, ▮leading the field`. */
const PARTICIPLE_START = /^\p{Ll}+(?:ing|ed)\b/u;

/** `told X` names whom X was told, never who told (`…, told Fox News on Sunday that …`). */
const NAMES_LISTENER = /^(?:told|tells|tell|informed|informs|assured|assures|reminded|reminds)\b/;

/** Verbs a news sentence puts before their speaker (`…, said Smith`); never `wants` or `backs`. */
const INVERTS =
  /^(?:said|says|say|told|tells|wrote|writes|read|reads|went|put|shot|according|replied|replies|quipped|admitted|admits|summed|snapped|(?:add|explain|continu|not|recall|argu|insist|warn|declar|ask|conclud|conced|acknowledg|observ|remark|jok|counter|recount|predict|caution|stat|announc|emphasiz|stress|suggest|complain|boast|claim|post|tweet|respond|agre|offer|opin|mus|lament|report|confirm|wonder|point|chim|scoff|marvel|exult|exclaim|crack|grip|grumbl|sigh|laugh|shout|yell|fir|react|retort)(?:e|es|ed|s|d)?)$/;

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
 * report`, `according to its FEC reports`).
 */
function isInvertedClause(verb: string, phrase: string): boolean {
  return verb !== "according to" && isClause(phrase);
}

/** An adverb of time before a participle that makes a title (`newly elected`, `recently named`). */
const RECENT = /^(?:recently|newly|just)$/;

/** `said the event brought back memories`: a verb inside is a clause, not a speaker. */
function isClause(phrase: string): boolean {
  // Only the head: `Victor Cha, who served as …` has its verb in the appositive.
  const head = phrase.split(/,|\s(?:who|which|that)\s/)[0] ?? phrase;
  const words = head.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    // `the company's recently named executive chair Marcelo Claure`: a title, not a clause.
    if (RECENT.test(words[i - 1]!) && /^\p{Ll}+ed$/u.test(w)) continue;
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

function cueFrom(speaker: string, speakerAt: number, verb: string): Cue {
  return {
    speaker,
    verb: normalizeVerb(verb),
    speakerStart: speakerAt,
    speakerEnd: speakerAt + speaker.length,
  };
}

/** A cue right after a closing quote mark: `, Lavrov said`, `, said Locke`, ` he added`. */
export function matchCueAfterQuote(after: string): { cue: Cue; end: number } | null {
  const verbs = findVerbs(after.slice(0, 160));
  // `, Scott Pruitt, one of the states suing the EPA, said`: the first verb may sit in an appositive.
  for (let v = 0; v < verbs.length && v < 3; v++) {
    const found = matchCueAfterQuoteAt(after, verbs[v]!);
    if (found) return found;
    if (/[.!?]/.test(after.slice(0, verbs[v]!.start))) break;
  }
  return null;
}

/** `reacted with a letter`, `reacted by …`: the reaction is something else than the quote. */
const REACTED_OTHERWISE = /^\s+(?:with|by)\b/;

function matchCueAfterQuoteAt(after: string, verb: VerbHit): { cue: Cue; end: number } | null {
  if (verb.verb === "according to") return null;
  if (verb.verb === "reacted" && REACTED_OTHERWISE.test(after.slice(verb.end))) return null;
  const pre = after.slice(0, verb.start);
  // The pattern ends in white space before the verb.
  // No subject starts with white space, a comma or a dash, so only the longest gap can work.
  const subject = endsWithSpace(pre)
    ? subjectThenAuxFrom(pre, AFTER_QUOTE_GAP.exec(pre)![0].length)
    : null;
  if (subject !== null) {
    const at = pre.lastIndexOf(subject);
    return { cue: cueFrom(subject, at, verb.verb), end: verb.end };
  }
  if (/^\s*[,—–]?\s*$/.test(pre)) {
    const inverted = invertible(verb.verb)
      ? matchInverted("after-verb", after.slice(verb.end, verb.end + 200))
      : null;
    if (inverted && !isClause(inverted.subject)) {
      const at = verb.end + inverted.text.length - inverted.subject.length;
      return {
        cue: cueFrom(inverted.subject, at, verb.verb),
        end: verb.end + inverted.text.length,
      };
    }
  }
  return null;
}

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
  const m = matchInverted("before-comma", before);
  if (!m?.subject || isClause(m.subject)) return null;
  return { speaker: m.subject, at: from + m.index + m.text.indexOf(m.subject) };
}

/** The verbs that open `Said X:`, tested first: most sentences open otherwise. */
const OPENING_INITIALS = new Set(OPENING_VERBS.split("|").map((v) => v[0]!));
const OPENING_VERB_FIRST = new RegExp(`^\\s*(?:${OPENING_VERBS})\\s`);

/** The speaker of a sentence that is only `Said X,` before a quote (`pre`: the sentence up to the mark). */
export function matchInvertedOpening(
  pre: string,
): { speaker: string; verb: string; at: number } | null {
  // Most sentences open otherwise: look at their first letter before any pattern.
  let i = 0;
  while (i < pre.length && isSpaceCode(pre.charCodeAt(i))) i++;
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
  /\s(?:is|was|were|are|will|would|could|should|can|may|might|must|showed|shows|found|finds|suggested|suggests|indicated|indicates)\s/;
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
  for (let i = from; i >= floor && i >= 0; i--) if (text.charCodeAt(i) === 44) return i;
  return -1;
}

/** `by` and an agent after a participle; not how something was said (`added by phone`). */
const AGENT_AFTER =
  /^\s+by\s+(?!(?:phone|telephone|email|e-mail|text|video|satellite|letter|saying)\b)/;

/** Cue words that are only past participles, and what follows one that describes a noun. */
const PARTICIPLE_ONLY = /^(?:known|shown|seen|given|written|taken|spoken|understood)$/;
const DESCRIBED_AFTER = /^\s+(?:for|as|to|by)\b/;

/** `…, X said.` at the end of a sentence: the cue and where the statement before it ends. */
export function matchTailCue(
  sentence: string,
  verbs: readonly VerbHit[],
): { cue: Cue; contentEnd: number } | null {
  for (let v = verbs.length - 1; v >= 0; v--) {
    const verb = verbs[v]!;
    if (sentence.length - verb.end > 220) break;
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
      const blank = isBlank(pre);
      restOk ??=
        verb.verb !== "according to" &&
        (takesListener(verb.verb) ? TAIL_REST.test(rest) : TAIL_REST_NO_OBJECT.test(rest)) &&
        !holdsClause(rest);
      if (!restOk && !blank) break;
      if (blank) {
        const inverted = invertible(verb.verb)
          ? (matchInverted("tail", rest)?.subject ??
            (verb.verb === "according to" ? ACCORDING_TO_ANY_TAIL.exec(rest)?.[1] : undefined))
          : undefined;
        if (
          inverted !== undefined &&
          !isInvertedClause(verb.verb, inverted) &&
          (verb.verb === "according to" || !holdsClause(rest)) &&
          // `John Smith, a lawyer, wrote a letter`: what comes before is the verb's own subject.
          !isWholeSubject(sentence.slice(0, c + 1))
        ) {
          const at = verb.end + rest.indexOf(inverted);
          return { cue: cueFrom(inverted, at, verb.verb), contentEnd: c };
        }
        continue;
      }
      if (!isSpaceCode(pre.charCodeAt(0)) || !endsWithSpace(pre)) continue;
      const subject = subjectThenAuxFrom(pre.trimStart(), 0);
      if (subject !== null) {
        const at = c + 1 + pre.indexOf(subject);
        return { cue: cueFrom(subject, at, verb.verb), contentEnd: c };
      }
    }
  }
  return null;
}

/**
 * After the verb of `…, X said, …`: an optional adverb or day and place (`said Tuesday in Paris`),
 * then a comma, and no quotation opening a sentence after it.
 */
const MID_REST = new RegExp(
  String.raw`^(?:\s+(?:then|now|later|earlier|again|too|also|yesterday|today|privately|publicly|recently|\p{Ll}+ly|(?:on\s+)?${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?))?(?:\s+(?:in|at)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})?\s*,\s+(?!(?:[“"‘']|'')\p{Lu})`,
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
        if (invertedRest !== undefined && !isInvertedClause(verb.verb, invertedRest)) {
          return cueFrom(invertedRest, verb.end + rest.indexOf(invertedRest), verb.verb);
        }
        continue;
      }
      midRest ??= verb.verb !== "according to" && MID_REST.test(rest);
      if (!midRest || !isSpaceCode(pre.charCodeAt(0)) || !endsWithSpace(pre)) continue;
      const subject = subjectThenAuxFrom(pre.trimStart(), 0);
      if (subject !== null) {
        return cueFrom(subject, c + 1 + pre.indexOf(subject), verb.verb);
      }
    }
  }
  return null;
}

/** `According to X, …` at the start of a sentence: the cue and where the statement starts. */
export function matchAccordingToStart(sentence: string): { cue: Cue; contentStart: number } | null {
  // The patterns are long: a sentence that does not open with the words is turned away first.
  if (!sentence.startsWith("According")) return null;
  const m = matchInverted("according-to", sentence);
  if (m && (m.appositive === undefined || !PARTICIPLE_START.test(sentence.slice(m.text.length)))) {
    return accordingTo(sentence, m.head!, m.subject, m.text.length);
  }
  const any = ACCORDING_TO_ANY_START.exec(sentence);
  if (any?.[1] === undefined || any[2] === undefined) return null;
  return accordingTo(sentence, any[1], any[2], any[0].length);
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
 * `Kasich was at 25 percent support in the most recent Fox poll.`: a poll closing a sentence that
 * reports its results (a number, a lead, a place) is the sentence's source.
 */
const IN_POLL_TAIL = new RegExp(
  String.raw`,?\s+in\s+((?:(?:the|a|an|our|its|their|this|these|recent|new|national|public)\s+|\p{Lu})[^,;:“”"()]{0,80}?\b(?:poll|polls|survey|surveys|Poll|Survey)\b(?:\s+(?:released|conducted|published|taken|of|from|by|for|on)\b[^,;:“”"()]{0,60}?)?)[.!]?\s*$`,
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

/**
 * `In a Fox News poll released Thursday, …`: the poll as the cue's speaker (the cue's verb `in`),
 * and where its statement starts; null for any other sentence.
 */
export function matchPollStart(sentence: string): { cue: Cue; contentStart: number } | null {
  const m = IN_POLL_START.exec(sentence);
  if (!m || m[2] === undefined) return null;
  return {
    cue: cueFrom(m[2], m[0].indexOf(m[2], 2), "in"),
    contentStart: m[0].length,
  };
}

const DAY_WORD = `${WEEKDAYS}|today|yesterday`;
/** A description's capitalised last word goes on as a name does: `the Supreme ▮Court`. */
const NAME_RUN_ON = String.raw`(?:(?<=\s\p{Lu}[\p{L}’'.-]*)\s+\p{Lu}[\p{L}’'.-]*)*`;
/** Whom a `told` names before its statement: `reporters`, `Smith`, `the group`, `delegates here`. */
const OBJECT_AFTER_TELL = new RegExp(
  `^\\s+(?:reporters|journalists|me|us|him|her|them|you|${NAME}|${DESC}${NAME_RUN_ON}|(?:(?!(?:of|in|on|at|for|to|with|about|from|that|the|a|an)\\s)\\p{Ll}[\\p{L}-]*\\s+){1,3}${NAME}|(?:${PLURAL}|(?:\\p{Ll}+\\s+)?\\p{Ll}+s)(?=\\s+(?:(?:here|there|${DAY_WORD})\\s+)*that\\s|\\s+(?:on|at|in|during|after|before|last|this|earlier)\\s(?:(?!\\s(?:is|was|are|were|has|have|had|will|would)\\s)[^,.;:“”"]){1,60}?\\s+that\\s))(?=[\\s,:.])`,
  FLAGS,
);
/** What follows `asked`: what was asked about (`about` dropped), or the question (its wh-word kept). */
export const QUESTION_OPENING = String.raw`\s+(?:about\s+|(?=(?:whether|if|what|why|how|who|when|where|which)\s))`;
/** After `asked X`: the question. */
const QUESTION_AFTER_ASK = new RegExp(`^${QUESTION_OPENING}`);
/** After `asked` with no one asked: only a wh-word opens the question (`asked about` is passive). */
const WH_AFTER_ASK = /^\s+(?=(?:whether|what|why|how|who|when|where|which)\s)/;
/** Before an `asked` whose asker goes unnamed: a passive, or `when`/`if`/`once asked`. */
const NO_ASKER_BEFORE = /\b(?:was|were|been|being|be|is|are|when|if|once)\s+$/;
/** Verbs whose statement may be a question they answer (`explained how …`). */
const WH_VERB =
  /^(?:explain|explained|explains|explaining|describe|described|describes|describing|detailed|details|outlined|outlines|recounted|recalled|revealed|reveals)$/;
const WH_CLAUSE = /^\s+(?=(?:how|why|what|whether)\s)/;
/** An aside between dashes right after a verb, up to (not including) the white space after it. */
const DASH_ASIDE_AFTER = /^\s(?:—|–|--)\s[^—–"“”]{1,100}?\s(?:—|–|--)(?=\s)/;
/**
 * Words between a verb and the `that` of its statement: a time, a place, a manner (`said on
 * Tuesday in a statement that`), never a clause of their own (`said Thursday his worry is that`).
 */
const ADJUNCT = new RegExp(
  `^\\s+(?:(?:here|there|on|in|at|during|last|this|late|early|after|before|earlier|later|over|via|from|to|with|through|${WEEKDAYS}|yesterday|today|tonight|then|now|again|also|publicly|privately|repeatedly|recently|(?:\\p{Ll}+-)*\\p{Ll}+ly)\\b(?:(?!\\s(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must)\\s)[^,.;:“”"]){0,60}?)?(?=\\s+that\\s|\\s*[:,])`,
  FLAGS,
);

/** The forms of `tell`, whose object comes before what is told. */
const TELLS = /^(?:told|tells|tell|telling)$/;

/**
 * Where the reported statement starts after a verb (`said on Tuesday that ▮he will…`, `told
 * reporters ▮he…`), or -1 when the verb does not introduce one.
 */
export function findContentStart(text: string, verb: string, verbEnd: number): number {
  // `said — on Twitter, as it happens — that …`: an aside between dashes is passed over.
  const aside = DASH_ASIDE_AFTER.exec(text.slice(verbEnd, verbEnd + 120));
  let at = aside ? verbEnd + aside[0].length : verbEnd;
  // `telling me I would love it`: whoever is told is no part of what they are told.
  if (TELLS.test(verb) || verb === "asked" || verb === "asks") {
    const obj = OBJECT_AFTER_TELL.exec(text.slice(at, at + 120));
    if (!obj) {
      // `Paul also asked how it is conservative to…`: the question, asked of no one named; not
      // `he was asked whether…`, where the one who asked goes unnamed.
      const question =
        (verb === "asked" || verb === "asks") &&
        !NO_ASKER_BEFORE.test(text.slice(Math.max(0, at - verb.length - 12), at - verb.length))
          ? WH_AFTER_ASK.exec(text.slice(at, at + 20))
          : null;
      return question ? at + question[0].length : -1;
    }
    at += obj[0].length;
    // `asked Carson about his comments`, `asked Obama what he thought`: the question.
    if (verb === "asked" || verb === "asks") {
      const question = QUESTION_AFTER_ASK.exec(text.slice(at, at + 20));
      if (question) return at + question[0].length;
    }
  }
  const rest = text.slice(at, at + 140);
  const colon = /^\s*:\s*/.exec(rest);
  if (colon) return at + colon[0].length;
  const that = /^\s+that[\s,]+/.exec(rest);
  if (that) return at + that[0].length;
  // An adjunct counts only before `that` (`said on Tuesday that`): no `that`, no need to look.
  const adjunct = rest.includes("that") ? ADJUNCT.exec(rest) : null;
  if (adjunct) {
    const after = rest.slice(adjunct[0].length);
    const that2 = /^\s+that\s+/.exec(after);
    if (that2) return at + adjunct[0].length + that2[0].length;
  }
  // `explained how he would …`, `described why …`: the question the verb answers.
  if (WH_VERB.test(verb)) {
    const wh = WH_CLAUSE.exec(rest);
    if (wh) return at + wh[0].length;
  }
  if (needsThat(verb) && !isListedBefore(verb)) return -1;
  // `said in an interview he would run`, `told reporters in Iowa the plan was dead`: a place or
  // occasion, then a clause with its own verb.
  const occasion = OCCASION_THEN_CLAUSE.exec(rest);
  if (occasion) return at + occasion[0].length;
  // `said Tuesday he would…`, `told reporters on Monday night the deal…`: a time first.
  const time = TIME_AFTER_VERB.exec(rest);
  if (time) {
    const start = directStart(rest.slice(time[0].length));
    return start < 0 ? -1 : at + time[0].length + start;
  }
  const start = directStart(rest);
  if (start < 0) return -1;
  // `told a townhall ▮meeting with …`, `told the committee ▮members the plan …`: the object ran on
  // past the words a description took; the statement opens as a clause does, within a few words.
  if (at > verbEnd && !CLAUSE_OPENING.test(rest.slice(start))) {
    // `told a Senate Intelligence Committee hearing on Thursday that ▮…`: `that` ends the run-on.
    const that = OBJECT_THEN_THAT.exec(rest.slice(start));
    if (that) return at + start + that[0].length;
    const more = OBJECT_RUN_ON.exec(rest.slice(start));
    return more ? at + start + more[0].length : -1;
  }
  return at + start;
}

/** How a statement after `told X` opens: a pronoun, a determiner, a name or a number. */
const CLAUSE_OPENING =
  /^(?:(?:he|she|they|it|we|I|you|there|the|a|an|his|her|their|its|our|my|this|that|these|those|some|many|most|all|no|both|several|few|every|each|nobody|everyone)\b|\p{Lu}|\d|\$)/u;
/** Up to three more lower-case words of an object, before what opens a clause. */
const OBJECT_RUN_ON = new RegExp(
  `^(?:\\p{Ll}[\\p{L}’'-]*\\s+){1,3}?(?=${CLAUSE_OPENING.source.slice(1)})`,
  "u",
);

/** The rest of an object, and a time or place after it, up to the `that` opening the statement. */
const OBJECT_THEN_THAT = /^(?:[\p{L}’'.-]+\s+){1,6}?that\s+/u;

/**
 * A time or an adverb right after a verb, before its statement: `Tuesday`, `on Monday night`, `last
 * week`, `for months`, `repeatedly`.
 */
const TIME_AFTER_VERB = new RegExp(
  `^\\s+(?:(?:on\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?|(?:last|this|earlier\\s+this|late\\s+last)\\s+(?:week|month|year|weekend|morning|afternoon|evening|night)|yesterday|today|tonight|for\\s+(?:days|weeks|months|years|decades)|repeatedly|again|publicly|privately|often|recently|previously|flatly|bluntly)(?=\\s)(?!\\s+(?:that|and|or|but|as|in|at|on|to|of|for|with|during|after|before|when|while|if|about|morning|afternoon|evening|night|aboard)\\b)`,
  FLAGS,
);

/**
 * After a verb: a phrase of place or occasion (`in an interview`, `at a rally in Iowa`), not ending
 * in a function word, then a clause that opens with a pronoun or a determiner and has a finite verb
 * within a few words.
 */
const OCCASION_THEN_CLAUSE =
  /^\s+(?:in|on|at|during|via|through)\s+(?:(?!(?:after|before|as|if|when|while|because|since|until|why|what|how|whether|where|that|which|who|but)\s)[^,.;:“”"\s]+\s+){0,6}?(?!(?:of|for|to|with|and|or|from|in|on|at|the|a|an|his|her|their|its|after|before|as|if|when|while|because|since|until|why|what|how|whether|where|that|which|who|about|aboard|into|over|under|than|by|but)\s)[^,.;:“”"\s]+\s+(?=(?:he|she|they|it|we|I|there|the|his|her|their|its)\s(?:[^,.;:“”"\s]+\s+){0,6}?(?:is|was|are|were|will|would|could|should|can|may|might|must|has|have|had|did|does|do|\p{Ll}+ed)\b)/u;

/** A day as a whole word: `said Monday` is a time, not a statement. */
const A_DAY = new RegExp(`^(?:${WEEKDAY}|Today|Yesterday)$`);

/**
 * Where a statement starts that follows a verb directly (`said ▮he would…`, `said ▮“the wind…”
 * despite…`), in `rest` (what follows the verb, from its white space); -1 when none does.
 */
function directStart(rest: string): number {
  // Its first word may be `Mr.` or `2,093`, or a pronoun before an aside (`they, too, have`).
  const direct =
    /^\s+(?=(?:(?:[“"‘]|'')?[\p{L}\d$](?:[\p{L}\d’'-]|[.,](?=\d))*|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|St)\.)\s|\p{Lu}[\p{L}’'-]*,\s|(?:he|she|they|we|I),\s)/u.exec(
      rest,
    );
  if (
    direct &&
    !/^\s+(?:to|in|at|on|of|for|by|about(?!\s+(?:\d|half|a\s+(?:third|quarter|fifth|dozen)|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\b)|with|during|after|before|so|up|nothing|more(?!\s+than\s)|something|anything|this|that(?![’']s\b)|as|yes|no|otherwise|later|earlier|recently|again|also|then|only|just(?!\s+because\b)|simply|repeatedly|publicly|privately|previously|is|was|were|are|be|been|being|being|had|has|have|would|will|could|should|did|do|does|not|and|or|but|if(?=\s+(?:asked|pressed|needed|necessary|so|not|any)\b)|when|what|how|why|whether|from|under|over|via|through|into|onto|upon|between|among|against|toward|towards|regarding|aboard|outside|inside|amid|following|throughout|(?!(?:nearly|roughly|barely|mostly|largely|approximately)\b)(?:\w+-)*\w+ly)\b/.test(
      rest,
    )
  ) {
    const word = /^\s+(\p{Lu}[\p{L}’'-]+)[\s,]/u.exec(rest);
    // `said Monday`, `said Tuesday` are times, not statements.
    if (word?.[1] && A_DAY.test(word[1])) {
      return -1;
    }
    return direct[0].length;
  }
  return -1;
}
