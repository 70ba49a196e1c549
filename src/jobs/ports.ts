/**
 * The jobs port: durable background work the core asks for without knowing where it runs. Two
 * adapters implement it with the same semantics (one contract suite, test/jobs/contract.ts): an
 * in-process queue (src/jobs/in-process.ts, the default without Redis) and BullMQ on Redis
 * (src/queue/bullmq.ts), where any process may enqueue and any worker process may run the job.
 *
 * Semantics every adapter keeps:
 * - **Dedupe by id.** Enqueueing with the id of a job that is waiting, delayed or running joins
 *   that job: its data is not replaced and it runs once; both tickets await the same result. Once
 *   a job has finished it is forgotten, so a later enqueue with the same id runs again.
 * - **At least once.** A job whose worker dies is run again (BullMQ: after its lock expires and
 *   the next stalled check); handlers must be idempotent or guard their side effects.
 * - **Bounded retries.** A handler that throws is retried `attempts` times in all, with
 *   exponential backoff from `backoffMs`; a `PermanentJobError` fails it at once.
 * - **Deadline.** A job not started by `dropAfter` (epoch ms) is dropped, not run.
 * - **Per-queue concurrency** on each process that works a queue.
 */

/** Per-job options. Ids are free text: adapters re-encode them as they need (BullMQ hashes). */
export interface EnqueueOptions {
  /** Dedupe key: a job with this id waiting or running is joined, not duplicated. */
  id?: string;
  /** Runs in total, the first included (default 3). */
  attempts?: number;
  /** First retry delay, doubled per attempt (default 1000 ms). */
  backoffMs?: number;
  /** A job not started by this time (epoch ms) is dropped without running. */
  dropAfter?: number;
}

/** What a running job sees. */
export interface JobContext {
  /** The job's id as the adapter stores it. */
  readonly id: string;
  /** 1 for the first run, 2 for the first retry (or a run after a crash), … */
  readonly attempt: number;
  /** Aborted when the worker shuts down: stop, the job will run again elsewhere. */
  readonly signal: AbortSignal;
  /**
   * Tells whoever awaits the job how far it got (a summary's text so far). Best effort: a report
   * may be lost (Redis down), never throws; each one replaces the last.
   */
  progress(data: unknown): void;
}

export type JobHandler<D, R> = (data: D, context: JobContext) => Promise<R>;

export interface WorkOptions {
  /** Jobs of this queue run at once in this process (default 1). */
  concurrency?: number;
}

/** A cron pattern (5 fields, or 6 with seconds) read in an IANA time zone. */
export interface RepeatSpec {
  pattern: string;
  timezone: string;
}

export type JobFailureKind =
  /** The handler threw on its last attempt (or a PermanentJobError). */
  | "failed"
  /** Not started before its `dropAfter` deadline. */
  | "dropped"
  /** Finished and forgotten before its result was read: enqueue again to run it again. */
  | "gone"
  /** `result()` waited longer than its timeout. */
  | "timeout"
  /** The queue is unreachable (Redis down) or closed. */
  | "unavailable";

export class JobError extends Error {
  override readonly name = "JobError" as const;
  constructor(
    readonly kind: JobFailureKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isJobError(error: unknown): error is JobError {
  return error instanceof Error && error.name === "JobError";
}

/** Thrown by a handler: fail the job now, no retry (bad data, a refused request). */
export class PermanentJobError extends Error {
  override readonly name = "PermanentJobError" as const;
}

export function isPermanentJobError(error: unknown): error is PermanentJobError {
  return error instanceof Error && error.name === "PermanentJobError";
}

/** One enqueued (or joined) job. */
export interface JobTicket<R> {
  readonly id: string;
  /**
   * The handler's result. Rejects with a JobError: `failed` (with the last error's message),
   * `dropped`, `gone`, `timeout` or `unavailable`.
   */
  result(options?: { timeoutMs?: number; signal?: AbortSignal }): Promise<R>;
  /**
   * Calls `listener` with each progress report the job makes from now until it ends (reports made
   * before are not replayed). Returns the function that stops listening.
   */
  onProgress(listener: (data: unknown) => void): () => void;
}

/** How a queue is doing, for /readyz and /metrics. */
export interface QueueStats {
  queue: string;
  waiting: number;
  active: number;
  delayed: number;
  /** Failed jobs since this process started (seen by this process's workers). */
  failed: number;
  /** Jobs recovered after their worker stopped renewing them (seen by this process). */
  stalled: number;
  /** Milliseconds the oldest waiting job has waited (0 when none waits). */
  oldestWaitMs: number;
}

export interface JobsPort {
  readonly kind: "in-process" | "bullmq";
  /** Adds a job (or joins the one with the same id). Rejects `unavailable` when it cannot. */
  enqueue<D, R = unknown>(queue: string, data: D, options?: EnqueueOptions): Promise<JobTicket<R>>;
  /**
   * Runs `handler` for the jobs of `queue` in this process. One handler per queue and process;
   * resolves once the process is taking jobs (an adapter may refuse to work, saying why).
   */
  work<D, R>(queue: string, handler: JobHandler<D, R>, options?: WorkOptions): Promise<void>;
  /**
   * Creates or updates the repeatable job `schedulerId` of `queue`: a job with `data` at every
   * time the pattern matches in its time zone. Upserting the same id replaces the schedule.
   */
  schedule<D>(
    queue: string,
    schedulerId: string,
    spec: RepeatSpec,
    data: D,
    options?: Pick<EnqueueOptions, "attempts" | "backoffMs">,
  ): Promise<void>;
  /** Removes a schedule; false when there was none. A job already started still finishes. */
  unschedule(queue: string, schedulerId: string): Promise<boolean>;
  /** The ids of the schedules of `queue`. */
  schedules(queue: string): Promise<string[]>;
  stats(): Promise<QueueStats[]>;
  /** Null when jobs can be queued; else why not, for /readyz ("job queue: Redis unreachable"). */
  check(): Promise<string | null>;
  /** Stops taking jobs, aborts the running ones' signals, waits for them, closes connections. */
  close(): Promise<void>;
}

/** Enqueues and awaits, joining a job with the same id; re-enqueues once when the job was gone. */
export async function runJob<D, R>(
  jobs: Pick<JobsPort, "enqueue">,
  queue: string,
  data: D,
  options: EnqueueOptions & {
    timeoutMs?: number;
    signal?: AbortSignal;
    /** The job's progress reports while it is awaited. */
    onProgress?: (data: unknown) => void;
  },
): Promise<R> {
  const { timeoutMs, signal, onProgress, ...enqueue } = options;
  const wait = { ...(timeoutMs !== undefined ? { timeoutMs } : {}), ...(signal ? { signal } : {}) };
  for (let round = 0; ; round++) {
    const ticket = await jobs.enqueue<D, R>(queue, data, enqueue);
    const stop = onProgress ? ticket.onProgress(onProgress) : () => {};
    try {
      return await ticket.result(wait);
    } catch (error) {
      if (round < 2 && isJobError(error) && error.kind === "gone") continue;
      throw error;
    } finally {
      stop();
    }
  }
}
