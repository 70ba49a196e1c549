import "./native-regexps.js";
import { pathToFileURL } from "node:url";
import { createLogger } from "./app.js";
import { systemClock } from "./clock.js";
import { type Config, loadConfig } from "./config.js";
import type { Logger } from "./logger.js";
import { type Role, startRole } from "./roles/run.js";

/**
 * Entry point (`npm start`): validates the configuration once, then runs NEWSDESK_ROLE (default
 * `all`: the gateway bot and the worker, plus the HTTP interactions endpoint when
 * DISCORD_PUBLIC_KEY is set) when DISCORD_TOKEN or DISCORD_API_URL is set. SIGINT/SIGTERM stop taking interactions, finish those in
 * flight, close the store and exit 0. One failed request never takes the process down.
 */

/**
 * No Discord token: run the local playground (src/playground): the Discord emulator on loopback, the
 * bot's own client logged into it, and a Discord-like page on PLAYGROUND_PORT. Ctrl-C stops it all.
 */
export async function startWithoutToken(config: Config, logger: Logger): Promise<void> {
  const { runPlayground, playgroundBanner } = await import("./playground/run.js");
  let running: Awaited<ReturnType<typeof runPlayground>>;
  try {
    running = await runPlayground(config, logger);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(
      code === "EADDRINUSE"
        ? `Port ${config.PLAYGROUND_PORT} is taken: set PLAYGROUND_PORT to a free port.\n`
        : `The playground could not start: ${(error as Error).message}\n`,
    );
    process.exit(1);
  }
  process.stdout.write(playgroundBanner(running.url, config, running.demoFeedUrl));
  stopOnSignals(() => running.stop(), logger);
}

/** SIGINT/SIGTERM run `stop` once and exit 0 (1 if it fails); a second signal exits at once. */
export function stopOnSignals(stop: () => Promise<void>, logger: Logger): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      logger.warn({ signal }, "second signal: exiting now");
      process.exit(1);
    }
    signalled = true;
    logger.info({ signal }, "shutting down");
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}

/**
 * Runs one role until SIGINT/SIGTERM (`npm start`, `newsdesk serve --role`). A start that fails for
 * good (Discord refuses the token) exits 1; a store that is down at start is retried.
 */
export async function serve(config: Config, logger: Logger, role: Role): Promise<void> {
  const running = await startRole(role, config, { logger, clock: systemClock });
  stopOnSignals(() => running.stop(), logger);
  try {
    await running.started;
  } catch (error) {
    logger.error({ err: error }, "could not start");
    await running.stop().catch(() => undefined);
    process.exit(1);
  }
}

export async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  process.on("unhandledRejection", (reason) => {
    logger.error({ err: reason }, "unhandled rejection");
  });
  process.on("uncaughtException", (error) => {
    logger.error({ err: error }, "uncaught exception");
  });
  const role = config.NEWSDESK_ROLE;
  if (role === "all" && !config.DISCORD_TOKEN && !config.DISCORD_API_URL) {
    await startWithoutToken(config, logger);
    return;
  }
  if (!config.DISCORD_TOKEN) {
    process.stderr.write(
      "DISCORD_TOKEN is not set: set it (and DISCORD_API_URL only for a Discord-compatible server).\n",
    );
    process.exit(2);
  }
  await serve(config, logger, role);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await main();
}
