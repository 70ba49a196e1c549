/**
 * A first-order structured (averaged) perceptron over BIO tags (Collins, 2002): emission weights per
 * hashed feature and tag, transition weights per tag pair, Viterbi decoding. Deterministic; training
 * is in scripts/train-quotes.ts, the runtime in src/quotes/attribution.ts.
 */
import { FEATURES_PER_TOKEN } from "./features.js";

/** O, then B- and I- for content, source and cue. */
export const TAGS = ["O", "B-C", "I-C", "B-S", "I-S", "B-Q", "I-Q"] as const;
export const TAG_COUNT = TAGS.length;
export const O = 0;
if (TAG_COUNT !== 7) throw new Error("the decoder is unrolled for seven tags");

/** I-X may only follow B-X or I-X. */
function allowed(previous: number, tag: number): boolean {
  if (tag === 0 || tag % 2 === 1) return true;
  return previous === tag || previous === tag - 1;
}

/** For each tag, the tags allowed before it (all of them for O and B-, which may also start). */
const PREVIOUS: readonly Uint8Array[] = TAGS.map((_, t) =>
  Uint8Array.from(TAGS.map((__, p) => p).filter((p) => allowed(p, t))),
);

export interface Weights {
  bits: number;
  /**
   * `2^bits × TAG_COUNT` emission weights, each × `scale`: floats while training, int16 when read
   * from the committed file (half the memory, so more of it stays in cache).
   */
  emission: Float32Array | Int16Array;
  scale: number;
  /** `(TAG_COUNT + 1) × TAG_COUNT` transitions; row TAG_COUNT is the start. */
  transition: Float32Array;
}

export function createWeights(bits: number): Weights {
  return {
    bits,
    emission: new Float32Array((1 << bits) * TAG_COUNT),
    scale: 1,
    transition: new Float32Array((TAG_COUNT + 1) * TAG_COUNT),
  };
}

/** Tags allowed before each tag, as plain arrays for the decoder's inner loop. */
const FROMS: readonly (readonly number[])[] = PREVIOUS.map((froms) => [...froms]);
const STARTS = TAGS.map((_, t) => PREVIOUS[t]!.length === TAG_COUNT);

/**
 * The best tag sequence for `n` tokens with `features` (FEATURES_PER_TOKEN ids each). When given,
 * `emissions` (n × TAG_COUNT) receives each token's emission score per tag.
 * The seven emission sums are kept in locals (one pass over each feature's row): this loop is most
 * of the model's run time.
 */
export function viterbi(
  weights: Weights,
  features: Int32Array,
  n: number,
  emissions?: Float64Array,
): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const { emission, transition, scale } = weights;
  const T = TAG_COUNT;
  const F = FEATURES_PER_TOKEN;
  const score = new Float64Array(n * T);
  const back = new Uint8Array(n * T);
  const here = new Float64Array(T);
  for (let i = 0; i < n; i++) {
    let e0 = 0;
    let e1 = 0;
    let e2 = 0;
    let e3 = 0;
    let e4 = 0;
    let e5 = 0;
    let e6 = 0;
    for (let f = i * F, last = f + F; f < last; f++) {
      const row = features[f]! * T;
      e0 += emission[row]!;
      e1 += emission[row + 1]!;
      e2 += emission[row + 2]!;
      e3 += emission[row + 3]!;
      e4 += emission[row + 4]!;
      e5 += emission[row + 5]!;
      e6 += emission[row + 6]!;
    }
    here[0] = e0 * scale;
    here[1] = e1 * scale;
    here[2] = e2 * scale;
    here[3] = e3 * scale;
    here[4] = e4 * scale;
    here[5] = e5 * scale;
    here[6] = e6 * scale;
    const at = i * T;
    if (emissions) emissions.set(here, at);
    if (i === 0) {
      for (let t = 0; t < T; t++)
        score[t] = here[t]! + (STARTS[t] ? transition[T * T + t]! : -1e30);
      continue;
    }
    const prev = at - T;
    for (let t = 0; t < T; t++) {
      const froms = FROMS[t]!;
      let best = -1e30;
      let from = 0;
      for (let k = 0; k < froms.length; k++) {
        const p = froms[k]!;
        const s = score[prev + p]! + transition[p * T + t]!;
        if (s > best) {
          best = s;
          from = p;
        }
      }
      score[at + t] = here[t]! + best;
      back[at + t] = from;
    }
  }
  let last = 0;
  for (let t = 1; t < T; t++) {
    if (score[(n - 1) * T + t]! > score[(n - 1) * T + last]!) last = t;
  }
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = last;
    last = back[i * T + last]!;
  }
  return tags;
}

/** One training sequence: its features and gold tags. */
export interface Example {
  features: Int32Array;
  tags: Uint8Array;
}

/**
 * Trains an averaged perceptron for `epochs` passes over `examples`, shuffled with `seed` at each
 * pass. Averaging uses the accumulated-update trick (Daumé): avg = w − u / c.
 */
export function trainPerceptron(
  examples: readonly Example[],
  options: { bits: number; epochs: number; seed: number },
): Weights {
  return trainPerceptronEpochs(examples, { ...options, epochs: [options.epochs] })[0]!;
}

/** The averaged weights after `w` and `u` have seen `c - 1` examples. */
function averaged(w: Weights, u: Weights, c: number): Weights {
  const out = createWeights(w.bits);
  for (const table of ["emission", "transition"] as const) {
    const a = w[table];
    const b = u[table];
    const target = out[table];
    for (let i = 0; i < a.length; i++) target[i] = a[i]! - b[i]! / c;
  }
  return out;
}

/**
 * One training run that returns the averaged model after each epoch count in `epochs` (ascending):
 * the same weights as separate runs of `trainPerceptron` for each count, for the price of the
 * longest (cross-validation over epochs).
 */
export function trainPerceptronEpochs(
  examples: readonly Example[],
  options: { bits: number; epochs: readonly number[]; seed: number },
): Weights[] {
  const snapshots: Weights[] = [];
  const last = Math.max(...options.epochs);
  const w = createWeights(options.bits);
  const u = createWeights(options.bits);
  const random = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  let c = 1;
  const bump = (table: "emission" | "transition", index: number, delta: number) => {
    (w[table] as Float32Array)[index]! += delta;
    u[table][index]! += c * delta;
  };
  for (let epoch = 0; epoch < last; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { features, tags } = examples[index]!;
      const n = tags.length;
      const predicted = viterbi(w, features, n);
      for (let i = 0; i < n; i++) {
        const gold = tags[i]!;
        const guess = predicted[i]!;
        const goldPrev = i === 0 ? TAG_COUNT : tags[i - 1]!;
        const guessPrev = i === 0 ? TAG_COUNT : predicted[i - 1]!;
        if (gold !== guess) {
          const base = i * FEATURES_PER_TOKEN;
          for (let f = 0; f < FEATURES_PER_TOKEN; f++) {
            const row = features[base + f]! * TAG_COUNT;
            bump("emission", row + gold, 1);
            bump("emission", row + guess, -1);
          }
        }
        if (gold !== guess || goldPrev !== guessPrev) {
          bump("transition", goldPrev * TAG_COUNT + gold, 1);
          bump("transition", guessPrev * TAG_COUNT + guess, -1);
        }
      }
      c++;
    }
    if (options.epochs.includes(epoch + 1)) snapshots.push(averaged(w, u, c));
  }
  return snapshots;
}

/** Mulberry32: a small seeded generator, so training is the same at every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The model as committed: emission weights quantized to int16 with one scale, base64. */
export interface SerializedModel {
  format: "newsdesk-attribution-perceptron/1";
  bits: number;
  tags: readonly string[];
  featuresPerToken: number;
  /** Emission weights ÷ `scale`, rounded to int16 (little-endian), base64. */
  emission: string;
  scale: number;
  transition: number[];
  trainedOn: string;
}

export function serializeWeights(weights: Weights, trainedOn: string): SerializedModel {
  let max = 0;
  for (const v of weights.emission) max = Math.max(max, Math.abs(v * weights.scale));
  const scale = max / 32767 || 1;
  const bytes = new Int16Array(weights.emission.length);
  for (let i = 0; i < bytes.length; i++) {
    bytes[i] = Math.round((weights.emission[i]! * weights.scale) / scale);
  }
  return {
    format: "newsdesk-attribution-perceptron/1",
    bits: weights.bits,
    tags: TAGS,
    featuresPerToken: FEATURES_PER_TOKEN,
    emission: Buffer.from(bytes.buffer).toString("base64"),
    scale,
    transition: [...weights.transition].map((v) => Math.round(v * 1000) / 1000),
    trainedOn,
  };
}

/** @throws Error when the model was written for other tags or features. */
export function deserializeWeights(model: SerializedModel): Weights {
  if (model.format !== "newsdesk-attribution-perceptron/1" || model.tags.join() !== TAGS.join()) {
    throw new Error(`unknown attribution model format ${model.format}`);
  }
  if (model.featuresPerToken !== FEATURES_PER_TOKEN) {
    throw new Error(
      "the attribution model was trained with other features: run npm run train:quotes",
    );
  }
  const buffer = Buffer.from(model.emission, "base64");
  // A copy, so the int16 view starts at an aligned offset.
  const bytes = new Int16Array(new Uint8Array(buffer).buffer);
  return {
    bits: model.bits,
    emission: bytes,
    scale: model.scale,
    transition: Float32Array.from(model.transition),
  };
}
