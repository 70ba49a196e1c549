import type { FSWatcher } from "node:fs";
import { closeSync, fstatSync, openSync, readSync, watch as watchFolder } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { UserError } from "../errors.js";
import type { Logger } from "../logger.js";
import { cleanArticle } from "./clean.js";
import { ArticleFormatError, MAX_ARTICLE_BYTES, parseSeed } from "./parse.js";
import type { ArticleIndex, IndexedDoc, IndexHit } from "./search.js";
import { createArticleIndex, titleWordsOf } from "./search.js";
import type { Article, RawArticle } from "./types.js";
import { normalizeUrl, sourceOf } from "./url.js";

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
}

export type CorpusEvent = "added" | "changed" | "removed";
export type CorpusListener = (article: Article) => void;

export interface Corpus {
  /** How many articles are visible. */
  count(): Promise<number>;
  /** The files skipped or set aside right now (from the load, kept current while watching). */
  readonly warnings: readonly CorpusWarning[];
  get(id: string): Promise<Article | undefined>;
  /** Any URL form: normalized with normalizeUrl. */
  getByUrl(url: string): Promise<Article | undefined>;
  /** An id or a URL of a corpus article. */
  resolve(ref: string): Promise<Article | undefined>;
  /** Newest date; ties broken by addedAt (newest first), then id. */
  latest(): Promise<Article | undefined>;
  /** Newest first (same order as `latest`). */
  list(filter?: ArticleFilter): Promise<Article[]>;
  /** Ranked full-text search over titles and text. */
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /** Autocomplete: prefix + fuzzy over titles, ids and URLs; an empty query gives the newest. */
  suggest(query: string, limit?: number): Promise<SearchHit[]>;
  /** Every article, newest first. */
  all(): Promise<Article[]>;
  /** Adds a fetched article (or replaces one with the same id or URL); emits "added" or "changed". */
  add(article: Article): Promise<void>;
  on(event: CorpusEvent, listener: CorpusListener): this;
  off(event: CorpusEvent, listener: CorpusListener): this;
  /** Stops watching; waits for files being re-read. */
  close(): Promise<void>;
}

export interface LoadCorpusOptions {
  logger: Logger;
  /** Watch the folder and keep the index current (default false). */
  watch?: boolean;
  /**
   * When the full-text index (for `search`) is built. "background" (default): in small slices after
   * the load resolves, so the event loop stays responsive; a search before it is done finishes it
   * first. "eager": before the load resolves. "lazy": on the first `search` (one-shot commands that
   * may never search). The title index behind `suggest` is built right after the load, in the
   * background in every mode (from what the load kept: no file is read again); a `suggest` before
   * it is done finishes it first.
   */
  index?: "eager" | "background" | "lazy";
  /**
   * Files read between two turns of the event loop (default 500). Files are read synchronously:
   * for many small files that is several times faster than the thread pool, and yielding every
   * slice keeps timers and the Discord gateway responsive during a long load.
   */
  concurrency?: number;
  /** Quiet time before a changed file is re-read (default 100 ms). */
  debounceMs?: number;
}

export { INDEXED_TEXT_CHARS } from "./search.js";
export const DEFAULT_SEARCH_LIMIT = 20;
export const DEFAULT_SUGGEST_LIMIT = 25;
const DEFAULT_SLICE = 500;
const DEFAULT_DEBOUNCE_MS = 100;

/** Only `*.txt` files count; dotfiles, editor backups and lock files are ignored. */
export function isSeedFileName(name: string): boolean {
  if (!name.endsWith(".txt") || name.length <= 4) return false;
  return !/^[.~#]/.test(name) && !name.endsWith("#");
}

/** Sort order everywhere: newest date first, then most recently added, then id. */
export function compareNewestFirst(a: Article, b: Article): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.addedAt !== b.addedAt) return b.addedAt - a.addedAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

interface SeedRecord {
  name: string;
  article: Article;
  urlKey: string;
  size: number;
  mtimeMs: number;
}

type ReadResult =
  | { kind: "ok"; record: SeedRecord }
  | { kind: "bad"; reason: string }
  | { kind: "missing" };

function safeNormalizeUrl(url: string): string | undefined {
  try {
    return normalizeUrl(url);
  } catch {
    return undefined;
  }
}

function describeError(error: unknown): string {
  if (error instanceof ArticleFormatError) return error.reason || error.message;
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") return "file is not readable (permission denied)";
    if (code === "EISDIR") return "not a file";
    return code ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

function tooLargeReason(size: number): string {
  return `file is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB (${size} bytes)`;
}

/** `path.join` for a resolved folder and a plain file name, without normalizing the path again. */
function joinName(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

/** One buffer for every synchronous read, grown up to 1 MB; a bigger file gets its own. */
let scratch = Buffer.allocUnsafe(64 * 1024);
const MAX_SCRATCH = 1024 * 1024;

/**
 * Reads `size + 1` bytes (one more than fstat said, to notice a file that grew) into the shared
 * buffer: the result is valid only until the next read.
 */
function readFd(fd: number, size: number): Buffer {
  const want = size + 1;
  let buffer = scratch;
  if (want > buffer.length) {
    if (want <= MAX_SCRATCH) {
      scratch = Buffer.allocUnsafe(Math.min(MAX_SCRATCH, Math.max(want, scratch.length * 2)));
      buffer = scratch;
    } else buffer = Buffer.allocUnsafe(want);
  }
  let length = 0;
  while (length < want) {
    const bytesRead = readSync(fd, buffer, length, want - length, length);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return buffer.subarray(0, length);
}

/**
 * Reads a seed file synchronously: open, fstat (skip big ones unread), read, parse. For many small
 * files this is several times faster than `fs.promises` (no thread-pool round trip per call, one
 * reused buffer): 100,000 files are read in about the CPU time of `readFileSync` alone.
 */
function readSeedFile(dir: string, name: string): ReadResult {
  const file = joinName(dir, name);
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const info = fstatSync(fd);
    if (!info.isFile()) return { kind: "bad", reason: "not a regular file" };
    if (info.size > MAX_ARTICLE_BYTES) return { kind: "bad", reason: tooLargeReason(info.size) };
    const bytes = readFd(fd, info.size);
    const length = bytes.length;
    if (length > info.size) {
      // Grew since stat: read the rest with a bound so a runaway file cannot exhaust memory.
      const more = Buffer.allocUnsafe(MAX_ARTICLE_BYTES + 1);
      const bytesRead = readSync(fd, more, 0, more.length, length);
      if (length + bytesRead > MAX_ARTICLE_BYTES) {
        return { kind: "bad", reason: tooLargeReason(length + bytesRead) };
      }
      return finishRead(file, name, Buffer.concat([bytes, more.subarray(0, bytesRead)]), info);
    }
    return finishRead(file, name, bytes, info);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { kind: "missing" };
    return { kind: "bad", reason: describeError(error) };
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // nothing to do
      }
    }
  }
}

const LAZY_FIELDS = [
  "title",
  "paragraphs",
  "text",
  "wordCount",
  "rawWordCount",
  "byline",
  "siteName",
] as const;

/** Parses the seed file again; the loader keeps only the header of each file. */
function rereadSeed(raw: Omit<RawArticle, "body">): RawArticle {
  if (raw.file === null) throw new ArticleFormatError("no file to read");
  return parseSeed(readIntoScratch(raw.file), raw.id, raw.file);
}

/** A file's bytes in the shared read buffer: valid only until the next read. */
function readIntoScratch(file: string): Uint8Array {
  const fd = openSync(file, "r");
  try {
    const { size } = fstatSync(fd);
    if (size > MAX_ARTICLE_BYTES) throw new ArticleFormatError(tooLargeReason(size));
    // A file that grew since fstat shows one byte more, and parseSeed bounds the size.
    return readFd(fd, size);
  } finally {
    closeSync(fd);
  }
}

/**
 * A seed article that is cleaned on first use. Loading 100,000 files must take seconds and fit in
 * 500 MB: cleaning (sentence splitting, duplicate removal, title casing) costs many times more than
 * reading, and keeping every body would not fit. So the corpus keeps each file's header and
 * mtime; the first read of `title`, `paragraphs`, `text`, the word counts, `byline` or `siteName`
 * reads and parses the file again (synchronously, a few kilobytes), runs `cleanArticle` once and
 * stores the result. The object is a plain, enumerable Article: JSON, spreads and deep equality see
 * every field. With `body` given (no file, or `keepBody`), the body is kept instead of re-read.
 * When watching, a changed file is re-read and replaced; without watching, a file changed after the
 * load is cleaned as it is when first used.
 */
export function createSeedArticle(
  raw: RawArticle,
  addedAt: number,
  options: { keepBody?: boolean; source?: string } = {},
): Article {
  const keep = options.keepBody === true || raw.file === null;
  // Copies: a substring can keep the whole file's text alive.
  const state: LazyState = {
    id: detach(raw.id),
    date: detach(raw.date),
    url: detach(raw.url),
    file: raw.file,
    addedAt,
    body: keep ? raw.body : null,
    titleWords: undefined,
  };
  const article = {
    id: state.id,
    date: state.date,
    url: state.url,
    source: options.source ?? sourceOf(state.url),
  } as Record<string, unknown>;
  // Same key order as buildArticle, so JSON output does not depend on when an article was cleaned.
  Object.defineProperties(article, LAZY_HEAD);
  article.origin = "seed";
  article.addedAt = addedAt;
  Object.defineProperties(article, LAZY_TAIL);
  // Hidden from JSON, spreads and deep equality; cleared (not deleted, which would slow every
  // property access of the object) once the article is cleaned.
  Object.defineProperty(article, LAZY, { value: state, writable: true });
  return article as unknown as Article;
}

/** What a seed article not cleaned yet keeps: its header, where its file is, and when it came. */
interface LazyState {
  id: string;
  date: string;
  url: string;
  file: string | null;
  addedAt: number;
  /** The kept body, or null to read the file again. */
  body: string | null;
  /** Title words found at the load, until the title index has them. */
  titleWords: string | undefined;
}

/**
 * The state of a seed article not cleaned yet, in a non-enumerable property of the article itself
 * (shared accessors, no closures and no side table per article keep each small).
 */
const LAZY = Symbol("newsdesk.lazySeed");

function lazyStateOf(article: object): LazyState | undefined {
  return (article as { [LAZY]?: LazyState | undefined })[LAZY];
}

function readRaw(state: LazyState): RawArticle {
  return state.body === null
    ? rereadSeed(state)
    : { id: state.id, date: state.date, url: state.url, file: state.file, body: state.body };
}

function materialize(article: Record<string, unknown>): void {
  const state = lazyStateOf(article);
  if (!state) return;
  (article as { [LAZY]?: LazyState | undefined })[LAZY] = undefined;
  const full = cleanSafely(() => readRaw(state), state, state.addedAt) as unknown as Record<
    string,
    unknown
  >;
  for (const key of LAZY_FIELDS) {
    Object.defineProperty(article, key, {
      value: full[key] ?? null,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
}

function lazyDescriptor(key: (typeof LAZY_FIELDS)[number]): PropertyDescriptor {
  return {
    get(this: Record<string, unknown>) {
      materialize(this);
      return this[key];
    },
    set(this: Record<string, unknown>, value: unknown) {
      materialize(this);
      this[key] = value;
    },
    enumerable: true,
    configurable: true,
  };
}

const LAZY_HEAD: PropertyDescriptorMap = Object.fromEntries(
  (["title", "paragraphs", "text", "wordCount", "rawWordCount"] as const).map((key) => [
    key,
    lazyDescriptor(key),
  ]),
);
const LAZY_TAIL: PropertyDescriptorMap = Object.fromEntries(
  (["byline", "siteName"] as const).map((key) => [key, lazyDescriptor(key)]),
);

/** The raw body of a seed article not cleaned yet (read again if not kept); undefined once cleaned. */
function rawBodyOf(article: Article): string | undefined {
  const state = lazyStateOf(article);
  if (!state) return undefined;
  try {
    return readRaw(state).body;
  } catch {
    return "";
  }
}

/** A flat copy of a string that may be a slice of a much larger one. */
function detach(text: string): string {
  // V8 copies substrings shorter than 13 characters anyway.
  if (text.length < 13) return text;
  // Slicing a concatenation makes V8 copy it into a new flat string: the result no longer
  // refers to the file's text (a plain slice would). Cheaper than a round trip through a Buffer.
  return ` ${text}`.slice(1);
}

function cleanSafely(
  read: () => RawArticle,
  header: Omit<RawArticle, "body">,
  addedAt: number,
): Article {
  let body: string;
  try {
    const raw = read();
    body = raw.body;
    // The header is what the corpus indexed: keep it even if the file changed since.
    return cleanArticle(
      { ...raw, id: header.id, date: header.date, url: header.url },
      { origin: "seed", addedAt },
    );
  } catch (error) {
    // The file went away or broke since it was loaded (the watcher will catch up), or cleaning
    // failed: say so in the article rather than throw from a property read.
    body = `(The article file ${header.file ?? ""} could not be read again: ${describeError(error)}.)`;
  }
  const paragraphs = [body];
  return {
    id: header.id,
    date: header.date,
    url: header.url,
    source: sourceOf(header.url),
    title: header.url,
    paragraphs,
    text: body,
    wordCount: 0,
    rawWordCount: 0,
    origin: "seed",
    addedAt,
    byline: null,
    siteName: null,
  };
}

/** What the indexes hold for an article, without cleaning a seed article that is not cleaned yet. */
function titleDocOf(article: Article): IndexedDoc {
  const state = lazyStateOf(article);
  if (!state) return { id: article.id, title: article.title, text: "" };
  let words = state.titleWords;
  // Kept only until indexed: a later re-index (rare) reads the file again.
  state.titleWords = undefined;
  words ??= titleWordsOf(state.url, rawBodyOf(article) ?? "");
  return { id: article.id, title: words, text: "" };
}

/** The text the full-text index holds: the raw body (read again) until the article is cleaned. */
function indexedTextOf(article: Article): string {
  return rawBodyOf(article) ?? article.text;
}

/**
 * `sourceOf` read off a normalized URL (`https://host[:port]/…`, host lower case without `www.`),
 * which saves parsing the URL once more per file; undefined when it is not of that form.
 */
function sourceFromKey(urlKey: string): string | undefined {
  if (!urlKey.startsWith("https://")) return undefined;
  let end = 8;
  while (end < urlKey.length && !":/?#".includes(urlKey[end]!)) end++;
  const host = urlKey.slice(8, end);
  return host === "" || host.startsWith("[") ? undefined : host;
}

function finishRead(
  file: string,
  name: string,
  content: Uint8Array,
  info: { size: number; mtimeMs: number },
): ReadResult {
  const id = name.slice(0, -".txt".length);
  try {
    const raw = parseSeed(content, id, file);
    const urlKey = safeNormalizeUrl(raw.url);
    if (urlKey === undefined) return { kind: "bad", reason: `URL cannot be read: ${raw.url}` };
    const source = sourceFromKey(urlKey);
    const article = createSeedArticle(
      raw,
      Math.floor(info.mtimeMs),
      source === undefined ? {} : { source },
    );
    lazyStateOf(article)!.titleWords = titleWordsOf(raw.url, raw.body);
    return {
      kind: "ok",
      record: { name, article, urlKey, size: content.byteLength, mtimeMs: info.mtimeMs },
    };
  } catch (error) {
    return { kind: "bad", reason: describeError(error) };
  }
}

/** Lets timers and I/O callbacks run between slices of synchronous work. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function looksLikeUrl(query: string): boolean {
  return /^https?:\/\//i.test(query) || /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\//i.test(query);
}

/** A URL reduced for prefix matching: lower case, no scheme, no `www.`. */
function urlStem(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "");
}

/**
 * The in-memory corpus: the visible articles (one per id and per normalized URL), the seed files
 * behind them, the search index and the listeners. `loadCorpus` fills it from a folder and keeps it
 * current; `createCorpus` gives an empty (or pre-filled) one for fetched articles and tests.
 */
class CorpusState implements Corpus {
  private readonly byId = new Map<string, Article>();
  private readonly byUrl = new Map<string, string>();
  /** Every seed file that parsed, by file name, including those that lost a duplicate URL. */
  private readonly seeds = new Map<string, SeedRecord>();
  /** Seed file names claiming each normalized URL. */
  private readonly seedClaims = new Map<string, string | Set<string>>();
  /** Fetched articles by normalized URL. */
  private readonly fetched = new Map<string, Article>();
  private readonly problems = new Map<string, string>();
  private readonly listeners = new Map<CorpusEvent, Set<CorpusListener>>();
  private sorted: Article[] | null = null;
  /**
   * Title words of every visible article (suggest), kept current from the load on, and the lead of
   * each article's text (search), added eagerly, in the background or on the first search.
   */
  private readonly index: ArticleIndex = createArticleIndex();
  /** True once the text of articles is being indexed. */
  private fullText = false;
  /** Ids whose text is still to be added to the index. */
  private readonly unindexed = new Set<string>();
  /** Ids whose title is still to be added: the load leaves titles to the background (or first use). */
  private readonly untitled = new Set<string>();
  private deferTitles = false;
  private backgroundIndexing = false;

  constructor(
    readonly dir: string | null,
    private readonly logger: Logger,
  ) {}

  async count(): Promise<number> {
    return this.byId.size;
  }

  get warnings(): readonly CorpusWarning[] {
    return [...this.problems]
      .map(([file, reason]) => ({ file, reason }))
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }

  async get(id: string): Promise<Article | undefined> {
    return this.byId.get(id);
  }

  async getByUrl(url: string): Promise<Article | undefined> {
    return this.byUrlNow(url);
  }

  private byUrlNow(url: string): Article | undefined {
    const key = safeNormalizeUrl(url.trim());
    if (key === undefined) return undefined;
    const id = this.byUrl.get(key);
    return id === undefined ? undefined : this.byId.get(id);
  }

  async resolve(ref: string): Promise<Article | undefined> {
    const trimmed = ref.trim();
    if (trimmed === "") return undefined;
    return this.byId.get(trimmed) ?? (looksLikeUrl(trimmed) ? this.byUrlNow(trimmed) : undefined);
  }

  async latest(): Promise<Article | undefined> {
    return this.sortedArticles()[0];
  }

  async all(): Promise<Article[]> {
    return [...this.sortedArticles()];
  }

  async list(filter: ArticleFilter = {}): Promise<Article[]> {
    const articles = this.sortedArticles();
    // Newest first: the range [since, until] is one slice, found by binary search on the date.
    const start =
      filter.until === undefined ? 0 : lowerBound(articles, (a) => a.date <= filter.until!);
    const end =
      filter.since === undefined
        ? articles.length
        : lowerBound(articles, (a) => a.date < filter.since!);
    const slice = articles.slice(start, Math.max(start, end));
    if (filter.source === undefined || filter.source.trim() === "") return slice;
    const source = normalizeSource(filter.source);
    return slice.filter((article) => article.source.toLowerCase() === source);
  }

  async search(query: string, limit = DEFAULT_SEARCH_LIMIT): Promise<SearchHit[]> {
    if (query.trim() === "" || limit <= 0) return [];
    return this.toHits(this.ensureFullText().search(query), limit);
  }

  async suggest(query: string, limit = DEFAULT_SUGGEST_LIMIT): Promise<SearchHit[]> {
    if (limit <= 0) return [];
    const trimmed = query.trim();
    if (trimmed === "") {
      return this.sortedArticles()
        .slice(0, limit)
        .map((article) => ({ article, score: 0 }));
    }
    const scores = new Map<string, number>();
    const note = (id: string, score: number) => {
      if (score > (scores.get(id) ?? 0)) scores.set(id, score);
    };
    if (!/\s/.test(trimmed)) {
      // One word: it may be (the start of) an id or a URL.
      const lower = trimmed.toLowerCase();
      for (const id of this.byId.keys()) {
        if (id === trimmed) note(id, 1_000);
        else if (id.toLowerCase().startsWith(lower)) note(id, 500);
      }
      if (looksLikeUrl(trimmed)) {
        const exact = this.byUrlNow(trimmed);
        if (exact) note(exact.id, 1_000);
        const stem = urlStem(trimmed);
        for (const [key, id] of this.byUrl) {
          if (urlStem(key).startsWith(stem)) note(id, 400);
        }
      }
    }
    this.drainUntitled(Number.POSITIVE_INFINITY);
    const titleHits = this.index.searchTitles(trimmed);
    for (const hit of titleHits) note(hit.id, hit.score);
    return this.toHitsFromScores(scores, limit);
  }

  async add(article: Article): Promise<void> {
    this.addNow(article);
  }

  addNow(article: Article): void {
    const key = safeNormalizeUrl(article.url);
    if (key === undefined)
      throw new UserError(`Cannot add an article with the URL "${article.url}".`);
    this.transaction((touch) => {
      // A new version under the same id but another URL replaces the old one.
      const previous = this.byId.get(article.id);
      if (previous && previous.origin === "fetched") {
        const previousKey = safeNormalizeUrl(previous.url);
        if (previousKey !== undefined && previousKey !== key) {
          this.fetched.delete(previousKey);
          touch(previousKey);
        }
      }
      this.fetched.set(key, article);
      touch(key);
    });
  }

  on(event: CorpusEvent, listener: CorpusListener): this {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener);
    return this;
  }

  off(event: CorpusEvent, listener: CorpusListener): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  /** Replaced by loadCorpus when watching. */
  close = async (): Promise<void> => {
    this.closed = true;
  };

  // ---- loading and updating seed files ----

  /** Initial load: records in file-name order; no events. */
  loadRecords(records: readonly SeedRecord[], bad: readonly [string, string][]): void {
    for (const [name, reason] of bad) this.problems.set(this.fileOf(name), reason);
    for (const record of records) {
      this.seeds.set(record.name, record);
      this.addClaim(record.urlKey, record.name);
    }
    // A fresh corpus (the load): a URL claimed by one file shows that file; no index, no events.
    const fresh = this.byId.size === 0 && this.fetched.size === 0;
    this.deferTitles = true;
    try {
      for (const [key, claims] of this.seedClaims) {
        const article = typeof claims === "string" ? this.seeds.get(claims)?.article : undefined;
        if (fresh && article && !this.byId.has(article.id)) {
          this.byId.set(article.id, article);
          this.byUrl.set(key, article.id);
          this.untitled.add(article.id);
        } else this.settle(key, () => {});
      }
    } finally {
      this.deferTitles = false;
    }
    this.sorted = null;
  }

  /** Seed files claiming a URL: one name (nearly always), or a set of them (duplicates). */
  private addClaim(key: string, name: string): void {
    const claims = this.seedClaims.get(key);
    if (claims === undefined) this.seedClaims.set(key, name);
    else if (typeof claims === "string") {
      if (claims !== name) this.seedClaims.set(key, new Set([claims, name]));
    } else claims.add(name);
  }

  private removeClaim(key: string, name: string): void {
    const claims = this.seedClaims.get(key);
    // An empty set stays until `settle` drops the key.
    if (claims === name) this.seedClaims.set(key, new Set());
    else if (typeof claims === "object") claims.delete(name);
  }

  /** Applies a re-read of one seed file and emits what changed. */
  applyRead(name: string, result: ReadResult): void {
    const file = this.fileOf(name);
    if (result.kind === "bad") {
      // Keep the previous version (a write may be in progress); the next event retries.
      this.problems.set(file, result.reason);
      this.logger.warn({ file, reason: result.reason }, "skipped article file");
      return;
    }
    const before = this.seeds.get(name);
    if (result.kind === "ok" && before && before.size === result.record.size) {
      if (before.mtimeMs === result.record.mtimeMs) return;
    }
    this.transaction((touch) => {
      this.problems.delete(file);
      if (before) {
        this.seeds.delete(name);
        this.removeClaim(before.urlKey, name);
        touch(before.urlKey);
      }
      if (result.kind === "ok") {
        const { record } = result;
        this.seeds.set(name, record);
        this.addClaim(record.urlKey, name);
        touch(record.urlKey);
      }
    });
  }

  knownNames(): string[] {
    return [...this.seeds.keys()];
  }

  knownProblemNames(): string[] {
    return [...this.problems.keys()].map((file) => path.basename(file));
  }

  fileOf(name: string): string {
    return this.dir === null ? name : path.join(this.dir, name);
  }

  /**
   * Runs a change, then settles every touched URL and emits one event per article id that changed
   * visibly: "added", "changed" (same id, new version) or "removed".
   */
  private transaction(change: (touch: (urlKey: string) => void) => void): void {
    const touched = new Set<string>();
    change((key) => touched.add(key));
    const diff = new Map<string, { before: Article | undefined; after: Article | undefined }>();
    for (const key of touched) {
      this.settle(key, (id, before, after) => {
        const entry = diff.get(id);
        if (entry) entry.after = after;
        else diff.set(id, { before, after });
      });
    }
    for (const [, { before, after }] of diff) {
      if (before === after) continue;
      if (before && after) this.emit("changed", after);
      else if (after) this.emit("added", after);
      else if (before) this.emit("removed", before);
    }
  }

  /**
   * Makes the article visible for one URL the one it should be: the seed file with the
   * lexicographically first name, else the fetched article. Warns about the other claimants.
   */
  private settle(
    key: string,
    changed: (id: string, before: Article | undefined, after: Article | undefined) => void,
  ): void {
    const claims = this.seedClaims.get(key);
    let winner: SeedRecord | undefined;
    if (typeof claims === "string") {
      winner = this.seeds.get(claims);
    } else if (claims && claims.size > 0) {
      const names = [...claims].sort();
      winner = this.seeds.get(names[0]!);
      for (const loser of names.slice(1)) {
        const file = this.fileOf(loser);
        const reason = `duplicate URL: ${key} is also in ${names[0]}, which is kept`;
        if (this.problems.get(file) !== reason) {
          this.problems.set(file, reason);
          this.logger.warn({ file, reason }, "skipped article file");
        }
      }
    } else if (claims) {
      this.seedClaims.delete(key);
    }
    const next = winner?.article ?? this.fetched.get(key);
    const currentId = this.byUrl.get(key);
    const current = currentId === undefined ? undefined : this.byId.get(currentId);
    if (current === next) return;
    if (current) {
      this.byId.delete(current.id);
      this.byUrl.delete(key);
      this.unindex(current.id);
      changed(current.id, current, undefined);
    }
    if (next) {
      // Another URL may show an article with this id (a fetched article re-added): replace it.
      const clash = this.byId.get(next.id);
      if (clash) {
        const clashKey = safeNormalizeUrl(clash.url);
        if (clashKey !== undefined) this.byUrl.delete(clashKey);
        this.unindex(clash.id);
        changed(clash.id, clash, undefined);
      }
      this.byId.set(next.id, next);
      this.byUrl.set(key, next.id);
      this.indexArticle(next);
      changed(next.id, current?.id === next.id ? current : undefined, next);
    }
    this.sorted = null;
  }

  /** Problems with files that no longer exist, or whose duplicate URL no longer clashes, are dropped. */
  pruneProblems(existing: ReadonlySet<string>): void {
    for (const file of [...this.problems.keys()]) {
      const name = path.basename(file);
      if (!existing.has(name)) this.problems.delete(file);
    }
  }

  clearDuplicateProblem(name: string): void {
    const file = this.fileOf(name);
    const reason = this.problems.get(file);
    if (reason?.startsWith("duplicate URL:")) {
      const record = this.seeds.get(name);
      const claims = record ? this.seedClaims.get(record.urlKey) : undefined;
      if (!claims || typeof claims === "string" || [...claims].sort()[0] === name) {
        this.problems.delete(file);
      }
    }
  }

  private emit(event: CorpusEvent, article: Article): void {
    for (const listener of this.listeners.get(event) ?? []) {
      try {
        listener(article);
      } catch (error) {
        this.logger.error({ err: error, event, id: article.id }, "corpus listener failed");
      }
    }
  }

  // ---- ordering and search ----

  private sortedArticles(): Article[] {
    if (!this.sorted) this.sorted = [...this.byId.values()].sort(compareNewestFirst);
    return this.sorted;
  }

  /** Builds (or finishes) the full-text index now. */
  ensureFullText(): ArticleIndex {
    this.startFullText();
    this.drainUnindexed(Number.POSITIVE_INFINITY);
    return this.index;
  }

  /**
   * Indexes the remaining articles a slice at a time between other work: titles first (from what
   * the load kept, no file read), then text (which reads each file again). With `fullText` false,
   * titles only.
   */
  indexInBackground(sliceSize = 100, fullText = true): void {
    if (this.backgroundIndexing) return;
    if (fullText) this.startFullText();
    this.backgroundIndexing = true;
    const step = () => {
      if (this.closed) {
        this.backgroundIndexing = false;
        return;
      }
      if (this.untitled.size > 0) this.drainUntitled(sliceSize * 10);
      else this.drainUnindexed(sliceSize);
      if (this.untitled.size > 0 || this.unindexed.size > 0) setImmediate(step).unref();
      else this.backgroundIndexing = false;
    };
    setImmediate(step).unref();
  }

  private drainUntitled(max: number): void {
    let done = 0;
    for (const id of this.untitled) {
      if (done >= max) break;
      this.untitled.delete(id);
      const article = this.byId.get(id);
      if (article) this.index.add(titleDocOf(article));
      done++;
    }
  }

  /** True once every article is in the full-text index. */
  get fullyIndexed(): boolean {
    return this.fullText && this.unindexed.size === 0;
  }

  private startFullText(): void {
    if (this.fullText) return;
    this.fullText = true;
    for (const id of this.byId.keys()) this.unindexed.add(id);
  }

  closed = false;

  private drainUnindexed(max: number): void {
    if (!this.fullText) return;
    // Adding a title replaces the article's text: titles go in first.
    this.drainUntitled(Number.POSITIVE_INFINITY);
    let done = 0;
    for (const id of this.unindexed) {
      if (done >= max) break;
      this.unindexed.delete(id);
      const article = this.byId.get(id);
      if (article) this.index.addText(id, indexedTextOf(article));
      done++;
    }
  }

  private indexArticle(article: Article): void {
    if (this.deferTitles) {
      this.untitled.add(article.id);
      return;
    }
    this.untitled.delete(article.id);
    this.index.add(titleDocOf(article));
    if (this.fullText) {
      this.unindexed.add(article.id);
      if (!this.backgroundIndexing) this.drainUnindexed(Number.POSITIVE_INFINITY);
    }
  }

  private unindex(id: string): void {
    this.index.remove(id);
    this.unindexed.delete(id);
    this.untitled.delete(id);
  }

  private toHits(results: readonly IndexHit[], limit: number): SearchHit[] {
    const hits: SearchHit[] = [];
    for (const result of results) {
      const article = this.byId.get(result.id);
      if (article) hits.push({ article, score: result.score });
    }
    return hits.sort(compareHits).slice(0, limit);
  }

  private toHitsFromScores(scores: ReadonlyMap<string, number>, limit: number): SearchHit[] {
    return this.toHits(
      [...scores].map(([id, score]) => ({ id, score })),
      limit,
    );
  }
}

function compareHits(a: SearchHit, b: SearchHit): number {
  if (a.score !== b.score) return b.score - a.score;
  return compareNewestFirst(a.article, b.article);
}

function normalizeSource(source: string): string {
  const trimmed = source.trim().toLowerCase();
  try {
    return sourceOf(/^https?:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`).toLowerCase();
  } catch {
    return trimmed.replace(/^www\./, "");
  }
}

/** First index where `before` is false, for an array where `before` holds on a prefix. */
function lowerBound<T>(items: readonly T[], before: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(items[mid] as T)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** An empty corpus (or one holding `articles`), for fetched articles, stdin refs and tests. */
export function createCorpus(options: { logger: Logger; articles?: readonly Article[] }): Corpus {
  const corpus = new CorpusState(null, options.logger);
  for (const article of options.articles ?? []) corpus.addNow(article);
  return corpus;
}

/**
 * Loads every `*.txt` seed file in `dir`. A bad file is skipped with
 * `logger.warn({ file, reason }, "skipped article file")` and listed in `warnings`; of two files
 * claiming one URL the lexicographically first name is kept. With `watch`, added, changed and
 * removed files update the corpus and emit "added" | "changed" | "removed" until `close()`.
 */
export async function loadCorpus(dir: string, options: LoadCorpusOptions): Promise<Corpus> {
  const { logger } = options;
  const root = path.resolve(dir);
  try {
    const info = await stat(root);
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
  const corpus = new CorpusState(root, logger);
  // Start watching before reading, so a file written during the load is not missed.
  const watcher = options.watch
    ? startWatching(corpus, root, logger, options.debounceMs ?? DEFAULT_DEBOUNCE_MS)
    : undefined;

  const names = (await readdir(root, { withFileTypes: true }))
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && isSeedFileName(entry.name))
    .map((entry) => entry.name)
    .sort();
  const records: SeedRecord[] = [];
  const bad: [string, string][] = [];
  const slice = Math.max(1, options.concurrency ?? DEFAULT_SLICE);
  for (let i = 0; i < names.length; i++) {
    if (i > 0 && i % slice === 0) await yieldToEventLoop();
    const name = names[i]!;
    const result = readSeedFile(root, name);
    if (result.kind === "ok") records.push(result.record);
    else if (result.kind === "bad") {
      bad.push([name, result.reason]);
      logger.warn({ file: path.join(root, name), reason: result.reason }, "skipped article file");
    }
  }
  corpus.loadRecords(records, bad);
  const indexing = options.index ?? "background";
  if (indexing === "eager") corpus.ensureFullText();
  else corpus.indexInBackground(100, indexing === "background");
  if (watcher) {
    watcher.ready();
    corpus.close = watcher.close;
  }
  return corpus;
}

/**
 * Watches the folder: each event schedules a re-read of that file after `debounceMs` of quiet;
 * re-reads of one file never overlap (a new event during a read re-reads once more).
 */
function startWatching(corpus: CorpusState, root: string, logger: Logger, debounceMs: number) {
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Map<string, Promise<void>>();
  const again = new Set<string>();
  let loaded = false;
  let closed = false;
  const early = new Set<string>();

  const refresh = (name: string): Promise<void> => {
    const current = running.get(name);
    if (current) {
      again.add(name);
      return current;
    }
    const run = (async () => {
      do {
        again.delete(name);
        const result = readSeedFile(root, name);
        if (closed) return;
        corpus.applyRead(name, result);
        if (result.kind === "missing") corpus.pruneProblems(new Set(corpus.knownNames()));
        for (const other of corpus.knownProblemNames()) corpus.clearDuplicateProblem(other);
      } while (again.has(name) && !closed);
    })()
      .catch((error: unknown) =>
        logger.error({ err: error, file: path.join(root, name) }, "re-reading article file failed"),
      )
      .finally(() => running.delete(name));
    running.set(name, run);
    return run;
  };

  const schedule = (name: string) => {
    if (closed) return;
    if (!loaded) {
      early.add(name);
      return;
    }
    clearTimeout(timers.get(name));
    timers.set(
      name,
      setTimeout(() => {
        timers.delete(name);
        void refresh(name);
      }, debounceMs),
    );
  };

  const rescan = async () => {
    try {
      const names = (await readdir(root)).filter(isSeedFileName);
      for (const name of new Set([
        ...names,
        ...corpus.knownNames(),
        ...corpus.knownProblemNames(),
      ])) {
        schedule(name);
      }
    } catch (error) {
      logger.warn({ err: error, dir: root }, "could not list the seeds folder");
    }
  };

  let watcher: FSWatcher | undefined;
  try {
    watcher = watchFolder(root, { persistent: false }, (_event, filename) => {
      if (filename === null) {
        void rescan();
        return;
      }
      const name = filename.toString();
      if (isSeedFileName(name)) schedule(name);
    });
    watcher.on("error", (error) => {
      logger.warn({ err: error, dir: root }, "watching the seeds folder failed");
    });
  } catch (error) {
    logger.warn({ err: error, dir: root }, "cannot watch the seeds folder; changes need a restart");
  }

  return {
    /** Called once the initial load is in: files that changed during it are re-read now. */
    ready() {
      loaded = true;
      for (const name of early) schedule(name);
      early.clear();
    },
    close: async () => {
      closed = true;
      corpus.closed = true;
      watcher?.close();
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...running.values()]);
    },
  };
}
