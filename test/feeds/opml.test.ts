import { describe, expect, it } from "vitest";
import { readOpml, writeOpml } from "../../src/feeds/opml.js";

describe("readOpml", () => {
  it("finds every feed, nested outlines included, each once", () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
      <outline text="News"><outline text="A" xmlUrl="https://a.example/feed"/>
      <outline text="B" title="Bee" xmlUrl="https://b.example/rss"/></outline>
      <outline text="A again" xmlUrl="https://a.example/feed"/><outline text="folder only"/></body></opml>`;
    expect(readOpml(opml)).toEqual([
      { url: "https://a.example/feed", title: "A" },
      { url: "https://b.example/rss", title: "Bee" },
    ]);
  });

  it("refuses a file that is not OPML", () => {
    expect(() => readOpml("<html></html>")).toThrow(/not an OPML/);
  });
});

describe("writeOpml", () => {
  it("writes a list that reads back the same", () => {
    const feeds = [{ url: "https://a.example/feed?x=1&y=2", title: "A & B" }];
    expect(readOpml(writeOpml("Newsdesk feeds", feeds))).toEqual(feeds);
  });
});
