import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isFeedError } from "../../src/feeds/errors.js";
import { itemKey, parseFeedDate, parseFeedDocument, resolveLink } from "../../src/feeds/parse.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), "utf8");
const NOW = Date.parse("2024-03-06T00:00:00Z");
const parse = (name: string, url = "https://news.example/feed.xml", maxItems?: number) =>
  parseFeedDocument(fixture(name), { url, now: NOW, ...(maxItems ? { maxItems } : {}) });

function parseError(document: string): { code: string; message: string } {
  try {
    parseFeedDocument(document, { url: "https://x.example/feed", now: NOW });
  } catch (error) {
    if (isFeedError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("parsed without an error");
}

describe("parseFeedDocument", () => {
  it("reads RSS 2.0 items with guids, plain-text titles, absolute links and ttl", () => {
    const feed = parse("rss2.xml");
    expect(feed.format).toBe("rss");
    expect(feed.title).toBe("Harbour & Coast News");
    expect(feed.ttlMinutes).toBe(30);
    expect(feed.items.map((i) => i.key)).toEqual(["guid:harbour-1002", "guid:harbour-1001"]);
    const [first] = feed.items;
    expect(first?.title).toBe("Ferry strike ends after three days");
    expect(first?.link).toBe("https://news.example/2024/03/ferry-strike-ends");
    expect(first?.author).toBe("Ana Ruiz");
    expect(first?.publishedAt).toBe(Date.parse("2024-03-05T09:30:00Z"));
  });

  it("reads RSS 0.91 with its public DOCTYPE and items without guid or date", () => {
    const feed = parse("rss091.xml");
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]?.key).toBe("link:https://old.example/town-hall");
    expect(feed.items[0]?.publishedAt).toBeNull();
  });

  it("reads Atom entries: alternate links resolved, published before updated, html content", () => {
    const feed = parse("atom.xml", "https://valley.example/feed.atom");
    expect(feed.format).toBe("atom");
    expect(feed.title).toBe("Valley Post");
    expect(feed.items.map((i) => i.link)).toEqual([
      "https://valley.example/bridge",
      "https://valley.example/school",
    ]);
    expect(feed.items[0]?.publishedAt).toBe(Date.parse("2024-03-05T08:00:00Z"));
    expect(feed.items[1]?.contentHtml).toContain("<p>The school year");
  });

  it("reads RDF (RSS 1.0) items with Dublin Core dates and creators", () => {
    const feed = parse("rdf.xml");
    expect(feed.format).toBe("rdf");
    expect(feed.items[0]).toMatchObject({
      title: "Market prices rise",
      author: "Sam Roe",
      publishedAt: Date.parse("2024-03-02T07:00:00Z"),
    });
  });

  it("reads JSON Feed items, plain text content kept as paragraphs", () => {
    const feed = parse("feed.json");
    expect(feed.format).toBe("json");
    expect(feed.items.map((i) => i.title)).toEqual([
      "Library gets new wing",
      "Parking fees frozen",
    ]);
    expect(feed.items[0]?.contentHtml).toContain("<br><br>It has a café.");
  });

  it("keeps the first of items sharing a guid or a normalized link, and drops items with no identity", () => {
    const feed = parse("duplicates.xml");
    expect(feed.items.map((i) => i.title)).toEqual([
      "First version",
      "No guid, link only",
      "Only a title",
    ]);
    expect(feed.dropped).toMatchObject({ duplicates: 2, unusable: 1 });
    expect(feed.items[2]?.key).toMatch(/^hash:[0-9a-f]{32}$/);
  });

  it("keeps only the newest items of a huge feed and says how many were left out", () => {
    const items = Array.from(
      { length: 10_000 },
      (_, i) =>
        `<item><title>Item ${i}</title><link>https://big.example/${i}</link><pubDate>${new Date(
          Date.UTC(2024, 0, 1) + i * 60_000,
        ).toUTCString()}</pubDate></item>`,
    ).join("");
    const feed = parseFeedDocument(
      `<rss version="2.0"><channel><title>Big</title>${items}</channel></rss>`,
      {
        url: "https://big.example/feed",
        now: NOW,
        maxItems: 50,
      },
    );
    expect(feed.items).toHaveLength(50);
    expect(feed.items[0]?.title).toBe("Item 9999");
    expect(feed.dropped.overLimit).toBe(9_950);
  });

  it("clamps dates in the future to the poll time", () => {
    const feed = parseFeedDocument(
      `<rss version="2.0"><channel><title>F</title><item><title>Later</title><link>https://f.example/1</link><pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate></item></channel></rss>`,
      { url: "https://f.example/feed", now: NOW },
    );
    expect(feed.items[0]?.publishedAt).toBe(NOW);
  });

  it("refuses documents that declare entities, billion laughs and external ones alike", () => {
    expect(parseError(fixture("billion-laughs.xml")).code).toBe("entities");
    expect(parseError(fixture("external-entity.xml")).code).toBe("entities");
  });

  it("says what a document is when it is not a feed", () => {
    expect(parseError(fixture("page.html"))).toMatchObject({
      code: "not-a-feed",
      message: expect.stringContaining("web page"),
    });
    expect(parseError(fixture("not-json-feed.json")).message).toContain("not a JSON Feed");
    expect(parseError(fixture("binary.png")).message).toContain("binary");
    expect(parseError("   ").code).toBe("empty");
  });

  it("reports broken XML as malformed", () => {
    expect(parseError(fixture("broken.xml")).code).toBe("malformed");
  });
});

describe("itemKey", () => {
  it("prefers the guid, then the normalized link, then a hash of title and date", () => {
    const base = { title: "T", date: "2024-01-01" };
    expect(itemKey({ ...base, guid: "g", link: "https://a.example/x" })).toBe("guid:g");
    expect(itemKey({ ...base, guid: null, link: "https://www.a.example/x/?utm_source=y" })).toBe(
      "link:https://a.example/x",
    );
    expect(itemKey({ ...base, guid: null, link: null })).toMatch(/^hash:/);
    expect(itemKey({ guid: null, link: null, title: "", date: null })).toBeNull();
  });
});

describe("resolveLink", () => {
  it("resolves relative links against the feed URL and refuses other schemes", () => {
    expect(resolveLink("../a", "https://x.example/feeds/main.xml")).toBe("https://x.example/a");
    expect(resolveLink("javascript:alert(1)", "https://x.example/")).toBeNull();
    expect(resolveLink(null, "https://x.example/")).toBeNull();
  });
});

describe("parseFeedDate", () => {
  it("reads RFC 822 and ISO dates and gives null for anything else", () => {
    expect(parseFeedDate("Tue, 05 Mar 2024 09:30:00 GMT")).toBe(Date.parse("2024-03-05T09:30:00Z"));
    expect(parseFeedDate("2024-03-05T09:30:00Z")).toBe(Date.parse("2024-03-05T09:30:00Z"));
    expect(parseFeedDate("yesterday")).toBeNull();
  });
});
