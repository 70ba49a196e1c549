/**
 * CPU work off the event loop: a small pool of worker threads (src/work/worker.ts) that extract
 * quotes, read and clean fetched pages and write extractive summaries (src/work/tasks.ts), one
 * task at a time each. All are pure CPU: a 5 MB page of the worst text found costs seconds of quote
 * extraction (docs/benchmarks.md "Long and hostile input"), and Readability's time grows with a
 * page's size times its nesting depth. On the event loop those seconds would stall every other
 * interaction of the process past Discord's 3-second window, the gateway's heartbeat and the health
 * checks. Here they cost a thread:
 * - tasks wait in one queue, first come first served, for the first idle thread;
 * - a task that runs past `timeoutMs` is given up on: its thread is terminated (JavaScript cannot be
 *   interrupted otherwise), the task fails with a WorkTimeoutError, and a fresh thread serves the
 *   next one. The time counts from when the task's thread has started: a thread's own start
 *   (loading the extractors, seconds on a loaded machine) is the pool's cost, not the task's, and
 *   has its own limit (`startTimeoutMs`), past which the task fails the same way;
 * - each thread has a heap limit (`maxHeapMb`): a task that would exhaust it kills that thread, not
 *   the process, and fails;
 * - when a thread cannot start (it fails before its modules have loaded: no worker file, a platform
 *   without threads), the work runs inline as before, that task and every later one, and the log
 *   says so once.
 * Threads start at their first task, or at once when asked to (`warm`, as the bot does). Idle
 * threads are unref'd: they never keep a process alive.
 */
import { Worker } from "node:worker_threads";
import { type ExtractedPage, pageTooSlowError } from "../extract/extract.js";
import type { Logger } from "../logger.js";
import type { Quote, QuoteEngine, QuoteSource } from "../quotes/types.js";
import {
  type ExtractiveRunner,
  type ExtractiveText,
  summaryTooSlowError,
} from "../summaries/extractive.js";
import { fromFailure, runTask, type WorkFailure, type WorkResult, type WorkTask } from "./tasks.js";

export interface WorkerRequest {
  id: number;
  task: WorkTask;
}

export type WorkerReply =
  | { id: number; result: WorkResult }
  | { id: number; failure: WorkFailure }
  /** Sent once the worker's modules have loaded. */
  | { ready: true };

/** Runs CPU work somewhere that is not the caller's turn of the event loop. */
export interface WorkThreads {
  /** An article's quotes (src/quotes/extract.ts). */
  quotes(article: QuoteSource, engine: QuoteEngine): Promise<Quote[]>;
  /** A fetched page's article (src/extract/extract.ts): HTML, or plain text. */
  page(text: string, url: string, kind: "html" | "text"): Promise<ExtractedPage>;
  /** The extractive summary with the shipped weights (src/summaries/extractive.ts). */
  summary: ExtractiveRunner;
  /** Where the work runs: on threads, or inline (asked for, or no thread could start). */
  where(): "threads" | "inline";
  /** Tasks waiting for a free thread. */
  waiting(): number;
  /** Stops every thread; tasks still waiting fail. Idempotent. */
  close(): Promise<void>;
}

const TASK_NAMES: Record<WorkTask["kind"], string> = {
  quotes: "quote extraction",
  page: "reading the page",
  summary: "the extractive summary",
};

/** A task that took longer than the pool allows. */
export class WorkTimeoutError extends Error {
  override readonly name = "WorkTimeoutError" as const;
  constructor(
    readonly kind: WorkTask["kind"],
    readonly timeoutMs: number,
  ) {
    super(`${TASK_NAMES[kind]} took longer than ${timeoutMs} ms and was stopped`);
  }
}

/** One finished task, for the metrics (src/metrics.ts `workTasks`). */
export interface WorkObservation {
  task: WorkTask["kind"];
  where: "threads" | "inline";
  outcome: "ok" | "failed" | "timeout";
  /** From asking to the answer, waiting included. */
  seconds: number;
}

export interface WorkThreadsOptions {
  threads: number;
  timeoutMs: number;
  /** Heap limit of each thread (old generation), in MB. */
  maxHeapMb?: number;
  logger?: Logger;
  /** Told of every finished task. */
  observe?: (observation: WorkObservation) => void;
  /** The worker's module (tests); src/work/worker.{js,ts} beside this file by default. */
  workerUrl?: URL;
  /**
   * How long a new thread may take to load its modules before its task is given up on as if it ran
   * over; `timeoutMs` or 30 s, whichever is longer, by default.
   */
  startTimeoutMs?: number;
  /**
   * Start every thread now rather than at its first task: loading the extractors takes a thread
   * a second or more, which the first /quotes (or its speaker autocomplete, with less than three
   * seconds to answer) would otherwise wait for. Idle threads stay unref'd.
   */
  warm?: boolean;
}

const DEFAULT_MAX_HEAP_MB = 1_024;

interface Task {
  id: number;
  task: WorkTask;
  resolve: (result: WorkResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker | null;
  /** Whether the worker said its modules loaded: a failure before that is a failure to start. */
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

/**
 * What a thread runs: this module's sibling worker, `.js` in dist/; under tsx or vitest the sibling
 * is `.ts`, which a thread can load only after registering tsx itself (Node 20 does not pass an
 * `--import` hook on to workers), so it starts from a two-line bootstrap that does that.
 */
function workerScript(url: URL): { script: URL | string; eval: boolean } {
  if (!url.pathname.endsWith(".ts")) return { script: url, eval: false };
  // tsx's ESM entry (its CommonJS one registers the wrong files); vitest has no import.meta.resolve,
  // and there the bare name resolves from the working directory, the project.
  const tsx =
    typeof import.meta.resolve === "function" ? import.meta.resolve("tsx/esm/api") : "tsx/esm/api";
  const script = `import(${JSON.stringify(tsx)})
    .then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  return { script, eval: true };
}

const siblingWorker = () =>
  new URL(import.meta.url.endsWith(".ts") ? "./worker.ts" : "./worker.js", import.meta.url);

/** The typed calls over one way of running a task. */
function workThreads(
  submit: (task: WorkTask) => Promise<WorkResult>,
  where: () => "threads" | "inline",
  close: () => Promise<void>,
  waiting: () => number,
  observe: WorkThreadsOptions["observe"],
): WorkThreads {
  const run = (task: WorkTask): Promise<WorkResult> => {
    if (!observe) return submit(task);
    const started = performance.now();
    const done = (outcome: WorkObservation["outcome"]) =>
      observe({
        task: task.kind,
        where: where(),
        outcome,
        seconds: (performance.now() - started) / 1000,
      });
    return submit(task).then(
      (result) => {
        done("ok");
        return result;
      },
      (error: unknown) => {
        done(error instanceof WorkTimeoutError ? "timeout" : "failed");
        throw error;
      },
    );
  };
  return {
    quotes: (article, engine) =>
      run({
        kind: "quotes",
        article: { paragraphs: article.paragraphs, text: article.text },
        engine,
      }) as Promise<Quote[]>,
    page: (text, url, kind) =>
      (run({ kind: "page", text, url, html: kind === "html" }) as Promise<ExtractedPage>).catch(
        (error: unknown) => {
          // Past its time a page is the reader's answer, like one too broken to read.
          throw error instanceof WorkTimeoutError ? pageTooSlowError() : error;
        },
      ),
    summary: (article, options) =>
      (
        run({
          kind: "summary",
          article: {
            paragraphs: article.paragraphs,
            ...(article.title !== undefined ? { title: article.title } : {}),
          },
          options: { length: options.length, format: options.format },
        }) as Promise<ExtractiveText>
      ).catch((error: unknown) => {
        throw error instanceof WorkTimeoutError ? summaryTooSlowError() : error;
      }),
    where,
    waiting,
    close,
  };
}

/** Inline work, for `threads: 0` and tests: each task runs in the caller's turn of the event loop. */
export function inlineWork(observe?: WorkThreadsOptions["observe"]): WorkThreads {
  return workThreads(
    async (task) => runTask(task),
    () => "inline",
    async () => {},
    () => 0,
    observe,
  );
}

export function createWorkThreads(options: WorkThreadsOptions): WorkThreads {
  if (options.threads <= 0) return inlineWork(options.observe);
  const { timeoutMs, logger } = options;
  const startTimeoutMs = options.startTimeoutMs ?? Math.max(timeoutMs, 30_000);
  const maxHeapMb = options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
  const source = workerScript(options.workerUrl ?? siblingWorker());
  const slots: Slot[] = Array.from({ length: options.threads }, () => ({
    worker: null,
    ready: false,
    task: null,
    timer: null,
  }));
  const waiting: Task[] = [];
  let nextId = 0;
  let inline = false;
  let closed = false;

  const settle = (slot: Slot): Task | null => {
    const task = slot.task;
    slot.task = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.worker?.unref();
    return task;
  };

  /**
   * Forgets a slot's thread (it failed, exited or ran over) and fails its task with `error`; a
   * thread that failed before it started sends its task, and every later one, inline instead. A
   * task that ran over fails whatever the thread was doing: it had its time.
   */
  const drop = (slot: Slot, error: Error) => {
    const worker = slot.worker;
    const started = slot.ready || error instanceof WorkTimeoutError;
    slot.worker = null;
    slot.ready = false;
    const task = settle(slot);
    if (worker) void worker.terminate().catch(() => {});
    if (!started && !inline) {
      inline = true;
      logger?.warn({ err: error }, "could not start a work thread; working inline");
    }
    if (task) {
      if (started) task.reject(error);
      else waiting.unshift(task);
    }
    pump();
  };

  /**
   * Times the slot's task: `limit` ms from now, then its thread is stopped and the task fails with
   * a WorkTimeoutError. Armed with the start-up limit while the thread loads, again with the task's
   * own limit once it has.
   */
  const arm = (slot: Slot, task: Task, limit: number) => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      logger?.warn(
        { timeoutMs: limit, task: task.task.kind, starting: !slot.ready },
        slot.ready
          ? "a task ran over its time; stopping its thread"
          : "a work thread took too long to start; stopping it",
      );
      drop(slot, new WorkTimeoutError(task.task.kind, limit));
    }, limit);
  };

  const spawn = (slot: Slot): Worker | null => {
    try {
      const worker = new Worker(source.script, {
        eval: source.eval,
        resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
      });
      worker.on("message", (reply: WorkerReply) => {
        if (slot.worker !== worker) return;
        if ("ready" in reply) {
          slot.ready = true;
          // The task's own time starts now that its thread has.
          if (slot.task) arm(slot, slot.task, timeoutMs);
          return;
        }
        if (slot.task?.id !== reply.id) return;
        const task = settle(slot);
        if ("failure" in reply) task?.reject(fromFailure(reply.failure));
        else task?.resolve(reply.result);
        pump();
      });
      worker.on("error", (error) => {
        if (slot.worker !== worker) return;
        if (slot.ready)
          logger?.warn({ err: error }, "a work thread failed; the next task gets a new one");
        drop(slot, error instanceof Error ? error : new Error(String(error)));
      });
      worker.on("exit", (code) => {
        if (slot.worker !== worker) return;
        drop(slot, new Error(`work thread exited (code ${code})`));
      });
      worker.unref();
      return worker;
    } catch (error) {
      inline = true;
      logger?.warn({ err: error }, "could not start a work thread; working inline");
      return null;
    }
  };

  const runInline = (task: Task) => {
    setImmediate(() => {
      try {
        task.resolve(runTask(task.task));
      } catch (error) {
        task.reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  };

  function pump(): void {
    while (waiting.length > 0 && !closed) {
      if (inline) {
        runInline(waiting.shift()!);
        continue;
      }
      const slot = slots.find((s) => s.task === null);
      if (!slot) return;
      if (!slot.worker) {
        slot.ready = false;
        slot.worker = spawn(slot);
      }
      if (!slot.worker) continue; // inline from now on
      const task = waiting.shift()!;
      slot.task = task;
      slot.worker.ref();
      arm(slot, task, slot.ready ? timeoutMs : startTimeoutMs);
      slot.worker.postMessage({ id: task.id, task: task.task } satisfies WorkerRequest);
    }
  }

  const run = (task: WorkTask) => {
    if (closed) return Promise.reject(new Error("work threads are closed"));
    return new Promise<WorkResult>((resolve, reject) => {
      waiting.push({ id: nextId++, task, resolve, reject });
      pump();
    });
  };

  const close = async () => {
    if (closed) return;
    closed = true;
    for (const task of waiting.splice(0)) task.reject(new Error("work threads are closed"));
    await Promise.all(
      slots.map(async (slot) => {
        const worker = slot.worker;
        slot.worker = null;
        settle(slot)?.reject(new Error("work threads are closed"));
        if (worker) await worker.terminate().catch(() => {});
      }),
    );
  };

  if (options.warm) {
    for (const slot of slots) if (!inline) slot.worker = spawn(slot);
  }

  return workThreads(
    run,
    () => (inline ? "inline" : "threads"),
    close,
    () => waiting.length,
    options.observe,
  );
}
