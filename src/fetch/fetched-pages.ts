/**
 * Pages fetched on request, kept apart from the shared corpus (issue 14 §3). A page belongs to the
 * user who fetched it (`{ kind: "user" }` grant): it is not team content, so it never reaches digests,
 * `/article latest`, search or autocomplete, and other users and servers cannot open it. A moderator's
 * `/article add url:` gives it a `{ kind: "guild" }` grant: team content of that server only. Grants
 * are the article index's visibility model (src/articles/index-port.ts).
 *
 * Pages a user fetched expire after `ttlMs` (FETCHED_TTL_HOURS); a server keeps at most
 * `maxPerGuild` (FETCHED_MAX_PER_GUILD) pages fetched in it, the oldest going first. Nothing is kept
 * in the process: every replica reads the shared store.
 */
import { type Grant, grantKey, parseGrantKey, type Viewer } from "../articles/index-port.js";
import type { Article } from "../articles/types.js";
import type { Clock } from "../clock.js";
import type { Logger } from "../logger.js";
import type { KeyValue } from "../store/key-value.js";
import { fetchedArticleId } from "./fetcher.js";
import { parseStoredArticle, toStoredArticle } from "./stored-article.js";

export interface FetchedPages {
  /** Keeps the page with this grant added (a user's, or a server's); `guildId` is where it was fetched. */
  keep(article: Article, grant: Grant, guildId: string | null): Promise<void>;
  /** The page, when the viewer may see it and it has not expired. */
  get(id: string, viewer: Viewer): Promise<Article | undefined>;
  /** The page at this URL (any form), when the viewer may see it. */
  getByUrl(url: string, viewer: Viewer): Promise<Article | undefined>;
  /** Who may see the page (empty when it is not kept). */
  grantsOf(id: string): Promise<Grant[]>;
  /** The pages that are team content of this server (added with `/article add`), newest first. */
  teamPages(guildId: string): Promise<Article[]>;
}

export interface FetchedPagesOptions {
  kv: KeyValue;
  clock: Clock;
  ttlMs: number;
  maxPerGuild: number;
  logger?: Logger;
}

interface PageRecord {
  article: unknown;
  grants: string[];
  /** Epoch ms after which user grants lapse (team grants do not). */
  expiresAt: number;
}

function isRecord(value: unknown): value is PageRecord {
  const v = value as PageRecord | null;
  return (
    !!v &&
    typeof v === "object" &&
    Array.isArray(v.grants) &&
    v.grants.every((g) => typeof g === "string") &&
    typeof v.expiresAt === "number"
  );
}

/** True when one of the grants lets the viewer see the page. */
export function isVisible(grants: readonly Grant[], viewer: Viewer): boolean {
  return grants.some(
    (grant) =>
      grant.kind === "all" ||
      (grant.kind === "guild" && grant.guildId === viewer.guildId) ||
      (grant.kind === "user" && grant.userId === viewer.userId),
  );
}

const pageKey = (id: string) => `page:${id}`;
const guildListKey = (guildId: string) => `guild:${guildId}`;
const teamListKey = (guildId: string) => `team:${guildId}`;

export function createFetchedPages(options: FetchedPagesOptions): FetchedPages {
  const { kv, clock, ttlMs, maxPerGuild } = options;

  async function read(id: string): Promise<{ article: Article; grants: Grant[] } | undefined> {
    const raw = await kv.get(pageKey(id));
    if (!isRecord(raw)) return undefined;
    const article = parseStoredArticle(raw.article);
    if (!article) {
      options.logger?.warn({ id }, "skipped a malformed fetched page");
      return undefined;
    }
    const expired = clock.now() >= raw.expiresAt;
    const grants = raw.grants
      .map(parseGrantKey)
      .filter((g): g is Grant => g !== undefined && !(expired && g.kind === "user"));
    return { article, grants };
  }

  async function write(article: Article, grants: readonly Grant[]): Promise<void> {
    if (grants.length === 0) {
      await kv.delete(pageKey(article.id));
      return;
    }
    const team = grants.some((g) => g.kind !== "user");
    const record: PageRecord = {
      article: toStoredArticle(article),
      grants: grants.map(grantKey),
      expiresAt: clock.now() + ttlMs,
    };
    // Team content stays; a page only users can see goes with its TTL.
    await kv.set(pageKey(article.id), record, team ? undefined : ttlMs);
  }

  /** Records the page among those fetched in the server and drops the oldest past the cap. */
  async function capGuild(guildId: string, id: string): Promise<void> {
    const now = clock.now();
    const raw = await kv.get(guildListKey(guildId));
    const list = (Array.isArray(raw) ? raw : []).filter(
      (entry): entry is [string, number] =>
        Array.isArray(entry) &&
        typeof entry[0] === "string" &&
        typeof entry[1] === "number" &&
        entry[0] !== id &&
        now - entry[1] < ttlMs,
    );
    list.push([id, now]);
    const dropped = list.splice(0, Math.max(0, list.length - maxPerGuild));
    await kv.set(guildListKey(guildId), list, ttlMs);
    for (const [oldId] of dropped) {
      const old = await read(oldId);
      if (!old) continue;
      // The server's cap removes what users fetched there; a moderator's addition stays.
      await write(
        old.article,
        old.grants.filter((g) => g.kind !== "user"),
      );
      options.logger?.info({ guildId, id: oldId }, "dropped a fetched page past the server's cap");
    }
  }

  return {
    async keep(fetched, grant, guildId) {
      const existing = await read(fetched.id);
      const grants = existing?.grants ?? [];
      const isNew = !grants.some((g) => grantKey(g) === grantKey(grant));
      if (isNew) grants.push(grant);
      // Becoming team content is when the page arrives for that server (digests go by addedAt).
      const article =
        isNew && grant.kind === "guild" ? { ...fetched, addedAt: clock.now() } : fetched;
      await write(article, grants);
      if (isNew && grant.kind === "guild") {
        const raw = await kv.get(teamListKey(grant.guildId));
        const ids = (Array.isArray(raw) ? raw : []).filter(
          (id): id is string => typeof id === "string" && id !== article.id,
        );
        await kv.set(teamListKey(grant.guildId), [article.id, ...ids]);
      }
      if (guildId !== null && grant.kind === "user") await capGuild(guildId, article.id);
    },
    async get(id, viewer) {
      const page = await read(id);
      return page && isVisible(page.grants, viewer) ? page.article : undefined;
    },
    async getByUrl(url, viewer) {
      let id: string;
      try {
        id = fetchedArticleId(url.trim());
      } catch {
        return undefined;
      }
      const page = await read(id);
      return page && isVisible(page.grants, viewer) ? page.article : undefined;
    },
    async grantsOf(id) {
      return (await read(id))?.grants ?? [];
    },
    async teamPages(guildId) {
      const raw = await kv.get(teamListKey(guildId));
      const pages: Article[] = [];
      for (const id of Array.isArray(raw) ? raw : []) {
        if (typeof id !== "string") continue;
        const page = await read(id);
        if (page && isVisible(page.grants, { guildId })) pages.push(page.article);
      }
      return pages;
    },
  };
}
