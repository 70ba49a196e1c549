import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseConfig } from "../../src/config.js";
import { deployCommands } from "../../src/deploy-commands.js";
import { type Emulator, startEmulator } from "../../src/emulator/index.js";
import { createMemoryLogger } from "../../src/logger.js";
import { configuredShards } from "../../src/roles/gateway.js";
import { createStore, type Store } from "../../src/store/store.js";
import { createSeedsDir, emulatorEnv, type Fixtures } from "../e2e/harness.js";
import { type RoleHarness, startRoleAgainst } from "../http/harness.js";
import { REDIS_SERVER_BIN, type RedisServer, startRedis } from "../support/redis.js";

describe("configuredShards", () => {
  it("connects every shard of the count unless ids are given, and leaves auto to Discord", () => {
    expect(configuredShards({ DISCORD_SHARD_COUNT: undefined, DISCORD_SHARD_IDS: undefined })).toBe(
      null,
    );
    expect(configuredShards({ DISCORD_SHARD_COUNT: "auto", DISCORD_SHARD_IDS: undefined })).toBe(
      "auto",
    );
    expect(configuredShards({ DISCORD_SHARD_COUNT: 3, DISCORD_SHARD_IDS: undefined })).toEqual({
      ids: [0, 1, 2],
      count: 3,
    });
    expect(configuredShards({ DISCORD_SHARD_COUNT: 4, DISCORD_SHARD_IDS: [1, 3] })).toEqual({
      ids: [1, 3],
      count: 4,
    });
  });
});

describe.skipIf(!REDIS_SERVER_BIN)("startGateway", () => {
  let redis: RedisServer;
  let store: Store;
  let emulator: Emulator;
  let fixtures: Fixtures;
  let second: string;
  let role: RoleHarness | undefined;

  beforeAll(async () => {
    redis = await startRedis();
    store = await createStore({ url: redis.url, logger: createMemoryLogger() });
    fixtures = await createSeedsDir();
    emulator = await startEmulator({ guild: { shard: { id: 0, count: 2 } } });
    second = emulator.addGuild({ name: "Second desk", shard: { id: 1, count: 2 } }).id;
    for (const guild of [emulator.guildId, second]) {
      await deployCommands(
        parseConfig(emulatorEnv(emulator, fixtures.dir, { DISCORD_GUILD_ID: guild })),
      );
    }
  }, 30_000);
  afterAll(async () => {
    await role?.running.stop();
    await store?.close();
    await emulator?.close();
    await fixtures?.cleanup();
    await redis?.stop();
  });

  it("disconnects only the shard whose lease it lost and keeps answering on the other", {
    timeout: 60_000,
  }, async () => {
    role = await startRoleAgainst(
      emulator,
      fixtures.dir,
      "gateway",
      {
        KEYV_URL: redis.url,
        DISCORD_SHARD_COUNT: "2",
        DISCORD_SHARD_IDS: "0,1",
        METRICS_PORT: "0",
      },
      { leaseTtlMs: 600 },
    );
    const readyz = async () => {
      const response = await fetch(`${role!.running.http!.url}/readyz`);
      return { status: response.status, text: await response.text() };
    };
    await vi.waitFor(async () => expect((await readyz()).status).toBe(200), { timeout: 10_000 });
    // Another process took shard 0 after this one's lease lapsed (simulated: the key is replaced).
    await store.redis!.set(`newsdesk:lock:shard:${emulator.applicationId}:2:0`, "someone-else");
    await vi.waitFor(
      async () => expect((await readyz()).text).toContain("lost the lease of shard 0"),
      { timeout: 10_000 },
    );
    expect((await readyz()).status).toBe(503);
    // Shard 0 is gone from the emulator's sessions; shard 1 still answers its guild.
    await vi.waitFor(
      () =>
        expect(emulator.runCommand({ name: "article", subcommand: "latest" })).rejects.toThrow(
          /No bot session receives guild/,
        ),
      { timeout: 10_000 },
    );
    const run = await emulator.runCommand({ name: "article", subcommand: "latest", guild: second });
    expect(await run.callback()).toMatchObject({ type: 4, ok: true });
    expect(run.callbacks).toHaveLength(1);
    expect(role.running.bot?.client.ws.shards.get(1)?.status).toBe(0);
    const metrics = await (await fetch(`${role.running.http!.url}/metrics`)).text();
    expect(metrics).toMatch(/newsdesk_shard_ready\{shard="0"\} 0/);
    expect(metrics).toMatch(/newsdesk_shard_ready\{shard="1"\} 1/);
  });
  it("connects the shards it can claim and says which one another process holds", {
    timeout: 60_000,
  }, async () => {
    // The first test left shard 0's key to "someone-else"; stopping its role released shard 1.
    await role?.running.stop();
    role = await startRoleAgainst(emulator, fixtures.dir, "gateway", {
      KEYV_URL: redis.url,
      DISCORD_SHARD_COUNT: "2",
      DISCORD_SHARD_IDS: "0,1",
      METRICS_PORT: "0",
    });
    expect([...role.running.bot!.client.ws.shards.keys()]).toEqual([1]);
    const ready = await fetch(`${role.running.http!.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.text()).toContain("shard 0 is held by another process");
    const run = await emulator.runCommand({ name: "article", subcommand: "latest", guild: second });
    expect(await run.callback()).toMatchObject({ type: 4, ok: true });
    await expect(emulator.runCommand({ name: "article", subcommand: "latest" })).rejects.toThrow(
      /No bot session receives guild/,
    );
  });
});

describe("startGateway with DISCORD_SHARD_COUNT=auto", () => {
  let emulator: Emulator | undefined;
  let fixtures: Fixtures | undefined;
  let role: RoleHarness | undefined;
  afterAll(async () => {
    await role?.running.stop();
    await emulator?.close();
    await fixtures?.cleanup();
  });

  it("connects the count Discord recommends and answers the guilds of every shard", {
    timeout: 60_000,
  }, async () => {
    fixtures = await createSeedsDir();
    emulator = await startEmulator({ recommendedShards: 2, guild: { shard: { id: 0, count: 2 } } });
    const second = emulator.addGuild({ name: "Second desk", shard: { id: 1, count: 2 } }).id;
    for (const guild of [emulator.guildId, second]) {
      await deployCommands(
        parseConfig(emulatorEnv(emulator, fixtures.dir, { DISCORD_GUILD_ID: guild })),
      );
    }
    role = await startRoleAgainst(emulator, fixtures.dir, "gateway", {
      DISCORD_SHARD_COUNT: "auto",
    });
    const client = role.running.bot!.client;
    expect([...client.ws.shards.keys()].sort()).toEqual([0, 1]);
    expect(client.guilds.cache.map((g) => g.shardId).sort()).toEqual([0, 1]);
    for (const guild of [emulator.guildId, second]) {
      const run = await emulator.runCommand({ name: "article", subcommand: "latest", guild });
      expect(await run.callback()).toMatchObject({ type: 4, ok: true });
      expect(run.callbacks).toHaveLength(1);
    }
  });
});
