/**
 * Sentences whose statement has a shape of its own, not a subject before a reporting verb:
 * `According to X, …`, `As X said, …`, `called X “…”`, a question asked by someone unnamed,
 * headlines and labels in title case, and polls (for src/quotes/reported.ts).
 */

import { QUESTION_OPENING } from "./cue-content.js";
import { LABEL_NAME, NOT_A_LABEL } from "./cue-grammar.js";
import { matchWholeSubject } from "./cues.js";
import { countWords } from "./layout.js";
import { parseNameRun } from "./name-runs.js";
import { type Reported, trimSentenceEnd } from "./reported-clauses.js";
import {
  matchAccordingToStart,
  matchNominalStart,
  matchPollStart,
  matchPollTail,
} from "./verbless-cues.js";
import type { VerbHit } from "./verbs.js";

/** After `As X said`: an adjunct (`in an interview`, `out`, `it`), then the comma. */
const AS_REST =
  /^(?:\s+(?:it|out|so|(?:in|on|at|during|last|this|earlier|before|recently|previously|often|repeatedly|just|today|yesterday|first|once|then|now|also|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,;:“”"]{0,40}))?\s*,\s+/;

/** The writer of the article speaking of themselves. */
const WRITER = /^(?:we|I)$/i;

/** `As` opening a sentence, after `But`, `And`, `Yet` or `So` if any. */
const AS_OPENING = /^(?:(?:But|And|Yet|So)\s+as|As)\s+/;
/** `as` opening a clause joined by a conjunction or a semicolon (`…, and as Comey noted, …`). */
const AS_JOINED = /(?:,\s+(?:and|but|yet|so)|;)\s+as\s+/g;

/** Where the subject after the last AS_JOINED before `before` starts, or -1. */
function asJoinedAt(sentence: string, before: number): number {
  let from = -1;
  AS_JOINED.lastIndex = 0;
  for (let m = AS_JOINED.exec(sentence); m && m.index < before; m = AS_JOINED.exec(sentence)) {
    from = m.index + m[0].length;
  }
  return from;
}

/**
 * `As Smith noted, the plan would cost billions.`, `But as Paul Ryan has pointed out, …`: the cue
 * opens the sentence, the statement follows its comma. So after a clause of the writer's and a
 * conjunction: `…, and as Comey noted, people involved could still face sanctions`.
 */
export function matchAsCue(sentence: string, verb: VerbHit, end: number): Reported | null {
  const opening = AS_OPENING.exec(sentence);
  const from = opening ? opening[0].length : asJoinedAt(sentence, verb.start);
  if (from < 0) return null;
  const speaker = matchWholeSubject(sentence.slice(from, verb.start));
  // `As we have noted, a study concluded that …`: the writer's aside; the sentence's own cue says
  // whose the statement is.
  if (speaker && WRITER.test(speaker)) return null;
  const rest = speaker ? AS_REST.exec(sentence.slice(verb.end)) : null;
  if (!speaker || !rest || verb.end + rest[0].length >= end) return null;
  const cue = { speaker, verb: verb.verb, speakerStart: from, speakerEnd: from + speaker.length };
  return { start: verb.end + rest[0].length, end, cue };
}

/**
 * `called` and an object that a quotation qualifies: `called the political system “rotten to the
 * core”`. The quotation opens in lower case: a name is no judgement (`a group called the “We The
 * People Foundation”`).
 */
const CALLS = /^(?:called|calls|call|calling)$/;
const QUOTED_AFTER_OBJECT =
  /^\s+(?!(?:for|on|upon|off|out|in|up|back|it)\s)(?:(?:(?!'')[^\s,;:“”"‘])+\s+){1,14}?(?:[“"‘]|'')\s*\p{Ll}/u;

/**
 * `called him a loser`, `called the deal a disaster`: an object, then what it is called with an
 * indefinite article; not a time, an amount or what is called for (`called the police a few
 * minutes later`, `called it a day`, `called an election`).
 */
const CALLED_A =
  /^\s+(?:him|her|them|it|me|us|you|(?:the|his|her|their|its|this|that)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s+(?:a|an)\s+(?!(?:few|little|number|lot|couple|day|week|month|year|minute|hour|second|night|time|taxi|cab|ambulance|doctor|lawyer|meeting|halt|truce|press|vote|strike|election|referendum|snap|general|special|timeout|foul|penalty)\b)\p{Ll}/u;

/** Where the statement of `called X “…”` or `called X a …` starts in `sentence`, or -1. */
export function callsQuoted(sentence: string, verb: VerbHit): number {
  if (!CALLS.test(verb.verb)) return -1;
  const rest = sentence.slice(verb.end, verb.end + 120);
  if (!QUOTED_AFTER_OBJECT.test(rest) && !CALLED_A.test(rest)) return -1;
  return verb.end + (/^\s+/.exec(rest)?.[0].length ?? 0);
}

/**
 * `Asked whether he would run, Reid said …`, `…, she said when asked which candidate she backs`:
 * a question put by someone unnamed, or named after `by`; `about` is dropped. The question runs to
 * the comma that ends the clause (or the sentence).
 */
const ASKED_UNNAMED = new RegExp(
  String.raw`(?:^|\b(?:[Ww]hen|[Aa]fter|[Oo]nce|[Ii]f)\s+)([Aa]sked)(?:\s+by\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*))?(?:\s+(?:on|in|at|during)\s+[^,.;:“”"]{1,40}?)?${QUESTION_OPENING}`,
  "u",
);

export function askedUnnamed(sentence: string, sentenceEnd: number): Reported | null {
  const m = ASKED_UNNAMED.exec(sentence);
  if (!m) return null;
  const start = m.index + m[0].length;
  const comma = sentence.indexOf(",", start);
  if (comma < 0 && m.index === 0) return null;
  const end = comma < 0 ? sentenceEnd : comma;
  if (end <= start) return null;
  const asker = m[2] ?? "";
  const speakerStart = asker ? m.index + m[0].indexOf(asker, m[0].indexOf(m[1]!) + 5) : m.index;
  const cue = {
    speaker: asker,
    verb: "asked",
    speakerStart,
    speakerEnd: speakerStart + asker.length,
  };
  return { start, end, cue };
}

/** A headline's verb of speech, in capitals. */
const HEADLINE_VERB = "Says|Tells|Warns|Claims|Insists|Admits|Vows|Predicts|Suggests";
/** `Trump Says He’s Unlikely To …`: a name, a verb of speech in capitals, then what was said. */
const HEADLINE_CUE = new RegExp(
  String.raw`^((?:\p{Lu}[\p{L}.’'-]*\s+){1,4}?)(${HEADLINE_VERB})\s+(?=\p{Lu}|[‘“'"])`,
  "u",
);
/** `…, Trevor Noah Says.` at the end of a headline. */
const HEADLINE_TAIL = new RegExp(
  String.raw`,\s+(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s+(${HEADLINE_VERB})[.!?]?\s*$`,
  "u",
);

/**
 * The statement of a headline in title case (`Chris Christie Says He Would Issue A Quarantine`),
 * whose verb the lower-case lexicon does not see; null for any other sentence.
 */
export function headlineStatement(sentence: string): Reported | null {
  const head = HEADLINE_CUE.exec(sentence);
  const tail = head ? null : HEADLINE_TAIL.exec(sentence);
  if (!head && !tail) return null;
  const words = sentence.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const capitals = words.filter((w) => /^[‘“'"(]?\p{Lu}/u.test(w)).length;
  if (words.length < 5 || capitals < words.length * 0.7) return null;
  if (head?.[1] && head[2]) {
    const speaker = head[1].trimEnd();
    const end = trimSentenceEnd(sentence);
    if (head[0].length >= end) return null;
    const cue = {
      speaker,
      verb: head[2].toLowerCase(),
      speakerStart: 0,
      speakerEnd: speaker.length,
    };
    return { start: head[0].length, end, cue };
  }
  if (tail?.[1] && tail[2]) {
    // `‘ISIS Truther’ Donald Trump Is Like A Lawyer’s Dumbest Client Ever, Trevor Noah Says.`
    const speakerStart = tail.index + tail[0].indexOf(tail[1]);
    const speakerEnd = speakerStart + tail[1].length;
    const cue = { speaker: tail[1], verb: tail[2].toLowerCase(), speakerStart, speakerEnd };
    return { start: 0, end: tail.index, cue };
  }
  return null;
}

/** How far into a sentence the colon of a label may stand. */
export const LABEL_REACH = 60;
/** A label and its colon opening a sentence, after an optional `EXCLUSIVE –`. */
const LABEL_OPENING = new RegExp(
  String.raw`^(?:(?:EXCLUSIVE|Exclusive|BREAKING)\s*[–—-]\s*)?(${LABEL_NAME}):\s+(?=\S)`,
  "u",
);
/** A transcript's speaker label: a name in capitals (`TAPPER`, `JAKE TAPPER`), not `FIX IS IN`. */
const TRANSCRIPT_LABEL =
  /^(?!.*\b(?:IS|OF|THE|IN|A|AND|TO|FOR|ON)\b)\p{Lu}[\p{Lu}.’'-]+(?:\s+\p{Lu}[\p{Lu}.’'-]+){0,2}$/u;

/** Whether `paragraph` opens with a label in capitals (`TAPPER: …`, `NEW DELHI: …`). */
function opensWithCapitalsLabel(paragraph: string): boolean {
  const m = LABEL_OPENING.exec(paragraph);
  return m?.[1] !== undefined && TRANSCRIPT_LABEL.test(m[1]);
}

/** A news agency, which a label may credit (`AP: Trump chair routed …`). */
const AGENCY_LABEL = /^(?:AP|AFP|UPI|PTI|IANS|ANI|DPA|REUTERS|BLOOMBERG|XINHUA|TASS)\s*:/;

/** Words that speak as a person does: to someone, as oneself, or asking. */
const SPOKEN = /\b(?:I|I[’']m|I[’']ve|me|my|we|We|us|our|Our|you|You|your|Your)\b|\?/;

/**
 * Whether the capitals label opening paragraph `p` is the article's dateline or a column's name
 * (`NEW DELHI: Their American dream shattered …`, `HUFFPOLLSTER: A ‘Seismic Shift’ …`): one of its
 * first three paragraphs, no news agency, words no one speaks as themselves (`JAKE TAPPER: Do you
 * think …?` is a turn), and no other paragraph opens with capitals and a colon as a transcript's
 * turns do.
 */
export function isDatelineLabel(paragraphs: readonly string[], p: number): boolean {
  const paragraph = paragraphs[p]!;
  if (p > 2 || AGENCY_LABEL.test(paragraph) || !opensWithCapitalsLabel(paragraph)) return false;
  if (SPOKEN.test(paragraph.slice(0, 300))) return false;
  for (let k = 0; k < paragraphs.length; k++) {
    if (k !== p && opensWithCapitalsLabel(paragraphs[k]!)) return false;
  }
  return true;
}

/** A site's notice that it earns from the links it shows. */
const AFFILIATE_NOTICE =
  /\baffiliate\s+(?:links?|commissions?|partnerships?)\b|\bearns?\s+(?:a\s+)?commissions?\b/i;

/**
 * What a label says: `Marco Rubio: I’m Not Interested In Being Vice President.` (a headline in
 * title case) or `TAPPER: Do you think …?` (a transcript, the label in capitals). Not a section
 * label (`Update:`) nor a sentence in prose after a name and a colon (`Washington: the city …`).
 */
export function labelledStatement(sentence: string): Reported | null {
  const m = LABEL_OPENING.exec(sentence);
  if (!m?.[1] || NOT_A_LABEL.test(m[1])) return null;
  // `FTC: We use income earning auto affiliate links.`: a site's notice, no one's statement.
  if (AFFILIATE_NOTICE.test(sentence)) return null;
  const end = trimSentenceEnd(sentence);
  const start = m[0].length;
  if (start >= end) return null;
  const words = sentence
    .slice(start, end)
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  // `New Hampshire: Charlie Arlinghaus, Arnie Arnesen, …`: a list of names says nothing, nor
  // does a list of amounts (`Portion Fix Containers: 1 Green, 1 Red, 1 Orange`).
  const items = sentence.slice(start, end).split(",");
  if (words.length < 3 || items.length > 3) return null;
  if (items.length > 1 && items.every((item) => /^\s*\d/.test(item))) return null;
  const transcript = TRANSCRIPT_LABEL.test(m[1]);
  const capitals = words.filter((w) => /^[‘“'"(]?\p{Lu}/u.test(w)).length;
  if (!transcript && capitals < words.length * 0.7) return null;
  // `Clinton Wades In:`, `Revealed:`: a headline's own words, no speaker's name.
  if (!transcript && parseNameRun(m[1], true) === null) return null;
  const speakerStart = m[0].indexOf(m[1]);
  const cue = {
    speaker: m[1],
    verb: "",
    speakerStart,
    speakerEnd: speakerStart + m[1].length,
  };
  return { start, end, cue };
}

/**
 * Before an `according to` that opens the statement: `But` (with its comma or not: `But,
 * according to the poll,`), `And`, `(`, a lead-in and a colon, or a clause and the `and,` or
 * `but,` that joins the next one, with a subject of its own, to it (`… was dented in the defeat
 * and, according to Wood, the players have paid the price`).
 */
const ACCORDING_LEAD =
  /^(?:(?:But|And|Yet|So|Still|Also|Now),?\s+(?=according to\s)|\((?=According to\s)|[^:]{1,100}:\s+(?=According to\s)|[^:;]{1,200}?\s(?:and|but),\s+(?=according to\s[^,]{1,60},\s+(?:the|a|an|his|her|their|its|he|she|they|it|we|I|\p{Lu})\s))/u;

/**
 * `As reported by the Financial Times, …`, `As first revealed by the BBC, …`: `According to` in
 * all but words.
 */
const AS_REPORTED_BY =
  /^As\s+(?:(?:first|previously|exclusively|originally|widely)\s+)?(reported|revealed|disclosed)\s+by\s+/;

/**
 * `According to X, …` opening the sentence, or after `But`, a parenthesis or a lead-in with a
 * colon (`And it hasn’t gone unnoticed: According to recent polls, …`).
 */
export function accordingOpening(sentence: string): ReturnType<typeof matchAccordingToStart> {
  if (sentence.startsWith("According")) return matchAccordingToStart(sentence);
  const as = sentence.startsWith("As ") ? AS_REPORTED_BY.exec(sentence) : null;
  if (as) {
    // Read as `According to X, …`, offsets taken back to the sentence as written.
    const found = matchAccordingToStart(`According to ${sentence.slice(as[0].length)}`);
    if (!found) return null;
    const shift = as[0].length - "According to ".length;
    const { cue } = found;
    return {
      cue: {
        ...cue,
        verb: as[1]!,
        speakerStart: cue.speakerStart + shift,
        speakerEnd: cue.speakerEnd + shift,
      },
      contentStart: found.contentStart + shift,
    };
  }
  const lead = sentence.includes("ccording to ") ? ACCORDING_LEAD.exec(sentence) : null;
  if (!lead) return null;
  const at = lead[0].length;
  const found = matchAccordingToStart(`A${sentence.slice(at + 1)}`);
  if (!found) return null;
  const { cue } = found;
  return {
    cue: { ...cue, speakerStart: cue.speakerStart + at, speakerEnd: cue.speakerEnd + at },
    contentStart: found.contentStart + at,
  };
}

/**
 * `In a Fox News poll, Trump led …`, `Kasich was at 25 percent in the latest Fox poll.`: a poll
 * opening or closing a sentence with no statement of its own.
 */
export function pollStatement(sentence: string, sentenceEnd: number): Reported | null {
  const poll = sentence.startsWith("In ") ? matchPollStart(sentence) : null;
  if (poll) return { start: poll.contentStart, end: sentenceEnd, cue: poll.cue };
  const tail = POLL_WORD.test(sentence) ? matchPollTail(sentence) : null;
  return tail && countWords(sentence.slice(0, tail.contentEnd), 3) >= 3
    ? { start: 0, end: tail.contentEnd, cue: tail.cue }
    : null;
}

/**
 * `The minister's claim that crime had fallen was rejected …`: a noun of saying and its owner
 * opening the sentence, its `that` clause the statement (matchNominalStart).
 */
export function nominalStatement(sentence: string, sentenceEnd: number): Reported | null {
  // Most sentences hold no ` that `: they are turned away before the pattern runs.
  if (!sentence.includes(" that ")) return null;
  const found = matchNominalStart(sentence, sentenceEnd);
  return found ? { start: found.contentStart, end: found.contentEnd, cue: found.cue } : null;
}

/** A poll or survey named in a sentence (cheap: most sentences have none). */
export const POLL_WORD = /\b(?:polls?|surveys?|Polls?|Surveys?)\b/;
