import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseConfig } from "../../src/config.js";
import { deployCommands } from "../../src/deploy-commands.js";
import { type Emulator, startEmulator } from "../../src/emulator/index.js";
import { MAX_BODY_BYTES } from "../../src/http/interactions.js";
import { createSeedsDir, emulatorEnv, type Fixtures } from "../e2e/harness.js";
import { freePort } from "../support/redis.js";
import { type RoleHarness, startRoleAgainst, startRoleAgainstUnstarted } from "./harness.js";

describe("createInteractionsHandler (POST /interactions)", () => {
  let emulator: Emulator;
  let fixtures: Fixtures;
  let h: RoleHarness;
  let url: string;

  beforeAll(async () => {
    fixtures = await createSeedsDir();
    emulator = await startEmulator();
    await deployCommands(parseConfig(emulatorEnv(emulator, fixtures.dir)));
    h = await startRoleAgainst(emulator, fixtures.dir, "http");
    url = h.running.http!.url;
  }, 60_000);
  afterAll(async () => {
    await h?.running.stop();
    await emulator?.close();
    await fixtures?.cleanup();
  });

  const post = (body: string, headers: Record<string, string>) =>
    fetch(`${url}/interactions`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    });
  const signed = (body: string, atMs?: number) => {
    const { signature, timestamp } = emulator.signRequest(body, atMs);
    return post(body, { "x-signature-ed25519": signature, "x-signature-timestamp": timestamp });
  };
  const rejected = async (reason: string) => {
    const text = await h.running.metrics.registry.metrics();
    const match = new RegExp(
      `newsdesk_interaction_rejected_total\\{reason="${reason}"\\} (\\d+)`,
    ).exec(text);
    return Number(match?.[1] ?? 0);
  };
  const ping = JSON.stringify({
    id: "1",
    application_id: "2",
    type: 1,
    token: "t",
    version: 1,
  });

  it("answers a signed PING with PONG", async () => {
    const response = await signed(ping);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ type: 1 });
  });

  it("passes Discord's endpoint check (PING, then a bad signature refused)", async () => {
    await expect(emulator.setInteractionsEndpoint(`${url}/interactions`)).resolves.toBeUndefined();
    await emulator.setInteractionsEndpoint(null);
  });

  it("refuses a request without signature headers with 401, and counts it", async () => {
    const before = await rejected("missing-headers");
    const response = await post(ping, {});
    expect(response.status).toBe(401);
    expect(await rejected("missing-headers")).toBe(before + 1);
  });

  it("refuses a signature over another body, and a malformed signature, with 401", async () => {
    const { signature, timestamp } = emulator.signRequest(ping);
    const tampered = ping.replace('"type":1', '"type":2');
    const bad = await post(tampered, {
      "x-signature-ed25519": signature,
      "x-signature-timestamp": timestamp,
    });
    expect(bad.status).toBe(401);
    const malformed = await post(ping, {
      "x-signature-ed25519": "zz",
      "x-signature-timestamp": timestamp,
    });
    expect(malformed.status).toBe(401);
    expect(await rejected("bad-signature")).toBeGreaterThan(0);
    expect(await rejected("malformed-signature")).toBeGreaterThan(0);
  });

  it("refuses a correctly signed request whose timestamp is more than 5 minutes off (replay)", async () => {
    const old = await signed(ping, Date.now() - 6 * 60_000);
    expect(old.status).toBe(401);
    const future = await signed(ping, Date.now() + 6 * 60_000);
    expect(future.status).toBe(401);
    expect(await rejected("stale")).toBe(2);
    const recent = await signed(ping, Date.now() - 4 * 60_000);
    expect(recent.status).toBe(200);
  });

  it("refuses a body over 1 MB with 413 before reading it whole", async () => {
    const big = `{"type":1,"pad":"${"x".repeat(MAX_BODY_BYTES)}"}`;
    const response = await signed(big);
    expect(response.status).toBe(413);
    expect(await rejected("too-large")).toBe(1);
  });

  it("answers 400 to signed malformed JSON and to an unknown interaction type", async () => {
    expect((await signed("{not json")).status).toBe(400);
    const unknown = JSON.stringify({
      id: "2",
      application_id: "3",
      token: "t",
      type: 99,
      version: 1,
    });
    expect((await signed(unknown)).status).toBe(400);
    expect(await rejected("malformed")).toBe(1);
    expect(await rejected("unknown-type")).toBe(1);
  });

  it("keeps answering after all of that", async () => {
    await emulator.setInteractionsEndpoint(`${url}/interactions`);
    const run = await emulator.runCommand({ name: "article", subcommand: "latest" });
    expect(await run.callback()).toMatchObject({ type: 4, ok: true });
  });
});

describe("the ops endpoints (startHttpServer)", () => {
  let emulator: Emulator;
  let fixtures: Fixtures;
  let h: RoleHarness;

  beforeAll(async () => {
    fixtures = await createSeedsDir();
    emulator = await startEmulator();
    h = await startRoleAgainst(emulator, fixtures.dir, "http");
  }, 60_000);
  afterAll(async () => {
    await h?.running.stop();
    await emulator?.close();
    await fixtures?.cleanup();
  });

  it("says alive on /healthz and ready on /readyz", async () => {
    const health = await fetch(`${h.running.http!.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${h.running.http!.url}/readyz`);
    expect([ready.status, await ready.text()]).toEqual([200, "ready\n"]);
  });

  it("serves /metrics as Prometheus text with every metric declared", async () => {
    const response = await fetch(`${h.running.http!.url}/metrics`);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    const declared = [...text.matchAll(/^# TYPE (\S+) (counter|gauge|histogram|summary)$/gm)].map(
      (m) => m[1],
    );
    expect(declared).toEqual(
      expect.arrayContaining([
        "newsdesk_interaction_duration_seconds",
        "newsdesk_interaction_rejected_total",
        "newsdesk_llm_calls_total",
        "newsdesk_llm_fallbacks_total",
        "newsdesk_cache_lookups_total",
        "newsdesk_discord_requests_total",
        "newsdesk_discord_rate_limits_total",
        "newsdesk_digest_deliveries_total",
        "newsdesk_shard_ready",
        "newsdesk_nodejs_eventloop_lag_seconds",
      ]),
    );
    // Every sample line is `name{labels} value` with a number (Go's ParseFloat takes any case of NaN).
    for (const line of text.split("\n").filter((l) => l && !l.startsWith("#"))) {
      expect(line).toMatch(
        /^[a-zA-Z_:][\w:]*(\{[^}]*\})? -?(\d+(\.\d+)?(e[+-]?\d+)?|NaN|\+Inf|-Inf)$/i,
      );
    }
  });

  it("answers 404 to an unknown path and 405 to a GET on /interactions", async () => {
    expect((await fetch(`${h.running.http!.url}/nope`)).status).toBe(404);
    expect((await fetch(`${h.running.http!.url}/interactions`)).status).toBe(405);
  });
});

describe("startRole with the store unreachable at start", () => {
  it("answers /healthz, says why on /readyz, keeps retrying, and stops at once", {
    timeout: 60_000,
  }, async () => {
    const fixtures = await createSeedsDir();
    const emulator = await startEmulator();
    const port = await freePort();
    const h = await startRoleAgainstUnstarted(emulator, fixtures.dir, {
      KEYV_URL: `redis://127.0.0.1:${port}`,
    });
    try {
      const url = h.running.http!.url;
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      await vi.waitFor(
        async () => {
          const ready = await fetch(`${url}/readyz`);
          expect(ready.status).toBe(503);
          expect(await ready.text()).toContain("store or corpus unavailable");
        },
        { timeout: 30_000, interval: 200 },
      );
      const signed = emulator.signRequest('{"type":1}');
      const early = await fetch(`${url}/interactions`, {
        method: "POST",
        headers: {
          "x-signature-ed25519": signed.signature,
          "x-signature-timestamp": signed.timestamp,
        },
        body: '{"type":1}',
      });
      expect(early.status).toBe(503);
    } finally {
      await h.running.stop();
      await emulator.close();
      await fixtures.cleanup();
    }
  });
});
