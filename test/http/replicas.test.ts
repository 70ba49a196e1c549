import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.js";
import { deployCommands } from "../../src/deploy-commands.js";
import { type Emulator, type InteractionHandle, startEmulator } from "../../src/emulator/index.js";
import { createSeedsDir, emulatorEnv, type Fixtures } from "../e2e/harness.js";
import { type OpenAiTestServer, startOpenAiTestServer } from "../support/openai-server.js";
import { REDIS_SERVER_BIN, type RedisServer, startRedis } from "../support/redis.js";
import { type RoleHarness, startRoleAgainst } from "./harness.js";
import { type RoundRobin, startRoundRobin } from "./round-robin.js";

/** The reply once it is final: not the "thinking…" placeholder. */
async function finalReply(run: InteractionHandle) {
  await run.callback();
  await run.waitFor((r) => {
    const original = r.original();
    return original !== undefined && (original.flags & 128) === 0;
  }, 30_000);
  return run.original()!;
}

describe.skipIf(!REDIS_SERVER_BIN)("three HTTP replicas on one Redis behind a round robin", () => {
  let redis: RedisServer;
  let emulator: Emulator;
  let fixtures: Fixtures;
  let llm: OpenAiTestServer;
  let replicas: RoleHarness[] = [];
  let proxy: RoundRobin;

  let worker: RoleHarness | undefined;
  beforeAll(async () => {
    redis = await startRedis();
    fixtures = await createSeedsDir(10);
    emulator = await startEmulator();
    llm = await startOpenAiTestServer();
    await deployCommands(parseConfig(emulatorEnv(emulator, fixtures.dir)));
    const env = {
      KEYV_URL: redis.url,
      OPENAI_BASE_URL: llm.baseURL,
      OPENAI_API_KEY: "test",
      OPENAI_MODEL: "test-model",
      OPENAI_MAX_RETRIES: "0",
      LLM_USER_COOLDOWN_SECONDS: "600",
      LLM_GUILD_HOURLY_BUDGET: "3",
      LLM_USER_HOURLY_SHARE: "1",
    };
    replicas = [];
    for (let i = 0; i < 3; i++) {
      replicas.push(await startRoleAgainst(emulator, fixtures.dir, "http", env));
    }
    // With Redis, summaries are jobs (issue 12): a worker process answers what the replicas defer.
    worker = await startRoleAgainst(emulator, fixtures.dir, "worker", env);
    proxy = await startRoundRobin(replicas.map((r) => r.running.http!.url));
    await emulator.setInteractionsEndpoint(`${proxy.url}/interactions`);
  }, 120_000);
  afterAll(async () => {
    await Promise.allSettled(
      [...replicas, ...(worker ? [worker] : [])].map((r) => r.running.stop()),
    );
    await proxy?.close();
    await llm?.close();
    await emulator?.close();
    await fixtures?.cleanup();
    await redis?.stop();
  });

  it("answers 300 interactions, each exactly once, spread over the three replicas", {
    timeout: 180_000,
  }, async () => {
    const before = [...proxy.counts];
    const runs: InteractionHandle[] = [];
    for (let batch = 0; batch < 15; batch++) {
      const started = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (batch + i) % 3 === 0
            ? emulator.runCommand({ name: "article", subcommand: "latest" })
            : emulator.runCommand({
                name: "article",
                subcommand: "show",
                options: { article: `filler-${String(i % 10).padStart(2, "0")}` },
              }),
        ),
      );
      await Promise.all(started.map((run) => run.callback(20_000)));
      runs.push(...started);
    }
    expect(runs).toHaveLength(300);
    for (const run of runs) {
      expect(run.callbacks).toHaveLength(1);
      expect(run.callbacks[0]).toMatchObject({ type: 4, ok: true });
      expect(run.original()?.embeds).toHaveLength(1);
    }
    const served = proxy.counts.map((count, i) => count - (before[i] ?? 0));
    expect(served.reduce((a, b) => a + b, 0)).toBe(300);
    for (const count of served) expect(count).toBe(100);
  });

  it("holds one user's cooldown on whichever replica the next request lands", {
    timeout: 60_000,
  }, async () => {
    const user = { id: "400000000000000001", username: "hasty" };
    const first = await emulator.runCommand({
      name: "summarize",
      options: { url: "filler-01" },
      user,
    });
    expect((await finalReply(first)).content).not.toContain("You just asked");
    const second = await emulator.runCommand({
      name: "summarize",
      options: { url: "filler-02" },
      user,
    });
    const refused = await finalReply(second);
    expect(refused.content).toContain("You just asked for a summary");
    expect(refused.flags & 64).toBe(64);
  });

  it("holds the server's hourly budget across replicas", { timeout: 60_000 }, async () => {
    // One summary was paid above; two more users fill the budget of 3, the next is refused.
    for (const [i, article] of ["filler-03", "filler-04"].entries()) {
      const run = await emulator.runCommand({
        name: "summarize",
        options: { url: article },
        user: { id: `40000000000000001${i}`, username: `reader${i}` },
      });
      expect((await finalReply(run)).content).not.toContain("AI summaries for the hour");
    }
    const over = await emulator.runCommand({
      name: "summarize",
      options: { url: "filler-05" },
      user: { id: "400000000000000099", username: "late" },
    });
    expect((await finalReply(over)).content).toContain("used its 3 AI summaries for the hour");
    expect(llm.requests.filter((r) => r.path.includes("chat/completions"))).toHaveLength(3);
  });

  it("says on /readyz that the store is down while Redis is stopped", {
    timeout: 30_000,
  }, async () => {
    await redis.stop();
    const response = await fetch(`${replicas[0]!.running.http!.url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/store/i);
    expect((await fetch(`${replicas[0]!.running.http!.url}/healthz`)).status).toBe(200);
  });
});
