import { setTimeout as sleep } from "node:timers/promises";
import { DiscordAPIError } from "discord.js";
import type { Article } from "../articles/types.js";
import { normalizeUrl } from "../articles/url.js";
import type { BotDeps } from "../deps.js";
import {
  isUserError,
  localizedUserError,
  localizedUserErrorText,
  renderUserError,
  UserError,
  type UserErrorKey,
} from "../errors.js";
import { t } from "../i18n/t.js";
import {
  isJobError,
  type JobContext,
  type JobHandler,
  type JobsPort,
  runJob,
} from "../jobs/ports.js";
import { type SummaryPayer, summarizeAsJob } from "../summaries/jobs.js";
import type { SummaryFormat, SummaryLength } from "../summaries/types.js";
import { fetchForUser } from "./articles.js";
import { toApiMessage } from "./interaction.js";
import { escapeText, forEdit, type RenderedMessage, renderMessage } from "./render.js";
import { createStreamEditor } from "./stream-editor.js";
import { renderSummary, renderSummaryProgress } from "./views.js";
import { createInteractionWebhooks, type InteractionRest } from "./webhooks.js";

/**
 * `/summarize` as jobs. The interaction handler (any process, any transport) enqueues a **reply
 * job** and then defers; whichever worker runs it fetches the page if needed (a **fetch job**, one per
 * normalized URL), waits for the **summary job** (one per cache key, src/summaries/jobs.ts), shows
 * the summary's text as the job reports it, and finishes the interaction over REST with its token:
 * `PATCH /webhooks/{app}/{token}/messages/@original`. That edit is idempotent, so a reply job run
 * again after its worker died still gives one answer.
 * Interaction-token endpoints are exempt from Discord's global limit: they bypass the limiter.
 */

export const SUMMARY_REPLY_QUEUE = "summary-replies";
export const FETCH_QUEUE = "fetches";
/** Interaction tokens are valid this long after the interaction was created. */
export const INTERACTION_TOKEN_TTL_MS = 15 * 60_000;
/** A reply job not started this long before its token expires is dropped, not run. */
export const TOKEN_EXPIRY_MARGIN_MS = 60_000;
const DISCORD_EPOCH = 1_420_070_400_000n;

export interface SummaryReplyJob {
  applicationId: string;
  token: string;
  interactionId: string;
  /** The article when it is in the corpus; else null and `url` is fetched. */
  article: Article | null;
  url: string | null;
  length: SummaryLength;
  format: SummaryFormat;
  /** Who is charged if this request's summary job starts an upstream LLM call (null: nobody). */
  payer: SummaryPayer | null;
  /** The server's summary language, when it has one. */
  language?: string | undefined;
  /** The language of the reply's button labels (`serverLocale`); English when absent. */
  labelLocale?: string | undefined;
  /** The reader's locale (`interaction.locale`): a refusal is worded in it. */
  locale?: string | undefined;
  /** Who asked (fetched pages are kept for them, and count against their fetch limits). */
  requester: SummaryPayer;
}

/** Whether the answer was a paid LLM call (the handler settles the LLM reservation from it). */
export interface SummaryReplyResult {
  paid: boolean;
}

/** A refusal travels as data: its English text, and its catalog key when it has one. */
export type FetchJobResult = { article: Article } | { userError: string; i18n?: UserErrorKey };

/** A page to fetch for the person who asked (rate limits and visibility are theirs). */
export interface FetchJob {
  url: string;
  userId: string;
  guildId: string | null;
}

/** When a snowflake (an interaction id) was created, epoch ms. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** The moment a reply job for this interaction is no longer worth starting. */
export function replyDeadline(interactionId: string): number {
  return snowflakeTime(interactionId) + INTERACTION_TOKEN_TTL_MS - TOKEN_EXPIRY_MARGIN_MS;
}

export interface SummaryJobsDeps
  extends Pick<BotDeps, "corpus" | "fetcher" | "summarizer" | "clock"> {
  jobs: Pick<JobsPort, "enqueue">;
  /** The REST client interactions are finished with (token endpoints: no bot token used). */
  rest: InteractionRest;
  logger: BotDeps["logger"];
  config: Pick<BotDeps["config"], "SUMMARY_DEADLINE_MS" | "FETCH_ALLOW_PRIVATE">;
}

/** The fetch job: fetches a page into this worker's corpus (and the shared store). */
export function createFetchJobHandler(
  deps: Pick<
    BotDeps,
    "corpus" | "fetcher" | "config" | "logger" | "summarizer" | "store" | "clock"
  >,
): JobHandler<FetchJob, FetchJobResult> {
  return async ({ url, userId, guildId }, context) => {
    try {
      const signal = AbortSignal.any([context.signal, AbortSignal.timeout(60_000)]);
      const who = { user: { id: userId }, guildId };
      return { article: await fetchForUser(deps as BotDeps, url, signal, who) };
    } catch (error) {
      // A refusal is an answer, not a failure to retry: it travels as data.
      if (isUserError(error)) {
        return { userError: error.message, ...(error.i18n ? { i18n: error.i18n } : {}) };
      }
      throw error;
    }
  };
}

async function articleFor(deps: SummaryJobsDeps, job: SummaryReplyJob): Promise<Article> {
  if (job.article) return job.article;
  const url = job.url ?? "";
  let key: string;
  try {
    key = normalizeUrl(url);
  } catch {
    throw localizedUserError("fetch.badLink");
  }
  const fetched = await runJob<FetchJob, FetchJobResult>(
    deps.jobs,
    FETCH_QUEUE,
    { url, userId: job.payer?.userId ?? job.requester.userId, guildId: job.requester.guildId },
    {
      id: `fetch:${key}`,
      attempts: 2,
      backoffMs: 1000,
      timeoutMs: 90_000,
      dropAfter: replyDeadline(job.interactionId),
    },
  );
  if ("userError" in fetched) {
    throw new UserError(fetched.userError, fetched.i18n ? { i18n: fetched.i18n } : undefined);
  }
  return fetched.article;
}

/** Discord answers an edit of `@original` before the interaction's first response with this. */
const UNKNOWN_MESSAGE = 10008;
/** How long after an interaction its first response can still arrive (Discord's 3 s, and margin). */
const ACKNOWLEDGE_WINDOW_MS = 5_000;

function isUnknownMessage(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.status === 404 && error.code === UNKNOWN_MESSAGE;
}

/**
 * Runs `edit`; while the interaction is young enough that its deferral may still be on its way (the
 * handler enqueues before it defers), an "Unknown Message" is waited out and the edit tried again.
 */
export async function editOriginalWhenAcknowledged(
  edit: () => Promise<void>,
  createdAt: number,
  signal: AbortSignal,
  now: () => number = Date.now,
): Promise<void> {
  for (;;) {
    try {
      await edit();
      return;
    } catch (error) {
      if (!isUnknownMessage(error) || now() - createdAt > ACKNOWLEDGE_WINDOW_MS) throw error;
      await sleep(200, undefined, { signal });
    }
  }
}

/** What the person is told when a job could not give the answer. */
function explainFailure(error: unknown, locale: string | undefined): string {
  if (isUserError(error)) {
    return localizedUserErrorText(error, locale, escapeText) ?? renderUserError(error, escapeText);
  }
  if (isJobError(error) && (error.kind === "timeout" || error.kind === "dropped")) {
    return t(locale, "summary.tooSlow");
  }
  return t(locale, "summary.failed");
}

/**
 * The reply job: article → summary job → edit the original response. A failure that another
 * attempt will not fix (a refusal, a deadline) is told to the user at once; anything else is
 * retried, and told on the last attempt.
 */
export function createSummaryReplyHandler(
  deps: SummaryJobsDeps,
  options: { attempts: number },
): JobHandler<SummaryReplyJob, SummaryReplyResult> {
  return async (job, context: JobContext) => {
    const deadline = replyDeadline(job.interactionId) + TOKEN_EXPIRY_MARGIN_MS / 2;
    const webhooks = createInteractionWebhooks(deps.rest, job.applicationId, job.token);
    const edit = (message: RenderedMessage) =>
      editOriginalWhenAcknowledged(
        () => webhooks.editOriginal(toApiMessage(forEdit(message))),
        snowflakeTime(job.interactionId),
        context.signal,
      );
    // The text so far as the job's LLM call streams, one edit per interval at most; the final
    // answer goes through the same editor, so no progress edit can land after it.
    const editor = createStreamEditor(edit, { clock: deps.clock, logger: deps.logger });
    try {
      const article = await articleFor(deps, job);
      const llmModel = deps.summarizer.llmModel;
      const summary = await summarizeAsJob(
        deps.jobs,
        deps.summarizer,
        {
          article,
          length: job.length,
          format: job.format,
          payer: job.payer,
          ...(job.language ? { language: job.language } : {}),
        },
        {
          timeoutMs: Math.max(
            1_000,
            Math.min(deadline - Date.now(), deps.config.SUMMARY_DEADLINE_MS * 2),
          ),
          dropAfter: replyDeadline(job.interactionId),
          signal: context.signal,
          onProgress: (text) =>
            editor.push(renderSummaryProgress(article, text, llmModel, job.labelLocale)),
        },
      );
      await editor.finish(
        renderSummary(article, summary, {
          format: job.format,
          llmModel,
          ...(job.labelLocale ? { locale: job.labelLocale } : {}),
        }),
      );
      return { paid: summary.engine === "llm" && !summary.cached };
    } catch (error) {
      await editor.stop();
      // A refusal or a deadline will not change on another attempt; a failed summary job (its
      // worker lost its lock and cancelled it, say) or an unreachable queue may.
      const final =
        isUserError(error) ||
        (isJobError(error) && (error.kind === "dropped" || error.kind === "timeout")) ||
        context.attempt >= options.attempts;
      if (!final || context.signal.aborted) throw error;
      deps.logger.warn(
        { err: error, interactionId: job.interactionId, attempt: context.attempt },
        "summary reply failed",
      );
      await edit(renderMessage({ content: explainFailure(error, job.locale) }));
      return { paid: false };
    }
  };
}
