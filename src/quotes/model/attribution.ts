/**
 * Attributions found by the learned model in one paragraph: the tagger marks content, source and
 * cue tokens; content spans are cut at sentence ends, and each is linked to the nearest cue and the
 * source nearest that cue.
 * Offsets are paragraph-local.
 */

import { firstIndexWhere } from "../../bisect.js";
import type { MarkSpan } from "../marks.js";
import { FEATURES_PER_TOKEN, featurize } from "./features.js";
import { TAG_COUNT, viterbi, type Weights } from "./perceptron.js";
import { tagPosteriors } from "./posterior.js";

export type SpanKind = "content" | "source" | "cue";

export interface TaggedSpan {
  kind: SpanKind;
  start: number;
  end: number;
  /** Index of the sentence (by the tokenizer's sentence ends) where the span starts. */
  sentence: number;
  /** Mean margin of the span's tags over O, per token: how sure the tagger is. */
  confidence: number;
  /** Mean marginal probability (src/quotes/model/posterior.ts) of the span's kind over its tokens. */
  probability: number;
}

/** Per token of a paragraph: where it is, and the tagger's marginal probabilities of content and source. */
export interface ContentMass {
  starts: Int32Array;
  ends: Int32Array;
  content: Float64Array;
  /** Each token's marginal probability of being part of a source. */
  source: Float64Array;
}

/** Log-potentials are the decoder's scores ÷ this (the CRF's output scale, scripts/training-data.ts). */
export const POSTERIOR_TEMPERATURE = 80;

export interface ModelAttribution {
  content: TaggedSpan;
  source: TaggedSpan | null;
  cue: TaggedSpan | null;
}

const KIND_OF_TAG: readonly (SpanKind | null)[] = [
  null,
  "content",
  "content",
  "source",
  "source",
  "cue",
  "cue",
];

/** What the tagger finds in a paragraph. */
export interface TaggedParagraph {
  spans: TaggedSpan[];
  /** Each token's content and source probabilities, when asked for (null otherwise). */
  mass: ContentMass | null;
}

/**
 * The spans the tagger marks in `text` (`marks`: its quotation-mark spans, when known) and, with
 * `withMass`, each token's marginal probability of content and of source (`"with-spans"`: only
 * when the tagger marks something, as a paragraph without rules statements needs them only for the
 * model's own). The marginals cost a forward–backward pass, so they are computed only where they
 * are read: for the spans found, or for the mass.
 */
export function tagParagraph(
  weights: Weights,
  text: string,
  marks?: readonly MarkSpan[],
  withMass: boolean | "with-spans" = false,
): TaggedParagraph {
  const { tokens, features, sentences } = featurize(
    text,
    weights.bits,
    marks,
    weights.cueWords ?? null,
  );
  const n = tokens.length;
  if (features.length !== n * FEATURES_PER_TOKEN) throw new Error("feature count");
  const emissions = new Float64Array(n * TAG_COUNT);
  const tags = viterbi(weights, features, n, emissions);
  // Each span with the index of its first token; spans end at `last`.
  const found: { span: TaggedSpan; first: number; last: number }[] = [];
  for (let i = 0; i < n; i++) {
    const tag = tags[i]!;
    const kind = KIND_OF_TAG[tag]!;
    const open = found.at(-1);
    // A statement is reported sentence by sentence: a content span ends with its sentence.
    const begins = tag % 2 === 1 || (i > 0 && sentences[i] !== sentences[i - 1]);
    if (!kind) continue;
    if (open && open.last === i - 1 && open.span.kind === kind && !begins) {
      open.span.end = tokens[i]!.end;
      open.last = i;
    } else {
      const span = {
        kind,
        start: tokens[i]!.start,
        end: tokens[i]!.end,
        sentence: sentences[i]!,
        confidence: 0,
        probability: 0,
      };
      found.push({ span, first: i, last: i });
    }
  }
  const posterior =
    found.length > 0 || withMass === true
      ? tagPosteriors(weights, emissions, n, POSTERIOR_TEMPERATURE)
      : null;
  for (const { span, first, last } of found) {
    let margin = 0;
    let probability = 0;
    for (let i = first; i <= last; i++) {
      const tag = tags[i]!;
      margin += emissions[i * TAG_COUNT + tag]! - emissions[i * TAG_COUNT]!;
      // B-X and I-X of the span's kind: B- tags are odd, I-X follows its B-X.
      const b = tag % 2 === 1 ? tag : tag - 1;
      probability += posterior![i * TAG_COUNT + b]! + posterior![i * TAG_COUNT + b + 1]!;
    }
    span.confidence = margin / (last - first + 1);
    span.probability = probability / (last - first + 1);
  }
  let mass: ContentMass | null = null;
  if (withMass === true || (withMass === "with-spans" && found.length > 0)) {
    mass = {
      starts: new Int32Array(n),
      ends: new Int32Array(n),
      content: new Float64Array(n),
      source: new Float64Array(n),
    };
    for (let i = 0; i < n; i++) {
      mass.starts[i] = tokens[i]!.start;
      mass.ends[i] = tokens[i]!.end;
      mass.content[i] = posterior![i * TAG_COUNT + 1]! + posterior![i * TAG_COUNT + 2]!;
      mass.source[i] = posterior![i * TAG_COUNT + 3]! + posterior![i * TAG_COUNT + 4]!;
    }
  }
  return { spans: found.map((f) => f.span), mass };
}

/** The spans the tagger marks in `text` (`marks`: its quotation-mark spans, when known). */
export function tagSpans(
  weights: Weights,
  text: string,
  marks?: readonly MarkSpan[],
): TaggedSpan[] {
  return tagParagraph(weights, text, marks).spans;
}

function gap(a: TaggedSpan, b: TaggedSpan): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

/** The index of the first of `spans` (in text order) that ends at or after `at`. */
function firstEndingFrom(spans: readonly TaggedSpan[], at: number): number {
  return firstIndexWhere(spans.length, (k) => spans[k]!.end >= at);
}

/**
 * The span of `kind` nearest `to`, preferring its sentence; null when none is within `reach`.
 * `spans` are in text order (as tagParagraph gives them), so only those within reach are read: a
 * paragraph of thousands of spans read them all for each content span.
 */
function nearest(spans: readonly TaggedSpan[], kind: SpanKind, to: TaggedSpan, reach: number) {
  let best: TaggedSpan | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let i = firstEndingFrom(spans, to.start - reach); i < spans.length; i++) {
    const s = spans[i]!;
    if (s.start > to.end + reach) break;
    if (s.kind !== kind) continue;
    const cost = gap(s, to) + (s.sentence === to.sentence ? 0 : reach / 2);
    if (cost < bestCost && gap(s, to) <= reach) {
      best = s;
      bestCost = cost;
    }
  }
  return best;
}

const CUE_REACH = 240;
const SOURCE_REACH = 160;

/**
 * The model's attributions in one paragraph, content spans in text order: each content span of
 * `tagParagraph` linked to its nearest cue and that cue's nearest source. `spans` in text order.
 */
export function linkAttributions(spans: readonly TaggedSpan[]): ModelAttribution[] {
  const out: ModelAttribution[] = [];
  for (const content of spans) {
    if (content.kind !== "content") continue;
    const cue = nearest(spans, "cue", content, CUE_REACH);
    const source = nearest(spans, "source", cue ?? content, SOURCE_REACH);
    out.push({ content, source, cue });
  }
  return out;
}
