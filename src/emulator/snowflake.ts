import type { Clock } from "../clock.js";

/** Discord's epoch (2015-01-01T00:00:00Z). */
export const DISCORD_EPOCH = 1_420_070_400_000n;

/**
 * Returns a generator of Discord-style snowflakes: `(ms since DISCORD_EPOCH) << 22 | increment`,
 * strictly increasing even when the clock stands still or goes back.
 */
export function createSnowflakeGenerator(clock: Clock): () => string {
  let last = 0n;
  return () => {
    const fromClock = (BigInt(Math.floor(clock.now())) - DISCORD_EPOCH) << 22n;
    last = fromClock > last ? fromClock : last + 1n;
    return last.toString();
  };
}

/** The epoch-ms timestamp encoded in a snowflake. */
export function timestampOfSnowflake(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}
