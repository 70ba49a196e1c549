import {
  grantsScopeFirst,
  type IndexedArticle,
  type StoredArticle,
} from "../articles/index-port.js";
import { idKeyOf, urlStem } from "../articles/query.js";
import type { Article, ArticleHeader, ArticleOrigin } from "../articles/types.js";
import { normalizeUrl } from "../articles/url.js";

/** An article row as both engines store it (snake_case columns). */
export interface ArticleRow {
  id: string;
  url: string;
  date: string;
  source: string;
  title: string;
  text: string;
  /** JSON, only when splitting `text` at blank lines would not give the paragraphs back. */
  paragraphs: string | null;
  word_count: number;
  raw_word_count: number;
  origin: string;
  added_at: number | string;
  byline: string | null;
  site_name: string | null;
  content_hash: string;
}

export type HeaderRow = Pick<
  ArticleRow,
  | "id"
  | "url"
  | "date"
  | "source"
  | "title"
  | "word_count"
  | "raw_word_count"
  | "origin"
  | "added_at"
>;

/** The columns a header needs, for SELECT lists. */
export const HEADER_COLUMNS =
  "id, url, date, source, title, word_count, raw_word_count, origin, added_at";
export const ARTICLE_COLUMNS = `${HEADER_COLUMNS}, text, paragraphs, byline, site_name, content_hash`;

export function rowToHeader(row: HeaderRow): ArticleHeader {
  return {
    id: row.id,
    date: row.date,
    url: row.url,
    source: row.source,
    title: row.title,
    wordCount: Number(row.word_count),
    rawWordCount: Number(row.raw_word_count),
    origin: row.origin as ArticleOrigin,
    addedAt: Number(row.added_at),
  };
}

export function rowToArticle(row: ArticleRow): Article {
  const paragraphs =
    row.paragraphs === null ? row.text.split("\n\n") : (JSON.parse(row.paragraphs) as string[]);
  return {
    id: row.id,
    date: row.date,
    url: row.url,
    source: row.source,
    title: row.title,
    paragraphs,
    text: row.text,
    wordCount: Number(row.word_count),
    rawWordCount: Number(row.raw_word_count),
    origin: row.origin as ArticleOrigin,
    addedAt: Number(row.added_at),
    byline: row.byline,
    siteName: row.site_name,
  };
}

/** Values to write for an article, in the column order of `WRITE_COLUMNS`. */
export const WRITE_COLUMNS = [
  "id",
  "url",
  "url_key",
  "url_stem",
  "scope",
  "date",
  "source",
  "title",
  "text",
  "paragraphs",
  "word_count",
  "raw_word_count",
  "origin",
  "added_at",
  "byline",
  "site_name",
  "content_hash",
  "cleaner_version",
  "file",
  "id_key",
] as const;

export function articleValues(entry: IndexedArticle, scope: string): unknown[] {
  const { article } = entry;
  const urlKey = normalizeUrl(article.url);
  const text = article.paragraphs.join("\n\n");
  const split = text.split("\n\n");
  const plain =
    split.length === article.paragraphs.length &&
    split.every((paragraph, i) => paragraph === article.paragraphs[i]);
  return [
    article.id,
    article.url,
    urlKey,
    urlStem(urlKey),
    scope,
    article.date,
    article.source.toLowerCase(),
    article.title,
    text,
    plain ? null : JSON.stringify(article.paragraphs),
    article.wordCount,
    article.rawWordCount,
    article.origin,
    article.addedAt,
    article.byline ?? null,
    article.siteName ?? null,
    entry.contentHash,
    entry.cleanerVersion,
    entry.file ?? null,
    idKeyOf(article.id),
  ];
}

/** An article row as `newsdesk index copy` reads it: with its cleaner version, file and scope. */
export type StoredRow = ArticleRow & {
  cleaner_version: number;
  file: string | null;
  scope: string;
};

/** Stored articles from their rows and the (article id, grant key) rows of their grants. */
export function toStoredArticles(
  rows: readonly StoredRow[],
  grantRows: readonly { article_id: string; grant_key: string }[],
): StoredArticle[] {
  const keys = new Map<string, string[]>();
  for (const { article_id, grant_key } of grantRows) {
    const list = keys.get(article_id) ?? [];
    list.push(grant_key);
    keys.set(article_id, list);
  }
  return rows.map((row) => ({
    entry: {
      article: rowToArticle(row),
      contentHash: row.content_hash,
      cleanerVersion: Number(row.cleaner_version),
      file: row.file,
    },
    grants: grantsScopeFirst(keys.get(row.id) ?? [], row.scope),
    scope: row.scope,
  }));
}
