import { randomUUID } from "node:crypto";
import type { Clock } from "../clock.js";
import { isAbortError, UserError } from "../errors.js";
import type { Logger } from "../logger.js";
import type { DigestStyle } from "../settings/types.js";
import type { LockManager } from "../store/lock.js";
import type { Summarizer, SummaryLength } from "../summaries/types.js";
import { createDigestBuilder } from "./build.js";
import type { QuotePicker } from "./compose.js";
import { createDelivery, type RunOutcome } from "./delivery.js";
import { dueSubscriptions } from "./due.js";
import { parseFeedId, parseKeywords, parseSource } from "./filters.js";
import type {
  ArticleSource,
  DigestBriefer,
  DigestPoster,
  DigestRenderer,
  DigestSchedules,
} from "./ports.js";
import type { SubscriptionRepository } from "./repository.js";
import { computeNextRun, parseSchedule } from "./schedule.js";
import { createSubscriptionLock } from "./subscription-lock.js";
import type { Digest, Subscription } from "./types.js";

/** At most this many subscriptions per server (autocomplete shows 25). */
export const MAX_SUBSCRIPTIONS_PER_GUILD = 25;

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

export type { RunOutcome } from "./delivery.js";

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

export function createDigestService(deps: DigestServiceDeps): DigestService {
  const { repository, locks, clock, logger } = deps;
  const lockTtlMs = deps.lockTtlMs ?? 60_000;
  const retryDelayMs = deps.retryDelayMs ?? 30_000;
  const concurrency = Math.max(1, deps.concurrency ?? 8);
  const builder = createDigestBuilder({
    corpus: deps.corpus,
    summarizer: deps.summarizer,
    pickQuote: deps.pickQuote,
    briefer: deps.briefer,
    settleMs: deps.settleMs ?? 2_000,
  });
  const deliver = createDelivery({
    repository,
    builder,
    render: deps.render,
    poster: deps.poster,
    clock,
    logger,
    retryDelayMs,
  });
  const { withLock, withLockOrBusy } = createSubscriptionLock(locks, lockTtlMs, logger);

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
      const digest = await builder.build(subscription, now);
      if (digest.entries.length > 0)
        return { digest, payloads: await deps.render(digest, subscription) };
      // Nothing new: show what a digest looks like with the latest few articles, labelled a sample.
      const sample = await builder.sample(subscription, now);
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
