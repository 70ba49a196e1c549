import { mkdirSync } from "node:fs";
import path from "node:path";
import KeyvRedis, { createClient } from "@keyv/redis";
import Keyv from "keyv";
import type { Logger } from "../logger.js";
import { boundKeyValue, boundQuotaStore } from "./failures.js";
import type { KeyValue } from "./key-value.js";
import { createMemoryQuotaStore, createRedisQuotaStore, type QuotaStore } from "./quota.js";
import { openSqliteStore } from "./sqlite-store.js";

export type { KeyValue } from "./key-value.js";

function createRedisClient(url: string, state: { connected: boolean }) {
  return createClient({
    url,
    // While disconnected, fail commands at once instead of queueing them for the whole outage.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 5_000,
      // Before the first connection, give up after a few tries (a wrong URL is a clear error at
      // start-up); once connected, keep reconnecting with a capped back-off.
      reconnectStrategy: (retries: number, cause: Error) =>
        !state.connected && retries >= 3
          ? new Error(`cannot connect to Redis at ${redactUrl(url)}: ${cause.message}`)
          : Math.min(100 * 2 ** retries, 3_000),
    },
  });
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(invalid URL)";
  }
}

/** The raw node-redis client (for locks: SET NX PX, EVAL). */
export type RedisClientLike = ReturnType<typeof createRedisClient>;

export interface Store {
  readonly kind: "sqlite" | "redis" | "memory";
  /** A key-value view isolated under `name` (lower-case letters, digits and dashes). */
  namespace(name: string): KeyValue;
  /** The raw node-redis client when kind === "redis", else null. */
  readonly redis: RedisClientLike | null;
  /** Atomic counters shared by every process on this store (rate limits, budgets). */
  readonly quota: QuotaStore;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** "redis://…" (or rediss://), "sqlite://path", "memory://"; undefined: SQLite under dataDir. */
  url?: string | undefined;
  /** Where the default SQLite file lives; created when missing. Default ./data. */
  dataDir?: string | undefined;
  logger: Logger;
  /** Bound on every store command (STORE_TIMEOUT_MS); past it the command fails. Default 2000. */
  timeoutMs?: number | undefined;
}

export const DEFAULT_STORE_TIMEOUT_MS = 2_000;

export const SQLITE_FILE_NAME = "newsdesk.sqlite";
const NAMESPACE_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
const MAX_KEY_LENGTH = 200;

/**
 * Namespace names are restricted so that a namespace can never prefix-match another in an adapter's
 * LIKE or SCAN pattern (no `_`, `%`, `*`, `:`); clear() is never called (see docs/adr/0003).
 */
function checkNamespace(name: string): void {
  if (!NAMESPACE_PATTERN.test(name)) {
    throw new TypeError(
      `Invalid store namespace ${JSON.stringify(name)}: use lower-case letters, digits and dashes`,
    );
  }
}

function checkKey(key: string): void {
  if (typeof key !== "string" || key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw new TypeError(`Invalid store key: a non-empty string of at most ${MAX_KEY_LENGTH} chars`);
  }
}

/**
 * Values must survive JSON unchanged, the same on every adapter: null, booleans, finite numbers,
 * strings, arrays and plain objects. A Date would come back as a string: store epoch milliseconds.
 */
export function checkStorable(value: unknown, at = "value"): void {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`${at} is not a finite number`);
    return;
  }
  if (value instanceof Date) {
    throw new TypeError(`${at} is a Date, which reads back as a string: store epoch milliseconds`);
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      checkStorable(item, `${at}[${i}]`);
    });
    return;
  }
  if (typeof value === "object") {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError(`${at} is not plain data (${proto?.constructor?.name ?? "object"})`);
    }
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      checkStorable(item, `${at}.${key}`);
    }
    return;
  }
  throw new TypeError(`${at} cannot be stored (${typeof value})`);
}

/** Wraps a Keyv (already namespaced) as the core's KeyValue port. */
function wrapKeyv(keyv: Keyv): KeyValue {
  return {
    async get(key) {
      checkKey(key);
      const value: unknown = await keyv.get(key);
      return value === undefined ? undefined : value;
    },
    async set(key, value, ttlMs) {
      checkKey(key);
      if (value === undefined) throw new TypeError("value is undefined: delete the key instead");
      checkStorable(value);
      if (ttlMs !== undefined && !(Number.isFinite(ttlMs) && ttlMs > 0)) {
        throw new TypeError("ttlMs must be a positive number of milliseconds");
      }
      await keyv.set(key, value, ttlMs);
    },
    async delete(key) {
      checkKey(key);
      return await keyv.delete(key);
    },
    async *entries() {
      if (!keyv.iterator) throw new Error("this store cannot list its entries");
      for await (const [key, value] of keyv.iterator(undefined)) {
        if (value === undefined) continue;
        yield [key as string, value as unknown];
      }
    },
  };
}

function memoizeNamespaces(create: (name: string) => KeyValue): (name: string) => KeyValue {
  const views = new Map<string, KeyValue>();
  return (name) => {
    checkNamespace(name);
    let view = views.get(name);
    if (!view) {
      view = create(name);
      views.set(name, view);
    }
    return view;
  };
}

/**
 * The project's one store factory (keyv): SQLite file by default, Redis when the URL says so,
 * memory for tests. Errors from the backend are thrown (throwOnErrors), not only emitted.
 */
export async function createStore(options: StoreOptions): Promise<Store> {
  const store = await openStore(options);
  const ms = options.timeoutMs ?? DEFAULT_STORE_TIMEOUT_MS;
  return {
    kind: store.kind,
    redis: store.redis,
    quota: boundQuotaStore(store.quota, ms),
    namespace: memoizeNamespaces((name) =>
      boundKeyValue(store.namespace(name), ms, `store ${name}`, (error) =>
        options.logger.warn({ err: error, namespace: name }, "store command failed"),
      ),
    ),
    close: () => store.close(),
  };
}

async function openStore(options: StoreOptions): Promise<Store> {
  const url = options.url;
  const onError = (error: unknown) =>
    options.logger.error({ err: String(error) }, "key-value store error");

  if (url?.startsWith("memory://")) {
    return {
      kind: "memory",
      redis: null,
      quota: createMemoryQuotaStore(),
      namespace: memoizeNamespaces((name) => {
        const keyv = new Keyv({ store: new Map(), namespace: name, throwOnErrors: true });
        keyv.on("error", onError);
        return wrapKeyv(keyv);
      }),
      async close() {},
    };
  }

  if (url?.startsWith("redis://") || url?.startsWith("rediss://")) {
    const state = { connected: false };
    const client = createRedisClient(url, state);
    client.on("error", onError);
    await client.connect();
    state.connected = true;
    return {
      kind: "redis",
      redis: client,
      quota: createRedisQuotaStore(client),
      namespace: memoizeNamespaces((name) => {
        // throwOnErrors: an outage must fail the command, not read as a missing key.
        const adapter = new KeyvRedis(client, { namespace: name, throwOnErrors: true });
        const keyv = new Keyv({
          store: adapter,
          namespace: name,
          useKeyPrefix: false,
          throwOnErrors: true,
        });
        keyv.on("error", onError);
        return wrapKeyv(keyv);
      }),
      async close() {
        if (!client.isOpen) return;
        // A client that lost its server would wait for it to say goodbye: drop it instead.
        if (client.isReady) await client.quit();
        else client.destroy();
      },
    };
  }

  let file: string;
  if (url?.startsWith("sqlite://")) {
    file = url.slice("sqlite://".length);
    if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  } else if (url === undefined) {
    const dataDir = options.dataDir ?? "./data";
    mkdirSync(dataDir, { recursive: true });
    file = path.join(dataDir, SQLITE_FILE_NAME);
  } else {
    throw new TypeError(`Unsupported store URL ${url}: use sqlite://, redis:// or memory://`);
  }
  const sqlite = openSqliteStore(file, { logger: options.logger, wrap: wrapKeyv, onError });
  return {
    kind: "sqlite",
    redis: null,
    quota: sqlite.quota,
    namespace: memoizeNamespaces((name) => sqlite.namespace(name)),
    close: () => sqlite.close(),
  };
}

/**
 * For callers that use the store only as a cache (the CLI's summaries): the configured store, or,
 * when it cannot be opened, an in-memory one after `warn` says so. Closing never throws.
 */
export async function createStoreOrMemory(
  options: StoreOptions,
  warn: (message: string) => void,
): Promise<Store> {
  let store: Store;
  try {
    store = await createStore(options);
  } catch (error) {
    options.logger.debug({ err: error }, "store unavailable; using memory");
    warn(
      `the store (${options.url ? redactUrl(options.url) : "SQLite in DATA_DIR"}) could not be opened: ${(error as Error).message}; continuing without a cache`,
    );
    store = await createStore({ ...options, url: "memory://" });
  }
  const close = store.close;
  return {
    ...store,
    namespace: store.namespace,
    async close() {
      try {
        await close();
      } catch (error) {
        warn(`the store did not close cleanly: ${(error as Error).message}`);
      }
    },
  };
}
