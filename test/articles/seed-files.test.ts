import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareCodePoints, hashOf, listSeedNames } from "../../src/articles/seed-files.js";

const sign = (n: number) => Math.sign(n);

describe("compareCodePoints", () => {
  it("orders strings as their UTF-8 bytes are ordered (SQLite's BINARY, PostgreSQL's C)", () => {
    const text = fc.string({
      unit: fc.constantFrom("a", "b", "\uE000", "\uFFFD", "\u{1F600}", "\u{10000}", "é"),
    });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(sign(compareCodePoints(a, b))).toBe(
          sign(Buffer.compare(Buffer.from(a), Buffer.from(b))),
        );
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (a, b) => {
        expect(sign(compareCodePoints(a, b))).toBe(
          sign(Buffer.compare(Buffer.from(a), Buffer.from(b))),
        );
      }),
    );
  });

  it("puts a character above U+FFFF after U+E000, where JavaScript's < puts it before", () => {
    expect("\u{1F600}" < "\uE000").toBe(true);
    expect(compareCodePoints("\u{1F600}", "\uE000")).toBeGreaterThan(0);
  });
});

describe("hashOf", () => {
  it("is the first 32 hex digits of SHA-256, the same for bytes and their UTF-8 text", () => {
    // The content hashes already in ledgers must not change: a new hash would re-clean every file.
    expect(hashOf("abc")).toBe("ba7816bf8f01cfea414140de5dae2223");
    expect(hashOf(Buffer.from("Zürich – “news”", "utf8"))).toBe(hashOf("Zürich – “news”"));
  });
});

describe("listSeedNames", () => {
  it("lists the *.txt names in code point order and tells which are not regular files", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "newsdesk-names-"));
    try {
      for (const name of ["b.txt", "\u{1F600}.txt", "\uE000.txt", "a.txt", ".hidden.txt", "x.md"]) {
        await writeFile(path.join(dir, name), "x");
      }
      await mkdir(path.join(dir, "folder.txt"));
      const { names, irregular } = await listSeedNames(dir);
      expect(names).toEqual(["a.txt", "b.txt", "folder.txt", "\uE000.txt", "\u{1F600}.txt"]);
      expect([...irregular]).toEqual(["folder.txt"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
