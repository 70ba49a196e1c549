import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleIndex, Viewer } from "../../src/articles/index-port.js";
import { createPostgresIndex } from "../../src/index/postgres-index.js";
import { createPostgresSearch } from "../../src/index/postgres-search.js";
import { silentLogger } from "../../src/logger.js";
import { entry } from "../articles/index-contract.js";
import { POSTGRES_SKIP_REASON, type PostgresServer, startPostgres } from "../support/postgres.js";

let server: PostgresServer | undefined;
let index: ArticleIndex | undefined;
let pool: pg.Pool | undefined;

/** 40 articles, one a day from 2024-01-01 (n00 the oldest), and one old article whose id is "n1". */
const titles = Array.from({ length: 40 }, (_v, i) => {
  if (i === 1) return "Volcano erupts near the coast";
  if (i === 2 || i === 30) return "Election results are in";
  if (i % 3 === 0) return `Minister speaks on budget ${i}`;
  return `Weather report for day ${i}`;
});
const day = (i: number) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
const ids = titles.map((_t, i) => `n${String(i).padStart(2, "0")}`);

/** What suggest must give for a title prefix: the newest articles with a title word starting so. */
function newestWithWord(prefix: string, limit: number): string[] {
  return ids
    .filter((_id, i) =>
      titles[i]!.toLowerCase()
        .split(/\s+/)
        .some((word) => word.startsWith(prefix)),
    )
    .reverse()
    .slice(0, limit);
}

if (POSTGRES_SKIP_REASON) console.warn(`skipping PostgreSQL search tests: ${POSTGRES_SKIP_REASON}`);

beforeAll(async () => {
  if (POSTGRES_SKIP_REASON) return;
  server = await startPostgres();
  index = await createPostgresIndex({ connectionString: server.url, logger: silentLogger });
  await index.upsertMany(
    titles.map((title, i) => entry({ id: ids[i]!, title, date: day(i), addedAt: 1_000 + i })),
  );
  await index.upsert(entry({ id: "n1", title: "An old note", date: "2020-01-01" }));
  await index.upsert(
    entry({ id: "private", title: "Minister resigns", date: "2025-01-01", addedAt: 9_000 }),
    { grants: [{ kind: "user", userId: "u1" }] },
  );
  pool = new pg.Pool({
    connectionString: server.url,
    options: "-c pg_trgm.word_similarity_threshold=0.45",
  });
  await pool.query("VACUUM ANALYZE articles");
}, 120_000);

afterAll(async () => {
  await pool?.end();
  await index?.close();
  await server?.stop();
});

describe.skipIf(POSTGRES_SKIP_REASON)("createPostgresSearch", () => {
  // Windows of 4 and 3 articles: these 42 articles take every path a large table takes.
  const search = () => createPostgresSearch(pool!, { firstWindow: 4, prefixCap: 3 });
  const suggest = async (query: string, limit: number, viewer?: Viewer) =>
    (await search().suggest(query, limit, viewer ?? {})).map((hit) => hit.article.id);

  it("gives the newest matches of a common word from the first articles read in order", async () => {
    expect(await suggest("min", 2)).toEqual(newestWithWord("min", 2));
    expect(await suggest("wea", 5)).toEqual(newestWithWord("wea", 5));
  });

  it("reads on, or asks the index, for words the newest articles lack", async () => {
    expect(await suggest("volc", 5)).toEqual(["n01"]);
    expect(await suggest("elec", 5)).toEqual(["n30", "n02"]);
    expect(await suggest("minister", 25)).toEqual(newestWithWord("minister", 25));
    expect(await suggest("minister budget", 3)).toEqual(newestWithWord("minister", 3));
    expect(await suggest("zzz", 5)).toEqual([]);
  });

  it("finds a word with a typo among old articles", async () => {
    expect(await suggest("volcnao", 5)).toEqual(["n01"]);
    expect(await suggest("electoin", 5)).toEqual(["n30", "n02"]);
  });

  it("puts the exact id first, then the newest ids with that prefix, however many match", async () => {
    expect(await suggest("n1", 3)).toEqual(["n1", "n19", "n18"]);
    expect(await suggest("n", 2)).toEqual(["n39", "n38"]);
    expect(await suggest("n0", 25)).toEqual(ids.slice(0, 10).reverse());
  });

  it("leaves out what the viewer may not see", async () => {
    expect(await suggest("min", 1, { userId: "u1" })).toEqual(["private"]);
    expect(await suggest("min", 1, { userId: "u2" })).toEqual(newestWithWord("min", 1));
    expect(await suggest("pri", 5, { userId: "u2" })).toEqual([]);
    expect(await suggest("private", 5, { userId: "u1" })).toEqual(["private"]);
  });
});
