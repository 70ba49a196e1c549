import { mkdtemp, readdir, readFile, rm, unlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildArticle } from "../../src/articles/article.js";
import { cleanArticle } from "../../src/articles/clean.js";
import type { Corpus, CorpusEvent } from "../../src/articles/corpus.js";
import { createCorpus, isSeedFileName, openSeedCorpus } from "../../src/articles/corpus.js";
import { parseSeed } from "../../src/articles/parse.js";
import type { Article } from "../../src/articles/types.js";
import { sourceOf } from "../../src/articles/url.js";
import { isUserError } from "../../src/errors.js";
import { openMemoryIndex } from "../../src/index/open-index.js";
import type { Logger, LogRecord } from "../../src/logger.js";
import { createMemoryLogger, silentLogger } from "../../src/logger.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const seedsDir = path.join(repoRoot, "seeds");

let dir: string;
const opened: Corpus[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsdesk-corpus-"));
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((corpus) => corpus.close()));
  await rm(dir, { recursive: true, force: true });
});

/** The corpus of `folder` over a fresh index in memory. */
async function load(
  folder: string,
  options: { watch?: boolean; logger?: Logger } = {},
): Promise<Corpus> {
  const logger = options.logger ?? silentLogger;
  const index = await openMemoryIndex(logger);
  const corpus = await openSeedCorpus({
    index,
    folders: [folder],
    logger,
    watch: options.watch ?? false,
    debounceMs: 20,
  }).catch(async (error: unknown) => {
    await index.close();
    throw error;
  });
  opened.push(corpus);
  return corpus;
}

async function open(options: { watch?: boolean; logger?: Logger } = {}): Promise<Corpus> {
  return load(dir, options);
}

/** A corpus of `articles` (no folder) over a fresh index in memory. */
async function memoryCorpus(articles: readonly Article[] = []): Promise<Corpus> {
  const corpus = createCorpus({ index: await openMemoryIndex(silentLogger), logger: silentLogger });
  for (const article of articles) await corpus.add(article);
  opened.push(corpus);
  return corpus;
}

interface SeedSpec {
  date?: string;
  url?: string;
  body?: string;
  /** mtime in epoch ms */
  mtime?: number;
}

function seedText(spec: SeedSpec): string {
  const body =
    spec.body ??
    "The city council met on Tuesday to discuss the budget.\nMembers voted after a long debate.";
  return ` date ${spec.date ?? "2024-01-16"} ${spec.url ?? "https://example.com/news/city-council-meets"}\n${body}\n`;
}

async function writeSeed(name: string, spec: SeedSpec = {}): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, seedText(spec));
  if (spec.mtime !== undefined) await utimes(file, spec.mtime / 1000, spec.mtime / 1000);
  return file;
}

function skipped(records: readonly LogRecord[]): LogRecord[] {
  return records.filter(
    (record) => record.level === "warn" && record.msg === "skipped article file",
  );
}

/** Resolves with the next article emitted for `event`. */
function nextEvent(corpus: Corpus, event: CorpusEvent): Promise<Article> {
  return new Promise((resolve) => {
    const listener = (article: Article) => {
      corpus.off(event, listener);
      resolve(article);
    };
    corpus.on(event, listener);
  });
}

/** A logger that keeps records and lets a test wait for the next warning. */
function createWaitingLogger() {
  const memory = createMemoryLogger();
  let waiters: ((record: LogRecord) => void)[] = [];
  const logger: Logger & { records: LogRecord[]; nextWarning(): Promise<LogRecord> } = {
    ...memory,
    warn(obj, msg) {
      memory.warn(obj, msg);
      const record = memory.records.at(-1)!;
      const current = waiters;
      waiters = [];
      for (const waiter of current) waiter(record);
    },
    nextWarning: () => new Promise((resolve) => waiters.push(resolve)),
  };
  return logger;
}

function makeArticle(fields: Partial<Article> & { id: string }): Article {
  return buildArticle({
    id: fields.id,
    date: fields.date ?? "2024-01-16",
    url: fields.url ?? `https://example.com/news/${fields.id}`,
    title: fields.title ?? `Story ${fields.id}`,
    paragraphs: fields.paragraphs ?? [`Text of ${fields.id}.`],
    rawWordCount: 3,
    origin: fields.origin ?? "fetched",
    addedAt: fields.addedAt ?? 0,
  });
}

describe("isSeedFileName", () => {
  it("accepts *.txt files and refuses dotfiles, editor backups and other extensions", () => {
    expect(isSeedFileName("000_abc.txt")).toBe(true);
    for (const name of [
      ".hidden.txt",
      "notes.md",
      "a.txt~",
      "#a.txt#",
      "~$a.txt",
      ".txt",
      "a.txt.swp",
    ]) {
      expect(isSeedFileName(name), name).toBe(false);
    }
  });
});

describe("openSeedCorpus", () => {
  it("loads every seed file of the repository's seeds folder", async () => {
    const logger = createMemoryLogger();
    const corpus = await load(seedsDir, { logger });
    const names = (await readdir(seedsDir)).filter(isSeedFileName);
    expect((await corpus.count()) + (await corpus.warnings()).length).toBe(names.length);
    expect(await corpus.count()).toBeGreaterThan(0);
    for (const header of await corpus.list()) {
      const article = (await corpus.get(header.id))!;
      expect(names).toContain(`${article.id}.txt`);
      expect(article.origin).toBe("seed");
      expect(article.paragraphs.length).toBeGreaterThan(0);
    }
  });

  const badFiles: [string, string | Buffer, RegExp][] = [
    ["missing header", "Just a body without a header.\nMore text.\n", /header/i],
    ["malformed header", " date 2024-01-16\nBody text.\n", /header/i],
    ["impossible date", seedText({ date: "2024-02-30" }), /date/i],
    ["non-http(s) URL", seedText({ url: "ftp://example.com/file" }), /http/i],
    ["empty body", " date 2024-01-16 https://example.com/empty\n\n   \n", /empty/i],
    [
      "invalid UTF-8",
      Buffer.concat([
        Buffer.from(seedText({ url: "https://example.com/utf" })),
        Buffer.from([0xff, 0xfe, 0xc3]),
      ]),
      /utf-8/i,
    ],
    [
      "binary content",
      Buffer.concat([
        Buffer.from(" date 2024-01-16 https://example.com/bin\n"),
        Buffer.alloc(64, 0),
      ]),
      /binary/i,
    ],
  ];

  it.each(badFiles)(
    "skips a file with %s with one warning naming it, and loads the rest",
    async (_case, content, reason) => {
      await writeSeed("good.txt");
      const file = path.join(dir, "bad.txt");
      await writeFile(file, content);
      const logger = createMemoryLogger();
      const corpus = await open({ logger });
      expect(await corpus.count()).toBe(1);
      expect(await corpus.get("good")).toBeDefined();
      expect(await corpus.get("bad")).toBeUndefined();
      expect(await corpus.warnings()).toHaveLength(1);
      expect((await corpus.warnings())[0]!.file).toBe(file);
      expect((await corpus.warnings())[0]!.reason).toMatch(reason);
      const warnings = skipped(logger.records);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.obj).toEqual({ file, reason: (await corpus.warnings())[0]!.reason });
    },
  );

  it("skips a file over 5 MB without reading it, with one warning", async () => {
    await writeSeed("good.txt");
    const file = path.join(dir, "huge.txt");
    await writeFile(
      file,
      seedText({ url: "https://example.com/huge", body: "word ".repeat(1_100_000) }),
    );
    const logger = createMemoryLogger();
    const corpus = await open({ logger });
    expect(await corpus.count()).toBe(1);
    expect(await corpus.warnings()).toEqual([{ file, reason: expect.stringMatching(/5 MB/) }]);
    expect(skipped(logger.records)).toHaveLength(1);
  });

  it("ignores dotfiles, temp files and files that are not *.txt, without warnings", async () => {
    await writeSeed("good.txt");
    for (const name of [".hidden.txt", "notes.md", "good.txt~", "#good.txt#", ".good.txt.swp"]) {
      await writeFile(path.join(dir, name), "garbage");
    }
    const logger = createMemoryLogger();
    const corpus = await open({ logger });
    expect((await corpus.list()).map((article) => article.id)).toEqual(["good"]);
    expect(await corpus.warnings()).toEqual([]);
    expect(logger.records.filter((record) => record.level !== "info")).toEqual([]);
  });

  it("keeps the lexicographically first file of two claiming one URL and warns about the other", async () => {
    // The later name is written first and is newer: neither order nor mtime decides.
    await writeSeed("b-copy.txt", {
      url: "http://www.Example.com/news/story/?utm_source=x",
      mtime: 2_000_000_000_000,
    });
    await writeSeed("a-original.txt", {
      url: "https://example.com/news/story",
      mtime: 1_000_000_000_000,
    });
    const logger = createMemoryLogger();
    const corpus = await open({ logger });
    expect(await corpus.count()).toBe(1);
    expect((await corpus.getByUrl("https://example.com/news/story"))?.id).toBe("a-original");
    expect(await corpus.get("b-copy")).toBeUndefined();
    expect(await corpus.warnings()).toEqual([
      {
        file: path.join(dir, "b-copy.txt"),
        reason: expect.stringMatching(/duplicate URL.*a-original\.txt/),
      },
    ]);
    expect(skipped(logger.records)).toHaveLength(1);
  });

  it("sets addedAt to the file's modification time", async () => {
    await writeSeed("dated.txt", { mtime: 1_700_000_000_000 });
    const corpus = await open();
    expect((await corpus.get("dated"))?.addedAt).toBe(1_700_000_000_000);
  });

  it("refuses a missing folder with a UserError that says what to do", async () => {
    const error = await load(path.join(dir, "nope")).catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toMatch(/--seeds/);
  });
});

describe("openSeedCorpus articles", () => {
  it("stores each seed article exactly as cleanArticle makes it from the file", async () => {
    const file = await writeSeed("one.txt", { mtime: 1_700_000_000_000 });
    const corpus = await open();
    const expected = cleanArticle(parseSeed(await readFile(file), "one", file), {
      origin: "seed",
      addedAt: 1_700_000_000_000,
    });
    expect(await corpus.get("one")).toEqual(expected);
  });

  it("sets each article's source as sourceOf does, for any URL form", async () => {
    const urls = [
      "http://WWW.Example.COM:8080/news/a-story",
      "https://news.example.org/world/b-story?utm_source=x&id=2",
      "https://[::1]/local/c-story",
      "HTTPS://www.daily.example.co.uk/d-story#top",
    ];
    for (const [i, url] of urls.entries()) await writeSeed(`s${i}.txt`, { url });
    const corpus = await open();
    for (const [i, url] of urls.entries())
      expect((await corpus.get(`s${i}`))?.source).toBe(sourceOf(url));
  });

  it("searches and suggests from the index", async () => {
    await writeSeed("volcano.txt", {
      url: "https://example.com/science/volcano-erupts-in-iceland",
      body: "A volcano erupted in Iceland on Monday, scientists said.",
    });
    await writeSeed("budget.txt", {
      url: "https://example.com/news/council-passes-budget",
      body: "The council passed the budget after a long debate about the volcano museum.",
    });
    const corpus = await open();
    expect((await corpus.suggest("volc")).map((hit) => hit.article.id)).toEqual(["volcano"]);
    expect((await corpus.search("volcano")).map((hit) => hit.article.id)).toEqual([
      "volcano",
      "budget",
    ]);
    expect((await corpus.search("museum")).map((hit) => hit.article.id)).toEqual(["budget"]);
  });
});

describe("Corpus.get, getByUrl and resolve", () => {
  it("finds an article by id, and by any form of its URL", async () => {
    await writeSeed("story.txt", { url: "https://example.com/news/budget-vote?id=7" });
    const corpus = await open();
    expect((await corpus.get("story"))?.id).toBe("story");
    for (const variant of [
      "https://example.com/news/budget-vote?id=7",
      "http://example.com/news/budget-vote?id=7",
      "https://www.example.com/news/budget-vote?id=7",
      "https://EXAMPLE.com/news/budget-vote/?id=7",
      "https://example.com/news/budget-vote?id=7#comments",
      "https://example.com/news/budget-vote?utm_source=twitter&id=7&utm_medium=social",
    ]) {
      expect((await corpus.getByUrl(variant))?.id, variant).toBe("story");
      expect((await corpus.resolve(variant))?.id, variant).toBe("story");
    }
    expect((await corpus.resolve("story"))?.id).toBe("story");
    expect(await corpus.getByUrl("https://example.com/news/other")).toBeUndefined();
    expect(await corpus.getByUrl("not a url")).toBeUndefined();
    expect(await corpus.resolve("unknown")).toBeUndefined();
  });
});

describe("Corpus.latest", () => {
  it("returns the newest date, then the most recently added file, then the smallest id", async () => {
    await writeSeed("old.txt", {
      date: "2024-01-10",
      url: "https://example.com/a",
      mtime: 1_900_000_000_000,
    });
    await writeSeed("tie-early.txt", {
      date: "2024-01-16",
      url: "https://example.com/b",
      mtime: 1_000_000_000_000,
    });
    await writeSeed("tie-late-z.txt", {
      date: "2024-01-16",
      url: "https://example.com/c",
      mtime: 1_500_000_000_000,
    });
    await writeSeed("tie-late-y.txt", {
      date: "2024-01-16",
      url: "https://example.com/d",
      mtime: 1_500_000_000_000,
    });
    const corpus = await open();
    expect((await corpus.latest())?.id).toBe("tie-late-y");
    expect((await corpus.list()).map((a) => a.id)).toEqual([
      "tie-late-y",
      "tie-late-z",
      "tie-early",
      "old",
    ]);
  });

  it("is undefined for an empty folder", async () => {
    expect(await (await open()).latest()).toBeUndefined();
  });
});

describe("Corpus.list", () => {
  it("filters by an inclusive date range and by source, newest first", async () => {
    await writeSeed("jan01.txt", { date: "2024-01-01", url: "https://www.bbc.co.uk/news/one" });
    await writeSeed("jan05.txt", { date: "2024-01-05", url: "https://example.com/two" });
    await writeSeed("jan10.txt", { date: "2024-01-10", url: "https://bbc.co.uk/news/three" });
    await writeSeed("jan20.txt", { date: "2024-01-20", url: "https://example.com/four" });
    const corpus = await open();
    const ids = async (filter: Parameters<Corpus["list"]>[0]) =>
      (await corpus.list(filter)).map((a) => a.id);
    expect(await ids({})).toEqual(["jan20", "jan10", "jan05", "jan01"]);
    expect(await ids({ since: "2024-01-05", until: "2024-01-10" })).toEqual(["jan10", "jan05"]);
    expect(await ids({ since: "2024-01-06" })).toEqual(["jan20", "jan10"]);
    expect(await ids({ until: "2024-01-04" })).toEqual(["jan01"]);
    expect(await ids({ source: "bbc.co.uk" })).toEqual(["jan10", "jan01"]);
    expect(await ids({ source: "WWW.BBC.CO.UK" })).toEqual(["jan10", "jan01"]);
    expect(await ids({ source: "bbc.co.uk", since: "2024-01-02" })).toEqual(["jan10"]);
    expect(await ids({ since: "2024-02-01" })).toEqual([]);
  });

  it("returns exactly the articles the filter describes (property)", async () => {
    const dates = fc
      .integer({ min: 1, max: 28 })
      .map((d) => `2024-03-${String(d).padStart(2, "0")}`);
    const hosts = fc.constantFrom("a.com", "b.org", "www.c.net");
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ date: dates, host: hosts }), { maxLength: 30 }),
        fc.option(dates, { nil: undefined }),
        fc.option(dates, { nil: undefined }),
        fc.option(fc.constantFrom("a.com", "b.org", "c.net"), { nil: undefined }),
        async (specs, since, until, source) => {
          const articles = specs.map((spec, i) =>
            makeArticle({ id: `id${i}`, date: spec.date, url: `https://${spec.host}/story/${i}` }),
          );
          const corpus = await memoryCorpus(articles);
          const filter = {
            ...(since ? { since } : {}),
            ...(until ? { until } : {}),
            ...(source ? { source } : {}),
          };
          const expected = (await corpus.list()).filter(
            (a) =>
              (!since || a.date >= since) &&
              (!until || a.date <= until) &&
              (!source || a.source === source),
          );
          expect(await corpus.list(filter)).toEqual(expected);
        },
      ),
    );
  });
});

describe("Corpus.search", () => {
  it("ranks the article about the words above one that mentions them in passing", async () => {
    await writeSeed("passing.txt", {
      url: "https://example.com/news/city-council-meets",
      body: "The council met on Tuesday. One member mentioned a volcano trip during lunch.\nThe budget passed.",
    });
    await writeSeed("about.txt", {
      url: "https://example.com/science/volcano-eruption-in-iceland",
      body: "A volcano erupted in Iceland on Monday.\nThe volcano eruption forced evacuations near the volcano, scientists said.",
    });
    await writeSeed("unrelated.txt", {
      url: "https://example.com/sport/cup-final-result",
      body: "The cup final ended in a draw.\nFans celebrated in the streets.",
    });
    const corpus = await open();
    const hits = await corpus.search("volcano eruption");
    expect(hits.map((hit) => hit.article.id)).toEqual(["about"]);
    const any = await corpus.search("volcano");
    expect(any.map((hit) => hit.article.id)).toEqual(["about", "passing"]);
    expect(any[0]!.score).toBeGreaterThan(any[1]!.score);
    expect(await corpus.search("volcano", 1)).toHaveLength(1);
    expect(await corpus.search("   ")).toEqual([]);
  });

  it("falls back to any of the words when no article has them all", async () => {
    await writeSeed("one.txt", {
      url: "https://example.com/a/volcano-erupts",
      body: "A volcano erupted today.",
    });
    await writeSeed("two.txt", {
      url: "https://example.com/b/budget-passes",
      body: "The budget passed today.",
    });
    const corpus = await open();
    expect((await corpus.search("volcano budget")).map((h) => h.article.id).sort()).toEqual([
      "one",
      "two",
    ]);
  });
});

describe("Corpus.suggest", () => {
  async function openThree() {
    await writeSeed("100_alpha.txt", {
      date: "2024-01-01",
      url: "https://example.com/news/parliament-passes-budget",
      body: "Parliament passed the budget on Monday.",
    });
    await writeSeed("200_beta.txt", {
      date: "2024-01-03",
      url: "https://news.example.org/world/earthquake-strikes-coast",
      body: "An earthquake struck the coast on Wednesday.",
    });
    await writeSeed("300_gamma.txt", {
      date: "2024-01-02",
      url: "https://example.com/news/parliament-debates-housing",
      body: "Parliament debated housing on Tuesday.",
    });
    return open();
  }

  it("gives the newest articles for an empty query, at most `limit`", async () => {
    const corpus = await openThree();
    expect((await corpus.suggest("")).map((h) => h.article.id)).toEqual([
      "200_beta",
      "300_gamma",
      "100_alpha",
    ]);
    expect((await corpus.suggest("  ", 2)).map((h) => h.article.id)).toEqual([
      "200_beta",
      "300_gamma",
    ]);
  });

  it("matches title words by prefix and with a typo", async () => {
    const corpus = await openThree();
    expect((await corpus.suggest("parl")).map((h) => h.article.id).sort()).toEqual([
      "100_alpha",
      "300_gamma",
    ]);
    expect((await corpus.suggest("parliament bud")).map((h) => h.article.id)).toEqual([
      "100_alpha",
    ]);
    expect((await corpus.suggest("earthqauke")).map((h) => h.article.id)).toEqual(["200_beta"]);
  });

  it("puts an id or URL match first when the query looks like one", async () => {
    const corpus = await openThree();
    expect((await corpus.suggest("300_gamma"))[0]?.article.id).toBe("300_gamma");
    expect((await corpus.suggest("200"))[0]?.article.id).toBe("200_beta");
    expect(
      (await corpus.suggest("https://www.news.example.org/world/earthquake-strikes-coast/"))[0]
        ?.article.id,
    ).toBe("200_beta");
    expect(
      (await corpus.suggest("example.com/news/parliament-d")).map((h) => h.article.id),
    ).toContain("300_gamma");
  });

  it("returns at most `limit` suggestions", async () => {
    const corpus = await openThree();
    expect(await corpus.suggest("parliament", 1)).toHaveLength(1);
  });
});

describe("Corpus.add", () => {
  it("adds a fetched article with an event, and replaces it with a 'changed' event", async () => {
    const corpus = await memoryCorpus();
    const events: string[] = [];
    corpus.on("added", (a) => events.push(`added ${a.id}`));
    corpus.on("changed", (a) => events.push(`changed ${a.id} ${a.title}`));
    await corpus.add(makeArticle({ id: "f1", url: "https://example.com/x", title: "First" }));
    await corpus.add(makeArticle({ id: "f1", url: "https://www.example.com/x/", title: "Second" }));
    expect(events).toEqual(["added f1", "changed f1 Second"]);
    expect(await corpus.count()).toBe(1);
    expect((await corpus.getByUrl("http://example.com/x"))?.title).toBe("Second");
    expect((await corpus.search("second")).map((h) => h.article.id)).toEqual(["f1"]);
  });
});

describe("openSeedCorpus with watch", () => {
  it("adds a new file and emits 'added'", async () => {
    await writeSeed("first.txt");
    const corpus = await open({ watch: true });
    const added = nextEvent(corpus, "added");
    await writeSeed("second.txt", {
      url: "https://example.com/news/second-story",
      body: "A second story about tides.",
    });
    expect((await added).id).toBe("second");
    expect((await corpus.get("second"))?.url).toBe("https://example.com/news/second-story");
    expect((await corpus.search("tides")).map((h) => h.article.id)).toEqual(["second"]);
  });

  it("re-reads a changed file and emits 'changed' with the new version", async () => {
    await writeSeed("story.txt", { body: "The first version talks about rivers." });
    const corpus = await open({ watch: true });
    expect(await corpus.search("rivers")).toHaveLength(1);
    const changed = nextEvent(corpus, "changed");
    await writeSeed("story.txt", {
      date: "2024-02-01",
      body: "The second version talks about mountains instead.",
    });
    const article = await changed;
    expect(article.date).toBe("2024-02-01");
    expect((await corpus.get("story"))?.text).toContain("mountains");
    expect(await corpus.search("rivers")).toEqual([]);
    expect((await corpus.search("mountains")).map((h) => h.article.id)).toEqual(["story"]);
  });

  it("drops a removed file and emits 'removed'", async () => {
    await writeSeed("keep.txt", { url: "https://example.com/keep" });
    const file = await writeSeed("gone.txt", { url: "https://example.com/gone" });
    const corpus = await open({ watch: true });
    const removed = nextEvent(corpus, "removed");
    await unlink(file);
    expect((await removed).id).toBe("gone");
    expect(await corpus.get("gone")).toBeUndefined();
    expect(await corpus.getByUrl("https://example.com/gone")).toBeUndefined();
    expect(await corpus.count()).toBe(1);
  });

  it("warns about a half-written file and picks it up once it is complete", async () => {
    const logger = createWaitingLogger();
    const corpus = await open({ watch: true, logger });
    const warned = logger.nextWarning();
    const file = path.join(dir, "partial.txt");
    await writeFile(file, " date 2024-01-16 https://exa");
    const warning = await warned;
    expect(warning.obj).toMatchObject({ file });
    expect(await corpus.get("partial")).toBeUndefined();
    expect((await corpus.warnings()).map((w) => w.file)).toEqual([file]);
    const added = nextEvent(corpus, "added");
    await writeSeed("partial.txt", { url: "https://example.com/complete" });
    expect((await added).id).toBe("partial");
    expect(await corpus.warnings()).toEqual([]);
  });

  it("promotes the other file of a duplicate URL when the kept one is removed", async () => {
    const kept = await writeSeed("a.txt", { url: "https://example.com/same" });
    await writeSeed("b.txt", { url: "https://www.example.com/same/" });
    const corpus = await open({ watch: true });
    expect((await corpus.getByUrl("https://example.com/same"))?.id).toBe("a");
    const added = nextEvent(corpus, "added");
    const removed = nextEvent(corpus, "removed");
    await unlink(kept);
    expect((await removed).id).toBe("a");
    expect((await added).id).toBe("b");
    expect((await corpus.getByUrl("https://example.com/same"))?.id).toBe("b");
    expect(await corpus.warnings()).toEqual([]);
  });

  it("stops updating after close()", async () => {
    const closed = await open({ watch: true });
    const watching = await open({ watch: true });
    await closed.close();
    let events = 0;
    closed.on("added", () => events++);
    const added = nextEvent(watching, "added");
    await writeSeed("late.txt");
    // The corpus still watching has seen the file by now: the closed one would have too.
    expect((await added).id).toBe("late");
    expect(events).toBe(0);
  });
});
