import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { copySourcePath, formatCopyReport } from "../../src/cli/index-copy.js";
import { defaultIndexFile } from "../../src/index/copy-source.js";
import { createPostgresIndex } from "../../src/index/postgres-index.js";
import { createSqliteIndex } from "../../src/index/sqlite-index.js";
import { silentLogger } from "../../src/logger.js";
import { entry } from "../articles/index-contract.js";
import { runNewsdeskInProcess } from "../support/cli.js";
import {
  createDatabase,
  POSTGRES_SKIP_REASON,
  type PostgresServer,
  startPostgres,
} from "../support/postgres.js";

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A data folder and a seeds folder (one seed file), with the bot's old SQLite index holding two feed items. */
async function oldDeployment(): Promise<{ dataDir: string; seeds: string; file: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), "newsdesk-copy-cli-"));
  dirs.push(dir);
  const seeds = path.join(dir, "seeds");
  await mkdir(seeds);
  await writeFile(
    path.join(seeds, "a.txt"),
    " date 2024-03-01 https://example.com/river-floods-town\nThe river flooded the town.\n",
  );
  const dataDir = path.join(dir, "data");
  const file = defaultIndexFile(dataDir, [seeds]);
  const index = await createSqliteIndex({ file, logger: silentLogger, pollMs: 0 });
  await index.upsert(entry({ id: "a" }));
  await index.upsert(entry({ id: "feed-1", origin: "feed", title: "Budget agreed" }), {
    grants: [{ kind: "guild", guildId: "g1" }],
  });
  await index.upsert(entry({ id: "feed-2", origin: "feed", title: "Roads fixed" }));
  await index.close();
  return { dataDir, seeds, file };
}

function newsdesk(env: Record<string, string>, ...args: string[]) {
  return runNewsdeskInProcess(env, args);
}

describe("registerIndexCopy", () => {
  it("copies the feed items of this seeds folder's SQLite file into DATABASE_URL, once", async () => {
    const { dataDir, seeds } = await oldDeployment();
    const env = {
      DATA_DIR: dataDir,
      SEEDS_DIR: seeds,
      DATABASE_URL: `sqlite://${path.join(dataDir, "new.sqlite")}`,
    };
    const dry = await newsdesk(env, "index", "copy", "--dry-run");
    expect(dry.stdout).toMatch(/^Would copy from .+ 2 copied, 0 updated, 0 unchanged, 0 skipped\./);
    const first = await newsdesk(env, "--json", "index", "copy");
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ copied: 2, seedArticles: 1, dryRun: false });
    const listed = await newsdesk(env, "--json", "article", "list");
    const titles = (JSON.parse(listed.stdout) as { title: string }[]).map((a) => a.title);
    expect(titles.sort()).toEqual(["Budget agreed", "River floods town", "Roads fixed"]);
    const second = await newsdesk(env, "index", "copy");
    expect(second.stdout).toContain("0 copied, 0 updated, 2 unchanged, 0 skipped");
  });

  it("refuses to copy the index this command uses into itself", async () => {
    const { dataDir, seeds, file } = await oldDeployment();
    const result = await newsdesk({ DATA_DIR: dataDir, SEEDS_DIR: seeds }, "index", "copy");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file} is the index this command uses`);
    expect(result.stderr).toContain("DATABASE_URL");
  });

  it("says what to do when there is nothing to copy from", async () => {
    const { dataDir, seeds } = await oldDeployment();
    const env = { DATA_DIR: dataDir, SEEDS_DIR: seeds, DATABASE_URL: "sqlite:///dev/null/x" };
    const result = await newsdesk(
      env,
      "index",
      "copy",
      "--from",
      path.join(dataDir, "gone.sqlite"),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /Nothing to copy from: neither .*gone\.sqlite nor .*\.kept exists/,
    );
  });
});

describe("copySourcePath", () => {
  it("takes sqlite:// locations and bare paths, and refuses PostgreSQL and memory", () => {
    expect(copySourcePath("sqlite:///srv/data/x.sqlite")).toBe("/srv/data/x.sqlite");
    expect(copySourcePath("data/x.sqlite")).toBe(path.resolve("data/x.sqlite"));
    expect(() => copySourcePath("postgres://db/newsdesk")).toThrow(/only a SQLite index/);
    expect(() => copySourcePath("memory://")).toThrow(/in memory/);
  });
});

describe("formatCopyReport", () => {
  it("says what was read instead, and lists each update and skip with why", () => {
    const text = formatCopyReport(
      {
        source: "/d/old.sqlite.kept",
        read: "kept",
        fallback: "/d/old.sqlite cannot be read (file is not a database)",
        dryRun: false,
        copied: 5,
        updated: 1,
        unchanged: 2,
        skipped: 2,
        seedArticles: null,
        updates: [{ id: "f1", what: "grants" }],
        skips: [
          { ref: "f2", reason: "url-taken", detail: "f9" },
          { ref: "/d/old.sqlite.kept/x.json", reason: "unreadable", detail: "no url" },
        ],
      },
      "postgres://db/newsdesk",
    );
    expect(text.split("\n")).toEqual([
      "Read /d/old.sqlite.kept instead: /d/old.sqlite cannot be read (file is not a database).",
      "Copied from /d/old.sqlite.kept to postgres://db/newsdesk: 5 copied, 1 updated, 2 unchanged, 2 skipped.",
      "  updated f1: grants added",
      "  skipped f2: the target has another article at its URL for the same readers (f9)",
      "  skipped /d/old.sqlite.kept/x.json: cannot be read (no url)",
    ]);
  });
});

const skipPg = POSTGRES_SKIP_REASON ? describe.skip : describe;

skipPg("registerIndexCopy with PostgreSQL", () => {
  let server: PostgresServer | undefined;
  beforeAll(async () => {
    server = await startPostgres();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it("moves the feed items from the old SQLite file to PostgreSQL as the README says", async () => {
    const { dataDir, seeds, file } = await oldDeployment();
    const url = await createDatabase(server!, "cli_copy");
    const env = { DATA_DIR: dataDir, SEEDS_DIR: seeds, DATABASE_URL: url };
    const copied = await newsdesk(env, "index", "copy");
    expect(copied.code).toBe(0);
    expect(copied.stdout).toContain(`Copied from ${file} to postgres://`);
    expect(copied.stdout).toContain("2 copied");
    const index = await createPostgresIndex({ connectionString: url, logger: silentLogger });
    try {
      expect((await index.get("feed-1", { guildId: "g1" }))?.title).toBe("Budget agreed");
      expect(await index.get("feed-1", { guildId: "g2" })).toBeUndefined();
    } finally {
      await index.close();
    }
  });
});
