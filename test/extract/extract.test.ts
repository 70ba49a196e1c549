import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { isUserError } from "../../src/errors.js";
import { toPublishedDate } from "../../src/extract/dates.js";
import {
  extractArticle,
  extractPlainText,
  MAX_DEPTH,
  MIN_ARTICLE_CHARS,
  noArticleError,
} from "../../src/extract/extract.js";
import { cleanByline } from "../../src/extract/metadata.js";

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), "utf8");

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("extractArticle", () => {
  it("extracts the fixture article's paragraphs and metadata", () => {
    const page = extractArticle(fixture("article.html"), "https://ledger.example/news/bridge");
    expect(page).toMatchObject({
      title: "Harbour bridge reopens after two years of repairs",
      byline: "Mara Quinn, Tomas Reyes",
      siteName: "The Coastal Ledger",
      publishedTime: "2024-03-05T23:30:00-05:00",
      publishedDate: "2024-03-05",
    });
    expect(page.blocks).toHaveLength(5);
    expect(page.blocks[1]).toMatch(/^"This is a good day/);
    expect(page.body).toBe(page.blocks.join("\n\n"));
    expect(page.body).not.toMatch(/Advertisement|Photo: City|Home|About us|Share/);
    expect(page.rawText).toContain("Advertisement"); // what plain Readability kept
  });

  it("drops the headline when Readability keeps it as the first block", () => {
    const html = `<html><head><meta property="og:title" content="Flood warning lifted"></head>
      <body><article><h1>Flood warning lifted</h1>
      ${"<p>The river fell below the warning level overnight, and residents returned home to assess the damage left behind by the water.</p>".repeat(4)}
      </article></body></html>`;
    const page = extractArticle(html, "https://news.example/flood");
    expect(page.title).toBe("Flood warning lifted");
    expect(page.blocks[0]).toMatch(/^The river fell/);
  });

  it("falls back to the URL for the title of a page without one", () => {
    const html = `<html><body><article>${"<p>Text of a story long enough to count as an article for the extractor to accept it here.</p>".repeat(4)}</article></body></html>`;
    expect(extractArticle(html, "https://news.example/2024/river-rises").title).toBe("river rises");
  });

  it("refuses a page without an article", () => {
    const error = thrown(() => extractArticle(fixture("no-article.html"), "https://x.example/"));
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toBe("No article found on that page.");
  });

  it("refuses a page whose only text is too short to be an article", () => {
    const html = `<html><body><p>${"a".repeat(MIN_ARTICLE_CHARS - 1)}</p></body></html>`;
    expect(isUserError(thrown(() => extractArticle(html, "https://x.example/")))).toBe(true);
  });

  it("refuses a page nested deeper than MAX_DEPTH, and reads one just within it", () => {
    const body =
      "<p>The council voted on Tuesday to reopen the harbour bridge after two years.</p>".repeat(4);
    // html and body are two levels: the wrappers bring the paragraphs to MAX_DEPTH, then past it.
    const nested = (depth: number) =>
      `<html><body>${"<div>".repeat(depth)}${body}${"</div>".repeat(depth)}</body></html>`;
    expect(extractArticle(nested(MAX_DEPTH - 3), "https://x.example/ok").blocks).toHaveLength(4);
    const error = thrown(() => extractArticle(nested(MAX_DEPTH - 2), "https://x.example/deep"));
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toBe("That page is too large or too broken to read.");
  });

  it("measures articles in characters, so a Japanese page counts", () => {
    const sentence = "東京都は月曜日、新しい自転車道の建設を承認したと発表しました。";
    const html = `<html><body><article>${`<p>${sentence}</p>`.repeat(6)}</article></body></html>`;
    expect(extractArticle(html, "https://x.example/ja").blocks.length).toBeGreaterThan(0);
  });
});

describe("extractPlainText", () => {
  it("titles the page by its first line and splits paragraphs at blank lines", () => {
    const page = extractPlainText(fixture("article.txt"), "https://x.example/a.txt");
    expect(page.title).toBe("Council approves new cycle lanes on Main Street");
    expect(page.blocks).toHaveLength(2);
    expect(page.publishedDate).toBeNull();
  });

  it("refuses an empty or tiny text", () => {
    expect(isUserError(thrown(() => extractPlainText("\n\n  \n", "https://x.example/")))).toBe(
      true,
    );
    expect(isUserError(thrown(() => extractPlainText("Hi\n\nthere", "https://x.example/")))).toBe(
      true,
    );
  });
});

describe("noArticleError", () => {
  it("is a UserError with the message shown to the person", () => {
    const error = noArticleError();
    expect(isUserError(error)).toBe(true);
    expect(error.message).toBe("No article found on that page.");
  });
});

const TEST_PAGES = new URL("../../../shared/eval/readability-test-pages/", import.meta.url);

describe.skipIf(!existsSync(TEST_PAGES))(
  "extractArticle on Readability's test pages (../shared; skipped when absent)",
  () => {
    interface Expected {
      title: string | null;
      byline: string | null;
      siteName: string | null;
      publishedTime: string | null;
    }

    it.each([
      "aclu",
      "ars-1",
      "bbc-1",
      "cnet",
      "guardian-1",
      "msn",
      "nytimes-2",
      "theverge",
      "wapo-1",
    ])("agrees with Readability's expected metadata for %s", (name) => {
      const dir = new URL(`${name}/`, TEST_PAGES);
      const html = gunzipSync(readFileSync(new URL("source.html.gz", dir))).toString("utf8");
      const expected = JSON.parse(
        readFileSync(new URL("expected-metadata.json", dir), "utf8"),
      ) as Expected;
      const page = extractArticle(html, `https://${name}.example/`);
      expect(page.title).toBe(expected.title);
      expect(page.byline).toBe(cleanByline(expected.byline));
      expect(page.siteName).toBe(expected.siteName);
      if (expected.publishedTime !== null) {
        expect(page.publishedDate).toBe(toPublishedDate(expected.publishedTime));
      }
      expect(page.blocks.length).toBeGreaterThan(3);
    });
  },
);
