import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.js";
import { silentLogger } from "../../src/logger.js";
import { packageRoot } from "../../src/package-root.js";
import { assertPortFree, type RunningPlayground, runPlayground } from "../../src/playground/run.js";

describe("assertPortFree", () => {
  it("fails with EADDRINUSE when the port is taken, and passes once it is free", async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const { port } = holder.address() as { port: number };
    await expect(assertPortFree(port)).rejects.toMatchObject({ code: "EADDRINUSE" });
    await new Promise<void>((resolve) => holder.close(() => resolve()));
    await expect(assertPortFree(port)).resolves.toBeUndefined();
  });

  it("always passes for port 0 (any free port)", async () => {
    await expect(assertPortFree(0)).resolves.toBeUndefined();
  });
});

describe("runPlayground", () => {
  it("keeps its server and channel ids across a restart, so a subscription survives", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "newsdesk-restart-"));
    const seeds = path.join(dir, "seeds");
    mkdirSync(seeds);
    cpSync(path.join(packageRoot(), "seeds"), seeds, { recursive: true });
    const config = parseConfig({
      SEEDS_DIR: seeds,
      DATA_DIR: path.join(dir, "data"),
      PLAYGROUND_PORT: "0",
    });
    const digest = async (
      running: RunningPlayground,
      subcommand: string,
      options: Record<string, string> = {},
    ) => {
      const handle = await running.emulator.runCommand({ name: "digest", subcommand, options });
      await handle.waitFor((h) => {
        const original = h.original();
        return original !== undefined && !(original.flags & 128);
      }, 30_000);
      const message = handle.original()!;
      return [message.content, ...message.embeds.map((e) => e.description ?? "")].join("\n");
    };
    try {
      const first = await runPlayground(config, silentLogger);
      const channel = first.emulator.channel("news-digest")!.id;
      const ids = [first.emulator.guildId, first.emulator.applicationId, channel];
      try {
        await expect(
          digest(first, "subscribe", { channel, schedule: "daily 08:00" }),
        ).resolves.toMatch(/^Subscribed/);
      } finally {
        await first.stop();
      }
      const second = await runPlayground(config, silentLogger);
      try {
        expect([
          second.emulator.guildId,
          second.emulator.applicationId,
          second.emulator.channel("news-digest")!.id,
        ]).toEqual(ids);
        await expect(digest(second, "list")).resolves.toContain("Digest subscriptions** (1)");
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
