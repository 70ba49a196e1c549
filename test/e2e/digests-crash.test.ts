import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseConfig } from "../../src/config.js";
import { deployCommands } from "../../src/deploy-commands.js";
import { type EmulatedMessage, type Emulator, startEmulator } from "../../src/emulator/index.js";
import { addSeedFiles, type BotProcess, startBotProcess } from "./digests-process.js";
import { createSeedsDir, emulatorEnv, type Fixtures } from "./harness.js";

let emulator: Emulator;
let fixtures: Fixtures;
let dataDir: string;
let env: Record<string, string>;
const bots: BotProcess[] = [];

beforeAll(async () => {
  fixtures = await createSeedsDir();
  dataDir = await mkdtemp(path.join(tmpdir(), "newsdesk-crash-"));
  emulator = await startEmulator();
  env = emulatorEnv(emulator, fixtures.dir, {
    KEYV_URL: `sqlite://${path.join(dataDir, "newsdesk.sqlite")}`,
    DATA_DIR: dataDir,
  });
  await deployCommands(parseConfig(env));
});

afterAll(async () => {
  for (const bot of bots) await bot.kill();
  await emulator?.close();
  await fixtures?.cleanup();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

function digestMessages(channelId: string): EmulatedMessage[] {
  return emulator.messages(channelId).filter((m) => !m.interaction_id && !m.deleted);
}

function urlsIn(messages: EmulatedMessage[]): string[] {
  return messages.flatMap((m) => m.embeds.map((e) => e.url ?? ""));
}

describe("digest delivery across a SIGKILL", () => {
  it("posts every article exactly once when the bot is killed between two messages of a digest", {
    timeout: 240_000,
  }, async () => {
    let bot = await startBotProcess(env);
    bots.push(bot);
    await emulator.waitForSession();
    const channelId = emulator.channelId("news-digest");
    // A yearly schedule: only send-now and the resumed delivery post here.
    const subscribe = await emulator.runCommand({
      name: "digest",
      subcommand: "subscribe",
      options: { channel: channelId, schedule: "0 0 1 1 *" },
    });
    await subscribe.waitFor((h) => h.original() !== undefined, 45_000);
    const id = /\(`([0-9a-f]{8})`\)/.exec(subscribe.original()!.content)?.[1];
    expect(id).toBeDefined();

    const urls = await addSeedFiles(fixtures.dir, "crash", 14); // 14 articles: two messages
    await vi.waitFor(
      async () => {
        const preview = await emulator.runCommand({
          name: "digest",
          subcommand: "preview",
          options: { subscription: id! },
        });
        await preview.waitFor((h) => (h.original()?.content ?? "").includes("digest"), 30_000);
        expect(preview.original()!.content).toContain("14 new articles");
      },
      { timeout: 60_000, interval: 300 },
    );

    // Hold the second message of the digest in the emulator, and kill the bot while it waits.
    const route = `/channels/${channelId}/messages`;
    let armed = false;
    emulator.on("message", (message, change) => {
      if (
        armed ||
        change !== "create" ||
        message.channel_id !== channelId ||
        message.interaction_id
      ) {
        return;
      }
      armed = true;
      emulator.faults.nextRest({ method: "POST", route }, { delayMs: 2_000 });
    });
    await emulator.runCommand({
      name: "digest",
      subcommand: "send-now",
      options: { subscription: id! },
    });
    const isDigestPost = (r: (typeof emulator.requests)[number]) =>
      r.method === "POST" && r.path === route;
    await vi.waitFor(
      () => {
        expect(emulator.requests.filter(isDigestPost)).toHaveLength(2);
        expect(emulator.requests.filter(isDigestPost)[1]?.status).toBe(0); // in flight
      },
      { timeout: 60_000, interval: 20 },
    );
    await bot.kill();
    expect(digestMessages(channelId)).toHaveLength(1);

    bot = await startBotProcess(env);
    bots.push(bot);
    await vi.waitFor(
      () => {
        expect(new Set(urlsIn(digestMessages(channelId)))).toEqual(new Set(urls));
        // The held request has been answered too (its message made or deduplicated).
        expect(emulator.requests.filter(isDigestPost).every((r) => r.status !== 0)).toBe(true);
      },
      { timeout: 60_000, interval: 100 },
    );
    const seen = urlsIn(digestMessages(channelId));
    expect(seen.sort()).toEqual([...urls].sort()); // each exactly once
    expect(digestMessages(channelId)).toHaveLength(2);
    await bot.stop();
  });
});
