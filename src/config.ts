import { existsSync } from "node:fs";
import { z } from "zod";
import { QUOTE_ENGINES } from "./quotes/types.js";

/**
 * Every setting Newsdesk reads, parsed once from the environment. Nothing else reads `process.env`.
 * `.env.example` mirrors this schema key for key.
 */
const flag = z
  .enum(["0", "1", "true", "false", ""])
  .default("0")
  .transform((value) => value === "1" || value === "true");

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const snowflake = z.string().regex(/^\d{17,20}$/, "must be a Discord id (17 to 20 digits)");
const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

export const configSchema = z
  .object({
    DISCORD_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(20).optional()),
    DISCORD_APPLICATION_ID: z.preprocess(emptyAsUndefined, snowflake.optional()),
    DISCORD_GUILD_ID: z.preprocess(emptyAsUndefined, snowflake.optional()),
    DISCORD_API_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
    OPENAI_API_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
    OPENAI_BASE_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
    OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
    // The SDK's timeout bounds the wait for response headers; with one retry a server that never
    // answers costs a Discord user 2 × 12 s plus the SDK's backoff before the fallback (see from-config).
    OPENAI_TIMEOUT_MS: positiveInt(12_000),
    OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(1),
    SUMMARY_DEADLINE_MS: positiveInt(45_000),
    KEYV_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(
          /^(sqlite|redis|rediss|memory):\/\//,
          "must start with sqlite://, redis://, rediss:// or memory://",
        )
        .optional(),
    ),
    DATA_DIR: z.string().min(1).default("./data"),
    SEEDS_DIR: z.string().min(1).default("./seeds"),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
      .default("info"),
    LOG_FORMAT: z.enum(["auto", "json", "text"]).default("auto"),
    PLAYGROUND_PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    // The quote engine behind /quotes and the article view's quotes (ADR 0018).
    QUOTE_ENGINE: z.enum(QUOTE_ENGINES).default("rules"),
    // Threads that extract quotes, read fetched pages and write extractive summaries off the event
    // loop (0: on it), and how long one task may take before its thread is stopped (src/work).
    WORK_THREADS: z.coerce.number().int().min(0).max(64).default(1),
    WORK_TIMEOUT_MS: positiveInt(30_000),
    FETCH_ALLOW_PRIVATE: flag,
    LLM_USER_COOLDOWN_SECONDS: z.coerce.number().int().min(0).default(20),
    LLM_GUILD_HOURLY_BUDGET: z.coerce.number().int().min(0).default(60),
    DIGEST_RETRY_DELAY_MS: positiveInt(30_000),
    DIGEST_LOCK_TTL_MS: positiveInt(60_000),
    DIGEST_SETTLE_MS: positiveInt(2_000),
    // Hardening (issue 14): budgets, store timeouts, fetched pages and fetch rate limits.
    LLM_USER_HOURLY_SHARE: z.coerce.number().gt(0).max(1).default(0.25),
    STORE_TIMEOUT_MS: positiveInt(2_000),
    FETCHED_TTL_HOURS: positiveInt(72),
    FETCHED_MAX_PER_GUILD: positiveInt(200),
    FETCH_USER_PER_MINUTE: positiveInt(5),
    FETCH_GUILD_PER_MINUTE: positiveInt(20),
    // Many instances (issue 11): roles, HTTP interactions, ops endpoints, drain and gateway shards.
    NEWSDESK_ROLE: z.enum(["all", "gateway", "http", "worker"]).default("all"),
    DISCORD_PUBLIC_KEY: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^[0-9a-fA-F]{64}$/, "must be the application's public key (64 hex digits)")
        .optional(),
    ),
    HTTP_PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
    HTTP_HOST: z.string().min(1).default("127.0.0.1"),
    METRICS_PORT: z.preprocess(
      emptyAsUndefined,
      z.coerce.number().int().min(0).max(65_535).optional(),
    ),
    DRAIN_MS: z.coerce.number().int().min(0).default(5_000),
    SHUTDOWN_TIMEOUT_MS: positiveInt(30_000),
    DISCORD_SHARD_COUNT: z.preprocess(
      emptyAsUndefined,
      z.union([z.literal("auto"), z.coerce.number().int().positive()]).optional(),
    ),
    DISCORD_SHARD_IDS: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .transform((value, ctx) => {
          const ids = parseShardIds(value);
          if (ids === null) {
            ctx.addIssue({ code: "custom", message: 'must be shard ids like "0,1" or "0-3"' });
            return z.NEVER;
          }
          return ids;
        })
        .optional(),
    ),
    // Article index (issue 13).
    DATABASE_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(
          /^(postgres|postgresql|sqlite|memory):\/\//,
          "must start with postgres://, postgresql://, sqlite:// or memory://",
        )
        .optional(),
    ),
    ARTICLE_CACHE_MB: z.coerce.number().int().min(0).default(64),
    // Jobs (issue 12): the queue, its workers and Discord's global limit across processes.
    QUEUE_REDIS_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^rediss?:\/\//, "must start with redis:// or rediss://")
        .optional(),
    ),
    WORKER_CONCURRENCY: positiveInt(4),
    QUEUE_LOCK_MS: positiveInt(15_000),
    QUEUE_STALLED_CHECK_MS: positiveInt(10_000),
    DISCORD_GLOBAL_RPS: positiveInt(45),
    // Feeds (issue 15): polling, limits and failures.
    FEED_DEFAULT_INTERVAL_MINUTES: z.coerce.number().int().min(1).default(15),
    FEED_MIN_INTERVAL_MINUTES: z.coerce.number().int().min(1).default(5),
    FEED_MAX_FAILURES: positiveInt(8),
    FEED_MAX_ITEMS: z.coerce.number().int().min(1).max(1000).default(100),
    FEED_MAX_BYTES: positiveInt(2 * 1024 * 1024),
    FEED_POLL_TICK_MS: positiveInt(30_000),
    FEED_POLL_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(4),
    FEED_ALLOW_ORIGINS: z.preprocess(emptyAsUndefined, z.string().optional()),
  })
  .superRefine((config, ctx) => {
    const { DISCORD_SHARD_COUNT: count, DISCORD_SHARD_IDS: ids } = config;
    if (ids && count === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["DISCORD_SHARD_IDS"],
        message: "needs DISCORD_SHARD_COUNT",
      });
    }
    if (ids && count === "auto") {
      ctx.addIssue({
        code: "custom",
        path: ["DISCORD_SHARD_COUNT"],
        message: "auto cannot be combined with DISCORD_SHARD_IDS: give the number of shards",
      });
    }
    if (ids && typeof count === "number" && ids.some((id) => id >= count)) {
      ctx.addIssue({
        code: "custom",
        path: ["DISCORD_SHARD_IDS"],
        message: `every id must be below DISCORD_SHARD_COUNT (${count})`,
      });
    }
    if (config.NEWSDESK_ROLE === "http" && !config.DISCORD_PUBLIC_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["DISCORD_PUBLIC_KEY"],
        message:
          "is required for NEWSDESK_ROLE=http (the interactions endpoint verifies signatures)",
      });
    }
  });

/** "0,1", "0-3" or "0-1,4": the shard ids, sorted and unique; null when malformed. */
export function parseShardIds(value: string): number[] | null {
  const ids = new Set<number>();
  for (const part of value.split(",")) {
    const match = /^\s*(\d{1,4})\s*(?:-\s*(\d{1,4})\s*)?$/.exec(part);
    if (!match) return null;
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (to < from) return null;
    for (let id = from; id <= to; id++) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
}

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override readonly name = "ConfigError" as const;
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** Parses the environment; throws a ConfigError listing every problem at once, by variable name. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`),
    );
  }
  return result.data;
}

/**
 * For entry points: parse `process.env` (after loading `./.env` when there is one; variables already
 * set win), or print every problem and exit with status 2.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  if (env === process.env && existsSync(".env")) process.loadEnvFile(".env");
  try {
    return parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every setting.\n`);
      process.exit(2);
    }
    throw error;
  }
}

/**
 * The Redis the job queue uses: QUEUE_REDIS_URL, else KEYV_URL when that is Redis; null means the
 * in-process queue (one process, no Redis).
 */
export function queueRedisUrl(config: Pick<Config, "QUEUE_REDIS_URL" | "KEYV_URL">): string | null {
  if (config.QUEUE_REDIS_URL) return config.QUEUE_REDIS_URL;
  if (config.KEYV_URL && /^rediss?:\/\//.test(config.KEYV_URL)) return config.KEYV_URL;
  return null;
}

/** True when an LLM endpoint is configured: a key, or a base URL (local servers often need none). */
export function hasLlm(config: Config): boolean {
  return Boolean(config.OPENAI_API_KEY || config.OPENAI_BASE_URL);
}
