import type { Article } from "../articles/types.js";

/**
 * Terminal formatting shared by every `newsdesk` command: wrapping to the terminal width, the
 * article header, list lines, and the JSON shapes the CLI prints for articles.
 */

export const DEFAULT_WIDTH = 80;
const MIN_WIDTH = 20;

/** The width to wrap at: the terminal's columns when stdout is a terminal, else 80. */
export function terminalWidth(stream: NodeJS.WritableStream): number {
  const columns = (stream as { columns?: unknown; isTTY?: unknown }).columns;
  if (typeof columns === "number" && Number.isFinite(columns) && columns >= MIN_WIDTH) {
    return Math.floor(columns);
  }
  return DEFAULT_WIDTH;
}

/**
 * Word-wraps one paragraph to `width` columns (each line after the first starts with `indent`).
 * White space runs collapse to one space; a word longer than the line (a URL) gets a line of its
 * own rather than being cut.
 */
export function wrapText(text: string, width = DEFAULT_WIDTH, indent = ""): string {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const prefix = lines.length === 0 ? "" : indent;
    if (line === "") {
      line = prefix + word;
    } else if (line.length + 1 + word.length <= width) {
      line += ` ${word}`;
    } else {
      lines.push(line);
      line = indent + word;
    }
  }
  if (line !== "") lines.push(line);
  return lines.join("\n");
}

/** Wraps each paragraph and separates them by a blank line. */
export function wrapParagraphs(paragraphs: readonly string[], width = DEFAULT_WIDTH): string {
  return paragraphs.map((paragraph) => wrapText(paragraph, width)).join("\n\n");
}

/** Cuts text to at most `width` characters, ending with "…" when cut. */
export function truncate(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= width) return flat;
  return `${flat.slice(0, Math.max(0, width - 1)).trimEnd()}…`;
}

/** A rule as wide as the text, at most `width`. */
export function formatRule(width = DEFAULT_WIDTH): string {
  return "─".repeat(Math.max(1, Math.min(width, DEFAULT_WIDTH)));
}

/**
 * The block every command prints above an article's content: the title, then date, source and
 * word count, then the URL and id, then a rule.
 */
export function formatArticleHeader(
  article: Pick<Article, "id" | "title" | "date" | "source" | "url" | "wordCount">,
  width = DEFAULT_WIDTH,
): string {
  const meta = `${article.date} · ${article.source} · ${article.wordCount} words`;
  return [
    wrapText(article.title, width),
    wrapText(meta, width),
    article.url,
    `id: ${article.id}`,
    formatRule(width),
  ].join("\n");
}

/** The header, then the paragraphs wrapped. */
export function formatArticle(article: Article, width = DEFAULT_WIDTH): string {
  return `${formatArticleHeader(article, width)}\n\n${wrapParagraphs(article.paragraphs, width)}`;
}

/**
 * One entry of a list: the date and the title (cut to the line), then source and id indented under
 * the title. `rank` (1-based) prefixes search results.
 */
export function formatArticleLine(
  article: Pick<Article, "id" | "title" | "date" | "source">,
  width = DEFAULT_WIDTH,
  rank?: number,
): string {
  const lead =
    rank === undefined ? `${article.date}  ` : `${String(rank).padStart(2)}. ${article.date}  `;
  const pad = " ".repeat(lead.length);
  return `${lead}${truncate(article.title, Math.max(10, width - lead.length))}\n${pad}${truncate(
    `${article.source} · ${article.id}`,
    Math.max(10, width - lead.length),
  )}`;
}

/** Lines for a list of articles; `ranked` numbers them (search results). */
export function formatArticleList(
  articles: readonly Pick<Article, "id" | "title" | "date" | "source">[],
  width = DEFAULT_WIDTH,
  options: { ranked?: boolean; empty?: string } = {},
): string {
  if (articles.length === 0) return options.empty ?? "No articles.";
  return articles
    .map((article, index) =>
      formatArticleLine(article, width, options.ranked ? index + 1 : undefined),
    )
    .join("\n");
}

/** What `--json` prints for one article. `text` is the paragraphs joined by a blank line. */
export interface ArticleJson {
  id: string;
  date: string;
  url: string;
  source: string;
  title: string;
  paragraphs: string[];
  text: string;
  wordCount: number;
  rawWordCount: number;
}

/** What `--json` prints for each article of a list (no content). */
export type ArticleListItemJson = Omit<ArticleJson, "paragraphs" | "text">;

export function toArticleJson(article: Article): ArticleJson {
  return {
    id: article.id,
    date: article.date,
    url: article.url,
    source: article.source,
    title: article.title,
    paragraphs: [...article.paragraphs],
    text: article.paragraphs.join("\n\n"),
    wordCount: article.wordCount,
    rawWordCount: article.rawWordCount,
  };
}

export function toArticleListItemJson(
  article: Pick<Article, keyof ArticleListItemJson>,
): ArticleListItemJson {
  return {
    id: article.id,
    date: article.date,
    url: article.url,
    source: article.source,
    title: article.title,
    wordCount: article.wordCount,
    rawWordCount: article.rawWordCount,
  };
}
