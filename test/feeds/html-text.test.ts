import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { htmlToParagraphs, titleToText } from "../../src/feeds/html-text.js";

describe("titleToText", () => {
  it("strips tags, decodes entities, also when the markup was escaped once more", () => {
    expect(titleToText("Ferry <b>strike</b> &amp; &lt;em&gt;talks&lt;/em&gt; caf&eacute;")).toBe(
      "Ferry strike & talks café",
    );
    expect(titleToText("<script>alert(1)</script>Plain")).toBe("Plain");
    expect(titleToText(undefined)).toBe("");
  });

  it("leaves plain text as it is, white space collapsed", () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[<&]/.test(s)),
        (text) => {
          expect(titleToText(text)).toBe(text.replace(/\s+/g, " ").trim());
        },
      ),
    );
  });
});

describe("htmlToParagraphs", () => {
  it("makes one paragraph per block element and drops scripts", () => {
    expect(
      htmlToParagraphs(
        "<p>One &amp; two.</p><div>Three<br>four</div><script>x()</script><li>five</li>",
      ),
    ).toEqual(["One & two.", "Three", "four", "five"]);
  });

  it("splits plain text at blank lines", () => {
    expect(htmlToParagraphs("First.\n\nSecond.")).toEqual(["First.", "Second."]);
    expect(htmlToParagraphs("  ")).toEqual([]);
  });
});
