import type { APIEmbed } from "discord.js";
import { describeFeedStatus } from "../feed-io/describe.js";
import type { AddFeedResult } from "../feeds/service.js";
import type { Feed } from "../feeds/types.js";
import { discordTimestamp, escapeText, type RenderedMessage, renderMessage } from "./render.js";

/** One feed in `/feed list`: title, address, status for this server, last and next poll. */
export function describeFeed(feed: Feed, guildId: string): APIEmbed {
  const status = describeFeedStatus(feed, guildId);
  const lines = [
    escapeText(feed.url),
    `Status: ${status}`,
    feed.state.lastSuccessAt
      ? `Last read ${discordTimestamp(feed.state.lastSuccessAt, "R")}`
      : "Not read yet",
  ];
  if (status === "active" || status.startsWith("failing")) {
    lines.push(`Next poll ${discordTimestamp(feed.state.nextPollAt, "R")}`);
  }
  return {
    title: escapeText(feed.title || feed.url),
    description: lines.join("\n"),
    footer: { text: `id ${feed.id}${feed.format ? ` · ${feed.format}` : ""}` },
  };
}

/** The answer to `/feed add`: what was followed and its newest three items. */
export function describePreview(result: AddFeedResult): RenderedMessage {
  const { feed, preview } = result;
  const items = preview.map((item) => {
    const title = escapeText(item.title || item.link || "(untitled)");
    const when = item.publishedAt ? ` · ${discordTimestamp(item.publishedAt, "d")}` : "";
    return item.link ? `• [${title}](${item.link})${when}` : `• ${title}${when}`;
  });
  return renderMessage({
    content: `Following **${escapeText(feed.title || feed.url)}**: its new articles arrive with the next poll and go into this server's search and digests.`,
    embeds: [
      {
        title: "Newest items",
        description: items.length > 0 ? items.join("\n") : "The feed has no items yet.",
        footer: { text: `id ${feed.id}${feed.format ? ` · ${feed.format}` : ""}` },
      },
    ],
    ephemeral: true,
  });
}
