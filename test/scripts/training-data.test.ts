import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  foldModel,
  learnCueWords,
  type TaggerTrainer,
  trainingFingerprint,
} from "../../scripts/training-data.js";
import { viterbi } from "../../src/quotes/model/perceptron.js";
import { SAID_EXAMPLES, saidExample } from "../quotes/model/synthetic.js";

const dir = mkdtempSync(path.join(tmpdir(), "newsdesk-polnear-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A PolNeAR-like article (a header line, then the body) and gold lines for its cues. */
function write(file: string, body: string, cues: string[]): string[] {
  mkdirSync(path.join(dir, "articles"), { recursive: true });
  writeFileSync(path.join(dir, "articles", file), `header\n${body}`);
  let from = 0;
  return cues.map((cue) => {
    const at = body.indexOf(cue, from);
    from = at + cue.length;
    return JSON.stringify({
      file,
      content_start: 0,
      content_end: 1,
      source_start: null,
      source_end: null,
      cue_start: at,
      cue_end: at + cue.length,
    });
  });
}

describe("learnCueWords", () => {
  it("learns words the gold cues use often enough, not the rules' verbs or rare cue words", () => {
    const gold = [
      ...write("a.txt", "Smith prefers tea. Jones said the tea was cold.", ["prefers", "said"]),
      ...write("b.txt", "Lee prefers coffee, and the wary aide agreed.", ["prefers", "wary"]),
    ];
    writeFileSync(path.join(dir, "gold.jsonl"), `${gold.join("\n")}\n`);
    const words = learnCueWords(dir, ["a.txt", "b.txt"], { count: 2, share: 0.5 });
    expect([...words]).toEqual(["prefers"]);
    expect([...learnCueWords(dir, ["a.txt", "b.txt"], { count: 1, share: 0.5 })].sort()).toEqual([
      "prefers",
      "wary",
    ]);
    expect([...learnCueWords(dir, ["a.txt"], { count: 2, share: 0.5 })]).toEqual([]);
  });
});

describe("foldModel", () => {
  const crf: TaggerTrainer = {
    kind: "crf",
    l2: 1,
    rate: 0.1,
    average: true,
    outputScale: 50,
    snapshots: [1, 3],
  };

  /** Marks a cached tagger so that a test can tell it was read, not trained again. */
  function mark(file: string): void {
    const model = JSON.parse(readFileSync(file, "utf8")) as { scale: number };
    writeFileSync(file, JSON.stringify({ ...model, scale: 12345 }));
  }

  it("trains a CRF fold tagger once, caching each snapshot, and reads them back", () => {
    const cache = path.join(dir, "folds");
    const trained = foldModel(cache, 0, () => SAID_EXAMPLES, 3, null, crf);
    const fingerprint = trainingFingerprint(SAID_EXAMPLES);
    expect(fingerprint).toMatch(/^[0-9a-f]{12}$/);
    expect(readdirSync(cache).sort()).toEqual([
      `fold-0-crf-l21-r0.1-avg-x50-1-${fingerprint}.json`,
      `fold-0-crf-l21-r0.1-avg-x50-3-${fingerprint}.json`,
    ]);
    const unseen = saidExample("Taylor", "the vote was close");
    expect([...viterbi(trained, unseen.features, unseen.tags.length)]).toEqual([...unseen.tags]);
    const again = foldModel(cache, 0, () => SAID_EXAMPLES, 3, null, crf);
    expect([...again.emission]).toEqual([...trained.emission]);
    mark(path.join(cache, `fold-0-crf-l21-r0.1-avg-x50-1-${fingerprint}.json`));
    expect(foldModel(cache, 0, () => SAID_EXAMPLES, 1, null, crf).scale).toBe(12345);
  });

  it("never reads a tagger trained from other examples (other features, labels or articles)", () => {
    const cache = path.join(dir, "stale-folds");
    foldModel(cache, 1, () => SAID_EXAMPLES, 1, null);
    const [first] = readdirSync(cache);
    mark(path.join(cache, first!));
    expect(foldModel(cache, 1, () => SAID_EXAMPLES, 1, null).scale).toBe(12345);
    // One tag changed: what the featurizer or the gold alignment would change.
    const relabelled = SAID_EXAMPLES.map((e, i) =>
      i === 0 ? { ...e, tags: Uint8Array.from(e.tags, (t, k) => (k === 0 ? 0 : t)) } : e,
    );
    expect(trainingFingerprint(relabelled)).not.toBe(trainingFingerprint(SAID_EXAMPLES));
    expect(foldModel(cache, 1, () => relabelled, 1, null).scale).not.toBe(12345);
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it("keeps the perceptron's cache name, with the fingerprint", () => {
    const cache = path.join(dir, "perceptron-folds");
    foldModel(cache, 2, () => SAID_EXAMPLES, 1, null);
    const name = `fold-2-1-${trainingFingerprint(SAID_EXAMPLES)}.json`;
    expect(existsSync(path.join(cache, name))).toBe(true);
  });
});
