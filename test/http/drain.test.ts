import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseConfig } from "../../src/config.js";
import { deployCommands } from "../../src/deploy-commands.js";
import { type Emulator, startEmulator } from "../../src/emulator/index.js";
import { createSeedsDir, emulatorEnv, type Fixtures } from "../e2e/harness.js";
import {
  answerJson,
  type OpenAiTestServer,
  startOpenAiTestServer,
} from "../support/openai-server.js";
import { type RoleHarness, startRoleAgainst } from "./harness.js";

describe("Running.stop (the drain on SIGTERM)", () => {
  let emulator: Emulator;
  let fixtures: Fixtures;
  let llm: OpenAiTestServer;
  let h: RoleHarness;

  beforeAll(async () => {
    fixtures = await createSeedsDir();
    emulator = await startEmulator();
    llm = await startOpenAiTestServer();
    await deployCommands(parseConfig(emulatorEnv(emulator, fixtures.dir)));
    h = await startRoleAgainst(emulator, fixtures.dir, "http", {
      OPENAI_BASE_URL: llm.baseURL,
      OPENAI_API_KEY: "test",
      OPENAI_MODEL: "test-model",
      OPENAI_MAX_RETRIES: "0",
      DRAIN_MS: "3000",
      SHUTDOWN_TIMEOUT_MS: "20000",
    });
    await emulator.setInteractionsEndpoint(`${h.running.http!.url}/interactions`);
  }, 60_000);
  afterAll(async () => {
    await h?.running.stop();
    await llm?.close();
    await emulator?.close();
    await fixtures?.cleanup();
  });

  it("turns /readyz to 503 at once, keeps answering while draining, and finishes the work in flight", {
    timeout: 60_000,
  }, async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    llm.script(async () => {
      await gate;
      return { content: answerJson({ summary: "The summary that finished during the drain." }) };
    });
    const summary = await emulator.runCommand({
      name: "summarize",
      options: { url: fixtures.longId },
    });
    expect(await summary.callback()).toMatchObject({ type: 5, ok: true });
    await vi.waitFor(() => expect(llm.requests.length).toBeGreaterThan(0), { timeout: 20_000 });

    const url = h.running.http!.url;
    const stopping = h.running.stop();
    const ready = await fetch(`${url}/readyz`);
    expect([ready.status, await ready.text()]).toEqual([
      503,
      "not ready: draining: shutting down\n",
    ]);

    const during = await emulator.runCommand({ name: "article", subcommand: "latest" });
    expect(await during.callback()).toMatchObject({ type: 4, ok: true });

    release();
    await stopping;
    await summary.waitFor((r) => ((r.original()?.flags ?? 128) & 128) === 0, 20_000);
    expect(JSON.stringify(summary.original()?.embeds)).toContain("finished during the drain");
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    const metrics = await h.running.metrics.registry.metrics();
    expect(metrics).toContain('newsdesk_llm_calls_total{outcome="ok"} 1');
    expect(metrics).toContain('newsdesk_cache_lookups_total{cache="summaries",result="miss"} 1');
    expect(metrics).toMatch(/newsdesk_llm_tokens_total\{kind="prompt"\} \d+/);
  });
});
