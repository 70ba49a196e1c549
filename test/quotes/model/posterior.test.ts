import { describe, expect, it } from "vitest";
import { trainCrf } from "../../../src/quotes/model/crf.js";
import { allowed, TAG_COUNT, viterbi } from "../../../src/quotes/model/perceptron.js";
import { tagPosteriors } from "../../../src/quotes/model/posterior.js";
import { seededRandom } from "../../../src/random.js";
import { BITS, SAID_EXAMPLES, saidExample } from "./synthetic.js";

const T = TAG_COUNT;

/** Marginals by summing over every allowed tag sequence (tiny inputs only). */
function bruteForce(
  transition: Float32Array,
  emissions: Float64Array,
  n: number,
  temperature: number,
) {
  const out = new Float64Array(n * T);
  let total = 0;
  const tags = new Array<number>(n).fill(0);
  const visit = (i: number, score: number) => {
    if (i === n) {
      const p = Math.exp(score / temperature);
      total += p;
      for (let k = 0; k < n; k++) out[k * T + tags[k]!]! += p;
      return;
    }
    for (let t = 0; t < T; t++) {
      const previous = i === 0 ? T : tags[i - 1]!;
      if (!allowed(i === 0 ? 0 : previous, t)) continue;
      tags[i] = t;
      visit(i + 1, score + transition[previous * T + t]! + emissions[i * T + t]!);
    }
  };
  visit(0, 0);
  return out.map((v) => v / total);
}

describe("tagPosteriors", () => {
  it("equals the marginals summed over every allowed tag sequence", () => {
    const random = seededRandom(3);
    const transition = Float32Array.from({ length: (T + 1) * T }, () => (random() - 0.5) * 4);
    const n = 4;
    const emissions = Float64Array.from({ length: n * T }, () => (random() - 0.5) * 300);
    const got = tagPosteriors({ transition }, emissions, n, 80);
    const want = bruteForce(transition, emissions, n, 80);
    for (let i = 0; i < n * T; i++) expect(got[i]).toBeCloseTo(want[i]!, 9);
  });

  it("gives each token's tags a total of 1 and never an I- tag without its B-", () => {
    const weights = trainCrf(SAID_EXAMPLES, {
      bits: BITS,
      epochs: 3,
      seed: 1,
      l2: 1,
      rate: 0.1,
      average: true,
      outputScale: 80,
    });
    const unseen = saidExample("Taylor", "the vote was close");
    const n = unseen.tags.length;
    const emissions = new Float64Array(n * T);
    const best = viterbi(weights, unseen.features, n, emissions);
    const posterior = tagPosteriors(weights, emissions, n, 80);
    for (let i = 0; i < n; i++) {
      const row = posterior.slice(i * T, (i + 1) * T);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      // The first token may not be I-anything.
      if (i === 0) for (let t = 2; t < T; t += 2) expect(row[t]).toBe(0);
      // On this easy sentence the best path's tag is also the most probable one.
      expect(row.indexOf(Math.max(...row))).toBe(best[i]);
    }
  });

  it("returns nothing for no tokens", () => {
    expect(
      tagPosteriors({ transition: new Float32Array((T + 1) * T) }, new Float64Array(0), 0, 80),
    ).toHaveLength(0);
  });
});
