import type { Clock } from "../clock.js";
import { echo, localizedUserError, UserError } from "../errors.js";
import { isFeedError } from "./errors.js";
import { feedIdOf, newFeed, reenableFeed } from "./feed.js";
import { readOpml, writeOpml } from "./opml.js";
import { parseFeedDocument } from "./parse.js";
import type { FeedPoller, PollResult } from "./poller.js";
import type { FeedHttp, FeedVisibility } from "./ports.js";
import type { FeedRepository } from "./repository.js";
import type { Feed, FeedFollower, FeedItem } from "./types.js";

/** How many items `/feed add` shows as a preview. */
export const PREVIEW_ITEMS = 3;
/** Feeds one server may follow. */
export const MAX_FEEDS_PER_GUILD = 50;

/** Who asks: a server (with the channel and member) or the operator at the command line (null). */
export type FeedScope = {
  guildId: string;
  channelId: string;
  userId: string;
  /** The server's preferred locale, when the interaction gave one (kept on the follower). */
  guildLocale?: string | null;
} | null;

export interface AddFeedResult {
  feed: Feed;
  /** False when another server (or the CLI) had added it already. */
  created: boolean;
  /** The newest items, for the preview. */
  preview: FeedItem[];
}

export interface FeedService {
  add(url: string, scope: FeedScope): Promise<AddFeedResult>;
  /** The scope's feeds (a server's; every feed for the CLI), oldest first. */
  list(scope: FeedScope): Promise<Feed[]>;
  /** A feed by id or URL, among the scope's. UserError when there is none. */
  find(ref: string, scope: FeedScope): Promise<Feed>;
  /** Unfollows (a server) or deletes (the CLI, or the last follower leaving). */
  remove(ref: string, scope: FeedScope): Promise<{ feed: Feed; deleted: boolean }>;
  pause(ref: string, scope: FeedScope): Promise<Feed>;
  /** Resumes a paused feed and re-enables a disabled one (failures reset). */
  resume(ref: string, scope: FeedScope): Promise<Feed>;
  /** Polls now, due or not. */
  poll(ref: string, scope: FeedScope): Promise<PollResult>;
  exportOpml(scope: FeedScope): Promise<string>;
  /** Adds every feed of an OPML list; failures are reported per feed, never stop the rest. */
  importOpml(
    document: string,
    scope: FeedScope,
  ): Promise<{ added: Feed[]; existing: Feed[]; failed: { url: string; reason: string }[] }>;
}

export interface FeedServiceOptions {
  repository: FeedRepository;
  http: FeedHttp;
  poller: FeedPoller;
  clock: Clock;
  maxItems?: number;
  /** Grants and revokes the stored articles when a server follows or leaves a feed. */
  visibility?: FeedVisibility;
}

/** A person's feed address, checked: http(s), no credentials. */
export function checkFeedUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw localizedUserError("feed.badUrl");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw localizedUserError("feed.badScheme");
  }
  if (url.username || url.password) {
    throw localizedUserError("feed.credentials");
  }
  return url.href;
}

const inScope = (feed: Feed, scope: FeedScope): boolean =>
  scope === null || feed.followers.some((f) => f.guildId === scope.guildId);

export function createFeedService(options: FeedServiceOptions): FeedService {
  const { repository, http, poller, clock } = options;

  async function find(ref: string, scope: FeedScope): Promise<Feed> {
    const trimmed = ref.trim();
    let feed = await repository.get(trimmed);
    if (!feed && /^https?:\/\//i.test(trimmed)) {
      try {
        feed = await repository.get(feedIdOf(trimmed));
      } catch {
        feed = undefined;
      }
    }
    if (!feed || !inScope(feed, scope)) {
      throw localizedUserError("feed.unknown", { ref: echo(trimmed) });
    }
    return feed;
  }

  /** Fetches and parses the document once, to check it is a feed and show a preview. */
  async function probe(url: string) {
    try {
      const response = await http.getFeed(url, { etag: null, lastModified: null });
      if (response.status !== "ok") throw localizedUserError("feed.notModified");
      return parseFeedDocument(response.text, {
        url: response.url,
        now: clock.now(),
        ...(options.maxItems ? { maxItems: options.maxItems } : {}),
      });
    } catch (error) {
      if (isFeedError(error)) {
        throw new UserError(error.message, {
          cause: error,
          ...(error.i18n ? { i18n: error.i18n } : {}),
        });
      }
      throw error;
    }
  }

  async function add(input: string, scope: FeedScope): Promise<AddFeedResult> {
    const url = checkFeedUrl(input);
    const id = feedIdOf(url);
    const existing = await repository.get(id);
    if (scope && !existing?.followers.some((f) => f.guildId === scope.guildId)) {
      const count = (await repository.all()).filter((f) => inScope(f, scope)).length;
      if (count >= MAX_FEEDS_PER_GUILD) {
        throw localizedUserError("feed.tooMany", { max: MAX_FEEDS_PER_GUILD });
      }
    }
    const parsed = await probe(url);
    const now = clock.now();
    const follower: FeedFollower | null = scope
      ? {
          guildId: scope.guildId,
          channelId: scope.channelId,
          addedBy: scope.userId,
          addedAt: now,
          paused: false,
          ...(scope.guildLocale ? { guildLocale: scope.guildLocale } : {}),
        }
      : null;
    // Re-read: the probe took a while and another instance may have added it meanwhile.
    const current = await repository.get(id);
    let feed: Feed;
    let joined = false;
    if (current) {
      feed = current;
      if (follower && !feed.followers.some((f) => f.guildId === follower.guildId)) {
        feed.followers.push(follower);
        feed.noticeChannelId ??= follower.channelId;
        joined = true;
      }
    } else {
      feed = newFeed({ url, title: parsed.title || url, now, follower });
      feed.format = parsed.format;
    }
    await repository.save(feed);
    if (joined && follower) await options.visibility?.follow(feed.id, follower.guildId);
    return { feed, created: !current, preview: parsed.items.slice(0, PREVIEW_ITEMS) };
  }

  async function update(
    ref: string,
    scope: FeedScope,
    change: (feed: Feed) => void,
  ): Promise<Feed> {
    const feed = await find(ref, scope);
    change(feed);
    await repository.save(feed);
    return feed;
  }

  const setPaused = (feed: Feed, scope: FeedScope, paused: boolean): void => {
    if (scope === null) feed.paused = paused;
    else for (const f of feed.followers) if (f.guildId === scope.guildId) f.paused = paused;
  };

  return {
    add,
    find,
    async list(scope) {
      return (await repository.all()).filter((feed) => inScope(feed, scope));
    },
    async remove(ref, scope) {
      const feed = await find(ref, scope);
      if (scope !== null) {
        feed.followers = feed.followers.filter((f) => f.guildId !== scope.guildId);
        await options.visibility?.unfollow(feed.id, scope.guildId);
        if (
          feed.noticeChannelId &&
          !feed.followers.some((f) => f.channelId === feed.noticeChannelId)
        ) {
          feed.noticeChannelId = feed.followers[0]?.channelId ?? null;
        }
        if (feed.followers.length > 0) {
          await repository.save(feed);
          return { feed, deleted: false };
        }
      }
      await repository.delete(feed.id);
      return { feed, deleted: true };
    },
    pause: (ref, scope) => update(ref, scope, (feed) => setPaused(feed, scope, true)),
    resume: (ref, scope) =>
      update(ref, scope, (feed) => {
        setPaused(feed, scope, false);
        if (feed.state.disabled) reenableFeed(feed, clock.now());
      }),
    async poll(ref, scope) {
      const feed = await find(ref, scope);
      return poller.pollFeed(feed.id, { force: true });
    },
    async exportOpml(scope) {
      const feeds = (await repository.all()).filter((feed) => inScope(feed, scope));
      return writeOpml(
        "Newsdesk feeds",
        feeds.map((f) => ({ url: f.url, title: f.title })),
      );
    },
    async importOpml(document, scope) {
      const result = {
        added: [] as Feed[],
        existing: [] as Feed[],
        failed: [] as { url: string; reason: string }[],
      };
      for (const entry of readOpml(document)) {
        try {
          const { feed, created } = await add(entry.url, scope);
          (created ? result.added : result.existing).push(feed);
        } catch (error) {
          result.failed.push({
            url: entry.url,
            reason: error instanceof Error ? error.message : String(error),
          });
        }
      }
      return result;
    },
  };
}
