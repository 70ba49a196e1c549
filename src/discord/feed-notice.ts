import { type REST, Routes } from "discord.js";
import { describeDisabled } from "../feed-io/describe.js";
import type { FeedNotifier } from "../feeds/ports.js";
import type { Logger } from "../logger.js";
import { escapeText, renderMessage } from "./render.js";

/**
 * Posts "this feed was disabled" once to the channel that added the feed. The poller calls it at
 * most once per disabling (it records the notice before calling); a channel the bot can no longer
 * post in is logged, not retried.
 */
export function createFeedNotifier(
  rest: () => Pick<REST, "post"> | null,
  logger: Logger,
): FeedNotifier {
  return {
    async feedDisabled(feed) {
      const client = rest();
      const reason = feed.state.disabled;
      if (!client || !feed.noticeChannelId || !reason) {
        logger.warn({ feedId: feed.id, reason }, "feed disabled (no channel to announce it in)");
        return;
      }
      const message = renderMessage({
        content: `The feed **${escapeText(feed.title)}** (${escapeText(feed.url)}) is ${describeDisabled(
          reason,
        )}. A member with Manage Channels can turn it back on with \`/feed resume feed:${feed.id}\`.`,
      });
      await client.post(Routes.channelMessages(feed.noticeChannelId), {
        body: { content: message.content, allowed_mentions: message.allowedMentions },
      });
    },
  };
}
