/**
 * Interaction latency: the Discord emulator drives the in-process bot (src/app.ts, real discord.js
 * client) at a fixed offered rate and measures, per command, the time from INTERACTION_CREATE sent
 * to the interaction callback received. Baseline in the same run: a no-op `/ping` that replies
 * "pong" at once (the emulator + discord.js overhead alone). `/summarize` runs against a local
 * OpenAI-compatible server that takes 5 s; what counts there is the time to the deferral.
 * Targets: p99 ≤ 50 ms at 100 interactions/s; deferral p99 ≤ 100 ms.
 * `node --import tsx bench/discord.ts`.
 */
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { commands } from "../commands/index.js";
import { createApp } from "../src/app.js";
import { parseConfig } from "../src/config.js";
import { deployCommands } from "../src/deploy-commands.js";
import type { Command } from "../src/discord/command.js";
import { renderMessage } from "../src/discord/render.js";
import {
  type Emulator,
  noWaitIdentifyThrottler,
  type RunCommandInput,
  startEmulator,
} from "../src/emulator/index.js";
import { silentLogger } from "../src/logger.js";
import { createSeedsDir, emulatorEnv } from "../test/e2e/harness.js";
import { answerJson, startOpenAiTestServer } from "../test/support/openai-server.js";
import type { BenchSection } from "./types.js";

const RATE_PER_S = 100;
const COUNT = 300;
const SUMMARIZE_COUNT = 100;
const LLM_DELAY_MS = 5000;
const TARGET_P99_MS = 50;
const TARGET_DEFER_P99_MS = 100;

const ping: Command = {
  data: {
    name: "ping",
    description: "Baseline: replies at once",
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  async execute(interaction) {
    await interaction.reply(renderMessage({ content: "pong" }));
  },
};

interface Sample {
  latencies: number[];
  perSecond: number;
  failed: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/** Offers `count` interactions at `rate` per second; latency = dispatch → first callback. */
async function drive(
  emulator: Emulator,
  input: (i: number) => RunCommandInput,
  count: number,
  rate: number,
): Promise<Sample> {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let failed = 0;
  let lastAt = 0;
  let done!: () => void;
  const all = new Promise<void>((resolve) => {
    done = resolve;
  });
  const onInteraction = (handle: { id: string }) => sentAt.set(handle.id, performance.now());
  const onCallback = (handle: { id: string }, callback: { ok: boolean }) => {
    const start = sentAt.get(handle.id);
    if (start === undefined) return;
    sentAt.delete(handle.id);
    lastAt = performance.now();
    if (callback.ok) latencies.push(lastAt - start);
    else failed++;
    if (latencies.length + failed === count) done();
  };
  emulator.on("interaction", onInteraction);
  emulator.on("interaction-callback", onCallback);
  const began = performance.now();
  for (let i = 0; i < count; i++) {
    const due = began + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    void emulator.runCommand(input(i)).catch(() => {
      failed++;
    });
  }
  await Promise.race([all, new Promise((resolve) => setTimeout(resolve, 30_000))]);
  emulator.off("interaction", onInteraction);
  emulator.off("interaction-callback", onCallback);
  latencies.sort((a, b) => a - b);
  return { latencies, failed, perSecond: (latencies.length / (lastAt - began)) * 1000 };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

export async function run(): Promise<BenchSection> {
  const fixtures = await createSeedsDir(SUMMARIZE_COUNT);
  const llm = await startOpenAiTestServer({
    handler: () => ({ content: answerJson({ summary: "A summary." }), delayMs: LLM_DELAY_MS }),
  });
  const emulator = await startEmulator();
  const config = parseConfig(
    emulatorEnv(emulator, fixtures.dir, {
      OPENAI_BASE_URL: llm.baseURL,
      OPENAI_API_KEY: "bench",
      LLM_USER_COOLDOWN_SECONDS: "0",
      LLM_GUILD_HOURLY_BUDGET: "100000",
    }),
  );
  const app = await createApp(config, {
    logger: silentLogger,
    commands: [...commands, ping],
    identifyThrottler: noWaitIdentifyThrottler,
    watch: false,
  });
  try {
    await deployCommands(config, [...commands, ping]);
    await app.start();
    await emulator.waitForSession();
    // Warm-up: JIT, quote extraction and page splitting caches, the first REST connections.
    await drive(emulator, () => ({ name: "ping" }), 50, RATE_PER_S);
    await drive(emulator, () => ({ name: "article", subcommand: "latest" }), 50, RATE_PER_S);
    await drive(
      emulator,
      () => ({ name: "quotes", options: { article: fixtures.realId } }),
      50,
      RATE_PER_S,
    );

    // The first summary loads the tokenizer's tables (once per process): not what is measured.
    await emulator.runCommand({
      name: "summarize",
      options: { url: fixtures.longId },
      user: { id: "199999999999999999" },
    });
    while (llm.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));

    const baseline = await drive(emulator, () => ({ name: "ping" }), COUNT, RATE_PER_S);
    const latest = await drive(
      emulator,
      () => ({ name: "article", subcommand: "latest" }),
      COUNT,
      RATE_PER_S,
    );
    const quotes = await drive(
      emulator,
      () => ({ name: "quotes", options: { article: fixtures.realId } }),
      COUNT,
      RATE_PER_S,
    );
    const summarize = await drive(
      emulator,
      (i) => ({
        name: "summarize",
        options: { url: `filler-${String(i).padStart(2, "0")}` },
        user: { id: String(200000000000000000n + BigInt(i)) },
      }),
      SUMMARIZE_COUNT,
      RATE_PER_S,
    );

    const base99 = percentile(baseline.latencies, 99);
    const row = (name: string, s: Sample, target: number) => {
      const p50 = percentile(s.latencies, 50);
      const p99 = percentile(s.latencies, 99);
      return `| ${name} | ${s.perSecond.toFixed(0)} | ${ms(p50)} | ${ms(p99)} | ${(p99 / base99).toFixed(2)}× | ≤ ${target} ms ${p99 <= target ? "✓" : "✗"} | ${s.failed} |`;
    };
    const markdown = [
      `Offered load: ${RATE_PER_S} interactions/s, ${COUNT} per command (${SUMMARIZE_COUNT} for /summarize, whose LLM answers after ${LLM_DELAY_MS / 1000} s). Latency: INTERACTION_CREATE sent by the emulator → interaction callback received (for /summarize: the deferral). In-process bot (src/app.ts) with the real discord.js client over loopback; in-memory store.`,
      "",
      `Machine: ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)} at the end of the run (figures above ~1 per core are noisy; compare the ratios).`,
      "",
      "| command | handled/s | p50 | p99 | p99 vs baseline | target (p99) | failed |",
      "|---|---|---|---|---|---|---|",
      row('`/ping` (baseline: replies "pong")', baseline, TARGET_P99_MS),
      row("`/article latest`", latest, TARGET_P99_MS),
      row("`/quotes`", quotes, TARGET_P99_MS),
      row("`/summarize` (to the deferral)", summarize, TARGET_DEFER_P99_MS),
      "",
      "`node --import tsx bench/discord.ts`",
    ].join("\n");
    return { title: "Discord interactions", markdown };
  } finally {
    await app.stop();
    await emulator.close();
    await llm.close();
    await fixtures.cleanup();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const section = await run();
  process.stdout.write(`## ${section.title}\n\n${section.markdown}\n`);
}
