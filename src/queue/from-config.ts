import { type Config, queueRedisUrl } from "../config.js";
import { createInProcessJobs } from "../jobs/in-process.js";
import type { JobsPort } from "../jobs/ports.js";
import type { Logger } from "../logger.js";
import { createBullJobs } from "./bullmq.js";

/**
 * The job queue this configuration asks for: BullMQ on QUEUE_REDIS_URL (or KEYV_URL when it is
 * Redis), else the in-process queue. Rejects when the Redis cannot be reached at start.
 */
export async function createJobsFromConfig(
  config: Pick<Config, "QUEUE_REDIS_URL" | "KEYV_URL" | "QUEUE_LOCK_MS" | "QUEUE_STALLED_CHECK_MS">,
  logger: Logger,
): Promise<JobsPort> {
  const url = queueRedisUrl(config);
  if (url === null) return createInProcessJobs({ logger });
  return await createBullJobs({
    url,
    logger,
    lockDurationMs: config.QUEUE_LOCK_MS,
    stalledIntervalMs: config.QUEUE_STALLED_CHECK_MS,
  });
}
