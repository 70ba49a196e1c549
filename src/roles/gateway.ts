import type { IIdentifyThrottler } from "discord.js";
import type { Config } from "../config.js";
import { type Bot, createBot } from "../discord/bot.js";
import type { Dispatcher } from "../discord/dispatcher.js";
import { createShardLeases, type ShardLeases } from "../discord/shard-leases.js";
import type { Metrics } from "../metrics.js";
import type { Services } from "../services.js";
import { createRedisLockManager } from "../store/lock.js";

export interface GatewayRole {
  /** The bot, or null when every shard of this process is held elsewhere. */
  readonly bot: Bot | null;
  /** Null when the shards are connected and ready, else why not (for `/readyz`). */
  notReady(): string | null;
  stop(): Promise<void>;
}

/** The shard ids this process should connect, from DISCORD_SHARD_COUNT / DISCORD_SHARD_IDS. */
export function configuredShards(
  config: Pick<Config, "DISCORD_SHARD_COUNT" | "DISCORD_SHARD_IDS">,
): { ids: number[]; count: number } | "auto" | null {
  const count = config.DISCORD_SHARD_COUNT;
  if (count === undefined) return null;
  if (count === "auto") return "auto";
  return { ids: config.DISCORD_SHARD_IDS ?? Array.from({ length: count }, (_, i) => i), count };
}

/**
 * The gateway role: with an explicit shard layout and Redis, first takes a lease on each shard id
 * (src/discord/shard-leases.ts), connects only the shards it holds, and disconnects a shard whose
 * lease it loses (the others stay connected). Without Redis (one process) or with `auto`, it connects what it is told.
 */
export async function startGateway(input: {
  config: Config;
  services: Services;
  dispatcher: Dispatcher;
  metrics: Metrics;
  identifyThrottler?: IIdentifyThrottler;
  leaseTtlMs?: number;
}): Promise<GatewayRole> {
  const { config, services, metrics } = input;
  const { logger } = services;
  const layout = configuredShards(config);
  let leases: ShardLeases | null = null;
  let ids = layout === null || layout === "auto" ? null : layout.ids;
  let problem: string | null = null;
  if (layout !== null && layout !== "auto" && services.store.redis) {
    leases = createShardLeases({
      locks: createRedisLockManager(services.store.redis),
      applicationId: config.DISCORD_APPLICATION_ID ?? "app",
      shardCount: layout.count,
      logger,
      ...(input.leaseTtlMs !== undefined ? { ttlMs: input.leaseTtlMs } : {}),
    });
    const claimed = await leases.claim(layout.ids);
    ids = claimed.held;
    if (claimed.refused.length > 0) {
      problem = `gateway: shard ${claimed.refused.join(", ")} is held by another process`;
    }
    if (claimed.held.length === 0) {
      logger.error(
        { refused: claimed.refused },
        "every shard of this process is held elsewhere: not connecting",
      );
      return {
        bot: null,
        notReady: () => problem,
        stop: async () => undefined,
      };
    }
  }
  const bot = createBot({
    config,
    logger,
    dispatcher: input.dispatcher,
    ...(services.rest ? { rest: services.rest } : {}),
    ...(input.identifyThrottler ? { identifyThrottler: input.identifyThrottler } : {}),
    ...(layout === "auto"
      ? { shards: { ids: "auto" as const } }
      : layout !== null && ids !== null
        ? { shards: { ids, count: layout.count } }
        : {}),
    onShardStatus: (shard, ready) =>
      metrics.shardStatus.set({ shard: String(shard) }, ready ? 1 : 0),
  });
  await bot.start();
  const lost: number[] = [];
  leases?.start((shardId) => {
    lost.push(shardId);
    problem = `gateway: lost the lease of shard ${lost.join(", ")}; disconnected it`;
    metrics.shardStatus.set({ shard: String(shardId) }, 0);
    // Only that shard goes (src/discord/shard-strategy.ts): the others keep their sessions, and
    // the process that takes the lease over connects it afresh.
    bot.dropShard(shardId, "lost the shard lease").then(
      (dropped) => {
        if (!dropped) logger.warn({ shardId }, "the shard whose lease was lost was not running");
      },
      (error: unknown) => logger.warn({ err: error, shardId }, "could not disconnect the shard"),
    );
  });
  return {
    bot,
    notReady: () => problem ?? bot.notReady(),
    async stop() {
      await bot.disconnect();
      await leases?.release();
    },
  };
}
