import { Cron } from "croner";
import { type Clock, systemClock } from "../clock.js";
import type { Logger } from "../logger.js";
import {
  type EnqueueOptions,
  isPermanentJobError,
  type JobContext,
  JobError,
  type JobHandler,
  type JobsPort,
  type JobTicket,
  type QueueStats,
  type RepeatSpec,
  type WorkOptions,
} from "./ports.js";

/**
 * The jobs port in this process only: the default when no Redis is configured, so `npm start`
 * keeps working alone. Same semantics as the BullMQ adapter (one contract suite), except that jobs
 * die with the process: there is no other worker to pick them up.
 */

interface Entry {
  id: string;
  queue: string;
  data: unknown;
  attempts: number;
  backoffMs: number;
  dropAfter: number | null;
  attempt: number;
  enqueuedAt: number;
  state: "waiting" | "delayed" | "active";
  settle: { resolve(value: unknown): void; reject(error: unknown): void };
  promise: Promise<unknown>;
  /** The tickets listening for progress reports. */
  listeners: Set<(data: unknown) => void>;
}

interface QueueState {
  waiting: Entry[];
  byId: Map<string, Entry>;
  handler: JobHandler<unknown, unknown> | null;
  concurrency: number;
  active: number;
  failed: number;
  schedules: Map<string, Cron>;
  timers: Set<NodeJS.Timeout>;
}

export interface InProcessJobsOptions {
  logger: Logger;
  clock?: Clock;
}

export function createInProcessJobs(options: InProcessJobsOptions): JobsPort {
  const clock = options.clock ?? systemClock;
  const { logger } = options;
  const queues = new Map<string, QueueState>();
  const controller = new AbortController();
  const running = new Set<Promise<unknown>>();
  let sequence = 0;
  let closed = false;

  const stateOf = (name: string): QueueState => {
    let state = queues.get(name);
    if (!state) {
      state = {
        waiting: [],
        byId: new Map(),
        handler: null,
        concurrency: 1,
        active: 0,
        failed: 0,
        schedules: new Map(),
        timers: new Set(),
      };
      queues.set(name, state);
    }
    return state;
  };

  const later = (state: QueueState, ms: number, run: () => void): void => {
    const timer = setTimeout(() => {
      state.timers.delete(timer);
      run();
    }, ms);
    state.timers.add(timer);
  };

  const finish = (state: QueueState, entry: Entry): void => {
    if (state.byId.get(entry.id) === entry) state.byId.delete(entry.id);
    entry.listeners.clear();
  };

  const report = (entry: Entry, data: unknown): void => {
    for (const listener of entry.listeners) {
      try {
        listener(data);
      } catch (error) {
        logger.warn(
          { err: error, queue: entry.queue, jobId: entry.id },
          "progress listener failed",
        );
      }
    }
  };

  const pump = (state: QueueState): void => {
    while (!closed && state.handler && state.active < state.concurrency && state.waiting.length) {
      const entry = state.waiting.shift()!;
      if (entry.dropAfter !== null && clock.now() > entry.dropAfter) {
        finish(state, entry);
        state.failed++;
        entry.settle.reject(
          new JobError("dropped", "The job was not started before its deadline."),
        );
        continue;
      }
      state.active++;
      entry.state = "active";
      entry.attempt++;
      const context: JobContext = {
        id: entry.id,
        attempt: entry.attempt,
        signal: controller.signal,
        progress: (data) => report(entry, data),
      };
      const run = state.handler(entry.data, context).then(
        (value) => {
          finish(state, entry);
          entry.settle.resolve(value);
        },
        (error: unknown) => {
          const last = entry.attempt >= entry.attempts || isPermanentJobError(error) || closed;
          if (last) {
            finish(state, entry);
            state.failed++;
            logger.warn({ err: error, queue: entry.queue, jobId: entry.id }, "job failed");
            entry.settle.reject(
              new JobError("failed", error instanceof Error ? error.message : String(error), {
                cause: error,
              }),
            );
            return;
          }
          entry.state = "delayed";
          logger.debug(
            { err: error, queue: entry.queue, jobId: entry.id, attempt: entry.attempt },
            "job failed; retrying",
          );
          later(state, entry.backoffMs * 2 ** (entry.attempt - 1), () => {
            entry.state = "waiting";
            state.waiting.push(entry);
            pump(state);
          });
        },
      );
      running.add(run);
      void run.finally(() => {
        running.delete(run);
        state.active--;
        pump(state);
      });
    }
  };

  const ticketFor = <R>(entry: Entry): JobTicket<R> => ({
    id: entry.id,
    onProgress(listener) {
      const own = (data: unknown) => listener(data);
      entry.listeners.add(own);
      return () => entry.listeners.delete(own);
    },
    result(wait = {}) {
      const waits: Promise<unknown>[] = [entry.promise];
      const cleanups: Array<() => void> = [];
      if (wait.timeoutMs !== undefined) {
        waits.push(
          new Promise((_, reject) => {
            const timer = setTimeout(
              () => reject(new JobError("timeout", "Waited too long for the job.")),
              wait.timeoutMs,
            );
            cleanups.push(() => clearTimeout(timer));
          }),
        );
      }
      if (wait.signal) {
        const signal = wait.signal;
        waits.push(
          new Promise((_, reject) => {
            const onAbort = () => reject(new JobError("timeout", "Stopped waiting for the job."));
            if (signal.aborted) onAbort();
            signal.addEventListener("abort", onAbort, { once: true });
            cleanups.push(() => signal.removeEventListener("abort", onAbort));
          }),
        );
      }
      return Promise.race(waits).finally(() => {
        for (const cleanup of cleanups) cleanup();
      }) as Promise<R>;
    },
  });

  const add = (queue: string, data: unknown, opts: EnqueueOptions): Entry => {
    const state = stateOf(queue);
    const id = opts.id ?? `job-${++sequence}`;
    const existing = state.byId.get(id);
    if (existing) return existing;
    let settle!: Entry["settle"];
    const promise = new Promise<unknown>((resolve, reject) => {
      settle = { resolve, reject };
    });
    // Nobody may be awaiting this job (fire and forget): its failure is logged, not unhandled.
    promise.catch(() => {});
    const entry: Entry = {
      id,
      queue,
      data,
      attempts: Math.max(1, opts.attempts ?? 3),
      backoffMs: opts.backoffMs ?? 1000,
      dropAfter: opts.dropAfter ?? null,
      attempt: 0,
      enqueuedAt: clock.now(),
      state: "waiting",
      settle,
      promise,
      listeners: new Set(),
    };
    state.byId.set(id, entry);
    state.waiting.push(entry);
    queueMicrotask(() => pump(state));
    return entry;
  };

  return {
    kind: "in-process",
    async enqueue<D, R>(queue: string, data: D, opts: EnqueueOptions = {}) {
      if (closed) throw new JobError("unavailable", "The job queue is closed.");
      return ticketFor<R>(add(queue, data, opts));
    },
    async work<D, R>(queue: string, handler: JobHandler<D, R>, opts: WorkOptions = {}) {
      const state = stateOf(queue);
      if (state.handler) throw new Error(`queue ${queue} already has a worker in this process`);
      state.handler = handler as JobHandler<unknown, unknown>;
      state.concurrency = Math.max(1, opts.concurrency ?? 1);
      pump(state);
    },
    async schedule(queue, schedulerId, spec: RepeatSpec, data, runOptions = {}) {
      const state = stateOf(queue);
      state.schedules.get(schedulerId)?.stop();
      const cron = new Cron(spec.pattern, { timezone: spec.timezone }, () => {
        // One run per firing; a run still going when the next fires is joined, not doubled.
        add(queue, data, {
          ...runOptions,
          id: `${schedulerId}@${cron.currentRun()?.getTime() ?? clock.now()}`,
        });
      });
      state.schedules.set(schedulerId, cron);
    },
    async unschedule(queue, schedulerId) {
      const state = stateOf(queue);
      const cron = state.schedules.get(schedulerId);
      if (!cron) return false;
      cron.stop();
      state.schedules.delete(schedulerId);
      return true;
    },
    async schedules(queue) {
      return [...stateOf(queue).schedules.keys()];
    },
    async stats(): Promise<QueueStats[]> {
      const now = clock.now();
      return [...queues.entries()].map(([queue, state]) => {
        const entries = [...state.byId.values()];
        const oldest = state.waiting.reduce((min, e) => Math.min(min, e.enqueuedAt), now);
        return {
          queue,
          waiting: state.waiting.length,
          active: entries.filter((e) => e.state === "active").length,
          delayed: entries.filter((e) => e.state === "delayed").length,
          failed: state.failed,
          stalled: 0,
          oldestWaitMs: now - oldest,
        };
      });
    },
    async check() {
      return closed ? "job queue: closed" : null;
    },
    async close() {
      if (closed) return;
      closed = true;
      controller.abort();
      for (const state of queues.values()) {
        for (const cron of state.schedules.values()) cron.stop();
        for (const timer of state.timers) clearTimeout(timer);
        state.timers.clear();
        for (const entry of [...state.waiting, ...state.byId.values()]) {
          if (entry.state !== "active") {
            entry.settle.reject(new JobError("unavailable", "The job queue was closed."));
          }
        }
        state.waiting.length = 0;
      }
      await Promise.allSettled([...running]);
    },
  };
}
