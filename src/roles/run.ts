import type { IncomingMessage, ServerResponse } from "node:http";
import type { IIdentifyThrottler } from "discord.js";
import { commands as allCommands } from "../../commands/index.js";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Bot } from "../discord/bot.js";
import type { Command } from "../discord/command.js";
import { createDispatcher, type Dispatcher } from "../discord/dispatcher.js";
import { createInteractionsHandler } from "../http/interactions.js";
import { type HttpServer, type ReadinessCheck, startHttpServer } from "../http/server.js";
import type { Logger } from "../logger.js";
import { createMetrics, type Metrics } from "../metrics.js";
import { createServices, type Services, shutdownStep } from "../services.js";
import { type GatewayRole, startGateway } from "./gateway.js";
import { type RoleHandle, startWorker } from "./worker.js";

export type Role = Config["NEWSDESK_ROLE"];

export interface RunOptions {
  logger: Logger;
  clock: Clock;
  commands?: readonly Command[];
  /** Tests against the emulator skip the 5-second identify spacing. */
  identifyThrottler?: IIdentifyThrottler;
  /** Build the services (tests pass one sharing their store); default `createServices`. */
  services?: (config: Config, metrics: Metrics) => Promise<Services>;
  /** Shard lease lifetime (tests shorten it); default 30 s. */
  leaseTtlMs?: number;
  /** Delay before retrying the services when the store is unreachable at start; default 1 s, doubling to 30 s. */
  retryDelayMs?: number;
}

export interface Running {
  readonly role: Role;
  /** The HTTP server (interactions and/or ops), when this role runs one. */
  readonly http: HttpServer | null;
  readonly bot: Bot | null;
  readonly metrics: Metrics;
  /** Resolves once the services are built and every part is started. */
  readonly started: Promise<void>;
  services(): Services | null;
  dispatcher(): Dispatcher | null;
  /**
   * The drain: `/readyz` says 503 at once, the process keeps serving for DRAIN_MS, then stops
   * accepting and gives the work in flight SHUTDOWN_TIMEOUT_MS, then closes everything. Idempotent.
   */
  stop(): Promise<void>;
}

/** What each role runs: the gateway bot, the interactions endpoint, the worker. */
export function partsOf(role: Role, config: Config) {
  return {
    gateway: role === "gateway" || (role === "all" && config.DISCORD_TOKEN !== undefined),
    http: role === "http" || (role === "all" && config.DISCORD_PUBLIC_KEY !== undefined),
    worker: role === "worker" || role === "all",
  };
}

function instrumentRest(services: Services, metrics: Metrics): void {
  services.rest?.on("response", (request, response) => {
    metrics.discordRequests.inc({ method: request.method, status: String(response.status) });
  });
  services.rest?.on("rateLimited", (info) => {
    metrics.discordRateLimits.inc({ scope: info.global ? "global" : "route" });
  });
}

/**
 * Runs one role of Newsdesk in this process (`newsdesk serve --role`, `npm start`). The HTTP
 * server (interactions and ops endpoints) starts first, so `/healthz` answers and `/readyz` says
 * why while the services are still being built; a store that is unreachable at start is retried
 * with backoff instead of ending the process.
 */
export async function startRole(role: Role, config: Config, options: RunOptions): Promise<Running> {
  const { logger, clock } = options;
  const parts = partsOf(role, config);
  const metrics = createMetrics();
  let services: Services | null = null;
  let dispatcher: Dispatcher | null = null;
  let gateway: GatewayRole | null = null;
  let worker: RoleHandle | null = null;
  let startError: string | null = "starting: services not built yet";
  let stopped = false;
  let wakeUp: (() => void) | null = null;

  const readiness: ReadinessCheck[] = [
    async () => startError,
    async () => {
      if (!services) return null;
      if (services.store.redis && !services.store.redis.isReady) return "store: Redis unreachable";
      await services.store.namespace("health").get("probe");
      return null;
    },
    async () => gateway?.notReady() ?? null,
    async () => (services ? await services.jobs.check() : null),
  ];
  const handler = (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (!interactions) {
      response.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
      response.end("starting\n");
      return Promise.resolve();
    }
    return interactions(request, response);
  };
  let interactions: ReturnType<typeof createInteractionsHandler> | null = null;
  const opsPort = parts.http ? config.HTTP_PORT : config.METRICS_PORT;
  const http =
    opsPort === undefined
      ? null
      : await startHttpServer({
          host: config.HTTP_HOST,
          port: opsPort,
          logger,
          metrics,
          readiness,
          ...(parts.http ? { interactions: handler } : {}),
        });
  if (http) logger.info({ url: http.url, role }, "HTTP server listening");

  const build =
    options.services ??
    ((c: Config, m: Metrics) => createServices(c, { logger, clock, metrics: m }));
  const started = (async () => {
    let delay = options.retryDelayMs ?? 1_000;
    while (!services && !stopped) {
      try {
        services = await build(config, metrics);
      } catch (error) {
        startError = `store or corpus unavailable: ${(error as Error).message}`;
        logger.error({ err: error, retryInMs: delay }, "could not start the services; retrying");
        // The wait ends early when the process is asked to stop.
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wakeUp = null;
        delay = Math.min(delay * 2, 30_000);
      }
    }
    if (!services) return;
    instrumentRest(services, metrics);
    const queue = services.jobs;
    metrics.queues.watch(() => queue.stats());
    dispatcher = createDispatcher(options.commands ?? allCommands, services, { metrics });
    if (parts.http) {
      if (!config.DISCORD_PUBLIC_KEY) throw new Error("DISCORD_PUBLIC_KEY is not set.");
      if (!services.rest)
        throw new Error("DISCORD_TOKEN is not set: interactions cannot be finished over REST.");
      interactions = createInteractionsHandler({
        publicKey: config.DISCORD_PUBLIC_KEY,
        dispatcher,
        rest: services.rest,
        logger,
        clock,
        metrics,
      });
    }
    if (parts.gateway) {
      gateway = await startGateway({
        config,
        services,
        dispatcher,
        metrics,
        ...(options.identifyThrottler ? { identifyThrottler: options.identifyThrottler } : {}),
        ...(options.leaseTtlMs !== undefined ? { leaseTtlMs: options.leaseTtlMs } : {}),
      });
    }
    if (parts.worker) worker = await startWorker(services);
    startError = null;
    logger.info({ role, ...parts }, "started");
  })();
  started.catch((error: unknown) => {
    startError = `could not start: ${(error as Error).message}`;
    logger.error({ err: error }, "could not start");
  });

  let stopping: Promise<void> | null = null;
  return {
    role,
    http,
    get bot() {
      return gateway?.bot ?? null;
    },
    metrics,
    started,
    services: () => services,
    dispatcher: () => dispatcher,
    stop() {
      stopping ??= (async () => {
        stopped = true;
        wakeUp?.();
        // Load balancers see 503 and stop sending; Discord does not retry, so keep serving a while.
        http?.startDraining();
        if (config.DRAIN_MS > 0 && http) {
          logger.info({ drainMs: config.DRAIN_MS }, "draining");
          await new Promise((resolve) => setTimeout(resolve, config.DRAIN_MS));
        }
        await started.catch(() => undefined);
        const timeout = config.SHUTDOWN_TIMEOUT_MS;
        const current = dispatcher as Dispatcher | null;
        current?.close();
        await Promise.all([
          shutdownStep(logger, "stop accepting HTTP requests", async () => http?.close(timeout)),
          shutdownStep(logger, "stop the worker", async () =>
            (worker as RoleHandle | null)?.stop(),
          ),
          shutdownStep(logger, "finish the interactions in flight", async () => {
            await current?.drain(timeout);
            if (current && current.inFlight > 0) {
              logger.warn({ inFlight: current.inFlight }, "shutdown: interactions still running");
            }
          }),
        ]);
        await shutdownStep(logger, "disconnect from Discord", async () =>
          (gateway as GatewayRole | null)?.stop(),
        );
        await shutdownStep(logger, "close the services", async () =>
          (services as Services | null)?.close(),
        );
        logger.info({}, "stopped");
      })();
      return stopping;
    },
  };
}
