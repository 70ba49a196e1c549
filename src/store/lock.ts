import { randomUUID } from "node:crypto";

/** A held lock. `release()` is token-checked: it never frees a lock that another holder took over. */
export interface LockHandle {
  readonly key: string;
  readonly token: string;
  /** Pushes the expiry `ttlMs` further; false when the lock was lost (expired and taken). */
  extend(ttlMs?: number): Promise<boolean>;
  release(): Promise<boolean>;
}

/** Mutual exclusion by key, across instances (Redis) or within one process (SQLite, memory). */
export interface LockManager {
  readonly kind: "redis" | "process";
  /** The lock, or null when someone else holds it. Never waits. */
  tryAcquire(key: string, ttlMs: number): Promise<LockHandle | null>;
}

/**
 * The node-redis calls the lock needs (v5 signatures); `Store.redis` satisfies it. Only SET and
 * EVAL: keyv has no compare-and-set, so locks talk to Redis directly.
 */
export interface LockRedisClient {
  set(
    key: string,
    value: string,
    options: { condition: "NX"; expiration: { type: "PX"; value: number } },
  ): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

const RELEASE_SCRIPT = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) else return 0 end`;
const EXTEND_SCRIPT = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("PEXPIRE", KEYS[1], ARGV[2]) else return 0 end`;

/**
 * Redis locks: `SET key token NX PX ttl` to take, a Lua script that deletes only when the value is
 * still our token to release (so a holder whose lock expired cannot free the next holder's).
 */
export function createRedisLockManager(
  client: LockRedisClient,
  prefix = "newsdesk:lock:",
): LockManager {
  return {
    kind: "redis",
    async tryAcquire(key, ttlMs) {
      const fullKey = prefix + key;
      const token = randomUUID();
      const reply = await client.set(fullKey, token, {
        condition: "NX",
        expiration: { type: "PX", value: Math.max(1, Math.round(ttlMs)) },
      });
      if (reply !== "OK") return null;
      return {
        key,
        token,
        async extend(ms = ttlMs) {
          const done = await client.eval(EXTEND_SCRIPT, {
            keys: [fullKey],
            arguments: [token, String(Math.max(1, Math.round(ms)))],
          });
          return Number(done) === 1;
        },
        async release() {
          const done = await client.eval(RELEASE_SCRIPT, { keys: [fullKey], arguments: [token] });
          return Number(done) === 1;
        },
      };
    },
  };
}

/**
 * In-process locks for a single instance (the SQLite and memory stores): same contract, with
 * expiry measured on the injected clock so that a holder that hangs does not block forever.
 */
export function createProcessLockManager(now: () => number = Date.now): LockManager {
  const held = new Map<string, { token: string; expiresAt: number }>();
  return {
    kind: "process",
    async tryAcquire(key, ttlMs) {
      const current = held.get(key);
      if (current && current.expiresAt > now()) return null;
      const token = randomUUID();
      held.set(key, { token, expiresAt: now() + ttlMs });
      return {
        key,
        token,
        async extend(ms = ttlMs) {
          const entry = held.get(key);
          if (entry?.token !== token) return false;
          entry.expiresAt = now() + ms;
          return true;
        },
        async release() {
          if (held.get(key)?.token !== token) return false;
          held.delete(key);
          return true;
        },
      };
    },
  };
}

/** Redis locks when the store has a Redis client, else in-process ones. */
export function createLockManager(options: {
  redis: LockRedisClient | null;
  now?: () => number;
}): LockManager {
  return options.redis
    ? createRedisLockManager(options.redis)
    : createProcessLockManager(options.now);
}
