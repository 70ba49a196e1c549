import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { parseConfig } from "../../src/config.js";
import { deployCommands } from "../../src/deploy-commands.js";
import type { Command } from "../../src/discord/command.js";
import { renderMessage } from "../../src/discord/render.js";
import { type Emulator, noWaitIdentifyThrottler, startEmulator } from "../../src/emulator/index.js";
import { createMemoryLogger } from "../../src/logger.js";
import { createSeedsDir, emulatorEnv, type Fixtures } from "./harness.js";

/** A command whose handler stays silent until the test lets it answer (a hung store, a slow look-up). */
function createSlowCommand(): { command: Command; release(): void } {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const command: Command = {
    data: { name: "slow", description: "Answers when the test says so" },
    async execute(interaction) {
      await released;
      await interaction.reply(renderMessage({ content: "done at last" }));
    },
  };
  return { command, release };
}

describe("the gateway transport", () => {
  let emulator: Emulator;
  let fixtures: Fixtures;
  let app: App;
  const slow = createSlowCommand();

  beforeAll(async () => {
    fixtures = await createSeedsDir();
    emulator = await startEmulator({});
    const config = parseConfig(emulatorEnv(emulator, fixtures.dir));
    await deployCommands(config, [slow.command]);
    app = await createApp(config, {
      logger: createMemoryLogger(),
      identifyThrottler: noWaitIdentifyThrottler,
      commands: [slow.command],
    });
    await app.start();
    await emulator.waitForSession();
  });
  afterAll(async () => {
    slow.release();
    await app?.stop();
    await emulator?.close();
    await fixtures?.cleanup();
  });

  it("defers a handler that stays silent, then turns its late reply into the edit", async () => {
    const run = await emulator.runCommand({ name: "slow" });
    // Nothing answered: the transport defers for the handler within Discord's 3-second window.
    const first = await run.callback(10_000);
    expect(first).toMatchObject({ type: 5, ok: true });
    slow.release();
    await run.waitFor((handle) => handle.original()?.content === "done at last", 10_000);
    expect(run.callbacks).toHaveLength(1);
  });
});
