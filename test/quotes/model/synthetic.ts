/** A tiny attribution model trained on `<Name> said <words>.` sentences, for tests. */
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
