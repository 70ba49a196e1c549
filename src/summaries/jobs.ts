import { createHash } from "node:crypto";
import type { Article } from "../articles/types.js";
import { isUserError, UserError } from "../errors.js";
import { type JobHandler, type JobsPort, runJob } from "../jobs/ports.js";
import type { SummaryService } from "./service.js";
import type { Summary, SummaryEngine, SummaryFormat, SummaryLength } from "./types.js";

/**
 * Summaries as jobs. The job's id is the summary's cache key, so identical requests from any
 * process share one job — and one upstream call — while it waits or runs; the job runs the summary
 * service (cache, LLM, and the extractive fallback inside), so every waiter gets the one answer.
 */

export const SUMMARY_QUEUE = "summaries";

/** The person charged when a summary job starts an upstream call (the one who created the job). */
export interface SummaryPayer {
  userId: string;
  guildId: string | null;
}

export interface SummaryJob {
  article: Article;
  length: SummaryLength;
  format: SummaryFormat;
  engine?: SummaryEngine;
  /** The server's summary language (BCP 47; LLM only); part of the cache key and the job id. */
  language?: string | undefined;
  /** Absent or null: nobody is charged (no LLM limits, or a digest). */
  payer?: SummaryPayer | null;
}

/** The LLM limits as the summary job needs them (src/discord/llm-limits.ts implements it). */
export interface SummaryCharges {
  /** `runKey` names the job: a run after a crash finds the first run's charge, not a second one. */
  reserve(
    userId: string,
    guildId: string | null,
    options?: { runKey?: string },
  ): Promise<{ release(): Promise<void> }>;
}

/**
 * What a summary job ends with: the summary, or a refusal the user is told as it is (a
 * `UserError`). A refusal by the LLM limits concerns the job's payer only (`payerOnly`); the
 * other requests sharing the job then run it again as their own.
 */
export type SummaryJobResult =
  | { summary: Summary }
  | {
      refused: string;
      /** The refusal's catalog key, so that it is worded in the reader's locale. */
      i18n?: UserError["i18n"];
      payerOnly: boolean;
      payerId: string | null;
    };

/** The job id of a summary: its cache key (hashed again by adapters that need it). */
export function summaryJobId(service: Pick<SummaryService, "keyFor">, job: SummaryJob): string {
  return `summary:${service.keyFor(job.article, job)}`;
}

/** Progress reports of a summary job (its text so far): no more often than this. */
export const SUMMARY_PROGRESS_INTERVAL_MS = 1000;

/** What a summary job reports while the LLM writes: the summary text so far. */
export interface SummaryProgress {
  text: string;
}

export function isSummaryProgress(data: unknown): data is SummaryProgress {
  return (
    typeof data === "object" && data !== null && typeof (data as SummaryProgress).text === "string"
  );
}

/**
 * Reports `text` through `report` at most once per `intervalMs`, the latest text winning; the
 * last one waiting is dropped when `stop()` is called (the answer itself follows).
 */
function throttledReports(
  report: (progress: SummaryProgress) => void,
  intervalMs: number,
  now: () => number,
): { push(text: string): void; stop(): void } {
  let lastAt = 0;
  let latest: string | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const send = () => {
    timer = null;
    if (stopped || latest === null) return;
    lastAt = now();
    report({ text: latest });
    latest = null;
  };
  return {
    push(text) {
      if (stopped) return;
      latest = text;
      if (timer) return;
      const wait = lastAt + intervalMs - now();
      if (wait <= 0) send();
      else timer = setTimeout(send, wait);
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

/**
 * The worker's side: runs the summary service; its deadline counts from the job's start. The
 * job's payer is charged once, when the service starts an upstream call, and refunded when the
 * answer was not a paid LLM call (cache, fallback); every request sharing the job pays nothing,
 * and a run after a crash finds the charge its first run made. A refusal ends the job as data.
 */
export function createSummaryJobHandler(
  service: Pick<SummaryService, "summarize">,
  options: {
    deadlineMs: number;
    charges?: SummaryCharges | null;
    /** Default SUMMARY_PROGRESS_INTERVAL_MS. */
    progressIntervalMs?: number;
    now?: () => number;
  },
): JobHandler<SummaryJob, SummaryJobResult> {
  return async (job, context) => {
    const signal = AbortSignal.any([context.signal, AbortSignal.timeout(options.deadlineMs)]);
    const payer = job.payer;
    const charges = options.charges;
    const held: { reservation: { release(): Promise<void> } | null } = { reservation: null };
    let paid = false;
    let charging = false;
    // The text so far goes to every request waiting on this job (their workers show it).
    const reports = throttledReports(
      (progress) => context.progress(progress),
      options.progressIntervalMs ?? SUMMARY_PROGRESS_INTERVAL_MS,
      options.now ?? Date.now,
    );
    try {
      const summary = await service.summarize(job.article, {
        length: job.length,
        format: job.format,
        ...(job.engine ? { engine: job.engine } : {}),
        ...(job.language ? { language: job.language } : {}),
        signal,
        onPartial: (text) => reports.push(text),
        ...(payer && charges
          ? {
              beforeUpstream: async () => {
                charging = true;
                held.reservation = await charges.reserve(payer.userId, payer.guildId, {
                  runKey: createHash("sha256").update(context.id).digest("hex").slice(0, 32),
                });
                charging = false;
              },
            }
          : {}),
      });
      paid = summary.engine === "llm" && !summary.cached && summary.shared !== true;
      return { summary };
    } catch (error) {
      // A refusal is an answer, not a crash: retrying would only refuse again.
      if (isUserError(error)) {
        return {
          refused: error.message,
          ...(error.i18n ? { i18n: error.i18n } : {}),
          payerOnly: charging,
          payerId: payer?.userId ?? null,
        };
      }
      throw error;
    } finally {
      reports.stop();
      if (held.reservation && !paid) await held.reservation.release().catch(() => undefined);
    }
  };
}

/**
 * The asking side: enqueues (or joins) the summary's job and waits for it. `dropAfter` drops the
 * job if no worker starts it in time; `timeoutMs` bounds the wait.
 */
export async function summarizeAsJob(
  jobs: Pick<JobsPort, "enqueue">,
  service: Pick<SummaryService, "keyFor">,
  job: SummaryJob,
  wait: {
    timeoutMs: number;
    dropAfter?: number;
    signal?: AbortSignal;
    /** The summary text so far, while the job's LLM call streams (throttled by the job). */
    onProgress?: (text: string) => void;
  },
): Promise<Summary> {
  const onProgress = wait.onProgress;
  for (let round = 0; ; round++) {
    const result = await runJob<SummaryJob, SummaryJobResult>(jobs, SUMMARY_QUEUE, job, {
      id: summaryJobId(service, job),
      // The service never throws for an LLM failure (it falls back): a retry is for a crash.
      attempts: 2,
      backoffMs: 500,
      timeoutMs: wait.timeoutMs,
      ...(wait.dropAfter !== undefined ? { dropAfter: wait.dropAfter } : {}),
      ...(wait.signal ? { signal: wait.signal } : {}),
      ...(onProgress
        ? { onProgress: (data: unknown) => isSummaryProgress(data) && onProgress(data.text) }
        : {}),
    });
    if ("summary" in result) return result.summary;
    // Another requester's refusal (their cooldown or share): run the job again as this one's.
    if (result.payerOnly && round === 0 && result.payerId !== (job.payer?.userId ?? null)) continue;
    throw new UserError(result.refused, result.i18n ? { i18n: result.i18n } : {});
  }
}
