import KeyvRedis, { createClient } from "@keyv/redis";
import { redactUrl } from "./store.js";

/*
 * The Redis client of the store, in a module of its own so that only a process that uses Redis loads
 * it (src/store/store.ts imports it dynamically): @redis/client declares a subclass of String, and in
 * Node 20 that alone makes every charCodeAt loop in the process several times slower.
 */

export { KeyvRedis };

export function createRedisClient(url: string, state: { connected: boolean }) {
  return createClient({
    url,
    // While disconnected, fail commands at once instead of queueing them for the whole outage.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 5_000,
      // Before the first connection, give up after a few tries (a wrong URL is a clear error at
      // start-up); once connected, keep reconnecting with a capped back-off.
      reconnectStrategy: (retries: number, cause: Error) =>
        !state.connected && retries >= 3
          ? new Error(`cannot connect to Redis at ${redactUrl(url)}: ${cause.message}`)
          : Math.min(100 * 2 ** retries, 3_000),
    },
  });
}

/** The raw node-redis client (for locks: SET NX PX, EVAL). */
export type RedisClientLike = ReturnType<typeof createRedisClient>;
