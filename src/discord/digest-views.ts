import type { APIEmbed } from "discord.js";
import type { DeliveryFailureKind } from "../digests/ports.js";
import type { RunOutcome } from "../digests/service.js";
import type { Subscription } from "../digests/types.js";
import { DEFAULT_LOCALE } from "../i18n/locales.js";
import { type MessageKey, type Translate, translator } from "../i18n/t.js";
import { discordTimestamp, escapeText, truncate } from "./render.js";

function when(epochMs: number | null, none: string): string {
  if (epochMs === null) return none;
  return `${discordTimestamp(epochMs, "f")} (${discordTimestamp(epochMs, "R")})`;
}

const SUMMARY_LENGTH_KEYS = {
  short: "digest.summariesShort",
  medium: "digest.summariesMedium",
  long: "digest.summariesLong",
} as const satisfies Record<Subscription["length"], MessageKey>;

/** The subscription's filters in words (`describeFilters` says the same in English for the CLI). */
function describeFiltersIn(filters: Subscription["filters"], t: Translate): string {
  const parts: string[] = [];
  if (filters.feedId) parts.push(t("digest.filterFeed", { feed: filters.feedId }));
  if (filters.source) parts.push(t("digest.filterSource", { source: filters.source }));
  if (filters.keywords.length > 0)
    parts.push(t("digest.filterKeywords", { keywords: filters.keywords.join(", ") }));
  return parts.length > 0 ? parts.join(" · ") : t("digest.filtersAll");
}

const FAILURE_KEYS = {
  forbidden: "digest.failForbidden",
  "not-found": "digest.failNotFound",
  rejected: "digest.failRejected",
} as const satisfies Partial<Record<DeliveryFailureKind, MessageKey>>;

/**
 * Why a delivery failed, worded from its kind; the service's English sentence when the kind has no
 * words here (or the record predates kinds).
 */
export function describeFailure(
  failure: DeliveryFailureKind | undefined,
  english: string,
  channelId: string | null,
  t: Translate,
): string {
  const key =
    failure && failure in FAILURE_KEYS ? FAILURE_KEYS[failure as keyof typeof FAILURE_KEYS] : null;
  if (!key || (key !== "digest.failRejected" && channelId === null)) return english;
  return t(key, { channel: `<#${channelId}>` });
}

function describeState(subscription: Subscription, t: Translate): string {
  const { state, pending } = subscription;
  if (state.status === "paused") {
    const reason =
      state.by === "user"
        ? t("digest.pausedByModerator")
        : describeFailure(state.failure, state.reason, subscription.channelId, t);
    return t("digest.statePaused", { reason, since: discordTimestamp(state.since, "f") });
  }
  if (!pending) return t("digest.stateActive");
  const failed = pending.lastError
    ? ` (${t("digest.stateLastFailed", { error: escapeText(truncate(pending.lastError, 150)) })})`
    : "";
  return `${t("digest.stateDelivering")}${failed}`;
}

/**
 * One subscription for `/digest list`: channel, schedule, filters, next and last run, state. The
 * list is ephemeral, so it is worded in the reader's locale.
 */
export function describeSubscription(
  subscription: Subscription,
  t: Translate = translator(DEFAULT_LOCALE),
): APIEmbed {
  const delivery = [
    escapeText(describeFiltersIn(subscription.filters, t)),
    subscription.style === "briefing"
      ? t("digest.asBriefing")
      : t(SUMMARY_LENGTH_KEYS[subscription.length]),
    ...(subscription.postEmpty ? [t("digest.postsWhenEmpty")] : []),
  ].join(" · ");
  const next =
    subscription.state.status === "paused"
      ? t("digest.nextPaused")
      : when(subscription.nextRunAt, t("digest.nextNever"));
  const lines = [
    `**${t("digest.labelChannel")}** <#${subscription.channelId}>`,
    `**${t("digest.labelSchedule")}** \`${subscription.schedule.text}\` (${subscription.schedule.timezone})`,
    `**${t("digest.labelFilters")}** ${delivery}`,
    `**${t("digest.labelNextRun")}** ${next}`,
    `**${t("digest.labelLastRun")}** ${when(subscription.lastRunAt, t("digest.notYet"))}`,
    `**${t("digest.labelState")}** ${describeState(subscription, t)}`,
  ];
  return {
    title: t("digest.subscriptionTitle", { id: subscription.id }),
    description: lines.join("\n"),
    color: subscription.state.status === "active" ? 0x2f855a : 0xc05621,
  };
}

/** What `/digest send-now` answers (`channelId`: the subscription's, to word a pause). */
export function describeRunOutcome(
  outcome: RunOutcome,
  t: Translate = translator(DEFAULT_LOCALE),
  channelId: string | null = null,
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
      return t("digest.runPaused", {
        reason: describeFailure(outcome.failure, outcome.reason, channelId, t),
      });
    case "retry":
      return t("digest.runRetry", { when: discordTimestamp(outcome.retryAt, "R") });
    case "busy":
      return t("digest.runBusy");
    case "skipped":
      return t("digest.runSkipped");
  }
}
