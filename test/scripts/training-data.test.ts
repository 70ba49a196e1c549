import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { learnCueWords } from "../../scripts/training-data.js";

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
