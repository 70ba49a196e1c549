import { describe, expect, it, onTestFinished } from "vitest";
import { newFeed } from "../../src/feeds/feed.js";
import { createFeedRepository } from "../../src/feeds/repository.js";
import type { Feed } from "../../src/feeds/types.js";
import { silentLogger } from "../../src/logger.js";
import { createStore } from "../../src/store/store.js";

function makeFeed(id: string, createdAt = 1): Feed {
  return { ...newFeed({ url: `https://${id}.example/feed.xml`, title: id, now: createdAt }), id };
}

async function openRepository(url = "memory://") {
  const store = await createStore({ url, logger: silentLogger });
  return {
    store,
    repository: createFeedRepository(store.namespace("feeds"), store.namespace("feed-seen")),
  };
}

describe("createFeedRepository", () => {
  it("saves, lists oldest first and deletes feeds", async () => {
    const { repository } = await openRepository();
    await repository.save(makeFeed("b", 2));
    await repository.save(makeFeed("a", 1));
    expect((await repository.all()).map((f) => f.id)).toEqual(["a", "b"]);
    expect(await repository.get("b")).toMatchObject({ id: "b" });
    expect(await repository.delete("b")).toBe(true);
    expect(await repository.get("b")).toBeUndefined();
  });

  it("remembers seen items per feed, whatever the length of their key", async () => {
    const { repository } = await openRepository();
    const long = `link:https://x.example/${"a".repeat(500)}`;
    expect(await repository.hasSeen("f1", long)).toBe(false);
    await repository.markSeen("f1", long, 5);
    expect(await repository.hasSeen("f1", long)).toBe(true);
    expect(await repository.hasSeen("f2", long)).toBe(false);
  });

  it("keeps seen ids across reopening an SQLite store, so a returning item stays seen", async () => {
    const { mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const dir = mkdtempSync(path.join(tmpdir(), "feeds-repo-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, "s.sqlite");
    const first = await openRepository(`sqlite://${file}`);
    await first.repository.markSeen("f1", "guid:1", 5);
    await first.store.close();
    const second = await openRepository(`sqlite://${file}`);
    expect(await second.repository.hasSeen("f1", "guid:1")).toBe(true);
    await second.store.close();
  });
});
