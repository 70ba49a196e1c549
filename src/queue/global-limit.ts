import { setTimeout as sleep } from "node:timers/promises";
import type { Redis } from "ioredis";
import type { Logger } from "../logger.js";

/**
 * Discord's global limit (50 requests/s per bot) shared by every process: send slots reserved in
 * Redis, atomically, by one Lua script on Redis's own clock (GCRA, below).
 * Per-route buckets stay discord.js's. Interaction callbacks and token webhooks are exempt
 * (Discord does not count them) and never wait here.
 *
 * Invalid requests (401, 403, and 429 except those with `X-RateLimit-Scope: shared`) are counted in
 * a shared 10-minute window; past `invalidThreshold` every process slows down (Discord bans an IP
 * for a while after 10,000 in 10 minutes).
 */

export interface GlobalLimiter {
  /** Waits for a token (the request may go out). */
  acquire(signal?: AbortSignal): Promise<void>;
  /** Counts an invalid response (401, 403, 429 not of shared scope). */
  noteInvalid(): void;
}

/**
 * GCRA: each caller reserves the next free send slot (`tat`, the theoretical arrival time, moves
 * one interval per request) and waits until it. Requests leave evenly spaced, none is lost to a
 * full bucket, and any one-second window holds at most `perSecond + 1` — the margin to Discord's 50
 * absorbs network jitter. Time is Redis's own, so processes on different machines agree.
 */
const RESERVE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local interval = tonumber(ARGV[1])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, tat)
redis.call('SET', KEYS[1], tostring(slot + interval), 'PX', 60000)
return math.ceil(slot - now)
`;

const INVALID_WINDOW_MS = 10 * 60_000;

export interface GlobalLimiterOptions {
  /** DISCORD_GLOBAL_RPS: requests per second for the whole bot (default 45, under Discord's 50). */
  perSecond: number;
  logger: Logger;
  /** Invalid responses per 10 minutes before every process backs off (default 2,500). */
  invalidThreshold?: number;
  /** Extra wait per request while backing off (default 1 s). */
  backoffMs?: number;
}

/** The limiter shared through Redis (request-path connection: every command times out). */
export function createRedisGlobalLimiter(
  client: Pick<Redis, "eval" | "incr" | "pexpire" | "get">,
  options: GlobalLimiterOptions & { prefix?: string },
): GlobalLimiter {
  const prefix = options.prefix ?? "newsdesk:discord-global";
  const interval = 1000 / options.perSecond;
  const threshold = options.invalidThreshold ?? 2_500;
  const backoffMs = options.backoffMs ?? 1_000;
  const invalidKey = () => `${prefix}:invalid:${Math.floor(Date.now() / INVALID_WINDOW_MS)}`;
  let backingOff = false;
  let checkedAt = 0;

  const refreshBackoff = async (): Promise<void> => {
    if (Date.now() - checkedAt < 1_000) return;
    checkedAt = Date.now();
    const count = Number((await client.get(invalidKey())) ?? 0);
    if (count >= threshold && !backingOff) {
      options.logger.warn({ invalid: count }, "many invalid Discord requests: backing off");
    }
    backingOff = count >= threshold;
  };

  return {
    async acquire(signal) {
      try {
        await refreshBackoff();
        if (backingOff) await sleep(backoffMs, undefined, { signal });
        const wait = Number(await client.eval(RESERVE_SCRIPT, 1, `${prefix}:tat`, interval));
        if (wait > 0) await sleep(wait, undefined, { signal });
      } catch (error) {
        if (signal?.aborted) throw error;
        // Redis unreachable: fall back to this process's share rather than stopping all posting.
        options.logger.warn({ err: error }, "global limiter unavailable; pacing locally");
        await sleep(Math.ceil(1000 / options.perSecond), undefined, { signal });
      }
    },
    noteInvalid() {
      const key = invalidKey();
      void client
        .incr(key)
        .then(() => client.pexpire(key, INVALID_WINDOW_MS * 2))
        .catch(() => undefined);
    },
  };
}

/** The same pacing in this process only (no Redis: one process owns the bot's limit). */
export function createLocalGlobalLimiter(
  options: Pick<GlobalLimiterOptions, "perSecond">,
): GlobalLimiter {
  const interval = 1000 / options.perSecond;
  let tat = 0;
  return {
    async acquire(signal) {
      const now = Date.now();
      const slot = Math.max(now, tat);
      tat = slot + interval;
      const wait = Math.ceil(slot - now);
      if (wait > 0) await sleep(wait, undefined, { signal });
    },
    noteInvalid() {},
  };
}

/** Whether a response counts as invalid for Discord's IP ban (shared-scope 429s do not). */
export function isInvalidResponse(status: number, scope: string | null | undefined): boolean {
  if (status === 401 || status === 403) return true;
  return status === 429 && scope !== "shared";
}
