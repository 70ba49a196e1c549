import { createServer } from "node:net";
import { createApp } from "../app.js";
import { type Config, hasLlm } from "../config.js";
import { deployCommands } from "../deploy-commands.js";
import { type Emulator, startEmulator } from "../emulator/index.js";
import type { Logger } from "../logger.js";
import { addDemoArticles } from "./demo.js";
import { type DemoFeedServer, startDemoFeedServer } from "./demo-feed.js";
import { loadPlaygroundIds } from "./ids.js";
import { demoDir } from "./paths.js";
import { type Playground, startPlayground } from "./server.js";

/** The playground server's text channels. */
const CHANNELS = ["general", "news-digest"] as const;

export interface RunningPlayground {
  readonly url: string;
  /** The loopback demo feed server's RSS feed, for `/feed add url:`. */
  readonly demoFeedUrl: string;
  readonly emulator: Emulator;
  stop(): Promise<void>;
}

/**
 * `npm start` without DISCORD_TOKEN: the project's Discord emulator on loopback, the bot's own
 * unmodified discord.js client logged into it (the same code path as production, with
 * DISCORD_API_URL pointed at the emulator), and the web page that shows the channel. The corpus holds
 * the seeds and the fictional demo newsroom (`demo/`).
 */
export async function runPlayground(config: Config, logger: Logger): Promise<RunningPlayground> {
  // A taken port is the likeliest failure: say it before anything else starts and logs.
  await assertPortFree(config.PLAYGROUND_PORT);
  const ids = await loadPlaygroundIds(config.DATA_DIR, CHANNELS, logger);
  const emulator = await startEmulator({
    host: "127.0.0.1",
    botName: "Newsdesk",
    applicationId: ids.applicationId,
    guild: {
      id: ids.guildId,
      name: "Newsdesk playground",
      channels: CHANNELS.map((name) => ({ id: ids.channels[name]!, name })),
    },
    user: { id: ids.userId, username: "you", globalName: "You" },
    logger,
  });
  let playground: Playground | undefined;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let demoFeeds: DemoFeedServer | undefined;
  try {
    demoFeeds = await startDemoFeedServer();
    const botConfig: Config = {
      ...config,
      DISCORD_TOKEN: emulator.token,
      DISCORD_API_URL: emulator.apiUrl,
      DISCORD_APPLICATION_ID: emulator.applicationId,
      DISCORD_GUILD_ID: emulator.guildId,
      // The demo feed server, and only it, is exempt from the public-address rule.
      FEED_ALLOW_ORIGINS: demoFeeds.origin,
    };
    await deployCommands(botConfig);
    app = await createApp(botConfig, { logger });
    // The fictional demo newsroom beside the seeds, so paging, search and digests have material.
    await addDemoArticles(app.deps.corpus, demoDir(), logger);
    await app.start();
    playground = await startPlayground({ emulator, port: config.PLAYGROUND_PORT, logger });
  } catch (error) {
    await app?.stop().catch(() => undefined);
    await demoFeeds?.close();
    await emulator.close();
    throw error;
  }
  const started = { app, playground, demoFeeds };
  return {
    url: started.playground.url,
    demoFeedUrl: started.demoFeeds.rssUrl,
    emulator,
    stop: async () => {
      await started.playground.close();
      await started.app.stop();
      await started.demoFeeds.close();
      await emulator.close();
    },
  };
}

/**
 * Fails with the listen error (EADDRINUSE, EACCES) when `port` cannot be bound on loopback; port 0
 * (any free port) always passes. The port is released at once: the page's server binds it later.
 */
export async function assertPortFree(port: number, host = "127.0.0.1"): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** The one banner `npm start` prints in playground mode. */
export function playgroundBanner(url: string, config: Config, demoFeedUrl?: string): string {
  const summaries = hasLlm(config)
    ? `Summaries: ${config.OPENAI_MODEL} via ${config.OPENAI_BASE_URL ?? "OpenAI"}.`
    : "Summaries are extractive until OPENAI_API_KEY (or OPENAI_BASE_URL) is set.";
  return [
    "",
    "  Newsdesk playground (no DISCORD_TOKEN set)",
    `  Open ${url} to use the bot in a Discord-like channel.`,
    "  Articles: your seeds plus the fictional demo newsroom in demo/ (never loaded with a token).",
    `  ${summaries}`,
    ...(demoFeedUrl ? [`  Try feeds offline: /feed add url:${demoFeedUrl}`] : []),
    "  To connect to Discord instead: set DISCORD_TOKEN and DISCORD_APPLICATION_ID (see README),",
    "  run `npm run deploy-commands`, then `npm start`. Ctrl-C stops everything.",
    "",
  ].join("\n");
}
