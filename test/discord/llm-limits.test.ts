import { describe, expect, it } from "vitest";
import { createManualClock } from "../../src/clock.js";
import { createLlmLimits, userHourlyLimit } from "../../src/discord/llm-limits.js";
import { isUserError, localizedUserErrorText } from "../../src/errors.js";
import { createMemoryQuotaStore } from "../../src/store/quota.js";

const T0 = 1_700_000_000_000;

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isUserError(error)) return error.message;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("createLlmLimits", () => {
  it("makes a user wait the cooldown and says when, as a Discord timestamp", async () => {
    const clock = createManualClock(T0);
    const limits = createLlmLimits({
      quota: createMemoryQuotaStore(),
      userHourlyShare: 1,
      clock,
      cooldownSeconds: 20,
      guildHourlyBudget: 10,
    });
    await limits.reserve("u1", "g1");
    clock.advance(5_000);
    expect(await refusal(limits.reserve("u1", "g1"))).toContain(`<t:${(T0 + 20_000) / 1000}:R>`);
    await expect(limits.reserve("u2", "g1")).resolves.toBeDefined();
    clock.advance(15_000);
    await expect(limits.reserve("u1", "g1")).resolves.toBeDefined();
  });

  it("charges a job run again after a crash once, and refuses it nothing", async () => {
    const clock = createManualClock(T0);
    const limits = createLlmLimits({
      quota: createMemoryQuotaStore(),
      userHourlyShare: 1,
      clock,
      cooldownSeconds: 20,
      guildHourlyBudget: 2,
    });
    // The first run charges, then its worker dies (nothing is released).
    await limits.reserve("u1", "g1", { runKey: "job-a" });
    clock.advance(1_000);
    // The run after the crash is neither refused by the cooldown nor charged again.
    const rerun = await limits.reserve("u1", "g1", { runKey: "job-a" });
    // Another job of the same user still waits out the cooldown.
    expect(await refusal(limits.reserve("u1", "g1", { runKey: "job-b" }))).toContain(
      "You just asked",
    );
    await expect(limits.reserve("u2", "g1")).resolves.toBeDefined();
    expect(await refusal(limits.reserve("u3", "g1"))).toContain("used its 2 AI summaries");
    // A rerun that made no paid call gives the first run's charge back.
    await rerun.release();
    await expect(limits.reserve("u3", "g1")).resolves.toBeDefined();
  });

  it("caps a guild's calls per hour and says when its hour ends", async () => {
    const clock = createManualClock(T0);
    const limits = createLlmLimits({
      quota: createMemoryQuotaStore(),
      userHourlyShare: 1,
      clock,
      cooldownSeconds: 0,
      guildHourlyBudget: 2,
    });
    await limits.reserve("a", "g1");
    clock.advance(60_000);
    await limits.reserve("b", "g1");
    const message = await refusal(limits.reserve("c", "g1"));
    expect(message).toContain("used its 2 AI summaries");
    expect(message).toContain(`<t:${(T0 + 3_600_000) / 1000}:R>`);
    await expect(limits.reserve("c", "g2")).resolves.toBeDefined();
    clock.advance(3_540_000);
    await expect(limits.reserve("c", "g1")).resolves.toBeDefined();
  });

  it("gives a released reservation back: no cooldown and no budget spent", async () => {
    const clock = createManualClock(T0);
    const limits = createLlmLimits({
      quota: createMemoryQuotaStore(),
      userHourlyShare: 1,
      clock,
      cooldownSeconds: 60,
      guildHourlyBudget: 1,
    });
    const reservation = await limits.reserve("u1", "g1");
    await reservation.release();
    await expect(limits.reserve("u1", "g1")).resolves.toBeDefined();
  });

  it("shares counters through the store between instances", async () => {
    const quota = createMemoryQuotaStore();
    const clock = createManualClock(T0);
    const options = { quota, clock, cooldownSeconds: 30, guildHourlyBudget: 5, userHourlyShare: 1 };
    await createLlmLimits(options).reserve("u1", "g1");
    expect(await refusal(createLlmLimits(options).reserve("u1", "g1"))).toContain("ask again");
  });

  it("lets no more than the budget through when many ask at the same moment", async () => {
    const clock = createManualClock(T0);
    const limits = createLlmLimits({
      quota: createMemoryQuotaStore(),
      userHourlyShare: 1,
      clock,
      cooldownSeconds: 0,
      guildHourlyBudget: 5,
    });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => limits.reserve(`u${i}`, "g1")),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
  });

  it("caps one user's share of the server's hourly budget", async () => {
    const clock = createManualClock(T0);
    const limits = createLlmLimits({
      quota: createMemoryQuotaStore(),
      clock,
      cooldownSeconds: 0,
      guildHourlyBudget: 8,
      userHourlyShare: 0.25,
    });
    await limits.reserve("greedy", "g1");
    await limits.reserve("greedy", "g1");
    expect(await refusal(limits.reserve("greedy", "g1"))).toContain("your share (2)");
    const localized = await limits.reserve("greedy", "g1").catch((error: unknown) => error);
    expect(isUserError(localized) && localizedUserErrorText(localized, "de")).toMatch(
      /^Du hast deinen Anteil \(2\)/,
    );
    await expect(limits.reserve("greedy", "g2")).resolves.toBeDefined();
    for (const user of ["a", "b", "c", "d", "e", "f"]) {
      await expect(limits.reserve(user, "g1")).resolves.toBeDefined();
    }
    expect(await refusal(limits.reserve("g", "g1"))).toContain("used its 8 AI summaries");
    clock.advance(3_600_000);
    await expect(limits.reserve("greedy", "g1")).resolves.toBeDefined();
  });

  it("checks without counting, and refuses on check once a limit is reached", async () => {
    const clock = createManualClock(T0);
    const limits = createLlmLimits({
      quota: createMemoryQuotaStore(),
      clock,
      cooldownSeconds: 30,
      guildHourlyBudget: 1,
      userHourlyShare: 1,
    });
    for (let i = 0; i < 5; i++) await limits.check("u1", "g1");
    await limits.reserve("u1", "g1");
    expect(await refusal(limits.check("u1", "g1"))).toContain("ask again");
    expect(await refusal(limits.check("u2", "g1"))).toContain("used its 1 AI summaries");
  });

  it("counts nothing when one limit refuses", async () => {
    const clock = createManualClock(T0);
    const limits = createLlmLimits({
      quota: createMemoryQuotaStore(),
      clock,
      cooldownSeconds: 0,
      guildHourlyBudget: 4,
      userHourlyShare: 0.25,
    });
    await limits.reserve("u1", "g1");
    await refusal(limits.reserve("u1", "g1"));
    await refusal(limits.reserve("u1", "g1"));
    for (const user of ["a", "b", "c"]) {
      await expect(limits.reserve(user, "g1")).resolves.toBeDefined();
    }
  });
});

describe("createLlmLimits reserveGuild", () => {
  it("charges the server's budget alone: no cooldown, no user share", async () => {
    const limits = createLlmLimits({
      quota: createMemoryQuotaStore(),
      userHourlyShare: 0.1,
      clock: createManualClock(T0),
      cooldownSeconds: 60,
      guildHourlyBudget: 2,
    });
    await limits.reserveGuild("g1");
    const second = await limits.reserveGuild("g1");
    expect(await refusal(limits.reserveGuild("g1"))).toContain("2 AI summaries");
    expect(await refusal(limits.reserve("u1", "g1"))).toContain("2 AI summaries");
    await second.release();
    await expect(limits.reserve("u1", "g1")).resolves.toBeDefined();
    await expect(limits.reserveGuild("g2", { guildBudget: 1 })).resolves.toBeDefined();
    expect(await refusal(limits.reserveGuild("g2", { guildBudget: 1 }))).toContain(
      "1 AI summaries",
    );
  });
});

describe("userHourlyLimit", () => {
  it("gives every user at least one call unless the budget is zero", () => {
    expect(userHourlyLimit(60, 0.25)).toBe(15);
    expect(userHourlyLimit(3, 0.25)).toBe(1);
    expect(userHourlyLimit(0, 0.25)).toBe(0);
    expect(userHourlyLimit(10, 1)).toBe(10);
  });
});
