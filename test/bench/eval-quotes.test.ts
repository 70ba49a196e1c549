import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type DirectError, type EvalExtractor, evaluateQuotes } from "../../bench/eval-quotes.js";

const BODY = [
  "Budget Vote Delayed Again.",
  "",
  "Mayor Ann Taylor said the budget vote would be delayed until spring.",
  "",
  "The weather was mild on Tuesday and the parks were full.",
].join("\n");

const DIRECT_BODY = [
  "Mayor Speaks.",
  "",
  "“We will not stop,” Mayor Ann Taylor said. The weather was “mild” on Tuesday.",
].join("\n");

/** One article in PolNeAR's layout, with one gold attribution whose source names someone. */
function dataset(
  body = BODY,
  content = "the budget vote would be delayed until spring",
  kind = "indirect",
): string {
  const dir = mkdtempSync(path.join(tmpdir(), "eval-quotes-"));
  mkdirSync(path.join(dir, "articles"));
  const header = " date 2016-01-01 https://polnear.example/a\n";
  writeFileSync(path.join(dir, "articles", "a.txt"), `${header}${body}`);
  const start = body.indexOf(content);
  const gold = {
    file: "a.txt",
    content,
    content_start: start,
    content_end: start + content.length,
    source: "Mayor Ann Taylor",
    kind,
  };
  writeFileSync(path.join(dir, "gold.jsonl"), `${JSON.stringify(gold)}\n`);
  return dir;
}

const dir = dataset();
const directDir = dataset(DIRECT_BODY, "We will not stop,", "direct");
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(directDir, { recursive: true, force: true });
});

const quote = (text: string, speaker: string | null) => ({
  kind: "indirect" as const,
  text,
  speaker,
  speakerTitle: null,
});

describe("evaluateQuotes", () => {
  it("scores speakers with or without a judge", async () => {
    const extractor: EvalExtractor = () => [
      quote("the budget vote would be delayed until spring", "Ann Taylor"),
    ];
    const plain = await evaluateQuotes({ dir, extractor, baseline: false });
    expect(plain.ours.speakers?.named).toEqual({ accuracy: 1, scored: 1 });
    const judged = await evaluateQuotes({ dir, extractor, baseline: false, judge: () => {} });
    expect(judged.ours.speakers?.named).toEqual({ accuracy: 1, scored: 1 });
  });

  it("tells the judge which predictions are correct and whether their speaker is right", async () => {
    const verdicts: [string, boolean, boolean | null][] = [];
    await evaluateQuotes({
      dir,
      baseline: false,
      extractor: () => [
        quote("the budget vote would be delayed until spring", "Bob Moore"),
        quote("the parks were full", "Ann Taylor"),
      ],
      judge: (q, correct, speakerRight) => verdicts.push([q.text, correct, speakerRight]),
    });
    expect(verdicts).toEqual([
      ["the budget vote would be delayed until spring", true, false],
      ["the parks were full", false, null],
    ]);
  });

  it("reports each direct false positive and miss with its raw span", async () => {
    const errors: DirectError[] = [];
    const evaluation = await evaluateQuotes({
      dir: directDir,
      baseline: false,
      extractor: () => [{ kind: "direct", text: "mild", speaker: null, speakerTitle: null }],
      directErrors: (error) => errors.push(error),
    });
    expect(evaluation.ours.direct).toMatchObject({ precision: 0, recall: 0 });
    const shown = errors.map((e) => [e.type, e.file, e.body.slice(e.span[0], e.span[1])]);
    expect(shown).toEqual([
      ["fp", "a.txt", "mild"],
      ["fn", "a.txt", "We will not stop,"],
    ]);
    expect(errors[1]!.overlapping).toEqual([]);
  });

  it("scores a repeated short quote where the extractor found it", async () => {
    const body = [
      "Mayor Speaks.",
      "",
      "The convention opened in Denver. “Denver,” Mayor Ann Taylor said, asked where.",
    ].join("\n");
    const repeated = dataset(body, "Denver,", "direct");
    try {
      const direct = (locate?: (text: string) => number) =>
        evaluateQuotes({
          dir: repeated,
          baseline: false,
          extractor: (article) => [
            {
              kind: "direct",
              text: "Denver",
              speaker: "Ann Taylor",
              speakerTitle: null,
              ...(locate === undefined ? {} : { start: locate(article.text) }),
            },
          ],
        }).then((evaluation) => evaluation.ours.direct.precision);
      // Without an offset the text's first occurrence ("opened in Denver") is all the scorer has.
      await expect(direct()).resolves.toBe(0);
      await expect(direct((text) => text.lastIndexOf("Denver"))).resolves.toBe(1);
    } finally {
      rmSync(repeated, { recursive: true, force: true });
    }
  });

  it("counts a direct quote inside a gold content held in quotation marks, single ones too, as correct", async () => {
    const precision = async (body: string, content: string) => {
      const held = dataset(body, content, "indirect");
      try {
        const evaluation = await evaluateQuotes({
          dir: held,
          baseline: false,
          extractor: () => [
            {
              kind: "direct",
              text: "We will not stop.",
              speaker: "Ann Taylor",
              speakerTitle: null,
            },
          ],
        });
        return evaluation.ours.direct.precision;
      } finally {
        rmSync(held, { recursive: true, force: true });
      }
    };
    const heading = (marks: string) => ["Mayor Speaks.", "", `Ann Taylor: ${marks}`].join("\n");
    expect(await precision(heading("''We will not stop.''"), "''We will not stop.''")).toBe(1);
    expect(await precision(heading("'We will not stop.'"), "'We will not stop.'")).toBe(1);
    expect(await precision(heading("‘We will not stop.’"), "‘We will not stop.’")).toBe(1);
    // An apostrophe is no quotation mark.
    const plain = ["Mayor Speaks.", "", "Taylor's view: We will not stop."].join("\n");
    expect(await precision(plain, "Taylor's view: We will not stop.")).toBe(0);
  });
});
