import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ArticleIndex, Grant, StoredArticle } from "../../src/articles/index-port.js";
import { copyArticles } from "../../src/index/copy-index.js";
import { type CopySource, openCopySource } from "../../src/index/copy-source.js";
import { createPostgresIndex } from "../../src/index/postgres-index.js";
import { createSqliteIndex } from "../../src/index/sqlite-index.js";
import { keptFolderOf } from "../../src/index/sqlite-kept.js";
import { silentLogger } from "../../src/logger.js";
import { entry } from "../articles/index-contract.js";
import {
  createDatabase,
  POSTGRES_SKIP_REASON,
  type PostgresServer,
  startPostgres,
} from "../support/postgres.js";

const dirs: string[] = [];
const open: { close(): unknown }[] = [];
afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "newsdesk-copy-"));
  dirs.push(dir);
  return dir;
}

const guild = (guildId: string): Grant => ({ kind: "guild", guildId });
const feed = (id: string, fields: { url?: string; hash?: string } = {}) =>
  entry({ id, origin: "feed", hash: fields.hash ?? `h-${id}`, ...fields });

async function sqliteIndex(file: string): Promise<ArticleIndex> {
  const index = await createSqliteIndex({ file, logger: silentLogger, pollMs: 0 });
  open.push(index);
  return index;
}

/** An old SQLite index: one seed article, two feed items and a fetched page, then closed. */
async function oldIndex(dir: string): Promise<string> {
  const file = path.join(dir, "old.sqlite");
  const index = await createSqliteIndex({ file, logger: silentLogger, pollMs: 0 });
  await index.upsert(entry({ id: "s1" }));
  await index.upsert(feed("f1"), { grants: [guild("g2"), guild("g1")] });
  await index.upsert(feed("f2"));
  await index.upsert(entry({ id: "p1", origin: "fetched", hash: "h-p1" }), {
    grants: [{ kind: "user", userId: "u1" }],
  });
  await index.close();
  return file;
}

function source(location: string): CopySource {
  const opened = openCopySource(location);
  if (!opened) throw new Error(`no source at ${location}`);
  open.push(opened);
  return opened;
}

/** What an index holds of these ids, in a comparable form. */
async function held(index: ArticleIndex, ids: string[]): Promise<StoredArticle[]> {
  return (await index.storedOf(ids)).map((s) => ({ ...s, entry: { ...s.entry, file: null } }));
}

/** Every byte of the file and of its kept folder. */
function fingerprint(file: string): string {
  const hash = createHash("sha256").update(readFileSync(file));
  const folder = keptFolderOf(file);
  for (const name of readdirSync(folder).sort()) {
    hash.update(name).update(readFileSync(path.join(folder, name)));
  }
  return hash.digest("hex");
}

describe("copyArticles", () => {
  it("copies every article without a seed file, with its grants, and nothing the second time", async () => {
    const dir = await tempDir();
    const file = await oldIndex(dir);
    const oldOne = await sqliteIndex(file);
    const expected = await held(oldOne, ["f1", "f2", "p1"]);
    await oldOne.close();
    const before = fingerprint(file);
    const target = await sqliteIndex(path.join(dir, "new.sqlite"));
    const first = await copyArticles(source(file), target, { pageSize: 2 });
    expect(first).toMatchObject({ read: "index", copied: 3, updated: 0, unchanged: 0 });
    expect(first).toMatchObject({ skipped: 0, seedArticles: 1, fallback: null });
    expect(await held(target, ["f1", "f2", "p1", "s1"])).toEqual(expected);
    expect(expected.find((s) => s.entry.article.id === "f1")?.grants).toEqual([
      guild("g2"),
      guild("g1"),
    ]);

    const second = await copyArticles(source(file), target, { pageSize: 2 });
    expect(second).toMatchObject({ copied: 0, updated: 0, unchanged: 3, skipped: 0 });
    // Opened read-only: the file and its kept folder are byte for byte as they were.
    expect(fingerprint(file)).toBe(before);
  });

  it("updates an article whose content hash differs and merges grants, dropping none", async () => {
    const dir = await tempDir();
    const file = await oldIndex(dir);
    const target = await sqliteIndex(path.join(dir, "new.sqlite"));
    await target.upsert(feed("f1", { hash: "newer" }), { grants: [guild("g3")] });
    await target.upsert(feed("f2"), { grants: [guild("g9")] });
    const report = await copyArticles(source(file), target);
    expect(report).toMatchObject({ copied: 1, updated: 2, unchanged: 0 });
    expect(report.updates).toEqual([
      { id: "f1", what: "content" },
      { id: "f2", what: "grants" },
    ]);
    const [f1, f2] = await target.storedOf(["f1", "f2"]);
    expect(f1?.entry.contentHash).toBe("h-f1");
    expect(f1?.grants).toEqual([guild("g3"), guild("g1"), guild("g2")]);
    expect(f2?.grants).toEqual([guild("g9"), { kind: "all" }]);
    expect(await copyArticles(source(file), target)).toMatchObject({ updated: 0, unchanged: 3 });
  });

  it("replaces nothing in the target: seeds by id or URL, another article at a URL", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "old.sqlite");
    const old = await sqliteIndex(file);
    await old.upsert(feed("clash", { url: "https://example.com/seeded" }));
    await old.upsert(feed("mine", { url: "https://example.com/seeded" }), {
      grants: [guild("g1")],
    });
    await old.upsert(feed("taken"));
    await old.upsert(feed("twice", { url: "https://example.com/two-feeds" }), {
      grants: [guild("g1")],
    });
    await old.close();
    const target = await sqliteIndex(path.join(dir, "new.sqlite"));
    await target.upsert(entry({ id: "seed", url: "https://example.com/seeded" }));
    await target.upsert(entry({ id: "taken", hash: "seed-hash" }));
    // Another feed's item at the same link for the same server, delivered after the move.
    await target.upsert(feed("newer", { url: "https://example.com/two-feeds" }), {
      grants: [guild("g1")],
    });
    const report = await copyArticles(source(file), target);
    expect(report).toMatchObject({ copied: 1, skipped: 3 });
    expect(report.skips).toEqual([
      { ref: "clash", reason: "seed-url", detail: "seed" },
      { ref: "taken", reason: "seed-id" },
      { ref: "twice", reason: "url-taken", detail: "newer" },
    ]);
    expect((await target.get("newer"))?.origin).toBe("feed");
    expect((await target.get("seed"))?.origin).toBe("seed");
    expect((await target.get("taken"))?.origin).toBe("seed");
    expect((await target.get("mine", { guildId: "g1" }))?.origin).toBe("feed");
  });

  it("writes nothing on a dry run but reports what it would do", async () => {
    const dir = await tempDir();
    const file = await oldIndex(dir);
    const target = await sqliteIndex(path.join(dir, "new.sqlite"));
    await target.upsert(feed("f1", { hash: "newer" }), { grants: [guild("g3")] });
    const report = await copyArticles(source(file), target, { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, copied: 2, updated: 1 });
    expect(await target.count()).toBe(1);
    expect(await held(target, ["f1"])).toEqual([
      {
        entry: { ...feed("f1", { hash: "newer" }), file: null },
        grants: [guild("g3")],
        scope: "guild:g3",
      },
    ]);
  });
  it("skips an article the target refuses, and stops when the target keeps failing", async () => {
    const dir = await tempDir();
    const file = await oldIndex(dir);
    const real = await sqliteIndex(path.join(dir, "new.sqlite"));
    const refusing = (bad: (id: string) => boolean): ArticleIndex => ({
      ...real,
      upsertMany: async () => {
        throw new Error("batch refused");
      },
      upsert: async (e, options) => {
        if (bad(e.article.id)) throw new Error(`refused ${e.article.id}`);
        await real.upsert(e, options);
      },
    });
    const report = await copyArticles(
      source(file),
      refusing((id) => id === "f2"),
    );
    expect(report).toMatchObject({ copied: 2, skipped: 1 });
    expect(report.skips).toEqual([{ ref: "f2", reason: "unwritable", detail: "refused f2" }]);
    expect(await real.count()).toBe(2);

    const many = path.join(dir, "many.sqlite");
    const old = await sqliteIndex(many);
    await old.upsertMany(Array.from({ length: 8 }, (_, i) => feed(`m${i}`)));
    await old.close();
    await expect(
      copyArticles(
        source(many),
        refusing(() => true),
      ),
    ).rejects.toThrow(/refused m4/);
  });
});

describe("openCopySource", () => {
  it("reads the kept folder of a damaged file instead, and says why", async () => {
    const dir = await tempDir();
    const file = await oldIndex(dir);
    await writeFile(file, "not a database ".repeat(500));
    const opened = source(file);
    expect(opened).toMatchObject({ read: "kept", location: keptFolderOf(file) });
    expect(opened.fallback).toContain(file);
    const target = await sqliteIndex(path.join(dir, "new.sqlite"));
    const report = await copyArticles(opened, target);
    expect(report).toMatchObject({ read: "kept", copied: 3, seedArticles: null });
    expect((await target.grantsOf("f1")).length).toBe(2);
    expect(readFileSync(file, "utf8").startsWith("not a database")).toBe(true);
  });

  it("reads the kept folder when the file is gone, and reports a damaged kept file", async () => {
    const dir = await tempDir();
    const file = await oldIndex(dir);
    await rm(file);
    await writeFile(path.join(keptFolderOf(file), "broken.json"), "{ half");
    const shapeless = { version: 1, entry: { article: { id: "x" } }, grants: [] };
    await writeFile(path.join(keptFolderOf(file), "wrong.json"), JSON.stringify(shapeless));
    const opened = source(file);
    expect(opened.fallback).toContain("does not exist");
    const target = await sqliteIndex(path.join(dir, "new.sqlite"));
    const report = await copyArticles(opened, target);
    expect(report).toMatchObject({ copied: 3, skipped: 2 });
    expect(report.skips.map((s) => [path.basename(s.ref), s.reason, s.detail])).toEqual([
      ["broken.json", "unreadable", expect.stringContaining("JSON")],
      ["wrong.json", "unreadable", "no url"],
    ]);
  });

  it("reads the kept folder of a file of another schema, and refuses it without one", async () => {
    const dir = await tempDir();
    const file = await oldIndex(dir);
    const other = new Database(file);
    other.exec("ALTER TABLE articles DROP COLUMN byline");
    other.close();
    const opened = source(file);
    expect(opened.read).toBe("kept");
    expect(opened.fallback).toContain("byline");
    await rm(keptFolderOf(file), { recursive: true });
    expect(() => openCopySource(file)).toThrow(/byline/);
  });

  it("gives nothing when neither the file nor its kept folder exists", async () => {
    const dir = await tempDir();
    expect(openCopySource(path.join(dir, "none.sqlite"))).toBeNull();
    expect(existsSync(path.join(dir, "none.sqlite"))).toBe(false);
  });
});

const skipPg = POSTGRES_SKIP_REASON ? describe.skip : describe;

skipPg("copyArticles into PostgreSQL", () => {
  let server: PostgresServer | undefined;
  beforeAll(async () => {
    server = await startPostgres();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it("copies a SQLite index's feed items and fetched pages, and nothing the second time", async () => {
    const url = await createDatabase(server!, "copy_target");
    const target = await createPostgresIndex({ connectionString: url, logger: silentLogger });
    open.push(target);
    const dir = await tempDir();
    const file = await oldIndex(dir);
    expect(await copyArticles(source(file), target, { pageSize: 2 })).toMatchObject({
      copied: 3,
      skipped: 0,
    });
    const oldOne = await sqliteIndex(file);
    const expected = await held(oldOne, ["f1", "f2", "p1"]);
    await oldOne.close();
    expect(await held(target, ["f1", "f2", "p1", "s1"])).toEqual(expected);
    expect(await target.search("f1", { viewer: { guildId: "g1" } })).toHaveLength(1);
    expect(await copyArticles(source(file), target)).toMatchObject({ copied: 0, unchanged: 3 });
  });
});
