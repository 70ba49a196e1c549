import { createHash } from "node:crypto";
import type { KeyValue } from "../store/key-value.js";
import type { Feed } from "./types.js";

/**
 * Feeds (with their poll state) and the ids of the items already ingested from each. Seen ids never
 * expire: an item that leaves a feed and comes back is not ingested twice.
 */
export interface FeedRepository {
  get(id: string): Promise<Feed | undefined>;
  save(feed: Feed): Promise<void>;
  delete(id: string): Promise<boolean>;
  /** Every feed, oldest first. */
  all(): Promise<Feed[]>;
  hasSeen(feedId: string, itemKey: string): Promise<boolean>;
  markSeen(feedId: string, itemKey: string, at: number): Promise<void>;
}

const FEED_PREFIX = "feed:";

function isFeed(value: unknown): value is Feed {
  const feed = value as Feed;
  return (
    typeof value === "object" &&
    value !== null &&
    typeof feed.id === "string" &&
    typeof feed.url === "string" &&
    Array.isArray(feed.followers) &&
    typeof feed.state === "object" &&
    feed.state !== null
  );
}

/** Item keys can be long URLs: stored under a fixed-length hash so every store accepts the key. */
function seenKey(feedId: string, itemKey: string): string {
  return `${feedId}:${createHash("sha256").update(itemKey).digest("hex").slice(0, 40)}`;
}

/**
 * The repository over two KeyValue namespaces (the integrator passes `store.namespace("feeds")`
 * and `store.namespace("feed-seen")`): listing feeds never walks the seen ids.
 */
export function createFeedRepository(feeds: KeyValue, seen: KeyValue): FeedRepository {
  return {
    async get(id) {
      const value = await feeds.get(FEED_PREFIX + id);
      return isFeed(value) ? value : undefined;
    },
    async save(feed) {
      await feeds.set(FEED_PREFIX + feed.id, feed);
    },
    async delete(id) {
      return await feeds.delete(FEED_PREFIX + id);
    },
    async all() {
      const list: Feed[] = [];
      for await (const [key, value] of feeds.entries()) {
        if (!key.startsWith(FEED_PREFIX) && !key.includes(`:${FEED_PREFIX}`)) continue;
        if (isFeed(value)) list.push(value);
      }
      return list.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
    },
    async hasSeen(feedId, itemKey) {
      return (await seen.get(seenKey(feedId, itemKey))) !== undefined;
    },
    async markSeen(feedId, itemKey, at) {
      await seen.set(seenKey(feedId, itemKey), at);
    },
  };
}
