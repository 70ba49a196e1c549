import type { APIEmbed } from "discord.js";
import { describeFilters } from "../digests/filters.js";
import type { RunOutcome } from "../digests/service.js";
import type { Subscription } from "../digests/types.js";
import { DEFAULT_LOCALE } from "../i18n/locales.js";
import { type Translate, translator } from "../i18n/t.js";
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
export function describeRunOutcome(
  outcome: RunOutcome,
  t: Translate = translator(DEFAULT_LOCALE),
): string {
  switch (outcome.status) {
    case "posted": {
      const articles = outcome.articleIds.length;
      const messages = outcome.messageIds.length;
      if (articles === 0) return t("digest.postedEmpty");
      return t("digest.posted", {
        articles: t(articles === 1 ? "digest.articleCount" : "digest.articlesCount", {
          count: articles,
        }),
        messages: t(messages === 1 ? "digest.messageCount" : "digest.messagesCount", {
          count: messages,
        }),
      });
    }
    case "empty":
      return t("digest.runEmpty");
    case "paused":
      return t("digest.runPaused", { reason: outcome.reason });
    case "retry":
      return t("digest.runRetry", { when: discordTimestamp(outcome.retryAt, "R") });
    case "busy":
      return t("digest.runBusy");
    case "skipped":
      return t("digest.runSkipped");
  }
}
