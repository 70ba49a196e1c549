import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type CliResult, repoRoot, runNewsdesk } from "../support/cli.js";

// Each run starts Node with tsx: slow on a shared two-core machine.
vi.setConfig({ testTimeout: 120_000 });

const seedsDir = path.join(repoRoot, "seeds");

/** Runs the real binary with the repository's seeds. */
function newsdesk(args: string[], options: { stdin?: string } = {}): Promise<CliResult> {
  return runNewsdesk(args, {
    env: { ...process.env, LOG_LEVEL: "info", SEEDS_DIR: "./seeds" },
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
  });
}

const ARTICLE_KEYS = [
  "date",
  "id",
  "paragraphs",
  "rawWordCount",
  "source",
  "text",
  "title",
  "url",
  "wordCount",
];
const LIST_KEYS = ["date", "id", "rawWordCount", "source", "title", "url", "wordCount"];

let dir: string;
let seedFile: string;
let seedId: string;

function seed(date: string, url: string, body: string): string {
  return ` date ${date} ${url}\n${body}\n`;
}

beforeAll(async () => {
  const name = (await readdir(seedsDir)).filter((n) => n.endsWith(".txt")).sort()[0]!;
  seedFile = path.join(seedsDir, name);
  seedId = name.slice(0, -4);
  dir = await mkdtemp(path.join(tmpdir(), "newsdesk-cli-"));
  await writeFile(
    path.join(dir, "a-floods.txt"),
    seed(
      "2024-03-01",
      "https://www.bbc.co.uk/news/river-floods-town",
      "The river flooded the town.\nResidents left.",
    ),
  );
  await writeFile(
    path.join(dir, "b-budget.txt"),
    seed(
      "2024-03-05",
      "https://example.com/politics/council-passes-budget",
      "The council passed the budget.\nTaxes rise.",
    ),
  );
  await writeFile(
    path.join(dir, "c-storm.txt"),
    seed(
      "2024-03-10",
      "https://bbc.co.uk/weather/storm-hits-coast",
      "A storm hit the coast.\nThe river rose again.",
    ),
  );
  await writeFile(path.join(dir, "d-broken.txt"), "no header in this file\n");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("newsdesk article latest", () => {
  it("prints the newest article for a person: title, date and source on top, wrapped text", async () => {
    const [{ code, stdout, stderr }, jsonRun] = await Promise.all([
      newsdesk(["article", "latest", "--seeds", seedsDir]),
      newsdesk(["article", "latest", "--seeds", seedsDir, "--json"]),
    ]);
    expect(code, stderr).toBe(0);
    expect(jsonRun.code, jsonRun.stderr).toBe(0);
    const json = JSON.parse(jsonRun.stdout);
    const lines = stdout.split("\n");
    expect(stdout.startsWith(json.title.split(" ")[0])).toBe(true);
    expect(stdout).toContain(`${json.date} · ${json.source}`);
    for (const line of lines)
      expect(line.length).toBeLessThanOrEqual(Math.max(80, json.url.length));
  });

  it("prints exactly one JSON object with the article's fields", async () => {
    const { code, stdout } = await newsdesk(["--json", "article", "latest", "--seeds", seedsDir]);
    expect(code).toBe(0);
    const article = JSON.parse(stdout);
    expect(Object.keys(article).sort()).toEqual(ARTICLE_KEYS);
    expect(article.text).toBe(article.paragraphs.join("\n\n"));
    expect(article.paragraphs.length).toBeGreaterThan(0);
  });

  it("keeps stdout valid JSON and reports skipped files on stderr, one line each", async () => {
    const { code, stdout, stderr } = await newsdesk([
      "article",
      "latest",
      "--seeds",
      dir,
      "--json",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).id).toBe("c-storm");
    const warnings = stderr.trim().split("\n");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("d-broken.txt");
    expect(warnings[0]).toMatch(/header/);
  });
});

describe("newsdesk article show", () => {
  it("shows an article by id, by URL, by file path and from standard input alike", async () => {
    const content = await readFile(seedFile, "utf8");
    const headerUrl = content.trim().split("\n")[0]!.trim().split(/\s+/)[2]!;
    const otherForm = `${headerUrl.replace(/^https?:\/\/(www\.)?/, "http://www.")}/#top`;
    // Four processes at once: each starts Node and tsx, and the machine is shared.
    const [idRun, urlRun, pathRun, byStdin] = await Promise.all([
      newsdesk(["article", "show", seedId, "--seeds", seedsDir, "--json"]),
      newsdesk(["article", "show", otherForm, "--seeds", seedsDir, "--json"]),
      newsdesk(["article", "show", seedFile, "--json"]),
      newsdesk(["article", "show", "-", "--json"], { stdin: content }),
    ]);
    const byId = JSON.parse(idRun.stdout);
    const byUrl = JSON.parse(urlRun.stdout);
    const byPath = JSON.parse(pathRun.stdout);
    expect(byStdin.code, byStdin.stderr).toBe(0);
    const fromStdin = JSON.parse(byStdin.stdout);
    expect(byUrl).toEqual(byId);
    expect(byPath).toEqual(byId);
    expect({ ...fromStdin, id: byId.id }).toEqual(byId);
    expect(fromStdin.id).toBe("stdin");
  });

  it("exits non-zero with a message saying what to do for an unknown reference", async () => {
    const { code, stdout, stderr } = await newsdesk([
      "article",
      "show",
      "no-such-thing",
      "--seeds",
      seedsDir,
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('No article matches "no-such-thing"');
    expect(stderr).toContain("newsdesk article list");
  });
});

describe("newsdesk article list", () => {
  it("lists newest first, filtered by date range and source, as JSON without the text", async () => {
    const all = JSON.parse((await newsdesk(["article", "list", "--seeds", dir, "--json"])).stdout);
    expect(all.map((a: { id: string }) => a.id)).toEqual(["c-storm", "b-budget", "a-floods"]);
    for (const item of all) expect(Object.keys(item).sort()).toEqual(LIST_KEYS);
    const filtered = await newsdesk([
      "article",
      "list",
      "--seeds",
      dir,
      "--json",
      "--since",
      "2024-03-01",
      "--until",
      "2024-03-09",
      "--source",
      "www.bbc.co.uk",
    ]);
    expect(JSON.parse(filtered.stdout).map((a: { id: string }) => a.id)).toEqual(["a-floods"]);
  });

  it("prints one entry per article for a person, and refuses a bad date with exit 2", async () => {
    const { code, stdout } = await newsdesk(["article", "list", "--seeds", dir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/2024-03-10 {2}Storm hits coast/);
    expect(stdout).toContain("bbc.co.uk · c-storm");
    const bad = await newsdesk(["article", "list", "--seeds", dir, "--since", "March"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("YYYY-MM-DD");
  });
});

describe("newsdesk article search", () => {
  it("ranks the articles that match, best first", async () => {
    const { code, stdout } = await newsdesk([
      "article",
      "search",
      "river",
      "--seeds",
      dir,
      "--json",
    ]);
    expect(code).toBe(0);
    const ids = JSON.parse(stdout).map((a: { id: string }) => a.id);
    expect(ids.sort()).toEqual(["a-floods", "c-storm"]);
    const both = JSON.parse(
      (await newsdesk(["article", "search", "river", "flooded", "--seeds", dir, "--json"])).stdout,
    );
    expect(both[0].id).toBe("a-floods");
  });
});
