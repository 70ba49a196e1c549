import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/articles/article.js";
import {
  escapeSummaryText,
  listSpeakers,
  renderArticlePage,
  renderQuotesPage,
  renderSummary,
  speakerLabel,
} from "../../src/discord/views.js";
import { translator } from "../../src/i18n/t.js";
import type { Quote } from "../../src/quotes/types.js";
import { describeRemovedQuotes } from "../../src/summaries/quote-check.js";
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

/** The footer of a paragraph summary rendered for an LLM-configured bot, in `locale`. */
function footer(summary: Summary, locale?: string): string | undefined {
  return renderSummary(article, summary, {
    format: "paragraph",
    llmModel: "gpt",
    ...(locale ? { locale } : {}),
  }).embeds?.[0]?.footer?.text;
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

  it("words the title, engine and key points in the locale given", () => {
    const message = renderSummary(article, summaryOf("Text.", ["Un point."]), {
      format: "paragraph",
      llmModel: null,
      locale: "de",
    });
    expect(message.embeds?.[0]).toMatchObject({
      title: "Zusammenfassung — A",
      footer: { text: "Verfahren: extraktiv (keine KI eingerichtet)" },
      fields: [{ name: "Kernpunkte", value: "• Un point." }],
    });
  });

  it("words a fallback's reason in the locale given, and keeps an older summary's note", () => {
    const fallback: Summary = {
      ...summaryOf("Text."),
      note: "The LLM did not respond in time. This is an extractive summary instead.",
      fallback: "timeout",
    };
    expect(footer(fallback, "fr")).toBe(
      "Moteur : repli extractif — Le LLM n’a pas répondu à temps. Voici un résumé extractif à la place.",
    );
    expect(footer(fallback, "ja")).toBe(
      "エンジン: 抽出型フォールバック — LLM が時間内に応答しませんでした。代わりに抽出型の要約です。",
    );
    expect(footer(fallback)).toBe(
      "Engine: extractive fallback — The LLM did not respond in time. This is an extractive summary instead.",
    );
    // Cached or queued before the reason code existed: the stored note, as written.
    const { fallback: _code, ...older } = fallback;
    expect(footer(older, "fr")).toBe(
      "Moteur : repli extractif — The LLM did not respond in time. This is an extractive summary instead.",
    );
  });

  it("words removed quotes in the locale given, as the English note says them", () => {
    const removed = ["a historic victory", "b"];
    const llm: Summary = {
      ...summaryOf("Text."),
      engine: "llm",
      model: "gpt",
      note: describeRemovedQuotes(removed),
      removedQuotes: removed,
    };
    expect(footer(llm)).toBe(`Engine: LLM (gpt) · ${llm.note}`);
    expect(footer(llm, "de")).toBe(
      "Verfahren: KI (gpt) · 2 Zitate, die nicht im Artikel stehen, wurden entfernt: „a historic victory“, „b“.",
    );
    expect(footer({ ...llm, removedQuotes: ["only"] }, "ja")).toMatch(
      /記事にない引用を削除しました: 「only」。$/,
    );
    // Stored before the quotes were kept as data: the English note, as written.
    const { removedQuotes: _quotes, ...older } = llm;
    expect(footer(older, "fr")).toMatch(/· Removed 2 quotes not found in the article/);
  });

  it("labels Discuss in the locale given, English without one", () => {
    const labels = (locale?: string) => {
      const message = renderSummary(article, summaryOf("Text."), {
        format: "paragraph",
        llmModel: null,
        ...(locale ? { locale } : {}),
      });
      return labelsOf(message.components);
    };
    expect(labels()).toEqual(["Discuss"]);
    expect(labels("de")).toEqual(["Diskutieren"]);
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

type Rows = Array<{ components: Array<{ label?: string }> }> | undefined;
function labelsOf(rows: unknown): string[] {
  return ((rows as Rows) ?? []).flatMap((row) => row.components.map((c) => c.label ?? ""));
}

const longArticle = buildArticle({
  id: "long",
  date: "2024-01-01",
  url: "https://example.com/long",
  title: "Long",
  paragraphs: Array.from({ length: 12 }, (_, i) => `Paragraph ${i} ${"word ".repeat(40)}`),
  rawWordCount: 0,
  origin: "seed",
  addedAt: 0,
});

describe("renderArticlePage", () => {
  it("words the footer in the locale given", () => {
    const message = renderArticlePage(longArticle, 1, { locale: "fr" });
    expect(message.embeds?.[0]?.footer?.text).toMatch(/^page 1\/\d+ · \d+ mots$/);
    expect(renderArticlePage(longArticle, 1).embeds?.[0]?.footer?.text).toMatch(
      /^page 1\/\d+ · \d+ words$/,
    );
  });

  it("labels the page and action buttons in the locale given (the server's)", () => {
    expect(labelsOf(renderArticlePage(longArticle, 1, { locale: "fr" }).components)).toEqual([
      "◀ Précédent",
      "Suivant ▶",
      "Résumé",
      "Citations",
      "Discuter",
    ]);
  });

  it("keeps English labels without a locale or for one without a catalog", () => {
    const english = ["◀ Previous", "Next ▶", "Summary", "Quotes", "Discuss"];
    expect(labelsOf(renderArticlePage(longArticle, 1).components)).toEqual(english);
    expect(labelsOf(renderArticlePage(longArticle, 1, { locale: "ko" }).components)).toEqual(
      english,
    );
  });
});

describe("renderQuotesPage", () => {
  it("labels the page buttons in the locale given", () => {
    const quotes: Quote[] = Array.from({ length: 40 }, (_, i) => ({
      kind: "direct",
      text: `Quote number ${i} ${"said ".repeat(20)}`,
      speaker: "Ana",
      speakerTitle: null,
      cue: "said",
      paragraph: 0,
      start: 0,
      end: 1,
    }));
    const message = renderQuotesPage(longArticle, quotes, 1, null, "ja");
    expect(labelsOf(message.components)).toEqual(["◀ 前へ", "次へ ▶"]);
    expect(message.embeds?.[0]?.title).toBe("引用 — Long");
    expect(message.embeds?.[0]?.footer?.text).toMatch(/^1\/\d+ ページ · 1 人から40 件の引用$/);
    expect(message.embeds?.[0]?.description).toContain("— *直接*");
  });

  it("shows quotes without a speaker as unattributed in the locale given", () => {
    const quotes: Quote[] = [
      {
        kind: "direct",
        text: "We will rebuild.",
        speaker: "Ana",
        speakerTitle: null,
        cue: "said",
        paragraph: 0,
        start: 0,
        end: 1,
      },
      {
        kind: "indirect",
        text: "the works would take a year",
        speaker: null,
        speakerTitle: null,
        cue: "said",
        paragraph: 0,
        start: 0,
        end: 1,
      },
    ];
    const text = (locale?: string) =>
      renderQuotesPage(longArticle, quotes, 1, null, locale).embeds?.[0]?.description ?? "";
    expect(text("fr")).toContain("**Non attribuées**\n• the works would take a year");
    expect(text("de")).toContain("**Ohne Zuordnung**");
    expect(text()).toContain("**Unattributed**");
    // The speaker filter still groups them under the internal key.
    const unattributed = listSpeakers(quotes).indexOf("Unattributed");
    const filtered = renderQuotesPage(longArticle, quotes, 1, unattributed, "es-ES");
    expect(filtered.embeds?.[0]?.description).toBe(
      "**Sin atribuir**\n• the works would take a year — *indirecta*",
    );
  });

  it("shows a reported statement without its speaker's own cue inside it", () => {
    const quotes: Quote[] = [
      {
        kind: "indirect",
        text: "The tuft cell, Herbert said, is constantly sensing the body",
        speaker: "De’Broski Herbert",
        speakerTitle: null,
        cue: "said",
        paragraph: 0,
        start: 0,
        end: 1,
      },
    ];
    expect(renderQuotesPage(longArticle, quotes, 1, null).embeds?.[0]?.description).toBe(
      "**De’Broski Herbert**\n• The tuft cell is constantly sensing the body — *reported*",
    );
  });

  it("shows a refusal with its verb (`refused to blame the referee`)", () => {
    const quotes: Quote[] = [
      {
        kind: "indirect",
        text: "to blame the referee",
        speaker: "Southgate",
        speakerTitle: null,
        cue: "refused",
        paragraph: 0,
        start: 0,
        end: 1,
      },
    ];
    expect(renderQuotesPage(longArticle, quotes, 1, null).embeds?.[0]?.description).toBe(
      "**Southgate**\n• refused to blame the referee — *reported*",
    );
  });

  it("lists a direct quote repeated inside its speaker's statement once, in the statement", () => {
    const base = { speakerTitle: null, cue: "said", paragraph: 0 } as const;
    const quotes: Quote[] = [
      {
        ...base,
        kind: "indirect",
        text: "Trump is “unelectable now.”",
        speaker: "Rubio",
        start: 20,
        end: 47,
      },
      { ...base, kind: "direct", text: "unelectable now.", speaker: "Rubio", start: 30, end: 46 },
      { ...base, kind: "direct", text: "unelectable now.", speaker: "Cruz", start: 30, end: 46 },
    ];
    const message = renderQuotesPage(longArticle, quotes, 1, null);
    expect(message.embeds?.[0]?.description).toBe(
      "**Rubio**\n• Trump is “unelectable now.” — *reported*\n\n**Cruz**\n• “unelectable now.” — *direct*",
    );
    expect(message.embeds?.[0]?.footer?.text).toMatch(/2 quotes from 2 speakers/);
  });
});

describe("speakerLabel", () => {
  it("words the unattributed group in the locale given and keeps real names", () => {
    expect(speakerLabel("Unattributed", translator("pt-BR"))).toBe("Sem atribuição");
    expect(speakerLabel("Unattributed", translator("en-US"))).toBe("Unattributed");
    expect(speakerLabel("Ana Souza", translator("ja"))).toBe("Ana Souza");
  });
});
