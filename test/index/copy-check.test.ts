import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { warnIfNotCopied } from "../../src/index/copy-check.js";
import { copyArticles } from "../../src/index/copy-index.js";
import { defaultIndexFile, openCopySource } from "../../src/index/copy-source.js";
import { openConfiguredCorpus } from "../../src/index/open-corpus.js";
import { createPostgresIndex } from "../../src/index/postgres-index.js";
import { createSqliteIndex } from "../../src/index/sqlite-index.js";
import { createMemoryLogger, silentLogger } from "../../src/logger.js";
import { entry } from "../articles/index-contract.js";
import {
  createDatabase,
  POSTGRES_SKIP_REASON,
  type PostgresServer,
  startPostgres,
} from "../support/postgres.js";

const skipPg = POSTGRES_SKIP_REASON ? describe.skip : describe;

skipPg("warnIfNotCopied", () => {
  let server: PostgresServer | undefined;
  let dir: string;
  beforeAll(async () => {
    server = await startPostgres();
    dir = await mkdtemp(path.join(tmpdir(), "newsdesk-copy-check-"));
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("warns once the bot is on PostgreSQL until the old file's feed items are copied", async () => {
    const folders = [path.join(dir, "seeds")];
    const dataDir = path.join(dir, "data");
    const file = defaultIndexFile(dataDir, folders);
    const url = await createDatabase(server!, "copy_check");
    const index = await createPostgresIndex({ connectionString: url, logger: silentLogger });
    try {
      const check = async () => {
        const logger = createMemoryLogger();
        await warnIfNotCopied({ index, dataDir, folders, logger });
        return logger.records.filter((record) => record.level === "warn");
      };
      expect(await check()).toEqual([]);
      const old = await createSqliteIndex({ file, logger: silentLogger, pollMs: 0 });
      await old.upsert(entry({ id: "s" }));
      expect(await check()).toEqual([]);
      await old.upsert(entry({ id: "f", origin: "feed" }));
      await old.close();

      const warnings = await check();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]?.msg).toContain("newsdesk index copy");
      expect(warnings[0]?.obj).toMatchObject({ file, articles: 1 });
      const source = openCopySource(file)!;
      await copyArticles(source, index);
      source.close();
      expect(await check()).toEqual([]);
    } finally {
      await index.close();
    }
  });

  it("is what the bot does when it opens its corpus on PostgreSQL", async () => {
    const seeds = path.join(dir, "bot-seeds");
    await mkdir(seeds);
    const dataDir = path.join(dir, "bot-data");
    const old = await createSqliteIndex({
      file: defaultIndexFile(dataDir, [seeds]),
      logger: silentLogger,
      pollMs: 0,
    });
    await old.upsert(entry({ id: "f", origin: "feed" }));
    await old.close();
    const url = await createDatabase(server!, "copy_bot");
    const logger = createMemoryLogger();
    const corpus = await openConfiguredCorpus(
      {
        DATABASE_URL: url,
        DATA_DIR: dataDir,
        SEEDS_DIR: seeds,
        ARTICLE_CACHE_MB: 1,
      },
      { logger, watch: true, importMode: "background" },
    );
    try {
      await expect
        .poll(() => logger.records.filter((r) => r.msg?.includes("newsdesk index copy")), {
          timeout: 30_000,
        })
        .toHaveLength(1);
    } finally {
      await corpus.close();
    }
  });
});
