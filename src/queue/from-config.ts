import { type Config, queueRedisUrl } from "../config.js";
import { createInProcessJobs } from "../jobs/in-process.js";
import type { JobsPort } from "../jobs/ports.js";
import type { Logger } from "../logger.js";
import { createBullJobs } from "./bullmq.js";
import {
  createLocalGlobalLimiter,
  createRedisGlobalLimiter,
  type GlobalLimiter,
} from "./global-limit.js";
import { connectRequestRedis } from "./redis.js";

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

/**
 * Discord's global limit for this configuration: shared through the queue's Redis when there is
 * one (every process counts against one bucket), else paced in this process.
 */
export async function createGlobalLimiterFromConfig(
  config: Pick<Config, "QUEUE_REDIS_URL" | "KEYV_URL" | "DISCORD_GLOBAL_RPS">,
  logger: Logger,
): Promise<{ limiter: GlobalLimiter; close(): Promise<void> }> {
  const url = queueRedisUrl(config);
  if (url === null) {
    return {
      limiter: createLocalGlobalLimiter({ perSecond: config.DISCORD_GLOBAL_RPS }),
      close: async () => {},
    };
  }
  const client = await connectRequestRedis(url);
  return {
    limiter: createRedisGlobalLimiter(client, { perSecond: config.DISCORD_GLOBAL_RPS, logger }),
    close: async () => {
      client.disconnect();
    },
  };
}
