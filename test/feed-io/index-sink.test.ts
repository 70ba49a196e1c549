import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/articles/article.js";
import { createIndexFeedSink } from "../../src/feed-io/index-sink.js";
import { createSqliteIndex } from "../../src/index/sqlite-index.js";
import { silentLogger } from "../../src/logger.js";

const article = buildArticle({
  id: "feed-0123456789abcdef",
  date: "2024-03-05",
  url: "https://news.example/ferry",
  title: "Ferry strike ends",
  paragraphs: ["The ferry strike ended on Tuesday after three days."],
  rawWordCount: 9,
  origin: "feed",
  addedAt: 1_000,
});

describe("createIndexFeedSink", () => {
  it("stores a feed article as team content of the following servers only", async () => {
    const index = await createSqliteIndex({ file: ":memory:", logger: silentLogger, pollMs: 0 });
    const sink = createIndexFeedSink(index);
    await sink.put(article, { feedId: "f1", guildIds: ["111", "222"] });
    await sink.put(article, { feedId: "f1", guildIds: ["111", "222"] });
    expect(await index.count()).toBe(1);
    expect((await index.get(article.id, { guildId: "111" }))?.origin).toBe("feed");
    expect(await index.get(article.id, { guildId: "222" })).toBeDefined();
    expect(await index.get(article.id, { guildId: "333" })).toBeUndefined();
    expect(await index.grantsOf(article.id)).toEqual(
      expect.arrayContaining([
        { kind: "guild", guildId: "111" },
        { kind: "guild", guildId: "222" },
      ]),
    );
    await index.close();
  });

  it("grants a feed added from the command line to every server", async () => {
    const index = await createSqliteIndex({ file: ":memory:", logger: silentLogger, pollMs: 0 });
    await createIndexFeedSink(index).put(article, { feedId: "f1", guildIds: [] });
    expect(await index.get(article.id, { guildId: "333" })).toBeDefined();
    await index.close();
  });
});
