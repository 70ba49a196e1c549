import { type REST, Routes } from "discord.js";
import { describeDisabled } from "../feed-io/describe.js";
import type { FeedNotifier } from "../feeds/ports.js";
import { translator } from "../i18n/t.js";
import type { Logger } from "../logger.js";
import { serverLocale } from "./guild-settings.js";
import { escapeText, renderMessage } from "./render.js";

/**
 * Posts "this feed was disabled" once to the channel that added the feed. The poller calls it at
 * most once per disabling (it records the notice before calling); a channel the bot can no longer
 * post in is logged, not retried.
 */
export function createFeedNotifier(
  rest: () => Pick<REST, "post"> | null,
  logger: Logger,
  /** The server's /settings language (null when none): the notice is worded in it. */
  languageOf: (guildId: string) => Promise<string | null> = async () => null,
): FeedNotifier {
  return {
    async feedDisabled(feed) {
      const client = rest();
      const reason = feed.state.disabled;
      if (!client || !feed.noticeChannelId || !reason) {
        logger.warn({ feedId: feed.id, reason }, "feed disabled (no channel to announce it in)");
        return;
      }
      // Everyone in the channel reads it: the server's language (/settings, else guild_locale).
      const follower = feed.followers.find((f) => f.channelId === feed.noticeChannelId);
      const language = follower ? await languageOf(follower.guildId).catch(() => null) : null;
      const tr = translator(serverLocale(language, follower?.guildLocale));
      const message = renderMessage({
        content: tr("feed.noticeDisabled", {
          title: escapeText(feed.title),
          url: escapeText(feed.url),
          reason: describeDisabled(reason, tr),
          id: feed.id,
        }),
      });
      await client.post(Routes.channelMessages(feed.noticeChannelId), {
        body: { content: message.content, allowed_mentions: message.allowedMentions },
      });
    },
  };
}
