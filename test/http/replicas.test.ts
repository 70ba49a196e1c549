import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.js";
import { deployCommands } from "../../src/deploy-commands.js";
import { type Emulator, type InteractionHandle, startEmulator } from "../../src/emulator/index.js";
import { createSeedsDir, emulatorEnv, type Fixtures } from "../e2e/harness.js";
import {
  answerJson,
  type OpenAiTestServer,
  startOpenAiTestServer,
} from "../support/openai-server.js";
import { type NodeProcess, startNodeProcess } from "../support/processes.js";
import { REDIS_SERVER_BIN, type RedisServer, startRedis } from "../support/redis.js";
import { type RoundRobin, startRoundRobin } from "./round-robin.js";

/** The reply once it is final: not the "thinking…" placeholder. */
async function finalReply(run: InteractionHandle) {
  await run.callback(20_000);
  await run.waitFor((r) => {
    const original = r.original();
    return original !== undefined && (original.flags & 128) === 0;
  }, 30_000);
  return run.original()!;
}

/** The HTTP server URL a role process printed after READY. */
function urlOf(process: NodeProcess): string {
  const url = /READY (\S+)/.exec(process.output())?.[1];
  if (url === undefined) throw new Error(`no URL in the output:\n${process.output()}`);
  return url;
}

describe.skipIf(!REDIS_SERVER_BIN)(
  "three HTTP replica processes on one Redis behind a round robin",
  () => {
    let redis: RedisServer;
    let emulator: Emulator;
    let fixtures: Fixtures;
    let llm: OpenAiTestServer;
    let proxy: RoundRobin;
    const replicas: NodeProcess[] = [];
    const workers: NodeProcess[] = [];

    beforeAll(async () => {
      [redis, fixtures, emulator, llm] = await Promise.all([
        startRedis(),
        createSeedsDir(10),
        startEmulator(),
        startOpenAiTestServer(),
      ]);
      await deployCommands(parseConfig(emulatorEnv(emulator, fixtures.dir)));
      const env = (role: string) =>
        emulatorEnv(emulator, fixtures.dir, {
          NEWSDESK_ROLE: role,
          DISCORD_PUBLIC_KEY: emulator.publicKey,
          HTTP_PORT: "0",
          DRAIN_MS: "0",
          SHUTDOWN_TIMEOUT_MS: "10000",
          KEYV_URL: redis.url,
          OPENAI_BASE_URL: llm.baseURL,
          OPENAI_API_KEY: "test",
          OPENAI_MODEL: "test-model",
          OPENAI_MAX_RETRIES: "0",
          LLM_USER_COOLDOWN_SECONDS: "600",
          LLM_GUILD_HOURLY_BUDGET: "3",
          LLM_USER_HOURLY_SHARE: "1",
          LOG_LEVEL: "warn",
        });
      // With Redis, summaries are jobs (issue 12): two worker processes take what the replicas
      // defer, so the budget is charged in two processes at once.
      // In two batches, so that no process waits for four others to load on a small machine.
      // Each process is kept as soon as it is up, so afterAll stops it even if another fails.
      const start = (role: string, into: NodeProcess[]) =>
        startNodeProcess("test/http/role-process.ts", env(role)).then((p) => into.push(p));
      await Promise.all([0, 1, 2].map(() => start("http", replicas)));
      await Promise.all([0, 1].map(() => start("worker", workers)));
      proxy = await startRoundRobin(replicas.map(urlOf));
      await emulator.setInteractionsEndpoint(`${proxy.url}/interactions`);
    }, 180_000);
    afterAll(async () => {
      await Promise.allSettled([...replicas, ...workers].map((p) => p.stop()));
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

    it("holds a user's cooldown and the server's budget exactly when requests race on every replica", {
      timeout: 90_000,
    }, async () => {
      // Calls overlap: every reservation is taken while the others are still in flight.
      llm.script(() => ({ content: answerJson({ summary: "The council met." }), delayMs: 400 }));
      const chat = () => llm.requests.filter((r) => r.path.includes("chat/completions")).length;
      // Distinct articles: no request can join another's call, so each summary is its own paid call.
      const burst = async (users: Array<{ id: string; username: string }>, first: number) => {
        const before = [...proxy.counts];
        const runs = await Promise.all(
          users.map((user, i) =>
            emulator.runCommand({
              name: "summarize",
              options: { url: `filler-${String(first + i).padStart(2, "0")}` },
              user,
            }),
          ),
        );
        const replies = await Promise.all(runs.map(finalReply));
        // The burst reached all three replicas, and each request was answered once.
        for (const [i, count] of proxy.counts.entries())
          expect(count).toBeGreaterThan(before[i] ?? 0);
        for (const run of runs) expect(run.callbacks.filter((c) => c.ok)).toHaveLength(1);
        const summaries = replies.filter((reply) =>
          reply.embeds.some((embed) => embed.footer?.text === "Engine: LLM (test-model)"),
        );
        // Every other request got an answer that is not a summary: a refusal.
        for (const reply of replies.filter((r) => !summaries.includes(r))) {
          expect(reply.embeds).toHaveLength(0);
          expect(reply.content).toMatch(/You just asked|has used its|your share/);
        }
        return summaries.length;
      };
      // One person asks four times at once: the cooldown lets exactly one through.
      const hasty = { id: "400000000000000001", username: "hasty" };
      expect(await burst([hasty, hasty, hasty, hasty], 0)).toBe(1);
      expect(chat()).toBe(1);
      // Six people at once with two calls left of the budget of 3: exactly two get a summary.
      const readers = Array.from({ length: 6 }, (_, i) => ({
        id: `40000000000000010${i}`,
        username: `reader${i}`,
      }));
      expect(await burst(readers, 4)).toBe(2);
      expect(chat()).toBe(3);
    });

    it("says on /readyz that the store is down while Redis is stopped", {
      timeout: 30_000,
    }, async () => {
      await redis.stop();
      const response = await fetch(`${urlOf(replicas[0]!)}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.text()).toMatch(/store/i);
      expect((await fetch(`${urlOf(replicas[0]!)}/healthz`)).status).toBe(200);
    });
  },
);
