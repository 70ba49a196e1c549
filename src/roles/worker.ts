import type { BotDeps } from "../deps.js";
import { REPLY_ATTEMPTS } from "../discord/summarize-flow.js";
import {
  createFetchJobHandler,
  createSummaryReplyHandler,
  FETCH_QUEUE,
  SUMMARY_REPLY_QUEUE,
} from "../discord/summary-jobs.js";
import type { InteractionRest } from "../discord/webhooks.js";
import type { JobsPort } from "../jobs/ports.js";
import type { Services } from "../services.js";
import { createSummaryJobHandler, SUMMARY_QUEUE } from "../summaries/jobs.js";

export interface WorkerDeps
  extends Pick<
    BotDeps,
    "config" | "logger" | "clock" | "corpus" | "summarizer" | "store" | "fetcher" | "llmLimits"
  > {
  jobs: JobsPort;
  /** Finishes interactions over REST with their tokens (null: no Discord, no reply jobs). */
  rest: InteractionRest | null;
}

export interface WorkerOptions {
  /** WORKER_CONCURRENCY: jobs of each kind this process runs at once. */
  concurrency: number;
}

/**
 * Takes the jobs of every queue this process can serve. Summaries and fetches
 * run `concurrency` at a time; reply jobs mostly wait on them, so more of those run at once.
 * Refuses (rejects) on a Redis that evicts keys.
 */
export async function startJobWorkers(deps: WorkerDeps, options: WorkerOptions): Promise<void> {
  const { jobs, logger } = deps;
  const concurrency = Math.max(1, options.concurrency);
  await jobs.work(
    SUMMARY_QUEUE,
    createSummaryJobHandler(deps.summarizer, {
      deadlineMs: deps.config.SUMMARY_DEADLINE_MS,
      charges: deps.llmLimits,
    }),
    { concurrency },
  );
  await jobs.work(FETCH_QUEUE, createFetchJobHandler(deps), { concurrency });
  if (deps.rest) {
    await jobs.work(
      SUMMARY_REPLY_QUEUE,
      createSummaryReplyHandler({ ...deps, rest: deps.rest }, { attempts: REPLY_ATTEMPTS }),
      { concurrency: concurrency * 4 },
    );
  }
  logger.info({ queue: jobs.kind, concurrency }, "job workers started");
}

/** A running role: stopped once, in the drain order the process decides. */
export interface RoleHandle {
  stop(): Promise<void>;
}

/**
 * The worker role (`newsdesk serve --role worker`, and inside `all`): the work that does not answer
 * an interaction — summary, fetch and reply jobs, and the digests on their job schedulers. The job
 * queue itself is closed with the services (it stops taking jobs and waits for the running ones).
 */
export async function startWorker(services: Services): Promise<RoleHandle> {
  await startJobWorkers(services, { concurrency: services.config.WORKER_CONCURRENCY });
  void services.digestRuntime.start();
  services.feeds.start();
  services.logger.info({}, "worker started: job workers, digest schedules and feed poller running");
  return {
    stop: async () => {
      await Promise.all([services.digestRuntime.stop(), services.feeds.poller.stop()]);
    },
  };
}
