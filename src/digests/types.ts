import type { Story } from "../briefings/types.js";
import type { DigestStyle } from "../settings/types.js";
import type { SummaryLength } from "../summaries/types.js";
import type { DeliveryFailureKind } from "./ports.js";

/** A parsed schedule: what the person typed, the cron pattern it stands for, and its time zone. */
export interface Schedule {
  /** As typed, normalized: "daily 08:00", "weekly mon 09:30" or a cron expression. */
  text: string;
  /** croner pattern (5 fields, or 6 with seconds). */
  cron: string;
  /** IANA time zone the pattern is read in. */
  timezone: string;
}

/** Which articles a subscription wants. Empty filters let every article through. */
export interface DigestFilters {
  /** A source host (`reuters.com`); subdomains match too. */
  source: string | null;
  /** Lower-case keywords; an article passes when its title or text contains any of them. */
  keywords: string[];
  /** Only articles from this feed (src/feeds); absent in subscriptions made before feeds. */
  feedId?: string | null;
}

/** Position in the corpus: the last article considered, ordered by (addedAt, id). */
export interface Cursor {
  addedAt: number;
  id: string;
}

export type SubscriptionState =
  | { status: "active" }
  | {
      status: "paused";
      /** In English, for logs and the CLI; the Discord side words `failure` itself. */
      reason: string;
      since: number;
      by: "user" | "delivery";
      /** Why a delivery paused it (absent for a moderator's pause and in older records). */
      failure?: DeliveryFailureKind;
    };

/** One message of a digest, recorded before it is sent. */
export interface PendingMessage {
  /** Sent with `enforce_nonce` so that Discord drops a repeat within its dedupe window. */
  nonce: string;
  /** The rendered payload (opaque to the core: the Discord side makes and posts it). */
  payload: unknown;
  /** Set once Discord accepted the message: a restart never sends it again. */
  messageId: string | null;
}

/**
 * A digest recorded before its first message is sent. The subscription's cursor moves to `to`
 * only once every message has an id, in the same write that clears the record.
 */
export interface PendingDelivery {
  id: string;
  createdAt: number;
  /** The run it stands for (scheduled time, or the send-now time). */
  runAt: number;
  from: Cursor;
  to: Cursor;
  articleIds: string[];
  messages: PendingMessage[];
  attempts: number;
  /** After a transient failure (5xx, timeout): not before this time. */
  retryAt: number | null;
  lastError: string | null;
}

export interface Subscription {
  id: string;
  guildId: string;
  channelId: string;
  schedule: Schedule;
  filters: DigestFilters;
  /** Summary length for each article (the summary cache shares each length across channels). */
  length: SummaryLength;
  /** Post one short line when the period brought nothing. */
  postEmpty: boolean;
  /** One embed per article (`list`, also for records older than the option) or per story. */
  style?: DigestStyle;
  cursor: Cursor;
  /** When the next scheduled run is due (epoch ms); null when the pattern never runs again. */
  nextRunAt: number | null;
  lastRunAt: number | null;
  state: SubscriptionState;
  pending: PendingDelivery | null;
  createdAt: number;
  createdBy: string;
  /**
   * The server's preferred locale when it subscribed (Discord's `guild_locale`): the digest's words
   * follow it when the server has no `/settings` language. Absent in older records: English.
   */
  guildLocale?: string;
}

/** One article as it appears in a digest. Plain data: the Discord side renders it. */
export interface DigestEntry {
  articleId: string;
  title: string;
  url: string;
  source: string;
  date: string;
  summary: string;
  quote: { text: string; speaker: string } | null;
}

export interface Digest {
  subscriptionId: string;
  /** The end of the period (the run time), epoch ms. */
  runAt: number;
  /** Start of the period: the previous run, or the subscription time. */
  since: number;
  timezone: string;
  entries: DigestEntry[];
  /** The cursor after this digest. */
  to: Cursor;
  /** Set for a digest delivered as a briefing: the articles grouped into stories. */
  stories?: Story[];
  /**
   * A preview with nothing new shows the latest few articles instead, as a sample of what a digest
   * looks like; such a digest is never posted and moves no cursor.
   */
  sample?: boolean;
}
