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
});
