/**
 * Cues with no reporting verb: `According to X, …` opening a sentence (what the phrase names is a
 * noun phrase whatever its words), and a poll or survey that opens or closes one (`In a Fox News
 * poll, Trump led …`, `… 25 percent in the latest Fox poll.`).
 */
import { FLAGS } from "./cue-grammar.js";
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
 * `In a Fox News poll released Thursday, Trump led with 45 percent`: a poll or survey opening the
 * sentence is the source of what follows, as after `according to`.
 */
const IN_POLL_START = new RegExp(
  String.raw`^(In)\s+((?:(?:a|an|the|its|this|that|their)\s+|\p{Lu})(?:(?!\b(?:as|when|after|before|while|that|which)\s)[^,;:“”"()]){0,100}?\b(?:poll|polls|survey|surveys)(?:\s+(?:released|conducted|published|taken|last|this|of|from|by|for|in|on)\b[^,;:“”"()]{0,60}?)?),\s+(?![\p{Ll}]+(?:ing|ed)\b)`,
  FLAGS,
);

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
