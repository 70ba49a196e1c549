import type { Feed, FeedDisabledReason, FeedErrorCode } from "../feeds/types.js";
import { DEFAULT_LOCALE } from "../i18n/locales.js";
import { type MessageKey, type Translate, translator } from "../i18n/t.js";

const ERROR_WORDS: Record<FeedErrorCode, MessageKey> = {
  "not-a-feed": "feedWords.notAFeed",
  malformed: "feedWords.malformed",
  entities: "feedWords.entities",
  empty: "feedWords.empty",
  "too-large": "feedWords.tooLarge",
  "http-status": "feedWords.httpStatus",
  "refused-address": "feedWords.refusedAddress",
  network: "feedWords.network",
  timeout: "feedWords.timeout",
  unknown: "feedWords.unknown",
};

const english = translator(DEFAULT_LOCALE);

/** A feed's state for one scope, as a code the caller words (or switches on). */
export type FeedStatus =
  | { kind: "active" }
  | { kind: "paused" }
  | { kind: "failing"; failures: number; error: FeedErrorCode }
  | { kind: "disabled"; reason: FeedDisabledReason };

/** The words for a failure code, for people ("the site does not answer in time"). */
export function describeFeedError(code: FeedErrorCode, tr: Translate = english): string {
  return tr(ERROR_WORDS[code]);
}

/** Why a feed is disabled, for people. */
export function describeDisabled(reason: FeedDisabledReason, tr: Translate = english): string {
  switch (reason.code) {
    case "too-many-failures":
      return tr("feedWords.disabledFailures", {
        failures: reason.failures,
        error: describeFeedError(reason.lastError, tr),
      });
    case "removed-upstream":
      return tr("feedWords.disabledGone", { status: reason.status });
  }
}

/** The feed's status for one scope (a server's view, or null for the operator's). */
export function feedStatusOf(feed: Feed, guildId: string | null): FeedStatus {
  if (feed.state.disabled) return { kind: "disabled", reason: feed.state.disabled };
  const follower = guildId ? feed.followers.find((f) => f.guildId === guildId) : null;
  if (feed.paused || follower?.paused) return { kind: "paused" };
  const { consecutiveFailures, lastError } = feed.state;
  if (consecutiveFailures > 0 && lastError) {
    return { kind: "failing", failures: consecutiveFailures, error: lastError.code };
  }
  return { kind: "active" };
}

/** "active", "paused", "failing (3 in a row: …)" or "disabled …", for one scope's view. */
export function describeFeedStatus(
  feed: Feed,
  guildId: string | null,
  tr: Translate = english,
): string {
  const status = feedStatusOf(feed, guildId);
  switch (status.kind) {
    case "disabled":
      return describeDisabled(status.reason, tr);
    case "paused":
      return tr("feedWords.paused");
    case "failing":
      return tr("feedWords.failing", {
        count: status.failures,
        error: describeFeedError(status.error, tr),
      });
    case "active":
      return tr("feedWords.active");
  }
}
