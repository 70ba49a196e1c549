import type { IIdentifyThrottler } from "discord.js";
import { pino } from "pino";
import { commands as allCommands } from "../commands/index.js";
import { formatLogRecord } from "./cli/log.js";
import { type Clock, systemClock } from "./clock.js";
import type { Config } from "./config.js";
import { type Bot, createBot, shutdownDrainMs } from "./discord/bot.js";
import type { Command } from "./discord/command.js";
import type { DigestRuntime } from "./discord/digest-runtime.js";
import { createDispatcher, type Dispatcher } from "./discord/dispatcher.js";
import { type Logger, REDACTED_PATHS } from "./logger.js";
import { startJobWorkers } from "./roles/worker.js";
import { createServices, type Services, shutdownStep } from "./services.js";

/**
 * The process logger, secrets redacted: structured JSON lines for log collectors, or — on a
 * terminal (`LOG_FORMAT=auto`, the default) or with `LOG_FORMAT=text` — one readable line per
 * record, "12:00:01 info: message key=value", with untrusted text escaped.
 */
export function createLogger(
  config: Pick<Config, "LOG_LEVEL"> & Partial<Pick<Config, "LOG_FORMAT">>,
  stream: { write(text: string): unknown; isTTY?: boolean } = process.stdout,
): Logger & pino.Logger {
  const format = config.LOG_FORMAT ?? "auto";
  const text = format === "text" || (format === "auto" && stream.isTTY === true);
  const options = {
    level: config.LOG_LEVEL,
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    base: { service: "newsdesk" },
  };
  if (!text) {
    return stream === process.stdout
      ? pino(options)
      : pino(options, { write: (line: string) => stream.write(line) });
  }
  return pino(options, {
    write(line: string) {
      const time = new Date().toISOString().slice(11, 19);
      stream.write(`${time} ${formatLogRecord(line)}\n`);
    },
  });
}

export interface AppOptions {
  logger?: Logger;
  clock?: Clock;
  /** Default: the static list in commands/index.ts. */
  commands?: readonly Command[];
  /** Tests against the emulator pass `noWaitIdentifyThrottler`. */
  identifyThrottler?: IIdentifyThrottler;
  /** Keep the seeds folder watched for changes (default true). */
  watch?: boolean;
  /** Services built by the caller (the app then closes them on stop); default: built here. */
  services?: Services;
}

export interface App {
  /** Every shared service (src/services.ts); also what commands receive as deps. */
  readonly deps: Services;
  readonly dispatcher: Dispatcher;
  /** The Discord side (connected by `start()`). */
  readonly bot: Bot;
  /** The digest service and its scheduler (started by `start()`, stopped by `stop()`). */
  readonly digests: DigestRuntime;
  /** Takes jobs in this process (the worker role; `start()` runs it in the all-in-one). */
  startWorker(): Promise<void>;
  /** Connects to Discord and resolves once ready. */
  start(): Promise<void>;
  /**
   * Stops taking interactions first, then cancels the digests being composed while the
   * interactions in flight finish (bounded by the summary deadline), disconnects, and closes the
   * corpus, the fetcher and the store. Every step runs even if one before it failed (failures are
   * logged). Idempotent.
   */
  stop(): Promise<void>;
}

/**
 * The all-in-one bot (`npm start`, the playground): the services from the composition root, the
 * gateway client answering interactions, and the digest scheduler.
 */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config);
  const clock = options.clock ?? systemClock;
  const services =
    options.services ??
    (await createServices(config, {
      logger,
      clock,
      ...(options.watch !== undefined ? { watch: options.watch } : {}),
    }));
  const digests = services.digestRuntime;
  const dispatcher = createDispatcher(options.commands ?? allCommands, services);
  const drainTimeoutMs = shutdownDrainMs(config);
  const bot = createBot({
    config,
    logger,
    dispatcher,
    drainTimeoutMs,
    ...(options.identifyThrottler ? { identifyThrottler: options.identifyThrottler } : {}),
  });
  let stopping: Promise<void> | null = null;
  let worker: Promise<void> | null = null;
  const runWorker = () => {
    worker ??= startJobWorkers(services, { concurrency: config.WORKER_CONCURRENCY });
    return worker;
  };
  return {
    deps: services,
    startWorker: runWorker,
    dispatcher,
    bot,
    digests,
    async start() {
      if (!config.DISCORD_TOKEN) {
        throw new Error("DISCORD_TOKEN is not set: the bot cannot log in to Discord.");
      }
      await bot.start();
      await runWorker();
      digests.start();
      services.feeds.start();
    },
    stop() {
      stopping ??= (async () => {
        // No new interaction starts while the rest shuts down.
        dispatcher.close();
        // Digests cancel their summaries; interactions in flight are given time to finish
        // (the summary deadline plus a margin). Both before the client goes: they post with it.
        await Promise.all([
          shutdownStep(logger, "stop the digests", () => digests.stop()),
          shutdownStep(logger, "finish the interactions in flight", async () => {
            await dispatcher.drain(drainTimeoutMs);
            if (dispatcher.inFlight > 0) {
              logger.warn(
                { inFlight: dispatcher.inFlight },
                "shutdown: interactions still running",
              );
            }
          }),
        ]);
        await shutdownStep(logger, "disconnect from Discord", () => bot.disconnect());
        await services.close();
        logger.info({}, "stopped");
      })();
      return stopping;
    },
  };
}
