import { Redis, type RedisOptions } from "ioredis";

/**
 * ioredis connections for the queue. Two kinds, as the issue requires:
 * - **request path** (enqueue, stats, the Discord global limiter): every command has a timeout,
 *   at most one retry, and nothing is queued while disconnected — a Redis outage is a quick,
 *   clear error, never a hang;
 * - **blocking** (a BullMQ worker's BRPOPLPUSH/BZPOPMIN, QueueEvents' XREAD): no command timeout
 *   and `maxRetriesPerRequest: null`, as BullMQ requires; BullMQ reconnects them itself.
 */

/** Per-command timeout on request-path connections, in milliseconds. */
export const REQUEST_COMMAND_TIMEOUT_MS = 2_000;

/** host/port/credentials/db/tls from a redis:// or rediss:// URL. */
export function redisOptionsFromUrl(url: string): RedisOptions {
  const parsed = new URL(url);
  if (parsed.protocol !== "redis:" && parsed.protocol !== "rediss:") {
    throw new TypeError(`not a Redis URL: use redis:// or rediss:// (got ${parsed.protocol})`);
  }
  const db = parsed.pathname.replace(/^\//, "");
  return {
    host: parsed.hostname || "127.0.0.1",
    port: parsed.port ? Number(parsed.port) : 6379,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(parsed.protocol === "rediss:" ? { tls: {} } : {}),
  };
}

/** Options for a request-path connection (see above). */
export function requestRedisOptions(url: string): RedisOptions {
  return {
    ...redisOptionsFromUrl(url),
    connectTimeout: 5_000,
    commandTimeout: REQUEST_COMMAND_TIMEOUT_MS,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    // Reconnect forever with a capped backoff; commands meanwhile fail at once.
    retryStrategy: (times) => Math.min(100 * 2 ** times, 3_000),
  };
}

/** Options for a blocking connection (BullMQ sets `maxRetriesPerRequest: null` on it too). */
export function blockingRedisOptions(url: string): RedisOptions {
  return {
    ...redisOptionsFromUrl(url),
    connectTimeout: 5_000,
    maxRetriesPerRequest: null,
    retryStrategy: (times) => Math.min(100 * 2 ** times, 3_000),
  };
}

/**
 * A request-path connection. Waits up to `waitMs` for it to be ready but never fails: while Redis
 * is unreachable, commands fail at once and ioredis keeps reconnecting in the background.
 */
export async function connectRequestRedis(url: string, waitMs = 2_000): Promise<Redis> {
  const client = new Redis(requestRedisOptions(url));
  // Errors are reported by the commands that fail; the event would otherwise crash the process.
  client.on("error", () => {});
  await withTimeout(
    new Promise<void>((resolve) => client.once("ready", () => resolve())),
    waitMs,
  ).catch(() => undefined);
  return client;
}

/** `promise`, or a rejection once `ms` have passed. */
export async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export type EvictionCheck =
  | { ok: true; policy: string | null }
  | { ok: false; policy: string; reason: string };

/**
 * Jobs must not be evicted: BullMQ's keys have no TTL and a lost key is a lost or corrupted job.
 * `noeviction` is the only safe `maxmemory-policy`. Where CONFIG is not allowed (managed Redis),
 * the policy is unknown and the caller warns instead of refusing.
 */
export async function checkEvictionPolicy(client: Pick<Redis, "config">): Promise<EvictionCheck> {
  let reply: unknown;
  try {
    reply = await client.config("GET", "maxmemory-policy");
  } catch {
    return { ok: true, policy: null };
  }
  const policy = Array.isArray(reply) && typeof reply[1] === "string" ? reply[1] : null;
  if (policy === null || policy === "noeviction") return { ok: true, policy };
  return {
    ok: false,
    policy,
    reason: `Redis evicts keys under memory pressure (maxmemory-policy ${policy}): queued jobs could vanish. Set maxmemory-policy noeviction on the queue's Redis (or point QUEUE_REDIS_URL at one that has it).`,
  };
}
