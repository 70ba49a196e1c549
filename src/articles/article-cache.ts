import type { Article } from "./types.js";

/**
 * Cleaned articles kept in memory, least recently used first out, bounded by an estimate of their
 * size in bytes (`ARTICLE_CACHE_MB`). Entries carry the content hash they were read with, so a
 * newer version in the index is never served from here.
 */
export interface ArticleCache {
  get(id: string, contentHash?: string): Article | undefined;
  set(id: string, contentHash: string, article: Article): void;
  delete(id: string): void;
  clear(): void;
  readonly bytes: number;
  readonly size: number;
}

/** Roughly what an article takes in memory: its strings (two bytes a character) and some overhead. */
export function estimateArticleBytes(article: Article): number {
  let chars = article.id.length + article.url.length + article.title.length + article.text.length;
  for (const paragraph of article.paragraphs) chars += paragraph.length;
  return chars * 2 + 64 * article.paragraphs.length + 400;
}

export function createArticleCache(maxBytes: number): ArticleCache {
  const entries = new Map<string, { hash: string; article: Article; bytes: number }>();
  let bytes = 0;
  const drop = (id: string) => {
    const entry = entries.get(id);
    if (!entry) return;
    entries.delete(id);
    bytes -= entry.bytes;
  };
  return {
    get(id, contentHash) {
      const entry = entries.get(id);
      if (!entry) return undefined;
      if (contentHash !== undefined && entry.hash !== contentHash) {
        drop(id);
        return undefined;
      }
      // Most recently used last.
      entries.delete(id);
      entries.set(id, entry);
      return entry.article;
    },
    set(id, contentHash, article) {
      drop(id);
      const size = estimateArticleBytes(article);
      if (size > maxBytes) return;
      entries.set(id, { hash: contentHash, article, bytes: size });
      bytes += size;
      for (const oldest of entries.keys()) {
        if (bytes <= maxBytes) break;
        drop(oldest);
      }
    },
    delete: drop,
    clear() {
      entries.clear();
      bytes = 0;
    },
    get bytes() {
      return bytes;
    },
    get size() {
      return entries.size;
    },
  };
}
