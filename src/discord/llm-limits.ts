import type { Clock } from "../clock.js";
import { UserError } from "../errors.js";
import type { MessageKey, MessageParams } from "../i18n/t.js";
import type { QuotaRule, QuotaStore } from "../store/quota.js";
import { discordTimestamp } from "./render.js";

/**
 * LLM calls cost money: a per-user cooldown, a per-server budget of calls per hour, and a cap on
 * each user's share of that budget (`LLM_USER_HOURLY_SHARE`), so one person cannot drain it.
 *
 * Design: check, reserve at the upstream call, settle. `check()` refuses early (before deferring) when
 * a limit is already reached, counting nothing. `reserve()` is called only by the request that starts
 * an upstream LLM call (the summary service's `beforeUpstream` hook): it counts the call on every
 * limit in one atomic step of the shared quota store (Redis script, SQLite transaction), so requests
 * racing in several processes or stateless HTTP replicas cannot slip past a limit together. Requests
 * that join that call or are served from the cache pay nothing; `release()` gives a reservation back
 * when the call ended in the extractive fallback. A person who is cooling down is asked to wait even
 * for a summary that happens to be cached. Nothing is kept in the process.
 */
export interface LlmLimitsOptions {
  quota: QuotaStore;
  clock: Clock;
  cooldownSeconds: number;
  guildHourlyBudget: number;
  /** The largest fraction of its server's hourly budget one user may spend (0 < share ≤ 1). */
  userHourlyShare: number;
}

export interface LlmReservation {
  /** Gives the reservation back (this request made no paid call). */
  release(): Promise<void>;
}

/** briefings (issue 16): `guildBudget` is the server's own budget (/settings), within the cap. */
export interface LlmLimitOptions {
  guildBudget?: number;
  /**
   * One run of a job that may be run again after its worker died (a summary job). The first run
   * is charged; a later run of the same job finds the charge already made and is not charged
   * twice (nor refused by the cooldown its own first run started). Letters, digits, `:` `-` `_`.
   */
  runKey?: string;
}

/** How long a run's charge is remembered: longer than any job may wait for its interaction. */
const RUN_KEY_TTL_MS = 20 * 60_000;

export interface LlmLimits {
  /** Throws a UserError that says when to try again if a limit is reached now; counts nothing. */
  check(userId: string, guildId: string | null, options?: LlmLimitOptions): Promise<void>;
  /** Records a call for this user and guild, or throws a UserError that says when to try again. */
  reserve(
    userId: string,
    guildId: string | null,
    options?: LlmLimitOptions,
  ): Promise<LlmReservation>;
  /**
   * Records a call on the server's budget alone (no user asked: a scheduled digest written as a
   * briefing), or throws the budget's UserError. No cooldown, no user share.
   */
  reserveGuild(guildId: string, options?: LlmLimitOptions): Promise<LlmReservation>;
}

const HOUR_MS = 3_600_000;

/** A user's hourly allowance in a server: their share of its budget, at least one call. */
export function userHourlyLimit(budget: number, share: number): number {
  if (budget === 0) return 0;
  return Math.max(1, Math.floor(budget * share));
}

export function createLlmLimits(options: LlmLimitsOptions): LlmLimits {
  const { quota, clock, cooldownSeconds } = options;
  const cooldownMs = cooldownSeconds * 1000;
  return {
    async check(userId, guildId, limitOptions) {
      const rules = rulesFor(userId, guildId, limitOptions?.guildBudget);
      const result = await quota.peek(rules, 1, clock.now());
      if (!result.ok) throw rules[result.rule]!.refuse(result.resetAt);
    },
    reserve(userId, guildId, limitOptions) {
      return take(rulesFor(userId, guildId, limitOptions?.guildBudget), limitOptions?.runKey);
    },
    reserveGuild(guildId, limitOptions) {
      const rules = rulesFor("", guildId, limitOptions?.guildBudget);
      return take(rules.filter((rule) => rule.key === `llm:guild:${guildId}`));
    },
  };

  async function take(
    rules: ReturnType<typeof rulesFor>,
    runKey?: string,
  ): Promise<LlmReservation> {
    const keys = rules.map((rule) => rule.key);
    let chargedBefore = false;
    if (runKey !== undefined) {
      const run = { key: `llm:run:${runKey}`, limit: 1, windowMs: RUN_KEY_TTL_MS };
      chargedBefore = !(await quota.take([run], 1, clock.now())).ok;
      keys.push(run.key);
    }
    if (!chargedBefore) {
      const result = await quota.take(rules, 1, clock.now());
      if (!result.ok) {
        if (runKey !== undefined) await quota.giveBack([`llm:run:${runKey}`], 1, clock.now());
        throw rules[result.rule]!.refuse(result.resetAt);
      }
    }
    let released = false;
    return {
      // Giving back a charge an earlier run made is right too: this run made no paid call either.
      async release() {
        if (released) return;
        released = true;
        await quota.giveBack(keys, 1, clock.now());
      },
    };
  }

  function rulesFor(userId: string, guildId: string | null, guildBudget?: number) {
    const guild = guildId ?? "dm";
    const guildHourlyBudget = Math.min(
      guildBudget ?? options.guildHourlyBudget,
      options.guildHourlyBudget,
    );
    const userLimit = userHourlyLimit(guildHourlyBudget, options.userHourlyShare);
    const refusal = (message: string, key: MessageKey, params: MessageParams) =>
      new UserError(message, { i18n: { key, params } });
    const rules: Array<QuotaRule & { refuse: (again: number) => UserError }> = [];
    if (cooldownMs > 0) {
      rules.push({
        key: `llm:cooldown:${userId}`,
        limit: 1,
        windowMs: cooldownMs,
        refuse: (again) =>
          refusal(
            `You just asked for a summary. You can ask again ${discordTimestamp(again, "R")}.`,
            "error.llmCooldown",
            { when: discordTimestamp(again, "R") },
          ),
      });
    }
    rules.push(
      {
        key: `llm:guild:${guild}`,
        limit: guildHourlyBudget,
        windowMs: HOUR_MS,
        refuse: (again) =>
          refusal(
            `This server has used its ${guildHourlyBudget} AI summaries for the hour. Try again ${discordTimestamp(again, "R")}.`,
            "error.llmBudget",
            { budget: guildHourlyBudget, when: discordTimestamp(again, "R") },
          ),
      },
      {
        key: `llm:guild:${guild}:user:${userId}`,
        limit: userLimit,
        windowMs: HOUR_MS,
        refuse: (again) =>
          refusal(
            `You have used your share (${userLimit}) of this server's AI summaries for the hour. Try again ${discordTimestamp(again, "R")}.`,
            "error.llmShare",
            { share: userLimit, when: discordTimestamp(again, "R") },
          ),
      },
    );
    return rules;
  }
}
