/**
 * The speaker of a model statement (src/quotes/learned.ts): the phrase of the source span the
 * tagger linked, or the rules' grammar's subject of its cue verb or sentence where that names nobody
 * (docs/adr/0018-attribution-model.md, fifth session).
 */
import { WEEKDAYS } from "../cue-grammar.js";
import { afterDatelineOrDay, type SubjectMemo } from "../cue-subjects.js";
import { type Cue, matchSentenceSubject, matchSubjectBefore } from "../cues.js";
import type { Sentence } from "../layout.js";
import { SENTENCE_ADVERB } from "../speaker-words.js";
import type { ModelAttribution } from "./attribution.js";

const PREPOSITION_FIRST =
  /^(?:at|in|on|for|with|from|by|to|of|about|after|before|during|against|over|under|into|since|than)\s/;
const PRONOUN_FIRST = /^(?:who|he|she|they|we|i|it|you)\b/i;
/**
 * Openers the tagger marks as a source that name nobody: `Despite challenging …, Cruz said`,
 * `Watching Trump talk …, Reed said`, `Let’s see`, `There is`.
 */
const NO_SUBJECT_FIRST = /^(?:Despite|Let[’']s|Watching|Continuing|Rattling|There)\s/;
/** A description (a determiner or a possessive first), a comma and a name after it. */
const DESCRIPTION_THEN_NAME =
  /^((?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}.’'-]*[’']s?)\s[^,]{2,80}),\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Adm|Prof)\.\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]*|Jr\.|Sr\.))+(?:\s+of\s[^,]{2,60})?\s*(?:,|$)/u;
/**
 * Where a source span's speaker phrase ends: an appositive (`, who`, a comma) or a time after it
 * (`Hillary Clinton on Tuesday`, `the senator last week`).
 */
const PHRASE_END = new RegExp(
  `,|\\s(?:who|which)\\s|\\s(?:on\\s+(?:${WEEKDAYS})|yesterday|today|tonight|(?:last|this|earlier|later)\\s+(?:week|month|year|night|weekend))\\b`,
);
/**
 * A capitalized phrase and a comma before the grammar's subject, which is inside its appositive:
 * after words of it (`Amanda Carpenter, a former aide to`, `Dan Tripp, South Carolina state
 * director of`) or the appositive itself (`Marcel Lazăr Lehel, the hacker`, `Tim Selaty, organizer
 * of a group`); not a name right after the comma (`The tuft cell, Herbert said`).
 */
const NAME_THEN_COMMA = /^\p{Lu}[^,]{0,60},\s+$/u;
const NAME_THEN_APPOSITIVE = /^\p{Lu}[^,]{0,60},\s+\S.*\s$/su;
/** Words of a source span's speaker phrase at most. */
const MAX_WORDS = 8;
const DANGLING =
  /^(?:at|in|on|for|with|from|by|to|of|about|the|a|an|and|or|but|his|her|their|its)$/i;
/** A possessive pronoun names the same speaker as its subject form (`his support for …`). */
const POSSESSIVE_PRONOUN: Record<string, string> = {
  his: "he",
  her: "she",
  their: "they",
  my: "I",
  our: "we",
  its: "it",
  whose: "who",
};

/**
 * The speaker phrase of a source span: a leading pronoun or `who` alone (a possessive one in its
 * subject form), else the phrase up to an appositive (`, who`, a comma), at most eight words (a
 * phrase cut there does not end on a preposition, an article or a conjunction), without a
 * possessive `’s`. A lone lower-case word (`then`, `that`) or adverb (`Significantly`; not a name
 * in -ly, `Kelly`) names nobody: the phrase is empty.
 */
export function speakerPhrase(source: string): { phrase: string; offset: number } {
  // `(D-Conn.), who’s`: a source span can open with the punctuation that ended the one before it.
  const opened = source.replace(/^[\s“"‘(),;:—–-]+/, "");
  // `Dec 29 (Reuters) - U.S. Democratic presidential candidate Hillary Clinton`: not the dateline.
  const trimmed = opened.slice(afterDatelineOrDay(opened));
  const offset = source.length - trimmed.length;
  const pronoun = PRONOUN_FIRST.exec(trimmed);
  if (pronoun) return { phrase: pronoun[0], offset };
  if (NO_SUBJECT_FIRST.test(`${trimmed} `)) return { phrase: "", offset };
  const first = trimmed.split(/\s/)[0]!;
  const possessive = POSSESSIVE_PRONOUN[first.toLowerCase()];
  if (possessive && trimmed === first) return { phrase: possessive, offset };
  const cut = trimmed.split(PHRASE_END)[0]!.trim();
  // `The chairman of the Joint Chiefs, Gen. Joseph F. Dunford Jr.,`: a description, then the
  // name the resolver reads as the speaker (its description the title).
  const named = DESCRIPTION_THEN_NAME.exec(trimmed);
  if (named?.[1] && named[1].trim() === cut) {
    return { phrase: named[0].replace(/,\s*$/, "").trim(), offset };
  }
  const words = cut.split(/\s+/);
  // `Students at a private Catholic high school in Merrillville`: not `… high school in`.
  const kept = words.slice(0, MAX_WORDS);
  while (words.length > MAX_WORDS && kept.length > 1 && DANGLING.test(kept.at(-1)!)) kept.pop();
  // `Clinton’s support for …`: the possessive names the speaker.
  const phrase = kept.join(" ").replace(/[’']s$/, "");
  if (!/\p{L}/u.test(phrase)) return { phrase: "", offset };
  const lone = !/\s/.test(phrase);
  if (lone && (/^\p{Ll}/u.test(phrase) || SENTENCE_ADVERB.test(phrase))) {
    return { phrase: "", offset };
  }
  // `at a Buffalo, New York town hall`: a phrase opening with a preposition names nobody.
  if (PREPOSITION_FIRST.test(phrase)) return { phrase: "", offset };
  return { phrase, offset };
}

/**
 * The speaker the rules' grammar gives a model statement (paragraph-local): the subject of its cue
 * verb, else the subject opening its sentence before the content.
 */
function grammarSubject(
  paragraph: string,
  found: ModelAttribution,
  sentence: Sentence | undefined,
  memo: SubjectMemo | undefined,
): { speaker: string; at: number } | null {
  if (found.cue) {
    const subject = matchSubjectBefore(paragraph, found.cue.start, memo);
    if (subject && !/^(?:who|which|that)$/i.test(subject.speaker)) return subject;
  }
  if (!sentence || found.content.start <= sentence.start) return null;
  const text = paragraph.slice(sentence.start, sentence.end);
  const subject = matchSentenceSubject(text, found.content.start - sentence.start);
  return subject ? { speaker: subject.speaker, at: sentence.start + subject.at } : null;
}

/**
 * The cue of a model statement: its source's speaker phrase, or the grammar's (`fallback`). With a
 * memo, `paragraph` is the article's text from `memo.offset` on (see SubjectMemo).
 */
export function modelCue(
  paragraph: string,
  found: ModelAttribution,
  fallback?: "grammar" | "first",
  sentence?: Sentence,
  memo?: SubjectMemo,
): Cue {
  const source = found.source;
  const { phrase, offset } = source
    ? speakerPhrase(paragraph.slice(source.start, source.end))
    : { phrase: "", offset: 0 };
  if (fallback && (phrase === "" || fallback === "first")) {
    const subject = grammarSubject(paragraph, found, sentence, memo);
    // `Amanda Carpenter, a former aide to Sen. Ted Cruz (was one of the first to cheer)`: a name in
    // the appositive of the source the tagger linked is not who spoke.
    const start = source ? source.start + offset : -1;
    const inAppositive =
      source !== null &&
      subject !== null &&
      subject.at > start &&
      subject.at < source.end &&
      (NAME_THEN_APPOSITIVE.test(paragraph.slice(start, subject.at)) ||
        (NAME_THEN_COMMA.test(paragraph.slice(start, subject.at)) &&
          /^\p{Ll}/u.test(subject.speaker)));
    if (subject && !inAppositive && (phrase === "" || found.cue)) {
      // `Clinton’s support for …`: the possessive names the speaker.
      const speaker = subject.speaker.replace(/[’']s$/, "");
      return {
        speaker,
        verb: found.cue ? paragraph.slice(found.cue.start, found.cue.end) : "",
        speakerStart: subject.at,
        speakerEnd: subject.at + speaker.length,
      };
    }
  }
  return {
    speaker: phrase,
    verb: found.cue ? paragraph.slice(found.cue.start, found.cue.end) : "",
    speakerStart: source ? source.start + offset : found.content.start,
    speakerEnd: source ? source.start + offset + phrase.length : found.content.start,
  };
}
