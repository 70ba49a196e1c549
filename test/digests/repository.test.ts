import { describe, expect, it } from "vitest";
import { createSubscriptionRepository } from "../../src/digests/repository.js";
import { parseSchedule } from "../../src/digests/schedule.js";
import type { Subscription } from "../../src/digests/types.js";
import { silentLogger } from "../../src/logger.js";
import { createStore } from "../../src/store/store.js";

function subscription(id: string, guildId: string, createdAt: number): Subscription {
  return {
    id,
    guildId,
    channelId: "c",
    schedule: parseSchedule("daily 08:00"),
    filters: { source: null, keywords: ["oil"] },
    length: "short",
    postEmpty: false,
    cursor: { addedAt: createdAt, id: "\uffff" },
    nextRunAt: createdAt + 1000,
    lastRunAt: null,
    state: { status: "active" },
    pending: {
      id: "p",
      createdAt,
      runAt: createdAt,
      from: { addedAt: 0, id: "" },
      to: { addedAt: 1, id: "a" },
      articleIds: ["a"],
      messages: [{ nonce: "n1", payload: { content: "x", embeds: [] }, messageId: null }],
      attempts: 0,
      retryAt: null,
      lastError: null,
    },
    createdAt,
    createdBy: "u",
  };
}

describe("createSubscriptionRepository", () => {
  it("stores subscriptions with their pending digest and reads them back unchanged", async () => {
    const store = await createStore({ url: "memory://", logger: silentLogger });
    const repository = createSubscriptionRepository(store.namespace("digests"));
    const saved = subscription("s1", "g1", 10);
    await repository.save(saved);
    expect(await repository.get("s1")).toEqual(saved);
    expect(await repository.get("missing")).toBeUndefined();
  });

  it("lists one server's subscriptions oldest first, and all of them", async () => {
    const store = await createStore({ url: "memory://", logger: silentLogger });
    const repository = createSubscriptionRepository(store.namespace("digests"));
    await repository.save(subscription("s2", "g1", 20));
    await repository.save(subscription("s1", "g1", 10));
    await repository.save(subscription("s3", "g2", 5));
    await store.namespace("other").set("sub:x", { id: "x" });
    expect((await repository.listByGuild("g1")).map((s) => s.id)).toEqual(["s1", "s2"]);
    expect((await repository.all()).map((s) => s.id).sort()).toEqual(["s1", "s2", "s3"]);
  });

  it("deletes a subscription", async () => {
    const store = await createStore({ url: "memory://", logger: silentLogger });
    const repository = createSubscriptionRepository(store.namespace("digests"));
    await repository.save(subscription("s1", "g1", 10));
    expect(await repository.delete("s1")).toBe(true);
    expect(await repository.all()).toEqual([]);
  });
});
