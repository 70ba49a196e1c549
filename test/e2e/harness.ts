import { copyFile, cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type App, createApp } from "../../src/app.js";
import type { Clock } from "../../src/clock.js";
import { type Config, parseConfig } from "../../src/config.js";
import { deployCommands } from "../../src/deploy-commands.js";
import {
  type EmulatedMessage,
  type Emulator,
  type EmulatorOptions,
  type InteractionHandle,
  noWaitIdentifyThrottler,
  startEmulator,
} from "../../src/emulator/index.js";
import { createMemoryLogger, type LogRecord } from "../../src/logger.js";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const REAL_SEED = "000_9575b9c55e492da0.txt";

const WORDS = (
  "bridge river council budget traffic morning harbour engineers steel concrete workers " +
  "residents noise schedule delay contract tender mayor inspection safety lanes cyclists " +
  "ferry tunnel winter spring summer autumn weekend night shift crane barge survey report"
).split(" ");

/** Deterministic filler words (an LCG), so no two paragraphs look alike to the cleaner. */
function fillerSentence(seed: number, words: number): string {
  let state = seed * 7919 + 17;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out.push(WORDS[state % WORDS.length]!);
  }
  const sentence = out.join(" ");
  return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
}

/** Discord's LOADING message flag: a deferred reply still "thinking". */
const LOADING = 128;

/**
 * The bot's answer to an interaction, however it came: the reply, the edit of its deferred reply
 * (a handler slower than the acknowledgement deadline, as on a loaded machine), or the first
 * follow-up (an ephemeral answer after a public deferral, whose placeholder is deleted).
 */
export async function answerOf(
  run: InteractionHandle,
  timeoutMs = 30_000,
): Promise<EmulatedMessage> {
  const answer = (x: InteractionHandle) => {
    const original = x.original();
    if (original && ((original.flags ?? 0) & LOADING) === 0) return original;
    return x.followups()[0];
  };
  await run.waitFor((x) => answer(x) !== undefined, timeoutMs);
  return answer(run)!;
}

/** A long article with quotes from three speakers: several embed pages. */
export function longArticleBody(): string {
  const paragraphs: string[] = [];
  const speakers = [
    ["Jane Doe", "the mayor of Springfield"],
    ["John Smith", "a spokesman for the city council"],
    ["Maria Lopez", "the head of the transport authority"],
  ] as const;
  for (let i = 0; i < 60; i++) {
    const [name, title] = speakers[i % speakers.length]!;
    paragraphs.push(
      `${fillerSentence(i, 18)} "${fillerSentence(i + 1000, 12)}" said ${name}, ${title}. ${fillerSentence(i + 2000, 15)}`,
    );
  }
  return paragraphs.join("\n");
}

/** An article whose text tries to ping everyone and a role. */
export const PINGING_BODY = [
  "@everyone the council met on Monday and <@&123> was told to attend.",
  '"This is a test of the mention rules," said Alex Grey, the clerk. Read [the minutes](https://evil.example) and # shout.',
].join("\n");

export interface Fixtures {
  dir: string;
  longId: string;
  pingId: string;
  realId: string;
  cleanup(): Promise<void>;
}

/** A temporary seeds folder: the real seed, a long article, a pinging one, and `extra` fillers. */
export async function createSeedsDir(extra = 0, copyFrom?: string): Promise<Fixtures> {
  const dir = await mkdtemp(path.join(tmpdir(), "newsdesk-seeds-"));
  // Seed files of another folder too (the demo newsroom for briefings).
  if (copyFrom) await cp(copyFrom, dir, { recursive: true, filter: (f) => !f.endsWith(".json") });
  await copyFile(path.join(repoRoot, "seeds", REAL_SEED), path.join(dir, REAL_SEED));
  await writeFile(
    path.join(dir, "long-bridge.txt"),
    ` date 2024-02-01 https://www.example.com/news/long-bridge-report\n${longArticleBody()}\n`,
  );
  await writeFile(
    path.join(dir, "ping-test.txt"),
    ` date 2024-01-20 https://news.example.org/council/ping-test\n${PINGING_BODY}\n`,
  );
  for (let i = 0; i < extra; i++) {
    await writeFile(
      path.join(dir, `filler-${String(i).padStart(2, "0")}.txt`),
      ` date 2023-12-${String((i % 28) + 1).padStart(2, "0")} https://filler.example.net/story-${i}\nStory number ${i} about the council budget and the harbour. The council said the harbour would reopen.\n`,
    );
  }
  return {
    dir,
    longId: "long-bridge",
    pingId: "ping-test",
    realId: REAL_SEED.replace(/\.txt$/, ""),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The configuration that points the bot at the emulator. */
export function emulatorEnv(
  emulator: Emulator,
  seedsDir: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    DISCORD_API_URL: emulator.apiUrl,
    DISCORD_TOKEN: emulator.token,
    DISCORD_APPLICATION_ID: emulator.applicationId,
    DISCORD_GUILD_ID: emulator.guildId,
    SEEDS_DIR: seedsDir,
    KEYV_URL: "memory://",
    LOG_LEVEL: "silent",
    ...extra,
  };
}

export interface Harness {
  emulator: Emulator;
  app: App;
  config: Config;
  fixtures: Fixtures;
  logs: LogRecord[];
  close(): Promise<void>;
}

/** Starts the emulator and the bot in-process (src/app.ts), registers the commands, waits for READY. */
export async function startHarness(
  options: {
    env?: Record<string, string>;
    emulator?: EmulatorOptions;
    extraArticles?: number;
    /** A folder whose seed files are added (e.g. `demo/`). */
    seedsFrom?: string;
    clock?: Clock;
  } = {},
): Promise<Harness> {
  const fixtures = await createSeedsDir(options.extraArticles ?? 0, options.seedsFrom);
  const emulator = await startEmulator(options.emulator ?? {});
  const config = parseConfig(emulatorEnv(emulator, fixtures.dir, options.env));
  const logger = createMemoryLogger();
  await deployCommands(config);
  const app = await createApp(config, {
    logger,
    identifyThrottler: noWaitIdentifyThrottler,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  await app.start();
  await emulator.waitForSession();
  return {
    emulator,
    app,
    config,
    fixtures,
    logs: logger.records,
    async close() {
      await app.stop();
      await emulator.close();
      await fixtures.cleanup();
    },
  };
}
