import OpenAI from "openai";
import type { z } from "zod";
import { type Config, hasLlm } from "../config.js";
import { AbortError } from "../errors.js";
import type { Logger } from "../logger.js";
import { SummaryEngineError } from "../summaries/engine-error.js";
import type { ChatMessage } from "./prompt.js";

/** C0 controls but tab, newline and carriage return; DEL; C1 controls; U+FFFD (invalid UTF-8). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
export const INVALID_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/u;

/** Sent when a local server (Ollama, vLLM, llama.cpp, LM Studio) needs no key: the SDK wants one. */
export const PLACEHOLDER_API_KEY = "sk-no-key-required";

export type ParsedAnswer<T> = { ok: true; answer: T } | { ok: false; problem: string };

/**
 * Parses a model's answer: JSON (a ```json fence tolerated), then the schema, then every text the
 * reader will see (`texts`) checked for control characters and U+FFFD. The problem is worded for
 * the logs and the retry prompt, never shown to a user.
 */
export function parseJsonAnswer<S extends z.ZodType>(
  content: string,
  schema: S,
  texts: (answer: z.infer<S>) => readonly string[],
): ParsedAnswer<z.infer<S>> {
  const unfenced = content
    .trim()
    .replace(/^```(?:json)?\s*/i, "")
    .replace(/\s*```$/, "");
  let json: unknown;
  try {
    json = JSON.parse(unfenced);
  } catch {
    return { ok: false, problem: "the answer was not valid JSON" };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "root"}: ${i.message}`);
    return { ok: false, problem: `the JSON did not match the schema (${issues.join("; ")})` };
  }
  if (texts(parsed.data).some((text) => INVALID_TEXT.test(text))) {
    return { ok: false, problem: "the answer held control characters or invalid UTF-8 (U+FFFD)" };
  }
  return { ok: true, answer: parsed.data };
}

/** What the writers over the `openai` SDK that answer in JSON (stories, questions) are built from. */
export interface OpenAiJsonWriterOptions {
  apiKey: string;
  baseURL?: string | undefined;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  /** Overall bound for one answer, retries included. */
  deadlineMs: number;
  logger: Logger;
}

/**
 * Asks the model for one JSON answer, and once more — showing it its invalid answer and why —
 * when the first does not parse. Throws `invalid-output` after the second.
 */
export function createJsonAsker<T>(
  options: OpenAiJsonWriterOptions,
  spec: {
    temperature: number;
    parse: (content: string) => ParsedAnswer<T>;
    /** The JSON shape, as the retry prompt repeats it. */
    shape: string;
    /** The log message for an invalid answer. */
    invalidMessage: string;
    /** What was cancelled, for the AbortError ("The question was cancelled."). */
    cancelled: string;
    /** What failed upstream, for the SummaryEngineError ("the question could not be answered"). */
    failed: string;
  },
): (messages: ChatMessage[], callerSignal?: AbortSignal) => Promise<T> {
  const client = new OpenAI({
    apiKey: options.apiKey || PLACEHOLDER_API_KEY,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries,
  });
  /** One answer within `options.deadlineMs`, retries included; failures as SummaryEngineErrors. */
  return async (messages, callerSignal) => {
    if (callerSignal?.aborted) throw new AbortError(spec.cancelled);
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), options.deadlineMs);
    const signal = callerSignal
      ? AbortSignal.any([callerSignal, deadline.signal])
      : deadline.signal;
    try {
      return await askOnce(messages, signal);
    } catch (error) {
      if (callerSignal?.aborted) throw new AbortError(spec.cancelled, { cause: error });
      if (deadline.signal.aborted) {
        throw new SummaryEngineError("deadline", "no complete answer within the deadline", {
          cause: error,
        });
      }
      if (error instanceof SummaryEngineError) throw error;
      throw new SummaryEngineError("upstream", spec.failed, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  };

  async function askOnce(messages: ChatMessage[], signal: AbortSignal): Promise<T> {
    let conversation = messages;
    for (let attempt = 1; attempt <= 2; attempt++) {
      const response = await client.chat.completions.create(
        {
          model: options.model,
          messages: conversation,
          temperature: spec.temperature,
          response_format: { type: "json_object" },
        },
        { signal },
      );
      const content = response.choices[0]?.message.content ?? "";
      const parsed = spec.parse(content);
      if (parsed.ok) return parsed.answer;
      options.logger.warn(
        { model: options.model, attempt, problem: parsed.problem },
        spec.invalidMessage,
      );
      conversation = [
        ...messages,
        { role: "assistant", content: content.slice(0, 4_000) },
        {
          role: "user",
          content: `That answer was invalid: ${parsed.problem}. Answer again with only one JSON object: ${spec.shape}.`,
        },
      ];
    }
    throw new SummaryEngineError("invalid-output", "the model's answer was invalid twice");
  }
}

/** The JSON writers as configured (the summarizer's variables), or null without an LLM. */
export function jsonWriterOptionsFromConfig(
  config: Config,
  logger: Logger,
): OpenAiJsonWriterOptions | null {
  if (!hasLlm(config)) return null;
  return {
    apiKey: config.OPENAI_API_KEY ?? "",
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    maxRetries: config.OPENAI_MAX_RETRIES,
    deadlineMs: config.SUMMARY_DEADLINE_MS,
    logger,
  };
}
