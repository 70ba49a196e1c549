import { z } from "zod";
import { raceAbort } from "../abort.js";
import type { Article } from "../articles/types.js";
import { type Clock, systemClock } from "../clock.js";
import { AbortError, isAbortError, localizedUserError } from "../errors.js";
import type { Logger } from "../logger.js";
import type { KeyValue } from "../store/key-value.js";
import { EXTRACTIVE_VERSION, summaryCacheKey } from "./cache-key.js";
import { isSummaryEngineError } from "./engine-error.js";
import type {
  FallbackReason,
  Summarizer,
  Summary,
  SummaryEngine,
  SummaryOptions,
} from "./types.js";

/** The one summarizer everyone uses: cache, single-flight and the extractive fallback. */
export interface SummaryService extends Summarizer {
  /** The LLM's model, or null when no LLM is configured. */
  readonly llmModel: string | null;
  /** The cache key `summarize` would use (the summary job's id derives from it). */
  keyFor(
    article: Article,
    options: Pick<SummaryOptions, "length" | "format" | "engine" | "language">,
  ): string;
}

export interface SummaryServiceDeps {
  /** The LLM engine; `promptVersion` (default "1") is part of the cache key. */
  llm: (Summarizer & { model: string; promptVersion?: string }) | null;
  extractive: Summarizer;
  /** Where summaries are cached (a store namespace such as "summaries"). */
  cache: KeyValue;
  logger: Logger;
  clock?: Clock;
  /** How long a cached summary lives; default 30 days. */
  cacheTtlMs?: number;
}

const DEFAULT_CACHE_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** What the cache holds; anything else read back is treated as a miss. */
const cachedSummarySchema = z.object({
  text: z.string().min(1),
  keyPoints: z.array(z.string()),
  engine: z.enum(["llm", "extractive"]),
  model: z.string().nullable(),
  usage: z.object({ promptTokens: z.number(), completionTokens: z.number() }).nullable(),
  note: z.string().nullable(),
  fallback: z
    .enum(["timeout", "deadline", "stalled", "upstream", "invalid-output", "error"])
    .optional(),
  removedQuotes: z.array(z.string()).optional(),
  createdAt: z.number(),
});

interface Flight {
  promise: Promise<Summary>;
  controller: AbortController;
  waiters: number;
  listeners: Set<(text: string) => void>;
}

/**
 * Why the LLM did not write the summary, as the person reading it is told (Discord footer, CLI
 * note): one fixed sentence per failure, never an upstream error's own text.
 */
export const FALLBACK_REASONS: Readonly<Record<FallbackReason, string>> = {
  timeout: "The LLM did not respond in time.",
  deadline: "The LLM did not finish its answer in time.",
  stalled: "The LLM stalled partway through its answer.",
  upstream: "The LLM service failed or could not be reached.",
  "invalid-output": "The LLM's answer could not be used.",
  error: "The LLM failed unexpectedly.",
};

/** Waits for `promise`, rejecting early with an AbortError when `signal` aborts. */

export function createSummaryService(deps: SummaryServiceDeps): SummaryService {
  const clock = deps.clock ?? systemClock;
  const ttl = deps.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS;
  const flights = new Map<string, Flight>();
  const { logger } = deps;

  async function readCache(key: string): Promise<Summary | undefined> {
    try {
      const raw = await deps.cache.get(key);
      if (raw === undefined) return undefined;
      const parsed = cachedSummarySchema.safeParse(raw);
      if (!parsed.success) {
        logger.warn({ key }, "ignored an invalid cached summary");
        return undefined;
      }
      const { createdAt: _createdAt, ...summary } = parsed.data;
      return { ...summary, cached: true };
    } catch (error) {
      logger.warn({ key, err: String(error) }, "summary cache read failed");
      return undefined;
    }
  }

  async function writeCache(key: string, summary: Summary): Promise<void> {
    try {
      const { cached: _cached, ...rest } = summary;
      await deps.cache.set(key, { ...rest, createdAt: clock.now() }, ttl);
    } catch (error) {
      logger.warn({ key, err: String(error) }, "summary cache write failed");
    }
  }

  /** The upstream work for one key: engine call, fallback, cache write. */
  async function produce(
    article: Article,
    options: SummaryOptions,
    engine: SummaryEngine,
    key: string,
    flight: Flight,
  ): Promise<Summary> {
    const onPartial = (text: string) => {
      for (const listener of flight.listeners) listener(text);
    };
    const engineOptions: SummaryOptions = {
      length: options.length,
      format: options.format,
      signal: flight.controller.signal,
      onPartial,
      ...(engine === "llm" && options.language ? { language: options.language } : {}),
    };
    if (engine === "extractive" || !deps.llm) {
      const summary = await deps.extractive.summarize(article, engineOptions);
      await writeCache(key, summary);
      return summary;
    }
    await options.beforeUpstream?.();
    const started = clock.now();
    try {
      const summary = await deps.llm.summarize(article, engineOptions);
      await writeCache(key, summary);
      return summary;
    } catch (error) {
      if (flight.controller.signal.aborted || isAbortError(error)) {
        throw new AbortError("The summary was cancelled.", { cause: error });
      }
      const reason: FallbackReason = isSummaryEngineError(error) ? error.reason : "error";
      logger.warn(
        {
          article: article.id,
          model: deps.llm.model,
          reason,
          // The raw text (upstream bodies included) stays in the logs; the note says `reason` only.
          err: String(error),
          ...(error instanceof Error && error.cause !== undefined
            ? { cause: String(error.cause) }
            : {}),
          elapsedMs: clock.now() - started,
        },
        "LLM summary failed; using the extractive engine",
      );
      // The fallback is not cached under the LLM key: the next request tries the LLM again.
      const fallback = await deps.extractive.summarize(article, {
        length: options.length,
        format: options.format,
      });
      return {
        ...fallback,
        note: `${FALLBACK_REASONS[reason]} This is an extractive summary instead.`,
        fallback: reason,
      };
    }
  }

  function keyFor(
    article: Article,
    options: Pick<SummaryOptions, "length" | "format" | "engine" | "language">,
  ): string {
    const engine: SummaryEngine = options.engine ?? (deps.llm ? "llm" : "extractive");
    return summaryCacheKey({
      text: article.text,
      engine,
      model: engine === "llm" ? (deps.llm?.model ?? null) : null,
      version: engine === "llm" ? (deps.llm?.promptVersion ?? "1") : EXTRACTIVE_VERSION,
      length: options.length,
      format: options.format,
      language: engine === "llm" ? options.language : undefined,
    });
  }

  return {
    llmModel: deps.llm?.model ?? null,
    keyFor,
    async summarize(article, options) {
      const engine: SummaryEngine = options.engine ?? (deps.llm ? "llm" : "extractive");
      if (engine === "llm" && !deps.llm) {
        throw localizedUserError("summary.noLlm");
      }
      if (options.signal?.aborted) throw new AbortError("The summary was cancelled.");
      const key = keyFor(article, { ...options, engine });

      const hit = await readCache(key);
      if (hit) {
        options.onPartial?.(hit.text);
        return hit;
      }

      let flight = flights.get(key);
      const shared = flight !== undefined;
      if (!flight) {
        const created: Flight = {
          controller: new AbortController(),
          waiters: 0,
          listeners: new Set(),
          promise: Promise.resolve() as unknown as Promise<Summary>,
        };
        created.promise = produce(article, options, engine, key, created).finally(() => {
          flights.delete(key);
        });
        // Joiners that gave up must not leave an unhandled rejection behind.
        created.promise.catch(() => {});
        flights.set(key, created);
        flight = created;
      }
      const joined = flight;
      joined.waiters++;
      const listener = options.onPartial;
      if (listener) joined.listeners.add(listener);
      try {
        const summary = await raceAbort(
          joined.promise,
          options.signal,
          () => new AbortError("The summary was cancelled."),
        );
        return shared ? { ...summary, shared: true } : summary;
      } finally {
        if (listener) joined.listeners.delete(listener);
        joined.waiters--;
        // The last caller to leave cancels the upstream call if it is still running.
        if (joined.waiters === 0 && flights.get(key) === joined) joined.controller.abort();
      }
    },
  };
}
