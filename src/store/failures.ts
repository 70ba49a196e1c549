/**
 * Stores that fail: every store command is bounded by a timeout, and a failing store becomes one
 * plain message for the person (a `UserError` whose cause is a `StoreUnavailableError` with a `kind`
 * the caller can switch on). Callers that can do without the store (the summary cache) catch it and
 * carry on; the raw error stays in the cause chain for the logs.
 */
import { UserError } from "../errors.js";
import type { KeyValue } from "./key-value.js";
import type { QuotaStore } from "./quota.js";

export type StoreFailure = "timeout" | "down" | "corrupt";

export class StoreUnavailableError extends Error {
  override readonly name = "StoreUnavailableError" as const;
  constructor(
    readonly kind: StoreFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isStoreUnavailableError(error: unknown): error is StoreUnavailableError {
  return error instanceof Error && error.name === "StoreUnavailableError";
}

/** True when the error, or any error in its cause chain, is a store failure. */
export function isStoreFailure(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 8; depth++) {
    if (isStoreUnavailableError(e)) return true;
    e = e.cause;
  }
  return false;
}

export const STORE_DOWN_MESSAGE =
  "The bot's storage is not answering right now, so this cannot be done. Please try again in a minute.";

/** SQLite says the file is not a database or is damaged. */
export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT" || code === "SQLITE_IOERR";
}

function unavailable(error: unknown, what: string): UserError {
  const kind: StoreFailure = isStoreUnavailableError(error)
    ? error.kind
    : isCorruptionError(error)
      ? "corrupt"
      : "down";
  const cause = isStoreUnavailableError(error)
    ? error
    : new StoreUnavailableError(kind, `${what} failed`, { cause: error });
  return new UserError(STORE_DOWN_MESSAGE, { cause, i18n: { key: "error.storeDown" } });
}

/** Runs one store command within `ms`, turning any failure into the plain store message. */
export async function bounded<T>(what: string, ms: number, run: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new StoreUnavailableError("timeout", `${what} did not answer within ${ms} ms`)),
      ms,
    );
  });
  try {
    return await Promise.race([Promise.resolve().then(run), timeout]);
  } catch (error) {
    // A TypeError is the caller's mistake (a bad key or value), not the store's failure.
    if (error instanceof TypeError) throw error;
    throw unavailable(error, what);
  } finally {
    clearTimeout(timer);
  }
}

/** The KeyValue with every command bounded by `ms`; `onError` sees each raw failure first. */
export function boundKeyValue(
  kv: KeyValue,
  ms: number,
  label: string,
  onError?: (error: unknown) => void,
): KeyValue {
  const guard = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await bounded(`${label} ${what}`, ms, run);
    } catch (error) {
      onError?.((error as Error).cause ?? error);
      throw error;
    }
  };
  return {
    get: (key) => guard("get", () => kv.get(key)),
    set: (key, value, ttlMs) => guard("set", () => kv.set(key, value, ttlMs)),
    delete: (key) => guard("delete", () => kv.delete(key)),
    async *entries() {
      const iterator = kv.entries()[Symbol.asyncIterator]();
      try {
        for (;;) {
          const next = await guard("list", () => iterator.next());
          if (next.done) return;
          yield next.value;
        }
      } finally {
        // Not awaited: a store that stopped answering must not hold the caller here.
        void Promise.resolve(iterator.return?.()).catch(() => undefined);
      }
    },
  };
}

/** The quota store with every command bounded by `ms`. */
export function boundQuotaStore(quota: QuotaStore, ms: number): QuotaStore {
  return {
    take: (rules, cost, now) => bounded("quota take", ms, () => quota.take(rules, cost, now)),
    peek: (rules, cost, now) => bounded("quota peek", ms, () => quota.peek(rules, cost, now)),
    giveBack: (keys, cost, now) =>
      bounded("quota give-back", ms, () => quota.giveBack(keys, cost, now)),
    close: () => quota.close(),
  };
}
