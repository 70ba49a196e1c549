import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCliContext } from "../../src/cli/context.js";
import {
  describeNoSpeaker,
  filterQuotes,
  formatQuotes,
  listSpeakers,
  parseEngineOption,
  parseKindOption,
  quoteKindLabel,
  registerQuotesCommand,
  toQuotesJson,
} from "../../src/cli/quotes.js";
import { parseConfig } from "../../src/config.js";
import { isUserError } from "../../src/errors.js";
import { createMemoryLogger } from "../../src/logger.js";
import type { Quote } from "../../src/quotes/types.js";
import { captureOutput } from "../support/cli.js";

const SEED = fileURLToPath(new URL("../../seeds/000_9575b9c55e492da0.txt", import.meta.url));
const SEED_ID = "000_9575b9c55e492da0";

interface QuotesJson {
  article: { id: string; url: string };
  quotes: Quote[];
}

let dir: string;
let seeds: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "newsdesk-quotes-"));
  seeds = path.join(dir, "seeds");
  mkdirSync(seeds);
  copyFileSync(SEED, path.join(seeds, path.basename(SEED)));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function runQuotes(args: string[], stdinText?: string, env: Record<string, string> = {}) {
  const { stdout, stderr, printed } = captureOutput();
  const stdin = new PassThrough();
  if (stdinText !== undefined) stdin.end(stdinText);
  const ctx = createCliContext({
    config: parseConfig({ SEEDS_DIR: seeds, DATA_DIR: path.join(dir, "data"), ...env }),
    stdout,
    stderr,
    stdin,
    logger: createMemoryLogger(),
  });
  const program = new Command().option("--seeds <dir>").option("--json").exitOverride();
  program.configureOutput({ writeErr: (t) => stderr.write(t), writeOut: (t) => stdout.write(t) });
  registerQuotesCommand(program, ctx);
  let error: unknown = null;
  try {
    await program.parseAsync(["node", "newsdesk", ...args]);
  } catch (e) {
    error = e;
  }
  return { out: printed.out, err: printed.err, error };
}

describe("registerQuotesCommand", () => {
  it("prints the quotes of an article by id as JSON, with offsets into its text", async () => {
    const { out, error } = await runQuotes(["--json", "quotes", SEED_ID]);
    expect(error).toBeNull();
    const json = JSON.parse(out) as QuotesJson;
    expect(json.article.id).toBe(SEED_ID);
    expect(json.article.url).toContain("sputnikglobe.com");
    const speakers = json.quotes.filter((q) => q.kind === "direct").map((q) => q.speaker);
    expect(speakers).toEqual(["Sergey Lavrov", "Sergey Lavrov", "Choe Son Hui"]);
    for (const q of json.quotes) {
      expect(Object.keys(q).sort()).toEqual(
        ["cue", "end", "kind", "paragraph", "speaker", "speakerTitle", "start", "text"].sort(),
      );
    }
  });

  it("filters by any part of the speaker's name, ignoring case, and by kind", async () => {
    const { out } = await runQuotes([
      "--json",
      "quotes",
      SEED_ID,
      "--speaker",
      "choe",
      "--kind",
      "direct",
    ]);
    const json = JSON.parse(out) as QuotesJson;
    expect(json.quotes).toHaveLength(1);
    expect(json.quotes[0]!.speaker).toBe("Choe Son Hui");
    expect(json.quotes[0]!.kind).toBe("direct");
  });

  it("reads a seed-format file path and groups human output by speaker", async () => {
    const { out, error } = await runQuotes(["quotes", SEED]);
    expect(error).toBeNull();
    expect(out).toContain("Sergey Lavrov (Russian Foreign Minister):");
    expect(out).toContain("Choe Son Hui (North Korean Foreign Minister):");
    expect(out.indexOf("Sergey Lavrov (")).toBeLessThan(out.indexOf("Choe Son Hui ("));
  });

  it("reads an article from standard input with `-`", async () => {
    const seedText =
      " date 2024-01-02 https://example.com/news/a\n“We will build it,” Mayor Ann Cole said.\n";
    const { out } = await runQuotes(["--json", "quotes", "-"], seedText);
    const json = JSON.parse(out) as QuotesJson;
    expect(json.quotes[0]).toMatchObject({
      text: "We will build it",
      speaker: "Ann Cole",
      speakerTitle: "Mayor",
    });
  });

  it("fails with a UserError for an unknown article", async () => {
    const { error } = await runQuotes(["quotes", "no-such-article"]);
    expect(isUserError(error)).toBe(true);
  });

  // An article where the committed model finds a statement the rules do not (`push for …`).
  const engineText =
    " date 2024-01-02 https://example.com/news/b\n“We will win,” Sanders said. All three candidates have said they would expand deportation relief and push for comprehensive immigration reform.\n";
  const quotesOf = async (args: string[], env: Record<string, string> = {}) => {
    const { out, error } = await runQuotes(["--json", "quotes", "-", ...args], engineText, env);
    expect(error).toBeNull();
    return (JSON.parse(out) as QuotesJson).quotes;
  };
  const directTexts = (quotes: readonly Quote[]) =>
    quotes.filter((q) => q.kind === "direct").map((q) => q.text);

  it("adds the learned model's reported speech with --engine combined, keeping the direct quotes", async () => {
    const rules = await quotesOf(["--engine", "rules"]);
    const combined = await quotesOf(["--engine", "combined"]);
    expect(directTexts(combined)).toEqual(directTexts(rules));
    expect(combined.length).toBeGreaterThan(rules.length);
  });

  it("uses QUOTE_ENGINE when --engine is not given, and --engine over it", async () => {
    const rules = await quotesOf(["--engine", "rules"]);
    const combined = await quotesOf(["--engine", "combined"]);
    expect(await quotesOf([])).toEqual(rules);
    expect(await quotesOf([], { QUOTE_ENGINE: "combined" })).toEqual(combined);
    expect(await quotesOf(["--engine", "rules"], { QUOTE_ENGINE: "combined" })).toEqual(rules);
  });

  it("lists the speakers who do appear when --speaker matches nobody", async () => {
    const text = await runQuotes(["quotes", SEED_ID, "--speaker", "putin"]);
    expect(text.error).toBeNull();
    expect(text.out).toContain('No quotes by "putin". Speakers in this article: Sergey Lavrov');
    expect(text.out).toContain("Choe Son Hui");
    const json = await runQuotes(["--json", "quotes", SEED_ID, "--speaker", "putin"]);
    expect((JSON.parse(json.out) as QuotesJson).quotes).toEqual([]);
    expect(json.err).toContain("Speakers in this article: Sergey Lavrov");
  });

  it("says reported for reported speech, in text and in JSON", async () => {
    const text = await runQuotes(["quotes", SEED_ID, "--kind", "reported"]);
    expect(text.out).toContain("[reported");
    expect(text.out).not.toContain("indirect");
    const json = await runQuotes(["--json", "quotes", SEED_ID, "--kind", "reported"]);
    const kinds = new Set((JSON.parse(json.out) as QuotesJson).quotes.map((q) => q.kind));
    expect([...kinds]).toEqual(["reported"]);
  });

  it("rejects an unknown --kind", async () => {
    const { error } = await runQuotes(["quotes", SEED_ID, "--kind", "maybe"]);
    expect(error).toBeInstanceOf(Error);
  });
});

describe("parseEngineOption", () => {
  it("accepts combined and rules in any case", () => {
    expect(parseEngineOption("Rules")).toBe("rules");
    expect(parseEngineOption("combined")).toBe("combined");
  });
  it("throws for anything else", () => {
    expect(() => parseEngineOption("model")).toThrow(/combined/);
  });
});

describe("parseKindOption", () => {
  it("accepts direct and reported in any case, and the old word indirect", () => {
    expect(parseKindOption("Direct")).toBe("direct");
    expect(parseKindOption("REPORTED")).toBe("indirect");
    expect(parseKindOption("indirect")).toBe("indirect");
  });
  it("throws for anything else, naming the two words", () => {
    expect(() => parseKindOption("both")).toThrow(/"direct" or "reported"/);
  });
});

describe("quoteKindLabel", () => {
  it("calls indirect quotes reported, as Discord does", () => {
    expect(quoteKindLabel("direct")).toBe("direct");
    expect(quoteKindLabel("indirect")).toBe("reported");
  });
});

const sample: Quote[] = [
  {
    kind: "direct",
    text: "Yes",
    speaker: "Sergey Lavrov",
    speakerTitle: "Minister",
    cue: "said",
    paragraph: 0,
    start: 0,
    end: 3,
  },
  {
    kind: "indirect",
    text: "no",
    speaker: null,
    speakerTitle: null,
    cue: null,
    paragraph: 1,
    start: 5,
    end: 7,
  },
];

describe("filterQuotes", () => {
  it("keeps quotes whose speaker contains the name and drops unattributed ones", () => {
    expect(filterQuotes(sample, { speaker: "LAVROV" })).toHaveLength(1);
    expect(filterQuotes(sample, { speaker: "putin" })).toHaveLength(0);
    expect(filterQuotes(sample, { kind: "indirect" })).toEqual([sample[1]]);
  });
});

describe("toQuotesJson", () => {
  it("shapes the article and quotes", () => {
    expect(toQuotesJson({ id: "a", url: "https://x.test/a" }, sample)).toEqual({
      article: { id: "a", url: "https://x.test/a" },
      quotes: [sample[0], { ...sample[1], kind: "reported" }],
    });
  });
});

describe("formatQuotes", () => {
  it("puts unattributed quotes last and says when there are none", () => {
    const text = formatQuotes({ title: "T", url: "https://x.test/a" }, [sample[1]!, sample[0]!]);
    expect(text.indexOf("Sergey Lavrov (Minister):")).toBeLessThan(text.indexOf("Unattributed:"));
    expect(formatQuotes({ title: "T", url: "u" }, [])).toContain("No quotes found.");
  });

  it("wraps every line to the width, quotes indented under their bullet", () => {
    const long: Quote = { ...sample[0]!, text: "word ".repeat(60).trim() };
    const text = formatQuotes({ title: "T", url: "https://x.test/a" }, [long], 40);
    const lines = text.split("\n");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    const bullet = lines.findIndex((line) => line.startsWith("  - "));
    expect(lines[bullet + 1]).toMatch(/^ {4}\S/);
  });
});

describe("listSpeakers", () => {
  it("names each speaker once, in order of first appearance", () => {
    const again = { ...sample[0]!, speaker: "Choe Son Hui" };
    expect(listSpeakers([sample[0]!, sample[1]!, again, sample[0]!])).toEqual([
      "Sergey Lavrov",
      "Choe Son Hui",
    ]);
  });
});

describe("describeNoSpeaker", () => {
  it("lists the speakers, or says that no quote names one", () => {
    expect(describeNoSpeaker(" putin ", sample)).toBe(
      'No quotes by "putin". Speakers in this article: Sergey Lavrov.',
    );
    expect(describeNoSpeaker("x", [sample[1]!])).toContain("No quote in this article names");
  });
});
