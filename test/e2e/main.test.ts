import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { type Emulator, startEmulator } from "../../src/emulator/index.js";
import { createSeedsDir, emulatorEnv, type Fixtures, repoRoot } from "./harness.js";

interface Child {
  process: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function spawnScript(script: string, env: Record<string, string>): Child {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, script)], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { process: child, output: () => output, exited };
}

describe("the entry point (node --import tsx src/main.ts)", () => {
  let emulator: Emulator;
  let fixtures: Fixtures;

  beforeAll(async () => {
    emulator = await startEmulator();
    fixtures = await createSeedsDir();
  });
  afterAll(async () => {
    await emulator?.close();
    await fixtures?.cleanup();
  });

  it("registers commands with deploy-commands, answers a command, and exits 0 on SIGTERM", {
    timeout: 120_000,
  }, async () => {
    const env = emulatorEnv(emulator, fixtures.dir, { LOG_LEVEL: "debug" });
    const deploy = spawnScript("src/deploy-commands.ts", env);
    expect(await deploy.exited).toBe(0);
    expect(deploy.output()).toContain(`Registered ${commands.length} commands in guild`);
    expect(emulator.commands(emulator.guildId)).toHaveLength(commands.length);

    const bot = spawnScript("src/main.ts", env);
    try {
      await emulator.waitForSession(60_000);
      const run = await emulator.runCommand({ name: "article", subcommand: "latest" });
      expect(await run.callback()).toMatchObject({ type: 4, ok: true });
      expect(run.original()?.allowed_mentions).toEqual({ parse: [] });
    } finally {
      bot.process.kill("SIGTERM");
    }
    expect(await bot.exited).toBe(0);
    expect(bot.output()).toContain('"msg":"bot ready"');
    expect(bot.output()).not.toContain(emulator.token);
  });
});
