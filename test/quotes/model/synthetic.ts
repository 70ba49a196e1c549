/** A tiny attribution model trained on `<Name> said <words>.` sentences, for tests. */
import { buildArticle } from "../../../src/articles/article.js";
import type { Article } from "../../../src/articles/types.js";
import type { CombineSettings } from "../../../src/quotes/learned.js";
import { featurize } from "../../../src/quotes/model/features.js";
import {
  type Example,
  TAGS,
  trainPerceptron,
  type Weights,
} from "../../../src/quotes/model/perceptron.js";

export const BITS = 14;
const tag = (name: (typeof TAGS)[number]) => TAGS.indexOf(name);

/** `<Name> said <words>.`: source, cue, then content to the full stop. */
export function saidExample(name: string, words: string): Example & { text: string } {
  const text = `${name} said ${words}.`;
  const { tokens, features } = featurize(text, BITS);
  const tags = Uint8Array.from(tokens, (t, i) => {
    if (i === 0) return tag("B-S");
    if (t.lower === "said") return tag("B-Q");
    if (t.lower === ".") return tag("O");
    return i === 2 ? tag("B-C") : tag("I-C");
  });
  return { text, features, tags };
}

const NAMES = ["Smith", "Jones", "Brown", "Garcia", "Miller", "Davis", "Lopez", "Wilson"];
const WORDS = [
  "taxes would rise",
  "the deal was done",
  "talks would resume",
  "prices fell sharply",
];
export const SAID_EXAMPLES = NAMES.flatMap((n) => WORDS.map((w) => saidExample(n, w)));

export function trainSaidModel(): Weights {
  return trainPerceptron(SAID_EXAMPLES, { bits: BITS, epochs: 5, seed: 1 });
}

/** The combination settings the tests use: the committed defaults, with `minWords` given. */
export function testSettings(minWords: number): CombineSettings {
  return {
    minWords,
    maxQuotedShare: 0.5,
    maxOverlap: 0.5,
    requireCue: true,
    minConfidence: 0,
    keepRulesIndirect: true,
  };
}

/** A cleaned article of these paragraphs. */
export function article(...paragraphs: string[]): Article {
  return buildArticle({
    id: "a",
    date: "2024-01-01",
    url: "https://example.com/a",
    title: "A",
    paragraphs,
    rawWordCount: 0,
    origin: "seed",
    addedAt: 0,
  });
}
