import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArticle } from "../../src/articles/article.js";
import { isUserError, localizedUserErrorText, type UserError } from "../../src/errors.js";
import { silentLogger } from "../../src/logger.js";
import {
  bounded,
  boundKeyValue,
  isStoreFailure,
  STORE_DOWN_MESSAGE,
} from "../../src/store/failures.js";
import type { KeyValue } from "../../src/store/key-value.js";
import { createStore } from "../../src/store/store.js";
import { createExtractiveSummarizer } from "../../src/summaries/extractive.js";
import { createSummaryService } from "../../src/summaries/service.js";
import { REDIS_SERVER_BIN, type RedisServer, startRedis } from "../support/redis.js";

/** A store that accepted the connection and then stopped answering (the outage this guards). */
const silent: KeyValue = {
  get: () => new Promise(() => {}),
  set: () => new Promise(() => {}),
  delete: () => new Promise(() => {}),
  entries: () => ({
    [Symbol.asyncIterator]: () => ({ next: () => new Promise(() => {}) }),
  }),
};

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return await promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (error: unknown) => error,
  );
}

describe("bounded", () => {
  it("fails a command that does not answer in time with the plain store message", async () => {
    const error = await failure(bounded("get", 50, () => new Promise(() => {})));
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toBe(STORE_DOWN_MESSAGE);
    expect(isStoreFailure(error)).toBe(true);
  });

  it("words the store message in the reader's locale, English as its message", async () => {
    const error = (await failure(bounded("get", 50, () => new Promise(() => {})))) as UserError;
    expect(localizedUserErrorText(error, "en-US")).toBe(STORE_DOWN_MESSAGE);
    expect(localizedUserErrorText(error, "pt-BR")).toBe(
      "O armazenamento do bot não está respondendo agora, então isso não pode ser feito. Tente de novo daqui a um minuto.",
    );
  });

  it("turns a backend error into the plain message and keeps it as the cause", async () => {
    const raw = new Error("ECONNREFUSED");
    const error = await failure(bounded("set", 1_000, () => Promise.reject(raw)));
    expect((error as Error).message).toBe(STORE_DOWN_MESSAGE);
    expect(((error as Error).cause as Error).cause).toBe(raw);
  });
});

describe("boundKeyValue", () => {
  it("bounds every command, listing included", async () => {
    const kv = boundKeyValue(silent, 30, "store test");
    for (const pending of [kv.get("a"), kv.set("a", 1), kv.delete("a")]) {
      expect(isStoreFailure(await failure(pending))).toBe(true);
    }
    const listing = (async () => {
      for await (const _ of kv.entries()) {
        // never reached
      }
    })();
    expect(isStoreFailure(await failure(listing))).toBe(true);
  });

  it("lets an extractive summary through when the cache does not answer", async () => {
    const service = createSummaryService({
      llm: null,
      extractive: createExtractiveSummarizer(),
      cache: boundKeyValue(silent, 30, "store summaries"),
      logger: silentLogger,
    });
    const article = buildArticle({
      id: "a",
      date: "2024-01-01",
      url: "https://example.com/a",
      title: "Bridge",
      paragraphs: [
        "The council approved the bridge on Monday. Work starts in May. It ends in 2026.",
      ],
      rawWordCount: 16,
      origin: "seed",
      addedAt: 0,
    });
    const summary = await service.summarize(article, { length: "short", format: "paragraph" });
    expect(summary.engine).toBe("extractive");
    expect(summary.text).toMatch(/bridge/);
  });
});

describe.skipIf(!REDIS_SERVER_BIN)("createStore with Redis down (needs redis-server)", () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it("fails commands at once with the plain message instead of queueing them for the outage", async () => {
    const store = await createStore({ url: redis.url, logger: silentLogger, timeoutMs: 1_500 });
    const kv = store.namespace("outage");
    await kv.set("k", 1);
    await redis.stop();
    for (const pending of [
      kv.get("k"),
      kv.set("k", 2),
      store.quota.peek([{ key: "q", limit: 1, windowMs: 1_000 }], 1, 0),
    ]) {
      const error = await failure(pending);
      expect(isUserError(error)).toBe(true);
      expect(isStoreFailure(error)).toBe(true);
    }
    await store.close().catch(() => undefined);
  });
});
