import { describe, expect, it } from "vitest";
import { createManualClock } from "../../src/clock.js";
import { createFetchedPages, isVisible } from "../../src/fetch/fetched-pages.js";
import { buildFetchedArticle } from "../../src/fetch/fetcher.js";
import { silentLogger } from "../../src/logger.js";
import { createStore } from "../../src/store/store.js";

const T0 = 1_700_000_000_000;
const HOUR = 3_600_000;

function page(n: number) {
  const body = `The council met on Monday to approve plan number ${n}. Work starts soon.`;
  return buildFetchedArticle(
    {
      title: `Page ${n}`,
      byline: null,
      siteName: null,
      publishedTime: null,
      publishedDate: "2024-01-01",
      blocks: [body],
      body,
      rawText: body,
    },
    `https://news.example.com/story-${n}`,
    T0,
  );
}

async function setup(maxPerGuild = 10) {
  const store = await createStore({ url: "memory://", logger: silentLogger });
  const clock = createManualClock(T0);
  const pages = createFetchedPages({
    kv: store.namespace("fetched-pages"),
    clock,
    ttlMs: 72 * HOUR,
    maxPerGuild,
  });
  return { pages, clock };
}

const alice = { userId: "111", guildId: "g1" };
const bob = { userId: "222", guildId: "g1" };
const elsewhere = { userId: "333", guildId: "g2" };

describe("isVisible", () => {
  it("matches a grant for everyone, the viewer's server or the viewer", () => {
    expect(isVisible([{ kind: "all" }], {})).toBe(true);
    expect(isVisible([{ kind: "guild", guildId: "g1" }], alice)).toBe(true);
    expect(isVisible([{ kind: "guild", guildId: "g1" }], elsewhere)).toBe(false);
    expect(isVisible([{ kind: "user", userId: "111" }], bob)).toBe(false);
  });
});

describe("createFetchedPages", () => {
  it("shows a page only to the user who fetched it, by id and by URL", async () => {
    const { pages } = await setup();
    const article = page(1);
    await pages.keep(article, { kind: "user", userId: alice.userId }, alice.guildId);
    expect((await pages.get(article.id, alice))?.title).toBe("Page 1");
    expect((await pages.getByUrl("https://NEWS.example.com/story-1", alice))?.id).toBe(article.id);
    expect(await pages.get(article.id, bob)).toBeUndefined();
    expect(await pages.getByUrl(article.url, elsewhere)).toBeUndefined();
  });

  it("makes a page a moderator added team content of that server only", async () => {
    const { pages } = await setup();
    const article = page(2);
    await pages.keep(article, { kind: "user", userId: alice.userId }, alice.guildId);
    await pages.keep(article, { kind: "guild", guildId: "g1" }, "g1");
    expect(await pages.get(article.id, bob)).toBeDefined();
    expect(await pages.get(article.id, elsewhere)).toBeUndefined();
    expect(await pages.grantsOf(article.id)).toEqual([
      { kind: "user", userId: "111" },
      { kind: "guild", guildId: "g1" },
    ]);
  });

  it("lets a user's page lapse after the TTL but keeps team content", async () => {
    const { pages, clock } = await setup();
    const mine = page(3);
    const team = page(4);
    await pages.keep(mine, { kind: "user", userId: alice.userId }, alice.guildId);
    await pages.keep(team, { kind: "guild", guildId: "g1" }, "g1");
    clock.advance(72 * HOUR);
    expect(await pages.get(mine.id, alice)).toBeUndefined();
    expect(await pages.get(team.id, bob)).toBeDefined();
  });

  it("keeps at most the cap of pages fetched in one server, dropping the oldest", async () => {
    const { pages, clock } = await setup(3);
    const articles = [1, 2, 3, 4, 5].map(page);
    for (const article of articles) {
      await pages.keep(article, { kind: "user", userId: alice.userId }, alice.guildId);
      clock.advance(1_000);
    }
    const seen = await Promise.all(articles.map((a) => pages.get(a.id, alice)));
    expect(seen.map((a) => a !== undefined)).toEqual([false, false, true, true, true]);
  });

  it("lists a server's team pages, arrived when they were added, and no user's own page", async () => {
    const { pages, clock } = await setup();
    const mine = page(6);
    const team = page(7);
    await pages.keep(mine, { kind: "user", userId: alice.userId }, alice.guildId);
    clock.advance(5_000);
    await pages.keep(team, { kind: "guild", guildId: "g1" }, "g1");
    const listed = await pages.teamPages("g1");
    expect(listed.map((a) => a.id)).toEqual([team.id]);
    expect(listed[0]?.addedAt).toBe(T0 + 5_000);
    expect(await pages.teamPages("g2")).toEqual([]);
  });
});
