import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/articles/article.js";
import { escapeSummaryText, renderSummary } from "../../src/discord/views.js";
import type { Summary } from "../../src/summaries/types.js";

const article = buildArticle({
  id: "a",
  date: "2024-01-01",
  url: "https://example.com/a",
  title: "A",
  paragraphs: ["One sentence here."],
  rawWordCount: 0,
  origin: "seed",
  addedAt: 0,
});

function summaryOf(text: string, keyPoints: string[] = []): Summary {
  return {
    text,
    keyPoints,
    engine: "extractive",
    model: null,
    cached: false,
    usage: null,
    note: null,
  };
}

describe("escapeSummaryText", () => {
  it("keeps each bullet a list item and escapes the text after it", () => {
    expect(escapeSummaryText("- The *mayor* said so.\n- Costs rose.", "bullets")).toBe(
      "- The \\*mayor\\* said so.\n- Costs rose.",
    );
  });

  it("escapes a hyphen inside a bullet's text and list markup in a paragraph", () => {
    expect(escapeSummaryText("- - nested @everyone", "bullets")).toBe(
      "- \\- nested @\u200beveryone",
    );
    expect(escapeSummaryText("- not a list", "paragraph")).toBe("\\- not a list");
  });
});

describe("renderSummary", () => {
  it("renders bullets as a real list, not as escaped hyphens", () => {
    const message = renderSummary(article, summaryOf("- First point.\n- Second point."), {
      format: "bullets",
      llmModel: null,
    });
    expect(message.embeds?.[0]?.description).toBe("- First point.\n- Second point.");
  });

  it("offers Discuss under the summary, for a thread on its article", () => {
    const message = renderSummary(article, summaryOf("Text."), {
      format: "paragraph",
      llmModel: null,
    });
    const [row] = message.components as Array<{ components: Array<{ custom_id?: string }> }>;
    expect(row?.components.map((c) => c.custom_id)).toEqual(["ask:discuss:a"]);
  });

  it("adds key points to a paragraph summary, escaped", () => {
    const message = renderSummary(article, summaryOf("Text.", ["A _point_."]), {
      format: "paragraph",
      llmModel: null,
    });
    expect(message.embeds?.[0]?.fields).toEqual([
      { name: "Key points", value: "• A \\_point\\_." },
    ]);
  });
});
