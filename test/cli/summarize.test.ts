import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCliContext } from "../../src/cli/context.js";
import { registerSummarizeCommand } from "../../src/cli/summarize.js";
import { parseConfig } from "../../src/config.js";
import { isUserError } from "../../src/errors.js";
import { createMemoryLogger } from "../../src/logger.js";
import { captureOutput } from "../support/cli.js";
import {
  answerJson,
  type OpenAiTestServer,
  startOpenAiTestServer,
} from "../support/openai-server.js";
import { freePort } from "../support/redis.js";

const SEED = fileURLToPath(new URL("../../seeds/000_9575b9c55e492da0.txt", import.meta.url));
const SEED_ID = "000_9575b9c55e492da0";

let dir: string;
let seeds: string;
let server: OpenAiTestServer;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "newsdesk-summarize-"));
  seeds = path.join(dir, "seeds");
  mkdirSync(seeds);
  copyFileSync(SEED, path.join(seeds, path.basename(SEED)));
  server = await startOpenAiTestServer();
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function runSummarize(args: string[], env: Record<string, string> = {}) {
  const { stdout, stderr, printed } = captureOutput();
  const ctx = createCliContext({
    config: parseConfig({ SEEDS_DIR: seeds, DATA_DIR: path.join(dir, "data"), ...env }),
    stdout,
    stderr,
    logger: createMemoryLogger(),
  });
  const program = new Command().option("--seeds <dir>").option("--json").exitOverride();
  program.configureOutput({
    writeErr: (text) => stderr.write(text),
    writeOut: (t) => stdout.write(t),
  });
  registerSummarizeCommand(program, ctx);
  let error: unknown = null;
  try {
    await program.parseAsync(["node", "newsdesk", "summarize", ...args]);
  } catch (e) {
    error = e;
  }
  return { out: printed.out, err: printed.err, error };
}

describe("registerSummarizeCommand", () => {
  it("summarizes with the extractive engine when no LLM is configured, and says so", async () => {
    const { out, err, error } = await runSummarize([SEED_ID, "--json"], { KEYV_URL: "memory://" });
    expect(error).toBeNull();
    expect(err).toMatch(/no LLM configured.*extractive/);
    const json = JSON.parse(out);
    expect(json).toMatchObject({
      article: { id: SEED_ID, url: expect.stringContaining("sputnikglobe.com") },
      engine: "extractive",
      model: null,
      cached: false,
      usage: null,
      note: null,
    });
    expect(json.summary).toMatch(/Lavrov/);
    expect(json.keyPoints.length).toBeLessThanOrEqual(3);
  });

  it("prints the summary it computed and warns when the store cannot be reached", async () => {
    const port = await freePort(); // nothing listens there
    const { out, err, error } = await runSummarize([SEED_ID, "--json"], {
      KEYV_URL: `redis://127.0.0.1:${port}`,
    });
    expect(error).toBeNull();
    expect(err).toMatch(/warning: the store \(redis:\/\/127\.0\.0\.1:\d+\/?\) could not be opened/);
    expect(JSON.parse(out).summary).toMatch(/Lavrov/);
  });

  it("refuses --engine llm without an LLM, with a clear UserError", async () => {
    const { error } = await runSummarize([SEED_ID, "--engine", "llm"], { KEYV_URL: "memory://" });
    expect(isUserError(error)).toBe(true);
    expect(String(error)).toMatch(/OPENAI_API_KEY/);
  });

  it("rejects an unknown length", async () => {
    const { error, err } = await runSummarize([SEED_ID, "--length", "huge"]);
    expect(error).not.toBeNull();
    expect(err).toMatch(/short, medium, long/);
  });

  it("uses the configured LLM and answers the repeat from the SQLite cache", async () => {
    server.requests.length = 0;
    server.script(() => ({
      content: answerJson({
        summary: "Lavrov met Choe Son Hui in Moscow.",
        keyPoints: ["Putin is invited."],
      }),
      usage: { prompt_tokens: 500, completion_tokens: 30 },
    }));
    const env = { OPENAI_BASE_URL: server.baseURL, OPENAI_MODEL: "local-model" };
    const first = await runSummarize([SEED_ID, "--json", "--length", "medium"], env);
    expect(first.error).toBeNull();
    expect(JSON.parse(first.out)).toEqual({
      article: { id: SEED_ID, url: expect.any(String) },
      engine: "llm",
      model: "local-model",
      summary: "Lavrov met Choe Son Hui in Moscow.",
      keyPoints: ["Putin is invited."],
      cached: false,
      usage: { promptTokens: 500, completionTokens: 30 },
      note: null,
    });
    const second = await runSummarize([SEED_ID, "--json", "--length", "medium"], env);
    expect(JSON.parse(second.out).cached).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it("prints text with bullets and says which engine wrote it", async () => {
    const { out, error } = await runSummarize(
      [SEED_ID, "--format", "bullets", "--engine", "extractive"],
      { KEYV_URL: "memory://" },
    );
    expect(error).toBeNull();
    expect(out).toMatch(/^- /m);
    expect(out).toMatch(/Extractive summary\.\n$/);
  });
});
