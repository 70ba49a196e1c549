/**
 * Reported speech: one statement per sentence, found from the reporting verbs outside quotation
 * marks (`X said the deal was done`, `…, she added`, `According to X, …`), and one more for each
 * clause joined to it with a reporting verb of its own (`…, and he added that …`, `…, while Y
 * argued that …`).
 */
import { isBlank, isSpaceCode } from "./chars.js";
import { LABEL_NAME, NOT_A_LABEL, WEEKDAYS } from "./cue-grammar.js";
import {
  disagrees,
  isJunkSubject,
  LONE_ADJECTIVE,
  type Subject,
  type SubjectMemo,
} from "./cue-subjects.js";
import {
  type Cue,
  findContentStart,
  matchAccordingToStart,
  matchInvertedBefore,
  matchMidCue,
  matchPollStart,
  matchPollTail,
  matchSentenceSubject,
  matchSubjectBefore,
  matchTailCue,
  matchWholeSubject,
  QUESTION_OPENING,
} from "./cues.js";
import { type Candidate, countWords, type Layout, quotedShare, trimRange } from "./layout.js";
import type { MarkSpan } from "./marks.js";
import { parseNameRun } from "./names.js";
import {
  carriesContent,
  findVerbs,
  firstWord,
  isNounLike,
  takesObject,
  type VerbHit,
} from "./verbs.js";

/** A sentence's cue whose statement is mostly quoted: it belongs to that sentence's direct quotes. */
export type SentenceCues = Map<string, { cue: Cue; at: number }>;

/**
 * Reported statements, sentence by sentence. A cue whose statement is mostly quoted belongs to the
 * direct quotes of that sentence (`“…” for criminal behavior, she said.`): it goes to `sentenceCues`.
 */
export function findReportedCandidates(layout: Layout): {
  candidates: Candidate[];
  sentenceCues: SentenceCues;
} {
  const { article, text, offsets, spansByParagraph, sentencesByParagraph } = layout;
  const candidates: Candidate[] = [];
  const sentenceCues: SentenceCues = new Map();
  for (let p = 0; p < article.paragraphs.length; p++) {
    const base = offsets[p]!;
    if (base < 0) continue;
    const para = article.paragraphs[p]!;
    const spans = spansByParagraph[p]!;
    const sentences = sentencesByParagraph[p]!;
    // Reporting verbs found once per paragraph, outside quotation marks, then dealt out to its
    // sentences in order (a scrape that joins paragraphs makes one of hundreds of sentences).
    let span = 0;
    const paragraphVerbs = findVerbs(para).filter((v) => {
      // As `insideSpan`, walking the paragraph's quotations once (verbs and spans are in order).
      while (span < spans.length && spans[span]!.contentEnd <= v.start) span++;
      return !(span < spans.length && spans[span]!.contentStart <= v.start);
    });
    let nextVerb = 0;
    // The next colon at or after the sentence's start (a label's), found once per paragraph.
    let colon = para.indexOf(":");
    let according = para.indexOf("According");
    for (let s = 0; s < sentences.length; s++) {
      const sentence = sentences[s]!;
      const verbs: VerbHit[] = [];
      while (nextVerb < paragraphVerbs.length && paragraphVerbs[nextVerb]!.start < sentence.start)
        nextVerb++;
      for (let k = nextVerb; k < paragraphVerbs.length; k++) {
        const v = paragraphVerbs[k]!;
        if (v.start >= sentence.end) break;
        if (v.end > sentence.end) continue;
        verbs.push({ verb: v.verb, start: v.start - sentence.start, end: v.end - sentence.start });
      }
      if (colon >= 0 && colon < sentence.start) colon = para.indexOf(":", sentence.start);
      const labelled =
        colon > 0 && colon - sentence.start <= LABEL_REACH
          ? labelledStatement(para.slice(sentence.start, sentence.end))
          : null;
      const headline =
        labelled ??
        (verbs.length === 0 ? headlineStatement(para.slice(sentence.start, sentence.end)) : null);
      if (verbs.length === 0 && !headline) {
        // `According to …` opening the sentence, or after `But` or a colon, and `In a … poll, …`:
        // cues no verb marks.
        // The next `According` at or after the sentence's start, found as the colon is: searched
        // from each sentence to the paragraph's end it was quadratic where none follows.
        if (according >= 0 && according < sentence.start) {
          according = para.indexOf("According", sentence.start);
        }
        if (
          (according < 0 || according >= sentence.end) &&
          !para.startsWith("In ", sentence.start) &&
          !POLL_WORD.test(para.slice(sentence.start, sentence.end))
        )
          continue;
      }
      const found =
        headline ??
        findReported(para.slice(sentence.start, sentence.end), verbs, {
          found: layout.subjects,
          offset: base + sentence.start,
        });
      if (!found) continue;
      for (let piece: Reported | undefined = found; piece; piece = piece.next) {
        const from = sentence.start + piece.start;
        const to = sentence.start + piece.end;
        const speakerAt = base + sentence.start + piece.cue.speakerStart;
        const share = quotedShare(spans, from, to);
        // A headline's quoted words are the label's only when all of it is quoted (the direct
        // quotes' own label rule): no cue for its scare quotes (`Is a ‘Proven Failure’ in …`).
        if (labelled && share > 0.5) continue;
        if (share > 0.5 && !framesQuote(para, spans, piece, from, share)) {
          // Only the sentence's first cue frames its direct quotes.
          if (piece === found) sentenceCues.set(`${p}:${s}`, { cue: piece.cue, at: speakerAt });
          continue;
        }
        const [start, end] = trimRange(text, base + from, base + to);
        candidates.push({
          kind: "indirect",
          start,
          end,
          paragraph: p,
          sentence: s,
          cue: piece.cue,
          speakerAt,
          inheritFrom: null,
          hidden: countWords(text.slice(start, end), 3) < 3,
        });
      }
    }
  }
  return { candidates, sentenceCues };
}

/**
 * A statement mostly quoted is still a statement of its own (`… said Trump is “unelectable now.”`:
 * the whole clause, not only its quotation, is what was said) when its cue comes first, it opens
 * with at least two words of its own, and the quotation fills at most MIXED_MAX_SHARE of it.
 * `from` is the statement's start in `para`, `share` the part of it inside quotation marks.
 */
const MIXED_MAX_SHARE = 0.85;
function framesQuote(
  para: string,
  spans: readonly MarkSpan[],
  piece: Reported,
  from: number,
  share: number,
): boolean {
  if (piece.cue.speakerStart >= piece.start || share > MIXED_MAX_SHARE) return false;
  const first = spans.find((span) => span.contentEnd > from);
  if (!first || first.open < from) return false;
  return countWords(para.slice(from, first.open), 2) >= 2;
}

/** An object that can be a statement: not a preposition, an auxiliary or a conjunction. */
const OBJECT_START = new RegExp(
  `^\\s+(?:(?:(?:on|last|this|late|early|earlier|next)\\s+)?(?:${WEEKDAYS}|week|month|year|morning|night|weekend|yesterday|today)\\s+)?(?!(?:is|was|are|were|be|been|has|had|have|by|with|as|in|on|at|for|from|of|into|over|up|down|out|off|back|and|or|but|if|so|than|then|while|when)\\b)(?=[\\p{L}\\d$“"‘])`,
  "u",
);
/** After a passive (`is expected to …`): no agent (`by …`) and no conjunction (`was questioned and …`). */
const PASSIVE_OBJECT_START = /^\s+(?!(?:by|and|or|but|nor|yet|then)\s)(?=[\p{L}\d$“"‘])/u;
/** Verbs that introduce words spoken or written, not an opinion (`favors`, `demands`). */
export const SPEECH_VERB =
  /^(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|stated|states|declared|explained|noted|notes|insisted|continued|replied|responded|according to|saying|adding|telling)$/;
/**
 * A name right before a form in -ing, as a preposition's object (not `with`'s: in `with Smith
 * saying` the name is the participle's subject).
 */
export const NAME_THEN_PARTICIPLE =
  /\b(?:on|in|at|to|from|for|about|by)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*(?<![’']s)\s+$/u;
/** The name in the possessive that ends a subject (`… Sanders’`, `… Donald Trump's`). */
const POSSESSOR_END =
  /(?<![\p{L}.’'-])(?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}.-]*(?:[’']s|(?<=s)[’'])$/u;
const PLAIN_SUBJECT =
  /(?:^(?:he|she|they|we|I|you|who)|\p{Lu}[\p{L}.-]*(?<![’']s)|\p{Ll}+[^s’'\s]s)$/u;
const PASSIVE_BEFORE =
  /\b(?:is|was|are|were|be|been|being|get|got|gets|getting)\s+(?:\p{Ll}+ly\s+)?$/u;
const PARTICIPLE = /(?:ed|wn|ld|nd|ght|ound)$/;
/**
 * `…, with 30 percent of voters saying they …`, `have left 62 percent of voters saying …`: a
 * participle's own subject, after `with` or a verb that takes it as its object.
 */
const BEFORE_OWN_SUBJECT = /\s(?:with|left|leaving|leaves|found|finds|showed|shows)\s+/g;

function withSubject(sentence: string, verb: VerbHit): Subject | null {
  if (!firstWord(verb.verb).endsWith("ing")) return null;
  const before = sentence.slice(Math.max(0, verb.start - 80), verb.start);
  let last: RegExpExecArray | null = null;
  BEFORE_OWN_SUBJECT.lastIndex = 0;
  for (let m = BEFORE_OWN_SUBJECT.exec(before); m; m = BEFORE_OWN_SUBJECT.exec(before)) last = m;
  if (!last) return null;
  const from = last.index + last[0].length;
  const speaker = matchWholeSubject(before.slice(from));
  if (!speaker || NOT_OWN_SUBJECT.test(speaker)) return null;
  return { speaker, at: verb.start - before.length + from };
}

/** What a passive `found` is followed by when it reports (`was found to`, `was found that`). */
const FOUND_REPORTS = /^(?:\s+\p{Ll}+ly)?\s+(?:to|that)\s/u;
const REFLEXIVE_NEXT = /^\s+(?:itself|himself|herself|themselves|ourselves|myself|yourself)\b/;
/** A verb right after `and`, with no subject of its own (`… and says it …`). */
const AND_BEFORE = /\s(?:and|but)\s+(?:(?:also|then|later|now)\s+)?$/;

/** Before the verb of the main clause, after a relative clause set off by commas. */
const MAIN_VERB_AFTER_COMMA =
  /,\s+(?:(?:also|then|later|now|has|had|have)\s+)?(?:won|lost|voted|took|made|became|went|came|got|gave|left|ran|began|led|helped|faces|faced|remains|remained)\b/;
/** An auxiliary opening the main clause: only at the statement's first comma, since after a later
 * one it may be the statement's own (`that Mr. Jäger, under fire for …, would do better …`). */
const MAIN_AUX_AT_FIRST_COMMA =
  /^[^,]*,\s+(?:is|was|are|were|has|had|have|will|would|did|does|could|can|should|may|might|must)\s/;

/** The comma closing a relative clause, then an auxiliary or a time (`…, last week said`). */
const RELATIVE_CLOSE = new RegExp(
  `,[”"]?\\s+(?:(?:also|then|later|now|has|had|have|last\\s+(?:week|month|year)|(?:on\\s+)?(?:${WEEKDAYS}))\\s+)*$`,
);

/**
 * `Sanders, who has said the system is rigged, won …`: a statement made in a relative clause ends
 * with the clause, at the comma before the main clause's verb (a verb of speech, or a common
 * one). `close` is -1 when no such comma follows; `verb` is the verb of speech right after it
 * when that verb closed the clause (its statement is the main clause's).
 */
function relativeClauseEnd(
  sentence: string,
  verbs: readonly VerbHit[],
  contentStart: number,
  end: number,
): { close: number; verb: VerbHit | null } {
  let close = -1;
  let verb: VerbHit | null = null;
  for (const v of verbs) {
    if (v.start <= contentStart || v.start >= end) continue;
    // `who calls Trump a “sociopath,” said …`: the comma may close a quotation.
    const comma = RELATIVE_CLOSE.exec(sentence.slice(contentStart, v.start));
    if (comma) {
      close = contentStart + comma.index;
      verb = v;
      break;
    }
  }
  const content = sentence.slice(contentStart, end);
  const common = MAIN_VERB_AFTER_COMMA.exec(content);
  const aux = MAIN_AUX_AT_FIRST_COMMA.test(content) ? content.indexOf(",") : -1;
  for (const at of [common?.index ?? -1, aux]) {
    if (at >= 0 && (close < 0 || contentStart + at < close)) {
      close = contentStart + at;
      verb = null;
    }
  }
  return { close, verb };
}

/** `is expected to`, `was told`, `were found`: a passive verb; its subject is not the speaker. */
function isPassive(sentence: string, verb: VerbHit): boolean {
  if (!PARTICIPLE.test(firstWord(verb.verb))) return false;
  return PASSIVE_BEFORE.test(sentence.slice(Math.max(0, verb.start - 30), verb.start));
}

/** After `As X said`: an adjunct (`in an interview`, `out`, `it`), then the comma. */
const AS_REST =
  /^(?:\s+(?:it|out|so|(?:in|on|at|during|last|this|earlier|before|recently|previously|often|repeatedly)\b[^,;:“”"]{0,40}))?\s*,\s+/;

/** `As` opening a sentence, after `But`, `And`, `Yet` or `So` if any. */
const AS_OPENING = /^(?:(?:But|And|Yet|So)\s+as|As)\s+/;

/**
 * `As Smith noted, the plan would cost billions.`, `But as Paul Ryan has pointed out, …`: the cue
 * opens the sentence, the statement follows its comma.
 */
function matchAsCue(sentence: string, verb: VerbHit, end: number): Reported | null {
  const opening = AS_OPENING.exec(sentence);
  if (!opening) return null;
  const from = opening[0].length;
  const speaker = matchWholeSubject(sentence.slice(from, verb.start));
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
  /^\s+(?!(?:for|on|upon|off|out|in|up|back|it)\s)(?:(?:(?!'')[^\s,;:“”"‘])+\s+){1,10}?(?:[“"‘]|'')\s*\p{Ll}/u;

/** Where the statement of `called X “…”` starts in `sentence`, or -1. */
function callsQuoted(sentence: string, verb: VerbHit): number {
  if (!CALLS.test(verb.verb)) return -1;
  const rest = sentence.slice(verb.end, verb.end + 120);
  if (!QUOTED_AFTER_OBJECT.test(rest)) return -1;
  return verb.end + (/^\s+/.exec(rest)?.[0].length ?? 0);
}

/**
 * Where the clause holding `at` starts: after the last comma, semicolon, colon or dash before it,
 * past a conjunction or subordinator (`And while many … are expected`).
 */
const CLAUSE_LEAD =
  /^(?:(?:and|but|or|so|yet|while|though|although|because|since|as|if|when|whereas)\s+)+/i;
function clauseStart(sentence: string, at: number): number {
  let from = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = sentence[i]!;
    if (c === "," || c === ";" || c === ":" || c === "—" || c === "–") {
      from = i + 1;
      break;
    }
  }
  while (from < at && isSpaceCode(sentence.charCodeAt(from))) from++;
  const lead = CLAUSE_LEAD.exec(sentence.slice(from, at));
  return lead ? from + lead[0].length : from;
}

/** `asked Carson about his comments`, `asked Obama what he thought`: a question reported. */
function asksQuestion(sentence: string, verb: VerbHit): boolean {
  return (
    (verb.verb === "asked" || verb.verb === "asks") &&
    findContentStart(sentence, verb.verb, verb.end) >= 0
  );
}

function verbsBefore(verbs: readonly VerbHit[], verb: VerbHit): VerbHit[] {
  return verbs.filter((v) => v.end <= verb.start);
}

function trimSentenceEnd(sentence: string): number {
  let end = sentence.length;
  for (; end > 0; end--) {
    const c = sentence.charCodeAt(end - 1);
    if (c !== 46 && c !== 33 && c !== 63 && !isSpaceCode(c)) break;
  }
  return end;
}

/**
 * The subjects of the verbs before a participle, looked for lazily: the first found is kept. A
 * pending verb is one that carries no statement (its clause's subject), a content verb whose
 * subject was not needed yet (`clause`), or a subject already found.
 */
interface EarlierSubjects {
  subject: Subject | null;
  pending: (VerbHit | { clause: VerbHit } | { subject: Subject | null })[];
}

/** A module-level function, not a closure: no function is built per sentence. */
function earlierSubject(
  sentence: string,
  earlier: EarlierSubjects,
  memo: SubjectMemo,
): Subject | null {
  while (earlier.subject === null && earlier.pending.length > 0) {
    const next = earlier.pending.shift()!;
    earlier.subject =
      "subject" in next
        ? next.subject
        : "clause" in next
          ? subjectOfClause(sentence, next.clause, memo)
          : matchSubjectBefore(sentence, next.start, memo);
  }
  return earlier.subject;
}

/** The subject of a content verb that is not a participle: none for a passive (`X is expected to`). */
function subjectOfClause(sentence: string, verb: VerbHit, memo: SubjectMemo): Subject | null {
  if (isPassive(sentence, verb)) return { speaker: "", at: verb.start };
  // `Caucus-goers were slightly more likely to say they preferred Clinton`: a poll's finding.
  const likely = LIKELY_TO.exec(sentence.slice(Math.max(0, verb.start - 40), verb.start));
  const at = likely ? verb.start - likely[0].length : verb.start;
  return matchSubjectBefore(sentence, at, memo);
}

/** What makes a form in -ing a finite verb: `is saying`, `were still arguing`, `’re claiming`. */
const PROGRESSIVE_BEFORE =
  /(?:\b(?:is|are|was|were|be|been|am|keeps?|kept|started|starts|began|begins)|[’'](?:s|re|m))\s+(?:(?:not|still|now|also|already|increasingly|repeatedly|openly|publicly|privately|\p{Ll}+ly)\s+){0,2}$/u;
/**
 * Whether a form in -ing with no auxiliary before it lies inside the subject of the next verb of
 * speech after it (`Sander Levin, a superdelegate supporting Clinton, said`).
 */
function insideLaterSubject(
  sentence: string,
  verbs: readonly VerbHit[],
  verb: VerbHit,
  memo: SubjectMemo,
): boolean {
  if (PROGRESSIVE_BEFORE.test(sentence.slice(Math.max(0, verb.start - 24), verb.start))) {
    return false;
  }
  const later = verbs.find((v) => v.start > verb.end && SPEECH_VERB.test(firstWord(v.verb)));
  if (!later) return false;
  const subject = matchSubjectBefore(sentence, later.start, memo);
  return (
    subject !== null && subject.at < verb.start && subject.at + subject.speaker.length >= verb.end
  );
}

/** Before `say`: `more likely to`, `less likely to`, `most likely to`. */
const LIKELY_TO = /\b(?:more|less|most|least)\s+likely\s+to\s+$/;

interface Reported {
  start: number;
  end: number;
  cue: Cue;
  /** A statement joined to this one in the same sentence (`…, and he added that …`). */
  next?: Reported;
}

/** `, too,` or `, also,` right before a verb: the adverb of the subject before it (`she, too, wants`). */
const ASIDE_BEFORE_VERB = /,\s*(?:too|also)\s*,\s*$/;
/**
 * Before a verb, a clause joined to the statement before it: `, and`, `but`, `;`, with a pronoun
 * subject or none (`…, and he added that …`, `… and argued that …`), and an adverb or two.
 */
const JOINED_CLAUSE =
  /(?:[,;]\s*(?:and|but)?|\s(?:and|but))\s+((?:he|she|they|we|I)\s+)?(?:(?:also|later|then|further|again)\s+)?$/;
/**
 * What joins a clause with a subject of its own: `, and`, `, but`, `;`, a subordinator after a
 * comma (`, though`, `, after`, `, when`), `while`, `whereas`, each taken whole (a bare `and` may
 * join two subjects: `doctors and medical experts warned`), and a bare `and` or `but` between a
 * lower-case word and a capital (`asked for a photo and Clinton said`).
 */
const CLAUSE_JOIN =
  /(?:[,;]\s*(?:(?:and|but|while|whereas|though|although|after|before|when|where|because|since|until|once|if)\s+)?|\s(?:while|whereas)\s+|\s(?=(?:and|but)\s+\p{Lu})(?<=(?:^|\s)\p{Ll}[\p{L}\d%’'-]*\s)(?:and|but)\s+)(?=\S)/gu;
/** A joined clause's subject is at most this long (joinedClause). */
const JOINED_SUBJECT_REACH = 80;
/** Longer than any CLAUSE_JOIN match in real text (`, whereas `, a run of white space). */
const CLAUSE_JOIN_MAX = 40;
/** A quotation opening right after a verb (`said, “…`). */
const QUOTE_AFTER_VERB = /^,?\s*[“"‘]/;
/** A relative pronoun or a conjunction: not the subject of a clause of its own. */
const NOT_OWN_SUBJECT = /^(?:and|but|or|who|which|that)\b/i;

/**
 * `X said A, and he added that B`, `X said A, while Y argued that B`: the statement from
 * `statement.start` ends where a later clause with a content verb of its own begins, and that
 * clause's statement follows as `next` — its subject the clause's own, or the first statement's
 * speaker when it has none. One sentence can hold a chain of them.
 */
function splitJoined(sentence: string, verbs: readonly VerbHit[], statement: Reported): Reported {
  for (const verb of verbs) {
    if (verb.start <= statement.start || !carriesContent(verb.verb)) continue;
    const join = joinedClause(sentence, verb, statement);
    if (!join) continue;
    const contentStart = findContentStart(sentence, verb.verb, verb.end);
    // `… and Clinton said, “…”`: the joined clause's words are a direct quote; the statement
    // before it ends all the same.
    if (contentStart < 0 && QUOTE_AFTER_VERB.test(sentence.slice(verb.end, verb.end + 4))) {
      return { ...statement, end: join.at };
    }
    if (contentStart < 0) continue;
    const next = splitJoined(sentence, verbs, {
      start: contentStart,
      end: statement.end,
      cue: join.cue,
    });
    return { ...statement, end: join.at, next };
  }
  return statement;
}

/** Where a clause joined to `statement` begins before `verb`, and its cue; null when none does. */
function joinedClause(
  sentence: string,
  verb: VerbHit,
  statement: Reported,
): { at: number; cue: Cue } | null {
  const window = Math.max(statement.start, verb.start - 40);
  // `she, too, wants …`: the verb has the subject before the adverb; it joins no clause.
  if (ASIDE_BEFORE_VERB.test(sentence.slice(window, verb.start))) return null;
  const before = JOINED_CLAUSE.exec(sentence.slice(window, verb.start));
  // A bare comma before the verb may close an appositive (`, and Brian Deese, the White House
  // climate change adviser, said`): a clause with a subject of its own comes first.
  const owned =
    before && /^,\s*$/.test(before[0]) ? clauseWithSubject(sentence, verb, statement) : null;
  if (owned) return owned;
  if (before) {
    const at = verb.start - before[0].length;
    if (at <= statement.start) return null;
    const pronoun = before[1]?.trimEnd();
    if (!pronoun) return { at, cue: { ...statement.cue, verb: verb.verb } };
    const speakerStart = at + before[0].lastIndexOf(before[1]!);
    const speakerEnd = speakerStart + pronoun.length;
    return { at, cue: { speaker: pronoun, verb: verb.verb, speakerStart, speakerEnd } };
  }
  return clauseWithSubject(sentence, verb, statement);
}

/**
 * A clause with a subject of its own joined to `statement` before `verb`: the last join before the
 * verb whose words up to it are a whole subject; null when none is.
 */
function clauseWithSubject(
  sentence: string,
  verb: VerbHit,
  statement: Reported,
): { at: number; cue: Cue } | null {
  // A subject filling all that lies between a join and the verb (the subject search proper is too
  // costly for every later verb), from the last join back: `, and Brian Deese, the White House
  // climate change adviser, said` (the comma after `adviser` is a join too). Only a join ending
  // within JOINED_SUBJECT_REACH of the verb counts, so the search starts a little before that:
  // from the statement's start, every verb of a long sentence made it quadratic.
  const joins: RegExpExecArray[] = [];
  const span = sentence.slice(statement.start, verb.start);
  CLAUSE_JOIN.lastIndex = Math.max(0, span.length - JOINED_SUBJECT_REACH - CLAUSE_JOIN_MAX);
  for (let m = CLAUSE_JOIN.exec(span); m; m = CLAUSE_JOIN.exec(span)) joins.push(m);
  if (joins.length === 0 || isPassive(sentence, verb)) return null;
  let join: RegExpExecArray | null = null;
  let speaker: string | null = null;
  let speakerStart = 0;
  for (let k = joins.length - 1; k >= 0 && speaker === null; k--) {
    const m = joins[k]!;
    if (m.index === 0) break;
    const from = statement.start + m.index + m[0].length;
    if (verb.start - from > JOINED_SUBJECT_REACH) break;
    const subject = matchWholeSubject(sentence.slice(from, verb.start));
    if (subject) [join, speaker, speakerStart] = [m, subject, from];
  }
  if (!join || !speaker || NOT_OWN_SUBJECT.test(speaker) || disagrees(speaker, verb.verb)) {
    return null;
  }
  // A bare `and` joins a clause only before a verb of speech (`… and Clinton said`), not two
  // subjects or objects (`with Fox News and NBC News calling …`).
  if (!/[,;]/.test(join[0]) && !/while|whereas/.test(join[0]) && !SPEECH_VERB.test(verb.verb)) {
    return null;
  }
  const at = statement.start + join.index;
  const speakerEnd = speakerStart + speaker.length;
  return { at, cue: { speaker, verb: verb.verb, speakerStart, speakerEnd } };
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

function askedUnnamed(sentence: string, sentenceEnd: number): Reported | null {
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

/**
 * The reported statements of one sentence: its statement (`findStatement`) and a question asked of
 * its speaker by someone unnamed (`askedUnnamed`), when they do not overlap.
 */
function findReported(
  sentence: string,
  verbs: readonly VerbHit[],
  memo: SubjectMemo,
): Reported | null {
  const found = findStatement(sentence, verbs, memo);
  if (!sentence.includes("sked ")) return found;
  const question = askedUnnamed(sentence, trimSentenceEnd(sentence));
  if (!question) return found;
  if (!found) return question;
  let last = found;
  for (let piece: Reported | undefined = found; piece; piece = piece.next) {
    if (piece.start < question.end && question.start < piece.end) return found;
    last = piece;
  }
  last.next = question;
  return found;
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
function headlineStatement(sentence: string): Reported | null {
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
const LABEL_REACH = 60;
/** A label and its colon opening a sentence, after an optional `EXCLUSIVE –`. */
const LABEL_OPENING = new RegExp(
  String.raw`^(?:(?:EXCLUSIVE|Exclusive|BREAKING)\s*[–—-]\s*)?(${LABEL_NAME}):\s+(?=\S)`,
  "u",
);
/** A transcript's speaker label: a name in capitals (`TAPPER`, `JAKE TAPPER`), not `FIX IS IN`. */
const TRANSCRIPT_LABEL =
  /^(?!.*\b(?:IS|OF|THE|IN|A|AND|TO|FOR|ON)\b)\p{Lu}[\p{Lu}.’'-]+(?:\s+\p{Lu}[\p{Lu}.’'-]+){0,2}$/u;

/**
 * What a label says: `Marco Rubio: I’m Not Interested In Being Vice President.` (a headline in
 * title case) or `TAPPER: Do you think …?` (a transcript, the label in capitals). Not a section
 * label (`Update:`) nor a sentence in prose after a name and a colon (`Washington: the city …`).
 */
function labelledStatement(sentence: string): Reported | null {
  const m = LABEL_OPENING.exec(sentence);
  if (!m?.[1] || NOT_A_LABEL.test(m[1])) return null;
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

/** Between a restrictive relative clause's `who` and its verb: an adverb or an auxiliary or two. */
const WHO_TO_VERB = /^\s+(?:\p{Ll}+\s+){0,2}$/u;
/** The sentence's subject before `who`: a few words, after no comma. */
const SUBJECT_BEFORE_WHO = /^(?:[^\s,]+\s+){1,5}$/u;
/**
 * Between a relative clause's verb and the main verb: a short object (group 1), no clause of its own
 * (no conjunction, no pronoun subject), maybe an auxiliary or adverb before the main verb.
 */
const SHORT_OBJECT =
  /^\s+((?:(?!(?:that|who|which|and|but|or|to|he|she|they|it|I|we|you|have|has|had|are|were|is|was|will|would|also|both|all|still|now)\s)[\p{L}\p{N}’'.-]+\s+){1,4}?)(?:(?:have|has|had|are|were|is|was|will|would|also|both|all|still|now)\s+)*$/u;
/** A possessive or a determiner ending the object: the word after it is a noun (`Rubio’s campaign`). */
const BEFORE_A_NOUN = /(?:[’']s|s’|\b(?:the|a|an|his|her|its|their|our|my))\s+$/u;
/**
 * `Voters who back Trump say the economy is rigged`: the verb of a relative clause inside the
 * subject (`back`) has its own short statement (`Trump`), which ends where the main clause's verb
 * (`say`) begins; that verb's statement follows, by the same speaker. `statement` (the relative
 * clause's) is cut in place; null when the sentence has no such shape.
 */
function restrictiveMain(
  sentence: string,
  verbs: readonly VerbHit[],
  verb: VerbHit,
  statement: Reported,
): Reported | null {
  const { speaker, speakerStart, speakerEnd } = statement.cue;
  const between = sentence.slice(speakerEnd, verb.start);
  // `Voters supporting Trump say …`: a participle right after the subject restricts it too.
  const who = speaker === "who" && WHO_TO_VERB.test(between);
  if (!who && !(firstWord(verb.verb).endsWith("ing") && isBlank(between))) return null;
  // `who` with no comma before it restricts the sentence's subject (`Voters who …`), not an object
  // after a verb of the main clause (`… faced a backlash from leaders who say …`).
  const opening = sentence.slice(0, speakerStart);
  if (verbs[0] !== verb || !(who ? SUBJECT_BEFORE_WHO.test(opening) : isBlank(opening))) {
    return null;
  }
  for (let i = 0; i < verbs.length; i++) {
    const later = verbs[i]!;
    if (later.start <= statement.start) continue;
    // `… private Clinton email address admits …`: a noun before a verb, not the main verb.
    const after = verbs[i + 1];
    if (after && /^\s+$/.test(sentence.slice(later.end, after.start))) return null;
    if (!carriesContent(later.verb) || firstWord(later.verb).endsWith("ing")) return null;
    const object = SHORT_OBJECT.exec(sentence.slice(verb.end, later.start));
    if (!object?.[1] || BEFORE_A_NOUN.test(object[1])) return null;
    const start = findContentStart(sentence, later.verb, later.end);
    if (start < 0) return null;
    const end = statement.end;
    statement.end = verb.end + object[0].indexOf(object[1]) + object[1].trimEnd().length;
    return { start, end, cue: { ...statement.cue, verb: later.verb } };
  }
  return null;
}

/** A conjunction opening a sentence with a subordinate clause (`While`, `Although`, `When`). */
const SUBORDINATE_OPENER = /^(?:While|Whereas|When|Although|Though|Because|If|Since|Once|Until)\s+/;
/** Before an `according to` that opens the statement: `But`, `And`, `(`, or a lead-in and a colon. */
const ACCORDING_LEAD =
  /^(?:(?:But|And|Yet|So|Still|Also|Now)\s+(?=according to\s)|\((?=According to\s)|[^:]{1,100}:\s+(?=According to\s))/;

/**
 * `According to X, …` opening the sentence, or after `But`, a parenthesis or a lead-in with a
 * colon (`And it hasn’t gone unnoticed: According to recent polls, …`).
 */
function accordingOpening(sentence: string): ReturnType<typeof matchAccordingToStart> {
  if (sentence.startsWith("According")) return matchAccordingToStart(sentence);
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
 * The reported statement of one sentence, if it has one. `verbs` are the sentence's reporting verbs
 * outside quotation marks (inside them they are the quoted speaker's words, not the attribution).
 */
function findStatement(
  sentence: string,
  verbs: readonly VerbHit[],
  memo: SubjectMemo,
): Reported | null {
  const according = accordingOpening(sentence);
  const sentenceEnd = trimSentenceEnd(sentence);
  if (according) {
    // `(According to X, …)`: the statement ends inside the parenthesis.
    const end = sentence.startsWith("(")
      ? trimSentenceEnd(sentence.replace(/\)\s*$/, ""))
      : sentenceEnd;
    return { start: according.contentStart, end, cue: according.cue };
  }
  if (verbs.length === 0) return pollStatement(sentence, sentenceEnd);
  const as = matchAsCue(sentence, verbs[0]!, sentenceEnd);
  if (as) return as;
  const tail = matchTailCue(sentence, verbs);
  if (tail && tail.contentEnd > 0 && !disagrees(tail.cue.speaker, tail.cue.verb)) {
    return { start: 0, end: tail.contentEnd, cue: tail.cue };
  }
  // The first subject in the sentence, for participles; the subjects of verbs that carry no
  // statement are only looked for when a participle needs them (they cost a regex each).
  const earlier: EarlierSubjects = { subject: null, pending: [] };
  // `Mr. Trump intends to …, Mr. Manafort said, adding …`: a speech cue set off by commas later in
  // the sentence frames what comes before it, an opinion verb there included.
  let framedLater: boolean | undefined;
  for (const verb of verbs) {
    if (verb !== verbs.at(-1) && !SPEECH_VERB.test(firstWord(verb.verb))) {
      framedLater ??= verbs.some((v) => {
        if (v.start <= verb.end || v.verb === "according to" || !SPEECH_VERB.test(v.verb)) {
          return false;
        }
        // `… when, he said, …`: a pronoun's aside is the sentence's own subject speaking.
        const mid = matchMidCue(sentence, [v]);
        return mid !== null && !/^(?:he|she|they|I|we|it)$/i.test(mid.speaker);
      });
      if (framedLater) continue;
    }
    const calls = callsQuoted(sentence, verb);
    if (!carriesContent(verb.verb) && !asksQuestion(sentence, verb) && calls < 0) {
      if (earlier.subject === null) earlier.pending.push(verb);
      continue;
    }
    // `…, he said, adding that …`: a participle takes the subject of the clause before it.
    // `Reid mocked Romney for …, claiming that …`: so does a participle after any clause.
    const ing = firstWord(verb.verb).endsWith("ing");
    const participle =
      ing &&
      // `…, instead claiming …`: an adverb may come between the comma and the participle.
      (/(?:[,–—]\s*(?:(?:and|instead|then|also|even|often|again)\s+)?|\sby\s+)$/u.test(
        sentence.slice(Math.max(0, verb.start - 12), verb.start),
      ) ||
        // `released an ad in Iowa targeting …`: after a preposition's object, a form in -ing is a
        // participle, not that object's verb.
        NAME_THEN_PARTICIPLE.test(sentence.slice(Math.max(0, verb.start - 40), verb.start)));
    // `Sander Levin, a superdelegate supporting Clinton, said …`: a form in -ing with no
    // auxiliary before it, inside the subject of a verb of speech after it, modifies a noun there.
    if (ing && !participle && insideLaterSubject(sentence, verbs, verb, memo)) {
      if (earlier.subject === null) earlier.pending.push(verb);
      continue;
    }
    let subject: Subject | null;
    let contentStart: number | undefined;
    if (participle) {
      // `Sanders rips the agreement, arguing …`: a clause before the participle has a verb, so a
      // present form in -s after a name will do.
      subject = earlierSubject(sentence, earlier, memo) ??
        matchSentenceSubject(sentence, verb.start, true) ??
        matchInvertedBefore(sentence, verb.start) ??
        matchSubjectBefore(sentence, verb.start, memo) ?? { speaker: "", at: verb.start };
    } else {
      // Where no statement can follow the verb, its subject is looked for only if a participle
      // after it asks (the subject patterns are the costliest part).
      contentStart = calls >= 0 ? calls : findContentStart(sentence, verb.verb, verb.end);
      if (contentStart < 0 && !takesObject(verb.verb)) {
        if (earlier.subject === null) earlier.pending.push({ clause: verb });
        continue;
      }
      // `The department has deemed the pages personal and says it …`: the sentence's subject.
      subject =
        withSubject(sentence, verb) ??
        subjectOfClause(sentence, verb, memo) ??
        (AND_BEFORE.test(sentence.slice(Math.max(0, verb.start - 16), verb.start))
          ? matchSentenceSubject(sentence, verb.start, true)
          : null);
      if (subject && isJunkSubject(subject.speaker)) subject = null;
    }
    if (earlier.subject === null) earlier.pending.push({ subject });
    if (!subject) continue;
    // `a former Confederate state with …`: after a singular subject a plain form is a noun.
    if (disagrees(subject.speaker, verb.verb)) continue;
    // `Voters heard Sanders’ charge that …`: a noun's speaker is its possessor alone.
    const possessor = subject.speaker.length > 3 ? POSSESSOR_END.exec(subject.speaker) : null;
    if (possessor && possessor.index > 0) {
      subject = { speaker: possessor[0], at: subject.at + possessor.index };
    }
    // `support`, `attacks`: a verb only after a plain subject (`Some Democrats question …`), not
    // after a possessive or a determiner (`Clinton’s support for …`, `the attacks on …`).
    if (
      isNounLike(verb.verb) &&
      (!PLAIN_SUBJECT.test(subject.speaker) || LONE_ADJECTIVE.test(subject.speaker))
    )
      continue;
    contentStart ??= findContentStart(sentence, verb.verb, verb.end);
    if (contentStart < 0 && takesObject(verb.verb)) {
      // The object of a passive is its agent (`is supported by …`); only `is expected to …` reports.
      const object = (subject.speaker === "" ? PASSIVE_OBJECT_START : OBJECT_START).exec(
        sentence.slice(verb.end),
      );
      if (object) contentStart = verb.end + object[0].length;
    }
    if (contentStart < 0) continue;
    // `The House is expected to pass the bill`, `He is said to favor it`: what the unnamed expect
    // or say is the whole clause, its subject included (the House says nothing).
    if (subject.speaker === "" && /^\s+to\s/.test(sentence.slice(verb.end, verb.end + 5))) {
      contentStart = clauseStart(sentence, verb.start);
    }
    // `it was found that …`, not `two nuns are found slain in their home` nor `the bank has found
    // itself at the center of …`.
    if (
      (verb.verb === "found" || verb.verb === "finds") &&
      (subject.speaker === ""
        ? !FOUND_REPORTS.test(sentence.slice(verb.end, verb.end + 40))
        : REFLEXIVE_NEXT.test(sentence.slice(verb.end, verb.end + 16)))
    ) {
      continue;
    }
    // `The truth, the senator said then, was that Trump attacked his wife`: a cue set off by commas
    // before this verb frames the whole sentence.
    const mid =
      verb.start > 0 ? matchMidCue(sentence.slice(0, verb.start), verbsBefore(verbs, verb)) : null;
    if (mid) {
      // `A, Fiorina said, adding that B`: A and B, both hers.
      const end = participle ? sentence.lastIndexOf(",", mid.speakerStart) : -1;
      if (end <= 0) return { start: 0, end: sentenceEnd, cue: mid };
      const next = { start: contentStart, end: sentenceEnd, cue: { ...mid, verb: verb.verb } };
      return { start: 0, end, cue: mid, next };
    }
    const relative =
      subject.speaker === "who" && /,\s*$/.test(sentence.slice(0, subject.at))
        ? relativeClauseEnd(sentence, verbs, contentStart, sentenceEnd)
        : null;
    const statement = {
      start: contentStart,
      end: sentenceEnd,
      cue: {
        speaker: subject.speaker,
        verb: verb.verb,
        speakerStart: subject.at,
        speakerEnd: subject.at + subject.speaker.length,
      },
    };
    // `While some friends say A, others say B`: a statement in an opening subordinate clause ends
    // with it, and the main clause may hold one of its own.
    let mainClause: Reported | null = null;
    const opener = SUBORDINATE_OPENER.exec(sentence);
    if (opener && subject.at === opener[0].length) {
      const comma = sentence.indexOf(", ", contentStart);
      if (comma > contentStart) {
        statement.end = comma;
        const later = verbs.filter((v) => v.start > comma);
        const found = later.length > 0 ? findStatement(sentence, later, memo) : null;
        if (found && found.start > comma && found.cue.speakerStart > comma) mainClause = found;
      }
    }
    const main = restrictiveMain(sentence, verbs, verb, statement);
    const joined = splitJoined(sentence, verbs, statement);
    if (main) {
      let last = joined;
      while (last.next) last = last.next;
      last.next = splitJoined(sentence, verbs, main);
    }
    if (relative && relative.close > contentStart && joined.end > relative.close) {
      joined.end = relative.close;
      // `Humphrey, who calls Trump a “sociopath,” said he doubts …`: the main clause's statement,
      // by the relative pronoun's antecedent too.
      const main = relative.verb;
      if (main && !joined.next && carriesContent(main.verb)) {
        const start = findContentStart(sentence, main.verb, main.end);
        if (start > 0) {
          joined.next = { start, end: sentenceEnd, cue: { ...statement.cue, verb: main.verb } };
        }
      }
    }
    if (mainClause) {
      let last = joined;
      while (last.next) last = last.next;
      last.next = mainClause;
    }
    return joined;
  }
  const mid = matchMidCue(sentence, verbs);
  if (mid && !disagrees(mid.speaker, mid.verb)) return { start: 0, end: sentenceEnd, cue: mid };
  return pollStatement(sentence, sentenceEnd);
}

/**
 * `In a Fox News poll, Trump led …`, `Kasich was at 25 percent in the latest Fox poll.`: a poll
 * opening or closing a sentence with no statement of its own.
 */
function pollStatement(sentence: string, sentenceEnd: number): Reported | null {
  const poll = sentence.startsWith("In ") ? matchPollStart(sentence) : null;
  if (poll) return { start: poll.contentStart, end: sentenceEnd, cue: poll.cue };
  const tail = POLL_WORD.test(sentence) ? matchPollTail(sentence) : null;
  return tail && countWords(sentence.slice(0, tail.contentEnd), 3) >= 3
    ? { start: 0, end: tail.contentEnd, cue: tail.cue }
    : null;
}

/** A poll or survey named in a sentence (cheap: most sentences have none). */
const POLL_WORD = /\b(?:polls?|surveys?|Polls?|Surveys?)\b/;
