/**
 * Quote extraction off the event loop: a small pool of worker threads (src/quotes/worker.ts), each
 * extracting one article at a time. Extraction is pure CPU (a 5 MB page of the worst text found
 * costs seconds, docs/benchmarks.md "Long and hostile input"), and on the event loop those seconds
 * would stall every other interaction of the process past Discord's 3-second window, the gateway's
 * heartbeat and the health checks. Here they cost a thread:
 * - articles wait in one queue, first come first served, for the first idle thread;
 * - a task that runs past `timeoutMs` is given up on: its thread is terminated (JavaScript cannot be
 *   interrupted otherwise) and the task fails with a QuoteTimeoutError, and a fresh thread serves the next one;
 * - each thread has a heap limit (`maxHeapMb`): an article that would exhaust it kills that thread,
 *   not the process, and its task fails;
 * - when a thread cannot start (it fails before its modules have loaded: no worker file, a platform
 *   without threads), extraction runs inline as before, for that article and every later one, and
 *   the log says so once.
 * Idle threads are unref'd: they never keep a process alive.
 */
import { Worker } from "node:worker_threads";
import type { Logger } from "../logger.js";
import { extractQuotes } from "./extract.js";
import type { Quote, QuoteEngine, QuoteSource } from "./types.js";

export interface WorkerRequest {
  id: number;
  article: QuoteSource;
  engine: QuoteEngine;
}

export type WorkerReply =
  | { id: number; quotes: Quote[] }
  | { id: number; error: string }
  /** Sent once the worker's modules have loaded. */
  | { ready: true };

/** Extracts quotes somewhere that is not the caller's turn of the event loop. */
export interface QuoteThreads {
  extract(article: QuoteSource, engine: QuoteEngine): Promise<Quote[]>;
  /** Where extraction runs: on threads, or inline (asked for, or no thread could start). */
  where(): "threads" | "inline";
  /** Stops every thread; tasks still waiting fail. Idempotent. */
  close(): Promise<void>;
}

/** An article whose quotes took longer than the pool allows. */
export class QuoteTimeoutError extends Error {
  override readonly name = "QuoteTimeoutError" as const;
  constructor(readonly timeoutMs: number) {
    super(`quote extraction took longer than ${timeoutMs} ms and was stopped`);
  }
}

export interface QuoteThreadsOptions {
  threads: number;
  timeoutMs: number;
  /** Heap limit of each thread (old generation), in MB. */
  maxHeapMb?: number;
  logger?: Logger;
  /** The worker's module (tests); src/quotes/worker.{js,ts} beside this file by default. */
  workerUrl?: URL;
}

const DEFAULT_MAX_HEAP_MB = 1_024;

interface Task {
  id: number;
  article: QuoteSource;
  engine: QuoteEngine;
  resolve: (quotes: Quote[]) => void;
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

/** Inline extraction, for `threads: 0` and as the fallback: a promise, settled on a later turn. */
export function inlineQuotes(): QuoteThreads {
  return {
    extract: async (article, engine) => extractQuotes(article, { engine }),
    where: () => "inline",
    close: async () => {},
  };
}

export function createQuoteThreads(options: QuoteThreadsOptions): QuoteThreads {
  if (options.threads <= 0) return inlineQuotes();
  const { timeoutMs, logger } = options;
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
    const started = slot.ready || error instanceof QuoteTimeoutError;
    slot.worker = null;
    slot.ready = false;
    const task = settle(slot);
    if (worker) void worker.terminate().catch(() => {});
    if (!started && !inline) {
      inline = true;
      logger?.warn({ err: error }, "could not start a quote thread; extracting quotes inline");
    }
    if (task) {
      if (started) task.reject(error);
      else waiting.unshift(task);
    }
    pump();
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
          return;
        }
        if (slot.task?.id !== reply.id) return;
        const task = settle(slot);
        if ("error" in reply) task?.reject(new Error(reply.error));
        else task?.resolve(reply.quotes);
        pump();
      });
      worker.on("error", (error) => {
        if (slot.worker !== worker) return;
        if (slot.ready)
          logger?.warn({ err: error }, "a quote thread failed; the next article gets a new one");
        drop(slot, error instanceof Error ? error : new Error(String(error)));
      });
      worker.on("exit", (code) => {
        if (slot.worker !== worker) return;
        drop(slot, new Error(`quote thread exited (code ${code})`));
      });
      worker.unref();
      return worker;
    } catch (error) {
      inline = true;
      logger?.warn({ err: error }, "could not start a quote thread; extracting quotes inline");
      return null;
    }
  };

  const runInline = (task: Task) => {
    setImmediate(() => {
      try {
        task.resolve(extractQuotes(task.article, { engine: task.engine }));
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
      slot.timer = setTimeout(() => {
        logger?.warn({ timeoutMs }, "quote extraction ran over its time; stopping its thread");
        drop(slot, new QuoteTimeoutError(timeoutMs));
      }, timeoutMs);
      slot.worker.postMessage({
        id: task.id,
        article: { paragraphs: task.article.paragraphs, text: task.article.text },
        engine: task.engine,
      } satisfies WorkerRequest);
    }
  }

  return {
    extract(article, engine) {
      if (closed) return Promise.reject(new Error("quote threads are closed"));
      return new Promise<Quote[]>((resolve, reject) => {
        waiting.push({ id: nextId++, article, engine, resolve, reject });
        pump();
      });
    },
    where: () => (inline ? "inline" : "threads"),
    async close() {
      if (closed) return;
      closed = true;
      for (const task of waiting.splice(0)) task.reject(new Error("quote threads are closed"));
      await Promise.all(
        slots.map(async (slot) => {
          const worker = slot.worker;
          slot.worker = null;
          settle(slot)?.reject(new Error("quote threads are closed"));
          if (worker) await worker.terminate().catch(() => {});
        }),
      );
    },
  };
}
