import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/articles/article.js";
import {
  createExtractiveSummarizer,
  type ExtractiveRunner,
  extractiveBudget,
  summarizeExtractively,
} from "../../src/summaries/extractive.js";
import { DEFAULT_WEIGHTS } from "../../src/summaries/rank.js";

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
  it("gives a medium paragraph of two sentences in article order and one further key point", async () => {
    const summary = await createExtractiveSummarizer().summarize(news, {
      length: "medium",
      format: "paragraph",
    });
    expect(summary).toMatchObject({ engine: "extractive", model: null, usage: null, note: null });
    expect(summary.text.startsWith("The city council approved a budget")).toBe(true);
    const positions = summary.text
      .split(/(?<=\.)\s+/)
      .map((sentence) => news.text.indexOf(sentence));
    expect(positions).toHaveLength(2);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(summary.keyPoints).toHaveLength(1);
    for (const point of summary.keyPoints) {
      expect(news.text).toContain(point);
      expect(summary.text).not.toContain(point);
    }
  });

  it("runs the shipped weights where it is told to, and other weights inline", async () => {
    const asked: unknown[] = [];
    const runner: ExtractiveRunner = async (article, options) => {
      asked.push({ article, options });
      return summarizeExtractively(article, options);
    };
    const options = { length: "short", format: "bullets" } as const;
    const summary = await createExtractiveSummarizer(DEFAULT_WEIGHTS, runner).summarize(
      news,
      options,
    );
    expect(asked).toEqual([{ article: { paragraphs: news.paragraphs, title: "A" }, options }]);
    expect(summary.text).toBe(summarizeExtractively(news, options).text);
    const other = { ...DEFAULT_WEIGHTS, positionScale: 2 };
    await createExtractiveSummarizer(other, runner).summarize(news, options);
    expect(asked).toHaveLength(1);
  });

  it("never says more than three sentences in all at medium length, nor repeats one (property)", () => {
    const sentence = fc
      .array(fc.constantFrom("alpha", "beta", "gamma", "delta", "news", "town", "vote"), {
        minLength: 4,
        maxLength: 12,
      })
      .map((words) => `${words.join(" ")}.`.replace(/^./, (c) => c.toUpperCase()));
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 15 }),
        fc.constantFrom("paragraph" as const, "bullets" as const),
        (sentences, format) => {
          const article = articleOf([sentences.join(" ")]);
          const { text, keyPoints } = summarizeExtractively(article, { length: "medium", format });
          const said = (format === "bullets" ? text.split("\n") : text.split(/(?<=\.)\s+/)).filter(
            Boolean,
          );
          expect(said.length + keyPoints.length).toBeLessThanOrEqual(3);
          for (const point of keyPoints)
            expect(said.map((s) => s.replace(/^- /, ""))).not.toContain(point);
        },
      ),
    );
  });

  it("keeps a seven-sentence article's long bullets to four sentences, not the whole page", () => {
    const seven = articleOf([
      "The council approved the library budget on Monday after a long debate in the town hall.",
      "The mayor said the library would open to readers in the autumn of next year.",
      "Critics said the cost was far too high for a town of its size and its debts.",
      "Construction is to start in the summer, after a public consultation in the spring.",
      "The library will have two hundred seats and a children's wing with a garden.",
      "Local shops welcomed the plan, saying it would bring visitors to the centre.",
      "The council meets again next month to discuss parking near the new building.",
    ]);
    const { text, keyPoints } = summarizeExtractively(seven, { length: "long", format: "bullets" });
    expect(text.split("\n")).toHaveLength(4);
    expect(keyPoints).toEqual([]);
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
    expect(summary.keyPoints).toEqual([]);
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

  it("shows sentences without datelines or picture pointers, captions punctuated, quotes intact", () => {
    const scraped = articleOf([
      "Boston (CNN)Jurors found the defendant guilty on all 30 counts on Wednesday afternoon.",
      "The judge (pictured) thanked the jurors, who had deliberated for more than eleven hours.",
      "Scroll down for video Jurors leave the court after the verdict on Wednesday afternoon The sentencing phase of the trial will begin next week, the court said.",
      "'We are relieved (pictured) and grateful,' one victim's mother told reporters outside.",
      "The defence team said it would study the verdict before deciding on an appeal.",
      "The trial had lasted four weeks and heard from more than ninety witnesses.",
      "Security around the courthouse was tight throughout the day of the verdict.",
    ]);
    const { text, keyPoints } = summarizeExtractively(scraped, {
      length: "long",
      format: "bullets",
    });
    const shown = [text, ...keyPoints].join("\n");
    expect(shown).toContain("- Jurors found the defendant guilty on all 30 counts");
    expect(shown).toContain("- The judge thanked the jurors");
    expect(shown).toContain(
      "- Jurors leave the court after the verdict on Wednesday afternoon. The sentencing phase",
    );
    expect(shown).toContain("'We are relieved (pictured) and grateful,'");
    expect(shown).not.toMatch(/CNN|Scroll down/);
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

describe("extractiveBudget", () => {
  it("gives short two sentences, medium three in all (Lead-3's budget) and long a quarter", () => {
    expect(extractiveBudget("short", 40)).toEqual({ summary: 2, keyPoints: 0 });
    expect(extractiveBudget("medium", 40)).toEqual({ summary: 2, keyPoints: 1 });
    expect(extractiveBudget("medium", 40, "bullets")).toEqual({ summary: 3, keyPoints: 0 });
    expect(extractiveBudget("long", 40)).toEqual({ summary: 10, keyPoints: 0 });
    expect(extractiveBudget("long", 100)).toEqual({ summary: 10, keyPoints: 0 });
    expect(extractiveBudget("long", 24)).toEqual({ summary: 6, keyPoints: 0 });
    expect(extractiveBudget("long", 7)).toEqual({ summary: 4, keyPoints: 0 });
    expect(extractiveBudget("long", 5)).toEqual({ summary: 3, keyPoints: 0 });
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
