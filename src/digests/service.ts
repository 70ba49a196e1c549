import { randomBytes, randomUUID } from "node:crypto";
import type { Article } from "../articles/types.js";
import type { Clock } from "../clock.js";
import { isAbortError, UserError } from "../errors.js";
import type { Logger } from "../logger.js";
import type { DigestStyle } from "../settings/types.js";
import type { LockHandle, LockManager } from "../store/lock.js";
import type { Summarizer, SummaryLength } from "../summaries/types.js";
import { composeDigest, type QuotePicker } from "./compose.js";
import { dueSubscriptions } from "./due.js";
import { createArticleFilter, parseFeedId, parseKeywords, parseSource } from "./filters.js";
import {
  type ArticleSource,
  type DeliveryFailureKind,
  type DigestBriefer,
  type DigestPoster,
  type DigestRenderer,
  type DigestSchedules,
  isDeliveryError,
} from "./ports.js";
import type { SubscriptionRepository } from "./repository.js";
import { computeNextRun, parseSchedule } from "./schedule.js";
import { selectArticles, selectSample } from "./select.js";
import type { Digest, PendingDelivery, Subscription } from "./types.js";

/** At most this many subscriptions per server (autocomplete shows 25). */
export const MAX_SUBSCRIPTIONS_PER_GUILD = 25;
/** Articles in the sample a preview shows when nothing is new. */
export const SAMPLE_SIZE = 3;

export interface SubscribeInput {
  guildId: string;
  channelId: string;
  schedule: string;
  timezone?: string | null;
  source?: string | null;
  keywords?: string | null;
  /** Only articles of this feed (its id). */
  feed?: string | null;
  length?: SummaryLength | null;
  postEmpty?: boolean | null;
  style?: DigestStyle | null;
  /** The server's preferred locale when subscribing (Discord's `guild_locale`), if known. */
  guildLocale?: string | null;
  createdBy: string;
}

export type RunOutcome =
  | { status: "posted"; messageIds: string[]; articleIds: string[] }
  | { status: "empty" }
  | { status: "paused"; reason: string; failure?: DeliveryFailureKind }
  | { status: "retry"; error: string; retryAt: number }
  | { status: "busy" }
  | { status: "skipped"; reason: string };

export interface DigestService {
  subscribe(input: SubscribeInput): Promise<Subscription>;
  list(guildId: string): Promise<Subscription[]>;
  /** The subscription, if it belongs to this server; UserError otherwise. */
  find(guildId: string, id: string): Promise<Subscription>;
  unsubscribe(guildId: string, id: string): Promise<Subscription>;
  pause(guildId: string, id: string): Promise<Subscription>;
  resume(guildId: string, id: string): Promise<Subscription>;
  /** The next digest as it would be posted now; posts and saves nothing. */
  preview(guildId: string, id: string): Promise<{ digest: Digest | null; payloads: unknown[] }>;
  /** Posts the digest now and advances the subscription as a scheduled run would. */
  sendNow(guildId: string, id: string): Promise<RunOutcome>;
  /** Runs one subscription if it is (still) due; `signal` cancels its summaries. */
  runScheduled(id: string, signal?: AbortSignal): Promise<RunOutcome>;
  /**
   * Runs every due subscription; returns the outcomes by subscription id. `signal` (the
   * scheduler's, aborted on shutdown) cancels the summaries being written and starts no more runs.
   */
  runDue(signal?: AbortSignal): Promise<Map<string, RunOutcome>>;
  /** Autocomplete choices for this server's subscriptions; `nameChannel` turns ids into names. */
  suggest(
    guildId: string,
    query: string,
    nameChannel?: (channelId: string) => string,
  ): Promise<Array<{ name: string; value: string }>>;
}

export interface DigestServiceDeps {
  repository: SubscriptionRepository;
  locks: LockManager;
  corpus: ArticleSource;
  summarizer: Summarizer;
  pickQuote: QuotePicker;
  render: DigestRenderer;
  poster: DigestPoster;
  /** Groups articles into stories for subscriptions with `style: briefing` (list otherwise). */
  briefer?: DigestBriefer;
  clock: Clock;
  logger: Logger;
  /** Lock lifetime; renewed every third of it while a delivery runs. Default 60 s. */
  lockTtlMs?: number;
  /** First delay after a transient failure, doubled per attempt up to 15 min. Default 30 s. */
  retryDelayMs?: number;
  /**
   * Articles younger than this are left for the next digest, so that every instance's corpus
   * watcher has loaded everything up to the cursor before it moves (files can be noticed out of
   * order). Default 2 s.
   */
  settleMs?: number;
  /** How many subscriptions `runDue` delivers at once. Default 8. */
  concurrency?: number;
  /** The subscriptions' job schedulers, kept in step with their state (absent in unit tests). */
  schedules?: DigestSchedules;
}

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

export function createDigestService(deps: DigestServiceDeps): DigestService {
  const { repository, locks, clock, logger } = deps;
  const lockTtlMs = deps.lockTtlMs ?? 60_000;
  const retryDelayMs = deps.retryDelayMs ?? 30_000;
  const concurrency = Math.max(1, deps.concurrency ?? 8);
  const settleMs = deps.settleMs ?? 2_000;

  /**
   * Brings the subscription's job scheduler in step with its state. A failure is logged, not
   * thrown: the change itself is saved, and every worker start reconciles all schedules.
   */
  async function reschedule(subscription: Subscription | null, id: string): Promise<void> {
    if (!deps.schedules) return;
    try {
      if (subscription && subscription.state.status === "active") {
        await deps.schedules.upsert(subscription);
      } else {
        await deps.schedules.remove(id);
      }
    } catch (error) {
      logger.error({ err: error, subscriptionId: id }, "could not update the digest's schedule");
    }
  }

  async function find(guildId: string, id: string): Promise<Subscription> {
    const subscription = await repository.get(id);
    if (!subscription || subscription.guildId !== guildId) {
      throw new UserError("That subscription does not exist here: pick one from the list.", {
        i18n: { key: "digest.unknownSubscription" },
      });
    }
    return subscription;
  }

  /** Runs `task` holding the subscription's lock, renewing it meanwhile; null when it is held. */
  async function withLock<T>(
    id: string,
    task: (lock: { lost(): boolean }) => Promise<T>,
  ): Promise<T | null> {
    const handle: LockHandle | null = await locks.tryAcquire(`digest:${id}`, lockTtlMs);
    if (!handle) return null;
    let lost = false;
    const timer = setInterval(
      () => {
        handle.extend(lockTtlMs).then(
          (ok) => {
            if (!ok) lost = true;
          },
          (error: unknown) =>
            logger.warn({ err: error, subscriptionId: id }, "digest lock renewal failed"),
        );
      },
      Math.max(1000, Math.floor(lockTtlMs / 3)),
    );
    timer.unref?.();
    try {
      return await task({ lost: () => lost });
    } finally {
      clearInterval(timer);
      await handle.release().catch((error: unknown) => {
        logger.warn({ err: error, subscriptionId: id }, "digest lock release failed");
      });
    }
  }

  async function withLockOrBusy<T>(
    id: string,
    task: (lock: { lost(): boolean }) => Promise<T>,
  ): Promise<T> {
    const result = await withLock(id, task);
    if (result === null) {
      throw new UserError(
        "That subscription is being delivered right now: try again in a moment.",
        {
          i18n: { key: "digest.busy" },
        },
      );
    }
    return result;
  }

  async function buildDigest(subscription: Subscription, runAt: number, signal?: AbortSignal) {
    const until = { addedAt: runAt - settleMs, id: "\uffff" };
    const selection = selectArticles(
      await deps.corpus.addedAfter(subscription.cursor, until, { guildId: subscription.guildId }),
      subscription.cursor,
      subscription.filters,
      until,
    );
    const digest = await composeDigest({
      subscription,
      articles: selection.articles,
      to: selection.to,
      runAt,
      summarizer: deps.summarizer,
      pickQuote: deps.pickQuote,
      ...(signal ? { signal } : {}),
      briefer: deps.briefer,
    });
    return digest;
  }

  /**
   * The newest articles that pass the subscription's filters, SAMPLE_SIZE of them and any that tie
   * with the last on date and added time (selectSample orders ties): the corpus is read only that
   * far.
   */
  async function newestPassing(
    articles: AsyncIterable<Article>,
    subscription: Subscription,
  ): Promise<Article[]> {
    const passes = createArticleFilter(subscription.filters);
    const found: Article[] = [];
    for await (const article of articles) {
      const last = found.at(-1);
      if (
        found.length >= SAMPLE_SIZE &&
        last &&
        (article.date !== last.date || article.addedAt !== last.addedAt)
      ) {
        break;
      }
      if (passes(article)) found.push(article);
    }
    return found;
  }

  async function buildSample(subscription: Subscription, runAt: number): Promise<Digest> {
    const articles = selectSample(
      await newestPassing(deps.corpus.newest({ guildId: subscription.guildId }), subscription),
      subscription.filters,
      SAMPLE_SIZE,
    );
    const digest = await composeDigest({
      subscription,
      articles,
      to: subscription.cursor,
      runAt,
      summarizer: deps.summarizer,
      pickQuote: deps.pickQuote,
      briefer: deps.briefer,
    });
    return { ...digest, sample: true };
  }

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

  /** The delivery itself, under the lock: record, post what is not posted yet, then advance. */
  async function deliver(
    initial: Subscription,
    lock: { lost(): boolean },
    signal?: AbortSignal,
  ): Promise<RunOutcome> {
    let subscription = initial;
    const now = clock.now();
    if (!subscription.pending) {
      const digest = await buildDigest(subscription, now, signal);
      if (digest.entries.length === 0 && !subscription.postEmpty) {
        await repository.save(advance(subscription, digest.to, now));
        return { status: "empty" };
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
      if (lock.lost()) return { status: "busy" };
      subscription = { ...subscription, pending };
      // Recorded before the first message goes out: a restart resumes this digest, never rebuilds it.
      await repository.save(subscription);
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
    const done = advance(subscription, pending.to, clock.now());
    await repository.save(done);
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
  }

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
    const retryAt = now + Math.min(retryDelayMs * 2 ** (attempts - 1), MAX_RETRY_DELAY_MS);
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

  async function runScheduled(id: string, signal?: AbortSignal): Promise<RunOutcome> {
    const outcome = await withLock(id, async (lock) => {
      // Read again under the lock: another instance may have delivered it meanwhile.
      const subscription = await repository.get(id);
      if (!subscription) return { status: "skipped", reason: "gone" } as const;
      if (dueSubscriptions([subscription], clock.now()).length === 0) {
        return { status: "skipped", reason: "not due" } as const;
      }
      return await deliver(subscription, lock, signal);
    });
    const result: RunOutcome = outcome ?? { status: "busy" };
    if (result.status !== "skipped")
      logger.debug({ subscriptionId: id, status: result.status }, "digest run");
    return result;
  }

  return {
    find,
    async subscribe(input) {
      const schedule = parseSchedule(input.schedule, input.timezone ?? "UTC");
      const source = parseSource(input.source);
      const keywords = parseKeywords(input.keywords);
      const feedId = parseFeedId(input.feed);
      const existing = await repository.listByGuild(input.guildId);
      if (existing.length >= MAX_SUBSCRIPTIONS_PER_GUILD) {
        throw new UserError(
          `This server has ${MAX_SUBSCRIPTIONS_PER_GUILD} subscriptions already: unsubscribe one first.`,
          { i18n: { key: "digest.tooMany", params: { max: MAX_SUBSCRIPTIONS_PER_GUILD } } },
        );
      }
      const now = clock.now();
      const subscription: Subscription = {
        id: randomUUID().slice(0, 8),
        guildId: input.guildId,
        channelId: input.channelId,
        schedule,
        filters: { source, keywords, ...(feedId ? { feedId } : {}) },
        length: input.length ?? "short",
        postEmpty: input.postEmpty ?? false,
        style: input.style ?? "list",
        // No backlog: everything already in the corpus is behind the cursor.
        cursor: { addedAt: now, id: "\uffff" },
        nextRunAt: computeNextRun(schedule, now),
        lastRunAt: null,
        state: { status: "active" },
        pending: null,
        createdAt: now,
        createdBy: input.createdBy,
        ...(input.guildLocale ? { guildLocale: input.guildLocale } : {}),
      };
      await repository.save(subscription);
      await reschedule(subscription, subscription.id);
      logger.info(
        { subscriptionId: subscription.id, guildId: input.guildId, channelId: input.channelId },
        "digest subscribed",
      );
      return subscription;
    },
    list: (guildId) => repository.listByGuild(guildId),
    async unsubscribe(guildId, id) {
      await find(guildId, id);
      const removed = await withLockOrBusy(id, async () => {
        const subscription = await find(guildId, id);
        await repository.delete(id);
        return subscription;
      });
      await reschedule(null, id);
      return removed;
    },
    async pause(guildId, id) {
      await find(guildId, id);
      return await withLockOrBusy(id, async () => {
        const subscription = await find(guildId, id);
        if (subscription.state.status === "paused") return subscription;
        const paused: Subscription = {
          ...subscription,
          state: {
            status: "paused",
            reason: "paused by a moderator",
            since: clock.now(),
            by: "user",
          },
        };
        await repository.save(paused);
        await reschedule(paused, id);
        return paused;
      });
    },
    async resume(guildId, id) {
      await find(guildId, id);
      return await withLockOrBusy(id, async () => {
        const subscription = await find(guildId, id);
        if (subscription.state.status === "active") return subscription;
        const now = clock.now();
        const resumed: Subscription = {
          ...subscription,
          state: { status: "active" },
          nextRunAt:
            subscription.nextRunAt !== null && subscription.nextRunAt < now
              ? computeNextRun(subscription.schedule, now)
              : subscription.nextRunAt,
          pending: subscription.pending ? { ...subscription.pending, retryAt: null } : null,
        };
        await repository.save(resumed);
        await reschedule(resumed, id);
        return resumed;
      });
    },
    async preview(guildId, id) {
      const subscription = await find(guildId, id);
      if (subscription.pending) {
        const unsent = subscription.pending.messages
          .filter((m) => m.messageId === null)
          .map((m) => m.payload);
        return { digest: null, payloads: unsent };
      }
      const now = clock.now();
      const digest = await buildDigest(subscription, now);
      if (digest.entries.length > 0)
        return { digest, payloads: await deps.render(digest, subscription) };
      // Nothing new: show what a digest looks like with the latest few articles, labelled a sample.
      const sample = await buildSample(subscription, now);
      const shown = sample.entries.length > 0 ? sample : digest;
      return { digest: shown, payloads: await deps.render(shown, subscription) };
    },
    async sendNow(guildId, id) {
      await find(guildId, id);
      return await withLockOrBusy(id, async (lock) => {
        const subscription = await find(guildId, id);
        if (subscription.state.status === "paused") {
          throw new UserError(
            `That subscription is paused (${subscription.state.reason}): resume it first.`,
            {
              i18n: {
                key: "digest.pausedResumeFirst",
                params: { reason: subscription.state.reason },
              },
            },
          );
        }
        return await deliver(subscription, lock);
      });
    },
    runScheduled,
    async runDue(signal) {
      const due = dueSubscriptions(await repository.all(), clock.now());
      const outcomes = new Map<string, RunOutcome>();
      let next = 0;
      const worker = async () => {
        while (next < due.length && !signal?.aborted) {
          const subscription = due[next++]!;
          try {
            outcomes.set(subscription.id, await runScheduled(subscription.id, signal));
          } catch (error) {
            if (signal?.aborted && isAbortError(error)) {
              // Shutting down: nothing was recorded, the next start composes this digest again.
              logger.info({ subscriptionId: subscription.id }, "digest run cancelled");
              outcomes.set(subscription.id, { status: "skipped", reason: "cancelled" });
              continue;
            }
            logger.error({ err: error, subscriptionId: subscription.id }, "digest run failed");
            outcomes.set(subscription.id, { status: "skipped", reason: "error" });
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, due.length) }, worker));
      return outcomes;
    },
    async suggest(guildId, query, nameChannel) {
      const q = query.trim().toLowerCase();
      const subscriptions = await repository.listByGuild(guildId);
      return subscriptions
        .map((s) => {
          const channel = nameChannel?.(s.channelId) ?? s.channelId;
          const paused = s.state.status === "paused" ? " · paused" : "";
          const name = `#${channel} · ${s.schedule.text} (${s.schedule.timezone})${paused} · ${s.id}`;
          return { name: name.slice(0, 100), value: s.id };
        })
        .filter((c) => q === "" || c.name.toLowerCase().includes(q))
        .slice(0, 25);
    },
  };
}
