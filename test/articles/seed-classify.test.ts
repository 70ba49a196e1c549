import { describe, expect, it } from "vitest";
import { CLEANER_VERSION } from "../../src/articles/clean.js";
import type { SeedFileRecord } from "../../src/articles/index-port.js";
import { isUnchangedOnDisk } from "../../src/articles/seed-classify.js";
import { DUPLICATE, DUPLICATE_ID } from "../../src/articles/seed-duplicates.js";

function known(fields: Partial<SeedFileRecord> = {}): SeedFileRecord {
  return {
    path: "/seeds/a.txt",
    size: 10,
    mtimeMs: 1000,
    contentHash: "hash",
    cleanerVersion: CLEANER_VERSION,
    articleId: "a",
    urlKey: "example.com/a",
    problem: null,
    ...fields,
  };
}

const seen = { size: 10, mtimeMs: 1000 };

describe("isUnchangedOnDisk", () => {
  it("leaves a file unread when its size, time and cleaner version are as recorded", () => {
    expect(isUnchangedOnDisk(known(), seen)).toBe(true);
    expect(isUnchangedOnDisk(known({ articleId: null, problem: "no URL" }), seen)).toBe(true);
  });

  it("reads a file the ledger does not know", () => {
    expect(isUnchangedOnDisk(undefined, seen)).toBe(false);
  });

  it("reads a file whose size or time changed, or that an older cleaner cleaned", () => {
    expect(isUnchangedOnDisk(known({ size: 11 }), seen)).toBe(false);
    expect(isUnchangedOnDisk(known({ mtimeMs: 999 }), seen)).toBe(false);
    expect(isUnchangedOnDisk(known({ cleanerVersion: CLEANER_VERSION - 1 }), seen)).toBe(false);
  });

  it("reads a duplicate again, since the file it gave way to may be gone", () => {
    const url = known({ articleId: null, problem: `${DUPLICATE} example.com/a is also in b.txt` });
    const id = known({ articleId: null, problem: `${DUPLICATE_ID} a.txt is also in /other` });
    expect(isUnchangedOnDisk(url, seen)).toBe(false);
    expect(isUnchangedOnDisk(id, seen)).toBe(false);
  });
});
