import { systemClock } from "../../src/clock.js";
import { type Config, parseConfig } from "../../src/config.js";
import { deployCommands } from "../../src/deploy-commands.js";
import {
  type Emulator,
  type EmulatorOptions,
  noWaitIdentifyThrottler,
  startEmulator,
} from "../../src/emulator/index.js";
import { createMemoryLogger, type LogRecord } from "../../src/logger.js";
import { type Role, type Running, type RunOptions, startRole } from "../../src/roles/run.js";
import { createSeedsDir, emulatorEnv, type Fixtures } from "../e2e/harness.js";

export interface RoleHarness {
  running: Running;
  config: Config;
  logs: LogRecord[];
}

/** Starts one role in this process against the emulator (HTTP on a free loopback port). */
export async function startRoleAgainst(
  emulator: Emulator,
  seedsDir: string,
  role: Role,
  env: Record<string, string> = {},
  run: Pick<RunOptions, "leaseTtlMs"> = {},
): Promise<RoleHarness> {
  const harness = await startRoleAgainstUnstarted(emulator, seedsDir, env, role, run);
  await harness.running.started;
  return harness;
}

/** Like `startRoleAgainst`, without waiting for the services (a store may be down). */
export async function startRoleAgainstUnstarted(
  emulator: Emulator,
  seedsDir: string,
  env: Record<string, string> = {},
  role: Role = "http",
  run: Pick<RunOptions, "leaseTtlMs"> = {},
): Promise<RoleHarness> {
  const config = parseConfig(
    emulatorEnv(emulator, seedsDir, {
      NEWSDESK_ROLE: role,
      DISCORD_PUBLIC_KEY: emulator.publicKey,
      HTTP_PORT: "0",
      DRAIN_MS: "0",
      SHUTDOWN_TIMEOUT_MS: "10000",
      ...env,
    }),
  );
  const logger = createMemoryLogger();
  const running = await startRole(role, config, {
    logger,
    clock: systemClock,
    identifyThrottler: noWaitIdentifyThrottler,
    retryDelayMs: 200,
    ...run,
  });
  return { running, config, logs: logger.records };
}

export interface TransportsHarness {
  emulator: Emulator;
  fixtures: Fixtures;
  gateway: RoleHarness;
  http: RoleHarness;
  /** Routes the next interactions over this transport (the emulator's endpoint URL switch). */
  use(transport: "gateway" | "http"): Promise<void>;
  close(): Promise<void>;
}

/** One emulator, a gateway role and an HTTP role: the endpoint URL decides which one answers. */
export async function startTransports(
  options: { emulator?: EmulatorOptions } = {},
): Promise<TransportsHarness> {
  const fixtures = await createSeedsDir(5);
  const emulator = await startEmulator(options.emulator ?? {});
  await deployCommands(parseConfig(emulatorEnv(emulator, fixtures.dir)));
  const gateway = await startRoleAgainst(emulator, fixtures.dir, "gateway");
  await emulator.waitForSession();
  const http = await startRoleAgainst(emulator, fixtures.dir, "http");
  const endpoint = `${http.running.http!.url}/interactions`;
  return {
    emulator,
    fixtures,
    gateway,
    http,
    async use(transport) {
      await emulator.setInteractionsEndpoint(transport === "http" ? endpoint : null);
    },
    async close() {
      await Promise.allSettled([gateway.running.stop(), http.running.stop()]);
      await emulator.close();
      await fixtures.cleanup();
    },
  };
}
