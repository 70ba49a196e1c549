/**
 * One role of Newsdesk in its own process, as `newsdesk serve --role <NEWSDESK_ROLE>` runs it (the
 * same `startRole`), configured from the environment. Prints "READY <HTTP url or ->" once every
 * part has started; SIGTERM drains and stops it.
 */
import { createLogger } from "../../src/app.js";
import { systemClock } from "../../src/clock.js";
import { parseConfig } from "../../src/config.js";
import { startRole } from "../../src/roles/run.js";

const config = parseConfig(process.env);
const logger = createLogger(config);
const running = await startRole(config.NEWSDESK_ROLE, config, { logger, clock: systemClock });
process.on("SIGTERM", () => {
  running.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
await running.started;
process.stdout.write(`READY ${running.http?.url ?? "-"}\n`);
