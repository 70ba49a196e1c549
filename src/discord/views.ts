import { type APIEmbed, ButtonStyle } from "discord.js";
import type { Article } from "../articles/types.js";
import { DEFAULT_LOCALE } from "../i18n/locales.js";
import { type MessageKey, type Translate, t, translator } from "../i18n/t.js";
import { foldEchoes } from "../quotes/echoes.js";
import { quoteForReader } from "../quotes/reader-text.js";
import type { Quote } from "../quotes/types.js";
import type { FallbackReason, Summary } from "../summaries/types.js";
import {
  articleKey,
  type ButtonSpec,
  buildButtonRow,
  buildPageButtons,
  discussButton,
  encodeComponentId,
} from "./components.js";
import {
  escapeText,
  LIMITS,
  type MessageDraft,
  type RenderedMessage,
  renderMessage,
  splitText,
  truncate,
} from "./render.js";

/**
 * Article text per page. An embed could hold 4096 characters, but a wall that long is hard to read in a
 * chat column or on a phone; about 1200 characters (200 words, a few paragraphs split at paragraph
 * boundaries) fits one screen and pages with the buttons.
 */
const ARTICLE_PAGE = Math.min(1200, LIMITS.embedDescription);
/** Quotes per page: kept shorter so a page reads at a glance. */
const QUOTES_PAGE = 3000;

const articlePages = new WeakMap<Article, string[]>();

/** The raw text of each page of an article (escaped when rendered). */
export function paginateArticle(article: Article): string[] {
  let pages = articlePages.get(article);
  if (!pages) {
    pages = splitText(article.text, ARTICLE_PAGE);
    if (pages.length === 0) pages = [""];
    articlePages.set(article, pages);
  }
  return pages;
}

function clampPage(page: number, pages: number): number {
  return Math.min(Math.max(1, Math.trunc(page) || 1), pages);
}

function articleTimestamp(article: Article): string | undefined {
  const time = Date.parse(`${article.date}T00:00:00Z`);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function articleUrl(article: Article): string | undefined {
  return /^https?:\/\//.test(article.url) && article.url.length <= 2048 ? article.url : undefined;
}

/** An article page: title linking to the URL, source as author, date as timestamp, page buttons,
 *  and Summary / Quotes / Discuss buttons labelled in `extra.locale` (the server's: it is public). */
export function renderArticlePage(
  article: Article,
  page: number,
  extra: { content?: string; locale?: string } = {},
): RenderedMessage {
  const pages = paginateArticle(article);
  const current = clampPage(page, pages.length);
  const embed: APIEmbed = {
    title: truncate(escapeText(article.title), LIMITS.embedTitle),
    author: { name: truncate(article.source, LIMITS.author) },
    description: escapeText(pages[current - 1] ?? ""),
    footer: {
      text: [
        ...(pages.length > 1
          ? [t(extra.locale, "view.page", { page: current, pages: pages.length })]
          : []),
        t(extra.locale, "view.words", { words: article.wordCount }),
      ].join(" · "),
    },
  };
  const url = articleUrl(article);
  if (url) embed.url = url;
  const timestamp = articleTimestamp(article);
  if (timestamp) embed.timestamp = timestamp;
  const pageButtons = buildPageButtons(
    current,
    pages.length,
    (p) => encodeComponentId("article", "page", articleKey(article.id), p),
    extra.locale,
  );
  const actions: ButtonSpec[] = [
    {
      label: t(extra.locale, "button.summary"),
      customId: encodeComponentId("article", "summary", articleKey(article.id)),
      style: ButtonStyle.Primary,
    },
    {
      label: t(extra.locale, "button.quotes"),
      customId: encodeComponentId("article", "quotes", articleKey(article.id)),
    },
    discussButton(article.id, extra.locale),
  ];
  const draft: MessageDraft = {
    embeds: [embed],
    components: [buildButtonRow(pageButtons), buildButtonRow(actions)].filter(
      (row) => row !== null,
    ),
  };
  if (extra.content !== undefined) draft.content = extra.content;
  return renderMessage(draft);
}

/**
 * The grouping key of quotes without a speaker (and what `/quotes speaker:` matches); shown to
 * people as `view.unattributed` in their language.
 */
const UNATTRIBUTED = "Unattributed";

/** A speaker as people read it: the grouping key of quotes without one is worded ("Unattributed"). */
export function speakerLabel(name: string, tr: Translate): string {
  return name === UNATTRIBUTED ? tr("view.unattributed") : name;
}

/** Speakers in order of first appearance; a quote's speaker index is its position here. */
export function listSpeakers(quotes: readonly Quote[]): string[] {
  const speakers: string[] = [];
  for (const quote of quotes) {
    const name = quote.speaker ?? UNATTRIBUTED;
    if (!speakers.includes(name)) speakers.push(name);
  }
  return speakers;
}

/**
 * A quotation's words as the reader sees them; a reported statement without its own cue inside,
 * and a refusal with its verb.
 */
const readerText = (quote: Quote) =>
  quote.kind === "direct"
    ? quoteForReader(quote.text)
    : quoteForReader(quote.text, quote.speaker, quote.cue);

function quoteLine(quote: Quote, tr: Translate): string {
  const text = escapeText(readerText(quote));
  const kind = tr(quote.kind === "direct" ? "view.direct" : "view.reported");
  return quote.kind === "direct" ? `• “${text}” — *${kind}*` : `• ${text} — *${kind}*`;
}

function speakerHeading(
  name: string,
  title: string | null,
  continued: boolean,
  tr: Translate,
): string {
  const label = `**${escapeText(name)}**${title ? `, ${escapeText(title)}` : ""}`;
  return continued ? `${label} ${tr("view.continued")}` : label;
}

/** Pages of quotes grouped by speaker (each page a description within the page budget). */
export function paginateQuotes(
  quotes: readonly Quote[],
  tr: Translate = translator(DEFAULT_LOCALE),
): string[] {
  const groups = new Map<string, Quote[]>();
  for (const quote of quotes) {
    const name = quote.speaker ?? UNATTRIBUTED;
    const group = groups.get(name) ?? [];
    group.push(quote);
    groups.set(name, group);
  }
  const pages: string[] = [];
  let current = "";
  let currentSpeaker: string | null = null;
  const add = (
    line: string,
    name: string,
    shown: string,
    title: string | null,
    continued: boolean,
  ): void => {
    const needsHeading = currentSpeaker !== name;
    const block = needsHeading ? `${speakerHeading(shown, title, continued, tr)}\n${line}` : line;
    const joiner = needsHeading ? "\n\n" : "\n";
    if (current && current.length + joiner.length + block.length > QUOTES_PAGE) {
      pages.push(current);
      current = "";
      currentSpeaker = null;
      add(line, name, shown, title, needsHeading ? continued : true);
      return;
    }
    current = current ? `${current}${joiner}${block}` : block;
    currentSpeaker = name;
  };
  for (const [name, group] of groups) {
    const title = group.find((q) => q.speakerTitle)?.speakerTitle ?? null;
    const shown = group[0]?.speaker == null ? tr("view.unattributed") : name;
    let first = true;
    for (const quote of group) {
      let lines = [quoteLine(quote, tr)];
      if (lines[0]!.length > QUOTES_PAGE - 600) {
        lines = splitText(readerText(quote), QUOTES_PAGE - 600).map(
          (part, i) => `${i === 0 ? "• " : "  "}${escapeText(part)}`,
        );
      }
      for (const line of lines) {
        add(line, name, shown, title, !first);
        first = false;
      }
    }
  }
  if (current) pages.push(current);
  return pages.map((page) => page.trim());
}

/** A page of quotes; `speakerIndex` (into `listSpeakers(all)`) filters to one speaker. Page
 *  buttons are labelled in `locale` (the server's: the page is public). */
export function renderQuotesPage(
  article: Article,
  all: readonly Quote[],
  page: number,
  speakerIndex: number | null,
  locale?: string,
): RenderedMessage {
  const speakers = listSpeakers(all);
  const speaker = speakerIndex === null ? null : (speakers[speakerIndex] ?? null);
  // A direct quote repeated inside its speaker's reported statement is listed once, there.
  const shown = foldEchoes(all);
  const quotes =
    speaker === null ? shown : shown.filter((q) => (q.speaker ?? UNATTRIBUTED) === speaker);
  const tr = translator(locale);
  const pages = paginateQuotes(quotes, tr);
  const current = clampPage(page, Math.max(1, pages.length));
  const shownSpeakers = listSpeakers(quotes).length;
  const counts = tr("view.quotesFooter", {
    quotes: tr(quotes.length === 1 ? "view.quoteCount" : "view.quotesCount", {
      count: quotes.length,
    }),
    speakers: tr(shownSpeakers === 1 ? "view.speakerCount" : "view.speakersCount", {
      count: shownSpeakers,
    }),
  });
  const embed: APIEmbed = {
    title: truncate(
      tr("view.quotesTitle", { title: escapeText(article.title) }),
      LIMITS.embedTitle,
    ),
    author: { name: truncate(article.source, LIMITS.author) },
    description: pages[current - 1] ?? "",
    footer: {
      text:
        pages.length > 1
          ? `${tr("view.page", { page: current, pages: pages.length })} · ${counts}`
          : counts,
    },
  };
  const url = articleUrl(article);
  if (url) embed.url = url;
  const buttons = buildPageButtons(
    current,
    pages.length,
    (p) => encodeComponentId("quotes", "page", articleKey(article.id), p, speakerIndex ?? ""),
    locale,
  );
  return renderMessage({
    embeds: [embed],
    components: [buildButtonRow(buttons)].filter((row) => row !== null),
  });
}

/** "Removed a quote not found in the article: “…”." in the locale of `tr`. */
function describeRemovedQuotes(removed: readonly string[], tr: Translate): string {
  const list = removed
    .map((q) => tr("summary.quoted", { quote: q.length > 80 ? `${q.slice(0, 79)}…` : q }))
    .join(", ");
  return removed.length === 1
    ? tr("summary.removedQuote", { list })
    : tr("summary.removedQuotes", { count: removed.length, list });
}

const FALLBACK_NOTE_KEYS: Readonly<Record<FallbackReason, MessageKey>> = {
  timeout: "summary.fallbackTimeout",
  deadline: "summary.fallbackDeadline",
  stalled: "summary.fallbackStalled",
  upstream: "summary.fallbackUpstream",
  "invalid-output": "summary.fallbackInvalid",
  error: "summary.fallbackError",
};

/**
 * Who answered, named in the footer: the engine and model, or the fallback and why. Any other note
 * (an LLM summary whose fabricated quote was removed) follows; the renderer keeps the footer
 * within Discord's 2048 characters.
 */
export function describeEngine(
  summary: Summary,
  llmModel: string | null,
  tr: Translate = translator(DEFAULT_LOCALE),
): string {
  const cached = summary.cached ? ` · ${tr("view.cached")}` : "";
  // A fallback's reason and removed quotes are worded in the reader's language; summaries stored
  // before these codes existed have only the English note.
  const note = summary.fallback
    ? tr(FALLBACK_NOTE_KEYS[summary.fallback])
    : summary.removedQuotes?.length
      ? describeRemovedQuotes(summary.removedQuotes, tr)
      : (summary.note?.trim() ?? "");
  const withNote = (line: string) => (note ? `${line} · ${note}` : line);
  if (summary.engine === "llm") {
    const model = summary.model ?? llmModel ?? tr("view.unknownModel");
    return withNote(`${tr("view.engineLlm", { model })}${cached}`);
  }
  if (llmModel === null) return withNote(`${tr("view.engineExtractive")}${cached}`);
  return `${tr("view.engineFallback", { note: note || tr("view.llmNoAnswer") })}${cached}`;
}

/**
 * Escapes a summary's text; in `bullets` format the "- " that starts each line is the list's own
 * markup and stays a list item, while the text after it is escaped like any other text.
 */
export function escapeSummaryText(text: string, format: "paragraph" | "bullets"): string {
  if (format === "paragraph") return escapeText(text);
  return text
    .split("\n")
    .map((line) => {
      const item = /^\s*[-•*]\s+(.*)$/.exec(line);
      return item ? `- ${escapeText(item[1]!)}` : escapeText(line);
    })
    .join("\n");
}

function summaryEmbed(
  article: Article,
  text: string,
  footer: string,
  format: "paragraph" | "bullets",
  tr: Translate,
): APIEmbed {
  const embed: APIEmbed = {
    title: truncate(
      tr("view.summaryTitle", { title: escapeText(article.title) }),
      LIMITS.embedTitle,
    ),
    author: { name: truncate(article.source, LIMITS.author) },
    description: truncate(escapeSummaryText(text, format), LIMITS.embedDescription),
    footer: { text: footer },
  };
  const url = articleUrl(article);
  if (url) embed.url = url;
  return embed;
}

/** The summary so far, while the LLM is still writing (worded in `locale`: the reply is public). */
export function renderSummaryProgress(
  article: Article,
  textSoFar: string,
  model: string | null,
  locale?: string,
) {
  const tr = translator(locale);
  const footer = tr("view.writing", { model: model ?? tr("view.theLlm") });
  return renderMessage({
    embeds: [summaryEmbed(article, textSoFar || "…", footer, "paragraph", tr)],
  });
}

/** The finished summary, with key points when the summary is a paragraph. */
export function renderSummary(
  article: Article,
  summary: Summary,
  options: { format: "paragraph" | "bullets"; llmModel: string | null; locale?: string },
): RenderedMessage {
  const tr = translator(options.locale);
  const footer = describeEngine(summary, options.llmModel, tr);
  const embed = summaryEmbed(article, summary.text, footer, options.format, tr);
  if (options.format === "paragraph" && summary.keyPoints.length > 0) {
    embed.fields = [
      {
        name: tr("view.keyPoints"),
        value: truncate(
          summary.keyPoints.map((point) => `• ${escapeText(point)}`).join("\n"),
          LIMITS.fieldValue,
        ),
      },
    ];
  }
  // A thread on the summary discusses the article too (/ask answers from it).
  const discuss = buildButtonRow([discussButton(article.id, options.locale)]);
  return renderMessage({ embeds: [embed], components: discuss ? [discuss] : [] });
}
