import {
  type Cue,
  carriesContent,
  findContentStart,
  findVerbs,
  isNounLike,
  matchAccordingToStart,
  matchCueAfterQuote,
  matchDashSignature,
  matchInvertedBefore,
  matchMidCue,
  matchSentenceSubject,
  matchSubjectBefore,
  matchTailCue,
  takesObject,
  type VerbHit,
} from "./cues.js";
import { findMarkSpans, type MarkSpan, openingStyle } from "./marks.js";
import { createSpeakerResolver, type ResolvedSpeaker } from "./speakers.js";
import type { Quote, QuoteKind, QuoteSource } from "./types.js";

/** A quote found in the text, before its speaker is resolved. */
interface Candidate {
  kind: QuoteKind;
  start: number;
  end: number;
  paragraph: number;
  sentence: number;
  cue: Cue | null;
  /** Absolute offset of the speaker phrase (for recency), or of the quote. */
  speakerAt: number;
  /** Take the speaker of the candidate at this index (continuation, speaker in an earlier sentence). */
  inheritFrom: number | null;
  /** A cue whose statement is too short to report (`X commented on it`): it only makes X the
   * latest speaker, for the pronouns after it. */
  hidden?: boolean;
}

interface Sentence {
  start: number;
  end: number;
}

/** Offsets of each paragraph in `article.text` (paragraphs joined by a blank line). */
function locateParagraphs(article: QuoteSource): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const paragraph of article.paragraphs) {
    if (article.text.startsWith(paragraph, at)) {
      offsets.push(at);
      at += paragraph.length + 2;
      continue;
    }
    const found = article.text.indexOf(paragraph, at);
    offsets.push(found);
    if (found >= 0) at = found + paragraph.length;
  }
  return offsets;
}

const ABBREVIATION =
  /(?:^|[\s(“"‘])(?:(?:[A-Z]\.)+[A-Z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Cmdr|Maj|St|Jr|Sr|Prof|Rev|Inc|Co|Corp|Ltd|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ft|Mt|Ave|Blvd|Rd|Gov|Pres|Sec|Supt|Det|Insp|a\.m|p\.m|U\.S|U\.K|U\.N|D\.C|e\.g|i\.e|etc|approx|est|[A-Z])\.$/;
const BOUNDARY =
  /[.!?…]+(?:[”’"»)\]]|'')*(?=\s+(?:[“"‘«(\p{Lu}\d]|''))|[a-z]{2}[.!?](?=\p{Lu}\p{Ll})/gu;

/** Sentence spans of a paragraph; never cuts inside a quotation. */
function splitParagraph(text: string, spans: readonly MarkSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let spanIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    while (spanIndex < spans.length && spans[spanIndex]!.end < end) spanIndex++;
    const span = spans[spanIndex];
    if (span && span.open < m.index && end < span.end) continue;
    if (
      m[0].startsWith(".") &&
      ABBREVIATION.test(text.slice(Math.max(start, m.index - 6), m.index + 1))
    ) {
      continue;
    }
    sentences.push({ start, end });
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}

const MINOR_WORD = /^(?:of|the|a|an|and|or|in|on|for|to|with|at|by|from|is|vs\.?)$/;

/** `Face the Nation`, `State of the Union.`: a title in quotation marks, not a quote. */
function isTitleCase(text: string): boolean {
  const words = text
    .replace(/[.!?]$/, "")
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 7 || /[,;:]/.test(text)) return false;
  return words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && MINOR_WORD.test(w)));
}

const WORD_START = /[\p{L}\p{N}]/u;

/** Words (letters or digits, joined by apostrophes and hyphens), counted without a regex per word. */
function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const ascii = code < 128;
    const wordChar = ascii
      ? (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
      : WORD_START.test(text[i]!);
    if (wordChar) {
      if (!inWord) count++;
      inWord = true;
    } else if (!(inWord && (code === 39 || code === 45 || code === 0x2019))) {
      inWord = false;
    }
  }
  return count;
}

/** Trims white space, trailing commas and dashes (the punctuation of the attribution) from a range. */
function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,;:—–-]/.test(text[e - 1]!)) e--;
  return [s, e];
}

const END_OF_CUE =
  /^(?:\s+(?:on|in|at|during|after|before|while|when|of|to|as|from|about|last|this|later|earlier|yesterday|today|tonight|recently|again|afterward|afterwards|outside|inside|via|through|over|with|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^.!?“”"]{0,80})?\s*(?:[.,;!?]|$)/u;

interface Chain {
  segments: MarkSpan[];
  /** Paragraph of each segment. */
  paragraphs: number[];
}

function buildChains(
  paragraphs: readonly string[],
  spansByParagraph: readonly MarkSpan[][],
): Chain[] {
  const chains: Chain[] = [];
  let open: Chain | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const spans = spansByParagraph[p]!;
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i]!;
      const continuesOpen =
        open !== null &&
        i === 0 &&
        span.open === (/^\s*/.exec(paragraphs[p]!)?.[0].length ?? 0) &&
        openingStyle(paragraphs[p]!) === open.segments[0]!.style;
      const continuesInParagraph =
        open !== null && open.paragraphs[open.paragraphs.length - 1] === p && i > 0;
      if (open && (continuesOpen || continuesInParagraph)) {
        open.segments.push(span);
        open.paragraphs.push(p);
      } else {
        open = { segments: [span], paragraphs: [p] };
        chains.push(open);
      }
      const lastInParagraph = i === spans.length - 1;
      const runsOn = span.continued || (!span.closed && lastInParagraph);
      if (!runsOn) open = null;
    }
    if (spans.length === 0) open = null;
  }
  return chains;
}

/** Direct quotes and reported statements of a cleaned article, with resolved speakers, in text order. */
export function extractQuotes(article: QuoteSource): Quote[] {
  const text = article.text;
  const offsets = locateParagraphs(article);
  const spansByParagraph = article.paragraphs.map((p) => findMarkSpans(p));
  const sentencesByParagraph = article.paragraphs.map((p, i) =>
    splitParagraph(p, spansByParagraph[i]!),
  );
  const candidates: Candidate[] = [];

  function sentenceIndexAt(p: number, local: number): number {
    const sentences = sentencesByParagraph[p]!;
    for (let s = 0; s < sentences.length; s++) if (local < sentences[s]!.end) return s;
    return Math.max(0, sentences.length - 1);
  }

  // Reported speech, sentence by sentence. A cue whose statement is mostly quoted belongs to the
  // direct quotes of that sentence (`“…” for criminal behavior, she said.`).
  const sentenceCues = new Map<string, { cue: Cue; at: number }>();
  for (let p = 0; p < article.paragraphs.length; p++) {
    const base = offsets[p]!;
    if (base < 0) continue;
    const para = article.paragraphs[p]!;
    const spans = spansByParagraph[p]!;
    const sentences = sentencesByParagraph[p]!;
    // Reporting verbs found once per paragraph, then dealt out to its sentences.
    const paragraphVerbs = findVerbs(para);
    for (let s = 0; s < sentences.length; s++) {
      const sentence = sentences[s]!;
      const verbs: VerbHit[] = [];
      for (const v of paragraphVerbs) {
        if (v.start < sentence.start || v.end > sentence.end || insideSpan(spans, v.start))
          continue;
        verbs.push({ verb: v.verb, start: v.start - sentence.start, end: v.end - sentence.start });
      }
      if (verbs.length === 0 && !para.startsWith("According", sentence.start)) continue;
      const found = findReported(para.slice(sentence.start, sentence.end), verbs);
      if (!found) continue;
      const from = sentence.start + found.start;
      const to = sentence.start + found.end;
      const speakerAt = base + sentence.start + found.cue.speakerStart;
      if (quotedShare(spans, from, to) > 0.5) {
        sentenceCues.set(`${p}:${s}`, { cue: found.cue, at: speakerAt });
        continue;
      }
      const [start, end] = trimRange(text, base + from, base + to);
      candidates.push({
        kind: "indirect",
        start,
        end,
        paragraph: p,
        sentence: s,
        cue: found.cue,
        speakerAt,
        inheritFrom: null,
        hidden: countWords(text.slice(start, end)) < 3,
      });
    }
  }

  // Direct quotes.
  for (const chain of buildChains(article.paragraphs, spansByParagraph)) {
    const first = chain.segments[0]!;
    const last = chain.segments[chain.segments.length - 1]!;
    const p0 = chain.paragraphs[0]!;
    const pN = chain.paragraphs[chain.paragraphs.length - 1]!;
    const base0 = offsets[p0]!;
    const baseN = offsets[pN]!;
    if (base0 < 0 || baseN < 0) continue;
    const [start, end] = trimRange(text, base0 + first.contentStart, baseN + last.contentEnd);
    if (end <= start) continue;
    const quoted = text.slice(start, end);
    let cue: Cue | null = null;
    let speakerAt = start;
    // After a closing mark: `,” Lavrov said`, `,” said Locke`.
    for (let s = 0; s < chain.segments.length && !cue; s++) {
      const seg = chain.segments[s]!;
      if (!seg.closed) continue;
      const p = chain.paragraphs[s]!;
      const para = article.paragraphs[p]!;
      const after = para.slice(seg.end, seg.end + 200);
      const signed = matchDashSignature(after);
      if (signed) {
        cue = signed.cue;
        speakerAt = offsets[p]! + seg.end + signed.cue.speakerStart;
        break;
      }
      // The signature on a line of its own after the quote's paragraph.
      const nextParagraph = article.paragraphs[p + 1];
      if (/^\s*$/.test(after) && nextParagraph !== undefined && offsets[p + 1]! >= 0) {
        const below = matchDashSignature(nextParagraph);
        if (below) {
          cue = below.cue;
          speakerAt = offsets[p + 1]! + below.cue.speakerStart;
          break;
        }
      }
      const found = matchCueAfterQuote(after);
      if (!found) continue;
      const inner = para.slice(seg.contentStart, seg.contentEnd).trimEnd();
      const softEnd = /[,?!—–\-…:]$/.test(inner) || /^\s*[,—–]/.test(after);
      if (softEnd || END_OF_CUE.test(after.slice(found.end))) {
        cue = found.cue;
        speakerAt = offsets[p]! + seg.end + found.cue.speakerStart;
      }
    }
    // Before the opening mark, in the same sentence: `Lavrov said: “`, `X said the deal was “…”`.
    if (!cue) {
      const para = article.paragraphs[p0]!;
      const sentence = sentencesByParagraph[p0]![sentenceIndexAt(p0, first.open)]!;
      const pre = para.slice(sentence.start, first.open);
      const according = matchAccordingToStart(pre);
      if (according) {
        cue = according.cue;
        speakerAt = base0 + sentence.start + according.cue.speakerStart;
      } else {
        const verbs = findVerbs(pre);
        for (let v = verbs.length - 1; v >= 0 && !cue; v--) {
          const verb = verbs[v]!;
          if (pre.length - verb.end > 160) break;
          const participle =
            /ing$/.test(verb.verb.split(" ")[0]!) &&
            /,\s*(?:and\s+)?$/.test(pre.slice(0, verb.start));
          const subject =
            (participle ? matchSentenceSubject(pre) : null) ?? matchSubjectBefore(pre, verb.start);
          if (!subject) continue;
          cue = {
            speaker: subject.speaker,
            verb: verb.verb,
            speakerStart: subject.at,
            speakerEnd: subject.at + subject.speaker.length,
          };
          speakerAt = base0 + sentence.start + subject.at;
        }
      }
    }
    // Inside a reported statement: `Ryan said the shootings demand “more listening”` is Ryan's, not
    // the shootings': a cue before the mark that is not a verb of speech yields to it.
    if (!cue || !SPEECH_VERB.test(cue.verb)) {
      for (const c of candidates) {
        if (c.kind !== "indirect" || c.hidden || !c.cue || c.start > start || c.end < end) continue;
        cue = c.cue;
        speakerAt = c.speakerAt;
        break;
      }
    }
    if (!cue) {
      const fromSentence = sentenceCues.get(`${p0}:${sentenceIndexAt(p0, first.open)}`);
      if (fromSentence) {
        cue = fromSentence.cue;
        speakerAt = fromSentence.at;
      }
    }
    // `Caddell continued:` ending the paragraph before a quote that opens its own.
    if (!cue && p0 > 0 && first.open === (/^\s*/.exec(article.paragraphs[p0]!)?.[0].length ?? 0)) {
      const prev = article.paragraphs[p0 - 1]!;
      const prevBase = offsets[p0 - 1]!;
      if (prevBase >= 0 && /:\s*$/.test(prev)) {
        const sentences = sentencesByParagraph[p0 - 1]!;
        const lastSentence = sentences[sentences.length - 1];
        const from = lastSentence ? lastSentence.start : 0;
        const lead = prev.slice(from).replace(/:\s*$/, "");
        const verbs = findVerbs(lead);
        const verb = verbs[verbs.length - 1];
        if (verb && /^[\s,]*(?:\p{Lu}[\p{L}.]*\s*)*$/u.test(lead.slice(verb.end))) {
          const subject =
            matchSubjectBefore(lead, verb.start) ??
            (/^\s+\p{Lu}/u.test(lead.slice(verb.end))
              ? { speaker: lead.slice(verb.end).trim(), at: verb.end + 1 }
              : null);
          if (subject) {
            cue = {
              speaker: subject.speaker,
              verb: verb.verb,
              speakerStart: subject.at,
              speakerEnd: subject.at + subject.speaker.length,
            };
            speakerAt = prevBase + from + subject.at;
          }
        }
      }
    }
    const words = countWords(quoted);
    const unclosed = !last.closed && !last.continued;
    if (!cue && (unclosed || words < 3)) continue;
    const before = article.paragraphs[p0]!.slice(Math.max(0, first.open - 12), first.open);
    const named =
      /\b(?:on|in|at|of|from|titled|called|dubbed|headlined|book|show|film|song|program|programme)\s*$|\p{L}[’']s\s*$/iu.test(
        before,
      );
    if (isTitleCase(quoted) && (!cue || named)) continue;
    candidates.push({
      kind: "direct",
      start,
      end,
      paragraph: p0,
      sentence: sentenceIndexAt(p0, first.open),
      cue,
      speakerAt,
      inheritFrom: null,
    });
  }

  candidates.sort((a, b) => a.start - b.start || (a.kind === "direct" ? -1 : 1));
  // Uncued direct quotes take the speaker of a cued quote in the same or the previous sentence.
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.cue) continue;
    for (let j = i - 1; j >= 0; j--) {
      const prev = candidates[j]!;
      if (prev.hidden || (!prev.cue && prev.inheritFrom === null)) continue;
      const sameParagraph = prev.paragraph === c.paragraph;
      const lastOfPrevious =
        prev.paragraph === c.paragraph - 1 &&
        c.sentence === 0 &&
        prev.sentence >= sencount(sentencesByParagraph, prev.paragraph) - 1;
      if (sameParagraph || lastOfPrevious) c.inheritFrom = prev.inheritFrom ?? j;
      break;
    }
    // `“…” Khan said the troops would stay.`: the speaker opens the next sentence.
    const next = candidates[i + 1];
    if (
      c.inheritFrom === null &&
      c.kind === "direct" &&
      next?.cue &&
      next.paragraph === c.paragraph &&
      next.sentence === c.sentence + 1 &&
      next.speakerAt - offsets[next.paragraph]! ===
        sentencesByParagraph[next.paragraph]![next.sentence]!.start
    ) {
      c.inheritFrom = i + 1;
    }
  }

  const quotedRanges: [number, number][] = [];
  for (let p = 0; p < spansByParagraph.length; p++) {
    const base = offsets[p]!;
    if (base < 0) continue;
    for (const span of spansByParagraph[p]!) {
      quotedRanges.push([base + span.contentStart, base + span.contentEnd]);
    }
  }
  const resolver = createSpeakerResolver(text, quotedRanges);
  const resolved: (ResolvedSpeaker | null)[] = [];
  const quotes: Quote[] = [];
  const seen = new Set<string>();
  const forward = new Map<Quote, number>();
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    let speaker: ResolvedSpeaker | null = null;
    if (c.cue) {
      speaker = resolveWho(resolver, c.cue, text, c.speakerAt);
    } else if (c.inheritFrom !== null && c.inheritFrom < i) {
      speaker = resolved[c.inheritFrom] ?? null;
      if (speaker) resolver.remember(speaker, c.start);
    }
    resolved.push(speaker);
    if (c.hidden) continue;
    const quoteText = text.slice(c.start, c.end);
    const key = `${c.kind}:${normalizeForKey(quoteText)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const quote: Quote = {
      kind: c.kind,
      text: quoteText,
      speaker: speaker?.name ?? null,
      speakerTitle: speaker?.title ?? null,
      cue: c.cue?.verb || null,
      paragraph: c.paragraph,
      start: c.start,
      end: c.end,
    };
    quotes.push(quote);
    if (c.inheritFrom !== null && c.inheritFrom > i) forward.set(quote, c.inheritFrom);
  }
  // Quotes whose speaker is named in the sentence after them.
  for (const q of quotes) {
    const from = forward.get(q);
    if (from === undefined) continue;
    const speaker = resolved[from] ?? null;
    q.speaker = speaker?.name ?? null;
    q.speakerTitle = speaker?.title ?? null;
  }
  return quotes;
}

/** Share of `[from, to)` inside quotation marks. */
function quotedShare(spans: readonly MarkSpan[], from: number, to: number): number {
  let covered = 0;
  for (const span of spans) {
    const a = Math.max(from, span.contentStart);
    const b = Math.min(to, span.contentEnd);
    if (b > a) covered += b - a;
  }
  return to > from ? covered / (to - from) : 1;
}

function sencount(sentences: readonly Sentence[][], p: number): number {
  return sentences[p]?.length ?? 0;
}

const WHO_ANTECEDENT =
  /(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*|(?:(?:the|a|an)\s+)?\p{Ll}[\p{L}’'-]*)(?:,\s+[^,]{1,80})?,?\s+$/u;

function resolveWho(
  resolver: ReturnType<typeof createSpeakerResolver>,
  cue: Cue,
  text: string,
  at: number,
): ResolvedSpeaker | null {
  if (cue.speaker === "") return null;
  if (cue.speaker === "who") {
    const m = WHO_ANTECEDENT.exec(text.slice(Math.max(0, at - 160), at));
    return m?.[1] ? resolver.resolve(m[1], at) : null;
  }
  return resolver.resolve(cue.speaker, at);
}

function normalizeForKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/["“”‘’'«»]/g, "")
    .replace(/\s+/g, " ")
    .replace(/[\s.,;:!?]+$/, "")
    .trim();
}

/** An object that can be a statement: not a preposition, an auxiliary or a conjunction. */
const OBJECT_START =
  /^\s+(?:(?:(?:on|last|this|late|early|earlier|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|morning|night|weekend|yesterday|today)\s+)?(?!(?:is|was|are|were|be|been|has|had|have|by|with|as|in|on|at|for|from|of|into|over|up|down|out|off|back|and|or|but|if|so|than|then|while|when)\b)(?=[\p{L}\d$“"‘])/u;
/** Verbs that introduce words spoken or written, not an opinion (`favors`, `demands`). */
const SPEECH_VERB =
  /^(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|stated|states|declared|explained|noted|notes|insisted|continued|replied|responded|according to|saying|adding|telling)$/;
const PLAIN_SUBJECT =
  /(?:^(?:he|she|they|we|I|you|who)|\p{Lu}[\p{L}.-]*(?<![’']s)|\p{Ll}+[^s’'\s]s)$/u;
const PASSIVE_BEFORE =
  /\b(?:is|was|are|were|be|been|being|get|got|gets|getting)\s+(?:\p{Ll}+ly\s+)?$/u;
const PARTICIPLE = /(?:ed|wn|ld|nd|ght|ound)$/;

/** `is expected to`, `was told`, `were found`: a passive verb; its subject is not the speaker. */
function isPassive(sentence: string, verb: VerbHit): boolean {
  const first = verb.verb.split(" ")[0]!;
  if (!PARTICIPLE.test(first)) return false;
  return PASSIVE_BEFORE.test(sentence.slice(Math.max(0, verb.start - 30), verb.start));
}

function verbsBefore(verbs: readonly VerbHit[], verb: VerbHit): VerbHit[] {
  return verbs.filter((v) => v.end <= verb.start);
}

function trimSentenceEnd(sentence: string): number {
  let end = sentence.length;
  while (end > 0 && /[\s.!?]/.test(sentence[end - 1]!)) end--;
  return end;
}

interface Reported {
  start: number;
  end: number;
  cue: Cue;
}

/** True when paragraph offset `at` lies inside the quoted words of a span. */
function insideSpan(spans: readonly MarkSpan[], at: number): boolean {
  for (const span of spans) {
    if (span.contentStart > at) return false;
    if (at < span.contentEnd) return true;
  }
  return false;
}

/**
 * The reported statement of one sentence, if it has one. `verbs` are the sentence's reporting verbs
 * outside quotation marks (inside them they are the quoted speaker's words, not the attribution).
 */
function findReported(sentence: string, verbs: readonly VerbHit[]): Reported | null {
  const according = sentence.startsWith("According") ? matchAccordingToStart(sentence) : null;
  const sentenceEnd = trimSentenceEnd(sentence);
  if (according) return { start: according.contentStart, end: sentenceEnd, cue: according.cue };
  if (verbs.length === 0) return null;
  const tail = matchTailCue(sentence, verbs);
  if (tail && tail.contentEnd > 0) return { start: 0, end: tail.contentEnd, cue: tail.cue };
  // The first subject in the sentence, for participles; the subjects of verbs that carry no
  // statement are only looked for when a participle needs them (they cost a regex each).
  type Subject = { speaker: string; at: number };
  let earlier: Subject | null = null;
  const pending: (VerbHit | { subject: Subject | null })[] = [];
  const earlierSubject = () => {
    while (earlier === null && pending.length > 0) {
      const next = pending.shift()!;
      earlier = "subject" in next ? next.subject : matchSubjectBefore(sentence, next.start);
    }
    return earlier;
  };
  for (const verb of verbs) {
    if (!carriesContent(verb.verb)) {
      if (earlier === null) pending.push(verb);
      continue;
    }
    // `…, he said, adding that …`: a participle takes the subject of the clause before it.
    // `Reid mocked Romney for …, claiming that …`: so does a participle after any clause.
    const participle =
      /ing$/.test(verb.verb.split(" ")[0]!) &&
      /(?:,\s*(?:and\s+)?|\sby\s+)$/.test(sentence.slice(Math.max(0, verb.start - 8), verb.start));
    let subject: { speaker: string; at: number } | null;
    if (participle) {
      subject = earlierSubject() ??
        matchSentenceSubject(sentence, verb.start) ??
        matchInvertedBefore(sentence, verb.start) ??
        matchSubjectBefore(sentence, verb.start) ?? { speaker: "", at: verb.start };
    } else {
      // `X is expected to …`: a passive names no speaker.
      subject = isPassive(sentence, verb)
        ? { speaker: "", at: verb.start }
        : matchSubjectBefore(sentence, verb.start);
    }
    if (earlier === null) pending.push({ subject });
    if (!subject) continue;
    // `support`, `attacks`: a verb only after a plain subject (`Some Democrats question …`), not
    // after a possessive or a determiner (`Clinton’s support for …`, `the attacks on …`).
    if (isNounLike(verb.verb) && !PLAIN_SUBJECT.test(subject.speaker)) continue;
    let contentStart = findContentStart(sentence, verb.verb, verb.end);
    if (contentStart < 0 && takesObject(verb.verb)) {
      // The object of a passive is its agent (`is supported by …`); only `is expected to …` reports.
      const object = (
        subject.speaker === "" ? /^\s+(?!by\s)(?=[\p{L}\d$“"‘])/u : OBJECT_START
      ).exec(sentence.slice(verb.end));
      if (object) contentStart = verb.end + object[0].length;
    }
    if (contentStart < 0) continue;
    // `The truth, the senator said then, was that Trump attacked his wife`: a cue set off by commas
    // before this verb frames the whole sentence.
    const mid =
      verb.start > 0 ? matchMidCue(sentence.slice(0, verb.start), verbsBefore(verbs, verb)) : null;
    if (mid) return { start: 0, end: sentenceEnd, cue: mid };
    return {
      start: contentStart,
      end: sentenceEnd,
      cue: {
        speaker: subject.speaker,
        verb: verb.verb,
        speakerStart: subject.at,
        speakerEnd: subject.at + subject.speaker.length,
      },
    };
  }
  const mid = matchMidCue(sentence, verbs);
  if (mid) return { start: 0, end: sentenceEnd, cue: mid };
  return null;
}

/** Words that make a quote worth leading a digest with. */
const TELLING =
  /\b(?:will|must|never|always|not|no|should|cannot|can’t|won’t|we|our|I|believe|hope|fear|want)\b/i;

/**
 * The most telling direct quote with a speaker: a complete statement of a readable length (about
 * 8–60 words) that says something (a commitment, a judgement, a warning), earliest first on ties.
 */
export function pickTellingQuote(quotes: readonly Quote[]): Quote | undefined {
  let best: Quote | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const q of quotes) {
    if (q.kind !== "direct" || q.speaker === null) continue;
    const words = countWords(q.text);
    let score = Math.min(words, 40);
    if (words < 6) score -= 20;
    if (words > 60) score -= (words - 60) * 0.5;
    if (TELLING.test(q.text)) score += 8;
    if (/[.!?]$/.test(q.text)) score += 3;
    if (q.speakerTitle) score += 2;
    if (score > bestScore) {
      best = q;
      bestScore = score;
    }
  }
  return best;
}
