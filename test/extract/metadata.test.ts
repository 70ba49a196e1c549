import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { cleanByline, readPageMetadata } from "../../src/extract/metadata.js";

const documentOf = (html: string): Document => parseHTML(html).document as unknown as Document;
const page = (head: string, body = ""): Document =>
  documentOf(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const jsonLd = (value: unknown): string =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe("readPageMetadata", () => {
  it("reads the fixture article's JSON-LD @graph and Open Graph tags", () => {
    const html = readFileSync(new URL("../fixtures/pages/article.html", import.meta.url), "utf8");
    expect(readPageMetadata(documentOf(html))).toEqual({
      title: "Harbour bridge reopens after two years of repairs",
      byline: "Mara Quinn, Tomas Reyes",
      siteName: "The Coastal Ledger",
      publishedTime: "2024-03-05T23:30:00-05:00",
    });
  });

  it("finds a NewsArticle in a top-level array, with @type as a list and a string author", () => {
    const doc = page(
      jsonLd([
        { "@type": "Organization", name: "Org" },
        {
          "@type": ["NewsArticle", "Thing"],
          headline: "Headline &amp; more",
          author: "Ana Ruiz",
          publisher: "Daily",
          datePublished: "2020-02-03",
        },
      ]),
    );
    expect(readPageMetadata(doc)).toEqual({
      title: "Headline & more",
      byline: "Ana Ruiz",
      siteName: "Daily",
      publishedTime: "2020-02-03",
    });
  });

  it("skips JSON-LD that does not parse and uses the meta tags", () => {
    const doc = page(
      `<script type="application/ld+json">{ not json</script>
       <meta property="og:title" content="OG title">
       <meta name="author" content="By Jo Lee">
       <meta property="og:site_name" content="Site">
       <meta property="article:published_time" content="2021-07-08T09:10:11Z">`,
    );
    expect(readPageMetadata(doc)).toEqual({
      title: "OG title",
      byline: "Jo Lee",
      siteName: "Site",
      publishedTime: "2021-07-08T09:10:11Z",
    });
  });

  it("takes the date from <time datetime>, preferring itemprop=datePublished", () => {
    const doc = page(
      "",
      `<time datetime="2019-01-01">Jan 1</time>
       <article><time itemprop="datePublished" datetime="2019-05-06T07:08:09Z">May 6</time></article>`,
    );
    expect(readPageMetadata(doc).publishedTime).toBe("2019-05-06T07:08:09Z");
  });

  it("ignores an author given as a profile URL", () => {
    const doc = page('<meta property="article:author" content="https://facebook.com/someone">');
    expect(readPageMetadata(doc).byline).toBeNull();
  });

  it("returns nulls for a page without metadata", () => {
    expect(readPageMetadata(page("<title>t</title>"))).toEqual({
      title: null,
      byline: null,
      siteName: null,
      publishedTime: null,
    });
  });
});

describe("cleanByline", () => {
  it.each([
    ["By Erin Cunningham", "Erin Cunningham"],
    ["by:  Ana\n  Ruiz ", "Ana Ruiz"],
    ["Byron Lee", "Byron Lee"],
    ["https://example.com/author/x", null],
    ["", null],
    [null, null],
    ["x".repeat(200), null],
  ])("cleans %j to %j", (input, expected) => {
    expect(cleanByline(input)).toBe(expected);
  });
});
