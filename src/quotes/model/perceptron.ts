/**
 * A first-order structured (averaged) perceptron over BIO tags (Collins, 2002): emission weights per
 * hashed feature and tag, transition weights per tag pair, Viterbi decoding. Deterministic; training
 * is in scripts/train-quotes.ts, the runtime in src/quotes/attribution.ts.
 */
import { seededRandom } from "../../random.js";
import { FEATURES_PER_TOKEN } from "./features.js";

/** O, then B- and I- for content, source and cue. */
export const TAGS = ["O", "B-C", "I-C", "B-S", "I-S", "B-Q", "I-Q"] as const;
export const TAG_COUNT = TAGS.length;
export const O = 0;
if (TAG_COUNT !== 7) throw new Error("the decoder is unrolled for seven tags");

/** I-X may only follow B-X or I-X. */
export function allowed(previous: number, tag: number): boolean {
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
  /** Learned cue words the features were computed with (features.ts), if any. */
  cueWords?: ReadonlySet<string>;
}

/**
 * `weights` with every transition into O lowered by `bias` (in decoding units, the emission sums ×
 * `scale`): Viterbi then chooses a tag other than O where it has `bias` less evidence for it. Every
 * token's tag is entered by exactly one transition (from the start row or the tag before), so this
 * is the same as lowering O's emission score at every token; the emission margins the tagger's
 * confidence reads are unchanged. The tagger recalls more and is less precise; the statement filter
 * (src/quotes/model/filter.ts) is trained on what it then finds (docs/adr/0018).
 */
export function penalizeOutside(weights: Weights, bias: number): Weights {
  if (bias === 0) return weights;
  const transition = Float32Array.from(weights.transition);
  for (let previous = 0; previous <= TAG_COUNT; previous++) {
    transition[previous * TAG_COUNT + O] = transition[previous * TAG_COUNT + O]! - bias;
  }
  return { ...weights, transition };
}

export function createWeights(bits: number): Weights {
  return {
    bits,
    emission: new Float32Array((1 << bits) * TAG_COUNT),
    scale: 1,
    transition: new Float32Array((TAG_COUNT + 1) * TAG_COUNT),
  };
}

/** Whether a tag may start a sequence (O and B-: every tag may come before them). */
const STARTS = TAGS.map((_, t) => PREVIOUS[t]!.length === TAG_COUNT);
if (STARTS.join() !== [true, true, false, true, false, true, false].join()) {
  throw new Error("the decoder is unrolled for O, then B- and I- of three kinds");
}

/** Reused decoder buffers (the decoder is synchronous), grown as paragraphs need. */
let scoreBuffer = new Float64Array(0);
let backBuffer = new Uint8Array(0);

/**
 * The best tag sequence for `n` tokens with `features` (FEATURES_PER_TOKEN ids each). When given,
 * `emissions` (n × TAG_COUNT) receives each token's emission score per tag.
 * The seven emission sums are kept in locals (one pass over each feature's row), and so are the
 * previous token's scores: this loop is most of the model's run time. The arithmetic is the plain
 * loop's, in the same order (O and B- take the best of all seven tags before them, lowest tag
 * first on ties; I-X the better of B-X and I-X), so the tags and scores are the same to the bit.
 */
export function viterbi(
  weights: Weights,
  features: Int32Array,
  n: number,
  emissions?: Float64Array,
): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const { emission, transition: tr, scale } = weights;
  const T = TAG_COUNT;
  const F = FEATURES_PER_TOKEN;
  if (scoreBuffer.length < n * T) {
    scoreBuffer = new Float64Array(n * T * 2);
    backBuffer = new Uint8Array(n * T * 2);
  }
  const score = scoreBuffer;
  const back = backBuffer;
  const START = T * T;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let s5 = 0;
  let s6 = 0;
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
    const h0 = e0 * scale;
    const h1 = e1 * scale;
    const h2 = e2 * scale;
    const h3 = e3 * scale;
    const h4 = e4 * scale;
    const h5 = e5 * scale;
    const h6 = e6 * scale;
    const at = i * T;
    if (emissions) {
      emissions[at] = h0;
      emissions[at + 1] = h1;
      emissions[at + 2] = h2;
      emissions[at + 3] = h3;
      emissions[at + 4] = h4;
      emissions[at + 5] = h5;
      emissions[at + 6] = h6;
    }
    if (i === 0) {
      s0 = h0 + tr[START]!;
      s1 = h1 + tr[START + 1]!;
      s2 = h2 + -1e30;
      s3 = h3 + tr[START + 3]!;
      s4 = h4 + -1e30;
      s5 = h5 + tr[START + 5]!;
      s6 = h6 + -1e30;
    } else {
      const n0 = h0 + bestBefore(s0, s1, s2, s3, s4, s5, s6, tr, 0, back, at);
      const n1 = h1 + bestBefore(s0, s1, s2, s3, s4, s5, s6, tr, 1, back, at + 1);
      const n3 = h3 + bestBefore(s0, s1, s2, s3, s4, s5, s6, tr, 3, back, at + 3);
      const n5 = h5 + bestBefore(s0, s1, s2, s3, s4, s5, s6, tr, 5, back, at + 5);
      const n2 = h2 + betterOf(s1, s2, tr, 1, 2, back, at + 2);
      const n4 = h4 + betterOf(s3, s4, tr, 3, 4, back, at + 4);
      const n6 = h6 + betterOf(s5, s6, tr, 5, 6, back, at + 6);
      s0 = n0;
      s1 = n1;
      s2 = n2;
      s3 = n3;
      s4 = n4;
      s5 = n5;
      s6 = n6;
    }
    score[at] = s0;
    score[at + 1] = s1;
    score[at + 2] = s2;
    score[at + 3] = s3;
    score[at + 4] = s4;
    score[at + 5] = s5;
    score[at + 6] = s6;
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

/** The best previous score plus its transition into `t`, over all seven tags; its tag to `back`. */
function bestBefore(
  s0: number,
  s1: number,
  s2: number,
  s3: number,
  s4: number,
  s5: number,
  s6: number,
  tr: Float32Array,
  t: number,
  back: Uint8Array,
  at: number,
): number {
  const T = TAG_COUNT;
  let best = -1e30;
  let from = 0;
  let s = s0 + tr[t]!;
  if (s > best) {
    best = s;
    from = 0;
  }
  s = s1 + tr[T + t]!;
  if (s > best) {
    best = s;
    from = 1;
  }
  s = s2 + tr[2 * T + t]!;
  if (s > best) {
    best = s;
    from = 2;
  }
  s = s3 + tr[3 * T + t]!;
  if (s > best) {
    best = s;
    from = 3;
  }
  s = s4 + tr[4 * T + t]!;
  if (s > best) {
    best = s;
    from = 4;
  }
  s = s5 + tr[5 * T + t]!;
  if (s > best) {
    best = s;
    from = 5;
  }
  s = s6 + tr[6 * T + t]!;
  if (s > best) {
    best = s;
    from = 6;
  }
  back[at] = from;
  return best;
}

/** For I-X (`t`): the better of B-X (`b`) and I-X before it. */
function betterOf(
  sb: number,
  si: number,
  tr: Float32Array,
  b: number,
  t: number,
  back: Uint8Array,
  at: number,
): number {
  const T = TAG_COUNT;
  let best = -1e30;
  let from = 0;
  let s = sb + tr[b * T + t]!;
  if (s > best) {
    best = s;
    from = b;
  }
  s = si + tr[t * T + t]!;
  if (s > best) {
    best = s;
    from = t;
  }
  back[at] = from;
  return best;
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
  /** Learned cue words (lower case, sorted), when the features used them. */
  cueWords?: string[];
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
    ...(weights.cueWords ? { cueWords: [...weights.cueWords].sort() } : {}),
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
    ...(model.cueWords ? { cueWords: new Set(model.cueWords) } : {}),
  };
}
