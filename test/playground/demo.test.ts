import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSeed } from "../../src/articles/parse.js";
import { createMemoryLogger, silentLogger } from "../../src/logger.js";
import { packageRoot } from "../../src/package-root.js";
import { addDemoArticles } from "../../src/playground/demo.js";
import { demoDir, publicDir } from "../../src/playground/paths.js";
import { extractQuotes } from "../../src/quotes/index.js";
import { allArticles, folderCorpus, memoryCorpus } from "../support/corpus.js";

async function demoFiles(): Promise<string[]> {
  return (await readdir(demoDir())).filter((name) => name.endsWith(".txt")).sort();
}

describe("demoDir", () => {
  it("holds a fictional newsroom big enough to page, search and cluster", async () => {
    const files = await demoFiles();
    const stories = JSON.parse(
      await readFile(path.join(demoDir(), "stories.json"), "utf8"),
    ) as Record<string, string>;
    expect(files.length).toBeGreaterThanOrEqual(32);
    expect(Object.keys(stories).sort()).toEqual(files);
    const hosts = new Set<string>();
    const dates = new Set<string>();
    const perStory = new Map<string, Set<string>>();
    for (const file of files) {
      const raw = parseSeed(await readFile(path.join(demoDir(), file)), file, null);
      const host = new URL(raw.url).hostname;
      expect(host, file).toMatch(/\.(example|invalid)$/);
      const words = raw.body.split(/\s+/).filter(Boolean).length;
      expect(words, file).toBeGreaterThanOrEqual(120);
      expect(words, file).toBeLessThanOrEqual(300);
      hosts.add(host);
      dates.add(raw.date);
      const story = stories[file]!;
      perStory.set(story, (perStory.get(story) ?? new Set()).add(host));
    }
    expect(hosts.size).toBeGreaterThanOrEqual(6);
    expect(dates.size).toBeGreaterThanOrEqual(4);
    expect(perStory.size).toBeGreaterThanOrEqual(9);
    const covered = [...perStory.values()].filter((sources) => sources.size >= 2);
    expect(covered.length).toBeGreaterThanOrEqual(7);
  });

  it("gives every article at least one quote with a named speaker", async () => {
    const corpus = await folderCorpus(demoDir());
    for (const article of await allArticles(corpus)) {
      const speakers = extractQuotes(article).filter((quote) => quote.speaker !== null);
      expect(speakers.length, article.id).toBeGreaterThan(0);
    }
    await corpus.close();
  });
});

describe("packageRoot", () => {
  it("finds the folder with package.json, the demo newsroom and the page's files", async () => {
    const root = packageRoot();
    expect(JSON.parse(await readFile(path.join(root, "package.json"), "utf8")).name).toBe(
      "newsdesk",
    );
    expect((await readdir(publicDir())).sort()).toContain("index.html");
  });
});

describe("addDemoArticles", () => {
  it("adds the demo articles beside the seeds, a seed winning over a demo article", async () => {
    const seeds = await folderCorpus(path.join(packageRoot(), "seeds"));
    const [first] = await demoFiles();
    const clash = await folderCorpus(demoDir());
    const taken = (await clash.get(first!.replace(/\.txt$/, "")))!;
    const corpus = await memoryCorpus([...(await allArticles(seeds)), taken]);
    const added = await addDemoArticles(corpus, demoDir(), silentLogger);
    expect(added).toBe((await demoFiles()).length - 1);
    expect(await allArticles(corpus)).toHaveLength((await allArticles(seeds)).length + added + 1);
    expect((await corpus.search("Sallow Bridge")).length).toBeGreaterThan(0);
    await Promise.all([seeds.close(), clash.close(), corpus.close()]);
  });

  it("adds nothing, with a warning, when the demo folder is missing", async () => {
    const corpus = await memoryCorpus([]);
    const logger = createMemoryLogger();
    await expect(addDemoArticles(corpus, "/no/such/demo", logger)).resolves.toBe(0);
    expect(logger.records.map((record) => record.level)).toEqual(["warn"]);
    expect(await allArticles(corpus)).toEqual([]);
  });
});
