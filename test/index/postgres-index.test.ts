import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ArticleIndex, SeedBatch, SeedFileRecord } from "../../src/articles/index-port.js";
import { createSeedImporter } from "../../src/articles/seed-importer.js";
import { createPostgresIndex } from "../../src/index/postgres-index.js";
import { createMemoryLogger, silentLogger } from "../../src/logger.js";
import { describeArticleIndexContract, entry } from "../articles/index-contract.js";
import {
  createDatabase,
  POSTGRES_SKIP_REASON,
  type PostgresServer,
  startPostgres,
} from "../support/postgres.js";

let server: PostgresServer | undefined;
let databases = 0;

if (POSTGRES_SKIP_REASON)
  console.warn(`skipping the PostgreSQL index tests: ${POSTGRES_SKIP_REASON}`);

beforeAll(async () => {
  if (!POSTGRES_SKIP_REASON) server = await startPostgres();
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

/** A fresh database per test: the contract starts from an empty index. */
async function freshDatabase(): Promise<string> {
  return createDatabase(server!, `index_${++databases}`);
}

describeArticleIndexContract(
  "PostgreSQL",
  async () => {
    const url = await freshDatabase();
    const index = await createPostgresIndex({ connectionString: url, logger: silentLogger });
    return Object.assign(index, {
      openSecond: () => createPostgresIndex({ connectionString: url, logger: silentLogger }),
    });
  },
  { skip: POSTGRES_SKIP_REASON },
);

const skipPg = POSTGRES_SKIP_REASON ? describe.skip : describe;

skipPg("createPostgresIndex", () => {
  const opened: ArticleIndex[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((index) => index.close()));
  });
  const openIndex = async (url: string) => {
    const index = await createPostgresIndex({ connectionString: url, logger: silentLogger });
    opened.push(index);
    return index;
  };
  const ask = async <T extends object>(url: string, sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<T>(sql)).rows;
    } finally {
      await client.end();
    }
  };
  const indexNames = async (url: string) =>
    (
      await ask<{ indexname: string }>(
        url,
        "SELECT indexname FROM pg_indexes WHERE tablename = 'articles'",
      )
    ).map((row) => row.indexname);
  const autovacuumOff = async (url: string) =>
    (
      await ask<{ off: boolean }>(
        url,
        "SELECT 'autovacuum_enabled=false' = ANY(coalesce(reloptions, '{}')) AS off FROM pg_class WHERE relname = 'articles'",
      )
    )[0]?.off;
  const record = (id: string, size = 1): SeedFileRecord => ({
    path: `/seeds/${id}.txt`,
    size,
    mtimeMs: 1,
    contentHash: `h-${id}`,
    cleanerVersion: 1,
    articleId: id,
    urlKey: `https://example.com/news/${id}`,
    problem: null,
  });

  it("writes a batch all or nothing: a failing record takes its articles back out", async () => {
    const url = await freshDatabase();
    const index = await openIndex(url);
    const changes: string[] = [];
    index.onChange((change) => changes.push(`${change.kind} ${change.id}`));
    const broken = { ...record("b2"), size: null as unknown as number }; // size is NOT NULL
    await expect(
      index.seeds.apply({
        records: [record("b1"), broken],
        articles: [entry({ id: "b1" }), entry({ id: "b2" })],
        removedPaths: [],
        removedArticles: [],
      }),
    ).rejects.toThrow();
    expect(await index.count()).toBe(0);
    expect(await index.seeds.get("/seeds/b1.txt")).toBeUndefined();
    expect(changes).toEqual([]);
    await index.seeds.apply({
      records: [record("b1"), record("b2")],
      articles: [entry({ id: "b1" }), entry({ id: "b2" })],
      removedPaths: [],
      removedArticles: [],
    });
    expect(await index.count()).toBe(2);
    expect(changes).toEqual(["added b1", "added b2"]);
  });

  it("answers the ledger's reads after the batches applied before them, written in call order", async () => {
    const url = await freshDatabase();
    const index = await openIndex(url);
    const batch = (records: SeedFileRecord[], ids: string[]) => ({
      records,
      articles: ids.map((id) => entry({ id })),
      removedPaths: [],
      removedArticles: [],
    });
    const broken = { ...record("c3"), size: null as unknown as number }; // size is NOT NULL
    // Another session holds the ledger's writes back until the reads below are under way.
    const blocker = new pg.Client({ connectionString: url });
    await blocker.connect();
    await blocker.query("BEGIN; LOCK TABLE seed_files IN EXCLUSIVE MODE");
    // Not awaited, as the importer sends them: each read must still see what came before it.
    const first = index.seeds.apply(batch([record("c1")], ["c1"]));
    const second = index.seeds.apply(batch([record("c1", 2), record("c2")], ["c2"]));
    const failing = index.seeds.apply(batch([broken], ["c3"]));
    failing.catch(() => {});
    const claims = index.seeds.claimsOf("https://example.com/news/c2");
    const c1 = index.seeds.get("/seeds/c1.txt");
    await new Promise((resolve) => setTimeout(resolve, 200));
    await blocker.query("COMMIT");
    await blocker.end();
    expect((await claims).map((claim) => claim.path)).toEqual(["/seeds/c2.txt"]);
    expect((await c1)?.size).toBe(2);
    await expect(Promise.all([first, second])).resolves.toBeDefined();
    await expect(failing).rejects.toThrow();
    expect(await index.seeds.get("/seeds/c3.txt")).toBeUndefined();
    expect(await index.count()).toBe(2);
  });

  it("writes several articles as one after the other would: URL clashes, repeats, grants, changes", async () => {
    const index = await openIndex(await freshDatabase());
    await index.upsert(entry({ id: "old", url: "https://example.com/shared" }), {
      grants: [{ kind: "guild", guildId: "g1" }],
    });
    await index.upsert(entry({ id: "same", text: "First text." }));
    const changes: string[] = [];
    index.onChange((change) => changes.push(`${change.kind} ${change.id}`));
    // In the guild's scope the new article takes the URL; the one with the same hash is unchanged.
    await index.upsertMany(
      [
        entry({ id: "new", url: "https://example.com/shared" }),
        entry({ id: "same", text: "First text." }),
      ],
      { grants: [{ kind: "guild", guildId: "g1" }] },
    );
    expect(await index.get("old")).toBeUndefined();
    expect(await index.grantsOf("same")).toEqual([{ kind: "guild", guildId: "g1" }]);
    expect(changes.sort()).toEqual(["added new", "removed old"]);
    // One id twice in a batch: the later one wins, as row by row.
    await index.upsertMany([
      entry({ id: "twice", text: "Early." }),
      entry({ id: "twice", text: "Late." }),
    ]);
    expect((await index.get("twice"))?.text).toBe("Late.");
    expect(await index.grantsOf("twice")).toEqual([{ kind: "all" }]);
  });

  it("resumes an import cut short by a crash, the batches written kept whole", async () => {
    const url = await freshDatabase();
    const dir = await mkdtemp(path.join(tmpdir(), "newsdesk-pg-seeds-"));
    try {
      for (let i = 0; i < 30; i++) {
        await writeFile(
          path.join(dir, `s${i}.txt`),
          ` date 2024-01-16 https://example.com/s${i}\nThe council met on Tuesday.\nIt voted.\n`,
        );
      }
      const index = await openIndex(url);
      let batches = 0;
      const failing: ArticleIndex = {
        ...index,
        seeds: {
          ...index.seeds,
          apply: async (batch: SeedBatch) => {
            if (++batches === 3) throw new Error("disk full");
            await index.seeds.apply(batch);
          },
        },
      };
      const options = { folders: [dir], logger: silentLogger, batchSize: 5, bulkThreshold: 10 };
      await expect(createSeedImporter({ ...options, index: failing }).run()).rejects.toThrow(
        "disk full",
      );
      expect(await index.count()).toBe(10);
      expect((await indexNames(url)).sort()).toContain("articles_search");
      const again = createSeedImporter({ ...options, index });
      expect(await again.run()).toMatchObject({ added: 20, unchanged: 10 });
      expect(await index.count()).toBe(30);
      expect((await index.search("council")).length).toBe(20);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("finds a URL claimed in an earlier batch of a bulk load, and an id in an earlier folder", async () => {
    const url = await freshDatabase();
    const dir = await mkdtemp(path.join(tmpdir(), "newsdesk-pg-seeds-"));
    try {
      const [first, second] = [path.join(dir, "first"), path.join(dir, "second")];
      for (const folder of [first, second]) await mkdir(folder);
      const seed = (name: string) => ` date 2024-01-16 https://example.com/${name}\nText.\n`;
      for (let i = 10; i < 22; i++) await writeFile(path.join(first, `s${i}.txt`), seed(`s${i}`));
      await writeFile(path.join(first, "s99.txt"), seed("s10")); // the URL of s10, batches later
      await writeFile(path.join(second, "s12.txt"), seed("second-s12")); // the id of s12
      const index = await openIndex(url);
      const logger = createMemoryLogger();
      const importer = createSeedImporter({
        index,
        folders: [first, second],
        logger,
        batchSize: 5,
        bulkThreshold: 10,
      });
      expect(await importer.run()).toMatchObject({ added: 12, skipped: 2 });
      expect((await index.get("s12"))?.url).toBe("https://example.com/s12");
      expect((await index.seeds.get(path.join(first, "s99.txt")))?.problem).toContain(
        "duplicate URL",
      );
      expect((await index.seeds.get(path.join(second, "s12.txt")))?.problem).toContain(
        "duplicate id",
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("serves, with an error logged, when the indexes of a bulk load cut short cannot be built", async () => {
    const url = await freshDatabase();
    await (await openIndex(url)).upsert(entry({ id: "kept" }));
    await ask(
      url,
      `INSERT INTO meta (key, value) VALUES ('bulk_indexes', '["CREATE INDEX broken ON articles (no_such_column)"]')`,
    );
    const logger = createMemoryLogger();
    const index = await createPostgresIndex({ connectionString: url, logger });
    opened.push(index);
    expect((await index.get("kept"))?.id).toBe("kept");
    expect(logger.records.find((r) => r.level === "error")?.msg).toBe(
      "could not build the indexes of a bulk load cut short",
    );
  });

  it("builds the indexes of a bulk load cut short when next opened, not while a load holds the lock", async () => {
    const url = await freshDatabase();
    const first = await createPostgresIndex({ connectionString: url, logger: silentLogger });
    const all = (await indexNames(url)).sort();
    await first.seeds.beginBulk();
    await first.seeds.apply({
      records: [record("cut")],
      articles: [entry({ id: "cut", title: "Ferry timetable changes" })],
      removedPaths: [],
      removedArticles: [],
    });
    expect(await indexNames(url)).not.toContain("articles_search");
    expect(await autovacuumOff(url)).toBe(true);
    // Meanwhile answers are right, without the indexes.
    expect((await first.search("ferry")).map((hit) => hit.article.id)).toEqual(["cut"]);
    const lease = await first.tryLock("seed-import");
    const during = await openIndex(url); // another process, while the load holds the lock
    expect(await indexNames(url)).not.toContain("articles_search");
    await lease?.release();
    await during.close();
    await first.close(); // no endBulk: the process died
    const logger = createMemoryLogger();
    const second = await createPostgresIndex({ connectionString: url, logger });
    opened.push(second);
    expect((await indexNames(url)).sort()).toEqual(all);
    expect(await autovacuumOff(url)).toBe(false);
    expect(logger.records.some((r) => r.msg?.startsWith("built the indexes"))).toBe(true);
    expect((await second.suggest("ferr")).map((hit) => hit.article.id)).toEqual(["cut"]);
  });
});
