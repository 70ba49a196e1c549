import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { openSqliteFile } from "../../src/index/sqlite-schema.js";
import { createMemoryLogger } from "../../src/logger.js";

const dirs: string[] = [];

afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe("openSqliteFile", () => {
  it("opens a new file another connection holds once it lets go, instead of failing", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "newsdesk-schema-"));
    dirs.push(dir);
    const file = path.join(dir, "index.sqlite");
    // Another process creating the same file: it holds it exclusively for a moment.
    const other = new Database(file);
    other.exec("BEGIN EXCLUSIVE");
    const released = new Promise<void>((resolve) =>
      setTimeout(() => {
        other.exec("COMMIT");
        other.close();
        resolve();
      }, 300),
    );
    const logger = createMemoryLogger();
    const db = await openSqliteFile(file, { logger, busyTimeoutMs: 50 });
    await released;
    expect(db.prepare("SELECT count(*) AS n FROM articles").get()).toEqual({ n: 0 });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(
      logger.records.some((r) => r.msg === "the article index file is busy; trying again"),
    ).toBe(true);
    db.close();
  });

  it("opens a new file when another process writes its schema version at the same moment", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "newsdesk-schema-"));
    dirs.push(dir);
    const file = path.join(dir, "index.sqlite");
    // The other process's write lands just before ours: a trigger writes the version the moment
    // this one writes it (two worker processes starting on one new file did this in CI).
    const other = new Database(file);
    other.exec(`
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TRIGGER other_process BEFORE INSERT ON meta WHEN NEW.key = 'schema_version'
      BEGIN INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', NEW.value); END;
    `);
    other.close();
    const db = await openSqliteFile(file, { logger: createMemoryLogger(), busyTimeoutMs: 50 });
    expect(db.prepare("SELECT count(*) AS n FROM articles").get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT count(*) AS n FROM meta WHERE key = 'schema_version'").get()).toEqual(
      { n: 1 },
    );
    db.close();
  });

  it("opens a file that has its schema while another connection writes, without waiting", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "newsdesk-schema-"));
    dirs.push(dir);
    const file = path.join(dir, "index.sqlite");
    (await openSqliteFile(file, { logger: createMemoryLogger() })).close();
    // An import's long transaction in another process.
    const importer = new Database(file);
    importer.exec("BEGIN IMMEDIATE; INSERT INTO meta (key, value) VALUES ('importing', '1')");
    const logger = createMemoryLogger();
    const db = await openSqliteFile(file, { logger, busyTimeoutMs: 50 });
    expect(logger.records.map((r) => r.msg)).not.toContain(
      "the article index file is busy; trying again",
    );
    expect(db.prepare("SELECT count(*) AS n FROM articles").get()).toEqual({ n: 0 });
    db.close();
    importer.exec("ROLLBACK");
    importer.close();
  });
});
