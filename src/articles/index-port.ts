import type { Article, ArticleHeader } from "./types.js";

/**
 * The article index: the durable, shared store of every article the bot serves (seed files,
 * fetched pages, feed items), with full-text search, autocomplete, visibility and change
 * notification. Core code depends on this port only; the adapters live in `src/index/`
 * (SQLite, the embedded default, and PostgreSQL). Every adapter passes the contract suite in
 * `test/index/index-contract.ts`.
 *
 * How other areas use it:
 * - Writers call `upsert` (with the grants that say who may see the article), then `grant` /
 *   `revoke` to change who sees it. `upsert` of an article with the same id replaces it; its
 *   grants are replaced only when `grants` is given.
 * - Readers pass a `viewer` (the guild and user a Discord interaction comes from); without one
 *   (CLI, operator tools) every article is visible.
 * - `onChange` reports writes from this process and, within seconds, from other processes
 *   (SQLite: `PRAGMA data_version` polling; PostgreSQL: LISTEN/NOTIFY).
 */

/** Who may see an article. An article has one or more grants; a viewer sees it if one matches. */
export type Grant =
  /** Team content everywhere (seed files). */
  | { kind: "all" }
  /** Team content of one server: a page a moderator added, or a feed that server follows. */
  | { kind: "guild"; guildId: string }
  /** A page one user fetched: private to them. */
  | { kind: "user"; userId: string };

/** Where a query comes from. Without a viewer every article is visible. */
export interface Viewer {
  guildId?: string | undefined;
  userId?: string | undefined;
}

/** An article as the index stores it: the cleaned article plus what the index needs. */
export interface IndexedArticle {
  article: Article;
  /** Hash of the source bytes (a seed file) or of the cleaned text: changes mean a new version. */
  contentHash: string;
  /** The cleaner's version the article was cleaned with (CLEANER_VERSION). */
  cleanerVersion: number;
  /** Path of the seed file, or null. */
  file?: string | null;
}

export interface IndexFilter {
  /** YYYY-MM-DD, inclusive. */
  since?: string | undefined;
  /** YYYY-MM-DD, inclusive. */
  until?: string | undefined;
  /** A host, with or without `www.`, any case. */
  source?: string | undefined;
  origin?: Article["origin"] | undefined;
  viewer?: Viewer | undefined;
  /** At most this many (default: all). */
  limit?: number | undefined;
  /** Skip this many first (paging). */
  offset?: number | undefined;
  /** Only what comes after this article in newest-first order (paging without an offset). */
  after?: ListCursor | undefined;
}

/** A position in newest-first order: the last header of the previous page. */
export interface ListCursor {
  date: string;
  addedAt: number;
  id: string;
}

/** A position in "added" order: articles are (addedAt, id) ascending. */
export interface AddedCursor {
  addedAt: number;
  id: string;
}

/** An article as stored, with its grants: the scope (the grant its URL is unique in) first. */
export interface StoredArticle {
  entry: IndexedArticle;
  grants: Grant[];
  /** The key of the scope its URL is unique in (`all`, `guild:<id>`, `user:<id>`). */
  scope: string;
}

export interface IndexHit {
  article: Article;
  /** Higher is better; comparable only within one answer. */
  score: number;
}

export type IndexChange =
  | { kind: "added" | "changed"; id: string }
  | { kind: "removed"; id: string; article: Article | undefined };

export type IndexChangeListener = (change: IndexChange) => void;

/** A lease on a named lock (one importer at a time). */
export interface IndexLease {
  /** False once the lease was lost (expired and taken by another process, or the connection died). */
  held(): boolean;
  release(): Promise<void>;
}

export interface IndexStatus {
  engine: "sqlite" | "postgres";
  /** The file (SQLite) or the database (PostgreSQL, without the password). */
  location: string;
  articles: number;
  byOrigin: Record<string, number>;
  seedFiles: number;
  /** Seed files skipped with a reason. */
  problems: number;
  lastImportAt: number | null;
}

export interface ArticleIndex {
  readonly engine: "sqlite" | "postgres";
  /**
   * Adds or replaces the article with this id. The URL must be unique per scope (the scope is the
   * first grant: `all`, one guild or one user); another article with the same URL in the same
   * scope is replaced. Reports "added" or "changed" (nothing when the content hash is the same).
   */
  upsert(entry: IndexedArticle, options?: { grants?: readonly Grant[] }): Promise<void>;
  /** Several at once, in one transaction. */
  upsertMany(
    entries: readonly IndexedArticle[],
    options?: { grants?: readonly Grant[] },
  ): Promise<void>;
  remove(id: string): Promise<boolean>;
  get(id: string, viewer?: Viewer): Promise<Article | undefined>;
  /** The article whose id has this key (`idKeyOf`), if the viewer sees it. */
  getByIdKey(key: string, viewer?: Viewer): Promise<Article | undefined>;
  /** Any URL form (normalized); of several visible, the widest scope wins (all, guild, user). */
  getByUrl(url: string, viewer?: Viewer): Promise<Article | undefined>;
  /** The newest (date, then addedAt, then id). */
  latest(viewer?: Viewer): Promise<Article | undefined>;
  /** Newest first, without the text. */
  list(filter?: IndexFilter): Promise<ArticleHeader[]>;
  /** Articles after `after` (and at or before `until`) in added order, oldest first. */
  listAdded(after: AddedCursor, until?: AddedCursor, viewer?: Viewer): Promise<Article[]>;
  /**
   * Ranked full-text search (BM25, the title weighs more than the text). Every word must match;
   * when nothing has them all, any word may. The last word also matches as a prefix.
   */
  search(query: string, options?: { limit?: number; viewer?: Viewer }): Promise<IndexHit[]>;
  /**
   * Autocomplete: ids (exact, prefix), URLs (exact, prefix) and title words (prefix, and one typo
   * for words of five letters or more). An empty query gives the newest.
   */
  suggest(query: string, options?: { limit?: number; viewer?: Viewer }): Promise<IndexHit[]>;
  count(viewer?: Viewer): Promise<number>;
  grant(id: string, grant: Grant): Promise<void>;
  revoke(id: string, grant: Grant): Promise<void>;
  grantsOf(id: string): Promise<Grant[]>;
  /**
   * Up to `limit` articles that have no seed file (origin other than seed) whose id comes after
   * `after` (null: from the first), in code point order of the ids, with their grants: paging
   * through what a rebuild cannot recreate (`newsdesk index copy` moves them to another index).
   */
  listUnfiled(after: string | null, limit: number): Promise<StoredArticle[]>;
  /** The stored articles of these ids (any origin), with their grants; unknown ids are left out. */
  storedOf(ids: readonly string[]): Promise<StoredArticle[]>;
  /** The stored articles at these URLs (any form; every scope, any origin), with their grants. */
  storedAt(urls: readonly string[]): Promise<StoredArticle[]>;
  /** Returns the function that stops listening. */
  onChange(listener: IndexChangeListener): () => void;
  /** One holder at a time across processes; null when another holds it. */
  tryLock(name: string, ttlMs?: number): Promise<IndexLease | null>;
  /** The seed-file ledger the importer reconciles against. */
  readonly seeds: SeedLedger;
  status(): Promise<IndexStatus>;
  close(): Promise<void>;
}

/** What the index remembers of one seed file. */
export interface SeedFileRecord {
  /** Absolute path. */
  path: string;
  size: number;
  mtimeMs: number;
  contentHash: string;
  cleanerVersion: number;
  /** The article it gave, or null when skipped. */
  articleId: string | null;
  urlKey: string | null;
  /** Why it was skipped, or null. */
  problem: string | null;
}

export interface SeedLedger {
  /** Every file recorded under `root` (path starting with it). */
  list(root: string): Promise<SeedFileRecord[]>;
  /**
   * Up to `limit` files recorded under `root` whose path comes after `after` (null: from the
   * first), in code point order (the order of UTF-8 bytes: `compareCodePoints`). The importer
   * pages through a folder's ledger with it instead of loading it whole.
   */
  listPage(root: string, after: string | null, limit: number): Promise<SeedFileRecord[]>;
  /** Every file recorded under none of these folders (each given with its trailing separator). */
  listOutside(prefixes: readonly string[]): Promise<SeedFileRecord[]>;
  get(path: string): Promise<SeedFileRecord | undefined>;
  /** Files that claim this URL (for duplicates). */
  claimsOf(urlKey: string): Promise<SeedFileRecord[]>;
  /** Files whose article has this id (one, unless two folders hold the same file name). */
  holdersOf(articleId: string): Promise<SeedFileRecord[]>;
  /**
   * Applies one batch atomically: records, articles (as seeds, granted to all) and removals. A
   * crash leaves either all of a batch or none of it.
   */
  apply(batch: SeedBatch): Promise<void>;
  /** Every file with a problem. */
  problems(): Promise<SeedFileRecord[]>;
  /** Drops every seed article and record (rebuild); fetched and feed articles stay. */
  clear(): Promise<void>;
  /** Marks the end of an import. */
  markImported(at: number): Promise<void>;
  /**
   * The most article text (in characters) the importer should put in one batch, if this ledger
   * wants less than the importer's default: one that writes a batch while the next is cleaned
   * (PostgreSQL) holds two at once, and each one held while others are cleaned outlives the
   * young generation of the heap, so it costs its size several times over in peak memory.
   */
  readonly batchChars?: number;
  /**
   * A bulk load (a first import of many files) is about to start: the engine may defer work it
   * can do faster at once at the end (SQLite builds its full-text indexes then). Searches may miss
   * what is written until `endBulk`; a crash before it is repaired when the index is next opened.
   */
  beginBulk(): Promise<void>;
  /** The bulk load is over: whatever was deferred is done now. */
  endBulk(): Promise<void>;
  /** What `stampFolder` recorded for a folder (its modification time at the last full import). */
  folderStamp(root: string): Promise<number | null>;
  stampFolder(root: string, mtimeMs: number): Promise<void>;
}

export interface SeedBatch {
  records: readonly SeedFileRecord[];
  articles: readonly IndexedArticle[];
  /** Paths whose record goes, with their article (if any). */
  removedPaths: readonly string[];
  /** Article ids to remove (a file that now failed, or lost a duplicate). */
  removedArticles: readonly string[];
}

/** The key a grant is stored under: `all`, `guild:<id>`, `user:<id>`. */
export function grantKey(grant: Grant): string {
  switch (grant.kind) {
    case "all":
      return "all";
    case "guild":
      return `guild:${grant.guildId}`;
    case "user":
      return `user:${grant.userId}`;
  }
}

export function parseGrantKey(key: string): Grant | undefined {
  if (key === "all") return { kind: "all" };
  if (key.startsWith("guild:")) return { kind: "guild", guildId: key.slice(6) };
  if (key.startsWith("user:")) return { kind: "user", userId: key.slice(5) };
  return undefined;
}

/** Grant keys as grants, the article's scope first, then in key order (unknown keys left out). */
export function grantsScopeFirst(keys: readonly string[], scope: string): Grant[] {
  const rest = keys.filter((key) => key !== scope).sort();
  return (keys.includes(scope) ? [scope, ...rest] : rest)
    .map((key) => parseGrantKey(key))
    .filter((grant): grant is Grant => grant !== undefined);
}

/** The grant keys a viewer matches; undefined (no viewer) matches everything. */
export function viewerKeys(viewer: Viewer | undefined): string[] | undefined {
  if (!viewer) return undefined;
  const keys = ["all"];
  if (viewer.guildId) keys.push(`guild:${viewer.guildId}`);
  if (viewer.userId) keys.push(`user:${viewer.userId}`);
  return keys;
}

/** Of several articles for one URL, the widest scope wins: all, then a guild, then a user. */
export function scopeRank(scope: string): number {
  if (scope === "all") return 0;
  if (scope.startsWith("guild:")) return 1;
  return 2;
}

export const DEFAULT_GRANTS: readonly Grant[] = [{ kind: "all" }];
