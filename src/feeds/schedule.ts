const MINUTE = 60_000;

export interface PollPolicy {
  /** FEED_DEFAULT_INTERVAL_MINUTES (default 15). */
  defaultIntervalMs: number;
  /** FEED_MIN_INTERVAL_MINUTES (default 5): no feed is polled more often. */
  minIntervalMs: number;
  /** Hints longer than this are capped (default 24 h): a feed asking for a week is still checked daily. */
  maxIntervalMs: number;
  /** First wait after a failure, doubled per consecutive failure (default 1 min). */
  backoffBaseMs: number;
  /** Backoff never waits longer (one hour). */
  backoffMaxMs: number;
  /** FEED_MAX_FAILURES (default 8): consecutive failures that disable a feed. */
  maxFailures: number;
  /** Share of the interval added or removed at random (default 0.1). */
  jitter: number;
}

export const DEFAULT_POLL_POLICY: PollPolicy = {
  defaultIntervalMs: 15 * MINUTE,
  minIntervalMs: 5 * MINUTE,
  maxIntervalMs: 24 * 60 * MINUTE,
  backoffBaseMs: MINUTE,
  backoffMaxMs: 60 * MINUTE,
  maxFailures: 8,
  jitter: 0.1,
};

/**
 * How long to wait before the next poll after a success: the default interval, or the feed's own
 * hint (RSS `ttl`, `sy:updatePeriod`, `Cache-Control: max-age`) when that is longer; never below
 * the minimum, never above the maximum.
 */
export function pollIntervalMs(
  policy: PollPolicy,
  hints: { ttlMinutes?: number | null; maxAgeSeconds?: number | null },
): number {
  let interval = policy.defaultIntervalMs;
  if (hints.ttlMinutes && hints.ttlMinutes > 0) {
    interval = Math.max(interval, hints.ttlMinutes * MINUTE);
  }
  if (hints.maxAgeSeconds && hints.maxAgeSeconds > 0) {
    interval = Math.max(interval, hints.maxAgeSeconds * 1000);
  }
  return Math.min(Math.max(interval, policy.minIntervalMs), policy.maxIntervalMs);
}

/** The wait after `failures` consecutive failures: base × 2^(failures−1), capped at the maximum. */
export function backoffMs(policy: PollPolicy, failures: number): number {
  const exponent = Math.min(Math.max(failures - 1, 0), 30);
  return Math.min(policy.backoffBaseMs * 2 ** exponent, policy.backoffMaxMs);
}

/**
 * Spreads polls so that feeds added together do not all poll together: `ms` ± `jitter` share,
 * `random` in [0, 1). Never below the minimum interval when `ms` was at least that.
 */
export function withJitter(ms: number, jitter: number, random: () => number): number {
  const spread = ms * jitter * (random() * 2 - 1);
  return Math.max(1, Math.round(ms + spread));
}

/** `max-age` (or `s-maxage`) from a Cache-Control header, in seconds; null when absent. */
export function maxAgeOf(cacheControl: string | null | undefined): number | null {
  if (!cacheControl) return null;
  const match = /(?:^|,)\s*(?:s-maxage|max-age)\s*=\s*"?(\d+)"?/i.exec(cacheControl);
  return match ? Number(match[1]) : null;
}
