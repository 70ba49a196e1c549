import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/articles/article.js";
import {
  createExtractiveSummarizer,
  sentenceBudget,
  summarizeExtractively,
} from "../../src/summaries/extractive.js";

function articleOf(paragraphs: string[]) {
  return buildArticle({
    id: "a",
    date: "2024-01-01",
    url: "https://example.com/a",
    title: "A",
    paragraphs,
    rawWordCount: 0,
    origin: "seed",
    addedAt: 0,
  });
}

const news = articleOf([
  "The city council approved a budget of 4 million euros for the new public library on Monday evening.",
  "The mayor said the new library would open to readers in the autumn of 2026. Critics said the cost was far too high for a town of its size.",
  "Construction of the library is to start in the summer, after a public consultation in the spring.",
  "The council also discussed parking. The library will have 200 seats and a children's wing with its own garden.",
  "Local shops welcomed the plan, saying the library would bring visitors to the town centre.",
]);

describe("createExtractiveSummarizer", () => {
  it("gives a medium paragraph of three sentences in article order, and three key points", async () => {
    const summary = await createExtractiveSummarizer().summarize(news, {
      length: "medium",
      format: "paragraph",
    });
    expect(summary).toMatchObject({ engine: "extractive", model: null, usage: null, note: null });
    expect(summary.text.startsWith("The city council approved a budget")).toBe(true);
    const positions = summary.text
      .split(/(?<=\.)\s+/)
      .map((sentence) => news.text.indexOf(sentence));
    expect(positions).toHaveLength(3);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(summary.keyPoints).toHaveLength(3);
    for (const point of summary.keyPoints) {
      expect(news.text).toContain(point);
      expect(summary.text).not.toContain(point);
    }
  });

  it("keeps short summaries within two sentences and 400 characters", async () => {
    const summary = await createExtractiveSummarizer().summarize(news, {
      length: "short",
      format: "paragraph",
    });
    expect(summary.text.length).toBeLessThanOrEqual(400);
    expect(summary.text.split(/(?<=\.)\s+/).length).toBeLessThanOrEqual(2);
    expect(summary.keyPoints).toEqual([]);
  });

  it("writes one bullet per sentence", async () => {
    const summary = await createExtractiveSummarizer().summarize(news, {
      length: "medium",
      format: "bullets",
    });
    const lines = summary.text.split("\n");
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^- \S/);
  });

  it("is deterministic", async () => {
    const engine = createExtractiveSummarizer();
    const options = { length: "long", format: "paragraph" } as const;
    expect(await engine.summarize(news, options)).toEqual(await engine.summarize(news, options));
  });

  it("skips a caption that repeats the lede", async () => {
    const withCaption = articleOf([
      "Rescuers pulled a dog from the frozen river on Sunday after a two-hour search by the fire brigade.",
      "Rescuers pulled a dog from the frozen river on Sunday after a two-hour search.",
      "The dog, named Max, was taken to a vet and is expected to recover fully within a week.",
      "Firefighters said the ice was too thin to walk on and warned people to keep away from the river.",
    ]);
    const { text } = summarizeExtractively(withCaption, { length: "medium", format: "paragraph" });
    expect(text.match(/Rescuers pulled/g)).toHaveLength(1);
  });

  it("never loses its place: every chosen sentence comes from the article (property)", () => {
    const sentence = fc
      .array(fc.constantFrom("alpha", "beta", "gamma", "delta", "news", "town", "vote"), {
        minLength: 3,
        maxLength: 12,
      })
      .map((words) => `${words.join(" ")}.`.replace(/^./, (c) => c.toUpperCase()));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 15 }), (sentences) => {
        const article = articleOf([sentences.join(" ")]);
        const { text } = summarizeExtractively(article, { length: "long", format: "bullets" });
        for (const line of text.split("\n")) expect(article.text).toContain(line.slice(2));
      }),
    );
  });
});

describe("sentenceBudget", () => {
  it("gives short two sentences, medium three (Lead-3's budget) and long several", () => {
    expect(sentenceBudget("short", 40)).toBe(2);
    expect(sentenceBudget("medium", 40)).toBe(3);
    expect(sentenceBudget("long", 40)).toBe(10);
    expect(sentenceBudget("long", 8)).toBe(5);
  });
});

describe("summarizeExtractively", () => {
  it("returns an empty summary for an article without sentences", () => {
    expect(summarizeExtractively(articleOf([]), { length: "short", format: "paragraph" })).toEqual({
      text: "",
      keyPoints: [],
    });
  });
});
