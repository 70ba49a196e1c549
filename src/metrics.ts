import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { QueueStats } from "./jobs/ports.js";

/**
 * The process's Prometheus metrics, served at `GET /metrics` (src/http/ops.ts). One registry per
 * process, built once by `createMetrics()` and handed to the parts that count (services, transports,
 * workers). Other areas add their metrics here, as named fields, so every name is in one place.
 */
export interface Metrics {
  readonly registry: Registry;
  /** Time from receiving an interaction to its handler finishing, by command, transport, outcome. */
  readonly interactionDuration: Histogram<"command" | "transport" | "outcome">;
  /** Time from receiving an HTTP interaction to sending its initial response. */
  readonly interactionAck: Histogram<"kind">;
  /** Requests to POST /interactions refused before any work, by reason. */
  readonly signatureFailures: Counter<"reason">;
  /** Summaries answered, by engine (llm, extractive) and whether the cache answered. */
  readonly summaries: Counter<"engine" | "cached">;
  /** Upstream LLM calls made (paid), by outcome. */
  readonly llmCalls: Counter<"outcome">;
  /** LLM tokens used, by kind (prompt, completion), when the server reports them. */
  readonly llmTokens: Counter<"kind">;
  /** Summaries where the extractive engine answered instead of the LLM, by reason. */
  readonly llmFallbacks: Counter<"reason">;
  /** Cache look-ups, by cache and result (hit, miss). */
  readonly cacheLookups: Counter<"cache" | "result">;
  /** Discord REST responses, by method and status class; 429s are also counted apart. */
  readonly discordRequests: Counter<"method" | "status">;
  readonly discordRateLimits: Counter<"scope">;
  /** Digest deliveries, by outcome (posted, failed, paused). */
  readonly digestDeliveries: Counter<"outcome">;
  /** 1 when the shard is connected and ready, 0 otherwise. */
  readonly shardStatus: Gauge<"shard">;
  /** The job queues (issue 12), read at each scrape from the source `watchQueues` sets. */
  readonly queues: QueueMetrics;
  /**
   * CPU work (src/work/threads.ts): time from asking to the answer, by task (quotes, page,
   * summary), where it ran (threads, inline) and outcome (ok, failed, timeout).
   */
  readonly workTasks: Histogram<"task" | "where" | "outcome">;
  /** Tasks waiting for a free work thread, read at each scrape from the source `watchWork` sets. */
  readonly workWaiting: Gauge;
  watchWork(waiting: () => number): void;
}

export interface QueueMetrics {
  /** Jobs by queue and state: waiting, active, delayed; failed and stalled since this process started. */
  readonly jobs: Gauge<"queue" | "state">;
  /** How long the oldest waiting job of each queue has waited. */
  readonly oldestWait: Gauge<"queue">;
  /** Where the figures come from (the services' job queue), once it exists. */
  watch(read: () => Promise<QueueStats[]>): void;
}

/** Reads the queue stats at most once per scrape (both gauges collect from one read). */
function createQueueMetrics(registers: Registry[]): QueueMetrics {
  let read: (() => Promise<QueueStats[]>) | null = null;
  let last: { at: number; stats: Promise<QueueStats[]> } | null = null;
  const current = (): Promise<QueueStats[]> => {
    if (!read) return Promise.resolve([]);
    if (!last || Date.now() - last.at > 500) {
      last = { at: Date.now(), stats: read().catch(() => []) };
    }
    return last.stats;
  };
  const jobs = new Gauge({
    name: "newsdesk_queue_jobs",
    help: "Jobs by queue and state (failed and stalled: since this process started).",
    labelNames: ["queue", "state"],
    registers,
    async collect() {
      for (const s of await current()) {
        this.set({ queue: s.queue, state: "waiting" }, s.waiting);
        this.set({ queue: s.queue, state: "active" }, s.active);
        this.set({ queue: s.queue, state: "delayed" }, s.delayed);
        this.set({ queue: s.queue, state: "failed" }, s.failed);
        this.set({ queue: s.queue, state: "stalled" }, s.stalled);
      }
    },
  });
  const oldestWait = new Gauge({
    name: "newsdesk_queue_oldest_wait_seconds",
    help: "How long the oldest waiting job of each queue has waited.",
    labelNames: ["queue"],
    registers,
    async collect() {
      for (const s of await current()) this.set({ queue: s.queue }, s.oldestWaitMs / 1000);
    },
  });
  return {
    jobs,
    oldestWait,
    watch(source) {
      read = source;
    },
  };
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

/** A fresh registry with every metric and Node's defaults (event-loop lag included). */
export function createMetrics(options: { defaults?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaults ?? true) collectDefaultMetrics({ register: registry, prefix: "newsdesk_" });
  const registers = [registry];
  let workWaiting: () => number = () => 0;
  return {
    registry,
    interactionDuration: new Histogram({
      name: "newsdesk_interaction_duration_seconds",
      help: "Time from receiving an interaction to its handler finishing.",
      labelNames: ["command", "transport", "outcome"],
      buckets: SECONDS,
      registers,
    }),
    interactionAck: new Histogram({
      name: "newsdesk_interaction_ack_seconds",
      help: "Time from receiving an HTTP interaction to sending its initial response.",
      labelNames: ["kind"],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3],
      registers,
    }),
    signatureFailures: new Counter({
      name: "newsdesk_interaction_rejected_total",
      help: "Requests to the interactions endpoint refused before any work, by reason.",
      labelNames: ["reason"],
      registers,
    }),
    summaries: new Counter({
      name: "newsdesk_summaries_total",
      help: "Summaries answered in Discord, by engine and whether the cache answered.",
      labelNames: ["engine", "cached"],
      registers,
    }),
    llmCalls: new Counter({
      name: "newsdesk_llm_calls_total",
      help: "Upstream LLM calls made, by outcome.",
      labelNames: ["outcome"],
      registers,
    }),
    llmTokens: new Counter({
      name: "newsdesk_llm_tokens_total",
      help: "LLM tokens used, by kind.",
      labelNames: ["kind"],
      registers,
    }),
    llmFallbacks: new Counter({
      name: "newsdesk_llm_fallbacks_total",
      help: "Summaries the extractive engine answered instead of the LLM, by reason.",
      labelNames: ["reason"],
      registers,
    }),
    cacheLookups: new Counter({
      name: "newsdesk_cache_lookups_total",
      help: "Cache look-ups, by cache and result.",
      labelNames: ["cache", "result"],
      registers,
    }),
    discordRequests: new Counter({
      name: "newsdesk_discord_requests_total",
      help: "Discord REST responses, by method and status.",
      labelNames: ["method", "status"],
      registers,
    }),
    discordRateLimits: new Counter({
      name: "newsdesk_discord_rate_limits_total",
      help: "Discord 429 responses, by scope (route or global).",
      labelNames: ["scope"],
      registers,
    }),
    digestDeliveries: new Counter({
      name: "newsdesk_digest_deliveries_total",
      help: "Digest runs, by outcome.",
      labelNames: ["outcome"],
      registers,
    }),
    shardStatus: new Gauge({
      name: "newsdesk_shard_ready",
      help: "1 when the gateway shard is connected and ready, else 0.",
      labelNames: ["shard"],
      registers,
    }),
    queues: createQueueMetrics(registers),
    workTasks: new Histogram({
      name: "newsdesk_work_task_seconds",
      help: "CPU work (quotes, pages, summaries): time from asking to the answer, by task, where it ran and outcome.",
      labelNames: ["task", "where", "outcome"],
      buckets: SECONDS,
      registers,
    }),
    workWaiting: new Gauge({
      name: "newsdesk_work_waiting",
      help: "Tasks waiting for a free work thread.",
      registers,
      collect() {
        this.set(workWaiting());
      },
    }),
    watchWork(waiting) {
      workWaiting = waiting;
    },
  };
}
