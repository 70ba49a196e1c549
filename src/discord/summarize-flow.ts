import type { Article } from "../articles/types.js";
import type { BotDeps } from "../deps.js";
import { isAbortError, localizedUserError, UserError } from "../errors.js";
import { t } from "../i18n/t.js";
import type { JobsPort } from "../jobs/ports.js";
import { effectiveLlmBudget } from "../settings/types.js";
import type { Summary, SummaryFormat, SummaryLength } from "../summaries/types.js";
import {
  assertFetchable,
  fetchForUser,
  findArticle,
  looksLikeUrl,
  requireArticle,
  visibleTo,
} from "./articles.js";
import { languageName, serverLocale, settingsFor } from "./guild-settings.js";
import type { CommandInteraction, ComponentInteraction } from "./interaction.js";
import type { LlmReservation } from "./llm-limits.js";
import { renderMessage } from "./render.js";
import { createStreamEditor } from "./stream-editor.js";
import {
  replyDeadline,
  SUMMARY_REPLY_QUEUE,
  type SummaryReplyJob,
  type SummaryReplyResult,
} from "./summary-jobs.js";
import { renderSummary, renderSummaryProgress } from "./views.js";

export { createStreamEditor, STREAM_EDIT_INTERVAL_MS, type StreamEditor } from "./stream-editor.js";

/** Interaction tokens live 15 minutes; all work on one interaction ends well before. */
export const INTERACTION_BUDGET_MS = 12 * 60_000;
/** Runs of a reply job in all (a worker crash or a REST failure gets another). */
export const REPLY_ATTEMPTS = 3;

/** The metrics' outcome of an LLM call the extractive engine stood in for: out of time, or failed. */
export function fallbackOutcome(summary: Pick<Summary, "fallback">): "timeout" | "failed" {
  return summary.fallback === "timeout" || summary.fallback === "deadline" ? "timeout" : "failed";
}

/** Counts a summary in the metrics: engine, cache, paid LLM calls and tokens, fallbacks. */
function recordSummary(deps: BotDeps, summary: Summary): void {
  const metrics = deps.metrics;
  if (!metrics) return;
  metrics.summaries.inc({ engine: summary.engine, cached: String(summary.cached) });
  metrics.cacheLookups.inc({ cache: "summaries", result: summary.cached ? "hit" : "miss" });
  if (summary.cached) return;
  if (summary.engine === "llm") {
    // A summary shared with another request's upstream call was counted by that request.
    if (summary.shared === true) return;
    metrics.llmCalls.inc({ outcome: "ok" });
    if (summary.usage) {
      metrics.llmTokens.inc({ kind: "prompt" }, summary.usage.promptTokens);
      metrics.llmTokens.inc({ kind: "completion" }, summary.usage.completionTokens);
    }
  } else if (deps.summarizer.llmModel !== null) {
    // The LLM was configured but the extractive engine answered: `fallback` says why.
    const reason = fallbackOutcome(summary);
    metrics.llmCalls.inc({ outcome: reason });
    metrics.llmFallbacks.inc({ reason });
  }
}

export interface SummaryRequest {
  /** The article, or the reference (id, URL) to resolve or fetch. */
  article: Article | string;
  /** Null or absent: the server's default (/settings), else medium. */
  length?: SummaryLength | null;
  /** Null or absent: the server's default (/settings), else paragraph. */
  format?: SummaryFormat | null;
}

/** What the job path needs from an interaction. */
interface QueuedInteraction {
  readonly id: string;
  readonly applicationId: string;
  readonly token: string;
  readonly user: { readonly id: string };
  readonly guildId: string | null;
  readonly locale: string;
}

/**
 * The job path: enqueue the reply job (its id is the interaction's, so a retried handler enqueues
 * nothing twice), then defer and return; a worker answers over REST. Enqueued first, so a process
 * killed right after its deferral went out has already handed the answer to the queue (a worker
 * that finishes before the deferral lands waits for it: `editOriginalWhenAcknowledged`). The person
 * who asked is the payer: charged by the worker only if the summary job they created starts an
 * upstream call.
 */
async function enqueueSummary(
  interaction: QueuedInteraction & { deferReply(): Promise<unknown> },
  request: SummaryRequest & {
    length: SummaryLength;
    format: SummaryFormat;
    language: string | undefined;
    labelLocale: string;
  },
  article: Article | undefined,
  jobs: JobsPort,
  charged: boolean,
): Promise<void> {
  const job: SummaryReplyJob = {
    applicationId: interaction.applicationId,
    token: interaction.token,
    interactionId: interaction.id,
    article: article ?? null,
    url: article ? null : String(request.article),
    length: request.length,
    format: request.format,
    payer: charged ? { userId: interaction.user.id, guildId: interaction.guildId } : null,
    requester: { userId: interaction.user.id, guildId: interaction.guildId },
    ...(request.language ? { language: request.language } : {}),
    labelLocale: request.labelLocale,
    locale: interaction.locale,
  };
  try {
    await jobs.enqueue<SummaryReplyJob, SummaryReplyResult>(SUMMARY_REPLY_QUEUE, job, {
      id: `reply:${interaction.id}`,
      attempts: REPLY_ATTEMPTS,
      backoffMs: 2_000,
      dropAfter: replyDeadline(interaction.id),
    });
  } catch (error) {
    throw new UserError(
      "Summaries cannot be queued right now (the job queue is unreachable). Please try again in a minute.",
      { cause: error, i18n: { key: "summary.queueDown" } },
    );
  }
  await interaction.deferReply();
}

/**
 * `/summarize` and the Summary button: checks the article and the LLM limits (ephemeral answers),
 * defers at once, fetches the page if needed, streams the summary into the reply, and settles the
 * LLM reservation (free when the cache or the fallback answered).
 */
export async function runSummary(
  interaction: CommandInteraction | ComponentInteraction,
  request: SummaryRequest,
  deps: BotDeps,
): Promise<void> {
  let article: Article | undefined;
  if (typeof request.article === "string") {
    const visible = visibleTo(deps, interaction);
    article = await findArticle(visible, request.article);
    if (!article && !looksLikeUrl(request.article)) await requireArticle(visible, request.article);
    // Refuse what can never be fetched before deferring, so the answer stays ephemeral.
    if (!article) assertFetchable(deps, request.article);
  } else {
    article = request.article;
  }
  const llmModel = deps.summarizer.llmModel;
  // briefings (issue 16): the server's settings give the defaults, the language and the budget.
  const settings = await settingsFor(deps, interaction.guildId);
  const length = request.length ?? settings.length ?? "medium";
  const format = request.format ?? settings.format ?? "paragraph";
  const language = settings.language ?? undefined;
  // The reply is public: its button labels follow the server, not the reader.
  const labelLocale = serverLocale(settings.language, interaction.raw.guild_locale);
  const budget = {
    guildBudget: effectiveLlmBudget(settings, deps.config.LLM_GUILD_HOURLY_BUDGET),
  };
  const limits = llmModel === null ? null : deps.llmLimits;
  // Refuse early (ephemeral, before deferring) when a limit is already reached; nothing is counted
  // until this request actually starts an upstream call (beforeUpstream below).
  await limits?.check(interaction.user.id, interaction.guildId, budget);
  // Through the queue when it is shared (Redis): any worker answers. The in-process queue would add
  // nothing to the service's own single-flight and lose the streamed progress.
  if (deps.jobs?.kind === "bullmq") {
    await enqueueSummary(
      interaction,
      { ...request, length, format, language, labelLocale },
      article,
      deps.jobs,
      limits !== null,
    );
    return;
  }
  const held: { reservation: LlmReservation | null } = { reservation: null };
  let paid = false;
  try {
    await interaction.deferReply();
    const signal = AbortSignal.timeout(
      Math.min(deps.config.SUMMARY_DEADLINE_MS, INTERACTION_BUDGET_MS),
    );
    const target =
      article ?? (await fetchForUser(deps, String(request.article), signal, interaction));
    const editor = createStreamEditor((message) => interaction.editReply(message), {
      clock: deps.clock,
      logger: deps.logger,
    });
    let summary: Awaited<ReturnType<BotDeps["summarizer"]["summarize"]>>;
    try {
      summary = await deps.summarizer.summarize(target, {
        length,
        format,
        language,
        signal,
        onPartial: (text) =>
          editor.push(renderSummaryProgress(target, text, llmModel, labelLocale)),
        ...(limits
          ? {
              beforeUpstream: async () => {
                held.reservation = await limits.reserve(
                  interaction.user.id,
                  interaction.guildId,
                  budget,
                );
              },
            }
          : {}),
      });
    } catch (error) {
      if (isAbortError(error) || signal.aborted) {
        throw localizedUserError("summary.tooSlow");
      }
      throw error;
    }
    // Only the request that started the upstream call pays (its reservation); a fallback is free.
    paid = summary.engine === "llm" && !summary.cached && summary.shared !== true;
    recordSummary(deps, summary);
    const rendered = renderSummary(target, summary, { format, llmModel, locale: labelLocale });
    await editor.finish(
      language && summary.engine !== "llm"
        ? renderMessage({
            content: `-# ${t(interaction.locale, "summary.noLanguage", { language: languageName(language) })}`,
            embeds: rendered.embeds,
            components: rendered.components,
          })
        : rendered,
    );
  } finally {
    if (held.reservation && !paid) {
      await held.reservation.release().catch((error: unknown) => {
        deps.logger.warn({ err: error }, "could not release an LLM reservation");
      });
    }
  }
}
