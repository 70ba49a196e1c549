import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CLEANER_VERSION } from "../../src/articles/clean.js";
import type { ArticleIndex, SeedFileRecord } from "../../src/articles/index-port.js";
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

function writer() {
  const logger = createMemoryLogger();
  const report = emptyReport();
  const freedIds = new Set<string>();
  const batchWriter = createSeedBatchWriter({ seeds: index.seeds, logger, report, freedIds });
  return { logger, report, freedIds, writer: batchWriter };
}

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
});
