import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/articles/clean.js";
import { parseSeed } from "../../src/articles/parse.js";
import { DETERMINER, eitherCase, PLURAL_NOUNS, STOP } from "../../src/quotes/cue-grammar.js";
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

  it("keep the stop words' set when they are written with shared first letters", () => {
    const words =
      "that which who whom whose was were is are be been being has have had not would will could should can cannot may might did do does it he she they we I you if when because than said says told also later earlier but and or while as so to this these those there then what how why after before during until since unless whether although though";
    const stop = new RegExp(`^${STOP}$`);
    expect(words.split(" ").filter((word) => !stop.test(word))).toEqual([]);
    const nearMisses =
      "th wh w ould c sh i a b ha hav no ca canno ma mig d s sa t tol lat ear bu o un sinc thus their theirs whoever wherever was' haves bee beings cause fore shes hes tho though' tos today tolds ye yo ifs whe whi";
    expect(nearMisses.split(" ").filter((word) => stop.test(word))).toEqual([]);
  });

  it("keep the plural nouns in either case, and a capitalized one capitalized, when grouped by first letter", () => {
    const plural = new RegExp(`^${eitherCase(PLURAL_NOUNS)}$`, "u");
    const words = PLURAL_NOUNS.split("|");
    const capitalized = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1));
    expect([...words, ...capitalized].filter((word) => !plural.test(word))).toEqual([]);
    expect(
      ["republicans", "democrats", "official", "Polices", "ollsters", "OFFICIALS"].filter((word) =>
        plural.test(word),
      ),
    ).toEqual([]);
    // A repeated word once; a capitalized word after the words of its letter in either case.
    expect(eitherCase("cats|dogs|Cows|cats|cubs")).toBe("(?:[Cc](?:ats|ubs)|Cows|[Dd]ogs)");
  });

  it("keep the determiners' set when they are written with shared first letters", () => {
    const either =
      "the their two three ten top a an another his her its one other some six seven several senior many most four five few eight nine dozens both";
    const words = [
      ...either.split(" "),
      ...either.split(" ").map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
      "our",
      "my",
      "no",
      "Those",
    ];
    const determiner = new RegExp(`^${DETERMINER}$`);
    expect(words.filter((word) => !determiner.test(word))).toEqual([]);
    expect(
      ["Our", "My", "No", "those", "th", "thei", "anothe", "sev", "Tw", "manys"].filter((word) =>
        determiner.test(word),
      ),
    ).toEqual([]);
  });
});
