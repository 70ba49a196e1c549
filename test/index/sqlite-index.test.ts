import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createSqliteIndex } from "../../src/index/sqlite-index.js";
import { PAGE_SIZE } from "../../src/index/sqlite-schema.js";
import { createMemoryLogger, silentLogger } from "../../src/logger.js";
import { describeArticleIndexContract, entry } from "../articles/index-contract.js";

const READ_INDEXES = [
  "articles_newest",
  "articles_added",
  "articles_source",
  "articles_id_lower",
  "articles_stem",
  "articles_origin",
  "articles_id_key",
];

/** The names of the indexes in an index file (read with a connection of its own). */
function indexNames(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]
    ).map((row) => row.name);
  } finally {
    db.close();
  }
}

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "newsdesk-index-"));
  dirs.push(dir);
  return dir;
}

describeArticleIndexContract("SQLite", async () => {
  const file = path.join(await tempDir(), "index.sqlite");
  const index = await createSqliteIndex({ file, logger: silentLogger, pollMs: 20 });
  return Object.assign(index, {
    openSecond: () => createSqliteIndex({ file, logger: silentLogger, pollMs: 20 }),
  });
});

describe("createSqliteIndex", () => {
  it("moves a corrupt index file aside with a warning naming it, and starts a new one", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "index.sqlite");
    await writeFile(file, "this is not a database, just some bytes ".repeat(200));
    const logger = createMemoryLogger();
    const index = await createSqliteIndex({ file, logger, now: () => Date.UTC(2026, 0, 2) });
    await index.upsert(entry({ id: "fresh" }));
    expect(await index.count()).toBe(1);
    await index.close();
    const names = await readdir(dir);
    expect(names).toContain("index.sqlite.corrupt-2026-01-02T00-00-00-000Z");
    const warning = logger.records.find((record) => record.level === "warn");
    expect(warning?.obj).toMatchObject({
      file,
      movedTo: `${file}.corrupt-2026-01-02T00-00-00-000Z`,
    });
  });

  it("writes a new index file in 16 KB pages and leaves an existing file's pages as they are", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "index.sqlite");
    const index = await createSqliteIndex({ file, logger: silentLogger });
    await index.upsert(entry({ id: "paged" }));
    await index.close();
    const older = path.join(dir, "older.sqlite");
    const old = new Database(older);
    old.pragma("page_size = 4096");
    old.exec("CREATE TABLE kept (x)");
    old.close();
    const reopened = await createSqliteIndex({ file: older, logger: silentLogger });
    await reopened.upsert(entry({ id: "still-small" }));
    await reopened.close();
    const pageSize = (name: string) => {
      const db = new Database(name, { readonly: true });
      try {
        return db.pragma("page_size", { simple: true });
      } finally {
        db.close();
      }
    };
    expect(pageSize(file)).toBe(PAGE_SIZE);
    expect(PAGE_SIZE).toBe(16_384);
    expect(pageSize(older)).toBe(4096);
  });

  it("keeps its articles across a reopen", async () => {
    const file = path.join(await tempDir(), "index.sqlite");
    const first = await createSqliteIndex({ file, logger: silentLogger });
    await first.upsert(entry({ id: "kept" }));
    await first.close();
    const second = await createSqliteIndex({ file, logger: silentLogger });
    expect((await second.get("kept"))?.id).toBe("kept");
    await second.close();
  });

  it("finishes a bulk load cut short by a crash when the file is next opened", async () => {
    const file = path.join(await tempDir(), "index.sqlite");
    const first = await createSqliteIndex({ file, logger: silentLogger });
    await first.seeds.beginBulk();
    await first.seeds.apply({
      records: [],
      articles: [entry({ id: "cut", title: "Ferry timetable changes" })],
      removedPaths: [],
      removedArticles: [],
    });
    await first.close(); // no endBulk: the process died
    expect(indexNames(file)).not.toContain("articles_newest");
    const second = await createSqliteIndex({ file, logger: silentLogger });
    expect(indexNames(file)).toEqual(expect.arrayContaining(READ_INDEXES));
    expect((await second.search("ferry")).map((hit) => hit.article.id)).toEqual(["cut"]);
    await second.upsert(entry({ id: "next", title: "Ferry fares rise" }));
    expect((await second.search("ferry")).map((hit) => hit.article.id).sort()).toEqual([
      "cut",
      "next",
    ]);
    await second.close();
  });

  it("drops the indexes only reads use during a bulk load and builds them when it ends", async () => {
    const file = path.join(await tempDir(), "index.sqlite");
    const index = await createSqliteIndex({ file, logger: silentLogger });
    await index.seeds.beginBulk();
    await index.seeds.apply({
      records: [],
      articles: [entry({ id: "b" }), entry({ id: "a" })],
      removedPaths: [],
      removedArticles: [],
    });
    expect(indexNames(file)).not.toEqual(expect.arrayContaining(READ_INDEXES));
    await index.seeds.endBulk();
    expect(indexNames(file)).toEqual(expect.arrayContaining(READ_INDEXES));
    expect((await index.list()).map((article) => article.id).sort()).toEqual(["a", "b"]);
    await index.close();
  });

  it("leaves the full-text index with its default merge settings after a bulk load", async () => {
    const file = path.join(await tempDir(), "index.sqlite");
    const index = await createSqliteIndex({ file, logger: silentLogger });
    await index.seeds.beginBulk();
    await index.seeds.apply({
      records: [],
      articles: [entry({ id: "merged", title: "Harbour crane returns" })],
      removedPaths: [],
      removedArticles: [],
    });
    await index.seeds.endBulk();
    expect((await index.search("crane")).map((hit) => hit.article.id)).toEqual(["merged"]);
    await index.close();
    const db = new Database(file, { readonly: true });
    try {
      const config = Object.fromEntries(
        (db.prepare("SELECT k, v FROM articles_fts_config").all() as { k: string; v: unknown }[])
          .filter((row) => row.k !== "version")
          .map((row) => [row.k, row.v]),
      );
      expect(config).toEqual({ hashsize: 1048576, automerge: 4, crisismerge: 16 });
    } finally {
      db.close();
    }
  });

  it("puts back feed items and fetched pages, grants and all, when the file is lost", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "index.sqlite");
    const first = await createSqliteIndex({ file, logger: silentLogger });
    await first.upsert(entry({ id: "feed-1", origin: "feed", title: "Harbour news" }), {
      grants: [{ kind: "guild", guildId: "g1" }],
    });
    await first.grant("feed-1", { kind: "guild", guildId: "g2" });
    await first.upsert(entry({ id: "page", origin: "fetched" }), {
      grants: [{ kind: "user", userId: "u1" }],
    });
    await first.upsert(entry({ id: "gone", origin: "feed" }));
    await first.remove("gone");
    await first.upsert(entry({ id: "seed" }));
    await first.seeds.clear(); // `newsdesk index rebuild` keeps them too
    expect(await first.count()).toBe(2);
    await first.close();
    await writeFile(file, "not a database any more ".repeat(300));
    for (const suffix of ["-wal", "-shm"]) await rm(file + suffix, { force: true });
    const logger = createMemoryLogger();
    const second = await createSqliteIndex({ file, logger });
    expect((await second.get("feed-1"))?.title).toBe("Harbour news");
    expect(await second.grantsOf("feed-1")).toEqual([
      { kind: "guild", guildId: "g1" },
      { kind: "guild", guildId: "g2" },
    ]);
    expect(await second.get("page", { guildId: "g1" })).toBeUndefined();
    expect((await second.get("page", { userId: "u1" }))?.id).toBe("page");
    expect(await second.get("gone")).toBeUndefined();
    expect((await second.search("harbour")).map((hit) => hit.article.id)).toEqual(["feed-1"]);
    expect(logger.records.some((r) => r.msg?.startsWith("put back"))).toBe(true);
    await second.close();
  });
});
