import type { JobHandler, JobsPort } from "../jobs/ports.js";
import type { Logger } from "../logger.js";
import type { DigestSchedules } from "./ports.js";
import type { SubscriptionRepository } from "./repository.js";
import type { DigestService, RunOutcome } from "./service.js";

export { dueAt, dueSubscriptions } from "./due.js";

/**
 * Digests on job schedulers (docs/adr/0006): one repeatable job per active subscription, at its
 * cron pattern in its time zone (BullMQ's `upsertJobScheduler`, or croner in-process). A firing
 * becomes a job that any worker runs; the delivery itself (nonce, record-before-send, cursor
 * after) makes a job run twice — after a crash, or a retry — post nothing twice.
 */

export const DIGEST_QUEUE = "digests";

export interface DigestJob {
  subscriptionId: string;
}

export interface DigestScheduleOptions {
  /** DIGEST_RETRY_DELAY_MS: first retry of a failed delivery, doubled per attempt. */
  retryDelayMs: number;
  /** Runs of one firing in all (default 6: 30 s … 8 min with the default delay). */
  attempts?: number;
}

/** The service's DigestSchedules port on the jobs port. */
export function createJobDigestSchedules(
  jobs: Pick<JobsPort, "schedule" | "unschedule">,
  options: DigestScheduleOptions,
): DigestSchedules {
  return {
    async upsert(subscription) {
      await jobs.schedule<DigestJob>(
        DIGEST_QUEUE,
        subscription.id,
        { pattern: subscription.schedule.cron, timezone: subscription.schedule.timezone },
        { subscriptionId: subscription.id },
        { attempts: options.attempts ?? 6, backoffMs: options.retryDelayMs },
      );
    },
    async remove(subscriptionId) {
      await jobs.unschedule(DIGEST_QUEUE, subscriptionId);
    },
  };
}

export interface DigestScheduler {
  /**
   * Works the digest queue in this process, brings every subscription's job scheduler in step
   * with the stored subscriptions, and runs once what is due now (runs missed while every worker
   * was down, digests interrupted mid-delivery).
   */
  start(): Promise<void>;
  /** Cancels the digests being composed (their summaries) and waits for the catch-up pass. */
  stop(): Promise<void>;
  /** One pass over the due subscriptions (the start-up catch-up; tests call it directly). */
  tick(): Promise<Map<string, RunOutcome>>;
  /** Upserts the scheduler of every active subscription and removes every other one. */
  reconcile(): Promise<void>;
}

export interface DigestSchedulerOptions {
  service: Pick<DigestService, "runDue" | "runScheduled">;
  repository: Pick<SubscriptionRepository, "all">;
  jobs: Pick<JobsPort, "work" | "schedule" | "unschedule" | "schedules">;
  schedules: DigestSchedules;
  logger: Logger;
  /** Digest jobs this process runs at once (WORKER_CONCURRENCY). */
  concurrency?: number;
}

/** The digest job: one delivery; a delivery to retry (5xx, timeout) or held elsewhere throws. */
export function createDigestJobHandler(
  service: Pick<DigestService, "runScheduled">,
  stopping: AbortSignal,
): JobHandler<DigestJob, RunOutcome> {
  return async ({ subscriptionId }, context) => {
    const signal = AbortSignal.any([context.signal, stopping]);
    const outcome = await service.runScheduled(subscriptionId, signal);
    if (outcome.status === "retry") throw new Error(`delivery to retry: ${outcome.error}`);
    if (outcome.status === "busy") throw new Error("the subscription is being delivered elsewhere");
    return outcome;
  };
}

export function createDigestScheduler(options: DigestSchedulerOptions): DigestScheduler {
  const { service, logger, jobs } = options;
  let controller = new AbortController();
  let inFlight: Promise<unknown> | null = null;
  let working = false;

  const tick = async (): Promise<Map<string, RunOutcome>> => {
    try {
      return await service.runDue(controller.signal);
    } catch (error) {
      logger.error({ err: error }, "digest catch-up failed");
      return new Map();
    }
  };

  const reconcile = async (): Promise<void> => {
    const subscriptions = await options.repository.all();
    const active = new Set<string>();
    for (const subscription of subscriptions) {
      if (subscription.state.status !== "active") continue;
      active.add(subscription.id);
      await options.schedules.upsert(subscription);
    }
    for (const id of await jobs.schedules(DIGEST_QUEUE)) {
      if (!active.has(id)) await options.schedules.remove(id);
    }
  };

  return {
    async start() {
      if (controller.signal.aborted) controller = new AbortController();
      if (!working) {
        working = true;
        await jobs.work(DIGEST_QUEUE, createDigestJobHandler(service, controller.signal), {
          concurrency: options.concurrency ?? 4,
        });
      }
      try {
        await reconcile();
      } catch (error) {
        logger.error({ err: error }, "could not reconcile the digest schedules");
      }
      const current = tick();
      inFlight = current;
      await current;
      inFlight = null;
    },
    async stop() {
      controller.abort();
      await inFlight;
    },
    tick,
    reconcile,
  };
}
