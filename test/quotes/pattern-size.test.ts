import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/articles/clean.js";
import { parseSeed } from "../../src/articles/parse.js";
import { extractQuotes } from "../../src/quotes/extract.js";

/** V8 compiles a pattern whose source is longer than this without its optimizations (regexp.h). */
const V8_TOO_LARGE_TO_OPTIMIZE = 20 * 1024;

const seed = fileURLToPath(new URL("../../seeds/000_9575b9c55e492da0.txt", import.meta.url));
const exec = RegExp.prototype.exec;

afterEach(() => {
  RegExp.prototype.exec = exec;
});

describe("the quote engines' regular expressions", () => {
  it("stay under the source length past which V8 no longer optimizes a pattern", () => {
    const article = cleanArticle(parseSeed(readFileSync(seed, "utf8"), "seed", "seed"), {
      origin: "seed",
      addedAt: 0,
    });
    const sources = new Set<string>();
    // Every match goes through `exec` (String.prototype.replace and the others call it too).
    RegExp.prototype.exec = function (this: RegExp, text: string) {
      sources.add(this.source);
      return exec.call(this, text);
    };
    extractQuotes(article, { engine: "combined" });
    RegExp.prototype.exec = exec;
    const longest = Math.max(...[...sources].map((s) => s.length));
    // The speaker grammar's patterns are the longest (about 18.7 KB): the seed runs them.
    expect(longest).toBeGreaterThan(15_000);
    expect(longest).toBeLessThan(V8_TOO_LARGE_TO_OPTIMIZE);
  });
});
