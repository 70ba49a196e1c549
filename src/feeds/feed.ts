import { createHash } from "node:crypto";
import { normalizeUrl } from "../articles/url.js";
import type { Feed, FeedFollower } from "./types.js";

/** "f" and 16 hex digits of the SHA-256 of the normalized URL: one feed per address. */
export function feedIdOf(url: string): string {
  return `f${createHash("sha256").update(normalizeUrl(url)).digest("hex").slice(0, 16)}`;
}

/** A new feed record, due for its first poll at `now`. */
export function newFeed(input: {
  url: string;
  title: string;
  now: number;
  follower?: FeedFollower | null;
}): Feed {
  const follower = input.follower ?? null;
  return {
    id: feedIdOf(input.url),
    url: input.url,
    title: input.title,
    format: null,
    followers: follower ? [follower] : [],
    noticeChannelId: follower?.channelId ?? null,
    paused: false,
    createdAt: input.now,
    state: {
      etag: null,
      lastModified: null,
      intervalMs: 0,
      nextPollAt: input.now,
      lastPolledAt: null,
      lastSuccessAt: null,
      consecutiveFailures: 0,
      lastError: null,
      disabled: null,
      disabledNoticeAt: null,
    },
  };
}

/** Re-enables a disabled feed: failures, reason and notice cleared, due at `now`. */
export function reenableFeed(feed: Feed, now: number): void {
  feed.state.disabled = null;
  feed.state.disabledNoticeAt = null;
  feed.state.consecutiveFailures = 0;
  feed.state.lastError = null;
  feed.state.nextPollAt = now;
}
