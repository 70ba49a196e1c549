import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/articles/article.js";
import { createFetchedArticleStore } from "../../src/fetch/fetched-store.js";
import { createMemoryLogger } from "../../src/logger.js";
import { createStore } from "../../src/store/store.js";

function fetched(id: string, addedAt: number) {
  return buildArticle({
    id,
    date: "2024-03-05",
    url: `https://news.example/${id}`,
    title: `Title ${id}`,
    paragraphs: ["Some text."],
    rawWordCount: 2,
    origin: "fetched",
    addedAt,
    byline: null,
    siteName: "News",
  });
}

describe("createFetchedArticleStore", () => {
  it("keeps saved articles across a new store over the same storage, oldest first", async () => {
    const logger = createMemoryLogger();
    const backing = await createStore({ url: "memory://", logger });
    try {
      const kv = backing.namespace("fetched");
      const first = createFetchedArticleStore(kv);
      const b = fetched("web-bbbbbbbbbbbbbbbb", 2_000);
      const a = fetched("web-aaaaaaaaaaaaaaaa", 1_000);
      await first.save(b);
      await first.save(a);
      await first.save(a); // saving again replaces, never duplicates
      const reopened = createFetchedArticleStore(kv, { logger });
      expect(await reopened.loadAll()).toEqual([a, b]);
    } finally {
      await backing.close();
    }
  });

  it("skips malformed entries with a warning and loads the rest", async () => {
    const logger = createMemoryLogger();
    const backing = await createStore({ url: "memory://", logger: createMemoryLogger() });
    try {
      const kv = backing.namespace("fetched");
      const good = fetched("web-cccccccccccccccc", 3_000);
      await kv.set("web-dddddddddddddddd", { id: "web-dddddddddddddddd", title: 42 });
      const store = createFetchedArticleStore(kv, { logger });
      await store.save(good);
      expect(await store.loadAll()).toEqual([good]);
      expect(logger.records.map((r) => r.msg)).toEqual(["skipped malformed stored article"]);
    } finally {
      await backing.close();
    }
  });

  it("refuses to store a seed article", async () => {
    const backing = await createStore({ url: "memory://", logger: createMemoryLogger() });
    try {
      const store = createFetchedArticleStore(backing.namespace("fetched"));
      const seed = { ...fetched("web-eeeeeeeeeeeeeeee", 1), origin: "seed" as const };
      await expect(store.save(seed)).rejects.toThrow(TypeError);
    } finally {
      await backing.close();
    }
  });
});
