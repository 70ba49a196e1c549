import type { Clock } from "../clock.js";
import { UserError } from "../errors.js";
import type { KeyValue } from "../store/key-value.js";
import { discordTimestamp } from "./render.js";

/**
 * LLM calls cost money: a per-user cooldown and a per-guild budget of calls in any rolling hour.
 *
 * Design: reserve, then settle. `reserve()` checks both limits and records the call at once (so two
 * requests arriving together cannot both slip under the budget); after the summary is made,
 * `release()` gives the reservation back when the service did not make a paid LLM call (a cache
 * hit, or the extractive fallback). Cache hits are therefore free, at the price that a person who is
 * cooling down is asked to wait even for a summary that happens to be cached.
 *
 * The counters live in the shared store (`store.namespace(NAMESPACES.llmLimits)`) so several instances
 * share them. Within one process, reservations and releases for a guild run one at a time; KeyValue
 * has no atomic increment, so two instances racing on the same guild within a few milliseconds may
 * let one extra call through; that is accepted.
 */
export interface LlmLimitsOptions {
  kv: KeyValue;
  clock: Clock;
  cooldownSeconds: number;
  guildHourlyBudget: number;
}

export interface LlmReservation {
  /** Gives the reservation back (no paid call was made). */
  release(): Promise<void>;
}

export interface LlmLimits {
  /** Records a call for this user and guild, or throws a UserError that says when to try again. */
  reserve(
    userId: string,
    guildId: string | null,
    options?: { guildBudget?: number },
  ): Promise<LlmReservation>;
}

const HOUR_MS = 3_600_000;

function timestamps(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === "number") : [];
}

/** Runs tasks with the same key one after another (read-modify-write on the store). */
function createKeyedQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(key: string, task: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return next;
  };
}

export function createLlmLimits(options: LlmLimitsOptions): LlmLimits {
  const { kv, clock, cooldownSeconds } = options;
  const cooldownMs = cooldownSeconds * 1000;
  const serially = createKeyedQueue();
  return {
    reserve: (userId, guildId, reserveOptions) =>
      serially(`guild:${guildId ?? "dm"}`, () =>
        reserveNow(userId, guildId, reserveOptions?.guildBudget ?? options.guildHourlyBudget),
      ),
  };

  /** `guildHourlyBudget`: the server's own budget (src/settings), within the operator's cap. */
  async function reserveNow(
    userId: string,
    guildId: string | null,
    guildHourlyBudget: number,
  ): Promise<LlmReservation> {
    const now = clock.now();
    const userKey = `user:${userId}`;
    const guildKey = `guild:${guildId ?? "dm"}`;
    const [lastRaw, guildRaw] = await Promise.all([kv.get(userKey), kv.get(guildKey)]);
    const last = typeof lastRaw === "number" ? lastRaw : null;
    if (cooldownMs > 0 && last !== null && now - last < cooldownMs) {
      const when = discordTimestamp(last + cooldownMs, "R");
      throw new UserError(`You just asked for a summary. You can ask again ${when}.`, {
        i18n: { key: "error.llmCooldown", params: { when } },
      });
    }
    const recent = timestamps(guildRaw).filter((t) => now - t < HOUR_MS);
    if (guildHourlyBudget === 0 || recent.length >= guildHourlyBudget) {
      const oldest = recent[recent.length - guildHourlyBudget] ?? now;
      const again = guildHourlyBudget === 0 ? now + HOUR_MS : oldest + HOUR_MS;
      const when = discordTimestamp(again, "R");
      throw new UserError(
        `This server has used its ${guildHourlyBudget} AI summaries for the hour. Try again ${when}.`,
        { i18n: { key: "error.llmBudget", params: { budget: guildHourlyBudget, when } } },
      );
    }
    recent.push(now);
    await Promise.all([
      cooldownMs > 0 ? kv.set(userKey, now, cooldownMs) : Promise.resolve(),
      kv.set(guildKey, recent, HOUR_MS),
    ]);
    let released = false;
    const releaseNow = async (): Promise<void> => {
      if (released) return;
      released = true;
      const current = timestamps(await kv.get(guildKey));
      const index = current.indexOf(now);
      if (index >= 0) current.splice(index, 1);
      // Reserving needed no cooldown in force, so giving it back means no cooldown at all.
      const userNow = await kv.get(userKey);
      await Promise.all([
        userNow === now ? kv.delete(userKey) : Promise.resolve(false),
        kv.set(guildKey, current, HOUR_MS),
      ]);
    };
    return { release: () => serially(guildKey, releaseNow) };
  }
}
