import { describe, expect, it } from "vitest";
import { FEATURES_PER_TOKEN, featurize } from "../../../src/quotes/model/features.js";
import {
  createWeights,
  deserializeWeights,
  penalizeOutside,
  serializeWeights,
  TAGS,
  trainPerceptron,
  trainPerceptronEpochs,
  viterbi,
} from "../../../src/quotes/model/perceptron.js";
import { BITS, SAID_EXAMPLES, saidExample } from "./synthetic.js";

const tag = (name: (typeof TAGS)[number]) => TAGS.indexOf(name);
const examples = SAID_EXAMPLES;
const example = saidExample;

describe("trainPerceptron", () => {
  it("learns to tag source, cue and content on held-out sentences", () => {
    const weights = trainPerceptron(examples, { bits: BITS, epochs: 5, seed: 1 });
    const unseen = example("Taylor", "the vote was close");
    expect([...viterbi(weights, unseen.features, unseen.tags.length)]).toEqual([...unseen.tags]);
  });

  it("is deterministic for a seed", () => {
    const a = trainPerceptron(examples, { bits: BITS, epochs: 2, seed: 7 });
    const b = trainPerceptron(examples, { bits: BITS, epochs: 2, seed: 7 });
    expect([...a.emission]).toEqual([...b.emission]);
  });
});

describe("trainPerceptronEpochs", () => {
  it("returns for each epoch count the model a separate run of that length trains", () => {
    const [two, four] = trainPerceptronEpochs(examples, { bits: BITS, epochs: [2, 4], seed: 5 });
    for (const [epochs, snapshot] of [
      [2, two],
      [4, four],
    ] as const) {
      const alone = trainPerceptron(examples, { bits: BITS, epochs, seed: 5 });
      expect([...snapshot!.emission]).toEqual([...alone.emission]);
      expect([...snapshot!.transition]).toEqual([...alone.transition]);
    }
  });
});

describe("viterbi", () => {
  it("never puts an I- tag after a tag of another kind", () => {
    const weights = createWeights(BITS);
    weights.transition.fill(0);
    // Emissions that prefer I-C everywhere: the first token cannot be I-C.
    weights.emission.fill(0);
    for (let row = 0; row < 1 << BITS; row++) weights.emission[row * TAGS.length + tag("I-C")] = 1;
    const { tokens, features } = featurize("one two three", BITS);
    const tags = viterbi(weights, features, tokens.length);
    expect(tags[0]).not.toBe(tag("I-C"));
    expect([...tags.slice(1)]).toEqual([tag("I-C"), tag("I-C")]);
  });
});

describe("penalizeOutside", () => {
  it("decodes as if O's emission score were lower by the penalty at every token", () => {
    const weights = trainPerceptron(examples, { bits: BITS, epochs: 3, seed: 3 });
    const before = [...weights.transition];
    const penalty = 6 * FEATURES_PER_TOKEN;
    const penalized = penalizeOutside(weights, penalty);
    // The same penalty spread over the emission rows: each token sums FEATURES_PER_TOKEN of them.
    const lowered = { ...weights, emission: Float32Array.from(weights.emission) };
    for (let at = 0; at < lowered.emission.length; at += TAGS.length) {
      lowered.emission[at] = lowered.emission[at]! - 6;
    }
    let changed = 0;
    for (const e of examples) {
      const tags = [...viterbi(penalized, e.features, e.tags.length)];
      expect(tags).toEqual([...viterbi(lowered, e.features, e.tags.length)]);
      if (tags.join() !== [...viterbi(weights, e.features, e.tags.length)].join()) changed++;
    }
    expect(changed).toBeGreaterThan(0);
    expect([...weights.transition]).toEqual(before);
  });

  it("turns O into another tag only where the margin is below the penalty", () => {
    const weights = createWeights(BITS);
    weights.transition.fill(0);
    weights.emission.fill(0);
    // Per token: O scores FEATURES_PER_TOKEN, B-C half that.
    for (let row = 0; row < 1 << BITS; row++) {
      weights.emission[row * TAGS.length + tag("O")] = 1;
      weights.emission[row * TAGS.length + tag("B-C")] = 0.5;
    }
    const { tokens, features } = featurize("one two three", BITS);
    const margin = FEATURES_PER_TOKEN / 2;
    const decode = (penalty: number) =>
      [...viterbi(penalizeOutside(weights, penalty), features, tokens.length)].map((t) => TAGS[t]);
    expect(decode(0)).toEqual(["O", "O", "O"]);
    expect(decode(margin - 1)).toEqual(["O", "O", "O"]);
    expect(decode(margin + 1)).toEqual(["B-C", "B-C", "B-C"]);
  });
});

describe("serializeWeights", () => {
  it("round-trips through the committed format with the same decisions", () => {
    const weights = trainPerceptron(examples, { bits: BITS, epochs: 3, seed: 3 });
    const restored = deserializeWeights(
      JSON.parse(JSON.stringify(serializeWeights(weights, "test"))),
    );
    for (const e of examples.slice(0, 6)) {
      expect([...viterbi(restored, e.features, e.tags.length)]).toEqual([
        ...viterbi(weights, e.features, e.tags.length),
      ]);
    }
  });
});

describe("deserializeWeights", () => {
  it("restores the learned cue words the features were computed with", () => {
    const model = serializeWeights(
      { ...createWeights(4), cueWords: new Set(["wary", "prefers"]) },
      "test",
    );
    expect(model.cueWords).toEqual(["prefers", "wary"]);
    expect([...(deserializeWeights(model).cueWords ?? [])].sort()).toEqual(["prefers", "wary"]);
    expect(deserializeWeights(serializeWeights(createWeights(4), "test")).cueWords).toBeUndefined();
  });

  it("refuses a model written for other features", () => {
    const model = serializeWeights(createWeights(4), "test");
    expect(() => deserializeWeights({ ...model, featuresPerToken: 3 })).toThrow(/train:quotes/);
  });
});
