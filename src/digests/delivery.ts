/**
 * The delivery of one digest, under the subscription's lock: record it before the first message goes
 * out, post what is not posted yet (each message noted as it lands), then advance the cursor. A
 * transient failure schedules a retry with backoff; a lasting one pauses the subscription.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { Clock } from "../clock.js";
import type { Logger } from "../logger.js";
import type { DigestBuilder } from "./build.js";
import {
  type DeliveryFailureKind,
  type DigestPoster,
  type DigestRenderer,
  isDeliveryError,
} from "./ports.js";
import type { SubscriptionRepository } from "./repository.js";
import { computeNextRun } from "./schedule.js";
import type { LockState } from "./subscription-lock.js";
import type { PendingDelivery, Subscription } from "./types.js";

export type RunOutcome =
  | { status: "posted"; messageIds: string[]; articleIds: string[] }
  | { status: "empty" }
  | { status: "paused"; reason: string; failure?: DeliveryFailureKind }
  | { status: "retry"; error: string; retryAt: number }
  | { status: "busy" }
  | { status: "skipped"; reason: string };

const MAX_RETRY_DELAY_MS = 15 * 60_000;

/**
 * What a moderator is told about a failed post (`/digest list`, `/digest send-now`): one fixed
 * sentence per kind of failure. The raw error (Discord's own text) goes to the logs only.
 */
export function describeDeliveryFailure(error: unknown, channelId: string): string {
  const channel = `<#${channelId}>`;
  if (!isDeliveryError(error)) return "the digest could not be posted (an unexpected error)";
  switch (error.kind) {
    case "forbidden":
      return `I lost permission to post in ${channel} (view, send messages and embed links are needed)`;
    case "not-found":
      return `the channel ${channel} was deleted or I can no longer see it`;
    case "rejected":
      return "Discord refused the digest message";
    case "transient":
      return "Discord did not answer in time or had a temporary error";
  }
}

/** A Discord nonce: at most 25 characters. */
function createNonce(): string {
  return `nd${randomBytes(15).toString("base64url")}`;
}

/** The subscription after a run: its cursor at `to`, its next run computed from `now`. */
function advance(
  subscription: Subscription,
  to: Subscription["cursor"],
  now: number,
): Subscription {
  return {
    ...subscription,
    cursor: to,
    lastRunAt: now,
    nextRunAt: computeNextRun(subscription.schedule, now),
    pending: null,
  };
}

export interface DeliveryDeps {
  repository: SubscriptionRepository;
  builder: DigestBuilder;
  render: DigestRenderer;
  poster: DigestPoster;
  clock: Clock;
  logger: Logger;
  /** First delay after a transient failure, doubled per attempt up to 15 min. */
  retryDelayMs: number;
}

export type Deliver = (
  subscription: Subscription,
  lock: LockState,
  signal?: AbortSignal,
) => Promise<RunOutcome>;

export function createDelivery(deps: DeliveryDeps): Deliver {
  const { repository, clock, logger } = deps;

  async function fail(subscription: Subscription, error: unknown): Promise<RunOutcome> {
    const pending = subscription.pending!;
    // Shown to moderators: a fixed sentence, never Discord's raw text (that is logged below).
    const text = describeDeliveryFailure(error, subscription.channelId);
    const now = clock.now();
    if (isDeliveryError(error) && error.kind !== "transient") {
      const reason = text;
      await repository.save({
        ...subscription,
        state: { status: "paused", reason, since: now, by: "delivery", failure: error.kind },
        pending: { ...pending, lastError: text },
      });
      logger.warn(
        { subscriptionId: subscription.id, channelId: subscription.channelId, err: error },
        "digest paused",
      );
      return { status: "paused", reason, failure: error.kind };
    }
    const attempts = pending.attempts + 1;
    const retryAt = now + Math.min(deps.retryDelayMs * 2 ** (attempts - 1), MAX_RETRY_DELAY_MS);
    await repository.save({
      ...subscription,
      pending: { ...pending, attempts, retryAt, lastError: text },
    });
    logger.warn(
      { subscriptionId: subscription.id, attempts, retryAt, err: error },
      "digest delivery failed; will retry",
    );
    return { status: "retry", error: text, retryAt };
  }

  /**
   * Builds the digest and records it as pending; an outcome instead when there is nothing to post
   * (the cursor moves past the empty window) or the lock was lost meanwhile.
   */
  async function record(
    subscription: Subscription,
    now: number,
    lock: LockState,
    signal?: AbortSignal,
  ): Promise<{ recorded: Subscription } | { outcome: RunOutcome }> {
    const digest = await deps.builder.build(subscription, now, signal);
    if (digest.entries.length === 0 && !subscription.postEmpty) {
      await repository.save(advance(subscription, digest.to, now));
      return { outcome: { status: "empty" } };
    }
    const payloads = await deps.render(digest, subscription);
    const pending: PendingDelivery = {
      id: randomUUID(),
      createdAt: now,
      runAt:
        subscription.nextRunAt !== null && subscription.nextRunAt <= now
          ? subscription.nextRunAt
          : now,
      from: subscription.cursor,
      to: digest.to,
      articleIds: digest.entries.map((e) => e.articleId),
      messages: payloads.map((payload) => ({ nonce: createNonce(), payload, messageId: null })),
      attempts: 0,
      retryAt: null,
      lastError: null,
    };
    if (lock.lost()) return { outcome: { status: "busy" } };
    const recorded = { ...subscription, pending };
    // Recorded before the first message goes out: a restart resumes this digest, never rebuilds it.
    await repository.save(recorded);
    return { recorded };
  }

  return async (initial, lock, signal) => {
    let subscription = initial;
    if (!subscription.pending) {
      const result = await record(subscription, clock.now(), lock, signal);
      if ("outcome" in result) return result.outcome;
      subscription = result.recorded;
    }
    for (let index = 0; index < subscription.pending!.messages.length; index++) {
      const pending: PendingDelivery = subscription.pending!;
      const message = pending.messages[index]!;
      if (message.messageId !== null) continue;
      if (lock.lost()) return { status: "busy" };
      let messageId: string;
      try {
        ({ messageId } = await deps.poster.post(
          subscription.channelId,
          message.payload,
          message.nonce,
        ));
      } catch (error) {
        return await fail(subscription, error);
      }
      const messages = pending.messages.map((m, i) => (i === index ? { ...m, messageId } : m));
      subscription = { ...subscription, pending: { ...pending, messages } };
      // Noted at once: after a restart this message is never sent again, whatever the nonce window.
      await repository.save(subscription);
    }
    const pending = subscription.pending!;
    await repository.save(advance(subscription, pending.to, clock.now()));
    logger.info(
      {
        subscriptionId: subscription.id,
        channelId: subscription.channelId,
        articles: pending.articleIds.length,
        messages: pending.messages.length,
      },
      "digest posted",
    );
    return {
      status: "posted",
      messageIds: pending.messages.map((m) => m.messageId!),
      articleIds: pending.articleIds,
    };
  };
}
