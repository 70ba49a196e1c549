import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { collectBlocks, isBoilerplate } from "../../src/extract/blocks.js";

const root = (html: string): Element =>
  parseHTML(`<html><body><div id="root">${html}</div></body></html>`).document.getElementById(
    "root",
  ) as unknown as Element;

describe("collectBlocks", () => {
  it("gives one block per block element, inline text joined with collapsed spaces", () => {
    expect(
      collectBlocks(
        root(`<p>First <em>para</em>graph,
          over lines.</p><p>Second.</p><ul><li>One</li><li>Two</li></ul><h2>Heading</h2>`),
      ),
    ).toEqual(["First paragraph, over lines.", "Second.", "One", "Two", "Heading"]);
  });

  it("keeps paragraphs apart where textContent would glue them", () => {
    const element = root("<p>ends here</p><p>Starts there</p>");
    expect(element.textContent).toBe("ends hereStarts there");
    expect(collectBlocks(element)).toEqual(["ends here", "Starts there"]);
  });

  it("splits at <br> and at nested blocks inside a paragraph-like div", () => {
    expect(collectBlocks(root("<div>Line one<br>Line two<div>Nested</div>tail</div>"))).toEqual([
      "Line one",
      "Line two",
      "Nested",
      "tail",
    ]);
  });

  it("drops captions, hidden elements, scripts and furniture blocks", () => {
    expect(
      collectBlocks(
        root(`<p>Kept.</p><figure><img><figcaption>A caption</figcaption></figure>
          <p aria-hidden="true">Hidden</p><script>var x</script><div>Advertisement</div>
          <p>Read more</p><p>Share this article</p><p>Also kept.</p>`),
      ),
    ).toEqual(["Kept.", "Also kept."]);
  });

  it("drops menu entries and lists of links, keeps links inside running text", () => {
    expect(
      collectBlocks(
        root(`<ul><li><a href="/">Home</a></li><li><a href="/sport">Sports</a></li></ul>
          <p>The <a href="/r">report</a> was published on Monday by the council.</p>
          <ul><li><a href="/x">Another story about something else entirely here</a></li>
          <li>Two eggs and a cup of flour</li></ul><p><a href="/s">Short link</a></p>`),
      ),
    ).toEqual([
      "The report was published on Monday by the council.",
      "Two eggs and a cup of flour",
    ]);
  });

  it("keeps a table row as one block with its cells separated", () => {
    expect(
      collectBlocks(
        root(
          "<table><tr><th>Pos.</th><th>Driver</th></tr><tr><td>1</td><td>Kyle Busch</td></tr></table>",
        ),
      ),
    ).toEqual(["Pos. | Driver", "1 | Kyle Busch"]);
  });
});

describe("isBoilerplate", () => {
  it.each([
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Read more",
    "Share on Facebook",
    "Sign up for our newsletter",
    "Photo: Jane Doe/Reuters",
    "Image copyright Getty Images",
    "By Jane Doe",
    "5 min read",
    "Sakib Ali/Hindustan Times/Getty Images",
    "Updated 1:39 am EST, Wednesday, November 20, 2019",
    "Skip to content",
    "READ MORE: China plague outbreak confirmed: Two diagnosed with disease in Beijing",
    "Related: The 15 Weirdest Galaxies in Our Universe",
    "More:",
  ])("knows %j is page furniture", (block) => {
    expect(isBoilerplate(block)).toBe(true);
  });

  it.each([
    "Read more about the budget in the council's report, which was published on Monday.",
    "Share prices fell sharply.",
    "By the end of the day the river had burst its banks.",
    "Photographers gathered outside the court.",
    "More than 400 people were evacuated: the river burst its banks overnight.",
    "Watch this space, the minister said.",
  ])("keeps the sentence %j", (block) => {
    expect(isBoilerplate(block)).toBe(false);
  });
});
