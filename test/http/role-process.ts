/**
 * One Newsdesk role in its own Node process, for the multi-process tests: the configuration from
 * the environment (as `newsdesk serve --role` takes it) and the emulator's no-wait identify
 * throttler. Prints "READY <HTTP server URL>" once started (also when every shard it was given is
 * held elsewhere); SIGTERM, or the end of its standard input, stops it. TEST_LEASE_TTL_MS shortens
 * the shard leases.
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
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  // A stop that hangs must not leave a process behind the test run.
  setTimeout(() => process.exit(1), 20_000).unref();
  running.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on("SIGTERM", stop);
// The test process holds our standard input: when it ends (the run finished, timed out or was
// killed before it could send SIGTERM), this process stops too.
process.stdin.on("end", stop);
process.stdin.resume();
await running.started;
process.stdout.write(`READY ${running.http?.url ?? ""}\n`);
