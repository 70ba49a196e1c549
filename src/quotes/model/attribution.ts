/**
 * Attributions found by the learned model in one paragraph: the tagger marks content, source and
 * cue tokens; content spans are cut at sentence ends, and each is linked to the nearest cue and the
 * source nearest that cue.
 * Offsets are paragraph-local.
 */
import type { MarkSpan } from "../marks.js";
import { FEATURES_PER_TOKEN, featurize } from "./features.js";
import { TAG_COUNT, viterbi, type Weights } from "./perceptron.js";

export type SpanKind = "content" | "source" | "cue";

export interface TaggedSpan {
  kind: SpanKind;
  start: number;
  end: number;
  /** Index of the sentence (by the tokenizer's sentence ends) where the span starts. */
  sentence: number;
  /** Mean margin of the span's tags over O, per token: how sure the tagger is. */
  confidence: number;
}

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

/** The spans the tagger marks in `text` (`spans`: its quotation-mark spans, when known). */
export function tagSpans(
  weights: Weights,
  text: string,
  spans?: readonly MarkSpan[],
): TaggedSpan[] {
  const { tokens, features, sentences } = featurize(
    text,
    weights.bits,
    spans,
    weights.cueWords ?? null,
  );
  if (features.length !== tokens.length * FEATURES_PER_TOKEN) throw new Error("feature count");
  const emissions = new Float64Array(tokens.length * TAG_COUNT);
  const tags = viterbi(weights, features, tokens.length, emissions);
  const found: TaggedSpan[] = [];
  let open: TaggedSpan | null = null;
  let margin = 0;
  let count = 0;
  const close = () => {
    if (!open) return;
    open.confidence = margin / Math.max(1, count);
    found.push(open);
    open = null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tag = tags[i]!;
    const kind = tag < TAG_COUNT ? KIND_OF_TAG[tag]! : null;
    // A statement is reported sentence by sentence: a content span ends with its sentence.
    const begins = tag % 2 === 1 || (i > 0 && sentences[i] !== sentences[i - 1]);
    if (open && (kind !== open.kind || begins)) close();
    if (!kind) continue;
    if (open) {
      (open as TaggedSpan).end = tokens[i]!.end;
    } else {
      open = {
        kind,
        start: tokens[i]!.start,
        end: tokens[i]!.end,
        sentence: sentences[i]!,
        confidence: 0,
      };
      margin = 0;
      count = 0;
    }
    margin += emissions[i * TAG_COUNT + tag]! - emissions[i * TAG_COUNT]!;
    count++;
  }
  close();
  return found;
}

function gap(a: TaggedSpan, b: TaggedSpan): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

/** The span of `kind` nearest `to`, preferring its sentence; null when none is within `reach`. */
function nearest(spans: readonly TaggedSpan[], kind: SpanKind, to: TaggedSpan, reach: number) {
  let best: TaggedSpan | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const s of spans) {
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

/** The model's attributions in one paragraph, content spans in text order. */
export function findModelAttributions(
  weights: Weights,
  text: string,
  marks?: readonly MarkSpan[],
): ModelAttribution[] {
  const spans = tagSpans(weights, text, marks);
  const out: ModelAttribution[] = [];
  for (const content of spans) {
    if (content.kind !== "content") continue;
    const cue = nearest(spans, "cue", content, CUE_REACH);
    const source = nearest(spans, "source", cue ?? content, SOURCE_REACH);
    out.push({ content, source, cue });
  }
  return out;
}
