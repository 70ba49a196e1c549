/**
 * The cue of one quotation, in the sentence that holds it: after its closing mark (`,” Lavrov
 * said`, `,” said Locke`, a signature `— Jane Doe`), a name's label before it (`Lavrov: “…`), or
 * before its opening mark in the same sentence (`Lavrov said: “`, `Sanders delivered a snappy
 * retort: “…”`); and whether quoted words are a title (`Face the Nation`), not a quote. Used by the
 * direct quotes' chains (src/quotes/direct.ts).
 */
import { isSpaceCode } from "./chars.js";
import { HONORIFIC, LABEL_NAME, NAME, NOT_A_LABEL, WEEKDAYS } from "./cue-grammar.js";
import { pastClauseSubject, type SubjectMemo } from "./cue-subjects.js";
import { SPEECH_NOUNS } from "./cue-words.js";
import {
  type Cue,
  isVerbOfSpeech,
  matchCueAfterQuote,
  matchDashSignature,
  matchInvertedOpening,
  matchSentenceSubject,
  matchSubjectBefore,
} from "./cues.js";
import { type Chain, countWords, insideSpan, type Layout, sentenceIndexAt } from "./layout.js";
import { withoutNicknames } from "./names.js";
import { AND_BEFORE, NAME_THEN_PARTICIPLE, SPEECH_VERB, withSubject } from "./reported-clauses.js";
import { ISSUED_TEXT_NOUNS, OWNER_PRONOUN } from "./speaker-words.js";
import { matchAccordingToStart } from "./verbless-cues.js";
import { findVerbs, firstWord, isPassive } from "./verbs.js";

/** Read through the prototype, not `text.charCodeAt`: see charCodeAt in src/quotes/chars.ts. */
const { charCodeAt } = String.prototype;

/** A cue and where its speaker phrase starts in the text. */
export interface Found {
  cue: Cue;
  speakerAt: number;
}

const MINOR_WORD =
  /^(?:of|the|a|an|and|or|in|on|for|to|with|at|by|from|is|vs\.?|that|as|but|into)$/;

/**
 * `Face the Nation`, `State of the Union.`, `Crippled America: How to Make America Great Again`,
 * `So, That Happened.`: a title in quotation marks, not a quote (a subtitle after one colon; commas
 * only when every word is capitalized).
 */
export function isTitleCase(text: string): boolean {
  // A title has at most 12 words: a long quotation is not read word by word.
  if (hasMoreLetterWords(text, 12)) return false;
  const parts = text.replace(/[.!?]$/, "").split(/:\s+/);
  if (parts.length > 2 || /;/.test(text)) return false;
  let count = 0;
  for (const part of parts) {
    const words = part.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (words.length === 0) return false;
    const minorOk = !/,/.test(part);
    const title = words.every(
      (w, i) => /^[\p{Lu}\d]/u.test(w) || (minorOk && i > 0 && MINOR_WORD.test(w)),
    );
    if (!title) return false;
    count += words.length;
  }
  // Up to seven words, or ten when a minor word stays lower case as a title writes it (`Twelve
  // Women Who Changed the Way We Look at Sex`; a headline's `A Hell Of A Lot Worse Than
  // Waterboarding` capitalizes every word, a speaker's words in a headline's case).
  if (parts.length === 2) return count <= 12;
  return (
    count <= 7 ||
    (count <= 10 && /\s(?:of|the|a|an|and|or|in|on|for|to|with|at|by|from)\s/.test(text))
  );
}

const LETTER = /\p{L}/u;

/**
 * True when `text` has more than `max` words (runs of non-white space) holding a letter: the words
 * isTitleCase counts, counted without splitting the text.
 */
function hasMoreLetterWords(text: string, max: number): boolean {
  let count = 0;
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpaceCode(charCodeAt.call(text, i))) i++;
    let letter = false;
    for (; i < text.length; i++) {
      const c = charCodeAt.call(text, i);
      if (isSpaceCode(c)) break;
      if (letter) continue;
      if (c < 128) letter = (c | 32) >= 97 && (c | 32) <= 122;
      else letter = LETTER.test(text.slice(i, i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1)));
    }
    if (letter && ++count > max) return true;
  }
  return false;
}

const END_OF_CUE = new RegExp(
  `^(?:\\s+(?:on|in|at|during|after|before|while|when|of|to|as|from|about|last|this|later|earlier|yesterday|today|tonight|recently|again|afterward|afterwards|outside|inside|via|through|over|with|${WEEKDAYS})\\b(?:(?!\\s(?:he|she|they|we|I|it|that)\\b)[^.!?“”"]){0,80})?\\s*(?:[.,;!?]|$)`,
  "u",
);

/**
 * A sentence after a quotation that says whose it was: `Those were the words of farmer Tom Hughes,
 * 67, …`, `That was the verdict of the National Farmers’ Union.` (group 1: the owner, up to the
 * sentence's end).
 */
const WORDS_OF_AFTER =
  /^\s*(?:[—–-]\s*)?(?:Those|These|That|This|Such|those|these|that|this|such)\s+(?:were|was|are|is)\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?:words|verdict|view|message|assessment|warning|reaction|response|advice|plea|conclusion|judgment|judgement|opinion|thoughts)\s+(?:of|from)\s+([^.;:!?“”"]{2,160}?)(?=(?:\s+(?:on|last|this|at|in|during)\s+[^.;:!?“”"]{1,40})?\s*(?:[.;:!?]|$))/u;
/** `“No,” was Smith’s blunt reply.`: the possessor of the answer (group 1). */
const REPLY_OF_AFTER =
  /^\s*,?\s*(?:was|came)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*?)[’']s?\s+(?:\p{Ll}+\s+){0,2}(?:reply|response|answer|verdict|retort|assessment|reaction|message|view)(?=\s*[.;!?]|$)/u;
/** `“Absolutely not,” was the reply from Downing Street.`: who replied (group 1). */
const REPLY_FROM_AFTER =
  /^\s*,?\s*(?:was|came)\s+the\s+(?:\p{Ll}+\s+){0,2}(?:reply|response|answer|verdict|retort|reaction|message)\s+from\s+([^.;:!?“”"]{2,100}?)(?=(?:\s+(?:on|last|this|at|in|during|when)\s+[^.;:!?“”"]{1,60})?\s*(?:[.;!?]|$))/u;
/**
 * `“We need more homes,” is how Smith put it.`, `“A disgrace,” was how one resident described the
 * delays.`: who put it so (group 1).
 */
const HOW_PUT_AFTER =
  /^\s*,?\s*(?:is|was)\s+how\s+((?:the\s+)?[^.;:!?“”",]{2,80}?)\s+(?:put|puts|described|describes|summed|sums|explained|explains)\s+(?:it|them|up|(?:the|his|her|their|its)\s+\p{L})/u;

/** `“No comment,” was all the actor would say.`: who said no more (group 1). */
const ALL_SAID_AFTER =
  /^\s*,?\s*(?:was|is)\s+all\s+((?:the\s+)?[^.;:!?“”",]{2,80}?)\s+(?:(?:would|could|did|will|had\s+to|was\s+(?:prepared|willing)\s+to)\s+)?(?:say|said|says|offer|offered|add|added)\b/u;

/** A sentence right after a quotation that says whose it was (group 1: the owner), or null. */
function ownerAfterQuote(after: string): RegExpExecArray | null {
  return (
    WORDS_OF_AFTER.exec(after) ??
    REPLY_OF_AFTER.exec(after) ??
    REPLY_FROM_AFTER.exec(after) ??
    HOW_PUT_AFTER.exec(after) ??
    ALL_SAID_AFTER.exec(after)
  );
}

/** After a closing mark: `,” Lavrov said`, `,” said Locke`, or a signature `— Jane Doe`. */
export function cueAfterQuote(layout: Layout, chain: Chain): Found | null {
  const { article, offsets } = layout;
  for (let s = 0; s < chain.segments.length; s++) {
    const seg = chain.segments[s]!;
    if (!seg.closed) continue;
    const p = chain.paragraphs[s]!;
    const para = article.paragraphs[p]!;
    const after = para.slice(seg.end, seg.end + 200);
    const signed = matchDashSignature(after);
    if (signed)
      return { cue: signed.cue, speakerAt: offsets[p]! + seg.end + signed.cue.speakerStart };
    // The signature on a line of its own after the quote's paragraph.
    const nextParagraph = article.paragraphs[p + 1];
    if (/^\s*$/.test(after) && nextParagraph !== undefined && offsets[p + 1]! >= 0) {
      const below = matchDashSignature(nextParagraph);
      if (below) return { cue: below.cue, speakerAt: offsets[p + 1]! + below.cue.speakerStart };
    }
    // `“…” Those were the words of farmer Tom Hughes, 67, …`, `“No,” was Smith’s blunt reply.`,
    // `“…,” is how Smith put it.`, `“No comment,” was all the actor would say`: whose words they
    // were.
    const words = ownerAfterQuote(after);
    if (words?.[1]) {
      const at = after.indexOf(words[1], words[0].length - words[1].length);
      const cue: Cue = {
        speaker: words[1],
        verb: "the words of",
        speakerStart: at,
        speakerEnd: at + words[1].length,
      };
      return { cue, speakerAt: offsets[p]! + seg.end + at };
    }
    // `The “so-called ‘restricted shelf’,” as Feinberg-Ocampo described it, would be …`: whose
    // words the aside says they were.
    const as = AS_ONE_PUT_IT.exec(after);
    if (as?.[1]) {
      const at = as[0].indexOf(as[1], 4);
      const cue = { speaker: as[1], verb: as[2]!, speakerStart: at, speakerEnd: at + as[1].length };
      return { cue, speakerAt: offsets[p]! + seg.end + at };
    }
    // `“…‘Sunog! Sunog!’” — fire — said Rodelio Macaraeg`: past a gloss between dashes.
    const gloss = DASH_GLOSS.exec(after)?.[0].length ?? 0;
    const glossed = gloss > 0 ? matchCueAfterQuote(after.slice(gloss)) : null;
    if (glossed) {
      const cue = {
        ...glossed.cue,
        speakerStart: glossed.cue.speakerStart + gloss,
        speakerEnd: glossed.cue.speakerEnd + gloss,
      };
      return { cue, speakerAt: offsets[p]! + seg.end + cue.speakerStart };
    }
    // `said team captain Rizky "Rizz" Pratama Wijaya`: the nickname read as spaces.
    const found = matchCueAfterQuote(withoutNicknames(after));
    if (!found) continue;
    // `“…?” Okafor-Whitley allegedly responded: “Send me the file.”`, `‘…?’ He replied 11 minutes
    // later: ‘…’`: a cue and a colon before the next quotation open that one.
    if (CUE_OPENS_NEXT.test(after.slice(found.end))) continue;
    // `… do the investigation?’” Holmes testified`: a nested quote's mark closes it too.
    const inner = para
      .slice(seg.contentStart, seg.contentEnd)
      .trimEnd()
      .replace(/[’'”"]+$/, "");
    const softEnd = /[,?!—–\-…:]$/.test(inner) || /^\s*[,—–]/.test(after);
    // After a quote that ended its sentence, the next sentence names its speaker only with a verb
    // of speech (`“…” Smith said.`), not `“…” The government, for instance, refused to …`.
    if (
      softEnd ||
      ((SPEECH_VERB.test(firstWord(found.cue.verb)) || isVerbOfSpeech(found.cue.verb)) &&
        END_OF_CUE.test(after.slice(found.end)))
    ) {
      return { cue: found.cue, speakerAt: offsets[p]! + seg.end + found.cue.speakerStart };
    }
  }
  return null;
}

/**
 * A cue's colon opening the next quotation, perhaps after when (`11 minutes later`, `curtly`): the
 * cue is that quotation's.
 */
const CUE_OPENS_NEXT =
  /^(?:\s+(?:(?:\d+|a\s+few|two|three|several)\s+)?(?:seconds?|minutes?|hours?|days?|moments?)\s+later|\s+(?:later|afterwards|immediately|quickly|simply|curtly|tersely|briefly|swiftly))?\s*:\s*[“"‘]/;

/** An aside after a quotation naming whose words they were: `, as Smith described it` (1 who, 2 the verb). */
const AS_ONE_PUT_IT =
  /^,?\s+as\s+((?:the\s+)?[^,;:“”"‘’]{1,60}?)\s+(described|put|called|termed|phrased|dubbed)\s+(?:it|them)\b/;
/** A gloss set off by dashes right after a quotation's mark: ` — fire — `. */
const DASH_GLOSS = /^\s*[—–]\s*[^—–“”"‘’\n]{1,40}?\s*[—–]\s*/;

/**
 * `Trump: ‘I’m the …’`, `Polls agree - Carl Bialik: “…”`: a name and a colon opening the paragraph
 * or a sentence, or following a dash or a closed quotation, right before the opening mark
 * (headlines, newsletters, transcripts, live commentary: `… is running. Solheim: “…”`).
 */
const AFTER_DASH = String.raw`\s[-—–]+\s*`;
/**
 * The label, and a party and state after it (`Rep. Trey Gowdy (R-S.C.):`), an age and perhaps
 * what the person does (a vox pop's `Kyle Brannigan, 19, apprentice electrician:`), or the time
 * of a message (`Mr Halloran, 09:14:`).
 */
const LABEL_END = String.raw`(${LABEL_NAME})(?:\s*\([^()\n]{1,24}\)|,\s+\d{1,3}(?:,\s+\p{Ll}[^,:“”"\n]{1,50})?|,\s+\d{1,2}[:.]\d{2}(?:\s*[ap]m)?)?:\s*$`;
/** A quotation closed with its sentence before the label (`Clinton: “…” Bush: “…”`). */
const AFTER_QUOTE = String.raw`[.!?][”"’']\s+`;
/**
 * A sentence's end before the label (`… his clock is running. Solheim: “…”`); not an honorific's
 * period (`said of Mr. Rubio: “…”`) nor an initial's.
 */
const AFTER_SENTENCE = String.raw`(?<=[\p{L}\d)][.!?])(?<!\b${HONORIFIC}|(?<!\p{L})\p{Lu}\.)\s+`;
const NAME_LABEL = new RegExp(String.raw`(?:^\s*|${AFTER_DASH})${LABEL_END}`, "u");

/** The same after a dash only, for the end of a long paragraph (LABEL_REACH). */
const DASH_LABEL = new RegExp(AFTER_DASH + LABEL_END, "u");
/** A label opening a sentence inside the paragraph (tried on its end, LABEL_REACH). */
const SENTENCE_LABEL = new RegExp(AFTER_SENTENCE + LABEL_END, "u");
/**
 * A sentence's label names who says a quotation of at least this many words (not a caption's
 * `Wannabe: 'Singer' Kristina Karo says …`, a link's `Hollywood Reporter: "Mad Men's" return`).
 */
const SENTENCE_LABEL_WORDS = 4;
/** A label right after a closed quotation, tried from the last closing mark only. */
const QUOTE_LABEL = new RegExp(`^${AFTER_QUOTE}${LABEL_END}`, "u");
/** A label is a name of a few words: only this much text before the mark is searched for one. */
const LABEL_REACH = 200;

function cueOfLabel(pre: string, sentenceLabel: boolean): Cue | null {
  // The label ends in a colon: look no further when the text before the mark does not.
  let end = pre.length;
  while (end > 0 && isSpaceCode(charCodeAt.call(pre, end - 1))) end--;
  if (end === 0 || charCodeAt.call(pre, end - 1) !== 58) return null;
  // `He said: '…'` deep in a long paragraph (a scrape that joined them): search its end only.
  const from = end > LABEL_REACH ? end - LABEL_REACH : 0;
  let base = from;
  let m = from === 0 ? NAME_LABEL.exec(pre) : DASH_LABEL.exec(pre.slice(from));
  if (!m) {
    // `Clinton: “…” Bush: “…”`: the last closing mark, a period before it.
    const close = Math.max(pre.lastIndexOf("”"), pre.lastIndexOf('"'), pre.lastIndexOf("’"));
    if (close > 0 && close >= end - LABEL_REACH) {
      base = close - 1;
      m = QUOTE_LABEL.exec(pre.slice(base));
    }
  }
  if (!m && sentenceLabel) {
    base = from;
    m = SENTENCE_LABEL.exec(pre.slice(from));
  }
  // `Here’s Clinton:` is read by HERE_IS (cueOfSpeechNoun), with or without when it was said.
  if (!m?.[1] || NOT_A_LABEL.test(m[1]) || HERE_FIRST.test(m[1])) return null;
  const at = base + m.index + m[0].indexOf(m[1]);
  return { speaker: m[1], verb: "", speakerStart: at, speakerEnd: at + m[1].length };
}

/** A verb further than this before the mark cues no quote (cueBeforeQuote). */
const VERB_REACH = 160;

/**
 * The verbs of `pre` that end within VERB_REACH of its end: a long sentence (a scrape that lost its
 * full stops) is scanned from a word boundary far enough back for the verb and the words before it
 * that `findVerbs` reads.
 */
function verbsNearEnd(pre: string) {
  const limit = pre.length - VERB_REACH - 80;
  const from = limit > 0 ? pre.lastIndexOf(" ", limit) + 1 : 0;
  if (from === 0) return findVerbs(pre);
  return findVerbs(pre.slice(from)).map((v) => ({
    ...v,
    start: v.start + from,
    end: v.end + from,
  }));
}

/**
 * The cue that opens a statement at `from` of `pre` (`Calhoun said` after `According to X, `): a
 * verb of speech whose subject starts there; null when the statement opens otherwise.
 */
function nestedCue(pre: string, from: number, memo: SubjectMemo): Cue | null {
  const verb = findVerbs(pre.slice(from))[0];
  if (!verb || !SPEECH_VERB.test(firstWord(verb.verb))) return null;
  const subject = matchSubjectBefore(pre, from + verb.start, memo);
  if (subject?.at !== from) return null;
  const end = subject.at + subject.speaker.length;
  return { speaker: subject.speaker, verb: verb.verb, speakerStart: subject.at, speakerEnd: end };
}

/** Before the opening mark, in the same sentence: `Lavrov said: “`, `X said the deal was “…”`. */
export function cueBeforeQuote(layout: Layout, chain: Chain): Found | null {
  const first = chain.segments[0]!;
  const p0 = chain.paragraphs[0]!;
  const base0 = layout.offsets[p0]!;
  const para = layout.article.paragraphs[p0]!;
  const long =
    countWords(para.slice(first.contentStart, first.contentEnd), SENTENCE_LABEL_WORDS) >=
    SENTENCE_LABEL_WORDS;
  const label = cueOfLabel(para.slice(0, first.open), long);
  if (label) return { cue: label, speakerAt: base0 + label.speakerStart };
  const sentence = layout.sentencesByParagraph[p0]![sentenceIndexAt(layout, p0, first.open)]!;
  const pre = para.slice(sentence.start, first.open);
  const memo = { found: layout.subjects, offset: base0 + sentence.start };
  const according = matchAccordingToStart(pre);
  if (according) {
    // `According to a person who attended, Calhoun said Boeing would be “…”`: the quotation is
    // the words of the speaker the statement reports.
    const cue = nestedCue(pre, according.contentStart, memo) ?? according.cue;
    return { cue, speakerAt: base0 + sentence.start + cue.speakerStart };
  }
  const opening = matchInvertedOpening(pre);
  if (opening) {
    const { speaker, verb, at } = opening;
    const cue = { speaker, verb, speakerStart: at, speakerEnd: at + speaker.length };
    return { cue, speakerAt: base0 + sentence.start + at };
  }
  // `in the words of the patient: “…”`, `In Dr. Shadlen’s words, “…”`: whose words they are;
  // `He became, in his words, “…”`: the pronoun's.
  const words = IN_THE_WORDS_OF.exec(pre);
  const pronoun = words?.[3];
  const owner = words?.[1] ?? words?.[2] ?? (pronoun && OWNER_PRONOUN[pronoun]);
  if (words && owner) {
    const at = words.index + words[0].indexOf(pronoun ?? owner);
    const cue = {
      speaker: owner,
      verb: "in the words of",
      speakerStart: at,
      speakerEnd: at + owner.length,
    };
    return { cue, speakerAt: base0 + sentence.start + at };
  }
  // `Replies ranged from offers of help to jokes, with one user writing, “…”`: the participle's
  // own subject after `with` (withSubject), for the participles of writing the verb list leaves out.
  const writing = WRITING_AT_END.exec(pre);
  const withOne = writing
    ? withSubject(pre, {
        verb: writing[1]!,
        start: writing.index + 1,
        end: writing.index + 1 + writing[1]!.length,
      })
    : null;
  if (withOne) {
    const cue = {
      speaker: withOne.speaker,
      verb: writing![1]!,
      speakerStart: withOne.at,
      speakerEnd: withOne.at + withOne.speaker.length,
    };
    return { cue, speakerAt: base0 + sentence.start + withOne.at };
  }
  const verbs = verbsNearEnd(pre);
  const spans = layout.spansByParagraph[p0] ?? [];
  for (let v = verbs.length - 1; v >= 0; v--) {
    const verb = verbs[v]!;
    if (pre.length - verb.end > VERB_REACH) break;
    // `…, which I think would be worse,” adding, “…”`: a verb quoted earlier cues nothing.
    const at = sentence.start + verb.start;
    if (insideSpan(spans, at)) continue;
    // `backed Labour's plans to …`: after a possessive the word is a noun.
    if (OWNER_BEFORE.test(pre.slice(Math.max(0, verb.start - 40), verb.start))) continue;
    // `…, saying “…”`; `publishing an op-ed in The Washington Post hammering “…”`: after a
    // preposition's object, a form in -ing is a participle too.
    const participle =
      firstWord(verb.verb).endsWith("ing") &&
      (/,\s*(?:and\s+)?$/.test(pre.slice(0, verb.start)) ||
        NAME_THEN_PARTICIPLE.test(pre.slice(Math.max(0, verb.start - 40), verb.start)));
    // `McAllister said ratepayers were being asked to “…”`: a passive inside an earlier verb's
    // statement; the quotation is that verb's speaker's.
    const passive = isPassive(pre, verb);
    if (v > 0 && passive && SAYS_BEFORE.test(pre.slice(0, verb.start))) continue;
    // `was described by one reviewer as “…”`: the passive's agent.
    const agent = passive ? AGENT_THEN_AS.exec(pre.slice(verb.end)) : null;
    if (agent?.[1]) {
      const at = verb.end + agent[0].indexOf(agent[1], 3);
      const cue = {
        speaker: agent[1],
        verb: verb.verb,
        speakerStart: at,
        speakerEnd: at + agent[1].length,
      };
      return { cue, speakerAt: base0 + sentence.start + at };
    }
    // `It is said to be “physician strength”`: whoever says it goes unnamed. `…, he laughed and
    // said, “…”`: a verb after `and` shares its clause's subject.
    // `Jury told defendant 'planned attack'`: a headline's passive, with its `was` left out.
    // `The jury was shown an email, sent by Ms Ni Bhriain in March 2022, which read: “…”`: the text
    // the relative pronoun stands for.
    const which = /^reads?$/.test(verb.verb) ? WHICH_BEFORE.exec(pre.slice(0, verb.start)) : null;
    const text = which ? [...pre.slice(0, which.index).matchAll(TEXT_NAMED)].at(-1) : undefined;
    if (text) {
      const cue = {
        speaker: text[0],
        verb: verb.verb,
        speakerStart: text.index,
        speakerEnd: text.index + text[0].length,
      };
      return { cue, speakerAt: base0 + sentence.start + text.index };
    }
    // `… when the exchange abruptly halted withdrawals citing “…”`: a participle with no comma
    // after a clause in the past takes that clause's subject.
    const clauseSubject =
      !participle && firstWord(verb.verb).endsWith("ing")
        ? pastClauseSubject(pre, verb.start, memo)
        : null;
    const subject =
      passive ||
      (HEADLINE_AUDIENCE.test(pre.slice(0, verb.start)) && NAMES_LISTENER.test(verb.verb))
        ? { speaker: "", at: verb.start }
        : (clauseSubject ??
          (participle ? matchSentenceSubject(pre) : null) ??
          matchSubjectBefore(pre, verb.start, memo) ??
          (AND_BEFORE.test(pre.slice(Math.max(0, verb.start - 16), verb.start))
            ? (matchSentenceSubject(pre, verb.start) ?? placedOneRose(pre.slice(0, verb.start)))
            : null) ??
          infinitiveSubject(pre, verb.start, memo));
    if (!subject) continue;
    const cue = {
      speaker: subject.speaker,
      verb: verb.verb,
      speakerStart: subject.at,
      speakerEnd: subject.at + subject.speaker.length,
    };
    return { cue, speakerAt: base0 + sentence.start + subject.at };
  }
  return cueOfSpeechNoun(pre, base0 + sentence.start);
}

/**
 * `A woman in the gallery stood and `: one person described by where they are, opening the
 * sentence, then a verb of moving and `and` (group 1 the person); the grammar of sentence
 * subjects takes no place after a lone noun.
 */
const PLACED_ONE_ROSE =
  /^((?:A|An|One|Another)\s+(?:[\p{Ll}\d-]+\s+){0,2}?(?:woman|man|girl|boy|member|resident|protester|heckler|spectator|fan|voter|student|worker|passenger|person|mother|father|officer|guest|onlooker)\s+(?:in|at|on|near|from|outside|behind)\s+(?:the\s+|a\s+)?(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)\s+(?:stood|rose|sat|got|leapt|jumped|turned|\p{Ll}+ed)(?:\s+up)?\s+and\s+$/u;

function placedOneRose(head: string): { speaker: string; at: number } | null {
  const m = PLACED_ONE_ROSE.exec(head);
  return m?.[1] ? { speaker: m[1], at: 0 } : null;
}

/** Who hears, opening a headline with no article (`Jury told …`, `MPs warned …`, `Audience told of …`). */
const HEADLINE_AUDIENCE =
  /^(?:Jury|Court|Inquest|Inquiry|Tribunal|Hearing|MPs|Peers|Parliament|Commons|Committee|Audience)\s+$/;
/** A passive's agent, then `as` before the quotation: ` by one reviewer as `. */
const AGENT_THEN_AS =
  /^\s+by\s+((?:(?:one|a|an|the|another|some|his|her|their|its)\s+)?[\p{L}’'.-]+(?:\s+(?!as\s)[\p{L}’'.-]+){0,4})\s+as\s*$/u;
/** A verb of speech with its statement after it, before a later verb. */
const SAYS_BEFORE = /\b(?:said|says|told|tells|added|argued|warned|claimed|insisted)\s/;
/** A verb whose object is who hears. */
const NAMES_LISTENER = /^(?:told|warned|reminded|assured)$/;

/** A word in the possessive right before a verb's form, not a pronoun's `’s` (`he’s said`). */
const OWNER_BEFORE =
  /(?:^|\s)(?!(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hat|[Tt]here|[Ww]ho|[Ww]hat|[Hh]ere|[Ll]et|[Ww]here)[’']s\s)\S+[’']s\s+$/;

/**
 * `in the words of the patient:`, `In Dr. Shadlen’s words,`: the owner (group 1 or 2), or `in
 * his words,` (the pronoun, group 3), then a comma or a colon.
 */
const IN_THE_WORDS_OF =
  /\b[Ii]n\s+(?:the\s+(?:own\s+)?words\s+of\s+((?:the|a|an|his|her|their|its|one)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})|((?:(?:Mr|Mrs|Ms|Dr)\.\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})[’']s?\s+(?:own\s+)?words|(his|her|their)\s+(?:own\s+)?words)\s*[,:]\s*$/u;

/** `Here’s Clinton in December 1992:`, `Here is Trump:`: a name, maybe when or where, a colon. */
const HERE_FIRST = /^Here(?:[’']s|\s+is)\s/;
const HERE_IS =
  /(?:^|\s)Here(?:[’']s|\s+is)\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*)(?:\s+(?:in|on|at|during|last|this|from)\s[^:]{1,40})?\s*:\s*$/u;

/**
 * Words said, owned, then `that` before the quotation (`his comment Monday that “…”`, `Trump’s
 * claim that “…”`, `Whitfield’s insistence, in the same interview, that there would be “…”`): the
 * owner says them.
 */
const OWNED_SPEECH_THAT = new RegExp(
  `(?:^|\\s)(his|her|their|(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}\\p{Lu}[\\p{L}.-]*(?:[’']s|(?<=s)[’']))\\s+(?:\\p{Ll}+\\s+)?(comment|comments|remark|remarks|claim|statement|assertion|declaration|insistence|promise|vow|pledge|warning|suggestion|argument|words)(?:\\s+(?:on\\s+)?(?:${WEEKDAYS}|last\\s+week|earlier)|,\\s+(?:in|on|at|during)\\s[^,.;:“”"]{1,50},)?\\s+that(?:\\s+[^“”"‘.;:!?]{1,80})?\\s*$`,
  "u",
);

function cueOfOwnedNoun(pre: string, offset: number, namedOnly = false): Found | null {
  const from = Math.max(0, pre.length - 180);
  const owned = OWNED_SPEECH_THAT.exec(pre.slice(from));
  if (!owned?.[1]) return null;
  const owner = owned[1];
  // A pronoun's owner is read from the words right before it, not past a clause's words.
  if (namedOnly && OWNER_PRONOUN[owner]) return null;
  let at = from + owned.index + owned[0].indexOf(owner);
  let speaker = owner.replace(/(?:[’']s|[’'])$/u, "");
  const pronoun = OWNER_PRONOUN[owner];
  if (pronoun) {
    // `Trump stood by his comment that`: the name just before owns it, else the sentence's
    // subject (`Madeleine Albright, a Clinton supporter, fanned controversy over her remark that`).
    const named = NAME_BEFORE_OWNER.exec(pre.slice(Math.max(0, at - 60), at));
    const subject = named ? null : matchSentenceSubject(pre.slice(0, at));
    if (named) {
      speaker = named[1]!;
      at = Math.max(0, at - 60) + named.index + named[0].indexOf(speaker);
    } else if (subject) {
      ({ speaker, at } = subject);
    } else {
      return null;
    }
  }
  const verb = owned[2]!;
  const cue = { speaker, verb, speakerStart: at, speakerEnd: at + speaker.length };
  return { cue, speakerAt: offset + at };
}
/** A name, then a few lower-case words, right before an owner's pronoun (`Trump stood by `). */
const NAME_BEFORE_OWNER =
  /(?:^|[\s,])((?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}.’'-]*)\s+(?:\p{Ll}+\s+){1,3}$/u;

/**
 * The verb before an infinitive of speech and what leads into it (`was prompted to `, `went on
 * to `, `paused to `, `took to Twitter to `, `was quick to `), not a refusal (`declined to `) or
 * what is only planned or meant (`are supposed to `, `is scheduled to `).
 */
const GOVERNS_INFINITIVE =
  /\s(?:(?:was|were|is|are|had\s+been|has\s+been|felt|seemed)\s+)?(?!(?:declined|refused|declines|refuses|decline|refuse|wants?|wanted|tried|tries|going|used|able|unable|likely|unlikely|expected|asked|told|supposed|meant|designed|intended|scheduled|slated|poised|set)\s)(?:\p{Ll}+ed|(?<=(?:is|are|was|were)\s+)(?:said|thought)|went\s+on|goes\s+on|moved|rose|stood|(?:took|takes|taking)\s+to\s+(?:Twitter|Facebook|Instagram|social\s+media|the\s+(?:airwaves|stage|podium|floor|microphone|talk\s+shows)))\s+to\s+$|\s(?:was|were|is|are)\s+(?:quick|eager|keen|careful|happy|glad|proud|the\s+first)\s+to\s+$|\s(?:emerged|appeared|stepped\s+(?:out|forward)|came\s+out|went\s+out|went\s+on\s+(?=television|TV|radio|air|\p{Lu})[^,.;:“”"]{1,60}?)(?:\s+(?:from|of|onto|on|at|in|before)\s[^,.;:“”"]{1,60}?)?\s+to\s+$|\s(?:used|uses|using)\s+(?:(?:much|part|some|most|all)\s+of\s+)?(?:his|her|their|its|the|a|an|this|that)\s+[^,.;:“”"]{1,60}?\s+to\s+$|\s(?:took|takes|taking)\s+(?:pains|care|(?:the|this|that|every)\s+(?:opportunity|chance|occasion))\s+to\s+$|\s(?:went|goes|going)\s+(?:so\s+far\s+as|out\s+of\s+(?:his|her|their|its)\s+way(?:\s+[^,.;:“”"]{1,40}?)?)\s+to\s+$/u;

/**
 * `Mr. Trump was prompted to say, “…”`, `Trump took to Twitter to say …`, `Obama is reported to have
 * called …`: the subject of the verb an infinitive of speech follows.
 */
export function infinitiveSubject(
  pre: string,
  at: number,
  memo: SubjectMemo,
): { speaker: string; at: number } | null {
  // Only after `to` (or `to have`): looked at by hand before the pattern runs.
  let i = at - 1;
  while (i > 1 && isSpaceCode(charCodeAt.call(pre, i))) i--;
  if (i === at - 1) return null;
  let to = at;
  // `Obama is reported to have called the Saudis “free riders”`: the perfect infinitive.
  if (pre.endsWith("have", i + 1)) {
    to = i - 3;
    i -= 4;
    while (i > 1 && isSpaceCode(charCodeAt.call(pre, i))) i--;
    if (i === to - 1) return null;
  }
  if (charCodeAt.call(pre, i) !== 111 || charCodeAt.call(pre, i - 1) !== 116) return null;
  const governs = GOVERNS_INFINITIVE.exec(pre.slice(Math.max(0, to - 110), to));
  if (!governs) return null;
  return matchSubjectBefore(pre, Math.max(0, to - 110) + governs.index + 1, memo);
}

/**
 * `delivered a snappy retort:`, `issued a statement:`, `had a similar experience:` — words said,
 * named by a noun before a colon.
 */
const SPEECH_NOUN_COLON = new RegExp(
  String.raw`\b(?:a|an|the|his|her|their|its|this|that)\s+(?:[\p{L}-]+\s+){0,2}(${SPEECH_NOUNS})\s*:\s*$`,
  "u",
);

/** A subject's view or manner, before a colon (`saw it differently:`, `was blunter:`): group 1. */
const VIEW_COLON =
  /\s(saw\s+(?:it|things)\s+differently|disagreed|agreed|went\s+further|summed\s+(?:it|things)\s+up|was\s+(?:(?:less|more|even|equally|far|rather)\s+)?(?:blunt|blunter|direct|diplomatic|charitable|scathing|defiant|unrepentant|unimpressed|emphatic|succinct|philosophical|upbeat|candid|frank|forthright|dismissive))\s*:\s*$/;

/**
 * Words said, owned, then how they were before a colon (`The minister's message was clear:`, `His
 * answer was simple:`): the owner says what follows.
 */
const OWNED_SPEECH_WAS =
  /(?:^|\s)((?:[Tt]he\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}.-]+(?:[’']s|(?<=s)[’'])|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\p{Ll}+\s+)?(?:message|response|reply|answer|verdict|view|advice|position|explanation|assessment|warning|plea|retort)\s+(?:was|is|had\s+been|has\s+been)\s+(?:(?:just|equally|more|very|rather|quite)\s+)?(?:clear|simple|blunt|short|stark|straightforward|unequivocal|direct|firm|succinct|consistent|the\s+same|characteristically\s+\p{Ll}+)\s*:\s*$/u;

/** OWNED_SPEECH_WAS's kind with `from` (`The message from the governor was clear:`): group 1 who. */
const SPEECH_FROM_WAS =
  /(?:^|\s)[Tt]he\s+(?:message|response|reply|answer|verdict|advice|warning|plea)\s+from\s+((?:(?:the|a|an|his|her|their|its)\s+)?[^\s,;:“”"]+(?:\s+[^\s,;:“”"]+){0,4}?)\s+(?:was|is|had\s+been|has\s+been)\s+(?:(?:just|equally|more|very|rather|quite)\s+)?(?:clear|simple|blunt|short|stark|straightforward|unequivocal|direct|firm|succinct|consistent|the\s+same)\s*:\s*$/u;

/** A participle of writing ending the words before a quotation: ` writing, `. */
const WRITING_AT_END = /\s(writing|posting|tweeting|commenting|replying)[,:]?\s*$/;
/** `, which ` right before a verb: a clause set off (not `added the caption which reads`, the adder's words). */
const WHICH_BEFORE = /,\s+which\s+(?:also\s+)?$/;
/** A text someone issued, as a sentence names it (`an email`, `the letter`). */
const TEXT_NAMED = new RegExp(
  String.raw`(?<!\p{L})(?:an?|the|one)\s+(?:[\p{L}-]+\s+){0,2}?(?:${ISSUED_TEXT_NOUNS})\b`,
  "gu",
);

/** A message and who sent or wrote it, before a colon: `a text message allegedly sent by X to Y in 2021:`. */
const SENT_BY_COLON = new RegExp(
  String.raw`\b(?:an?|the|one)\s+(?:(?:text|private|internal|WhatsApp)\s+)?(?:${ISSUED_TEXT_NOUNS})\s+(?:\p{Ll}+ly\s+)?(?:sent|written|posted)\s+by\s+(${NAME})(?:\s+(?:to|on|in|at|last|earlier)\s[^.;:“”"]{1,60})?:\s*$`,
  "u",
);

/**
 * The cue of a quote after a colon that a noun of speech opens (`Sanders delivered a snappy retort:
 * “…”`): the sentence's subject says it. After an owned noun and how it was (`The minister's
 * message was clear: “…”`), the owner.
 */
function cueOfSpeechNoun(pre: string, offset: number): Found | null {
  // Only the end of the text before the mark can hold the noun and its colon (looked at by hand:
  // a pattern anchored at the end reads a paragraph-long sentence from its start, for each quote).
  let end = pre.length;
  while (end > 0 && isSpaceCode(charCodeAt.call(pre, end - 1))) end--;
  if (end > 5 && pre.endsWith("that", end) && isSpaceCode(charCodeAt.call(pre, end - 5))) {
    return cueOfOwnedNoun(pre, offset);
  }
  // `Whitfield’s insistence that there would be “…”`: the owned noun's clause runs to the mark.
  const that = pre.lastIndexOf(" that ", end);
  if (
    that >= 0 &&
    end - that <= 86 &&
    /[’'](?:s\s|\s)/.test(pre.slice(Math.max(0, that - 140), that))
  ) {
    const owned = cueOfOwnedNoun(pre, offset, true);
    if (owned) return owned;
  }
  if (end === 0 || charCodeAt.call(pre, end - 1) !== 58) return null;
  const from = Math.max(0, pre.length - 80);
  // `Here’s Clinton in December 1992: “…”`: a quotation shown as someone's.
  const here = HERE_IS.exec(pre.slice(from));
  if (here?.[1]) {
    const at = from + here.index + here[0].indexOf(here[1]);
    const cue = { speaker: here[1], verb: "", speakerStart: at, speakerEnd: at + here[1].length };
    return { cue, speakerAt: offset + at };
  }
  const owned = OWNED_SPEECH_WAS.exec(pre.slice(from));
  if (owned?.[1]) {
    const owner = owned[1];
    const at = from + owned.index + owned[0].indexOf(owner);
    const speaker = OWNER_PRONOUN[owner.toLowerCase()] ?? owner.replace(/(?:[’']s|[’'])$/u, "");
    const cue = { speaker, verb: "", speakerStart: at, speakerEnd: at + owner.length };
    return { cue, speakerAt: offset + at };
  }
  // `The indictment quotes a text message allegedly sent by Sandeep Malhotra to Rooney in 2021:`:
  // who sent it.
  const sent = SENT_BY_COLON.exec(pre.slice(Math.max(0, pre.length - 160)));
  if (sent?.[1]) {
    const at = Math.max(0, pre.length - 160) + sent.index + sent[0].indexOf(sent[1], 8);
    const cue = {
      speaker: sent[1],
      verb: "sent",
      speakerStart: at,
      speakerEnd: at + sent[1].length,
    };
    return { cue, speakerAt: offset + at };
  }
  // `The message from the governor was clear:`: who it was from.
  const fromWhom = SPEECH_FROM_WAS.exec(pre.slice(from));
  if (fromWhom?.[1]) {
    const at = from + fromWhom.index + fromWhom[0].indexOf(fromWhom[1], 12);
    const speaker = fromWhom[1];
    const cue = { speaker, verb: "", speakerStart: at, speakerEnd: at + speaker.length };
    return { cue, speakerAt: offset + at };
  }
  // `David Kim … saw it differently:`, `Jones was blunter:`: how the subject took it, the verb
  // in the match.
  const said = SPEECH_NOUN_COLON.exec(pre.slice(from));
  const noun = said ?? VIEW_COLON.exec(pre.slice(from));
  if (!noun?.[1]) return null;
  const subject = matchSentenceSubject(
    pre.slice(0, from + noun.index + (said ? 0 : noun[0].length)),
  );
  if (!subject) return null;
  const cue = {
    speaker: subject.speaker,
    verb: noun[1],
    speakerStart: subject.at,
    speakerEnd: subject.at + subject.speaker.length,
  };
  return { cue, speakerAt: offset + subject.at };
}
