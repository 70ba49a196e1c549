/**
 * Where bench/eval-quotes.ts reports direct-quote errors (its `directErrors` option): each false
 * positive and miss with its span in the raw body, for scripts/direct-errors.ts.
 */
import type { DirectError, GoldAttribution } from "./eval-quotes-types.js";
import { rawSpan } from "./text-spans.js";

/** A gold attribution placed in the normalized body. */
type PlacedGold = GoldAttribution & { span: [number, number] };

/** Reports the direct errors of one article with raw spans (see `DirectError`). */
export interface DirectErrorSink {
  fp: (
    span: [number, number],
    quote: DirectError["quote"],
    gold: GoldAttribution | null,
    all: boolean,
  ) => void;
  fn: (gold: PlacedGold, overlapping: [number, number][]) => void;
}

export function directErrorSink(
  report: (error: DirectError) => void,
  file: string,
  body: string,
  map: Int32Array,
): DirectErrorSink {
  const base = { file, body };
  return {
    fp: (span, quote, gold, all) =>
      report({
        ...base,
        type: "fp",
        span: rawSpan(map, span),
        quote,
        gold,
        correctForAll: all,
        overlapping: [],
      }),
    fn: (gold, overlapping) =>
      report({
        ...base,
        type: "fn",
        span: rawSpan(map, gold.span),
        quote: null,
        gold,
        correctForAll: false,
        overlapping: overlapping.map((s) => rawSpan(map, s)),
      }),
  };
}
