import {
  type ArticleIndex,
  type Grant,
  grantKey,
  type IndexedArticle,
  type StoredArticle,
} from "../articles/index-port.js";
import { normalizeUrl } from "../articles/url.js";
import type { CopySource } from "./copy-source.js";

/**
 * Why an article of the source was not copied:
 * - `seed-id`: the target holds a seed article with this id (seed files win: their file is there);
 * - `seed-url`: the target holds a seed article at this URL for everyone, which copying this one
 *   (also for everyone) would replace (the same rule as adding an article to the corpus);
 * - `url-taken`: the target holds another article at this URL for the same viewers (scope), which
 *   copying this one would replace (two feeds with one link: the item that came after the move);
 * - `unreadable`: a damaged kept file, or an address that is not a URL;
 * - `unwritable`: the target refused it (the detail says why).
 */
export type CopySkipReason = "seed-id" | "seed-url" | "url-taken" | "unreadable" | "unwritable";

export interface CopyReport {
  /** The SQLite file, or the kept folder when that was read. */
  source: string;
  read: "index" | "kept";
  /** Why the kept folder was read instead of the file. */
  fallback: string | null;
  dryRun: boolean;
  /** Added to the target (would be, with dryRun). */
  copied: number;
  /** Already in the target: replaced (another content hash) or given the source's grants too. */
  updated: number;
  /** Already in the target with the same content hash and every grant. */
  unchanged: number;
  skipped: number;
  /** Seed articles of the source: not copied, the target imports them from the seeds folder. */
  seedArticles: number | null;
  /** The first `LISTED` updates and skips (ids or kept files), with what and why. */
  updates: { id: string; what: "content" | "grants" }[];
  skips: { ref: string; reason: CopySkipReason; detail?: string }[];
}

/** Updates and skips listed by id in a report; the counts go on. */
export const LISTED = 1000;

export interface CopyOptions {
  dryRun?: boolean;
  /** Articles read and written at a time (default 200): bounds memory for any source size. */
  pageSize?: number;
}

/** The grants of both, the target's first (its scope stays), none dropped. */
function mergeGrants(target: readonly Grant[], source: readonly Grant[]): Grant[] {
  const keys = new Set(target.map(grantKey));
  return [...target, ...source.filter((grant) => !keys.has(grantKey(grant)))];
}

/** The key a URL is unique by (normalized), or null for what is not a URL. */
function urlKeyOf(url: string): string | null {
  try {
    return normalizeUrl(url);
  } catch {
    return null;
  }
}

/**
 * Copies every article of `source` that has no seed file, with its grants, into `target`:
 * idempotent (same id and content hash: unchanged; another hash: updated; grants merged, never
 * dropped), page by page so memory stays bounded, seed articles never touched. New articles of one
 * page that share their grants are written in one transaction.
 */
export async function copyArticles(
  source: CopySource,
  target: ArticleIndex,
  options: CopyOptions = {},
): Promise<CopyReport> {
  const dryRun = options.dryRun ?? false;
  const report: CopyReport = {
    source: source.location,
    read: source.read,
    fallback: source.fallback,
    dryRun,
    copied: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    seedArticles: source.seedArticles,
    updates: [],
    skips: [],
  };
  const skip = (ref: string, reason: CopySkipReason, detail?: string) => {
    report.skipped += 1;
    if (report.skips.length < LISTED) {
      report.skips.push(detail === undefined ? { ref, reason } : { ref, reason, detail });
    }
  };
  let failedInARow = 0;
  const update = (id: string, what: "content" | "grants") => {
    report.updated += 1;
    if (report.updates.length < LISTED) report.updates.push({ id, what });
  };

  for await (const page of source.pages(Math.max(1, options.pageSize ?? 200))) {
    for (const { ref, reason } of page.unreadable) skip(ref, "unreadable", reason);
    const held = new Map(
      (await target.storedOf(page.articles.map((s) => s.entry.article.id))).map((s) => [
        s.entry.article.id,
        s,
      ]),
    );
    // Who holds the URLs of the new ones, in which scope: a write would replace them.
    const newUrls = page.articles
      .filter((s) => !held.has(s.entry.article.id))
      .map((s) => s.entry.article.url);
    const atUrl = new Map<string, StoredArticle[]>();
    for (const stored of await target.storedAt(newUrls)) {
      const key = `${urlKeyOf(stored.entry.article.url)} ${stored.scope}`;
      atUrl.set(key, [...(atUrl.get(key) ?? []), stored]);
    }
    /** New articles by their grants: one write each. */
    const fresh = new Map<string, { grants: Grant[]; entries: IndexedArticle[] }>();
    for (const { entry, grants } of page.articles) {
      const { id, url } = entry.article;
      if (urlKeyOf(url) === null) {
        skip(id, "unreadable", `not a URL: ${url}`);
        continue;
      }
      const there = held.get(id);
      if (there?.entry.article.origin === "seed") {
        skip(id, "seed-id");
        continue;
      }
      if (!there) {
        // No grant at all (every server unfollowed its feed): written in the scope `all`.
        const scope = grants[0] ? grantKey(grants[0]) : "all";
        const holder = atUrl
          .get(`${urlKeyOf(url)} ${scope}`)
          ?.find((s) => s.entry.article.id !== id);
        if (holder) {
          const seed = holder.entry.article.origin === "seed";
          skip(id, seed ? "seed-url" : "url-taken", holder.entry.article.id);
          continue;
        }
        const key = grants.map(grantKey).join("\n");
        const group = fresh.get(key) ?? { grants, entries: [] };
        group.entries.push(entry);
        fresh.set(key, group);
        report.copied += 1;
        continue;
      }
      const grantsNow = mergeGrants(there.grants, grants);
      if (there.entry.contentHash !== entry.contentHash) {
        update(id, "content");
        if (!dryRun) await target.upsert(entry, { grants: grantsNow });
      } else if (grantsNow.length > there.grants.length) {
        update(id, "grants");
        if (!dryRun) {
          for (const grant of grantsNow.slice(there.grants.length)) await target.grant(id, grant);
        }
      } else {
        report.unchanged += 1;
      }
    }
    if (!dryRun) {
      for (const { grants, entries } of fresh.values()) await writeFresh(entries, grants);
    }
  }
  // The source may have turned to its kept folder half-way.
  Object.assign(report, { source: source.location, read: source.read, fallback: source.fallback });
  return report;

  /**
   * One transaction for articles that share their grants; when it fails, one at a time, so that
   * one article the target refuses is skipped rather than stopping the copy. Failures in a row
   * mean the target itself fails (an outage): the copy stops, and a second run goes on from there.
   */
  async function writeFresh(entries: IndexedArticle[], grants: Grant[]): Promise<void> {
    try {
      await target.upsertMany(entries, { grants });
      return;
    } catch {
      // Retried one by one below.
    }
    for (const entry of entries) {
      try {
        await target.upsert(entry, { grants });
        failedInARow = 0;
      } catch (error) {
        failedInARow += 1;
        if (failedInARow >= FAILURES_TO_STOP) throw error;
        report.copied -= 1;
        skip(entry.article.id, "unwritable", (error as Error).message);
      }
    }
  }
}

/** Articles the target refuses in a row before the copy stops. */
const FAILURES_TO_STOP = 5;
