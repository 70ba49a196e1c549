/**
 * The clauses around a reporting verb, for the statements in src/quotes/reported.ts: whether the
 * verb is passive, which subject a participle or a verb with none of its own takes, where a relative
 * clause closes, and the clauses joined to a statement with reporting verbs of their own (`…, and
 * he added that …`, `Voters who back Trump say …`).
 */
import { isBlank, isSpaceCode } from "./chars.js";
import { findContentStart } from "./cue-content.js";
import { WEEKDAYS } from "./cue-grammar.js";
import { disagrees, type Subject, type SubjectMemo } from "./cue-subjects.js";
import { type Cue, matchSubjectBefore, matchWholeSubject, PASSIVE_IT } from "./cues.js";
import { namesAct } from "./reported-acts.js";
import { carriesContent, firstWord, isPassive, takesObject, type VerbHit } from "./verbs.js";

/** Read through the prototype, not `text.charCodeAt`: see charCodeAt in src/quotes/chars.ts. */
const { charCodeAt } = String.prototype;

/** Verbs that introduce words spoken or written, not an opinion (`favors`, `demands`). */
export const SPEECH_VERB =
  /^(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|stated|states|declared|explained|noted|notes|insisted|continued|replied|responded|according to|saying|adding|telling)$/;
/**
 * A name right before a form in -ing, as a preposition's object (not `with`'s: in `with Smith
 * saying` the name is the participle's subject).
 */
export const NAME_THEN_PARTICIPLE =
  /\b(?:on|in|at|to|from|for|about|by)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*(?<![’']s)\s+$/u;
/** A verb right after `and`, with no subject of its own (`… and says it …`). */
export const AND_BEFORE =
  /\s(?:and|but)\s+(?:(?:also|then|later|now|once|again|still|repeatedly|previously|often)\s+)?$/;
/**
 * `…, with 30 percent of voters saying they …`, `have left 62 percent of voters saying …`: a
 * participle's own subject, after `with` or a verb that takes it as its object.
 */
const BEFORE_OWN_SUBJECT = /\s(?:with|left|leaving|leaves|found|finds|showed|shows)\s+/g;

export function withSubject(sentence: string, verb: VerbHit): Subject | null {
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

/**
 * Before the verb of the main clause, after a relative clause set off by commas: a common verb, or
 * one in the past after `nevertheless` or `however`.
 */
const MAIN_VERB_AFTER_COMMA =
  /,\s+(?:(?:(?:also|then|later|now|has|had|have)\s+)?(?:won|lost|voted|took|made|became|went|came|got|gave|left|ran|began|led|helped|faces|faced|remains|remained|received|raised|spent|joined|signed|filed|hired|sold|bought|held|watched|looked|stood|sat|smiled|laughed|nodded|walked|wept|cried|turned|paused|shrugged|arrived|waited|stayed)|(?:nevertheless|nonetheless|however|still|instead)\s+\p{Ll}+ed)\b/u;
/** An auxiliary opening the main clause: only at the statement's first comma, since after a later
 * one it may be the statement's own (`that Mr. Jäger, under fire for …, would do better …`). */
const MAIN_AUX_AT_FIRST_COMMA =
  /^[^,]*,\s+(?:is|was|are|were|has|had|have|will|would|did|does|could|can|should|may|might|must)\s/;

/** Where an auxiliary after the first comma of `content` opens the main clause, or -1. */
export function endsAtMainAux(content: string): number {
  return MAIN_AUX_AT_FIRST_COMMA.test(content) ? content.indexOf(",") : -1;
}

/** A comma, `and`, then a name of two capitalized words or more and its own relative clause. */
const SUBJECT_JOINED = /,\s+and\s+(?:\p{Lu}[\p{L}.’'-]*\s+)+\p{Lu}[\p{L}’'-]*,\s+who\s/u;

/** Whether another subject and its relative clause are joined at `at` (SUBJECT_JOINED). */
export function startsJoinedSubject(sentence: string, at: number): boolean {
  return SUBJECT_JOINED.exec(sentence.slice(at, at + 120))?.index === 0;
}

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
export function relativeClauseEnd(
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
  const aux = endsAtMainAux(content);
  // `Sanders, who is said to have pressed for …, and Donald J. Trump, who …`: another subject
  // joined to the clause's antecedent.
  const joined = SUBJECT_JOINED.exec(content)?.index ?? -1;
  for (const at of [common?.index ?? -1, aux, joined]) {
    if (at >= 0 && (close < 0 || contentStart + at < close)) {
      close = contentStart + at;
      verb = null;
    }
  }
  return { close, verb };
}

/** Nothing but auxiliaries and adverbs before a verb (`is `, `was widely `). */
const AUXILIARIES_ONLY =
  /^(?:(?:is|are|was|were|has|have|had|been|not|also|now|still|\p{Ll}+ly)\s+)*$/u;
/** A `who`, `which` or `whose` clause set off by a comma. */
const RELATIVE_OPENING = /^,\s+wh(?:o|ich|ose)\s/;
/** An age or a description set off by commas before the verb (`Smith, 28,`, `Smith, the captain,`). */
const APPOSITIVE_BEFORE = /,\s+(?:\d{1,3}|(?:the|a|an|his|her|their|its)\s[^,;:]{1,60}),\s*$/;

/**
 * Where the clause holding `at` starts: after the last comma, semicolon, colon or dash before it,
 * past a conjunction or subordinator (`And while many … are expected`).
 */
const CLAUSE_LEAD =
  /^(?:(?:and|but|or|so|yet|while|though|although|because|since|as|if|when|whereas)\s+)+/i;
export function clauseStart(sentence: string, at: number): number {
  let from = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = sentence[i]!;
    if (c === "," || c === ";" || c === ":" || c === "—" || c === "–") {
      from = i + 1;
      break;
    }
  }
  while (from < at && isSpaceCode(charCodeAt.call(sentence, from))) from++;
  // `Macron, who appointed him in September, is expected to …`: a verb right after a `who` or
  // `which` clause set off by commas is its antecedent's, whose clause starts before it.
  if (from > 0 && AUXILIARIES_ONLY.test(sentence.slice(from, at))) {
    const relative = sentence.lastIndexOf(", wh", from - 2);
    if (relative > 0 && RELATIVE_OPENING.test(sentence.slice(relative, relative + 9))) {
      const start = clauseStart(sentence, relative);
      // `Reyes-Hart, 29, who sat at the defense table, is expected to …`: past the age set off
      // before the clause.
      const age = /^\d{1,3}$/.test(sentence.slice(start, relative)) && sentence[start - 2] === ",";
      return age ? clauseStart(sentence, start - 2) : start;
    }
    // `The Japan international, 28, is expected to …`: the subject is before its age.
    const appositive = APPOSITIVE_BEFORE.exec(sentence.slice(0, from));
    if (appositive) return clauseStart(sentence, appositive.index);
  }
  // `His father was Kenyan and the president is expected to …`: a clause of its own before `and`.
  const joined = lastJoin(sentence.slice(from, at));
  if (joined > 0) return from + joined;
  const lead = CLAUSE_LEAD.exec(sentence.slice(from, at));
  return lead ? from + lead[0].length : from;
}

/** `and`, `but` before a subject (a determiner or a capital), after a clause with its own verb. */
const JOIN = /\s(?:and|but)\s+(?=(?:the|a|an|his|her|their|its|\p{Lu})[\s\p{L}])/gu;
const FINITE_VERB = /\s(?:is|was|were|are|has|had|have|will|would|did|does)\s/;

/** Where the clause after the last such `and` starts in `text`, or -1. */
function lastJoin(text: string): number {
  let after = -1;
  JOIN.lastIndex = 0;
  for (let m = JOIN.exec(text); m; m = JOIN.exec(text)) {
    if (FINITE_VERB.test(text.slice(0, m.index + 1))) after = m.index + m[0].length;
  }
  return after;
}

export function trimSentenceEnd(sentence: string): number {
  let end = sentence.length;
  for (; end > 0; end--) {
    const c = charCodeAt.call(sentence, end - 1);
    if (c !== 46 && c !== 33 && c !== 63 && !isSpaceCode(c)) break;
  }
  // `after 11 p.m.`, `in the U.S.`, `Acme Inc.`: the full stop is also the abbreviation's.
  if (charCodeAt.call(sentence, end) === 46 && ABBREVIATION_AT_END.test(sentence.slice(0, end)))
    end++;
  return end;
}
/** An abbreviation before a sentence's last full stop: `p.m`, `U.S`, `Inc`, `Jr`. */
const ABBREVIATION_AT_END =
  /(?:(?:^|[^\p{L}.])(?:\p{L}\.)+\p{L}|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|etc))$/u;

/**
 * The subjects of the verbs before a participle, looked for lazily: the first found is kept. A
 * pending verb is one that carries no statement (its clause's subject), a content verb whose
 * subject was not needed yet (`clause`), or a subject already found.
 */
export interface EarlierSubjects {
  subject: Subject | null;
  pending: (VerbHit | { clause: VerbHit } | { subject: Subject | null })[];
}

/** A module-level function, not a closure: no function is built per sentence. */
export function earlierSubject(
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
export function subjectOfClause(
  sentence: string,
  verb: VerbHit,
  memo: SubjectMemo,
): Subject | null {
  if (isPassive(sentence, verb)) return { speaker: "", at: verb.start };
  // `Thousands ordered to evacuate …` (a headline): a passive without its auxiliary, as no one
  // orders or urges `to` with no one to.
  if (
    REDUCED_PASSIVE.test(verb.verb) &&
    /^\s+to\s+\p{Ll}/u.test(sentence.slice(verb.end, verb.end + 16))
  ) {
    return { speaker: "", at: verb.start };
  }
  // `Caucus-goers were slightly more likely to say they preferred Clinton`: a poll's finding.
  const likely = LIKELY_TO.exec(sentence.slice(Math.max(0, verb.start - 40), verb.start));
  const at = likely ? verb.start - likely[0].length : verb.start;
  return matchSubjectBefore(sentence, at, memo);
}

/** Verbs whose object comes before `to` (`ordered residents to leave`). */
const REDUCED_PASSIVE = /^(?:ordered|urged|told|advised|instructed|warned)$/;

/** What makes a form in -ing a finite verb: `is saying`, `were still arguing`, `’re claiming`. */
const PROGRESSIVE_BEFORE =
  /(?:\b(?:is|are|was|were|be|been|am|keeps?|kept|started|starts|began|begins)|[’'](?:s|re|m))\s+(?:(?:not|still|now|also|already|increasingly|repeatedly|openly|publicly|privately|\p{Ll}+ly)\s+){0,2}$/u;
/**
 * Whether a form in -ing with no auxiliary before it lies inside the subject of the next verb of
 * speech after it (`Sander Levin, a superdelegate supporting Clinton, said`).
 */
export function insideLaterSubject(
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
  return holdsVerb(matchSubjectBefore(sentence, later.start, memo), verb);
}

/** Whether `verb` lies inside `subject` (a later verb's). */
export function holdsVerb(subject: Subject | null, verb: VerbHit): subject is Subject {
  return (
    subject !== null && subject.at < verb.start && subject.at + subject.speaker.length >= verb.end
  );
}

/** Before `say`: `more likely to`, `less likely to`, `most likely to`. */
const LIKELY_TO = /\b(?:more|less|most|least)\s+likely\s+to\s+$/;

export interface Reported {
  start: number;
  end: number;
  cue: Cue;
  /** A statement joined to this one in the same sentence (`…, and he added that …`). */
  next?: Reported;
}

/** `, too,` or `, also,` right before a verb: the adverb of the subject before it (`she, too, wants`). */
const ASIDE_BEFORE_VERB = /,\s*(?:too|also)\s*,\s*$/;
/**
 * Before a verb, a clause joined to the statement before it: `, and`, `but`, `;`, maybe a day
 * (`…, but late Saturday he announced …`), with a pronoun subject or none (`…, and he added that …`,
 * `… and argued that …`), and an adverb or two.
 */
const JOINED_CLAUSE = new RegExp(
  `(?:[,;]["”’]?\\s*(?:and|but)?|\\s(?:and|but))\\s+(?:(?:(?:late|early|on|last|by)\\s+)?(?:${WEEKDAYS}|today|yesterday)(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+)?((?:he|she|they|we|I)\\s+)?(?:(?:also|later|then|further|again)\\s+)?$`,
);
/**
 * What joins a clause with a subject of its own: `, and`, `, but`, `;`, a subordinator after a
 * comma (`, though`, `, after`, `, when`), `while`, `whereas`, each taken whole (a bare `and` may
 * join two subjects: `doctors and medical experts warned`), and a bare `and` or `but` between a
 * lower-case word and a capital (`asked for a photo and Clinton said`) or a share of people (`the
 * party doesn't care and one in four said`, `and 27 percent said`); never a comma between digits
 * (`more than 1,200 earthquakes indicated`).
 */
const CLAUSE_JOIN =
  /(?:(?:;|(?<!\d),|,(?!\d))["”’]?\s*(?:(?:and|but|while|whereas|though|although|after|before|when|where|because|since|until|once|if)\s+)?|\s(?:while|whereas)\s+|\s(?=(?:and|but)\s+(?:\p{Lu}|[\p{Ll}\d-]+\s+(?:in|out\s+of)\s+\p{L}|\d+(?:\.\d+)?(?:%|\s+percent)))(?<=(?:^|\s)\p{Ll}[\p{L}\d%’'-]*\s)(?:and|but)\s+)(?=\S)/gu;
/** A joined clause's subject is at most this long (joinedClause). */
const JOINED_SUBJECT_REACH = 80;
/** Longer than any CLAUSE_JOIN match in real text (`, whereas `, a run of white space). */
const CLAUSE_JOIN_MAX = 40;
/** Verbs that order someone to do something (`told staff to work`, `urged voters to …`). */
export const ORDERS =
  /^(?:told|tells|asked|asks|urged|urges|advised|advises|ordered|orders|instructed|encouraged|warned)$/;
/** Verbs that qualify what a speaker said before them (`but warn against`, `but insisted on`). */
const CONTRAST_VERB =
  /^(?:warn|warns|warned|caution|cautions|cautioned|insist|insists|insisted|stress|stresses|stressed|concede|concedes|conceded|acknowledge|acknowledges|acknowledged|admit|admits|admitted)$/;
/** Whom a verb orders and the infinitive it orders. */
const ORDER_AFTER = /^\s+(?:[\p{L}’'-]+\s+){1,3}?to\s+\p{Ll}/u;
/** A quotation opening right after a verb (`said, “…`), or after a colon (`said afterwards: '…`). */
const QUOTE_AFTER_VERB = /^(?:,?\s*[“"‘]|(?:\s+\p{Ll}+)?:\s*[“"‘'])/u;
/** A relative pronoun or a conjunction: not the subject of a clause of its own. */
const NOT_OWN_SUBJECT = /^(?:and|but|or|who|which|that)\b/i;

/**
 * `X said A, and he added that B`, `X said A, while Y argued that B`: the statement from
 * `statement.start` ends where a later clause with a content verb of its own begins, and that
 * clause's statement follows as `next` — its subject the clause's own, or the first statement's
 * speaker when it has none. One sentence can hold a chain of them.
 */
export function splitJoined(
  sentence: string,
  verbs: readonly VerbHit[],
  statement: Reported,
): Reported {
  for (const verb of verbs) {
    if (verb.start <= statement.start || !carriesContent(verb.verb)) continue;
    // A verb past the statement's end (an opening clause's, cut at its comma) joins nothing to it.
    if (verb.start >= statement.end) break;
    const join = joinedClause(sentence, verb, statement);
    if (!join) continue;
    const contentStart = findContentStart(sentence, verb.verb, verb.end);
    // `… and Clinton said, “…”`: the joined clause's words are a direct quote; the statement
    // before it ends all the same.
    if (contentStart < 0 && QUOTE_AFTER_VERB.test(sentence.slice(verb.end, verb.end + 24))) {
      return { ...statement, end: join.at };
    }
    // `Schools reported higher absence, and several employers told staff to work from home`: a
    // clause with a subject of its own that orders something ends the statement.
    if (
      contentStart < 0 &&
      join.cue.speakerStart !== statement.cue.speakerStart &&
      ORDERS.test(verb.verb) &&
      ORDER_AFTER.test(sentence.slice(verb.end, verb.end + 40))
    ) {
      return { ...statement, end: join.at };
    }
    // `Experts say the risk is low but warn against complacency`: the speakers' second verb after
    // `but`, reporting no clause, is no part of the first statement.
    if (
      contentStart < 0 &&
      CONTRAST_VERB.test(firstWord(verb.verb)) &&
      /\sbut\s+$/.test(sentence.slice(join.at, verb.start))
    ) {
      return { ...statement, end: join.at };
    }
    if (contentStart < 0) continue;
    // `dismissed Boase's claims and found him guilty of drink-driving`: a joined verb naming an
    // act ends the statement and reports none.
    if (namesAct(sentence, verb)) return { ...statement, end: join.at };
    const next = splitJoined(sentence, verbs, {
      start: contentStart,
      end: statement.end,
      cue: join.cue,
    });
    return { ...statement, end: join.at, next };
  }
  return statement;
}

/**
 * A join's comma that a quotation mark closes after it (`it spent “far too much,” and Greene
 * said`): 2, the statement keeping its closed quotation; else 0.
 */
function closedQuote(join: string): number {
  return /^[,;]["”’]/.test(join) ? 2 : 0;
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
    const at = verb.start - before[0].length + closedQuote(before[0]);
    if (at <= statement.start) return null;
    // `said its dog, a springer spaniel called Max, found the boy`: the comma closes an appositive
    // of the statement's subject, whose verb it is.
    if (/^,\s*$/.test(before[0]) && CLOSES_APPOSITIVE.test(sentence.slice(statement.start, at))) {
      return null;
    }
    const pronoun = before[1]?.trimEnd();
    if (!pronoun) return { at, cue: { ...statement.cue, verb: verb.verb } };
    const speakerStart = at + before[0].lastIndexOf(before[1]!);
    const speakerEnd = speakerStart + pronoun.length;
    return { at, cue: { speaker: pronoun, verb: verb.verb, speakerStart, speakerEnd } };
  }
  return clauseWithSubject(sentence, verb, statement);
}

/** A statement's opening words up to an appositive set off after them: `its dog, a spaniel`. */
const CLOSES_APPOSITIVE = /^(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+,\s+(?:a|an)\s+[^,;:“”"]{1,60}$/u;

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
  // `…, but after further investigation, it had been made clear that …`: an expletive `it` before
  // a passive is no one speaking; the clause goes on with the statement.
  if (/^it$/i.test(speaker) && PASSIVE_IT.test(sentence.slice(speakerStart, verb.start))) {
    return null;
  }
  // A bare `and` joins a clause only before a verb of speech (`… and Clinton said`), not two
  // subjects or objects (`with Fox News and NBC News calling …`).
  if (!/[,;]/.test(join[0]) && !/while|whereas/.test(join[0]) && !SPEECH_VERB.test(verb.verb)) {
    return null;
  }
  const at = statement.start + join.index + closedQuote(join[0]);
  const speakerEnd = speakerStart + speaker.length;
  return { at, cue: { speaker, verb: verb.verb, speakerStart, speakerEnd } };
}

/** A subject ending in `who` and an adverb (`people who unequivocally (endorsed)`). */
const WHO_AT_END = /\swho\s+\p{Ll}+ly$/u;
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
 * clause's) is cut in place; null when the sentence has no such shape, or when its main verb
 * reports nothing (`People who backed the plan were unhappy`: the object is cut all the same).
 */
export function restrictiveMain(
  sentence: string,
  verbs: readonly VerbHit[],
  verb: VerbHit,
  statement: Reported,
): Reported | null {
  const { speaker, speakerStart, speakerEnd } = statement.cue;
  const between = sentence.slice(speakerEnd, verb.start);
  // `Voters supporting Trump say …`: a participle right after the subject restricts it too.
  const who = (speaker === "who" || WHO_AT_END.test(speaker)) && WHO_TO_VERB.test(between);
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
    if (after && /^\s+$/.test(sentence.slice(later.end, after.start))) break;
    if (!carriesContent(later.verb) || firstWord(later.verb).endsWith("ing")) break;
    const object = SHORT_OBJECT.exec(sentence.slice(verb.end, later.start));
    if (!object?.[1] || BEFORE_A_NOUN.test(object[1])) break;
    const start = findContentStart(sentence, later.verb, later.end);
    if (start < 0) break;
    const end = statement.end;
    statement.end = verb.end + object[0].indexOf(object[1]) + object[1].trimEnd().length;
    return { start, end, cue: { ...statement.cue, verb: later.verb } };
  }
  // `People who backed the plan were unhappy`: the main verb says nothing, but the object of the
  // relative clause's verb still ends where it begins (not a clause: `Voters who say the economy
  // is …`).
  if (!takesObject(verb.verb)) return null;
  const object = OBJECT_THEN_MAIN_VERB.exec(sentence.slice(verb.end, statement.end));
  if (object?.[1] && !BEFORE_A_NOUN.test(object[1])) {
    statement.end = verb.end + object[0].indexOf(object[1]) + object[1].trimEnd().length;
  }
  return null;
}

/** A short object (SHORT_OBJECT's), then the main clause's auxiliary or linking verb. */
const OBJECT_THEN_MAIN_VERB =
  /^\s+((?:(?!(?:that|who|which|and|but|or|to|he|she|they|it|I|we|you|have|has|had|are|were|is|was|will|would|also|both|all|still|now)\s)[\p{L}\p{N}’'.-]+\s+){1,4}?)(?=(?:are|were|is|was|has|have|had|will|would|can|could|should|may|might|must|did|does|seemed|sounded|appeared|remained|became|looked)\s)/u;
