import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_ARTICLE_BYTES } from "../../src/articles/parse.js";
import { readSeedEntry } from "../../src/articles/seed-files.js";
import { createSeedReader } from "../../src/articles/seed-reader.js";

describe("createSeedReader", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "newsdesk-reader-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("answers exactly as readSeedEntry does: bytes and hash, missing, folder, FIFO, too large", async () => {
    await writeFile(path.join(dir, "ok.txt"), " date 2024-05-01 https://example.com/a\nBody é.\n");
    await mkdir(path.join(dir, "folder.txt"));
    await writeFile(path.join(dir, "big.txt"), Buffer.alloc(MAX_ARTICLE_BYTES + 10, 97));
    const names = ["ok.txt", "missing.txt", "folder.txt", "big.txt"];
    try {
      execFileSync("mkfifo", [path.join(dir, "pipe.txt")]);
      names.push("pipe.txt");
    } catch {
      // No mkfifo here: the other cases still run.
    }
    const reader = createSeedReader();
    try {
      const read = await Promise.all(names.map((name) => reader.read(path.join(dir, name))));
      const expected = await Promise.all(names.map((name) => readSeedEntry(path.join(dir, name))));
      expect(read).toEqual(expected);
      expect(read[0]).toMatchObject({ kind: "ok" });
      expect(read[1]).toEqual({ kind: "missing" });
      expect(read.slice(2).every((r) => r.kind === "skip")).toBe(true);
    } finally {
      await reader.close();
    }
  });

  it("falls back to reading on the event loop's pool once closed", async () => {
    await writeFile(path.join(dir, "ok.txt"), "text");
    const reader = createSeedReader();
    await reader.close();
    expect(await reader.read(path.join(dir, "ok.txt"))).toMatchObject({ kind: "ok", size: 4 });
  });
});
