/**
 * The tagger's marginal probabilities: for each token and tag, the probability of the tag under the
 * linear-chain model that the weights define (scores ÷ `temperature` as log-potentials), summed over
 * every tag sequence the transitions allow, by forward–backward (scaled, as in src/quotes/model/crf.ts).
 * Viterbi's margin says how much better the best sequence is at a token; the marginal also counts the
 * sequences that disagree, so it is the better-calibrated confidence for the statement filter
 * (docs/adr/0018-attribution-model.md).
 */
import { allowed, TAG_COUNT, type Weights } from "./perceptron.js";

const T = TAG_COUNT;
const START = T * T;

/** The tags any tag may precede: O and the B- tags (the sums below are unrolled for these). */
const OPEN = [0, 1, 3, 5] as const;
if (TAG_COUNT !== 7 || OPEN.some((t) => !allowed(6, t)) || allowed(0, 2)) {
  throw new Error("the marginals are unrolled for O, then B- and I- of three kinds");
}

/** Reused buffers (synchronous), grown as paragraphs need. */
let psi = new Float64Array(0);
let alpha = new Float64Array(0);
let beta = new Float64Array(0);
let norm = new Float64Array(0);
const potential = new Float64Array((T + 1) * T);
/** What flows into each tag of a token from the token before, in the forward pass. */
const into = new Float64Array(T);

/**
 * Marginals (n × TAG_COUNT, each token's summing to 1) of the tags of `n` tokens whose emission
 * scores per tag (as `viterbi` reports them, in decoding units) are `emissions`. The sums run over
 * the allowed transitions only: about two thirds of the pairs.
 */
export function tagPosteriors(
  weights: Pick<Weights, "transition">,
  emissions: Float64Array,
  n: number,
  temperature: number,
): Float64Array {
  const out = new Float64Array(n * T);
  if (n === 0) return out;
  if (psi.length < n * T) {
    psi = new Float64Array(n * T * 2);
    alpha = new Float64Array(n * T * 2);
    beta = new Float64Array(n * T * 2);
    norm = new Float64Array(n * 2);
  }
  for (let i = 0; i <= T; i++) {
    for (let t = 0; t < T; t++) {
      const ok = allowed(i === T ? 0 : i, t);
      potential[i * T + t] = ok ? Math.exp(weights.transition[i * T + t]! / temperature) : 0;
    }
  }
  for (let i = 0; i < n; i++) {
    const at = i * T;
    let max = Number.NEGATIVE_INFINITY;
    for (let t = 0; t < T; t++) max = Math.max(max, emissions[at + t]!);
    for (let t = 0; t < T; t++) psi[at + t] = Math.exp((emissions[at + t]! - max) / temperature);
  }
  // Forward, each column normalized to sum 1 (its normalizer in `norm`). O and B- may follow
  // every tag; I-X only B-X and I-X (`allowed`), so theirs are two-term sums.
  const q = potential;
  for (let i = 0; i < n; i++) {
    const at = i * T;
    if (i === 0) {
      for (let t = 0; t < T; t++) into[t] = q[START + t]!;
    } else {
      const b = at - T;
      const a0 = alpha[b]!;
      const a1 = alpha[b + 1]!;
      const a2 = alpha[b + 2]!;
      const a3 = alpha[b + 3]!;
      const a4 = alpha[b + 4]!;
      const a5 = alpha[b + 5]!;
      const a6 = alpha[b + 6]!;
      for (const t of OPEN) {
        into[t] =
          a0 * q[t]! +
          a1 * q[T + t]! +
          a2 * q[2 * T + t]! +
          a3 * q[3 * T + t]! +
          a4 * q[4 * T + t]! +
          a5 * q[5 * T + t]! +
          a6 * q[6 * T + t]!;
      }
      into[2] = a1 * q[T + 2]! + a2 * q[2 * T + 2]!;
      into[4] = a3 * q[3 * T + 4]! + a4 * q[4 * T + 4]!;
      into[6] = a5 * q[5 * T + 6]! + a6 * q[6 * T + 6]!;
    }
    let sum = 0;
    for (let t = 0; t < T; t++) {
      const value = into[t]! * psi[at + t]!;
      alpha[at + t] = value;
      sum += value;
    }
    norm[i] = sum;
    for (let t = 0; t < T; t++) alpha[at + t]! /= sum;
  }
  // Backward, scaled by the same normalizers.
  for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = 1;
  for (let i = n - 2; i >= 0; i--) {
    const at = i * T;
    const next = at + T;
    const scale = norm[i + 1]!;
    const w0 = psi[next]! * beta[next]!;
    const w1 = psi[next + 1]! * beta[next + 1]!;
    const w2 = psi[next + 2]! * beta[next + 2]!;
    const w3 = psi[next + 3]! * beta[next + 3]!;
    const w4 = psi[next + 4]! * beta[next + 4]!;
    const w5 = psi[next + 5]! * beta[next + 5]!;
    const w6 = psi[next + 6]! * beta[next + 6]!;
    for (let p = 0; p < T; p++) {
      const r = p * T;
      // O and every B- follow any tag; I-X follows B-X and I-X only.
      let sum = q[r]! * w0 + q[r + 1]! * w1 + q[r + 3]! * w3 + q[r + 5]! * w5;
      if (p === 1 || p === 2) sum += q[r + 2]! * w2;
      else if (p === 3 || p === 4) sum += q[r + 4]! * w4;
      else if (p === 5 || p === 6) sum += q[r + 6]! * w6;
      beta[at + p] = sum / scale;
    }
  }
  for (let i = 0; i < n * T; i++) out[i] = alpha[i]! * beta[i]!;
  return out;
}
