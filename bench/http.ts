/**
 * HTTP interactions (issue 11): how many signed interactions per second 1 and 3 replicas sustain
 * with p99 acknowledgement ≤ 100 ms, the cost of one signature check, and `/article latest` over
 * HTTP against the gateway at 100/s.
 *
 * Replicas are separate processes (`node --import tsx src/main.ts`, NEWSDESK_ROLE=http), driven with
 * signed `/article latest` interactions spread round-robin by the client; the acknowledgement is the
 * HTTP reply (type 4), so no REST call is on the path. The offered rate doubles until p99 passes
 * 100 ms or a request fails. `node --import tsx bench/http.ts`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { generateKeyPairSync, sign } from "node:crypto";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { Agent, request } from "undici";
import type { Emulator } from "../src/emulator/index.js";
import { checkSignature, publicKeyFromHex } from "../src/http/signature.js";
import { createSeedsDir, repoRoot } from "../test/e2e/harness.js";
import { startTransports } from "../test/http/harness.js";
import { freePort } from "../test/support/redis.js";
import type { BenchSection } from "./types.js";

const TARGET_P99_MS = 100;
const STEP_SECONDS = 2;
const RATES = [10, 25, 50, 100, 200, 400, 800, 1600, 3200];

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

const keys = generateKeyPairSync("ed25519");
const der = keys.publicKey.export({ format: "der", type: "spki" });
const publicKeyHex = der.subarray(der.length - 32).toString("hex");

function signedInteraction(i: number): { body: string; headers: Record<string, string> } {
  const body = JSON.stringify({
    id: String(1_300_000_000_000_000_000n + BigInt(i)),
    application_id: "1200000000000000000",
    type: 2,
    token: `bench-${i}`,
    version: 1,
    guild_id: "1100000000000000000",
    channel: { id: "1000000000000000000", type: 0 },
    member: { user: { id: "900000000000000000", username: "bench" }, permissions: "8" },
    locale: "en-US",
    data: { id: "1", type: 1, name: "article", options: [{ type: 1, name: "latest" }] },
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + body), keys.privateKey).toString("hex");
  return {
    body,
    headers: {
      "content-type": "application/json",
      "x-signature-ed25519": signature,
      "x-signature-timestamp": timestamp,
    },
  };
}

interface Replica {
  url: string;
  child: ChildProcess;
}

async function startReplica(seedsDir: string): Promise<Replica> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "src/main.ts")], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? "",
      NEWSDESK_ROLE: "http",
      DISCORD_PUBLIC_KEY: publicKeyHex,
      DISCORD_TOKEN: "bench-token-that-is-long-enough",
      DISCORD_API_URL: "http://127.0.0.1:9/api",
      HTTP_PORT: String(port),
      SEEDS_DIR: seedsDir,
      KEYV_URL: "memory://",
      LOG_LEVEL: "silent",
      DRAIN_MS: "0",
    },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error("a replica did not become ready in 30 s");
}

interface Step {
  rate: number;
  done: number;
  failed: number;
  p50: number;
  p99: number;
  perSecond: number;
}

/** Offers `rate`/s for STEP_SECONDS, round-robin over the replicas; latency = send → HTTP reply. */
async function offer(urls: string[], rate: number, agent: Agent, offset: number): Promise<Step> {
  const count = rate * STEP_SECONDS;
  const latencies: number[] = [];
  let failed = 0;
  const pending: Promise<void>[] = [];
  const began = performance.now();
  for (let i = 0; i < count; i++) {
    const due = began + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const { body, headers } = signedInteraction(offset + i);
    const start = performance.now();
    pending.push(
      request(`${urls[i % urls.length]}/interactions`, {
        method: "POST",
        headers,
        body,
        dispatcher: agent,
      }).then(
        async (response) => {
          const text = await response.body.text();
          if (response.statusCode === 200 && text.includes('"type":4')) {
            latencies.push(performance.now() - start);
          } else failed++;
        },
        () => {
          failed++;
        },
      ),
    );
  }
  await Promise.all(pending);
  const elapsed = performance.now() - began;
  latencies.sort((a, b) => a - b);
  return {
    rate,
    done: latencies.length,
    failed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    perSecond: (latencies.length / elapsed) * 1000,
  };
}

/** The highest offered rate whose p99 stays within the target with nothing failed. */
async function sustained(urls: string[]): Promise<{ best: Step | null; steps: Step[] }> {
  const agent = new Agent({ connections: 64, pipelining: 1 });
  const steps: Step[] = [];
  let best: Step | null = null;
  let offset = 0;
  try {
    offset += 1_000_000;
    await offer(urls, 10, agent, offset); // warm-up
    for (const rate of RATES) {
      offset += 1_000_000;
      const step = await offer(urls, rate, agent, offset);
      steps.push(step);
      if (step.failed > 0 || step.p99 > TARGET_P99_MS) break;
      best = step;
    }
  } finally {
    await agent.close();
  }
  return { best, steps };
}

function signatureCost(): { verifyUs: number; parseUs: number } {
  const key = publicKeyFromHex(publicKeyHex);
  const samples = Array.from({ length: 200 }, (_, i) => signedInteraction(i));
  const n = 5_000;
  let t = performance.now();
  for (let i = 0; i < n; i++) {
    const s = samples[i % samples.length]!;
    checkSignature(key, {
      signature: s.headers["x-signature-ed25519"],
      timestamp: s.headers["x-signature-timestamp"],
      body: Buffer.from(s.body),
      nowMs: Date.now(),
    });
  }
  const verifyUs = ((performance.now() - t) / n) * 1000;
  t = performance.now();
  for (let i = 0; i < n; i++) JSON.parse(samples[i % samples.length]!.body);
  const parseUs = ((performance.now() - t) / n) * 1000;
  return { verifyUs, parseUs };
}

/** `/article latest` at 100/s through the emulator: gateway against HTTP, same process. */
async function compareTransports(): Promise<Record<"gateway" | "http", Step>> {
  const h = await startTransports();
  // Latency from the emulator's own events (one listener each), as bench/discord.ts measures.
  const drive = async (emulator: Emulator, count: number): Promise<Step> => {
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    let failed = 0;
    let done!: () => void;
    const all = new Promise<void>((resolve) => {
      done = resolve;
    });
    const onInteraction = (handle: { id: string }) => sentAt.set(handle.id, performance.now());
    const onCallback = (handle: { id: string }, callback: { ok: boolean }) => {
      const start = sentAt.get(handle.id);
      if (start === undefined) return;
      sentAt.delete(handle.id);
      if (callback.ok) latencies.push(performance.now() - start);
      else failed++;
      if (latencies.length + failed === count) done();
    };
    emulator.on("interaction", onInteraction);
    emulator.on("interaction-callback", onCallback);
    const began = performance.now();
    for (let i = 0; i < count; i++) {
      const wait = began + i * 10 - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      void emulator.runCommand({ name: "article", subcommand: "latest" }).catch(() => {
        failed++;
      });
    }
    await Promise.race([all, new Promise((resolve) => setTimeout(resolve, 30_000))]);
    const elapsed = performance.now() - began;
    emulator.off("interaction", onInteraction);
    emulator.off("interaction-callback", onCallback);
    latencies.sort((a, b) => a - b);
    return {
      rate: 100,
      done: latencies.length,
      failed: failed + sentAt.size,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      perSecond: (latencies.length / elapsed) * 1000,
    };
  };
  try {
    const out = {} as Record<"gateway" | "http", Step>;
    for (const transport of ["gateway", "http"] as const) {
      await h.use(transport);
      await drive(h.emulator, 50);
      out[transport] = await drive(h.emulator, 300);
    }
    return out;
  } finally {
    await h.close();
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

export async function run(): Promise<BenchSection> {
  const fixtures = await createSeedsDir(20);
  const { verifyUs, parseUs } = signatureCost();
  const replicas: Replica[] = [];
  let one: Awaited<ReturnType<typeof sustained>>;
  let three: Awaited<ReturnType<typeof sustained>>;
  try {
    for (let i = 0; i < 3; i++) replicas.push(await startReplica(fixtures.dir));
    one = await sustained([replicas[0]!.url]);
    three = await sustained(replicas.map((r) => r.url));
  } finally {
    for (const replica of replicas) replica.child.kill("SIGTERM");
  }
  const transports = await compareTransports();
  await fixtures.cleanup();

  const stepRow = (label: string, s: Step) =>
    `| ${label} | ${s.rate}/s | ${s.perSecond.toFixed(0)}/s | ${ms(s.p50)} | ${ms(s.p99)} | ${s.failed} |`;
  const bestOf = (r: typeof one) => r.best?.perSecond ?? 0;
  const ratio = bestOf(one) > 0 ? bestOf(three) / bestOf(one) : Number.NaN;
  const markdown = [
    `Signed \`/article latest\` interactions (answered in the HTTP reply, type 4) sent round-robin to replicas running as separate processes; the offered rate doubles every ${STEP_SECONDS} s until p99 > ${TARGET_P99_MS} ms or a request fails. Latency: request sent → HTTP reply received.`,
    "",
    `Machine: ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)} at the end (the driver, its signing and the replicas share these cores).`,
    "",
    "| replicas | sustained (p99 ≤ 100 ms, 0 failed) | scaling |",
    "|---|---|---|",
    `| 1 | ${bestOf(one).toFixed(0)}/s | 1.00× |`,
    `| 3 | ${bestOf(three).toFixed(0)}/s | ${ratio.toFixed(2)}× |`,
    "",
    "| run | offered | answered | p50 | p99 | failed |",
    "|---|---|---|---|---|---|",
    ...one.steps.map((s) => stepRow("1 replica", s)),
    ...three.steps.map((s) => stepRow("3 replicas", s)),
    "",
    `What bounds the scaling here: ${cpus().length} cores shared by the driver (which signs every request) and the replicas; past ${cpus().length} busy processes, more replicas add context switches, not CPU. On separate machines the replicas share nothing but Redis.`,
    "",
    `Signature check (Ed25519, node:crypto, ~500-byte body): ${verifyUs.toFixed(1)} µs per request; JSON.parse of the same body: ${parseUs.toFixed(1)} µs (${(verifyUs / parseUs).toFixed(0)}× the parse).`,
    "",
    "`/article latest` at 100/s through the emulator (one process; latency = interaction sent → initial response recorded):",
    "",
    "| transport | answered/s | p50 | p99 | p99 vs gateway | failed |",
    "|---|---|---|---|---|---|",
    `| gateway (REST callback) | ${transports.gateway.perSecond.toFixed(0)}/s | ${ms(transports.gateway.p50)} | ${ms(transports.gateway.p99)} | 1.00× | ${transports.gateway.failed} |`,
    `| HTTP (reply in the response) | ${transports.http.perSecond.toFixed(0)}/s | ${ms(transports.http.p50)} | ${ms(transports.http.p99)} | ${(transports.http.p99 / transports.gateway.p99).toFixed(2)}× | ${transports.http.failed} |`,
    "",
    "`node --import tsx bench/http.ts`",
  ].join("\n");
  return { title: "HTTP interactions and replicas", markdown };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const section = await run();
  process.stdout.write(`## ${section.title}\n\n${section.markdown}\n`);
}
