import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/logger.js";
import { NAMESPACES } from "../../src/store/namespaces.js";
import { createStore } from "../../src/store/store.js";
import { createThreadLinkRepository } from "../../src/threads/repository.js";
import type { ThreadLink } from "../../src/threads/types.js";

const dir = mkdtempSync(path.join(tmpdir(), "newsdesk-threads-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const link: ThreadLink = {
  threadId: "111",
  articleId: "a1_tram-strike",
  guildId: "g1",
  channelId: "c1",
  messageId: "111",
  createdBy: "u1",
  createdAt: 1_700_000_000_000,
};

describe("createThreadLinkRepository", () => {
  it("keeps a link across a restart of the store (SQLite file)", async () => {
    const url = `sqlite://${path.join(dir, "store.sqlite")}`;
    const first = await createStore({ url, logger: silentLogger });
    await createThreadLinkRepository(first.namespace(NAMESPACES.threads)).save(link);
    await first.close();
    const second = await createStore({ url, logger: silentLogger });
    const links = createThreadLinkRepository(second.namespace(NAMESPACES.threads));
    expect(await links.get("111")).toEqual(link);
    expect(await links.get("222")).toBeNull();
    await second.close();
  });

  it("reads a damaged record as no link", async () => {
    const store = await createStore({ url: "memory://", logger: silentLogger });
    const kv = store.namespace(NAMESPACES.threads);
    await kv.set("thread:333", { threadId: "333" });
    expect(await createThreadLinkRepository(kv).get("333")).toBeNull();
    await store.close();
  });
});
