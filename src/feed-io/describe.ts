import type { Feed, FeedDisabledReason, FeedErrorCode } from "../feeds/types.js";

const ERROR_WORDS: Record<FeedErrorCode, string> = {
  "not-a-feed": "the address does not serve a feed",
  malformed: "the feed is broken",
  entities: "the feed declares XML entities",
  empty: "the feed is empty",
  "too-large": "the feed is too large",
  "http-status": "the server answers with an error",
  "refused-address": "the address is not public",
  network: "the site cannot be reached",
  timeout: "the site does not answer in time",
  unknown: "an unexpected error",
};

/** The words for a failure code, for people ("the site does not answer in time"). */
export function describeFeedError(code: FeedErrorCode): string {
  return ERROR_WORDS[code];
}

/** Why a feed is disabled, for people. */
export function describeDisabled(reason: FeedDisabledReason): string {
  switch (reason.code) {
    case "too-many-failures":
      return `disabled after ${reason.failures} failed polls in a row (${describeFeedError(reason.lastError)})`;
    case "removed-upstream":
      return `disabled: the feed is gone (HTTP ${reason.status})`;
  }
}

/** "active", "paused", "failing (3 in a row: …)" or "disabled …", for one scope's view. */
export function describeFeedStatus(feed: Feed, guildId: string | null): string {
  if (feed.state.disabled) return describeDisabled(feed.state.disabled);
  const follower = guildId ? feed.followers.find((f) => f.guildId === guildId) : null;
  if (feed.paused || follower?.paused) return "paused";
  const { consecutiveFailures, lastError } = feed.state;
  if (consecutiveFailures > 0 && lastError) {
    return `failing (${consecutiveFailures} in a row: ${describeFeedError(lastError.code)})`;
  }
  return "active";
}
