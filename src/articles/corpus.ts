import { stat } from "node:fs/promises";
import { UserError } from "../errors.js";
import type { Logger } from "../logger.js";
import { type ArticleCache, createArticleCache } from "./article-cache.js";
import { CLEANER_VERSION } from "./clean.js";
import type { AddedCursor, ArticleIndex, Grant, Viewer } from "./index-port.js";
import { looksLikeUrl } from "./query.js";
import { hashOf } from "./seed-files.js";
import { createSeedImporter, type ImportReport, type SeedImporter } from "./seed-importer.js";
import { type SeedWatcher, watchSeedFolders } from "./seed-watcher.js";
import type { Article, ArticleHeader } from "./types.js";
import { normalizeUrl } from "./url.js";

export { isSeedFileName } from "./seed-files.js";

/**
 * The corpus every command, digest and CLI verb reads: a thin layer over the article index (the
 * durable store, `index-port.ts`) that keeps recently used cleaned articles in a bounded LRU,
 * turns index changes into "added" / "changed" / "removed" events, and (for the seed folders)
 * owns the importer and the watcher that keep the index in step with the files.
 */

export interface SearchHit {
  article: Article;
  score: number;
}

export interface CorpusWarning {
  /** Path of the file (the seeds folder joined with its name). */
  file: string;
  reason: string;
}

/** Dates are YYYY-MM-DD, both ends inclusive; `source` is a host, with or without `www.`. */
export interface ArticleFilter {
  since?: string;
  until?: string;
  source?: string;
  origin?: Article["origin"];
  /** At most this many (default: all). */
  limit?: number;
  viewer?: Viewer;
}

export type CorpusEvent = "added" | "changed" | "removed";
export type CorpusListener = (article: Article) => void;

export interface Corpus {
  /** The index behind the corpus (grants, status). */
  readonly index: ArticleIndex;
  /** How many articles the viewer sees (all of them without a viewer). */
  count(viewer?: Viewer): Promise<number>;
  /** The seed files skipped or set aside, with the reason. */
  warnings(): Promise<CorpusWarning[]>;
  get(id: string, viewer?: Viewer): Promise<Article | undefined>;
  /** Any URL form: normalized with normalizeUrl. */
  getByUrl(url: string, viewer?: Viewer): Promise<Article | undefined>;
  /** The article whose id has this short key (`idKeyOf` in query.ts): one indexed lookup. */
  getByIdKey(key: string, viewer?: Viewer): Promise<Article | undefined>;
  /** An id or a URL of a corpus article. */
  resolve(ref: string, viewer?: Viewer): Promise<Article | undefined>;
  /** Newest date; ties broken by addedAt (newest first), then id. */
  latest(viewer?: Viewer): Promise<Article | undefined>;
  /** Newest first (same order as `latest`), without the text. */
  list(filter?: ArticleFilter): Promise<ArticleHeader[]>;
  /**
   * The same as `list`, a page at a time (`pageSize` headers, default 1000): memory stays bounded
   * however many articles match.
   */
  pages(filter?: ArticleFilter, pageSize?: number): AsyncIterable<ArticleHeader[]>;
  /** Ranked full-text search over titles and text. */
  search(query: string, limit?: number, viewer?: Viewer): Promise<SearchHit[]>;
  /** Autocomplete over titles, ids and URLs; an empty query gives the newest. */
  suggest(query: string, limit?: number, viewer?: Viewer): Promise<SearchHit[]>;
  /**
   * Every article the viewer sees, newest first, whole, read a page at a time as the loop asks for
   * them: stop early and the rest is never read (the digest preview takes the first few that pass
   * its filters). Memory holds one page of headers and the LRU.
   */
  newest(viewer?: Viewer): AsyncIterable<Article>;
  /** Articles added after `after` (and at or before `until`), oldest first. */
  addedAfter(after: AddedCursor, until?: AddedCursor, viewer?: Viewer): Promise<Article[]>;
  /**
   * Adds a fetched (or feed) article, or replaces the one with its id; emits "added" or "changed".
   * `grants` say who sees it (default: everyone). A seed article with the same URL is kept.
   */
  add(article: Article, grants?: readonly Grant[]): Promise<void>;
  /** Reconciles the seed folders now (null when the corpus has none). */
  refresh(): Promise<ImportReport | null>;
  on(event: CorpusEvent, listener: CorpusListener): this;
  off(event: CorpusEvent, listener: CorpusListener): this;
  /** Stops watching, waits for an import in progress, closes the index if the corpus owns it. */
  close(): Promise<void>;
}

export const DEFAULT_SEARCH_LIMIT = 20;
export const DEFAULT_SUGGEST_LIMIT = 25;
/** Default size of the cleaned-article cache (ARTICLE_CACHE_MB). */
export const DEFAULT_ARTICLE_CACHE_MB = 64;

export interface CreateCorpusOptions {
  index: ArticleIndex;
  logger: Logger;
  importer?: SeedImporter | undefined;
  /** Bytes of cleaned articles kept in memory (default 64 MB). */
  cacheBytes?: number;
  /** Close the index with the corpus (default true). */
  ownsIndex?: boolean;
}

/** A corpus over an index (no seed folders unless an importer is given). */
export function createCorpus(options: CreateCorpusOptions): Corpus & {
  setWatcher(watcher: SeedWatcher): void;
} {
  const { index, logger } = options;
  const cache: ArticleCache = createArticleCache(
    options.cacheBytes ?? DEFAULT_ARTICLE_CACHE_MB * 1024 * 1024,
  );
  const listeners = new Map<CorpusEvent, Set<CorpusListener>>();
  let watcher: SeedWatcher | undefined;

  const emit = (event: CorpusEvent, article: Article) => {
    for (const listener of listeners.get(event) ?? []) {
      try {
        listener(article);
      } catch (error) {
        logger.error({ err: error, event, id: article.id }, "corpus listener failed");
      }
    }
  };
  const stopListening = index.onChange((change) => {
    const before = cache.get(change.id);
    cache.delete(change.id);
    if (change.kind === "removed") {
      const article = change.article ?? before;
      if (article) emit("removed", article);
      return;
    }
    if ((listeners.get(change.kind)?.size ?? 0) === 0) return;
    void index
      .get(change.id)
      .then((article) => {
        if (article) emit(change.kind, article);
      })
      .catch((error: unknown) => {
        logger.warn({ err: error, id: change.id }, "reading a changed article failed");
      });
  });

  const remember = (article: Article | undefined): Article | undefined => {
    if (!article) return undefined;
    const cached = cache.get(article.id);
    // The same object for the same version: per-article caches (quotes) keep working.
    if (cached && cached.text === article.text && cached.title === article.title) return cached;
    cache.set(article.id, hashOf(`${article.title}\n${article.text}`), article);
    return article;
  };

  const corpus: Corpus & { setWatcher(watcher: SeedWatcher): void } = {
    index,
    setWatcher(next) {
      watcher = next;
    },
    count: (viewer) => index.count(viewer),
    async warnings() {
      const problems = await index.seeds.problems();
      return problems.map((record) => ({ file: record.path, reason: record.problem ?? "" }));
    },
    async get(id, viewer) {
      if (viewer === undefined) {
        const cached = cache.get(id);
        if (cached) return cached;
      }
      return remember(await index.get(id, viewer));
    },
    async getByUrl(url, viewer) {
      return remember(await index.getByUrl(url, viewer));
    },
    async getByIdKey(key, viewer) {
      return remember(await index.getByIdKey(key, viewer));
    },
    async resolve(ref, viewer) {
      const trimmed = ref.trim();
      if (trimmed === "") return undefined;
      return (
        (await corpus.get(trimmed, viewer)) ??
        (looksLikeUrl(trimmed) ? await corpus.getByUrl(trimmed, viewer) : undefined)
      );
    },
    async latest(viewer) {
      return remember(await index.latest(viewer));
    },
    list(filter = {}) {
      return index.list(filter);
    },
    async *pages(filter = {}, pageSize = 1000) {
      let left = filter.limit ?? Number.POSITIVE_INFINITY;
      let after: ArticleHeader | undefined;
      while (left > 0) {
        const size = Math.max(1, Math.min(pageSize, left));
        const page = await index.list({ ...filter, limit: size, after });
        if (page.length === 0) return;
        yield page;
        left -= page.length;
        if (page.length < size) return;
        after = page.at(-1);
      }
    },
    async search(query, limit = DEFAULT_SEARCH_LIMIT, viewer) {
      if (query.trim() === "" || limit <= 0) return [];
      const hits = await index.search(query, { limit, ...(viewer ? { viewer } : {}) });
      return hits.map((hit) => ({ article: remember(hit.article)!, score: hit.score }));
    },
    async suggest(query, limit = DEFAULT_SUGGEST_LIMIT, viewer) {
      return index.suggest(query.slice(0, 200), { limit, ...(viewer ? { viewer } : {}) });
    },
    async *newest(viewer) {
      for await (const page of corpus.pages(viewer ? { viewer } : {}, 100)) {
        for (const header of page) {
          const article = await corpus.get(header.id, viewer);
          if (article) yield article;
        }
      }
    },
    addedAfter(after, until, viewer) {
      return index.listAdded(after, until, viewer);
    },
    async add(article, grants) {
      let key: string;
      try {
        key = normalizeUrl(article.url);
      } catch (error) {
        throw new UserError(`Cannot add an article with the URL "${article.url}".`, {
          cause: error,
        });
      }
      const existing = await index.getByUrl(key);
      const scope = grants?.[0]?.kind ?? "all";
      if (
        existing?.origin === "seed" &&
        article.origin !== "seed" &&
        existing.id !== article.id &&
        scope === "all"
      ) {
        return;
      }
      await index.upsert(
        {
          article,
          contentHash: hashOf(`${article.title}\n${article.text}`),
          cleanerVersion: CLEANER_VERSION,
        },
        grants ? { grants } : {},
      );
    },
    async refresh() {
      return options.importer ? options.importer.run() : null;
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      set.add(listener);
      return corpus;
    },
    off(event, listener) {
      listeners.get(event)?.delete(listener);
      return corpus;
    },
    async close() {
      await watcher?.close();
      stopListening();
      // Waits for an import in progress (runs are queued).
      await options.importer?.idle();
      cache.clear();
      if (options.ownsIndex !== false) await index.close();
    },
  };
  return corpus;
}

export interface OpenSeedCorpusOptions {
  index: ArticleIndex;
  /** The seed folders (SEEDS_DIR, and `demo/` in the playground). */
  folders: readonly string[];
  logger: Logger;
  /** Keep the index in step with the folders until `close()` (default false). */
  watch?: boolean;
  /**
   * "wait" (default): reconcile the folders before resolving (the CLI: answers are current).
   * "background": resolve at once, serving the index as it is, and reconcile behind (the bot:
   * ready in a moment even with 100,000 files; new and changed files appear as they are read).
   * "auto": "background" when the index already holds articles (a restart), else "wait".
   * "quick" (one-shot commands): no import when no folder changed since the last full import (see
   * `SeedImporter.unchanged`), else "wait".
   */
  importMode?: "wait" | "background" | "auto" | "quick";
  cacheBytes?: number;
  debounceMs?: number;
  ownsIndex?: boolean;
}

async function checkFolder(dir: string): Promise<void> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) {
      throw new UserError(
        `"${dir}" is not a folder. Pass --seeds DIR or set SEEDS_DIR to a folder of seed files.`,
      );
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `The seeds folder "${dir}" does not exist. Create it, or pass --seeds DIR or set SEEDS_DIR.`,
      { cause: error },
    );
  }
}

/**
 * The corpus of the seed folders over `index`: checks the folders, reconciles them (now or in the
 * background), and watches them when asked. A bad file is skipped with
 * `logger.warn({ file, reason }, "skipped article file")` and listed by `warnings()`.
 */
export async function openSeedCorpus(options: OpenSeedCorpusOptions): Promise<Corpus> {
  const { logger } = options;
  for (const folder of options.folders) await checkFolder(folder);
  const importer = createSeedImporter({ index: options.index, folders: options.folders, logger });
  const corpus = createCorpus({
    index: options.index,
    logger,
    importer,
    ...(options.cacheBytes === undefined ? {} : { cacheBytes: options.cacheBytes }),
    ...(options.ownsIndex === undefined ? {} : { ownsIndex: options.ownsIndex }),
  });
  const roots = await importer.roots();
  if (options.watch) {
    corpus.setWatcher(
      watchSeedFolders(importer, roots, {
        logger,
        ...(options.debounceMs === undefined ? {} : { debounceMs: options.debounceMs }),
      }),
    );
  }
  if (options.importMode === "quick" && (await importer.unchanged())) return corpus;
  const mode =
    options.importMode === "auto"
      ? (await options.index.count()) > 0
        ? "background"
        : "wait"
      : (options.importMode ?? "wait");
  const first = runUntilUnlocked(importer, mode !== "background").then((report) => {
    if (report.locked) {
      logger.info({}, "another process is importing the seed files; serving the index as it is");
    } else if (report.added + report.changed + report.removed > 0) {
      logger.info({ ...report }, "imported the seed files");
    }
    return report;
  });
  if (mode === "background") {
    first.catch((error: unknown) =>
      logger.error({ err: error }, "importing the seed files failed"),
    );
  } else {
    await first;
  }
  return corpus;
}

/**
 * Runs the importer; when another process holds the import lock and `wait` is set, waits for it
 * to finish (checking four times a second) and runs again, so the answer reflects the files.
 */
async function runUntilUnlocked(importer: SeedImporter, wait: boolean): Promise<ImportReport> {
  for (;;) {
    const report = await importer.run();
    if (!report.locked || !wait) return report;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
