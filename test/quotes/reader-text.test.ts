import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/quotes/extract.js";
import { quoteForReader } from "../../src/quotes/reader-text.js";

describe("quoteForReader", () => {
  it("joins a quotation carried on into its next paragraph, without the mark that carries it", () => {
    const paragraphs = [
      "“This has been the hardest year in our history. We have had to make hard decisions.",
      "“But I believe we are now on the right path,” she said.",
    ];
    const [quote] = extractQuotes({ text: paragraphs.join("\n\n"), paragraphs });
    expect(quote?.text).toContain("\n\n“But");
    expect(quoteForReader(quote!.text)).toBe(
      "This has been the hardest year in our history. We have had to make hard decisions. But I believe we are now on the right path",
    );
  });

  it("keeps marks inside a paragraph and turns each run of white space into one space", () => {
    expect(quoteForReader("  It was a “fair”\n deal.  ")).toBe("It was a “fair” deal.");
    expect(quoteForReader('One.\n\n"Two.')).toBe("One. Two.");
  });
});
