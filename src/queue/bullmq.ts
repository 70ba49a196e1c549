import { createHash, randomUUID } from "node:crypto";
import type { EventEmitter } from "node:events";
import { type Job, Queue, QueueEvents, UnrecoverableError, Worker } from "bullmq";
import type { Redis } from "ioredis";
import {
  type EnqueueOptions,
  isPermanentJobError,
  JobError,
  type JobHandler,
  type JobsPort,
  type JobTicket,
  type QueueStats,
  type WorkOptions,
} from "../jobs/ports.js";
import type { Logger } from "../logger.js";
import {
  blockingRedisOptions,
  checkEvictionPolicy,
  connectRequestRedis,
  REQUEST_COMMAND_TIMEOUT_MS,
  redisOptionsFromUrl,
  withTimeout,
} from "./redis.js";

/**
 * The jobs port on BullMQ 6 (Redis). Any process enqueues; workers anywhere run the jobs.
 *
 * - Ids are hashed (`j` + 40 hex digits of SHA-256): BullMQ refuses `:` in custom ids and ours are
 *   cache keys and URLs. Finished jobs are removed at once (`removeOnComplete`/`removeOnFail`), so
 *   a later job with the same id runs again instead of being silently ignored.
 * - A killed worker's job is taken back after its lock expires (`lockDuration`, renewed every half
 *   of it) and the next stalled check (`stalledInterval`): with 15 s and 10 s, within about 25 s.
 * - `dropAfter` travels with the job; a worker that starts it later fails it without running it.
 */

const DEFAULTS = { lockDurationMs: 15_000, stalledIntervalMs: 10_000, maxStalledCount: 2 };
const PREFIX = "newsdesk:bull";
const DROPPED = "dropped: ";

interface Envelope {
  d: unknown;
  dropAfter: number | null;
}

export interface BullJobsOptions {
  url: string;
  logger: Logger;
  /** Key prefix (tests isolate themselves with their own). Default `newsdesk:bull`. */
  prefix?: string;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  maxStalledCount?: number;
}

/** The BullMQ job id for one of our ids. */
export function bullJobId(id: string): string {
  return `j${createHash("sha256").update(id).digest("hex").slice(0, 40)}`;
}

function unavailable(error: unknown): JobError {
  return new JobError("unavailable", "The job queue (Redis) cannot be reached right now.", {
    cause: error,
  });
}

function toFailure(reason: string | undefined): JobError {
  if (reason?.startsWith(DROPPED)) return new JobError("dropped", reason.slice(DROPPED.length));
  return new JobError("failed", reason || "The job failed.");
}

/**
 * Connects the request-path client (waiting briefly for it, never failing: enqueues fail fast with
 * `unavailable` while Redis is down, and succeed again once it is back).
 */
export async function createBullJobs(options: BullJobsOptions): Promise<JobsPort> {
  const { logger } = options;
  const prefix = options.prefix ?? PREFIX;
  const lockDuration = options.lockDurationMs ?? DEFAULTS.lockDurationMs;
  const stalledInterval = options.stalledIntervalMs ?? DEFAULTS.stalledIntervalMs;
  const maxStalledCount = options.maxStalledCount ?? DEFAULTS.maxStalledCount;
  const client: Redis = await connectRequestRedis(options.url);
  const queues = new Map<string, Queue>();
  const events = new Map<string, QueueEvents>();
  const workers = new Map<string, Worker>();
  const counters = new Map<string, { failed: number; stalled: number }>();
  /** Close handlers of the tickets still listening for their job's end. */
  const listening = new Set<() => void>();
  let closed = false;

  const counterOf = (name: string) => {
    let counter = counters.get(name);
    if (!counter) {
      counter = { failed: 0, stalled: 0 };
      counters.set(name, counter);
    }
    return counter;
  };

  const queueOf = (name: string): Queue => {
    let queue = queues.get(name);
    if (!queue) {
      // The request-path client is shared: every command has a timeout, none waits offline.
      queue = new Queue(name, { connection: client, prefix, skipWaitingForReady: true });
      queue.on("error", (error) => logger.warn({ err: error, queue: name }, "queue error"));
      queues.set(name, queue);
      counterOf(name);
    }
    return queue;
  };

  /** One QueueEvents per queue and process, created once even when many enqueues race to it. */
  const creating = new Map<string, Promise<QueueEvents>>();
  const createEvents = async (name: string): Promise<QueueEvents> => {
    // Read from the stream's current end, fixed now: every event after this moment reaches the
    // listeners, even one written before the first blocking XREAD ('$' would miss it).
    const [last] = (await client.xrevrange(`${prefix}:${name}:events`, "+", "-", "COUNT", 1)) ?? [];
    const queueEvents = new QueueEvents(name, {
      connection: blockingRedisOptions(options.url),
      prefix,
      lastEventId: last?.[0] ?? "0-0",
    });
    queueEvents.setMaxListeners(0);
    queueEvents.on("error", (error) =>
      logger.warn({ err: error, queue: name }, "queue events error"),
    );
    events.set(name, queueEvents);
    return queueEvents;
  };

  const eventsOf = async (name: string): Promise<EventEmitter> => {
    let pending = creating.get(name);
    if (!pending) {
      pending = createEvents(name);
      creating.set(name, pending);
      // A failed start (Redis down) is tried again by the next enqueue.
      pending.catch(() => creating.delete(name));
    }
    const queueEvents = await pending;
    // Bounded: the blocking connection would wait for Redis forever.
    await withTimeout(queueEvents.waitUntilReady(), REQUEST_COMMAND_TIMEOUT_MS);
    // Per-job events (`completed:<id>`) are emitted but not in BullMQ's typed listener map.
    return queueEvents as unknown as EventEmitter;
  };

  /**
   * The job's end, listened for before the job is added: finished jobs are removed at once, so
   * an end not heard is an end lost.
   */
  const listenForEnd = <R>(emitter: EventEmitter, id: string) => {
    let stop = () => {};
    const ended = new Promise<R>((resolve, reject) => {
      const onCompleted = (args: { returnvalue: unknown }) => {
        stop();
        resolve(args.returnvalue as R);
      };
      const onFailed = (args: { failedReason?: string }) => {
        stop();
        reject(toFailure(args.failedReason));
      };
      stop = () => {
        emitter.off(`completed:${id}`, onCompleted);
        emitter.off(`failed:${id}`, onFailed);
        listening.delete(onClose);
      };
      const onClose = () => {
        stop();
        reject(new JobError("unavailable", "The job queue was closed."));
      };
      emitter.on(`completed:${id}`, onCompleted);
      emitter.on(`failed:${id}`, onFailed);
      listening.add(onClose);
    });
    // Fire-and-forget tickets never read it.
    ended.catch(() => {});
    return { ended, stop };
  };

  const ticket = <R>(id: string, ended: Promise<R>, emitter: EventEmitter): JobTicket<R> => ({
    id,
    onProgress(listener) {
      const onProgress = (args: { data?: { p?: unknown } }) => listener(args.data?.p);
      const stop = () => emitter.off(`progress:${id}`, onProgress);
      emitter.on(`progress:${id}`, onProgress);
      ended.then(stop, stop);
      return stop;
    },
    result(wait = {}) {
      return new Promise<R>((resolve, reject) => {
        let timer: NodeJS.Timeout | undefined;
        const onAbort = () => {
          cleanup();
          reject(new JobError("timeout", "Stopped waiting for the job."));
        };
        const cleanup = () => {
          if (timer) clearTimeout(timer);
          wait.signal?.removeEventListener("abort", onAbort);
        };
        if (wait.signal?.aborted) return onAbort();
        wait.signal?.addEventListener("abort", onAbort, { once: true });
        if (wait.timeoutMs !== undefined) {
          timer = setTimeout(() => {
            cleanup();
            reject(new JobError("timeout", "Waited too long for the job."));
          }, wait.timeoutMs);
        }
        ended.then(
          (value) => {
            cleanup();
            resolve(value);
          },
          (error: unknown) => {
            cleanup();
            reject(error);
          },
        );
      });
    },
  });

  return {
    kind: "bullmq",
    async enqueue<D, R>(name: string, data: D, opts: EnqueueOptions = {}) {
      if (closed) throw new JobError("unavailable", "The job queue is closed.");
      const envelope: Envelope = { d: data, dropAfter: opts.dropAfter ?? null };
      const id = bullJobId(opts.id ?? randomUUID());
      let listener: { ended: Promise<R>; stop(): void } | undefined;
      try {
        const emitter = await eventsOf(name);
        listener = listenForEnd<R>(emitter, id);
        await queueOf(name).add(name, envelope, {
          jobId: id,
          attempts: Math.max(1, opts.attempts ?? 3),
          backoff: { type: "exponential", delay: opts.backoffMs ?? 1000 },
          removeOnComplete: true,
          removeOnFail: true,
        });
        return ticket<R>(id, listener.ended, emitter);
      } catch (error) {
        listener?.stop();
        throw unavailable(error);
      }
    },

    async work<D, R>(name: string, handler: JobHandler<D, R>, opts: WorkOptions = {}) {
      if (workers.has(name)) throw new Error(`queue ${name} already has a worker in this process`);
      const eviction = await checkEvictionPolicy(client);
      if (!eviction.ok) throw new Error(eviction.reason);
      if (eviction.policy === null) {
        logger.warn({ queue: name }, "could not read Redis maxmemory-policy (CONFIG not allowed)");
      }
      const processor = async (job: Job<Envelope>, _token?: string, signal?: AbortSignal) => {
        const { d, dropAfter } = job.data;
        if (dropAfter !== null && Date.now() > dropAfter) {
          throw new UnrecoverableError(`${DROPPED}The job was not started before its deadline.`);
        }
        try {
          return await handler(d as D, {
            id: job.id!,
            attempt: Math.max(1, job.attemptsStarted),
            signal: signal ?? new AbortController().signal,
            // Wrapped: BullMQ stores a bare number or an object; a report may be any value.
            progress: (data) => {
              job.updateProgress({ p: data }).catch((error: unknown) => {
                logger.warn({ err: error, queue: name, jobId: job.id }, "progress report lost");
              });
            },
          });
        } catch (error) {
          if (isPermanentJobError(error)) throw new UnrecoverableError(error.message);
          throw error;
        }
      };
      const worker = new Worker<Envelope>(name, processor, {
        connection: { ...redisOptionsFromUrl(options.url), maxRetriesPerRequest: null },
        prefix,
        concurrency: Math.max(1, opts.concurrency ?? 1),
        lockDuration,
        stalledInterval,
        maxStalledCount,
      });
      const counter = counterOf(name);
      worker.on("error", (error) => logger.warn({ err: error, queue: name }, "worker error"));
      worker.on("failed", (job, error) => {
        // Emitted for every failed attempt; only the last one (finishedOn set) fails the job.
        if (job && !job.finishedOn) return;
        counter.failed++;
        logger.warn({ err: error, queue: name, jobId: job?.id }, "job failed");
      });
      worker.on("stalled", (jobId) => {
        counter.stalled++;
        logger.warn({ queue: name, jobId }, "job stalled: its worker stopped; running it again");
      });
      // Not awaited: with Redis down the worker connects (and starts taking jobs) once it is back.
      workers.set(name, worker);
    },

    async schedule(name, schedulerId, spec, data, runOptions = {}) {
      const envelope: Envelope = { d: data, dropAfter: null };
      try {
        await queueOf(name).upsertJobScheduler(
          schedulerId,
          { pattern: spec.pattern, tz: spec.timezone },
          {
            name,
            data: envelope,
            opts: {
              removeOnComplete: true,
              removeOnFail: true,
              attempts: Math.max(1, runOptions.attempts ?? 1),
              backoff: { type: "exponential", delay: runOptions.backoffMs ?? 1000 },
            },
          },
        );
      } catch (error) {
        throw unavailable(error);
      }
    },

    async unschedule(name, schedulerId) {
      try {
        return await queueOf(name).removeJobScheduler(schedulerId);
      } catch (error) {
        throw unavailable(error);
      }
    },

    async schedules(name) {
      const list = await queueOf(name).getJobSchedulers(0, -1, true);
      return list.map((s) => s.key);
    },

    async stats(): Promise<QueueStats[]> {
      const now = Date.now();
      return await Promise.all(
        [...new Set([...queues.keys(), ...workers.keys()])].map(async (name) => {
          const queue = queueOf(name);
          const counts = await queue.getJobCounts("waiting", "active", "delayed", "prioritized");
          const [oldest] = await queue.getJobs(["wait"], 0, 0, true);
          const counter = counterOf(name);
          return {
            queue: name,
            waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
            active: counts.active ?? 0,
            delayed: counts.delayed ?? 0,
            failed: counter.failed,
            stalled: counter.stalled,
            oldestWaitMs: oldest ? Math.max(0, now - oldest.timestamp) : 0,
          };
        }),
      );
    },

    async check() {
      if (closed) return "job queue: closed";
      try {
        await client.ping();
        return null;
      } catch {
        return "job queue: Redis unreachable";
      }
    },

    async close() {
      if (closed) return;
      closed = true;
      for (const onClose of [...listening]) onClose();
      const results = await Promise.allSettled([
        ...[...workers.values()].map((w) => w.close()),
        ...[...events.values()].map((e) => e.close()),
        ...[...queues.values()].map((q) => q.close()),
      ]);
      for (const result of results) {
        if (result.status === "rejected") {
          logger.warn({ err: result.reason }, "closing the job queue failed");
        }
      }
      client.disconnect();
    },
  };
}
