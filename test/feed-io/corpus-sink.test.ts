import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/articles/article.js";
import { createCorpus } from "../../src/articles/corpus.js";
import {
  createCorpusFeedSink,
  createCorpusFeedVisibility,
  feedGrants,
} from "../../src/feed-io/corpus-sink.js";
import { createSqliteIndex } from "../../src/index/sqlite-index.js";
import { silentLogger } from "../../src/logger.js";

const article = buildArticle({
  id: "feed-0123456789abcdef-00112233445566ff",
  date: "2024-03-05",
  url: "https://news.example/ferry",
  title: "Ferry strike ends",
  paragraphs: ["The ferry strike ended on Tuesday after three days."],
  rawWordCount: 9,
  origin: "feed",
  addedAt: 1_000,
});

async function openCorpus() {
  const index = await createSqliteIndex({ file: ":memory:", logger: silentLogger, pollMs: 0 });
  return createCorpus({ index, logger: silentLogger });
}

describe("feedGrants", () => {
  it("grants each following server, or every server for a feed added from the CLI", () => {
    expect(feedGrants(["1", "2"])).toEqual([
      { kind: "guild", guildId: "1" },
      { kind: "guild", guildId: "2" },
    ]);
    expect(feedGrants([])).toEqual([{ kind: "all" }]);
  });
});

describe("createCorpusFeedSink", () => {
  it("stores a feed article once, as team content of the following servers only", async () => {
    const corpus = await openCorpus();
    const sink = createCorpusFeedSink(corpus);
    await sink.put(article, { feedId: "f1", guildIds: ["111", "222"] });
    await sink.put(article, { feedId: "f1", guildIds: ["111", "222"] });
    expect(await corpus.count()).toBe(1);
    expect(await corpus.get(article.id, { guildId: "111" })).toMatchObject({ origin: "feed" });
    expect(await corpus.get(article.id, { guildId: "222" })).toBeDefined();
    expect(await corpus.get(article.id, { guildId: "333" })).toBeUndefined();
    await corpus.close();
  });

  it("makes a CLI-added feed's articles every server's", async () => {
    const corpus = await openCorpus();
    await createCorpusFeedSink(corpus).put(article, { feedId: "f1", guildIds: [] });
    expect(await corpus.get(article.id, { guildId: "333" })).toBeDefined();
    await corpus.close();
  });
});

describe("createCorpusFeedVisibility", () => {
  it("shows a feed's stored articles to a server that follows it later, and hides them when it leaves", async () => {
    const corpus = await openCorpus();
    await createCorpusFeedSink(corpus).put(article, {
      feedId: "f0123456789abcdef",
      guildIds: ["111"],
    });
    const visibility = createCorpusFeedVisibility(corpus.index);
    await visibility.follow("f0123456789abcdef", "444");
    expect(await corpus.get(article.id, { guildId: "444" })).toBeDefined();
    await visibility.follow("f9999999999999999", "555");
    expect(await corpus.get(article.id, { guildId: "555" })).toBeUndefined();
    await visibility.unfollow("f0123456789abcdef", "444");
    expect(await corpus.get(article.id, { guildId: "444" })).toBeUndefined();
    expect(await corpus.get(article.id, { guildId: "111" })).toBeDefined();
    await corpus.close();
  });
});
