import type { APIEmbed } from "discord.js";
import { describeFeedStatus, feedStatusOf } from "../feed-io/describe.js";
import type { AddFeedResult } from "../feeds/service.js";
import type { Feed } from "../feeds/types.js";
import { DEFAULT_LOCALE } from "../i18n/locales.js";
import { type Translate, translator } from "../i18n/t.js";
import { discordTimestamp, escapeText, type RenderedMessage, renderMessage } from "./render.js";

const english = translator(DEFAULT_LOCALE);

function feedFooter(feed: Feed, tr: Translate): string {
  return `${tr("feed.id", { id: feed.id })}${feed.format ? ` · ${feed.format}` : ""}`;
}

/** One feed in `/feed list`: title, address, status for this server, last and next poll. */
export function describeFeed(feed: Feed, guildId: string, tr: Translate = english): APIEmbed {
  const status = feedStatusOf(feed, guildId);
  const lines = [
    escapeText(feed.url),
    tr("feed.status", { status: describeFeedStatus(feed, guildId, tr) }),
    feed.state.lastSuccessAt
      ? tr("feed.lastRead", { when: discordTimestamp(feed.state.lastSuccessAt, "R") })
      : tr("feed.notRead"),
  ];
  if (status.kind === "active" || status.kind === "failing") {
    lines.push(tr("feed.nextPoll", { when: discordTimestamp(feed.state.nextPollAt, "R") }));
  }
  return {
    title: escapeText(feed.title || feed.url),
    description: lines.join("\n"),
    footer: { text: feedFooter(feed, tr) },
  };
}

/** The answer to `/feed add`: what was followed and its newest three items. */
export function describePreview(result: AddFeedResult, tr: Translate = english): RenderedMessage {
  const { feed, preview } = result;
  const items = preview.map((item) => {
    const title = escapeText(item.title || item.link || tr("feed.untitled"));
    const when = item.publishedAt ? ` · ${discordTimestamp(item.publishedAt, "d")}` : "";
    return item.link ? `• [${title}](${item.link})${when}` : `• ${title}${when}`;
  });
  return renderMessage({
    content: tr("feed.following", { title: escapeText(feed.title || feed.url) }),
    embeds: [
      {
        title: tr("feed.newest"),
        description: items.length > 0 ? items.join("\n") : tr("feed.noItems"),
        footer: { text: feedFooter(feed, tr) },
      },
    ],
    ephemeral: true,
  });
}
