/**
 * The statement filter: a second pass over the combined engine's reported statements (the rules' and
 * the model's), a logistic regression over a handful of named binary features
 * (src/quotes/model/filter-features.ts) that estimates how likely a statement is a real attribution.
 * Statements below the threshold chosen by cross-validation on PolNeAR train are dropped. Trained
 * deterministically (seeded order, averaged weights) by scripts/train-quotes.ts on out-of-fold
 * candidates labelled by the eval's matching rule. See docs/adr/0018-attribution-model.md.
 */
import { seededRandom } from "../../random.js";

/** A logistic regression over named binary features. */
export interface Logistic {
  /** Weight of each feature name; absent features weigh 0. */
  weights: Record<string, number>;
  bias: number;
}

export interface StatementFilter {
  format: "newsdesk-statement-filter/2";
  /** The probability that a statement is a real attribution. */
  statement: Logistic;
  /** Statements whose probability is below this are dropped. */
  threshold: number;
  /** The probability that a real statement does not name a wrong speaker (only gold sources that
   * name someone can make it wrong). */
  speaker: Logistic;
  /** Statements whose speaker's probability is below this are dropped (0: none). */
  speakerThreshold: number;
  /** Which statements the filter judges: reported statements only, or direct quotes too. */
  scope: "indirect" | "all";
  trainedOn: string;
}

export interface FilterExample {
  features: readonly string[];
  correct: boolean;
  /** For a correct statement whose gold source names someone: whether its speaker is right. */
  speakerRight: boolean | null;
}

export interface FilterTraining {
  epochs: number;
  seed: number;
}

export const FILTER_TRAINING: FilterTraining = { epochs: 12, seed: 18 };

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** The probability that a statement with these features is a real attribution. */
export function filterProbability(filter: Logistic, features: readonly string[]): number {
  let sum = filter.bias;
  for (const f of features) sum += filter.weights[f] ?? 0;
  return sigmoid(sum);
}

/** Whether the filter keeps a statement of `kind` with these features. */
export function keepsStatement(
  filter: StatementFilter,
  kind: "direct" | "indirect",
  features: readonly string[],
): boolean {
  if (kind === "direct" && filter.scope === "indirect") return true;
  if (filterProbability(filter.statement, features) < filter.threshold) return false;
  return (
    filter.speakerThreshold <= 0 ||
    filterProbability(filter.speaker, features) >= filter.speakerThreshold
  );
}

/**
 * Logistic regression by stochastic gradient descent: examples in a seeded order each epoch, a
 * learning rate decaying as 1/√t, and the weights averaged over every step (the averaging is the
 * regularizer: the result does not hinge on the last few examples). Same input, same weights.
 */
export function trainLogistic(
  examples: readonly { features: readonly string[]; label: boolean }[],
  options: FilterTraining = FILTER_TRAINING,
): Logistic {
  const index = new Map<string, number>();
  const encoded = examples.map((e) => {
    const ids = [...new Set(e.features)].map((f) => {
      let id = index.get(f);
      if (id === undefined) {
        id = index.size;
        index.set(f, id);
      }
      return id;
    });
    return { ids, y: e.label ? 1 : 0 };
  });
  const n = index.size + 1; // the last slot is the bias
  const w = new Float64Array(n);
  // Averaging trick: the mean of w over all steps is w - u / steps, u the step-weighted updates.
  const u = new Float64Array(n);
  const random = seededRandom(options.seed);
  const order = encoded.map((_, i) => i);
  let steps = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const { ids, y } = encoded[k]!;
      let z = w[n - 1]!;
      for (const id of ids) z += w[id]!;
      const rate = 0.5 / Math.sqrt(1 + steps / 1000);
      const g = rate * (y - sigmoid(z));
      for (const id of [...ids, n - 1]) {
        w[id] = w[id]! + g;
        u[id] = u[id]! + steps * g;
      }
      steps++;
    }
  }
  const mean = (id: number) => Math.round((w[id]! - u[id]! / Math.max(1, steps)) * 1e4) / 1e4;
  const weights: Record<string, number> = {};
  for (const [name, id] of [...index.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const value = mean(id);
    if (value !== 0) weights[name] = value;
  }
  return { weights, bias: mean(n - 1) };
}

/**
 * Both regressions of the filter: statements labelled correct or not, and correct statements
 * labelled by whether they name a wrong speaker (wrong only where the gold source names someone,
 * as the headline speaker figure counts).
 */
export function trainFilter(
  examples: readonly FilterExample[],
  options: FilterTraining = FILTER_TRAINING,
): Pick<StatementFilter, "statement" | "speaker"> {
  const statement = trainLogistic(
    examples.map((e) => ({ features: e.features, label: e.correct })),
    options,
  );
  // A correct statement whose gold names nobody cannot cost speaker accuracy: a positive example.
  const speaker = trainLogistic(
    examples.flatMap((e) =>
      e.correct ? [{ features: e.features, label: e.speakerRight !== false }] : [],
    ),
    options,
  );
  return { statement, speaker };
}

/** @throws Error when the file is not a statement filter of this format. */
export function parseFilter(value: unknown): StatementFilter {
  const filter = value as Partial<StatementFilter> | null;
  if (
    filter?.format !== "newsdesk-statement-filter/2" ||
    typeof filter.threshold !== "number" ||
    typeof filter.speakerThreshold !== "number" ||
    typeof filter.statement?.weights !== "object" ||
    typeof filter.speaker?.weights !== "object"
  ) {
    throw new Error("unknown statement filter format: run npm run train:quotes");
  }
  return filter as StatementFilter;
}
