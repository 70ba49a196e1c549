/**
 * A bot process for the digest tests that need real processes (SIGKILL, two instances): the real
 * composition root (createApp), configured like the bot (parseConfig) with digest timings short
 * enough for a test unless the environment sets them. `DIGESTS_ONLY=1`
 * runs the scheduler without a gateway session (the emulator holds one session at a time), as a
 * second instance sharing the store. Prints "READY" once started.
 */
import { createApp, createLogger } from "../../src/app.js";
import { parseConfig } from "../../src/config.js";
import { noWaitIdentifyThrottler } from "../../src/emulator/index.js";

const env = process.env;
const config = parseConfig({
  DIGEST_TICK_MS: "200",
  DIGEST_RETRY_DELAY_MS: "500",
  DIGEST_LOCK_TTL_MS: "10000",
  DIGEST_SETTLE_MS: "1000",
  ...env,
});
const logger = createLogger(config);

const app = await createApp(config, { logger, identifyThrottler: noWaitIdentifyThrottler });
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
