import { describe, expect, it } from "vitest";
import { createManualClock } from "../../src/clock.js";
import { createLlmLimits, type LlmLimits } from "../../src/discord/llm-limits.js";
import { releaseUnlessPaid, reserveLlmTurn, withDeadline } from "../../src/discord/llm-turn.js";
import { isUserError } from "../../src/errors.js";
import { type Logger, silentLogger } from "../../src/logger.js";
import { DEFAULT_SETTINGS } from "../../src/settings/types.js";
import { createMemoryQuotaStore } from "../../src/store/quota.js";

const T0 = 1_700_000_000_000;
const interaction = { user: { id: "u1" }, guildId: "g1", locale: "en-US" };
const config = { LLM_GUILD_HOURLY_BUDGET: 10 } as never;

function limits(): LlmLimits {
  return createLlmLimits({
    quota: createMemoryQuotaStore(),
    userHourlyShare: 1,
    clock: createManualClock(T0),
    cooldownSeconds: 30,
    guildHourlyBudget: 10,
  });
}

describe("reserveLlmTurn", () => {
  it("reserves a call, then words the cooldown as a refusal instead of throwing", async () => {
    const deps = { llmLimits: limits(), config };
    const first = await reserveLlmTurn(interaction, deps, { ...DEFAULT_SETTINGS });
    expect(first.reservation).not.toBeNull();
    expect(first.refusal).toBeNull();
    const second = await reserveLlmTurn(interaction, deps, { ...DEFAULT_SETTINGS });
    expect(second.reservation).toBeNull();
    expect(second.refusal).toMatch(/<t:\d+:R>/);
  });

  it("refuses when the server set its budget to zero", async () => {
    const deps = { llmLimits: limits(), config };
    const turn = await reserveLlmTurn(interaction, deps, { ...DEFAULT_SETTINGS, llmBudget: 0 });
    expect(turn.reservation).toBeNull();
    expect(turn.refusal).not.toBeNull();
  });

  it("lets an error that is not a limit through", async () => {
    const broken = new Error("quota store down");
    const llmLimits = {
      ...limits(),
      reserve: () => Promise.reject(broken),
    };
    await expect(
      reserveLlmTurn(interaction, { llmLimits, config }, { ...DEFAULT_SETTINGS }),
    ).rejects.toBe(broken);
  });
});

describe("withDeadline", () => {
  it("returns what the work returns", async () => {
    await expect(withDeadline(1000, "slow", async () => 42)).resolves.toBe(42);
  });

  it("turns running out of time into a UserError with the given text", async () => {
    const error = await withDeadline(1, "That took too long.", async (signal) => {
      await new Promise((_, reject) =>
        signal.addEventListener("abort", () => reject(signal.reason), { once: true }),
      );
    }).catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toBe("That took too long.");
  });

  it("lets other failures through unchanged", async () => {
    const failure = new Error("upstream");
    await expect(withDeadline(1000, "slow", () => Promise.reject(failure))).rejects.toBe(failure);
  });
});

describe("releaseUnlessPaid", () => {
  function reservation(fail = false) {
    const calls = { released: 0 };
    return {
      calls,
      value: {
        release: async () => {
          calls.released++;
          if (fail) throw new Error("store down");
        },
      },
    };
  }

  it("gives back a reservation the LLM did not use, and keeps one it did", async () => {
    const unused = reservation();
    await releaseUnlessPaid(unused.value, false, silentLogger);
    expect(unused.calls.released).toBe(1);
    const used = reservation();
    await releaseUnlessPaid(used.value, true, silentLogger);
    expect(used.calls.released).toBe(0);
    await releaseUnlessPaid(null, false, silentLogger);
  });

  it("logs a failed release instead of throwing", async () => {
    const warnings: string[] = [];
    const logger = { ...silentLogger, warn: (_: unknown, msg: string) => warnings.push(msg) };
    await releaseUnlessPaid(reservation(true).value, false, logger as Logger);
    expect(warnings).toEqual(["could not release an LLM reservation"]);
  });
});
