import { describe, expect, it } from "vitest";
import { findDirectCandidates } from "../../src/quotes/direct.js";
import { buildLayout } from "../../src/quotes/layout.js";
import { findReportedCandidates } from "../../src/quotes/reported.js";

/** The direct quotes the rules find in `paragraphs`, as text. */
function directTexts(...paragraphs: string[]): string[] {
  const layout = buildLayout({ paragraphs, text: paragraphs.join("\n\n") });
  const reported = findReportedCandidates(layout);
  return findDirectCandidates(layout, reported.candidates, reported.sentenceCues).map((c) =>
    layout.text.slice(c.start, c.end),
  );
}

describe("findDirectCandidates", () => {
  it("skips a title with a subtitle or commas after a word that names a work", () => {
    expect(
      directTexts(
        "Mexican newspapers read his book, “Crippled America: How to Make America Great Again.”",
        "She co-hosts the podcast “So, That Happened.”",
        "“We have to bomb them,” the nominee told “Fox and Friends” on Monday.",
      ),
    ).toEqual(["We have to bomb them"]);
  });

  it("reads a title of up to twelve words, and a longer capitalized run as a quotation", () => {
    expect(
      directTexts(
        "He wrote the book “The Art Of The Deal: How To Win Big In Business.”",
        "He read “The Art Of The Deal Is How We Win Big In Every Single Business Every Year” aloud.",
      ),
    ).toEqual(["The Art Of The Deal Is How We Win Big In Every Single Business Every Year"]);
  });

  it("keeps a short quote that goes on from a cued quote in the sentence before", () => {
    expect(
      directTexts(
        "“We’ve got a common enemy for almost anybody decent,” Burton told delegates. “Donald Trump.”",
        "The crowd was large. “Donald Trump.”",
        "“We won,” Ann Lee said. The band played “Hail.”",
      ),
    ).toEqual(["We’ve got a common enemy for almost anybody decent", "Donald Trump.", "We won"]);
  });

  it("reads a short quote right after a verb of saying as a quote", () => {
    expect(
      directTexts(
        "Supporters celebrated. Some chanted “USA! USA!”",
        "Obama ended his list by saying “Too many.”",
        "The “big” deal was done.",
      ),
    ).toEqual(["USA! USA!", "Too many."]);
  });
});
