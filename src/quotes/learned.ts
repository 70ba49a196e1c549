/**
 * The learned model's part of quote extraction (docs/adr/0018-attribution-model.md): the tagger (a
 * linear-chain CRF, src/quotes/model/crf.ts, decoded by Viterbi) tags each paragraph; its content spans that the rules did not find become reported
 * statements, with the source it linked as the speaker phrase. The rules keep direct quotes and the
 * statements they found; the model adds what they miss (several statements per sentence, nominal
 * attributions, sources far from their cue). The committed model is decoded once, on first use.
 */

import { type Cue, matchSubjectBefore } from "./cues.js";
import {
  type Candidate,
  countWords,
  type Layout,
  quotedShare,
  sentenceEndingAfter,
  trimRange,
} from "./layout.js";
import {
  type Evidence,
  followsQuoteCue,
  indexCandidates,
  noteRulesEvidence,
  overlapShare,
  speakerSourceIn,
  touching,
} from "./learned-evidence.js";
import {
  linkAttributions,
  type ModelAttribution,
  type TaggedSpan,
  tagParagraph,
} from "./model/attribution.js";
import committed from "./model/attribution.json" with { type: "json" };
import { parseFilter, type StatementFilter } from "./model/filter.js";
import { deserializeWeights, type SerializedModel, type Weights } from "./model/perceptron.js";
import { modelCue } from "./model/speaker-phrase.js";

export { modelCue, speakerPhrase } from "./model/speaker-phrase.js";

export type AttributionModel = Weights;

/** The thresholds chosen by cross-validation on PolNeAR train (scripts/train-quotes.ts). */
export interface CombineSettings {
  /** Model statements shorter than this many words are dropped. */
  minWords: number;
  /** A model statement whose share inside quotation marks exceeds this is the rules' direct quote. */
  maxQuotedShare: number;
  /** A model statement overlapping a rules candidate by more than this share of itself is dropped. */
  maxOverlap: number;
  /** Keep only model statements linked to a cue the model marked. */
  requireCue: boolean;
  /** Model statements whose tagger confidence (mean margin over O) is below this are dropped. */
  minConfidence: number;
  /** Keep the rules' reported statements (false: the model's replace them; direct quotes stay). */
  keepRulesIndirect: boolean;
  /**
   * Where the model's contents lie inside a rules statement: `split` replaces the statement by the
   * contents when there are two or more, `shrink` by the content when there is one covering less
   * than SHRINK_SHARE of it, `both` does both; none (the default) keeps the rules' statement.
   */
  refineRules?: "split" | "shrink" | "both";
  /**
   * Where the model's source names nobody (none linked, or a lone lower-case word), the rules'
   * grammar names the speaker: the subject of the model's cue verb, else the subject opening the
   * statement's sentence (`grammar`); `first` also prefers the cue verb's subject over the
   * tagger's source whenever the grammar finds one. None (the default): the tagger's source only.
   */
  subjectFallback?: "grammar" | "first";
  /**
   * `later`: a piece of a split rules statement whose model source lies after the previous piece
   * (`Republicans have argued …, but Democrats have pushed for …`) takes the model's speaker;
   * otherwise (and by default) every piece keeps the statement's speaker.
   */
  splitSpeaker?: "later";
  /**
   * `model`: a direct quote the rules found no speaker phrase for takes the speaker of the model statement
   * holding at least half of it, when the model linked a cue; by default it inherits a speaker
   * nearby (src/quotes/resolve.ts `linkUncued`).
   */
  directSpeaker?: "model";
}

/** The committed model file: weights and the settings cross-validation chose with them. */
type CommittedModel = SerializedModel & { settings?: CombineSettings; filter?: unknown };

const FALLBACK_SETTINGS: CombineSettings = {
  minWords: 3,
  maxQuotedShare: 0.5,
  maxOverlap: 0.5,
  requireCue: true,
  minConfidence: 0,
  keepRulesIndirect: true,
};

/** The combination settings committed with the model. */
export function committedSettings(): CombineSettings {
  return (committed as unknown as CommittedModel).settings ?? FALLBACK_SETTINGS;
}

let decoded: Weights | null = null;
let filter: StatementFilter | null | undefined;

/** The committed statement filter (src/quotes/model/filter.json), or null when none is committed. */
export function committedFilter(): StatementFilter | null {
  if (filter === undefined) {
    const file = (committed as unknown as CommittedModel).filter;
    filter = file ? parseFilter(file) : null;
  }
  return filter;
}

/** The committed model, decoded on first use. */
export function committedModel(): AttributionModel {
  decoded ??= deserializeWeights(committed as unknown as CommittedModel);
  return decoded;
}

/** A verb that raises its clause's subject (`Sanders ▮appears▮ to be slipping`, `is expected`). */
const RAISING =
  /^(?:(?:is|are|was|were|has been|have been)\s+(?:not\s+)?(?:widely\s+)?(?:expected|said|shown|seen|thought|believed|reported|projected|likely)|(?:(?:does|do|did)\s+not\s+)?(?:may\s+|might\s+)?(?:appears?|appeared|seems?|seemed))$/i;
const NO_RAISED_SUBJECT = /^(?:who|which|that|he|she|it|they|we|i|you)$/i;

/**
 * `Sanders appears to be spending more`: where the model's content is the infinitive right after a
 * raising cue, what appears is the whole clause, its subject included (PolNeAR's content runs from
 * the subject, as the rules' `is expected to` does). The subject's start (paragraph-local), or null
 * for any other statement, or when the subject is a pronoun or names nothing.
 */
export function raisedSubjectAt(paragraph: string, found: ModelAttribution): number | null {
  const { cue, content } = found;
  if (!cue || content.start - cue.end > 2 || !paragraph.startsWith("to ", content.start)) {
    return null;
  }
  if (!RAISING.test(paragraph.slice(cue.start, cue.end))) return null;
  const subject = matchSubjectBefore(paragraph, cue.start);
  if (!subject || subject.speaker === "" || NO_RAISED_SUBJECT.test(subject.speaker)) return null;
  return subject.at;
}

/** A content shorter than this share of the rules statement holding it replaces it (`shrink`). */
const SHRINK_SHARE = 0.6;

/**
 * The direct quote of `inParagraph` without a speaker phrase (no cue, or a cue naming nobody:
 * `by saying “…”`) at least half inside [start, end), if any.
 */
function uncuedQuoteIn(
  start: number,
  end: number,
  inParagraph: readonly Candidate[],
): Candidate | null {
  for (const c of inParagraph) {
    if (c.kind !== "direct" || (c.cue && c.cue.speaker !== "")) continue;
    const shared = Math.min(end, c.end) - Math.max(start, c.start);
    if (shared * 2 >= c.end - c.start) return c;
  }
  return null;
}

/** The rules statement of `inParagraph` that holds [start, end) (at least 90% of it), if any. */
function hostOf(start: number, end: number, inParagraph: readonly Candidate[]): Candidate | null {
  for (const c of inParagraph) {
    if (c.kind !== "indirect") continue;
    const shared = Math.min(end, c.end) - Math.max(start, c.start);
    if (shared >= 0.9 * (end - start)) return c;
  }
  return null;
}

/** A model content inside a rules statement, with the model's own cue when it names someone. */
type Piece = [number, number, { cue: Cue; at: number } | null];

/**
 * Replaces rules statements by the model's contents inside them, as `mode` says: the first piece
 * takes the statement's place (so indices stay), the others are added; all keep its cue, except
 * (`speaker: "later"`) a piece whose own speaker stands between it and the piece before it. A
 * statement whose speaker follows it stays whole.
 */
export function refineRulesStatements(
  out: Candidate[],
  inside: Map<Candidate, Piece[]>,
  mode: NonNullable<CombineSettings["refineRules"]>,
  sentenceOf: (c: Candidate, start: number) => number,
  evidence: Map<Candidate, Evidence> | undefined,
  speaker?: CombineSettings["splitSpeaker"],
): void {
  // Where each host stands in `out`, read once: a host's place changes only when it is refined.
  const position = new Map(out.map((c, i) => [c, i]));
  for (const [host, pieces] of inside) {
    // `A, and Pyongyang hopes B, Choe said`: all of it is what Choe said, nested cues included.
    if (host.cue && host.speakerAt >= host.end) continue;
    const split = pieces.length >= 2 && mode !== "shrink";
    const shrink =
      pieces.length === 1 &&
      mode !== "split" &&
      pieces[0]![1] - pieces[0]![0] < SHRINK_SHARE * (host.end - host.start);
    if (!split && !shrink) continue;
    const index = position.get(host) ?? -1;
    if (index < 0) continue;
    pieces.sort((a, b) => a[0] - b[0]);
    pieces.forEach(([start, end, own], i) => {
      const piece: Candidate = { ...host, start, end, sentence: sentenceOf(host, start) };
      const previous = pieces[i - 1];
      if (speaker === "later" && own && previous && own.at >= previous[1] && own.at < start) {
        piece.cue = own.cue;
        piece.speakerAt = own.at;
        piece.inheritFrom = null;
      }
      if (i === 0) out[index] = piece;
      else out.push(piece);
      const known = evidence?.get(host);
      if (known) evidence?.set(piece, known);
    });
  }
}

/**
 * The rules' candidates and the model's statements that they miss. `evidence`, when given, receives
 * what the combination knew about each statement (for the statement filter).
 */
export function addModelCandidates(
  layout: Layout,
  candidates: readonly Candidate[],
  model: AttributionModel = committedModel(),
  settings: CombineSettings = committedSettings(),
  evidence?: Map<Candidate, Evidence>,
): Candidate[] {
  const { article, text, offsets, spansByParagraph, sentencesByParagraph } = layout;
  // Hidden statements stay: they only make their speaker the latest, for the pronouns after them.
  const kept = settings.keepRulesIndirect
    ? [...candidates]
    : candidates.filter((c) => c.kind === "direct" || c.hidden);
  const out = [...kept];
  const inside = new Map<Candidate, Piece[]>();
  const adopted = new Map<Candidate, { cue: Cue; at: number }>();
  const sentenceOf = (c: Candidate, at: number) =>
    Math.max(
      0,
      sentenceEndingAfter(sentencesByParagraph[c.paragraph]!, at - offsets[c.paragraph]!),
    );
  // Each paragraph's shown candidates, in their order, dealt out in one pass.
  const byParagraph = article.paragraphs.map((): Candidate[] => []);
  for (const c of kept) if (!c.hidden) byParagraph[c.paragraph]?.push(c);
  for (let p = 0; p < article.paragraphs.length; p++) {
    const base = offsets[p]!;
    if (base < 0) continue;
    const paragraph = article.paragraphs[p]!;
    // The grammar's subjects found so far, shared with the rules (the paragraph is the article's
    // text from `base` on).
    const subjectMemo = { found: layout.subjects, offset: base };
    const inParagraph = byParagraph[p]!;
    const index = indexCandidates(inParagraph);
    // The statement filter reads the tagger's content probability over the rules' statements and
    // its source probability over every statement's speaker phrase.
    const withMass = evidence === undefined ? false : inParagraph.length > 0 || "with-spans";
    const tagged = tagParagraph(model, paragraph, spansByParagraph[p], withMass);
    const attributions = linkAttributions(tagged.spans);
    if (evidence) noteRulesEvidence(evidence, inParagraph, attributions, base, tagged.mass);
    for (const found of attributions) {
      if (settings.requireCue && !found.cue) continue;
      if (found.content.confidence < settings.minConfidence) continue;
      const raised = raisedSubjectAt(paragraph, found);
      const [start, end] = trimRange(
        text,
        base + (raised ?? found.content.start),
        base + found.content.end,
      );
      if (end <= start || countWords(text.slice(start, end), settings.minWords) < settings.minWords)
        continue;
      const sentences = sentencesByParagraph[p]!;
      const local = start - base;
      const sentence = Math.max(0, sentenceEndingAfter(sentences, local));
      // The grammar's fallback costs regular expressions: only for statements that use it.
      // What appears or is expected is the raised subject's, and nobody says it: no speaker.
      const cueOf = () => {
        const cue = modelCue(
          paragraph,
          found,
          settings.subjectFallback,
          sentences[sentence],
          subjectMemo,
        );
        return raised === null ? cue : { ...cue, speaker: "" };
      };
      const near = touching(index, start, end);
      const quote = settings.directSpeaker && found.cue ? uncuedQuoteIn(start, end, near) : null;
      if (quote && !adopted.has(quote)) {
        const cue = cueOf();
        if (cue.speaker) adopted.set(quote, { cue, at: base + cue.speakerStart });
      }
      const quoted = quotedShare(spansByParagraph[p]!, start - base, end - base);
      if (quoted > settings.maxQuotedShare) continue;
      if (followsQuoteCue(text, start, index)) continue;
      const overlap = overlapShare(start, end, near);
      if (overlap > settings.maxOverlap) {
        const host = settings.refineRules ? hostOf(start, end, near) : null;
        if (!host) continue;
        const cue = settings.splitSpeaker ? cueOf() : null;
        const own = cue?.speaker ? { cue, at: base + cue.speakerStart } : null;
        inside.set(host, [...(inside.get(host) ?? []), [start, end, own]]);
        continue;
      }
      const cue = cueOf();
      const candidate: Candidate = {
        kind: "indirect",
        start,
        end,
        paragraph: p,
        sentence,
        cue: cue.speaker ? cue : null,
        speakerAt: base + cue.speakerStart,
        inheritFrom: null,
      };
      out.push(candidate);
      const span = (s: TaggedSpan | null): [number, number] | null =>
        s ? [base + s.start, base + s.end] : null;
      evidence?.set(candidate, {
        origin: "model",
        confidence: found.content.confidence,
        probability: found.content.probability,
        speakerSource: speakerSourceIn(tagged.mass, candidate, base),
        agreement: overlap,
        cue: span(found.cue),
        source: span(found.source),
      });
    }
  }
  // The adopted quotes are rules candidates: where each stands in `out` is where it stood in `kept`.
  const position = new Map(kept.map((c, i) => [c, i]));
  for (const [quote, own] of adopted) {
    const index = position.get(quote) ?? -1;
    if (index < 0) continue;
    const named: Candidate = { ...quote, cue: own.cue, speakerAt: own.at, inheritFrom: null };
    out[index] = named;
    const known = evidence?.get(quote);
    if (known) evidence?.set(named, known);
  }
  if (settings.refineRules) {
    refineRulesStatements(
      out,
      inside,
      settings.refineRules,
      sentenceOf,
      evidence,
      settings.splitSpeaker,
    );
  }
  return out;
}
