/**
 * The tagger trained as a first-order linear-chain CRF (Lafferty et al., 2001) instead of an averaged
 * perceptron: the same `Weights` (emission per hashed feature and tag, transitions with a start row),
 * the same allowed transitions (`I-X` only after `B-X` or `I-X`), the same `viterbi` at run time. The
 * weights maximize the paragraphs' conditional log-likelihood minus an L2 penalty by stochastic
 * gradient ascent (Bottou's SGD for CRFs): the gradient of a paragraph is its gold feature counts
 * minus their expectations under the model (forward–backward). Deterministic: seeded shuffle, fixed
 * order of arithmetic.
 *
 * - Forward–backward is the scaled form (Rabiner): each token's emissions are exponentiated after
 *   subtracting their maximum and each forward column is normalized, so nothing under- or overflows;
 *   the log-partition is the sum of the logs of the normalizers and maxima. Disallowed transitions
 *   have potential 0 (score −∞).
 * - L2 is lazy: the weights are `a · v`; the penalty's shrinking of every weight is a multiplication
 *   of the scalar `a`, so a step costs only the features the paragraph touches.
 * - Optional averaging of the iterates (ASGD) is lazy too: the running sum is `u + b · v` (`b` the sum
 *   of the scalars so far); a change `δ` of `v_j` subtracts `b · δ` from `u_j`.
 * - The rate falls as `rate / (1 + t / N)` (`t` paragraphs seen, `N` paragraphs per epoch).
 * - The trained weights are multiplied by `outputScale` (Viterbi's choice does not change under a
 *   positive factor): CRF weights are log-odds, a few units, while the tagger's confidence (mean
 *   emission margin over O, src/quotes/model/attribution.ts) feeds the statement filter in buckets
 *   set on the perceptron's scale (100–550).
 */
import { seededRandom } from "../../random.js";
import { FEATURES_PER_TOKEN } from "./features.js";
import { allowed, createWeights, type Example, TAG_COUNT, type Weights } from "./perceptron.js";

export interface CrfOptions {
  bits: number;
  epochs: number;
  seed: number;
  /** L2 strength on the whole objective (log-likelihood of all paragraphs − l2/2 · |w|²). */
  l2: number;
  /** The first step size; it falls as `rate / (1 + t / N)`. */
  rate: number;
  /** Whether the returned weights are the average of the iterates (else the last iterate). */
  average: boolean;
  /** Factor on the returned weights (see the module comment). */
  outputScale: number;
}

const T = TAG_COUNT;
const START = T * T;
const TRANSITIONS = (T + 1) * T;

/** Transition potentials' mask: 1 where `previous → tag` (row T: start) is allowed. */
const ALLOWED = Float64Array.from({ length: TRANSITIONS }, (_, i) => {
  const previous = Math.floor(i / T);
  const tag = i % T;
  // A tag may start a paragraph where it may follow O.
  return allowed(previous === T ? 0 : previous, tag) ? 1 : 0;
});

/** Reused buffers, grown as paragraphs need (training is synchronous). */
class Lattice {
  psi = new Float64Array(0);
  alpha = new Float64Array(0);
  beta = new Float64Array(0);
  norm = new Float64Array(0);
  /** Per token and tag: the model's marginal probability. */
  unary = new Float64Array(0);
  /** Expected transition counts, `(T + 1) × T` (row T: start). */
  pair = new Float64Array(TRANSITIONS);
  potential = new Float64Array(TRANSITIONS);

  grow(n: number): void {
    if (this.psi.length >= n * T) return;
    const size = n * T * 2;
    this.psi = new Float64Array(size);
    this.alpha = new Float64Array(size);
    this.beta = new Float64Array(size);
    this.unary = new Float64Array(size);
    this.norm = new Float64Array(n * 2);
  }
}

/**
 * Fills `lattice.unary` and `lattice.pair` with the marginals of a paragraph under the weights
 * `a · v` (emissions in `v[0, E)`, transitions from `v[E]`); returns its log-likelihood.
 * @throws Error when the gold tags break the transition constraints.
 */
function expectations(v: Float64Array, a: number, example: Example, lattice: Lattice): number {
  const { features, tags } = example;
  const n = tags.length;
  const E = v.length - TRANSITIONS;
  const F = FEATURES_PER_TOKEN;
  lattice.grow(n);
  const { psi, alpha, beta, norm, unary, pair, potential } = lattice;
  for (let i = 0; i < TRANSITIONS; i++) {
    potential[i] = ALLOWED[i]! * Math.exp(a * v[E + i]!);
  }
  let logZ = 0;
  let gold = 0;
  for (let i = 0; i < n; i++) {
    const at = i * T;
    for (let t = 0; t < T; t++) psi[at + t] = 0;
    for (let f = i * F, last = f + F; f < last; f++) {
      const row = features[f]! * T;
      for (let t = 0; t < T; t++) psi[at + t]! += v[row + t]!;
    }
    let max = Number.NEGATIVE_INFINITY;
    for (let t = 0; t < T; t++) {
      psi[at + t]! *= a;
      if (psi[at + t]! > max) max = psi[at + t]!;
    }
    const tag = tags[i]!;
    const previous = i === 0 ? T : tags[i - 1]!;
    if (ALLOWED[previous * T + tag] === 0) {
      throw new Error(`gold tags break the constraints at ${i}`);
    }
    gold += psi[at + tag]! + a * v[E + previous * T + tag]!;
    logZ += max;
    for (let t = 0; t < T; t++) psi[at + t] = Math.exp(psi[at + t]! - max);
  }
  // Forward, each column normalized to sum 1 (its normalizer in `norm`).
  for (let i = 0; i < n; i++) {
    const at = i * T;
    let sum = 0;
    for (let t = 0; t < T; t++) {
      let into = 0;
      if (i === 0) into = potential[START + t]!;
      else for (let p = 0; p < T; p++) into += alpha[at - T + p]! * potential[p * T + t]!;
      const value = into * psi[at + t]!;
      alpha[at + t] = value;
      sum += value;
    }
    norm[i] = sum;
    logZ += Math.log(sum);
    for (let t = 0; t < T; t++) alpha[at + t]! /= sum;
  }
  // Backward, scaled by the same normalizers.
  for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = 1;
  for (let i = n - 2; i >= 0; i--) {
    const at = i * T;
    const next = at + T;
    for (let p = 0; p < T; p++) {
      let out = 0;
      for (let t = 0; t < T; t++) out += potential[p * T + t]! * psi[next + t]! * beta[next + t]!;
      beta[at + p] = out / norm[i + 1]!;
    }
  }
  pair.fill(0);
  for (let i = 0; i < n; i++) {
    const at = i * T;
    for (let t = 0; t < T; t++) unary[at + t] = alpha[at + t]! * beta[at + t]!;
    if (i === 0) {
      for (let t = 0; t < T; t++) pair[START + t]! += unary[t]!;
      continue;
    }
    for (let t = 0; t < T; t++) {
      const right = (psi[at + t]! * beta[at + t]!) / norm[i]!;
      for (let p = 0; p < T; p++) {
        pair[p * T + t]! += alpha[at - T + p]! * potential[p * T + t]! * right;
      }
    }
  }
  return gold - logZ;
}

/** The flat parameter vector of `weights` (emission × scale, then transitions). */
function flatten(weights: Weights): Float64Array {
  const E = weights.emission.length;
  const v = new Float64Array(E + TRANSITIONS);
  for (let i = 0; i < E; i++) v[i] = weights.emission[i]! * weights.scale;
  v.set(weights.transition, E);
  return v;
}

/**
 * A paragraph's log-likelihood under `weights` and its gradient (gold counts − expected counts),
 * split like the weights. For tests and checks; training uses the same computation in place.
 */
export function crfGradient(
  weights: Weights,
  example: Example,
): { logLikelihood: number; emission: Float64Array; transition: Float64Array } {
  const v = flatten(weights);
  const lattice = new Lattice();
  const logLikelihood = expectations(v, 1, example, lattice);
  const emission = new Float64Array(weights.emission.length);
  const transition = new Float64Array(TRANSITIONS);
  const { features, tags } = example;
  for (let i = 0; i < tags.length; i++) {
    for (let f = i * FEATURES_PER_TOKEN; f < (i + 1) * FEATURES_PER_TOKEN; f++) {
      const row = features[f]! * T;
      for (let t = 0; t < T; t++) {
        emission[row + t]! += (tags[i] === t ? 1 : 0) - lattice.unary[i * T + t]!;
      }
    }
    transition[(i === 0 ? T : tags[i - 1]!) * T + tags[i]!]! += 1;
  }
  for (let i = 0; i < TRANSITIONS; i++) transition[i]! -= lattice.pair[i]!;
  return { logLikelihood, emission, transition };
}

/** Trains a CRF for `options.epochs` passes (see the module comment). */
export function trainCrf(examples: readonly Example[], options: CrfOptions): Weights {
  return trainCrfEpochs(examples, { ...options, epochs: [options.epochs] })[0]!;
}

/**
 * One training run that returns the model after each epoch count in `epochs` (ascending): the same
 * weights as separate runs of `trainCrf` (the rate schedule does not depend on the last epoch).
 */
export function trainCrfEpochs(
  examples: readonly Example[],
  options: Omit<CrfOptions, "epochs"> & { epochs: readonly number[] },
): Weights[] {
  const size = (1 << options.bits) * T + TRANSITIONS;
  const v = new Float64Array(size);
  const u = options.average ? new Float64Array(size) : null;
  const N = Math.max(1, examples.length);
  const shrink = options.l2 / N;
  const random = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  const lattice = new Lattice();
  const snapshots: Weights[] = [];
  let a = 1;
  let b = 0;
  let steps = 0;
  const last = Math.max(...options.epochs);
  const bump = (index: number, delta: number) => {
    const change = delta / a;
    v[index]! += change;
    if (u) u[index]! -= b * change;
  };
  for (let epoch = 0; epoch < last; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const example = examples[index]!;
      const { features, tags } = example;
      const n = tags.length;
      const eta = options.rate / (1 + steps / N);
      if (n > 0) {
        expectations(v, a, example, lattice);
        a *= 1 - eta * shrink;
        const E = size - TRANSITIONS;
        for (let i = 0; i < n; i++) {
          const at = i * T;
          for (let f = i * FEATURES_PER_TOKEN; f < (i + 1) * FEATURES_PER_TOKEN; f++) {
            const row = features[f]! * T;
            for (let t = 0; t < T; t++) {
              bump(row + t, eta * ((tags[i] === t ? 1 : 0) - lattice.unary[at + t]!));
            }
          }
          bump(E + (i === 0 ? T : tags[i - 1]!) * T + tags[i]!, eta);
        }
        for (let i = 0; i < TRANSITIONS; i++) bump(E + i, -eta * lattice.pair[i]!);
      } else {
        a *= 1 - eta * shrink;
      }
      b += a;
      steps++;
      if (a < 1e-6) {
        for (let i = 0; i < size; i++) v[i]! *= a;
        b /= a;
        a = 1;
      }
    }
    if (options.epochs.includes(epoch + 1)) {
      snapshots.push(toWeights(v, u, a, b, steps, options));
    }
  }
  return snapshots;
}

/** The current (or averaged) weights × `outputScale`, as the decoder reads them. */
function toWeights(
  v: Float64Array,
  u: Float64Array | null,
  a: number,
  b: number,
  steps: number,
  options: Pick<CrfOptions, "bits" | "outputScale">,
): Weights {
  const weights = createWeights(options.bits);
  const E = weights.emission.length;
  const k = options.outputScale;
  const value = u ? (i: number) => (k * (u[i]! + b * v[i]!)) / steps : (i: number) => k * a * v[i]!;
  for (let i = 0; i < E; i++) weights.emission[i] = value(i);
  for (let i = 0; i < TRANSITIONS; i++) weights.transition[i] = value(E + i);
  return weights;
}
