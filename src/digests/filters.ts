import type { Article } from "../articles/types.js";
import { echo, UserError, userError, withMessageKey } from "../errors.js";
import { escapeRegExp } from "../escape-regexp.js";
import { feedIdOfArticle } from "../feeds/article.js";
import type { DigestFilters } from "./types.js";

export const MAX_KEYWORDS = 10;
export const MAX_KEYWORD_LENGTH = 60;

/** Splits "a, b , c" into lower-case keywords, dropping empties and repeats. UserError when too many. */
export function parseKeywords(text: string | null | undefined): string[] {
  if (!text) return [];
  const keywords = [
    ...new Set(
      text
        .split(",")
        .map((k) => k.trim().toLowerCase().replace(/\s+/g, " "))
        .filter(Boolean),
    ),
  ];
  if (keywords.length > MAX_KEYWORDS) {
    throw new UserError(`At most ${MAX_KEYWORDS} keywords, separated by commas.`, {
      i18n: { key: "digest.tooManyKeywords", params: { max: MAX_KEYWORDS } },
    });
  }
  const long = keywords.find((k) => k.length > MAX_KEYWORD_LENGTH);
  if (long)
    throw withMessageKey(
      userError`The keyword "${echo(long, 30)}" is longer than ${MAX_KEYWORD_LENGTH} characters.`,
      "digest.keywordTooLong",
      { keyword: echo(long, 30), max: MAX_KEYWORD_LENGTH },
    );
  return keywords;
}

/** Reduces "https://www.Reuters.com/x" or "Reuters.com" to "reuters.com"; UserError if it is no host. */
export function parseSource(text: string | null | undefined): string | null {
  if (!text?.trim()) return null;
  let host = text.trim().toLowerCase();
  try {
    if (/^https?:\/\//.test(host)) host = new URL(host).hostname;
  } catch {
    // fall through to the host check
  }
  host = host.replace(/^www\./, "").replace(/\/.*$/, "");
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) {
    throw withMessageKey(
      userError`"${echo(text.trim())}" is not a source: give a site's host, like reuters.com.`,
      "digest.badSource",
      { source: echo(text.trim()) },
    );
  }
  return host;
}

/** A feed id as `/feed list` shows it ("f" and 16 hex digits); null when empty. */
export function parseFeedId(text: string | null | undefined): string | null {
  const id = text?.trim().toLowerCase();
  if (!id) return null;
  if (!/^f[0-9a-f]{16}$/.test(id)) {
    throw new UserError(
      `"${id.slice(0, 40)}" is not a feed id: pick one from the list, as /feed list shows.`,
      { i18n: { key: "digest.badFeedId", params: { id: echo(id, 40) } } },
    );
  }
  return id;
}

/** Compiles the filters once; the returned predicate is what selection calls per article. */
export function createArticleFilter(filters: DigestFilters): (article: Article) => boolean {
  const source = filters.source;
  const feedId = filters.feedId ?? null;
  const patterns = filters.keywords.map(
    (k) =>
      new RegExp(
        `(?<![\\p{L}\\p{N}])${escapeRegExp(k).replace(/ /g, "\\s+")}(?![\\p{L}\\p{N}])`,
        "iu",
      ),
  );
  return (article) => {
    if (feedId !== null && feedIdOfArticle(article) !== feedId) return false;
    if (source !== null) {
      const host = article.source.toLowerCase();
      if (host !== source && !host.endsWith(`.${source}`)) return false;
    }
    if (patterns.length === 0) return true;
    return patterns.some((p) => p.test(article.title) || p.test(article.text));
  };
}

/** True when the article passes the feed, source and keyword filters. */
export function matchesFilters(article: Article, filters: DigestFilters): boolean {
  return createArticleFilter(filters)(article);
}

/** "feed f0123… · source reuters.com · keywords: nato, oil" or "all articles". */
export function describeFilters(filters: DigestFilters): string {
  const parts: string[] = [];
  if (filters.feedId) parts.push(`feed ${filters.feedId}`);
  if (filters.source) parts.push(`source ${filters.source}`);
  if (filters.keywords.length > 0) parts.push(`keywords: ${filters.keywords.join(", ")}`);
  return parts.length > 0 ? parts.join(" · ") : "all articles";
}
