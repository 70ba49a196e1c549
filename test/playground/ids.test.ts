import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMemoryLogger } from "../../src/logger.js";
import { loadPlaygroundIds, PLAYGROUND_IDS_FILE } from "../../src/playground/ids.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "newsdesk-ids-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("loadPlaygroundIds", () => {
  it("gives the same ids at every start once they are kept", async () => {
    const logger = createMemoryLogger();
    const first = await loadPlaygroundIds(path.join(dir, "data"), ["general", "news"], logger);
    const second = await loadPlaygroundIds(path.join(dir, "data"), ["general", "news"], logger);
    expect(second).toEqual(first);
    const all = [
      first.applicationId,
      first.guildId,
      first.userId,
      ...Object.values(first.channels),
    ];
    expect(new Set(all).size).toBe(5);
    for (const id of all) expect(id).toMatch(/^\d{17,20}$/);
    expect(logger.records).toEqual([]);
  });

  it("makes new ids, with a warning, when the file is corrupt or lacks a channel", async () => {
    const logger = createMemoryLogger();
    writeFileSync(path.join(dir, PLAYGROUND_IDS_FILE), "{ not json");
    const fresh = await loadPlaygroundIds(dir, ["general"], logger);
    expect(logger.records.map((r) => r.level)).toEqual(["warn"]);
    const kept = JSON.parse(readFileSync(path.join(dir, PLAYGROUND_IDS_FILE), "utf8"));
    expect(kept).toEqual(fresh);
    const more = await loadPlaygroundIds(dir, ["general", "extra"], logger);
    expect(more.channels.extra).toMatch(/^\d+$/);
  });
});
