import { describe, expect, it } from "vitest";
import { crfGradient, trainCrf, trainCrfEpochs } from "../../../src/quotes/model/crf.js";
import { featurize } from "../../../src/quotes/model/features.js";
import {
  allowed,
  createWeights,
  TAG_COUNT,
  TAGS,
  viterbi,
} from "../../../src/quotes/model/perceptron.js";
import { seededRandom } from "../../../src/random.js";
import { BITS, SAID_EXAMPLES, saidExample } from "./synthetic.js";

const tag = (name: (typeof TAGS)[number]) => TAGS.indexOf(name);
const OPTIONS = { bits: BITS, seed: 3, l2: 0.1, rate: 0.1, average: false, outputScale: 1 };

/** Small random weights on a grid of 1/1024 (exact in float32, so a step of 1/1024 is too). */
function randomWeights(seed: number) {
  const weights = createWeights(BITS);
  const random = seededRandom(seed);
  for (let i = 0; i < weights.emission.length; i++) {
    weights.emission[i] = Math.round((random() - 0.5) * 1024) / 1024;
  }
  for (let i = 0; i < weights.transition.length; i++) {
    weights.transition[i] = Math.round((random() - 0.5) * 1024) / 1024;
  }
  return weights;
}

describe("trainCrf", () => {
  it("learns to tag source, cue and content on held-out sentences", () => {
    const weights = trainCrf(SAID_EXAMPLES, { ...OPTIONS, epochs: 5 });
    const unseen = saidExample("Taylor", "the vote was close");
    expect([...viterbi(weights, unseen.features, unseen.tags.length)]).toEqual([...unseen.tags]);
  });

  it("learns with averaged iterates and an output scale too", () => {
    const weights = trainCrf(SAID_EXAMPLES, {
      ...OPTIONS,
      epochs: 5,
      average: true,
      outputScale: 50,
    });
    const unseen = saidExample("Taylor", "prices would fall");
    expect([...viterbi(weights, unseen.features, unseen.tags.length)]).toEqual([...unseen.tags]);
  });

  it("is deterministic for a seed", () => {
    const a = trainCrf(SAID_EXAMPLES, { ...OPTIONS, epochs: 2, average: true });
    const b = trainCrf(SAID_EXAMPLES, { ...OPTIONS, epochs: 2, average: true });
    expect([...a.emission]).toEqual([...b.emission]);
    expect([...a.transition]).toEqual([...b.transition]);
  });

  it("rejects gold tags that break the transition constraints", () => {
    const broken = saidExample("Smith", "taxes would rise");
    const tags = broken.tags.slice();
    tags[0] = tag("I-C");
    expect(() => trainCrf([{ ...broken, tags }], { ...OPTIONS, epochs: 1 })).toThrow(/constraints/);
  });
});

describe("trainCrfEpochs", () => {
  it("returns for each epoch count the model a separate run of that length trains", () => {
    const [one, three] = trainCrfEpochs(SAID_EXAMPLES, {
      ...OPTIONS,
      average: true,
      epochs: [1, 3],
    });
    for (const [epochs, snapshot] of [
      [1, one],
      [3, three],
    ] as const) {
      const alone = trainCrf(SAID_EXAMPLES, { ...OPTIONS, average: true, epochs });
      expect([...snapshot!.emission]).toEqual([...alone.emission]);
      expect([...snapshot!.transition]).toEqual([...alone.transition]);
    }
  });
});

describe("crfGradient", () => {
  const example = saidExample("Smith", "the deal was done");

  it("matches a central finite difference of the log-likelihood", () => {
    const weights = randomWeights(11);
    const { emission, transition } = crfGradient(weights, example);
    const h = 1 / 1024;
    const at = (table: "emission" | "transition", index: number) => {
      const values = weights[table] as Float32Array;
      const kept = values[index]!;
      values[index] = kept + h;
      const up = crfGradient(weights, example).logLikelihood;
      values[index] = kept - h;
      const down = crfGradient(weights, example).logLikelihood;
      values[index] = kept;
      return (up - down) / (2 * h);
    };
    const row = example.features[3]! * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) {
      expect(at("emission", row + t)).toBeCloseTo(emission[row + t]!, 4);
    }
    for (let i = 0; i < transition.length; i++) {
      expect(at("transition", i)).toBeCloseTo(transition[i]!, 4);
    }
  });

  it("gives disallowed transitions and I- tags at the start no probability", () => {
    const weights = randomWeights(5);
    const { transition } = crfGradient(weights, example);
    const gold = new Set(
      [...example.tags].map((t, i) => (i === 0 ? TAG_COUNT : example.tags[i - 1]!) * 7 + t),
    );
    for (let previous = 0; previous <= TAG_COUNT; previous++) {
      for (let t = 0; t < TAG_COUNT; t++) {
        const possible = allowed(previous === TAG_COUNT ? 0 : previous, t);
        const index = previous * TAG_COUNT + t;
        if (!possible) expect(transition[index]).toBe(0);
        else if (!gold.has(index)) expect(transition[index]!).toBeLessThan(0);
      }
    }
  });

  it("has a log-likelihood of at most zero, near zero for a confident right model", () => {
    const trained = trainCrf(SAID_EXAMPLES, { ...OPTIONS, epochs: 10, l2: 0 });
    const { logLikelihood } = crfGradient(trained, example);
    expect(logLikelihood).toBeLessThanOrEqual(0);
    expect(logLikelihood).toBeGreaterThan(-0.5);
    const { tokens, features } = featurize("Smith said the deal was done.", BITS);
    expect(viterbi(trained, features, tokens.length).length).toBe(tokens.length);
  });
});
