import {
  type APIInteraction,
  Client,
  Events,
  GatewayDispatchEvents,
  GatewayIntentBits,
  type IIdentifyThrottler,
  Status,
} from "discord.js";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { restOptions } from "../services.js";
import type { Dispatcher } from "./dispatcher.js";
import { ACK_DEADLINE_MS, createInteraction } from "./interaction.js";
import { NO_MENTIONS } from "./render.js";
import { DroppableShardingStrategy } from "./shard-strategy.js";
import { INTERACTION_BUDGET_MS } from "./summarize-flow.js";
import {
  createInteractionWebhooks,
  createRestInitialResponder,
  type InteractionRest,
} from "./webhooks.js";

/** Time, past the longest summary, for the last edits of an interaction to reach Discord. */
export const DRAIN_MARGIN_MS = 5_000;

/**
 * How long shutdown waits for the interactions in flight: the longest one is a summary, bounded by
 * SUMMARY_DEADLINE_MS (and by the interaction's own budget), plus a margin for its final edit.
 */
export function shutdownDrainMs(config: Pick<Config, "SUMMARY_DEADLINE_MS">): number {
  return Math.min(config.SUMMARY_DEADLINE_MS, INTERACTION_BUDGET_MS) + DRAIN_MARGIN_MS;
}

export interface BotOptions {
  config: Config;
  logger: Logger;
  dispatcher: Dispatcher;
  /** Answers interactions (callbacks, edits, follow-ups); default the client's own REST. */
  rest?: InteractionRest;
  /** Tests against the emulator skip the 5-second identify spacing. */
  identifyThrottler?: IIdentifyThrottler;
  /** How long `stop()` waits for the interactions in flight; default `shutdownDrainMs(config)`. */
  drainTimeoutMs?: number;
  /** Shards this process connects and the total (DISCORD_SHARD_IDS / DISCORD_SHARD_COUNT). */
  shards?: { ids: readonly number[] | "auto"; count?: number };
  /** Called with each shard's readiness (for the shard status metric). */
  onShardStatus?: (shardId: number, ready: boolean) => void;
  /** When a silent handler is deferred for it; default ACK_DEADLINE_MS (2 s). */
  ackDeadlineMs?: number;
}

export interface Bot {
  readonly client: Client;
  /** Logs in and resolves once the client is ready. */
  start(): Promise<void>;
  /** Stops taking interactions, waits for those in flight (bounded), disconnects. */
  stop(): Promise<void>;
  /** Disconnects at once (the app drains the dispatcher itself, alongside the digests). */
  disconnect(): Promise<void>;
  /** Null when every shard is connected and ready, else why not (for `/readyz`). */
  notReady(): string | null;
  /** Closes one shard for good and keeps the others (only with `shards`); false when it is not running. */
  dropShard(shardId: number, reason: string): Promise<boolean>;
}

/** The discord.js client: only the Guilds intent, no mentions anywhere, interactions to the dispatcher. */
export function createBot(options: BotOptions): Bot {
  const { config, logger, dispatcher } = options;
  // With a shard layout, each shard runs on its own so that one can be dropped (a lost lease).
  let strategy: DroppableShardingStrategy | null = null;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { ...NO_MENTIONS },
    rest: restOptions(config),
    ws: {
      ...(options.identifyThrottler
        ? { buildIdentifyThrottler: () => options.identifyThrottler! }
        : {}),
      ...(options.shards
        ? {
            buildStrategy: (manager: ConstructorParameters<typeof DroppableShardingStrategy>[0]) =>
              (strategy = new DroppableShardingStrategy(manager)),
          }
        : {}),
    },
    // Never from the SHARD_COUNT/SHARDS variables discord.js would read itself.
    ...(options.shards
      ? {
          shards: options.shards.ids,
          ...(options.shards.count !== undefined ? { shardCount: options.shards.count } : {}),
        }
      : {}),
  });
  const status = options.onShardStatus;
  client.on(Events.ShardReady, (shardId) => status?.(shardId, true));
  client.on(Events.ShardResume, (shardId) => status?.(shardId, true));
  client.on(Events.ShardDisconnect, (_event, shardId) => status?.(shardId, false));
  client.on(Events.ShardReconnecting, (shardId) => status?.(shardId, false));

  // Interactions are taken raw, as the HTTP transport takes them, and answered over REST: the
  // commands see the transport-neutral interaction, never discord.js's classes.
  const rest = options.rest ?? client.rest;
  client.ws.on(GatewayDispatchEvents.InteractionCreate, (raw: APIInteraction) => {
    const interaction = createInteraction(raw, {
      transport: "gateway",
      initial: createRestInitialResponder(rest, raw.id, raw.token),
      webhooks: createInteractionWebhooks(rest, raw.application_id, raw.token),
    });
    if (!interaction) return;
    // As over HTTP: a handler still silent near the end of Discord's 3-second window (a slow store,
    // a slow REST look-up) is deferred for it, so the person gets an answer rather than "The
    // application did not respond"; its reply then becomes the edit of the deferred message.
    const timer = setTimeout(() => {
      interaction.acknowledgeIfSilent().catch((error: unknown) => {
        logger.warn({ err: error, interactionId: raw.id }, "could not defer an interaction");
      });
    }, options.ackDeadlineMs ?? ACK_DEADLINE_MS);
    void dispatcher.handle(interaction).finally(() => clearTimeout(timer));
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, "discord client error"));
  client.on(Events.Warn, (message) => logger.warn({ message }, "discord client warning"));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ shardId, code: event.code }, "gateway disconnected"),
  );
  client.on(Events.ShardResume, (shardId, replayed) =>
    logger.info({ shardId, replayed }, "gateway resumed"),
  );
  client.on(Events.ShardReconnecting, (shardId) =>
    logger.info({ shardId }, "gateway reconnecting"),
  );
  client.rest.on("rateLimited", (info) =>
    logger.warn(
      { route: info.route, retryAfter: info.retryAfter, global: info.global },
      "rate limited by Discord",
    ),
  );

  return {
    client,
    async start() {
      const ready = new Promise<void>((resolve) =>
        client.once(Events.ClientReady, () => resolve()),
      );
      await client.login(config.DISCORD_TOKEN);
      await ready;
      logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, "bot ready");
    },
    async stop() {
      dispatcher.close();
      try {
        await dispatcher.drain(options.drainTimeoutMs ?? shutdownDrainMs(config));
        if (dispatcher.inFlight > 0) {
          logger.warn({ inFlight: dispatcher.inFlight }, "shutdown: interactions still running");
        }
      } finally {
        await client.destroy();
      }
    },
    async disconnect() {
      await client.destroy();
    },
    async dropShard(shardId, reason) {
      return (await strategy?.drop(shardId, reason)) ?? false;
    },
    notReady() {
      if (!client.isReady()) return "gateway: not connected yet";
      const dropped = new Set(strategy?.dropped ?? []);
      const down = [...client.ws.shards.values()].filter(
        (shard) => shard.status !== Status.Ready && !dropped.has(shard.id),
      );
      return down.length === 0
        ? null
        : `gateway: shard ${down.map((shard) => shard.id).join(", ")} not ready`;
    },
  };
}
