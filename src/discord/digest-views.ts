import type { APIEmbed } from "discord.js";
import { describeFilters } from "../digests/filters.js";
import type { RunOutcome } from "../digests/service.js";
import type { Subscription } from "../digests/types.js";
import { discordTimestamp, escapeText, truncate } from "./render.js";

function when(epochMs: number | null, none: string): string {
  if (epochMs === null) return none;
  return `${discordTimestamp(epochMs, "f")} (${discordTimestamp(epochMs, "R")})`;
}

/** One subscription for `/digest list`: channel, schedule, filters, next and last run, state. */
export function describeSubscription(subscription: Subscription): APIEmbed {
  const state =
    subscription.state.status === "active"
      ? subscription.pending
        ? `active · delivering${subscription.pending.lastError ? ` (last try failed: ${escapeText(truncate(subscription.pending.lastError, 150))})` : ""}`
        : "active"
      : `⏸ paused: ${subscription.state.reason} (since ${discordTimestamp(subscription.state.since, "f")})`;
  const lines = [
    `**Channel** <#${subscription.channelId}>`,
    `**Schedule** \`${subscription.schedule.text}\` (${subscription.schedule.timezone})`,
    `**Filters** ${escapeText(describeFilters(subscription.filters))} · ${subscription.style === "briefing" ? "as a briefing" : `${subscription.length} summaries`}${subscription.postEmpty ? " · posts when empty" : ""}`,
    `**Next run** ${subscription.state.status === "paused" ? "— (paused)" : when(subscription.nextRunAt, "never")}`,
    `**Last run** ${when(subscription.lastRunAt, "not yet")}`,
    `**State** ${state}`,
  ];
  return {
    title: `Subscription ${subscription.id}`,
    description: lines.join("\n"),
    color: subscription.state.status === "active" ? 0x2f855a : 0xc05621,
  };
}

/** What `/digest send-now` answers. */
export function describeRunOutcome(outcome: RunOutcome): string {
  switch (outcome.status) {
    case "posted": {
      const n = outcome.articleIds.length;
      return n === 0
        ? "Posted: nothing new, as one short line."
        : `Posted ${n} article${n === 1 ? "" : "s"} in ${outcome.messageIds.length} message${outcome.messageIds.length === 1 ? "" : "s"}.`;
    }
    case "empty":
      return "Nothing new since the last digest: nothing was posted. The schedule moved on. `/digest preview` shows a sample of what a digest looks like.";
    case "paused":
      return `The digest could not be posted and is paused: ${outcome.reason}.`;
    case "retry":
      return `Discord did not take the digest right now; I will try again ${discordTimestamp(outcome.retryAt, "R")}.`;
    case "busy":
      return "That digest is being delivered right now.";
    case "skipped":
      return "Nothing to do for that subscription.";
  }
}
