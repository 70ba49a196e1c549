import { createHash } from "node:crypto";
import { buildArticle, countWords } from "../articles/article.js";
import { cleanBody } from "../articles/clean.js";
import { deriveTitle } from "../articles/title.js";
import type { Article } from "../articles/types.js";
import { normalizeUrl } from "../articles/url.js";
import { htmlToParagraphs } from "./html-text.js";
import type { ArticlePage } from "./ports.js";
import type { FeedItem } from "./types.js";

/**
 * An item whose own text has fewer words than this is a teaser: the linked page is fetched for the
 * full article. Full-text feeds (content:encoded, Atom content) carry far more.
 */
export const TEASER_WORDS = 150;

/**
 * "feed-", the feed id's 16 hex digits, "-", and 16 hex digits of the SHA-256 of the normalized link:
 * one article per page and feed. The feed is in the id so that it survives every store (the article
 * index keeps no feed column), for the digests' feed filter.
 */
export function feedArticleId(feedId: string, link: string): string {
  const hash = createHash("sha256").update(normalizeUrl(link)).digest("hex").slice(0, 16);
  return `feed-${feedId.replace(/^f/, "")}-${hash}`;
}

/** The feed an article came from: its `feedId`, else the one in its id; null for other articles. */
export function feedIdOfArticle(article: Pick<Article, "id" | "feedId">): string | null {
  if (article.feedId) return article.feedId;
  const match = /^feed-([0-9a-f]{16})-[0-9a-f]{16}$/.exec(article.id);
  return match ? `f${match[1]}` : null;
}

/** The item's own text as paragraphs (HTML stripped). */
export function itemParagraphs(item: FeedItem): string[] {
  return htmlToParagraphs(item.contentHtml);
}

/** True when the item carries only a teaser (and has a link to read the rest at). */
export function isTeaser(item: FeedItem): boolean {
  if (!item.link) return false;
  return countWords(itemParagraphs(item).join("\n\n")) < TEASER_WORDS;
}

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The Article for a feed item: the page's text when it was read (its date and author first, the
 * feed's when the page lacks them; the feed's headline before the page's title), else the item's
 * own text, else its title alone. Null when the item has no link (an article needs an address) or
 * no text at all.
 */
export function buildFeedArticle(input: {
  feedId: string;
  item: FeedItem;
  page: ArticlePage | null;
  /** The first time the item was seen (epoch ms): its date when the feed gives none. */
  seenAt: number;
}): Article | null {
  const { item, page, feedId, seenAt } = input;
  if (!item.link) return null;
  const ownText = itemParagraphs(item).join("\n\n");
  const pageParagraphs = page ? (page.paragraphs ?? cleanBody(page.body)) : [];
  let paragraphs = pageParagraphs;
  let rawText = page?.rawText ?? "";
  if (paragraphs.length === 0) {
    paragraphs = ownText ? cleanBody(ownText) : [];
    rawText = ownText;
  }
  if (paragraphs.length === 0 && item.title) {
    paragraphs = [item.title];
    rawText = item.title;
  }
  if (paragraphs.length === 0) return null;
  const url = page && pageParagraphs.length > 0 ? page.url : item.link;
  const article = buildArticle({
    id: feedArticleId(feedId, item.link),
    date:
      (page && pageParagraphs.length > 0 ? page.publishedDate : null) ??
      utcDay(item.publishedAt ?? seenAt),
    url,
    // The feed's headline first: the extractor always finds some title, even one made from the URL.
    title:
      item.title ||
      (pageParagraphs.length > 0 ? page?.title : null) ||
      deriveTitle(url, paragraphs.join("\n\n")),
    paragraphs,
    rawWordCount: countWords(rawText),
    origin: "feed",
    addedAt: seenAt,
    byline: (pageParagraphs.length > 0 ? page?.byline : null) ?? item.author,
    siteName: page?.siteName ?? null,
  });
  article.feedId = feedId;
  return article;
}
