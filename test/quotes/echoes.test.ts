import { describe, expect, it } from "vitest";
import { foldEchoes } from "../../src/quotes/echoes.js";
import { extractQuotes } from "../../src/quotes/extract.js";

const text = "Sen. Marco Rubio said Trump is “unelectable now.” Later, Cruz said: “We will win.”";
const quotes = extractQuotes({ paragraphs: [text], text });

describe("foldEchoes", () => {
  it("drops a direct quote that its speaker's reported statement holds, and keeps the rest", () => {
    expect(quotes.map((q) => [q.kind, q.speaker, q.text])).toEqual([
      ["indirect", "Marco Rubio", "Trump is “unelectable now.”"],
      ["direct", "Marco Rubio", "unelectable now."],
      ["direct", "Cruz", "We will win."],
    ]);
    expect(foldEchoes(quotes)).toEqual([quotes[0], quotes[2]]);
  });

  it("keeps a direct quote inside another speaker's statement, and lists without statements", () => {
    const other = quotes.map((q) => (q.kind === "direct" ? { ...q, speaker: "Someone" } : q));
    expect(foldEchoes(other)).toEqual(other);
    const direct = quotes.filter((q) => q.kind === "direct");
    expect(foldEchoes(direct)).toEqual(direct);
  });
});
