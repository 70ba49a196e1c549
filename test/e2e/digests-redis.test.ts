import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseConfig } from "../../src/config.js";
import { deployCommands } from "../../src/deploy-commands.js";
import { createSubscriptionRepository } from "../../src/digests/repository.js";
import { type EmulatedMessage, type Emulator, startEmulator } from "../../src/emulator/index.js";
import { silentLogger } from "../../src/logger.js";
import { createStore, type Store } from "../../src/store/store.js";
import { REDIS_SERVER_BIN, type RedisServer, startRedis } from "../support/redis.js";
import { addSeedFiles, type BotProcess, startBotProcess } from "./digests-process.js";
import { createSeedsDir, emulatorEnv, type Fixtures } from "./harness.js";

const CHANNELS = 8;

describe.skipIf(!REDIS_SERVER_BIN)("two bot processes sharing one redis-server", () => {
  let redis: RedisServer;
  let emulator: Emulator;
  let fixtures: Fixtures;
  let store: Store;
  let env: Record<string, string>;
  const bots: BotProcess[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    fixtures = await createSeedsDir();
    emulator = await startEmulator();
    env = emulatorEnv(emulator, fixtures.dir, { KEYV_URL: redis.url, LOG_LEVEL: "debug" });
    await deployCommands(parseConfig(env));
    store = await createStore({ url: redis.url, logger: silentLogger });
  });

  afterAll(async () => {
    for (const bot of bots) await bot.kill();
    await store?.close();
    await emulator?.close();
    await fixtures?.cleanup();
    await redis?.stop();
  });

  function digestMessages(channelId: string): EmulatedMessage[] {
    return emulator.messages(channelId).filter((m) => !m.interaction_id && !m.deleted);
  }

  it("posts every digest exactly once", { timeout: 240_000 }, async () => {
    // One instance holds the gateway session (the emulator keeps one); both run the schedule.
    const [first, second] = await Promise.all([
      startBotProcess(env),
      startBotProcess({ ...env, DIGESTS_ONLY: "1" }),
    ]);
    bots.push(first, second);
    await emulator.waitForSession();
    const channels = Array.from(
      { length: CHANNELS },
      (_, i) => emulator.addChannel({ name: `shared-${i}` }).id,
    );
    for (const channel of channels) {
      const run = await emulator.runCommand({
        name: "digest",
        subcommand: "subscribe",
        options: { channel, schedule: "*/2 * * * * *" }, // every two seconds: many contested runs
      });
      await run.waitFor((h) => h.original()?.content.startsWith("Subscribed") === true, 45_000);
    }
    const urls = await addSeedFiles(fixtures.dir, "shared", 6);
    const repository = createSubscriptionRepository(store.namespace("digests"));
    await vi.waitFor(
      () => {
        for (const channel of channels) {
          const seen = digestMessages(channel).flatMap((m) => m.embeds.map((e) => e.url ?? ""));
          expect(new Set(seen)).toEqual(new Set(urls));
        }
      },
      { timeout: 120_000, interval: 200 },
    );
    // Let both instances go through several more contested runs, then count.
    const done = Date.now();
    await vi.waitFor(
      async () => {
        const subscriptions = await repository.all();
        expect(subscriptions).toHaveLength(CHANNELS);
        for (const s of subscriptions) expect(s.lastRunAt).toBeGreaterThan(done + 4_000);
      },
      { timeout: 60_000, interval: 500 },
    );
    for (const channel of channels) {
      const seen = digestMessages(channel).flatMap((m) => m.embeds.map((e) => e.url ?? ""));
      expect(seen.sort()).toEqual([...urls].sort());
    }
    const posted = (bot: BotProcess) =>
      bot
        .output()
        .split("\n")
        .filter((l) => l.includes('"msg":"digest posted"')).length;
    const ran = (bot: BotProcess) =>
      bot
        .output()
        .split("\n")
        .filter((l) => l.includes('"msg":"digest run"') && /"status":"(posted|empty)"/.test(l))
        .length;
    // Both instances took part: each delivered some of the contested runs.
    expect(ran(first)).toBeGreaterThan(0);
    expect(ran(second)).toBeGreaterThan(0);
    // Every digest was posted by one instance or the other, never both.
    expect(posted(first) + posted(second)).toBe(
      channels.reduce((sum, channel) => sum + digestMessages(channel).length, 0),
    );
  });
});
