import { once } from "node:events";
import { Client, Events, GatewayIntentBits } from "discord.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DroppableShardingStrategy } from "../../src/discord/shard-strategy.js";
import { type Emulator, noWaitIdentifyThrottler, startEmulator } from "../../src/emulator/index.js";

describe("DroppableShardingStrategy", () => {
  let emulator: Emulator | undefined;
  let client: Client | undefined;
  afterEach(async () => {
    await client?.destroy();
    await emulator?.close();
  });

  it("drops one shard of a running client and keeps the other's events flowing", {
    timeout: 30_000,
  }, async () => {
    emulator = await startEmulator({ guild: { shard: { id: 0, count: 2 } } });
    const other = emulator.addGuild({ name: "Second desk", shard: { id: 1, count: 2 } });
    let strategy: DroppableShardingStrategy | undefined;
    client = new Client({
      intents: [GatewayIntentBits.Guilds],
      rest: { api: emulator.apiUrl },
      shards: [0, 1],
      shardCount: 2,
      ws: {
        buildIdentifyThrottler: () => noWaitIdentifyThrottler,
        buildStrategy: (manager) => {
          strategy = new DroppableShardingStrategy(manager);
          return strategy;
        },
      },
    });
    const ready = once(client, Events.ClientReady);
    await client.login(emulator.token);
    await ready;
    expect(client.guilds.cache.size).toBe(2);
    const disconnected = new Promise<void>((resolve) => emulator!.on("disconnect", resolve));
    expect(await strategy!.drop(0, "lost the shard lease")).toBe(true);
    await disconnected;
    expect(strategy!.dropped).toEqual([0]);
    expect(await strategy!.drop(0, "again")).toBe(false);
    expect([...(await strategy!.fetchStatus()).keys()]).toEqual([1]);
    // Shard 1 still receives its guild's events; shard 0's guild no longer reaches this client.
    const kept = emulator.addChannel({ name: "still-here" }, other.id);
    await vi.waitFor(() => expect(client!.channels.cache.has(kept.id)).toBe(true));
    const gone = emulator.addChannel({ name: "not-for-us" });
    const probe = emulator.addChannel({ name: "probe" }, other.id);
    await vi.waitFor(() => expect(client!.channels.cache.has(probe.id)).toBe(true));
    expect(client.channels.cache.has(gone.id)).toBe(false);
  });
});
