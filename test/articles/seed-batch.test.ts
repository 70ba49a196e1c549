import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CLEANER_VERSION } from "../../src/articles/clean.js";
import type { ArticleIndex, SeedFileRecord, SeedLedger } from "../../src/articles/index-port.js";
import { createSeedBatchWriter } from "../../src/articles/seed-batch.js";
import { emptyReport } from "../../src/articles/seed-report.js";
import { openMemoryIndex } from "../../src/index/open-index.js";
import { createMemoryLogger, silentLogger } from "../../src/logger.js";

let index: ArticleIndex;

beforeEach(async () => {
  index = await openMemoryIndex(silentLogger);
});

afterEach(async () => {
  await index.close();
});

function record(path: string, fields: Partial<SeedFileRecord> = {}): SeedFileRecord {
  return {
    path,
    size: 10,
    mtimeMs: 1000,
    contentHash: "hash",
    cleanerVersion: CLEANER_VERSION,
    articleId: null,
    urlKey: null,
    problem: null,
    ...fields,
  };
}

function writer(seeds: Pick<SeedLedger, "apply"> = index.seeds) {
  const logger = createMemoryLogger();
  const report = emptyReport();
  const freedIds = new Set<string>();
  const batchWriter = createSeedBatchWriter({ seeds, logger, report, freedIds });
  return { logger, report, freedIds, writer: batchWriter };
}

/** The real ledger, each `apply` held until `release(n)` lets the n-th one through. */
function gatedLedger(fail?: number) {
  const gates: (() => void)[] = [];
  const started: number[] = [];
  const opened = new Map<number, Promise<void>>();
  const gate = (n: number) => {
    if (!opened.has(n)) opened.set(n, new Promise<void>((resolve) => (gates[n] = resolve)));
    return opened.get(n)!;
  };
  let calls = 0;
  const seeds: Pick<SeedLedger, "apply"> = {
    async apply(batch) {
      const n = ++calls;
      started.push(n);
      await gate(n);
      if (n === fail) throw new Error("disk full");
      await index.seeds.apply(batch);
    },
  };
  return {
    seeds,
    started,
    release(n: number) {
      void gate(n);
      gates[n]!();
    },
  };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe("createSeedBatchWriter", () => {
  it("writes the batch in one apply, then starts an empty one and forgets its URL claims", async () => {
    const { writer: w, freedIds } = writer();
    w.batch.records.push(record("/seeds/a.txt"));
    w.batch.removedArticles.push("gone");
    w.pendingClaims.set("example.com/a", "/seeds/a.txt");
    const first = w.batch;
    await w.flush();
    expect(await index.seeds.get("/seeds/a.txt")).toEqual(record("/seeds/a.txt"));
    expect(freedIds).toEqual(new Set(["gone"]));
    expect(w.batch).not.toBe(first);
    expect(w.batch).toEqual({ records: [], articles: [], removedPaths: [], removedArticles: [] });
    expect(w.pendingClaims.size).toBe(0);
  });

  it("keeps the same batch when flushing with nothing in it", async () => {
    const { writer: w } = writer();
    const claims = w.pendingClaims;
    claims.set("example.com/a", "/seeds/a.txt");
    await w.flush();
    expect(w.pendingClaims).toBe(claims);
  });

  it("removes a gone file's row and article, counting only files that gave an article", () => {
    const { writer: w, report } = writer();
    w.dropGone([
      record("/seeds/a.txt", { articleId: "a", urlKey: "example.com/a" }),
      record("/seeds/b.txt", { problem: "empty body" }),
    ]);
    w.remove("/seeds/c.txt", record("/seeds/c.txt", { articleId: "c" }));
    expect(w.batch.removedPaths).toEqual(["/seeds/a.txt", "/seeds/b.txt", "/seeds/c.txt"]);
    expect(w.batch.removedArticles).toEqual(["a", "c"]);
    expect(report.removed).toBe(2);
    expect([...w.freed]).toEqual(["example.com/a"]);
  });

  it("counts and warns about a skipped file and records its problem, dropping its article", async () => {
    const { writer: w, report, logger } = writer();
    const known = record("/seeds/a.txt", { articleId: "a", urlKey: "example.com/a" });
    await w.skip("/seeds/a.txt", "no URL", known, { size: 12, mtimeMs: 2000 });
    expect(report.skipped).toBe(1);
    expect(logger.records).toEqual([
      {
        level: "warn",
        obj: { file: "/seeds/a.txt", reason: "no URL" },
        msg: "skipped article file",
      },
    ]);
    expect(w.batch.removedArticles).toEqual(["a"]);
    expect([...w.freed]).toEqual(["example.com/a"]);
    expect(w.batch.records).toEqual([
      {
        path: "/seeds/a.txt",
        size: 12,
        mtimeMs: 2000,
        contentHash: "",
        cleanerVersion: CLEANER_VERSION,
        articleId: null,
        urlKey: null,
        problem: "no URL",
      },
    ]);
  });

  it("does not rewrite a problem already recorded for the same size, but still counts and warns", async () => {
    const { writer: w, report, logger } = writer();
    await w.skip("/seeds/a.txt", "no URL", record("/seeds/a.txt", { problem: "no URL" }), {
      size: 10,
      mtimeMs: 5000,
    });
    await w.skip(
      "/seeds/b",
      "a directory",
      record("/seeds/b", { size: -1, problem: "a directory" }),
    );
    expect(report.skipped).toBe(2);
    expect(logger.records).toHaveLength(2);
    expect(w.batch.records).toEqual([]);
  });

  it("records an unseen file's problem with size and time -1 and the URL it claimed", async () => {
    const { writer: w } = writer();
    await w.skip("/seeds/b", "a directory", undefined, undefined, "example.com/b");
    expect(w.batch.records[0]).toMatchObject({
      size: -1,
      mtimeMs: -1,
      urlKey: "example.com/b",
      problem: "a directory",
    });
  });

  it("sends a batch without waiting for it, but the next only once the previous one is written", async () => {
    const gated = gatedLedger();
    const { writer: w } = writer(gated.seeds);
    w.batch.records.push(record("/seeds/a.txt"));
    await w.flush();
    expect(gated.started).toEqual([1]);
    w.batch.records.push(record("/seeds/b.txt"));
    let second = false;
    const flushing = w.flush().then(() => {
      second = true;
    });
    await turn();
    expect(second).toBe(false);
    expect(gated.started).toEqual([1]);
    gated.release(1);
    await flushing;
    expect(gated.started).toEqual([1, 2]);
    expect(await index.seeds.get("/seeds/a.txt")).toBeDefined();
    let finished = false;
    const finishing = w.finish().then(() => {
      finished = true;
    });
    await turn();
    expect(finished).toBe(false);
    gated.release(2);
    await finishing;
    expect(await index.seeds.get("/seeds/b.txt")).toBeDefined();
  });

  it("throws a batch's failure at the next flush, and writes nothing after it", async () => {
    const gated = gatedLedger(1);
    const { writer: w } = writer(gated.seeds);
    w.batch.records.push(record("/seeds/a.txt"));
    await w.flush();
    w.batch.records.push(record("/seeds/b.txt"));
    gated.release(1);
    await expect(w.flush()).rejects.toThrow("disk full");
    await expect(w.finish()).resolves.toBeUndefined();
    expect(gated.started).toEqual([1]);
    expect(await index.seeds.get("/seeds/a.txt")).toBeUndefined();
    expect(await index.seeds.get("/seeds/b.txt")).toBeUndefined();
  });

  it("waits for the batch being written when draining after another error, logging its failure", async () => {
    const gated = gatedLedger(1);
    const { writer: w, logger } = writer(gated.seeds);
    w.batch.records.push(record("/seeds/a.txt"));
    await w.flush();
    let drained = false;
    const draining = w.drain().then(() => {
      drained = true;
    });
    await turn();
    expect(drained).toBe(false);
    gated.release(1);
    await draining;
    expect(logger.records).toMatchObject([
      { level: "error", msg: "a batch of seed files was not written" },
    ]);
    await expect(w.finish()).resolves.toBeUndefined();
  });

  it("gives the event loop a turn after a file only while a batch is being written", async () => {
    const gated = gatedLedger();
    const { writer: w } = writer(gated.seeds);
    expect(w.yieldToWrite()).toBeUndefined();
    w.batch.records.push(record("/seeds/a.txt"));
    await w.flush();
    await expect(w.yieldToWrite()).resolves.toBeUndefined();
    gated.release(1);
    await w.finish();
    expect(w.yieldToWrite()).toBeUndefined();
  });
});
