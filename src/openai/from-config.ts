import { type Config, hasLlm } from "../config.js";
import type { Logger } from "../logger.js";
import { createOpenAiSummarizer } from "./summarizer.js";

/** A stream that sends nothing for this long is abandoned (not configurable yet). */
export const STREAM_IDLE_MS = 30_000;

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
