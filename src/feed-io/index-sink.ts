import { createHash } from "node:crypto";
import type { ArticleIndex, Grant } from "../articles/index-port.js";
import type { FeedArticleSink } from "../feeds/ports.js";

/**
 * Feed articles into the article index: team content of the servers that follow the feed (one
 * `guild` grant each), or of every server (`all`) for a feed added from the command line. The
 * article's id derives from its link, so a repeated put replaces rather than duplicates.
 */
export function createIndexFeedSink(
  index: Pick<ArticleIndex, "upsert">,
  /** The cleaner's version (the index helper's CLEANER_VERSION once it exists; 1 until then). */
  cleanerVersion = 1,
): FeedArticleSink {
  return {
    async put(article, meta) {
      const grants: Grant[] =
        meta.guildIds.length > 0
          ? meta.guildIds.map((guildId) => ({ kind: "guild", guildId }))
          : [{ kind: "all" }];
      await index.upsert(
        {
          article: { ...article, feedId: meta.feedId },
          contentHash: createHash("sha256").update(article.text).digest("hex"),
          cleanerVersion,
          file: null,
        },
        { grants },
      );
    },
  };
}
