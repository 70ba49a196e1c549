/**
 * Direct quotes: chains of quoted segments, each with the cue that attributes it, looked for in the
 * orders news prose uses: after the closing mark (`,” Lavrov said`), a signature line (`— Jane Doe`),
 * before the opening mark in the same sentence, the reported statement around it, the sentence's
 * cue, or the paragraph before ending in a colon.
 */
import { isSpaceCode } from "./chars.js";
import { LABEL_NAME, NOT_A_LABEL, WEEKDAYS } from "./cue-grammar.js";
import {
  type Cue,
  isVerbOfSpeech,
  matchCueAfterQuote,
  matchDashSignature,
  matchInvertedOpening,
  matchSentenceSubject,
  matchSubjectBefore,
} from "./cues.js";
import {
  buildChains,
  type Candidate,
  type Chain,
  countWords,
  insideSpan,
  type Layout,
  sentenceIndexAt,
  trimRange,
} from "./layout.js";
import type { SentenceCues } from "./reported.js";
import { NAME_THEN_PARTICIPLE, SPEECH_VERB } from "./reported-clauses.js";
import { matchAccordingToStart } from "./verbless-cues.js";
import { findVerbs, firstWord } from "./verbs.js";

/** A cue and where its speaker phrase starts in the text. */
interface Found {
  cue: Cue;
  speakerAt: number;
}

const MINOR_WORD = /^(?:of|the|a|an|and|or|in|on|for|to|with|at|by|from|is|vs\.?)$/;

/**
 * `Face the Nation`, `State of the Union.`, `Crippled America: How to Make America Great Again`,
 * `So, That Happened.`: a title in quotation marks, not a quote (a subtitle after one colon; commas
 * only when every word is capitalized).
 */
function isTitleCase(text: string): boolean {
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
  return count <= (parts.length === 2 ? 12 : 7);
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
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    let letter = false;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
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
  `^(?:\\s+(?:on|in|at|during|after|before|while|when|of|to|as|from|about|last|this|later|earlier|yesterday|today|tonight|recently|again|afterward|afterwards|outside|inside|via|through|over|with|${WEEKDAYS})\\b[^.!?“”"]{0,80})?\\s*(?:[.,;!?]|$)`,
  "u",
);

/** After a closing mark: `,” Lavrov said`, `,” said Locke`, or a signature `— Jane Doe`. */
function cueAfterQuote(layout: Layout, chain: Chain): Found | null {
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
    const found = matchCueAfterQuote(after);
    if (!found) continue;
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
 * `Trump: ‘I’m the …’`, `Polls agree - Carl Bialik: “…”`: a name and a colon opening the paragraph
 * or following a dash, right before the opening mark (headlines, newsletters, transcripts).
 */
const AFTER_DASH = String.raw`\s[-—–]+\s*`;
/** The label, and a party and state after it (`Rep. Trey Gowdy (R-S.C.):`). */
const LABEL_END = String.raw`(${LABEL_NAME})(?:\s*\([^()\n]{1,24}\))?:\s*$`;
const NAME_LABEL = new RegExp(String.raw`(?:^\s*|${AFTER_DASH})${LABEL_END}`, "u");

/** The same after a dash only, for the end of a long paragraph (LABEL_REACH). */
const DASH_LABEL = new RegExp(AFTER_DASH + LABEL_END, "u");
/** A label is a name of a few words: only this much text before the mark is searched for one. */
const LABEL_REACH = 200;

function cueOfLabel(pre: string): Cue | null {
  // The label ends in a colon: look no further when the text before the mark does not.
  let end = pre.length;
  while (end > 0 && isSpaceCode(pre.charCodeAt(end - 1))) end--;
  if (end === 0 || pre.charCodeAt(end - 1) !== 58) return null;
  // `He said: '…'` deep in a long paragraph (a scrape that joined them): search its end only.
  const from = end > LABEL_REACH ? end - LABEL_REACH : 0;
  const m = from === 0 ? NAME_LABEL.exec(pre) : DASH_LABEL.exec(pre.slice(from));
  if (!m?.[1] || NOT_A_LABEL.test(m[1])) return null;
  const at = from + m.index + m[0].indexOf(m[1]);
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

/** Before the opening mark, in the same sentence: `Lavrov said: “`, `X said the deal was “…”`. */
function cueBeforeQuote(layout: Layout, chain: Chain): Found | null {
  const first = chain.segments[0]!;
  const p0 = chain.paragraphs[0]!;
  const base0 = layout.offsets[p0]!;
  const para = layout.article.paragraphs[p0]!;
  const label = cueOfLabel(para.slice(0, first.open));
  if (label) return { cue: label, speakerAt: base0 + label.speakerStart };
  const sentence = layout.sentencesByParagraph[p0]![sentenceIndexAt(layout, p0, first.open)]!;
  const pre = para.slice(sentence.start, first.open);
  const according = matchAccordingToStart(pre);
  if (according) {
    return { cue: according.cue, speakerAt: base0 + sentence.start + according.cue.speakerStart };
  }
  const opening = matchInvertedOpening(pre);
  if (opening) {
    const { speaker, verb, at } = opening;
    const cue = { speaker, verb, speakerStart: at, speakerEnd: at + speaker.length };
    return { cue, speakerAt: base0 + sentence.start + at };
  }
  const verbs = verbsNearEnd(pre);
  const memo = { found: layout.subjects, offset: base0 + sentence.start };
  const spans = layout.spansByParagraph[p0] ?? [];
  for (let v = verbs.length - 1; v >= 0; v--) {
    const verb = verbs[v]!;
    if (pre.length - verb.end > VERB_REACH) break;
    // `…, which I think would be worse,” adding, “…”`: a verb quoted earlier cues nothing.
    const at = sentence.start + verb.start;
    if (insideSpan(spans, at)) continue;
    // `…, saying “…”`; `publishing an op-ed in The Washington Post hammering “…”`: after a
    // preposition's object, a form in -ing is a participle too.
    const participle =
      firstWord(verb.verb).endsWith("ing") &&
      (/,\s*(?:and\s+)?$/.test(pre.slice(0, verb.start)) ||
        NAME_THEN_PARTICIPLE.test(pre.slice(Math.max(0, verb.start - 40), verb.start)));
    const subject =
      (participle ? matchSentenceSubject(pre) : null) ?? matchSubjectBefore(pre, verb.start, memo);
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

/** `delivered a snappy retort:`, `issued a statement:` — words said, named by a noun before a colon. */
const SPEECH_NOUN_COLON =
  /\b(?:a|an|the|his|her|their|its|this|that)\s+(?:[\p{L}-]+\s+){0,2}(retort|response|reply|answer|statement|warning|message|rejoinder|comeback|assessment|explanation|prediction|promise|vow|verdict|plea|appeal|pitch)\s*:\s*$/u;

/**
 * The cue of a quote after a colon that a noun of speech opens (`Sanders delivered a snappy retort:
 * “…”`): the sentence's subject says it.
 */
function cueOfSpeechNoun(pre: string, offset: number): Found | null {
  // Only the end of the text before the mark can hold the noun and its colon (looked at by hand:
  // a pattern anchored at the end reads a paragraph-long sentence from its start, for each quote).
  let end = pre.length;
  while (end > 0 && isSpaceCode(pre.charCodeAt(end - 1))) end--;
  if (end === 0 || pre.charCodeAt(end - 1) !== 58) return null;
  const from = Math.max(0, pre.length - 80);
  const noun = SPEECH_NOUN_COLON.exec(pre.slice(from));
  if (!noun?.[1]) return null;
  const subject = matchSentenceSubject(pre.slice(0, from + noun.index));
  if (!subject) return null;
  const cue = {
    speaker: subject.speaker,
    verb: noun[1],
    speakerStart: subject.at,
    speakerEnd: subject.at + subject.speaker.length,
  };
  return { cue, speakerAt: offset + subject.at };
}

/** `Caddell continued:` ending the paragraph before a quote that opens its own. */
function cueBeforeParagraph(layout: Layout, chain: Chain): Found | null {
  const { article, offsets, sentencesByParagraph } = layout;
  const p0 = chain.paragraphs[0]!;
  const first = chain.segments[0]!;
  if (p0 === 0 || first.open !== (/^\s*/.exec(article.paragraphs[p0]!)?.[0].length ?? 0)) {
    return null;
  }
  const prev = article.paragraphs[p0 - 1]!;
  const prevBase = offsets[p0 - 1]!;
  if (prevBase < 0 || !/:\s*$/.test(prev)) return null;
  const sentences = sentencesByParagraph[p0 - 1]!;
  const lastSentence = sentences[sentences.length - 1];
  const from = lastSentence ? lastSentence.start : 0;
  const lead = prev.slice(from).replace(/:\s*$/, "");
  const verbs = findVerbs(lead);
  const verb = verbs[verbs.length - 1];
  if (!verb || !/^[\s,]*(?:\p{Lu}[\p{L}.]*\s*)*$/u.test(lead.slice(verb.end))) return null;
  const subject =
    matchSubjectBefore(lead, verb.start) ??
    (/^\s+\p{Lu}/u.test(lead.slice(verb.end))
      ? { speaker: lead.slice(verb.end).trim(), at: verb.end + 1 }
      : null);
  if (!subject) return null;
  const cue = {
    speaker: subject.speaker,
    verb: verb.verb,
    speakerStart: subject.at,
    speakerEnd: subject.at + subject.speaker.length,
  };
  return { cue, speakerAt: prevBase + from + subject.at };
}

/**
 * The cue of a chain quoted at `[start, end)`. Inside a reported statement — `Ryan said the
 * shootings demand “more listening”` is Ryan's, not the shootings' — a cue before the mark that is
 * not a verb of speech yields to the statement's.
 */
function cueOfChain(
  layout: Layout,
  chain: Chain,
  range: [number, number],
  reported: readonly Candidate[],
  sentenceCues: SentenceCues,
): Found | null {
  let found = cueAfterQuote(layout, chain) ?? cueBeforeQuote(layout, chain);
  // An unclosed quote runs to its paragraph's end, full stop included; the statement stops before it.
  let end = range[1];
  while (end > range[0] && /[.!?]/.test(layout.text[end - 1]!)) end--;
  const around = () =>
    reported.find(
      (c) => c.kind === "indirect" && !c.hidden && c.cue && c.start <= range[0] && c.end >= end,
    );
  // `At a rally in Portsmouth, N.H., Sanders endorsed her, saying she would “…”`: a participle's
  // subject as the statement around the quote read it (the clause before), not the sentence's start.
  if (found && firstWord(found.cue.verb).endsWith("ing")) {
    const statement = around();
    if (statement?.cue && statement.cue.verb === found.cue.verb) {
      found = { cue: statement.cue, speakerAt: statement.speakerAt };
    }
  }
  if (!found || !SPEECH_VERB.test(found.cue.verb)) {
    const statement = around();
    if (statement?.cue) found = { cue: statement.cue, speakerAt: statement.speakerAt };
    else {
      // `Rubio said Trump is “unelectable now.” Cruz agreed.`: the quote's own sentence frames it.
      const p0 = chain.paragraphs[0]!;
      const sentence = sentenceIndexAt(layout, p0, chain.segments[0]!.open);
      const fromSentence = sentenceCues.get(`${p0}:${sentence}`);
      if (fromSentence) found = { cue: fromSentence.cue, speakerAt: fromSentence.at };
    }
  }
  // `“…,” the statement read`: a document someone issued says it; `“…,” a banner read`, `it
  // read` name nobody who spoke (no cue, as before `read` was one).
  if (found && /^reads?$/.test(found.cue.verb) && !ISSUED_TEXT.test(found.cue.speaker))
    found = null;
  return found ?? cueBeforeParagraph(layout, chain);
}

/** A text someone issued, whose words a quote `read`s (`the statement`, `a letter from the club`). */
const ISSUED_TEXT =
  /\b(?:statement|letter|email|e-mail|message|memo|release|post|tweet|note|editorial|report|filing|complaint|lawsuit|indictment|order|ruling|article|waiver|notice|ad|advertisement|headline|caption)s?\b/i;

/**
 * `“We’ve got a common enemy,” Burton said. “Donald Trump.”`, `“…,” he said, “Never.”`: a short
 * quote going on from a cued quote of the same paragraph — opening the next sentence, or after
 * the cue and a comma in the same one — takes its speaker.
 */
function continuesQuote(
  layout: Layout,
  candidates: readonly Candidate[],
  chain: Chain,
  sentence: number,
): boolean {
  const prev = candidates[candidates.length - 1];
  const p = chain.paragraphs[0]!;
  if (prev === undefined || prev.paragraph !== p || prev.cue === null) return false;
  const open = chain.segments[0]!.open;
  if (prev.sentence === sentence - 1) {
    return open === layout.sentencesByParagraph[p]![sentence]!.start;
  }
  const between = layout.text.slice(prev.end, layout.offsets[p]! + open);
  return prev.sentence === sentence && between.length <= 80 && /,\s*$/.test(between);
}

/** `chanted “USA! USA!”`, `by saying, “Too many.”`: a verb of saying right before the mark. */
const UTTERED =
  /\b(?:said|saying|says|chanted|chanting|shouted|shouting|yelled|yelling|read|reads|reading|wrote|tweeted|echoing|mouthing|answered|replied|cried|screamed|sang|singing)[,:]?\s*$/i;

/**
 * The cue of a quote right after a verb of saying that the cue grammar does not read
 * (`Some chanted “USA! USA!”`, `Obama ended his list by saying “Too many.”`): the verb, and the
 * subject of its clause or sentence as the speaker when there is one.
 */
function cueOfUtterance(layout: Layout, chain: Chain, sentence: number): Found | null {
  const p0 = chain.paragraphs[0]!;
  const para = layout.article.paragraphs[p0]!;
  const from = layout.sentencesByParagraph[p0]![sentence]!.start;
  const pre = para.slice(from, chain.segments[0]!.open);
  const tail = Math.max(0, pre.length - 24);
  const m = UTTERED.exec(pre.slice(tail));
  if (!m) return null;
  const verbAt = tail + m.index;
  const verb = m[0].replace(/[,:]?\s*$/, "");
  const memo = { found: layout.subjects, offset: layout.offsets[p0]! + from };
  const subject = matchSubjectBefore(pre, verbAt, memo) ?? matchSentenceSubject(pre);
  const at = subject?.at ?? 0;
  const speaker = subject?.speaker ?? "";
  const cue = { speaker, verb, speakerStart: at, speakerEnd: at + speaker.length };
  return { cue, speakerAt: layout.offsets[p0]! + from + at };
}

/** Words that name a title before it (`the book`, `on`, `titled`) or own it (`Trump’s`). */
const NAMED_BEFORE =
  /\b(?:on|in|at|of|from|titled|called|dubbed|nicknamed|known\s+as|headlined|book|show|film|song|program|programme|podcast|episode|series|movie|memoir|novel|album|documentary|told|with|to),?\s*$|\p{L}[’']s\s*$/iu;

/** Direct quotes, one per chain that is a quote (not a title, not a scare-quoted word). */
export function findDirectCandidates(
  layout: Layout,
  reported: readonly Candidate[],
  sentenceCues: SentenceCues,
): Candidate[] {
  const { article, text, offsets } = layout;
  const candidates: Candidate[] = [];
  for (const chain of buildChains(article.paragraphs, layout.spansByParagraph)) {
    const first = chain.segments[0]!;
    const last = chain.segments[chain.segments.length - 1]!;
    const p0 = chain.paragraphs[0]!;
    const pN = chain.paragraphs[chain.paragraphs.length - 1]!;
    if (offsets[p0]! < 0 || offsets[pN]! < 0) continue;
    const range = trimRange(
      text,
      offsets[p0]! + first.contentStart,
      offsets[pN]! + last.contentEnd,
    );
    const [start, end] = range;
    if (end <= start) continue;
    const quoted = text.slice(start, end);
    const unclosed = !last.closed && !last.continued;
    const sentence = sentenceIndexAt(layout, p0, first.open);
    const found =
      cueOfChain(layout, chain, range, reported, sentenceCues) ??
      (unclosed ? null : cueOfUtterance(layout, chain, sentence));
    const before = article.paragraphs[p0]!.slice(Math.max(0, first.open - 12), first.open);
    const continues = !found && !unclosed && continuesQuote(layout, candidates, chain, sentence);
    if (!found && !continues && (unclosed || countWords(quoted, 3) < 3)) continue;
    // A title after `titled`, `on`, `Trump’s`, …, or one with no cue: not a quote.
    if (((!found && !continues) || NAMED_BEFORE.test(before)) && isTitleCase(quoted)) continue;
    candidates.push({
      kind: "direct",
      start,
      end,
      paragraph: p0,
      sentence,
      cue: found?.cue ?? null,
      speakerAt: found?.speakerAt ?? start,
      inheritFrom: null,
    });
  }
  return candidates;
}
