/**
 * Reported speech: one statement per sentence, found from the reporting verbs outside quotation
 * marks (`X said the deal was done`, `…, she added`, `According to X, …`), and one more for each
 * clause joined to it with a reporting verb of its own (`…, and he added that …`, `…, while Y
 * argued that …`). A verb's subject is read in reported-subjects.ts, the clauses around it in
 * reported-clauses.ts, and sentences of a shape of their own (headlines, labels, polls,
 * `According to X, …`) in reported-shapes.ts.
 */

import { isSpaceCode } from "./chars.js";
import { findContentStart } from "./cue-content.js";
import { PLURAL_NOUNS } from "./cue-grammar.js";
import {
  afterDatelineOrDay,
  COMMON_PAST_WORDS,
  countsThings,
  disagrees,
  matchSubjectBefore,
  SUMMED_UP_AFTER,
  SUMMED_UP_THEN_SUBJECT,
  type SubjectMemo,
} from "./cue-subjects.js";
import { type Cue, matchMidCue, matchTailCue } from "./cues.js";
import { type Candidate, countWords, type Layout, quotedShare, trimRange } from "./layout.js";
import type { MarkSpan } from "./marks.js";
import { CLAUSE_VERB } from "./reader-text.js";
import {
  type EarlierSubjects,
  endsAtMainAux,
  holdsVerb,
  type Reported,
  relativeClauseEnd,
  restrictiveMain,
  SPEECH_VERB,
  splitJoined,
  startsJoinedSubject,
  trimSentenceEnd,
} from "./reported-clauses.js";
import {
  accordingOpening,
  askedUnnamed,
  headlineStatement,
  isDatelineLabel,
  LABEL_REACH,
  labelledStatement,
  matchAsCue,
  nominalStatement,
  POLL_WORD,
  pollStatement,
} from "./reported-shapes.js";
import {
  contentOfVerb,
  framedByLaterCue,
  subjectOfVerb,
  type VerbSubject,
} from "./reported-subjects.js";
import { isSayingNoun, nominalContentEnd } from "./verbless-cues.js";
import { carriesContent, findVerbs, firstWord, isPassive, type VerbHit } from "./verbs.js";

/** Read through the prototype, not `text.charCodeAt`: see charCodeAt in src/quotes/chars.ts. */
const { charCodeAt } = String.prototype;

/**
 * A statement that is only the sentence's opening phrase of time, place or manner, with no
 * comma in it (`In a memo on Tuesday, Noah Oppenheim reminded his staff …`, `With 222 delegates at
 * stake, Clinton assured …`): what frames the saying, not what was said. Not a count opened so
 * (`At least 10 people died, police said`, `Over 100 were hurt`).
 */
const LEAD_PHRASE_ONLY =
  /^(?:In|On|At(?!\s+(?:least|most)\s)|During|After|Before|Over(?!\s+(?:\d|a\s+(?:dozen|hundred|thousand|million)))|Through|Throughout|Since|Following|Amid|Under(?!\s+\d)|For|By|With|Without|Within|From|Despite|As(?!\s+(?:much|many|few|little|long|soon|well|far|of)\b)|Like|Unlike|Among|Besides|(?:Later|Earlier)(?=\s+(?:in|on|at|this|that|last|today|tonight|yesterday)\b))\s[^,;:“”"]{0,80}$/;

/**
 * `declined to be named`, `asked not to be identified`, `requested anonymity to speak candidly`,
 * `declined to be named because the discussions are confidential`: a wish to stay unnamed (and
 * why), not a statement, even with the verb the one unnamed then speaks by (`“…,” a woman who
 * declined to give her name said.`).
 */
const ANONYMITY_ONLY =
  /^(?:(?:not\s+)?to\s+be\s+(?:named|identified)|to\s+give\s+(?:his|her|their)\s+(?:full\s+|last\s+|sur)?names?|anonymity)(?:\s+(?:to|because|as|since|in\s+order\s+to)\s[^,;:“”"]*)?(?:\s+(?:said|says|added))?$/;

/**
 * `declined to be drawn on the timing of a cut`, `refused to be drawn into the row`: a refusal to
 * say, not a statement.
 */
const NOT_DRAWN = /^(?:not\s+)?to\s+be\s+drawn(?:\s+(?:on|into|about|over)\s[^,;:“”"]*)?$/;

/**
 * How a thing was said, not what: `She said it without bitterness.`, `it with a smile`, `it
 * again` (the sentence still names who speaks the quotation after it).
 */
const SAID_IT_SO =
  /^it\s+(?:(?:without|with|again|twice|over\s+and\s+over|calmly|quietly|simply|flatly|softly|bluntly|plainly|repeatedly)\b(?!\s+(?:is|was|are|were|has|had|have|will|would)\b)|\p{Ll}+ly$)/u;

/**
 * Set off at a sentence's end, a court or a jury that heard what the sentence says (`, Harrow Crown
 * Court heard.`, `, a jury was told.`): whoever said it in court goes unnamed, and the sentence's
 * own cue, if any, reports up to it.
 */
const HEARD_AT_END =
  /,\s+(?:(?:the|a)\s+(?:court|jury|inquest|inquiry|tribunal|hearing|trial)|(?:\p{Lu}[\p{L}’']*\s+){1,3}(?:Crown|Magistrates[’']?|Coroner[’']?s[’']?|High|Youth|County|Sheriff|District)\s+Court)\s+(?:(?:has|had|was|were)\s+)?(?:heard|told)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?[.!?]?\s*$/u;

/**
 * Set off at a sentence's end, a word for what was said and who denies it (`, a charge Apple
 * rejects.`), or a word for what was done and who calls it something (`, a plan the FTC described
 * as inadequate.`): no part of the sentence's statement, and no one's statement of it.
 */
const DENIED_AT_END =
  /,\s+(?:a|an)\s+(?:(?:claim|charge|accusation|allegation|suggestion|characterization|characterisation|criticism|finding|conclusion|assessment)\s+(?:[^,;:“”"]{1,60}?\s)?(?:rejects|rejected|denies|denied|disputes|disputed|dismisses|dismissed|refutes|refuted|contests|contested)(?:\s+as\s+[^,;:]{1,50}?)?|(?:plan|move|decision|step|proposal|deal|offer|figure|estimate|policy|measure|change|idea|approach|tactic|strategy|sum|price|outcome)\s+(?:that\s+)?(?:[^,;:“”"]{1,60}?\s)?(?:described|describes|called|calls|branded|brands|labell?ed|labels|dubbed|dubs|termed|terms)\s+[^,;:“”"]{1,40}?)[.!?]?\s*$/;

/**
 * What a passive with no one named gives before a preposition (`was confirmed ▮as Kilmarnock's
 * manager`, `was described ▮as a “real woman”`, `was announced ▮on Saturday afternoon`, `is
 * expected ▮at the home of MK Dons`, `was welcomed ▮with Republican support`, `were being offered
 * ▮for up to £4,000`, `will be mentioned ▮again on 14 July`): a label, a time, a place or a price,
 * not a statement.
 */
const PREPOSITION_FIRST =
  /^(?:(?:again|later|first|also|then|now|briefly)\s+)?(?:as|on|at|with|from|after|into|for|over|during|until)\s/;

/**
 * A question put to the sentence's subject, opening it (`Asked if she would back the bill, `),
 * maybe with who asked it (`Asked by a reporter on the palace steps whether …, `).
 */
const QUESTION_PUT = String.raw`sked\s+(?:again\s+)?(?:by\s+[^,;:“”"]{1,60}?\s+)?(?:if|whether|about|why|how|what|when|who)\s[^,;:“”"]{1,120},\s`;
const QUESTION_OPENING = new RegExp(String.raw`^(?:When\s+|If\s+|Once\s+)?[Aa]${QUESTION_PUT}`);

/** A question put to the subject, set off after it (`McDermott, asked whether he would …, said`). */
const QUESTION_ASIDE = new RegExp(String.raw`,\s+(?:when\s+)?a${QUESTION_PUT}`);

/**
 * Leave to speak, before a verb (`who was not authorized to ▮discuss the matter`, `allowed to
 * ▮comment publicly`): why someone spoke unnamed, not what they said.
 */
const LEAVE_TO_SPEAK = /\b(?:authori[sz]ed|permitted|allowed|cleared|empowered)\s+to\s+$/;

/**
 * Whom a speech was given to, after `addressed` (`addressed staff on Monday`, `addressed a rally in
 * Washington Square Park`): an audience, not a statement.
 */
const AUDIENCE =
  /^(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:staff|students|supporters|crowds?|rally|audiences?|members|delegates|reporters|journalists|voters|workers|employees|lawmakers|nation|parliament|congress|conference|convention|summit|meeting|gathering|graduates|troops|fans|assembly|chamber|session|event|dinner|luncheon|forum)\b/iu;

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
      if (span < spans.length && spans[span]!.contentStart <= v.start) return false;
      return !LEAVE_TO_SPEAK.test(para.slice(Math.max(0, v.start - 24), v.start));
    });
    let nextVerb = 0;
    // The next colon at or after the sentence's start (a label's), found once per paragraph.
    let colon = para.indexOf(":");
    let according = para.indexOf("According");
    let asked = para.indexOf("sked ");
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
        colon > 0 &&
        colon - sentence.start <= LABEL_REACH &&
        !(s === 0 && isDatelineLabel(article.paragraphs, p))
          ? labelledStatement(para.slice(sentence.start, sentence.end))
          : null;
      const headline =
        labelled ??
        (verbs.length === 0 ? headlineStatement(para.slice(sentence.start, sentence.end)) : null);
      if (verbs.length === 0 && !headline) {
        // `According to …` opening the sentence, or after `But` or a colon, `In a … poll, …` and a
        // noun of saying with its `that` clause: cues no verb marks.
        // The next `According` at or after the sentence's start, found as the colon is: searched
        // from each sentence to the paragraph's end it was quadratic where none follows.
        if (according >= 0 && according < sentence.start) {
          according = para.indexOf("According", sentence.start);
        }
        // `Asked whether she would visit the site, MacAuley-Sorensen laughed.`: a question put
        // with no verb of saying, whose answer may follow uncued.
        if (asked >= 0 && asked < sentence.start) asked = para.indexOf("sked ", sentence.start);
        if (
          (according < 0 || according >= sentence.end) &&
          (asked < 0 || asked >= sentence.end) &&
          !para.startsWith("In ", sentence.start) &&
          !POLL_WORD.test(para.slice(sentence.start, sentence.end)) &&
          // `The company's announcement that it would cut jobs sent shares lower`: a noun of
          // saying with its `that` clause (nominalStatement).
          !para
            .slice(sentence.start, Math.min(sentence.end, sentence.start + 120))
            .includes(" that ")
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
        if (
          (share > 0.5 && !framesQuote(para, spans, piece, from, share)) ||
          (!labelled && quoteAfterColon(para, spans, from, to))
        ) {
          // Only the sentence's first cue frames its direct quotes.
          if (piece === found) sentenceCues.set(`${p}:${s}`, { cue: piece.cue, at: speakerAt });
          continue;
        }
        // `…recommended approval of a gene therapy, a decision patient groups hailed as …`: the
        // statement ends before a clause summed up after it.
        const comma = para.indexOf(", a", from);
        const summed = comma >= 0 && comma < to ? SUMMED_UP_AFTER.exec(para.slice(from, to)) : null;
        let [start, end] = trimRange(text, base + from, base + (summed ? from + summed.index : to));
        // `(Yes, we know, guacamole is extra`: a parenthesis the statement does not close.
        if (charCodeAt.call(text, start) === 40 && !text.slice(start, end).includes(")")) start++;
        candidates.push({
          kind: "indirect",
          start,
          end,
          paragraph: p,
          sentence: s,
          cue: piece.cue,
          speakerAt,
          inheritFrom: null,
          // Hidden, the statement still names its speaker for the quotations after it; a question
          // put in a sentence with no verb of saying still tells who answers (`Asked whether she
          // would visit the site, MacAuley-Sorensen laughed. “In a boat, yes.”`).
          hidden:
            (verbs.length === 0 && piece.cue.verb === "asked") ||
            countWords(text.slice(start, end), 3) < 3 ||
            (piece.cue.verb !== "according to" && LEAD_PHRASE_ONLY.test(text.slice(start, end))) ||
            ANONYMITY_ONLY.test(text.slice(start, end)) ||
            NOT_DRAWN.test(text.slice(start, end)) ||
            SAID_IT_SO.test(text.slice(start, end)) ||
            (piece.cue.speaker === "" && PREPOSITION_FIRST.test(text.slice(start, end))) ||
            (/^address/.test(piece.cue.verb) && AUDIENCE.test(text.slice(start, end))) ||
            WHAT_OBJECT_BEFORE.test(para.slice(Math.max(0, from - 80), from)),
        });
      }
    }
  }
  return { candidates, sentenceCues };
}

/**
 * `what`, a subject and a verb right before a statement (`Trump was asked what he thought Clinton
 * could do`, `what she wanted to write about`): the verb's object is `what`, and the words after it
 * are no statement. Not a verb naming what it calls something (`what he calls the “crooked”
 * process`).
 */
const WHAT_OBJECT_BEFORE =
  /\b[Ww]hat\s+(?:he|she|they|we|I|you|it|(?:the|his|her|their|its)\s+\p{Ll}[\p{L}-]*|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})\s+(?:(?:also|really|actually|once|later|first|had|has|have|would|will|did|does|do)\s+)*(?!(?:calls?|called|describes?|described|dubs|dubbed|terms?|termed|labels?|labell?ed)\s)\p{Ll}+(?:\s+(?:to|that))?\s+$/u;

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

/**
 * Whether the statement starting at `from` is a quotation its cue introduces with a colon (`The star
 * wrote: “Thank you for all the love” alongside a heart emoji`): the quotation is what was said, and
 * the words after it are the writer's. Not after a headline's label (`Sanders: ‘Of Course’ Clinton
 * Is Qualified`), whose quoted words are part of the claim.
 */
function quoteAfterColon(
  para: string,
  spans: readonly MarkSpan[],
  from: number,
  to: number,
): boolean {
  if (!/:\s*$/.test(para.slice(Math.max(0, from - 3), from))) return false;
  const first = spans.find((span) => span.contentEnd > from);
  // One quotation, closed, and no quotation mark after it (`“… wearing “Settle For Hillary” shirts
  // …”`: the marks were nested, and the quotation read shorter than it is).
  return (
    first !== undefined &&
    first.open === from &&
    first.closed &&
    !/[“”"‘]/.test(para.slice(first.end, to))
  );
}

function verbsBefore(verbs: readonly VerbHit[], verb: VerbHit): VerbHit[] {
  return verbs.filter((v) => v.end <= verb.start);
}

/** The dash that ends a dateline (`VIENNA —`, `PARIS, Aug 31 (Reuters) -`), not a day's comma. */
const DATELINE_DASH = /(?:--|[—–―-])\s+$/;

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
  // `WASHINGTON (Reuters) - The plan is dead, officials said.`: the dateline is the wire's.
  if (found?.start === 0) {
    const opening = afterDatelineOrDay(sentence);
    if (opening > 0 && DATELINE_DASH.test(sentence.slice(0, opening))) found.start = opening;
  }
  if (!sentence.includes("sked ")) return found;
  const question = askedUnnamed(sentence, trimSentenceEnd(sentence));
  if (!question) return found;
  if (!found) return question;
  // `Asked whether she was worried about how the film would be received …, the director paused`:
  // a statement whose speaker is inside the question is the question's words.
  const pieces: Reported[] = [];
  for (let piece: Reported | undefined = found; piece; piece = piece.next) {
    const inside =
      piece.cue.speakerStart >= question.start && piece.cue.speakerStart < question.end;
    if (inside) continue;
    // `Asked on Wednesday night whether that pledge still stood, she answered …`: what a tail cue
    // would take as the statement before it is the question opening the sentence.
    const overlaps = piece.start < question.end && question.start < piece.end;
    if (overlaps && piece.start === 0 && /^[Aa]sked\s/.test(sentence)) continue;
    if (overlaps) return found;
    pieces.push(piece);
  }
  pieces.push(question);
  for (let i = pieces.length - 1; i > 0; i--) pieces[i - 1]!.next = pieces[i]!;
  return pieces[0]!;
}

/**
 * Where a semicolon outside quotation marks ends a statement (`36 percent of Democrats said they
 * would flip; 62 percent of those were Sanders supporters`): the clause after it is the writer's.
 */
function semicolonEnd(sentence: string, from: number, end: number): number {
  const semi = sentence.indexOf(";", from);
  if (semi < 0 || semi >= end) return end;
  return quotesClosed(sentence.slice(from, semi)) ? semi : end;
}

/**
 * Whether every quotation `text` opens it also closes: no curly mark left open, an even number of
 * straight ones.
 */
function quotesClosed(text: string): boolean {
  let curly = 0;
  let straight = 0;
  for (let i = 0; i < text.length; i++) {
    const c = charCodeAt.call(text, i);
    if (c === 0x201c) curly++;
    else if (c === 0x201d) curly--;
    else if (c === 34) straight++;
    // `''`, the NYT's double mark, counts as one.
    else if (c === 39 && charCodeAt.call(text, i + 1) === 39) {
      straight++;
      i++;
    }
  }
  return curly <= 0 && straight % 2 === 0;
}

/**
 * Where a quotation with a cue of its own ends a statement that runs into it with no stop between
 * (a caption run into the text: `Yen Reis says she gets the treatment twice a week 'If I hadn’t
 * had a testimonial, I may have backed out,' said beauty blogger Amber Katz`).
 */
function quotedAfterEnd(sentence: string, from: number, end: number): number {
  // Looked for by hand, mark by mark: a pattern searching for the opening ran on to the sentence's
  // end for every statement.
  for (let i = Math.max(2, from); i < end - 1; i++) {
    const c = charCodeAt.call(sentence, i);
    if (c !== 0x201c && c !== 0x2018 && c !== 34 && c !== 39) continue;
    if (!isSpaceCode(charCodeAt.call(sentence, i - 1))) continue;
    if (!WORD_END.test(sentence[i - 2]!) || !CAPITAL.test(sentence[i + 1]!)) continue;
    QUOTE_CLOSES_BEFORE_CUE.lastIndex = i + 1;
    const close = QUOTE_CLOSES_BEFORE_CUE.exec(sentence);
    if (close && close.index < i + 400) return i - 1;
  }
  return end;
}
/** The last character of a word before a quotation's opening (`a week 'If`), and its first. */
const WORD_END = /[\p{Ll}\d]/u;
const CAPITAL = /\p{Lu}/u;
/** The quotation's close and a cue after it (`,' said Davis`, `,’ Rossen says`, `.” she added`). */
const QUOTE_CLOSES_BEFORE_CUE =
  /[,.!?]['’”"]\s+(?:(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}|(?:he|she|they)\s+)?(?:said|says|added|adds|told|tells|explained|wrote|writes|continued|commented)\b/gu;

/**
 * Where a second relative clause ends a statement (`a man who claims he is a perfectionist, and
 * who appears to be …`): it goes on describing the speaker, unless the statement holds the first.
 */
function relativeAgainEnd(sentence: string, from: number, end: number): number {
  RELATIVE_AGAIN.lastIndex = from;
  const m = RELATIVE_AGAIN.exec(sentence);
  if (!m || m.index >= end) return end;
  // `… detainees who can’t be tried …, but who are considered too dangerous`: the statement's own
  // relative clause goes on.
  return /\s(?:who|whose)\s/.test(sentence.slice(from, m.index)) ? end : m.index;
}
const RELATIVE_AGAIN = /,\s+(?:and|but)\s+(?:who|whose)\s/g;

/**
 * The cue of the main verb after a relative clause, by the main verb's own subject when it holds
 * the clause in an appositive (`Senator Richard Burr, a North Carolina Republican who …,
 * acknowledged`); null when it does not (the relative pronoun's antecedent speaks).
 */
function mainSubjectCue(
  sentence: string,
  main: VerbHit,
  relativeAt: number,
  memo: SubjectMemo,
): Cue | null {
  // `Humphrey, who calls Trump …, said`: right after a comma, the pronoun's antecedent is the name;
  // but `A father from Delaware County, who declined to give his name, told`: the one an
  // indefinite description opening the subject names.
  if (
    /,\s*$/.test(sentence.slice(0, relativeAt)) &&
    !/^(?:An?|One|Another)\s/.test(sentence.slice(afterDatelineOrDay(sentence)))
  )
    return null;
  const whole = matchSubjectBefore(sentence, main.start, memo);
  if (!whole || whole.at >= relativeAt) return null;
  return {
    speaker: whole.speaker,
    verb: main.verb,
    speakerStart: whole.at,
    speakerEnd: whole.at + whole.speaker.length,
  };
}

/**
 * Before a relative pronoun, what makes its clause an aside that a comma closes: a comma
 * (`Humphrey, who calls …,`), or an appositive's description (`Burr, a North Carolina Republican
 * who has also embraced Mr. Trump,`).
 */
const RELATIVE_AFTER_COMMA = /(?:,|,\s+(?:a|an|the|his|her|their|its)\s[^,]{1,80})\s*$/;

/**
 * The last comma before `before` (the main clause's subject) and after `from`, with the quotation
 * mark it closes if any; -1 when the text between is not only a subject's words.
 */
function lastClauseComma(sentence: string, from: number, before: number): number {
  const comma = sentence.lastIndexOf(",", before);
  if (comma <= from || !/^[”"’']?\s+$/.test(sentence.slice(comma + 1, before))) return -1;
  const mark = /^[”"’']/.test(sentence.slice(comma + 1, comma + 2)) ? 1 : 0;
  return comma + mark;
}

/** The comma that ends an opening subordinate clause, and the quotation mark it closes if any. */
const CLAUSE_COMMA = /,([”"’']?)(?=\s)/g;

/**
 * A conjunction opening a sentence with a subordinate clause (`While`, `Although`, `When`), or a
 * time before one (`A day after`, `Hours before`).
 */
const SUBORDINATE_OPENER =
  /^(?:While|Whereas|As|When|Although|Though|Because|If|Since|Once|Until|After|Before|Even\s+(?:though|if|as|when|after|before|while)|Ever\s+since|(?:(?:Over|More\s+than|Nearly|Almost|About|Some)\s+(?=[a-z\d]))?(?:(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+|Several|Only|Just|Shortly|Soon|Hours|Days|Weeks|Months|Years|Decades|Minutes|Moments|Long|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+)(?:(?:day|days|week|weeks|month|months|year|years|decade|decades|hour|hours|minute|minutes)\s+)?(?:after|before|since|until|when|once))\s+/;

/** A subordinator right before a subject (`and while `, `, although `). */
const SUBORDINATOR_BEFORE = /\b(?:while|although|though|whereas|because|if|since|when)\s+$/;
/** A comma, then a main clause's pronoun and verb (`, it’s unlikely`, `, they were`). */
const MAIN_AFTER_COMMA =
  /,\s+(?:it|he|she|they|we|I|there)(?:[’']s\b|\s+(?:is|was|are|were|has|had|have|will|would|can|could|may|might|did|does|do|\p{Ll}+ed)\b)/gu;

/** A short lead and its comma before a subordinate clause (`In 1991, when`, `Later, after`). */
const SUBORDINATE_AFTER_LEAD =
  /^\p{Lu}[^,]{0,30},\s+(?:while|whereas|as|when|although|though|because|if|since|once|until|after|before)\s+/u;

/**
 * The reported statement of one sentence, if it has one. `verbs` are the sentence's reporting verbs
 * outside quotation marks (inside them they are the quoted speaker's words, not the attribution).
 * Shapes of their own come first (`According to X, …`, `As X said, …`, a cue at the end); then
 * each verb in turn, until one has a subject (`subjectOfVerb`) and words after it that it reports
 * (`contentOfVerb`); its statement is then cut to the clauses of the sentence (`statementOfVerb`).
 */
function findStatement(
  sentence: string,
  allVerbs: readonly VerbHit[],
  memo: SubjectMemo,
): Reported | null {
  const according = accordingOpening(sentence);
  // `(According to X, …)`, `(Ray was angry until he realized …)`: a statement ends inside the
  // parenthesis.
  // `…, a charge Apple rejects.`: a denial set off at the end is no part of the statement, and its
  // verb reports none.
  // `…, Harrow Crown Court heard.`: nor is a court's hearing it.
  const setOff = DENIED_AT_END.exec(sentence) ?? HEARD_AT_END.exec(sentence);
  const verbs = setOff ? allVerbs.filter((v) => v.start < setOff.index) : allVerbs;
  let sentenceEnd = setOff
    ? setOff.index
    : sentence.startsWith("(")
      ? trimSentenceEnd(sentence.replace(/\)[.!?]?\s*$/, ""))
      : trimSentenceEnd(sentence);
  if (according) return { start: according.contentStart, end: sentenceEnd, cue: according.cue };
  if (verbs.length === 0)
    return nominalStatement(sentence, sentenceEnd) ?? pollStatement(sentence, sentenceEnd);
  const as = matchAsCue(sentence, verbs[0]!, sentenceEnd);
  if (as) return as;
  const tail = matchTailCue(sentence, verbs);
  if (
    tail &&
    tail.contentEnd > 0 &&
    !disagrees(tail.cue.speaker, tail.cue.verb) &&
    !countsThings(tail.cue.speaker) &&
    !SUMMED_UP_THEN_SUBJECT.test(tail.cue.speaker) &&
    // `Asked by an Italian journalist whether …, Farahani-Mohseni answered without hesitation.`:
    // the question put is not what the one asked says.
    !QUESTION_OPENING.test(sentence)
  ) {
    // `The company said it expected $32.5 billion, compared with analysts' estimate of $31.7
    // billion, according to LSEG data.`: the figure at the end is the source's; the sentence's
    // statement is the company's, up to it. `Other Republican candidates said they support …,
    // but …, they said.`: a pronoun's tail repeats the cue the sentence opens with.
    if (
      !(
        tail.cue.verb === "according to" ||
        (TAIL_PRONOUN.test(tail.cue.speaker) && SAYS_FIRST.test(verbs[0]!.verb))
      ) ||
      !opensWithSpeaker(sentence, verbs, tail.contentEnd, memo)
    )
      return { start: 0, end: tail.contentEnd, cue: tail.cue };
    sentenceEnd = tail.contentEnd;
  }
  // The first subject in the sentence, for participles; the subjects of verbs that carry no
  // statement are only looked for when a participle needs them (they cost a regex each).
  const earlier: EarlierSubjects = { subject: null, pending: [] };
  let framedLater: boolean | undefined;
  // `Obama is reported to have called the Saudis “free riders”`: the verb after the passive says
  // what was said, by the passive's subject; the passive is tried after the others.
  const passiveFirst = (verb: VerbHit) =>
    isPassive(sentence, verb) && infinitiveFollows(sentence, verbs, verb);
  const ordered = verbs.some(passiveFirst)
    ? [...verbs.filter((v) => !passiveFirst(v)), ...verbs.filter(passiveFirst)]
    : verbs;
  // `Asked if she would back the bill, Murkowski replied …`: a verb inside the question reports
  // nothing of its own.
  // (One verb inside is enough: `Asked by a reporter whether he planned to …, Okoye-Hansen
  // shook his head`.)
  const question = QUESTION_OPENING.exec(sentence);
  // `McDermott, asked whether he would challenge the call, said …`: nor inside one set off after
  // the subject.
  const aside = verbs.length > 1 ? QUESTION_ASIDE.exec(sentence) : null;
  const asideFrom = aside ? aside.index + aside[0].indexOf("sked") + 4 : -1;
  for (const verb of ordered) {
    if (question && verb.start > 6 && verb.end < question[0].length) continue;
    if (aside && verb.start > asideFrom && verb.end < aside.index + aside[0].length) continue;
    // `often enough to be noted more than one night out of 17, Paganini wrote`: a passive
    // infinitive reports nothing of its own.
    if (TO_BE_BEFORE.test(sentence.slice(Math.max(0, verb.start - 7), verb.start))) continue;
    // `The company, which is expected to lay off …, confirmed that …`: a passive inside the
    // subject of a later verb is no statement of the sentence's.
    if (
      verb !== verbs.at(-1) &&
      isPassive(sentence, verb) &&
      inLaterSubject(sentence, verbs, verb, memo)
    )
      continue;
    // `But a woman who says she was abused as a child said the ruling …`: nor is a verb of speech
    // in a restrictive `who` clause (no comma before it) inside a later verb's subject.
    if (
      verb !== verbs.at(-1) &&
      SPEECH_VERB.test(firstWord(verb.verb)) &&
      /[^,\s]\s+who\s+$/.test(sentence.slice(Math.max(0, verb.start - 7), verb.start)) &&
      inLaterSubject(sentence, verbs, verb, memo)
    )
      continue;
    // `People familiar with the talks, who declined to be identified, said …`, `His wife, who has
    // campaigned for his release …, said`: nor is a wish to stay unnamed or a cause set off inside
    // it, whose subject the later verb's statement would take.
    if (
      verb !== verbs.at(-1) &&
      UNNAMED_WISH.test(verb.verb) &&
      /,\s+who\s+(?:(?:has|have|had)\s+)?(?:long\s+)?$/.test(
        sentence.slice(Math.max(0, verb.start - 20), verb.start),
      ) &&
      inLaterSubject(sentence, verbs, verb, memo)
    )
      continue;
    // `The farmworker who found the first bone, Ramón Quilapán, attended …`: a verb in the `who`
    // clause of a description opening the sentence, a name set off after it, describes the subject.
    if (
      verb.end < sentence.indexOf(",") &&
      /[^,\s]\s+who\s+$/.test(sentence.slice(Math.max(0, verb.start - 7), verb.start)) &&
      DESCRIBED_THEN_NAMED.test(sentence)
    )
      continue;
    if (verb !== verbs.at(-1) && !SPEECH_VERB.test(firstWord(verb.verb))) {
      framedLater ??= framedByLaterCue(sentence, verbs, verb, memo);
      if (framedLater) continue;
    }
    const found = subjectOfVerb(sentence, verbs, verb, earlier, memo);
    if (!found) continue;
    const contentStart = contentOfVerb(sentence, verb, found);
    if (contentStart < 0) continue;
    return statementOfVerb(sentence, verbs, verb, found, contentStart, sentenceEnd, memo);
  }
  const mid = matchMidCue(sentence, verbs);
  if (mid && !disagrees(mid.speaker, mid.verb)) return midStatement(sentence, mid, sentenceEnd);
  return nominalStatement(sentence, sentenceEnd) ?? pollStatement(sentence, sentenceEnd);
}

const TO_BE_BEFORE = /\bto\s+be\s+$/;
/**
 * The verbs of a wish to stay unnamed (`declined to be identified`, `asked not to be named`), or of
 * a cause taken up (`who has campaigned for his release`): no words of their own.
 */
const UNNAMED_WISH = /^(?:declined|asked|requested|refused|campaigned\s+for)$/;

/** A description and its `who` clause opening a sentence, then a name set off (`The farmer who …, Iain Gunn,`). */
const DESCRIBED_THEN_NAMED =
  /^(?:The|A|An)\s+(?:[\p{L}’'-]+\s+){0,4}?who\s+[^,]+,\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)+,\s/u;

/** A comma opening a relative clause on an occasion: `, in which `, `, during which `, `, where `. */
const OCCASION_CLAUSE = /,\s+(?:(?:in|during|at)\s+which|where)\s+/g;

/** A pronoun naming a tail's speaker (`…, they said.`). */
const TAIL_PRONOUN = /^(?:he|she|they)$/i;
/** `said` and `told`, which report what follows them (not `added`, `noted`). */
const SAYS_FIRST = /^(?:said|says|say|told|tells)$/;

/** Whether `verb` lies inside the subject of a later verb that reports a statement. */
function inLaterSubject(
  sentence: string,
  verbs: readonly VerbHit[],
  verb: VerbHit,
  memo: SubjectMemo,
): boolean {
  return verbs.some(
    (v) =>
      v.start > verb.end &&
      carriesContent(v.verb) &&
      holdsVerb(matchSubjectBefore(sentence, v.start, memo), verb),
  );
}

/** Whether the sentence opens with a speaker and a verb of speech before `end` (`Apple said …`). */
function opensWithSpeaker(
  sentence: string,
  verbs: readonly VerbHit[],
  end: number,
  memo: SubjectMemo,
): boolean {
  const first = verbs[0]!;
  if (first.end >= end || !SPEECH_VERB.test(firstWord(first.verb))) return false;
  const subject = matchSubjectBefore(sentence, first.start, memo);
  // `Some 55 percent of voters said …, according to a Quinnipiac poll`: a share the poll counted
  // speaks through it.
  return subject?.at === 0 && !COUNTED_SHARE.test(subject.speaker);
}
/** A number or a share of people opening a subject (`About 40 rabbis`, `The vast majority of`). */
const COUNTED_SHARE =
  /^(?:(?:about|some|nearly|almost|more\s+than|fewer\s+than|less\s+than|over|roughly|only|just)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|half|most|many|several|dozens|hundreds|thousands|millions)\b|(?:the|a)\s+(?:\p{Ll}+\s+)?(?:majority|minority|third|quarter|fifth|half)\b)/iu;

/** Whether a verb of `verbs` follows `verb` as its infinitive (`reported to have called`). */
function infinitiveFollows(sentence: string, verbs: readonly VerbHit[], verb: VerbHit): boolean {
  const to = INFINITIVE_AFTER.exec(sentence.slice(verb.end, verb.end + 16));
  return to !== null && verbs.some((v) => v.start === verb.end + to[0].length);
}
const INFINITIVE_AFTER = /^\s+to\s+(?:have\s+)?/;

/**
 * A relative pronoun after a noun and the comma that opens a cue after it (`a rota that, the union
 * says,`), two words or more into the sentence; not after a preposition or a conjunction (`On top
 * of that, opponents say,`, `After that, Ford wrote,`, `And that, he said,`, `All of which, he
 * said,`).
 */
const RELATIVE_BEFORE_CUE =
  /(?<=\S\s+\S+\s+\S*[\p{L},])(?<!\b(?:[Oo]f|[Oo]n|[Tt]o|[Aa]t|[Ii]n|[Ff]or|[Ww]ith|[Bb]y|[Ff]rom|[Aa]bout|[Aa]fter|[Bb]efore|[Ss]ince|[Uu]ntil|[Dd]uring|[Dd]espite|[Bb]eyond|[Bb]esides|[Ww]ithout|[Aa]gainst|[Bb]ecause|[Ii]f|[Aa]nd|[Ss]o|[Bb]ut|[Oo]r|[Tt]han|[Ll]ike|[Aa]ll))\s(?:that|which|who)\s*,\s*$/u;

/**
 * The statement a cue set off by commas frames (`The plan, the mayor said, would cost …`): the
 * whole sentence; only the relative clause it stands in (`… rejected a rota that, the union says,
 * stacks night shifts …`).
 */
function midStatement(sentence: string, mid: Cue, sentenceEnd: number): Reported {
  const before = sentence.slice(0, mid.speakerStart);
  // `Clinton won the primary, the AP declared on Thursday, two days after voters went to the
  // polls`: a time after the cue is the cue's; the statement ends before it.
  const comma = before.lastIndexOf(",");
  if (
    comma > 0 &&
    (TIME_AFTER_CUE.test(sentence.slice(mid.speakerEnd, mid.speakerEnd + 160)) ||
      CIRCUMSTANCE_AFTER_CUE.test(sentence.slice(mid.speakerEnd, sentenceEnd)))
  ) {
    return { start: 0, end: comma, cue: mid };
  }
  const relative = RELATIVE_BEFORE_CUE.exec(before);
  if (relative) return { start: relative.index + 1, end: sentenceEnd, cue: mid };
  // `Still, Okonkwo-Reid said, the study suggested …`, `However, the mayor said, the plan …`: an
  // adverb alone before the cue frames nothing; the statement is what follows the cue.
  if (LONE_ADVERB_BEFORE_CUE.test(before)) {
    const comma = sentence.indexOf(",", mid.speakerEnd);
    const start = comma < 0 ? -1 : comma + 1 + /^\s*/.exec(sentence.slice(comma + 1))![0].length;
    // Not where a quotation opens there: its direct quote and the statement around it go as one.
    if (start > 0 && start < sentenceEnd && !/^["“'‘]/.test(sentence.slice(start))) {
      return { start, end: sentenceEnd, cue: mid };
    }
  }
  // `Trump was back to implying that Fields had lied - if the grab was as bad as she said, he
  // said, why hadn't she screamed?`: what the cue frames starts after a dash before it.
  // Not when a dash after the cue closes an aside the first one opened (`… need to - like, he
  // says, the military - for less …`).
  const dash = DASH_BEFORE_CUE.exec(before);
  const closed = dash && /\s(?:-|--|—|–)\s/.test(sentence.slice(mid.speakerEnd, sentenceEnd));
  return { start: dash && !closed ? dash.index + dash[0].length : 0, end: sentenceEnd, cue: mid };
}

/** An adverb or connective alone, then the comma before a cue (`Still, `, `But, `, `However, `). */
const LONE_ADVERB_BEFORE_CUE =
  /^(?:Still|However|But|And|Yet|So|Now|Indeed|Instead|Meanwhile|Nevertheless|Nonetheless|Moreover|Besides|Also|Then|Ultimately|Overall|Crucially|Importantly|Fortunately|Unfortunately|Separately|Similarly|Likewise|Otherwise|Finally|Ironically|Already|Again|Today|Now|Previously|Later|Earlier),\s+$/;

/**
 * The rest of a cue set off by commas (its verb and adjuncts), then a time that places it (`…,
 * two days after voters went to the polls`, `…, hours after the staffer was charged`).
 */
const TIME_AFTER_CUE =
  /^[^,]{0,60},\s+(?:(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:days?|weeks?|hours?|months?|years?|minutes?)|hours|days|weeks|months|shortly|just|only|moments|not\s+long)\s+(?:after|before)\s/;

/**
 * The rest of a cue set off by commas, then what led to it, running to the sentence's end (`The
 * house will be turned into a police station, the minister said on Tuesday, after years of debate
 * over …`), or what follows from it in a participle not of speech (`…, Unite said, causing
 * disruption on 60 routes`; not a gerund with a verb of its own, `…, she added, revoking
 * clearances would be …`): the writer's, not the statement's.
 */
const CIRCUMSTANCE_AFTER_CUE =
  /^[^,]{0,60},\s+(?:(?:after|amid|following|despite|ahead\s+of|in\s+the\s+wake\s+of)\s[^,;]*|(?!(?:say|add|not|warn|argu|claim|insist|stress|explain|accus|complain|demand|suggest|urg|call|cit|describ|tell|ask|promis|vow|pledg|predict|acknowledg|admit|confirm|deny|blam|criticis|criticiz|prais|welcom|reject|announc|reveal|point|refer|question|insinuat|writ|tweet|post|recall|remind|recount)ing\s)\p{Ll}+ing\s(?![^,;]*\s(?:is|was|are|were|would|will|could|can|has|have|had|should|may|might)\s)[^,;]*)$/u;

/**
 * After an infinitive's statement, a comma and a clause of the writer's: `while` or `whereas`, or
 * `and`/`but` before a subject and its verb (not `, and perhaps until July`); a name is one or two
 * capitalized words right before the verb.
 */
const INFINITIVE_THEN_CLAUSE =
  /,\s+(?:while|whereas)\s|,\s+(?:and|but)\s+(?=(?:(?:he|she|it|they|there|we|I|the|a|an|his|her|their|its|this|that)\s(?:[^\s,.;:“”"]+\s+){0,5}?|\p{Lu}[\p{L}.’'-]*\s(?:\p{Lu}[\p{L}.’'-]*\s)?)(?:is|was|are|were|has|had|have|will|would|could|can|may|might|did|does|do|\p{Ll}+ed)\b)/gu;

/**
 * Where a clause of the writer's (`pattern`, global) joined to a statement from `from` begins
 * before `end`, outside any quotation the statement opens; `end` when none does.
 */
function writersClauseAt(sentence: string, pattern: RegExp, from: number, end: number): number {
  pattern.lastIndex = from;
  const joined = pattern.exec(sentence);
  return joined && joined.index < end && quotesClosed(sentence.slice(from, joined.index))
    ? joined.index
    : end;
}

/** `, while the union put the figure at`: another source's count, joined after a statement. */
const COUNTER_ESTIMATE_BODY = String.raw`,\s+(?:while|whereas|but|and)\s+[^,;:“”"]{1,60}?\s(?:put|puts|placed|places|estimated|estimates|gave|gives)\s+(?:the|its|their|that)\s+(?:figure|number|toll|total|count|crowd|turnout|cost|estimate|attendance)\s+at\s`;
const COUNTER_ESTIMATE = new RegExp(COUNTER_ESTIMATE_BODY);
const COUNTER_ESTIMATE_G = new RegExp(COUNTER_ESTIMATE_BODY, "g");

/** Verbs whose statement may be a thing named, not a clause (`forecast revenue of $32 billion`). */
const OBJECT_VERB =
  /^(?:forecast|forecasts|announced|announces|unveiled|unveils|reported|reports|posted|posts|launched|launches|predicted|predicts|projected|projects)$/;
/**
 * After a statement that names a thing, a comma and a clause of the writer's: `while`, `whereas`,
 * or `and`/`but` before up to four words and a verb (`, but shares fell 6%`).
 */
const OBJECT_THEN_CLAUSE =
  /,\s+(?:while|whereas)\s|,\s+(?:and|but)\s+(?=(?:[^\s,.;:“”"]+\s+){1,4}?(?:is|was|are|were|has|had|have|will|would|could|can|may|might|did|does|do|fell|rose|grew|sank|slid|jumped|dropped|\p{Ll}+ed)\b)/gu;

/**
 * `, only to `, `, a day after `: what happened next, or the time the writer gives by another
 * event, set off after a statement.
 */
const ONLY_TO =
  /,\s+(?:only\s+to|(?:(?:a|one|two|three|four|five|six|several|just|only)\s+(?:day|days|week|weeks|hour|hours|month|months)|hours|days|weeks|months)\s+(?:after|before))\s/g;

/**
 * After a statement, the writer's word on it set off by a comma: a noun for a claim or a step and
 * a relative clause whose subject is someone (`, a plan the billionaire has since modified`, `, a
 * charge that Colorado Republican leaders strongly denied`, `, a step they believe could …`).
 */
const WRITERS_APPOSITIVE = new RegExp(
  String.raw`,\s+(?:a|an)\s+(?:\p{Ll}+\s+)?(?:plan|move|claim|charge|step|decision|verdict|ruling|proposal|policy|measure|idea|allegation|accusation|assertion|position|stance|view|figure|estimate|promise|pledge|remark|comment|suggestion)\s+(?:(?:that|which)\s+)?(?=(?:the|his|her|its|their|many|some|they|he|she|we|${PLURAL_NOUNS}|\p{Lu}[\p{L}’'-]*)\s)`,
  "gu",
);

/** A plural right before a verb, no comma between: people the verb's -ing form describes. */
const NOUN_BEFORE = /\p{Ll}s\s+$/u;
/** Forms in -ing that describe people by what they want (`migrants seeking asylum`). */
const DESCRIBING_ING =
  /^(?:seeking|demanding|calling\s+for|urging|backing|supporting|opposing|protesting|requesting|pushing\s+for)$/;
/**
 * An object of up to five words, then a finite verb of the sentence (`higher wages ▮marched`,
 * `asylum ▮spiked`, `a ban ▮have gathered`); not an infinitive's (`Trump to be banned`).
 */
const OBJECT_BEFORE_MAIN_VERB = new RegExp(
  String.raw`^[^\s,;:“”"]+(?:\s+(?!to\s)[^\s,;:“”"]+){0,4}?(?=\s+(?:(?:have|has|had|are|were|is|was|will|would)\s|\p{Ll}+ed\b|(?:${COMMON_PAST_WORDS})\b))`,
  "u",
);

/** A possessive right before a word: `The minister's `, `the nurses’ `. */
const POSSESSIVE_END = /[’'](?:s)?\s+$/;
/** `that` right after a noun, or after a time (`claim on Sunday that`); not `argument was that`. */
const NOUN_THEN_THAT = /^\s+(?:(?:on|last|this|in)\s+\S+(?:\s+\S+)?\s+)?that\s+$/;

/** The last spaced dash before a cue set off by commas: none other between it and the cue. */
const DASH_BEFORE_CUE = /\s(?:-|--|—|–)\s+(?!.*\s(?:-|--|—|–)\s)/s;

/**
 * The statement of `verb` from `contentStart`, cut where the sentence's clauses end it: a cue set
 * off by commas before the verb, a relative clause, an opening subordinate clause, a restrictive
 * relative clause in the subject, and clauses joined with reporting verbs of their own, each of
 * which adds a statement after it (`next`).
 */
function statementOfVerb(
  sentence: string,
  verbs: readonly VerbHit[],
  verb: VerbHit,
  { subject, participle }: VerbSubject,
  contentStart: number,
  sentenceEnd: number,
  memo: SubjectMemo,
): Reported {
  // `The truth, the senator said then, was that Trump attacked his wife`: a cue set off by commas
  // before this verb frames the whole sentence.
  const mid =
    verb.start > 0 ? matchMidCue(sentence.slice(0, verb.start), verbsBefore(verbs, verb)) : null;
  if (mid) {
    // `A, Fiorina said, adding that B`: A and B, both hers.
    const end = participle ? sentence.lastIndexOf(",", mid.speakerStart) : -1;
    if (end <= 0) return midStatement(sentence, mid, sentenceEnd);
    const next = { start: contentStart, end: sentenceEnd, cue: { ...mid, verb: verb.verb } };
    return { start: 0, end, cue: mid, next };
  }
  const relative =
    subject.speaker === "who" && RELATIVE_AFTER_COMMA.test(sentence.slice(0, subject.at))
      ? relativeClauseEnd(sentence, verbs, contentStart, sentenceEnd)
      : null;
  const statement = {
    start: contentStart,
    end: quotedAfterEnd(
      sentence,
      contentStart,
      relativeAgainEnd(sentence, contentStart, semicolonEnd(sentence, contentStart, sentenceEnd)),
    ),
    cue: {
      speaker: subject.speaker,
      verb: verb.verb,
      speakerStart: subject.at,
      speakerEnd: subject.at + subject.speaker.length,
    },
  };
  // `the officer, who always made light of it and refused to use a stick, was involved in …`: an
  // infinitive's statement ends at a comma before an auxiliary, the main clause's verb.
  if (sentence.startsWith("to ", contentStart)) {
    const aux = endsAtMainAux(sentence.slice(contentStart, statement.end));
    if (aux > 0) statement.end = contentStart + aux;
    // `OpenAI declined to comment, while Apple did not respond …`, `sought to calm them, and the
    // rebellion was crushed`: a clause with a subject of its own joined after an infinitive is the
    // writer's.
    statement.end = writersClauseAt(sentence, INFINITIVE_THEN_CLAUSE, contentStart, statement.end);
  } else if (COUNTER_ESTIMATE.test(sentence.slice(contentStart, statement.end))) {
    // `Police said 87,000 people took part, while the CGT union put the figure at 400,000`: a
    // second count joined after the first is another source's.
    statement.end = writersClauseAt(sentence, COUNTER_ESTIMATE_G, contentStart, statement.end);
  } else if (OBJECT_VERB.test(verb.verb) && !sentence.startsWith("that ", contentStart)) {
    // `Nvidia forecast revenue above estimates, but shares fell 6%`: so is one joined after what
    // a forecast or an announcement names; a clause's own `and`/`but` clauses go with it.
    const end = writersClauseAt(sentence, OBJECT_THEN_CLAUSE, contentStart, statement.end);
    if (!CLAUSE_VERB.test(sentence.slice(contentStart, end))) statement.end = end;
  }
  statement.end = writersClauseAt(sentence, WRITERS_APPOSITIVE, contentStart, statement.end);
  // `accusing the opposition of “anti-state activities”, only to lift it hours later`, `…, a day
  // after a federal judge said …`: what happened next, or when, is the writer's.
  statement.end = writersClauseAt(sentence, ONLY_TO, contentStart, statement.end);
  // `The minister's claim that crime had fallen was rejected`: a noun of saying its owner's
  // possessive marks; the statement ends before the sentence's own verb.
  if (
    isSayingNoun(verb.verb) &&
    POSSESSIVE_END.test(sentence.slice(0, verb.start)) &&
    NOUN_THEN_THAT.test(sentence.slice(verb.end, contentStart))
  ) {
    // A comma ending the clause is the other rules' to read (`…, she said …`).
    const end = nominalContentEnd(sentence, contentStart);
    if (end > 0 && end < statement.end && sentence[end] !== ",") statement.end = end;
  }
  // `Protesters demanding higher wages marched …`, `migrants seeking asylum spiked`: a form in -ing
  // right after a noun describes it; what it takes ends before the sentence's own verb.
  if (DESCRIBING_ING.test(verb.verb) && NOUN_BEFORE.test(sentence.slice(0, verb.start))) {
    const object = OBJECT_BEFORE_MAIN_VERB.exec(sentence.slice(contentStart, statement.end));
    if (object) statement.end = contentStart + object[0].length;
  }
  let mainClause: Reported | null = null;
  // `…, and while he said he’d hold a hearing, it’s unlikely to …`: a statement in a subordinate
  // clause inside the sentence ends at the comma before a main clause's pronoun and verb, and the
  // main clause may hold one of its own (`…, it has also acknowledged that …`).
  if (
    subject.at > 4 &&
    SUBORDINATOR_BEFORE.test(sentence.slice(Math.max(0, subject.at - 16), subject.at))
  ) {
    MAIN_AFTER_COMMA.lastIndex = contentStart;
    const main = MAIN_AFTER_COMMA.exec(sentence);
    // Not inside a quotation the statement opens (`referring to the "same kind of attitude. The
    // attitude being, it’s water under the bridge …"`).
    const between = main ? sentence.slice(contentStart, main.index) : "";
    if (main && main.index < statement.end && quotesClosed(between)) {
      // `… described him as sweating, and at that point in time, he had …`: the conjunction
      // before the main clause's adjunct goes with it.
      const joined = between.search(/,\s+(?:and|but|so)\s[^,]*$/);
      statement.end = joined >= 0 ? contentStart + joined : main.index;
      const later = verbs.filter((v) => v.start > main.index);
      const found = later.length > 0 ? findStatement(sentence, later, memo) : null;
      if (found && found.start > main.index && found.cue.speakerStart > main.index) {
        mainClause = found;
      }
    }
  }
  // `While some friends say A, others say B`, `In 1991, when Shamir opposed A, Bush …`: a
  // statement in an opening subordinate clause ends with it, and the main clause may hold one of
  // its own.
  const opener = SUBORDINATE_OPENER.exec(sentence) ?? SUBORDINATE_AFTER_LEAD.exec(sentence);
  if (opener && subject.at === opener[0].length) {
    // The comma may close a quotation first (`at “less advanced schools,” Trump said`).
    CLAUSE_COMMA.lastIndex = contentStart;
    const clauseEnd = CLAUSE_COMMA.exec(sentence);
    const comma = clauseEnd?.index ?? -1;
    if (comma > contentStart) {
      // A quotation closed after the comma ends the statement with it.
      statement.end = comma + clauseEnd![0].length;
      const later = verbs.filter((v) => v.start > comma);
      const found = later.length > 0 ? findStatement(sentence, later, memo) : null;
      if (found && found.start > comma && found.cue.speakerStart > comma) {
        mainClause = found;
        // `While the BBC claimed the plate, which read H982 FKL, was an 'unhappy coincidence',
        // Maria Cristina Barrionuevo said …`: the clause ends at the comma before the main
        // clause's subject, past the commas inside it.
        // A participle's clause names no subject to look back from (`…, criticizing …`).
        const last =
          /^(?:who|which|that)$/i.test(found.cue.speaker) || found.cue.speaker === ""
            ? -1
            : lastClauseComma(sentence, comma, found.cue.speakerStart);
        if (last > statement.end) statement.end = last;
      }
    }
  }
  // `Sanders was asked about their case during an interview …, in which he said he didn't …`: a
  // relative clause on an occasion may hold a statement of its own; the first ends before it.
  if (!mainClause) {
    OCCASION_CLAUSE.lastIndex = contentStart;
    const occasion = OCCASION_CLAUSE.exec(sentence);
    if (occasion && occasion.index < statement.end) {
      const later = verbs.filter((v) => v.start > occasion.index);
      const found = later.length > 0 ? findStatement(sentence, later, memo) : null;
      if (found && found.start > occasion.index && found.cue.speakerStart > occasion.index) {
        statement.end = occasion.index;
        mainClause = found;
      }
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
        const cue = mainSubjectCue(sentence, main, subject.at, memo) ?? {
          ...statement.cue,
          verb: main.verb,
        };
        joined.next = { start, end: sentenceEnd, cue };
      }
    }
    // `Sanders, who … pressed for A, and Trump, who also pushed for B, …`: the other subject's
    // clause has a statement of its own.
    if (!main && !joined.next && startsJoinedSubject(sentence, relative.close)) {
      const later = verbs.filter((v) => v.start > relative.close);
      const found = later.length > 0 ? findStatement(sentence, later, memo) : null;
      if (found && found.start > relative.close) joined.next = found;
    }
  } else if (
    relative?.verb &&
    joined.end === relative.close &&
    joined.next?.cue.speaker === "who" &&
    joined.next.cue.verb === relative.verb.verb
  ) {
    // The clause joined at the relative clause's closing comma is the main clause.
    joined.next.cue = mainSubjectCue(sentence, relative.verb, subject.at, memo) ?? joined.next.cue;
  }
  if (mainClause) {
    let last = joined;
    while (last.next) last = last.next;
    last.next = mainClause;
  }
  // `… said they were unenthusiastic; 46 percent said …`: the clause after a semicolon may hold a
  // statement of its own.
  if (statement.end < sentenceEnd && charCodeAt.call(sentence, statement.end) === 59) {
    const semi = statement.end;
    const later = verbs.filter((v) => v.start > semi);
    const found = later.length > 0 ? findStatement(sentence, later, memo) : null;
    if (found && found.start > semi && found.cue.speakerStart > semi) {
      let last = joined;
      while (last.next) last = last.next;
      last.next = found;
    }
  }
  return joined;
}
