import { describe, expect, it } from "vitest";
import {
  type FilterExample,
  filterProbability,
  keepsStatement,
  parseFilter,
  type StatementFilter,
  trainFilter,
  trainLogistic,
} from "../../../src/quotes/model/filter.js";

/** `good` statements are right 9 times in 10, `bad` ones 1 in 10; `noise` says nothing. */
function labelled(): { features: string[]; label: boolean }[] {
  const out: { features: string[]; label: boolean }[] = [];
  for (let i = 0; i < 200; i++) {
    const good = i % 2 === 0;
    const label = good ? i % 20 !== 0 : i % 20 === 1;
    out.push({ features: [good ? "good" : "bad", `noise=${i % 3}`], label });
  }
  return out;
}

function filter(over: Partial<StatementFilter> = {}): StatementFilter {
  return {
    format: "newsdesk-statement-filter/2",
    statement: { weights: { good: 2, bad: -2 }, bias: 0 },
    threshold: 0.5,
    speaker: { weights: { "speaker=null": -3 }, bias: 1 },
    speakerThreshold: 0,
    scope: "indirect",
    trainedOn: "test",
    ...over,
  };
}

describe("trainLogistic", () => {
  it("learns which features mark right statements", () => {
    const trained = trainLogistic(labelled(), { epochs: 10, seed: 1 });
    expect(filterProbability(trained, ["good", "noise=0"])).toBeGreaterThan(0.75);
    expect(filterProbability(trained, ["bad", "noise=0"])).toBeLessThan(0.25);
    expect(Math.abs(trained.weights["noise=1"] ?? 0)).toBeLessThan(0.5);
  });

  it("gives the same weights for the same examples and seed", () => {
    expect(trainLogistic(labelled(), { epochs: 3, seed: 7 })).toEqual(
      trainLogistic(labelled(), { epochs: 3, seed: 7 }),
    );
  });
});

describe("trainFilter", () => {
  it("learns from correct statements which ones name a wrong speaker; an unjudged one is harmless", () => {
    // `far` statements name a wrong speaker; `unnamed` ones have a gold source naming nobody.
    const examples: FilterExample[] = labelled().map((e, i) => {
      const kind = ["near", "far", "unnamed"][i % 3]!;
      return {
        features: [...e.features, kind],
        correct: e.label,
        speakerRight: kind === "unnamed" ? null : kind === "near",
      };
    });
    const trained = trainFilter(examples, { epochs: 5, seed: 1 });
    expect(filterProbability(trained.statement, ["good"])).toBeGreaterThan(0.75);
    expect(filterProbability(trained.speaker, ["far"])).toBeLessThan(0.25);
    expect(filterProbability(trained.speaker, ["near"])).toBeGreaterThan(0.75);
    expect(filterProbability(trained.speaker, ["unnamed"])).toBeGreaterThan(0.75);
  });
});

describe("filterProbability", () => {
  it("sums the weights of the features present and ignores unknown ones", () => {
    expect(filterProbability(filter().statement, ["unknown"])).toBeCloseTo(0.5);
    expect(filterProbability(filter().statement, ["good", "unknown"])).toBeCloseTo(
      1 / (1 + Math.exp(-2)),
    );
  });
});

describe("keepsStatement", () => {
  it("drops reported statements below the threshold and keeps those above", () => {
    expect(keepsStatement(filter(), "indirect", ["bad"])).toBe(false);
    expect(keepsStatement(filter(), "indirect", ["good"])).toBe(true);
  });

  it("drops statements whose speaker is likely wrong only when a speaker threshold is set", () => {
    expect(keepsStatement(filter(), "indirect", ["good", "speaker=null"])).toBe(true);
    const strict = filter({ speakerThreshold: 0.5 });
    expect(keepsStatement(strict, "indirect", ["good", "speaker=null"])).toBe(false);
    expect(keepsStatement(strict, "indirect", ["good", "speaker=two"])).toBe(true);
  });

  it("judges direct quotes only when its scope is all", () => {
    expect(keepsStatement(filter(), "direct", ["bad"])).toBe(true);
    expect(keepsStatement(filter({ scope: "all" }), "direct", ["bad"])).toBe(false);
  });
});

describe("parseFilter", () => {
  it("accepts a filter and refuses anything else with a hint to retrain", () => {
    expect(parseFilter(filter())).toEqual(filter());
    expect(() => parseFilter({ format: "newsdesk-statement-filter/1" })).toThrow(/train:quotes/);
    expect(() => parseFilter(null)).toThrow(/train:quotes/);
  });
});
