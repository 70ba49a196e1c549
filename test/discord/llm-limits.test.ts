import Keyv from "keyv";
import { describe, expect, it } from "vitest";
import { createManualClock } from "../../src/clock.js";
import { createLlmLimits } from "../../src/discord/llm-limits.js";
import { isUserError } from "../../src/errors.js";
import type { KeyValue } from "../../src/store/key-value.js";

/** A KeyValue over an in-memory Keyv, as the store's memory:// mode provides. */
function memoryKv(): KeyValue {
  const keyv = new Keyv();
  return {
    get: (key) => keyv.get(key),
    set: async (key, value, ttl) => {
      await keyv.set(key, value, ttl);
    },
    delete: (key) => keyv.delete(key),
    async *entries() {},
  };
}

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
      kv: memoryKv(),
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

  it("caps a guild's calls in any rolling hour and says when the oldest expires", async () => {
    const clock = createManualClock(T0);
    const limits = createLlmLimits({
      kv: memoryKv(),
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
      kv: memoryKv(),
      clock,
      cooldownSeconds: 60,
      guildHourlyBudget: 1,
    });
    const reservation = await limits.reserve("u1", "g1");
    await reservation.release();
    await expect(limits.reserve("u1", "g1")).resolves.toBeDefined();
  });

  it("shares counters through the store between instances", async () => {
    const kv = memoryKv();
    const clock = createManualClock(T0);
    const options = { kv, clock, cooldownSeconds: 30, guildHourlyBudget: 5 };
    await createLlmLimits(options).reserve("u1", "g1");
    expect(await refusal(createLlmLimits(options).reserve("u1", "g1"))).toContain("ask again");
  });

  it("lets no more than the budget through when many ask at the same moment", async () => {
    const clock = createManualClock(T0);
    const limits = createLlmLimits({
      kv: memoryKv(),
      clock,
      cooldownSeconds: 0,
      guildHourlyBudget: 5,
    });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => limits.reserve(`u${i}`, "g1")),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
  });
});
