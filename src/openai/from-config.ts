import { type Config, hasLlm } from "../config.js";
import type { Logger } from "../logger.js";
import { createOpenAiSummarizer } from "./summarizer.js";

/** A stream that sends nothing for this long is abandoned (not configurable yet). */
export const STREAM_IDLE_MS = 30_000;

/** The SDK's longest wait before retry `n` (1-based) when the server sent no Retry-After: 0.5 s × 2ⁿ⁻¹, at most 8 s. */
function sdkBackoffMs(n: number): number {
  return Math.min(500 * 2 ** (n - 1), 8_000);
}

/**
 * How long a user waits before the fallback when the server never sends response headers: every
 * attempt runs into the SDK timeout, with the SDK's backoff between attempts, bounded by the deadline.
 */
export function worstHeaderWaitMs(
  config: Pick<Config, "OPENAI_TIMEOUT_MS" | "OPENAI_MAX_RETRIES" | "SUMMARY_DEADLINE_MS">,
): number {
  let total = config.OPENAI_TIMEOUT_MS;
  for (let retry = 1; retry <= config.OPENAI_MAX_RETRIES; retry++) {
    total += sdkBackoffMs(retry) + config.OPENAI_TIMEOUT_MS;
  }
  return Math.min(total, config.SUMMARY_DEADLINE_MS);
}

/**
 * The LLM engine as configured (OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL, OPENAI_TIMEOUT_MS,
 * OPENAI_MAX_RETRIES, SUMMARY_DEADLINE_MS), or null when neither a key nor a base URL is set.
 */
export function createOpenAiSummarizerFromConfig(config: Config, logger: Logger) {
  if (!hasLlm(config)) return null;
  return createOpenAiSummarizer({
    apiKey: config.OPENAI_API_KEY ?? "",
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    maxRetries: config.OPENAI_MAX_RETRIES,
    deadlineMs: config.SUMMARY_DEADLINE_MS,
    streamIdleMs: Math.min(STREAM_IDLE_MS, config.OPENAI_TIMEOUT_MS),
    logger,
  });
}
