/**
 * A bot process for the digest tests that need real processes (SIGKILL, two instances): the real
 * composition root (createApp) with the digest timings from the environment. `DIGESTS_ONLY=1`
 * runs the scheduler without a gateway session (the emulator holds one session at a time), as a
 * second instance sharing the store. Prints "READY" once started.
 */
import { createApp, createLogger } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { noWaitIdentifyThrottler } from "../../src/emulator/index.js";

const env = process.env;
const config = loadConfig(env);
const logger = createLogger(config);
const ms = (name: string, fallback: number) => Number(env[name] ?? fallback);

const app = await createApp(config, {
  logger,
  identifyThrottler: noWaitIdentifyThrottler,
  digests: {
    tickMs: ms("DIGEST_TICK_MS", 200),
    retryDelayMs: ms("DIGEST_RETRY_DELAY_MS", 500),
    lockTtlMs: ms("DIGEST_LOCK_TTL_MS", 10_000),
    settleMs: ms("DIGEST_SETTLE_MS", 1_000),
  },
});
if (env.DIGESTS_ONLY === "1") {
  app.bot.client.rest.setToken(config.DISCORD_TOKEN!);
  app.digests.start();
} else {
  await app.start();
}
process.on("SIGTERM", () => {
  app.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
process.stdout.write("READY\n");
