import type { Article } from "../articles/types.js";
import type { Story } from "../briefings/types.js";
import type { Digest, Subscription } from "./types.js";

export type DeliveryFailureKind = "forbidden" | "not-found" | "rejected" | "transient";

/**
 * A failed post, classified by the adapter: `forbidden` (403) and `not-found` (404) pause the
 * subscription; `transient` (5xx, timeouts, network) is retried on a later tick.
 */
export class DeliveryError extends Error {
  override readonly name = "DeliveryError" as const;
  constructor(
    readonly kind: DeliveryFailureKind,
    message: string,
    readonly status: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isDeliveryError(error: unknown): error is DeliveryError {
  return error instanceof Error && error.name === "DeliveryError";
}

/** Posts one rendered message. Throws DeliveryError; rate limits (429) are waited out inside. */
export interface DigestPoster {
  post(channelId: string, payload: unknown, nonce: string): Promise<{ messageId: string }>;
}

/**
 * Turns a digest into the payloads to post, in order (the Discord renderer). An empty digest gives
 * the one short "nothing new" line; the service only asks for it when the subscription wants it.
 */
export type DigestRenderer = (
  digest: Digest,
  subscription: Subscription,
) => unknown[] | Promise<unknown[]>;

/**
 * Groups a digest's articles into stories for `style: briefing` (the briefing service, with the
 * server's settings); injected so the digests do not fix the engine.
 */
export type DigestBriefer = (
  articles: readonly Article[],
  context: { guildId: string; signal?: AbortSignal | undefined },
) => Promise<Story[]>;

/** What the digests need from the corpus. */
export interface ArticleSource {
  /**
   * The articles added after `after` (and at or before `until`), oldest first, as a viewer from
   * `viewer.guildId` may see them (team content: no user's private fetch).
   */
  addedAfter(
    after: { addedAt: number; id: string },
    until?: { addedAt: number; id: string },
    viewer?: { guildId?: string },
  ): Promise<Article[]>;
  /**
   * The articles the viewer may see, newest first (date, then added), read as the loop asks: the
   * preview sample stops after the few it needs.
   */
  newest(viewer?: { guildId?: string }): AsyncIterable<Article>;
}

/**
 * Where each subscription's schedule lives (a job scheduler per subscription, src/digests/scheduler.ts).
 * The service keeps it in step: subscribe and resume upsert it, pause and unsubscribe remove it.
 */
export interface DigestSchedules {
  upsert(subscription: Subscription): Promise<void>;
  remove(subscriptionId: string): Promise<void>;
}
