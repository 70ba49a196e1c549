/**
 * One Newsdesk role in its own Node process, for the multi-process tests: the configuration from
 * the environment (as `newsdesk serve --role` takes it) and the emulator's no-wait identify
 * throttler. Prints "READY <HTTP server URL>" once started (also when every shard it was given is
 * held elsewhere); SIGTERM stops it. TEST_LEASE_TTL_MS shortens the shard leases.
 */
import { createLogger } from "../../src/app.js";
import { systemClock } from "../../src/clock.js";
import { parseConfig } from "../../src/config.js";
import { noWaitIdentifyThrottler } from "../../src/emulator/index.js";
import { startRole } from "../../src/roles/run.js";

const config = parseConfig(process.env);
const logger = createLogger(config);
const leaseTtlMs = Number(process.env.TEST_LEASE_TTL_MS ?? "");
const running = await startRole(config.NEWSDESK_ROLE, config, {
  logger,
  clock: systemClock,
  identifyThrottler: noWaitIdentifyThrottler,
  retryDelayMs: 200,
  ...(leaseTtlMs > 0 ? { leaseTtlMs } : {}),
});
process.on("SIGTERM", () => {
  running.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
await running.started;
process.stdout.write(`READY ${running.http?.url ?? ""}\n`);
