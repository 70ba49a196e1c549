/**
 * A worker process for the multi-process job tests: the real composition root (createApp) with its
 * configuration from the environment, taking jobs with no gateway session (as
 * `newsdesk serve --role worker` does). Prints "READY" once it takes jobs; SIGTERM stops it.
 */
import { createApp, createLogger } from "../../src/app.js";
import { parseConfig } from "../../src/config.js";

const config = parseConfig(process.env);
const logger = createLogger(config);
const app = await createApp(config, { logger, watch: false });
if (config.DISCORD_TOKEN) app.bot.client.rest.setToken(config.DISCORD_TOKEN);
await app.startWorker();

process.on("SIGTERM", () => {
  app.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
process.stdout.write("READY\n");
