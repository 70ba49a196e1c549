import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
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
import { eventually } from "./eventually.js";
import { type FailoverProxy, startFailoverProxy } from "./failover-proxy.js";

const ARTICLES = 14;
const ANSWER = answerJson({ summary: "The council met on Monday and agreed the budget." });

function filler(n: number): string {
  return `filler-${String(n).padStart(2, "0")}`;
}

describe.skipIf(!REDIS_SERVER_BIN)("3 HTTP replicas and 2 workers, each a process", () => {
  let redis: RedisServer;
  let emulator: Emulator;
  let fixtures: Fixtures;
  let llm: OpenAiTestServer;
  let proxy: FailoverProxy;
  let data: string;
  let env: Record<string, string>;
  const replicas: NodeProcess[] = [];
  const workers: NodeProcess[] = [];
  let user = 0;

  const start = (role: "http" | "worker") =>
    startNodeProcess("test/jobs/role-process.ts", { ...env, NEWSDESK_ROLE: role });

  beforeAll(async () => {
    [redis, emulator, fixtures, llm] = await Promise.all([
      startRedis(),
      startEmulator(),
      createSeedsDir(ARTICLES),
      startOpenAiTestServer(),
    ]);
    data = await mkdtemp(path.join(tmpdir(), "newsdesk-replicas-"));
    await deployCommands(parseConfig(emulatorEnv(emulator, fixtures.dir)));
    env = emulatorEnv(emulator, fixtures.dir, {
      KEYV_URL: redis.url,
      DATA_DIR: data,
      DISCORD_PUBLIC_KEY: emulator.publicKey,
      HTTP_PORT: "0",
      DRAIN_MS: "0",
      LOG_LEVEL: "warn",
      OPENAI_BASE_URL: llm.baseURL,
      OPENAI_API_KEY: "test",
      OPENAI_MODEL: "test-model",
      OPENAI_MAX_RETRIES: "0",
      LLM_GUILD_HOURLY_BUDGET: "1000",
      WORKER_CONCURRENCY: "4",
      // A killed worker's jobs come back after about 8 + 4 s.
      QUEUE_LOCK_MS: "8000",
      QUEUE_STALLED_CHECK_MS: "4000",
    });
    const started = await Promise.all([start("http"), start("http"), start("http")]);
    replicas.push(...started);
    workers.push(...(await Promise.all([start("worker"), start("worker")])));
    const urls = replicas.map((r) => /READY (\S+)/.exec(r.output())![1]!);
    proxy = await startFailoverProxy(urls);
    await emulator.setInteractionsEndpoint(`${proxy.url}/interactions`);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([...replicas, ...workers].map((p) => p.kill()));
    await proxy?.close();
    await Promise.all([emulator?.close(), llm?.close(), redis?.stop()]);
    await fixtures?.cleanup();
    if (data) await rm(data, { recursive: true, force: true });
  });

  /** `/summarize` of these articles, each from a different person (no cooldown is shared). */
  async function summarize(articles: string[]): Promise<InteractionHandle[]> {
    return await Promise.all(
      articles.map((article) =>
        emulator.runCommand({
          name: "summarize",
          options: { url: article },
          user: { id: String(500_000_000_000_000_000n + BigInt(++user)), username: `r${user}` },
        }),
      ),
    );
  }

  /** Successful edits of the interaction's original response with an answer (not progress). */
  function answers(run: InteractionHandle) {
    return emulator.requests.filter(
      (r) =>
        r.method === "PATCH" &&
        r.path.endsWith(`/${run.token}/messages/@original`) &&
        r.status >= 200 &&
        r.status < 300 &&
        !footerOf(r.body)?.startsWith("Writing"),
    );
  }

  function footerOf(body: unknown): string | undefined {
    const embeds = (body as { embeds?: Array<{ footer?: { text?: string } }> } | undefined)?.embeds;
    return embeds?.[0]?.footer?.text;
  }

  /** The original response shows the answer: not "thinking…", not the text so far. */
  const answered = (run: InteractionHandle) => {
    const original = run.original();
    return (
      original !== undefined &&
      (original.flags & 128) === 0 &&
      !footerOf(original)?.startsWith("Writing")
    );
  };

  const explain = (runs: InteractionHandle[]) => () =>
    `${runs.filter(answered).length}/${runs.length} answered, ${llm.requests.length} LLM calls; processes:\n${[
      ...replicas,
      ...workers,
    ]
      .map((p) => p.output().slice(-1500))
      .join("\n---\n")}`;

  it("answers 100 /summarize for 10 articles with 10 upstream calls, each once", async () => {
    llm.script(() => ({ content: ANSWER, delayMs: 1_500 }));
    const asked = new Map<InteractionHandle, string>();
    // Twenty at a time, as a busy server would: the replicas must answer within Discord's 3 s.
    for (let batch = 0; batch < 5; batch++) {
      const articles = Array.from({ length: 20 }, (_, i) => filler(i % 10));
      const runs = await summarize(articles);
      await Promise.all(runs.map((run) => run.callback(20_000)));
      for (const [i, run] of runs.entries()) asked.set(run, articles[i]!);
    }
    const runs = [...asked.keys()];
    await eventually(() => runs.every(answered), explain(runs), 90_000);
    expect(llm.requests.filter((r) => r.path.includes("chat/completions"))).toHaveLength(10);
    for (const run of runs) {
      expect(
        run.callbacks.map((c) => c.type),
        JSON.stringify(run.callbacks),
      ).toEqual([5]);
      expect(answers(run)).toHaveLength(1);
    }
    // One title per article: every answer names the article it was asked for.
    const byArticle = new Map<string, Set<string>>();
    for (const [run, article] of asked) {
      const set = byArticle.get(article) ?? new Set<string>();
      set.add(run.original()?.embeds[0]?.title ?? "");
      byArticle.set(article, set);
    }
    for (const set of byArticle.values()) expect(set.size).toBe(1);
    expect(new Set([...byArticle.values()].map((s) => [...s][0])).size).toBe(10);
  }, 180_000);

  it("answers every interaction once when a replica dies after deferring and a worker mid-LLM-call", async () => {
    // Only one worker while the LLM calls start: it is the one killed.
    await workers.pop()!.stop();
    const before = llm.requests.length;
    llm.script((request) =>
      request.index < before + 4 ? { hang: true } : { content: ANSWER, delayMs: 200 },
    );
    let killedReplica: { index: number; interaction: string } | null = null;
    const onCallback = (run: InteractionHandle, callback: { type: number }) => {
      if (killedReplica || callback.type !== 5) return;
      const index = proxy.servedBy.get(run.id);
      if (index === undefined) return;
      killedReplica = { index, interaction: run.id };
      void replicas[index]!.kill();
    };
    emulator.on("interaction-callback", onCallback);
    const articles = Array.from({ length: 40 }, (_, i) => filler(10 + (i % 4)));
    const runs: InteractionHandle[] = [];
    for (let batch = 0; batch < 2; batch++) {
      const started = await summarize(articles.slice(batch * 20, batch * 20 + 20));
      await Promise.all(started.map((run) => run.callback(20_000)));
      runs.push(...started);
    }
    emulator.off("interaction-callback", onCallback);
    expect(killedReplica).not.toBeNull();
    const doomed = workers.pop()!;
    await eventually(() => llm.requests.length >= before + 4, explain(runs), 60_000);
    workers.push(await start("worker"));
    await doomed.kill();
    // An interaction the killed replica had taken but not yet answered fails as on Discord ("did
    // not respond": the balancer answers 502, nobody retries it); every other one is deferred.
    const lost = runs.filter((run) => run.callbacks.every((c) => c.type === -1));
    // At most the killed replica's share of one burst of 20.
    expect(lost.length).toBeLessThanOrEqual(7);
    const deferred = runs.filter((run) => !lost.includes(run));
    await eventually(() => deferred.every(answered), explain(deferred), 120_000);
    for (const run of deferred) {
      expect(
        run.callbacks.map((c) => c.type),
        JSON.stringify(run.callbacks),
      ).toEqual([5]);
      expect(answers(run)).toHaveLength(1);
    }
    for (const run of lost) expect(answers(run)).toHaveLength(0);
    // The dead replica's deferred interaction was answered by a worker all the same.
    const orphan = runs.find((run) => run.id === killedReplica!.interaction)!;
    expect(orphan.original()?.embeds[0]?.title).toBeTruthy();
    // The killed worker's four calls were made again, once per article (a job cancelled under
    // load may add a call, never an answer).
    expect(llm.requests.length - before).toBeGreaterThanOrEqual(8);
    expect(llm.requests.length - before).toBeLessThanOrEqual(12);
  }, 240_000);
});
