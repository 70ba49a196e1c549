import type { Corpus } from "../articles/corpus.js";
import type { ArticleIndex, Grant } from "../articles/index-port.js";
import type { FeedArticleSink, FeedVisibility } from "../feeds/ports.js";

/**
 * Who sees a feed's articles: team content of each server that follows the feed (one `guild` grant
 * per server), or of every server (`all`) for a feed added from the command line.
 */
export function feedGrants(guildIds: readonly string[]): Grant[] {
  return guildIds.length > 0
    ? guildIds.map((guildId) => ({ kind: "guild", guildId }))
    : [{ kind: "all" }];
}

/**
 * Feed articles into the corpus, which writes them to the article index (durable: an index rebuild
 * keeps feed articles) and tells its listeners. The article id derives from the item's link, so a
 * repeated put replaces rather than duplicates.
 */
export function createCorpusFeedSink(corpus: Pick<Corpus, "add">): FeedArticleSink {
  return {
    async put(article, meta) {
      await corpus.add({ ...article, feedId: meta.feedId }, feedGrants(meta.guildIds));
    },
  };
}

/**
 * Grants (or revokes) a server's view of the articles already stored from a feed, found by the feed
 * part of their id (`feed-<feed>-<link>`).
 */
export function createCorpusFeedVisibility(
  index: Pick<ArticleIndex, "list" | "grant" | "revoke">,
): FeedVisibility {
  const idsOf = async (feedId: string): Promise<string[]> => {
    const prefix = `feed-${feedId.replace(/^f/, "")}-`;
    return (await index.list({ origin: "feed" }))
      .map((header) => header.id)
      .filter((id) => id.startsWith(prefix));
  };
  return {
    async follow(feedId, guildId) {
      for (const id of await idsOf(feedId)) await index.grant(id, { kind: "guild", guildId });
    },
    async unfollow(feedId, guildId) {
      for (const id of await idsOf(feedId)) await index.revoke(id, { kind: "guild", guildId });
    },
  };
}
