import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";
import type { Article } from "../articles/types.js";
import { AbortError } from "../errors.js";
import type { Logger } from "../logger.js";
import { SummaryEngineError } from "../summaries/engine-error.js";
import { checkQuotes, describeRemovedQuotes } from "../summaries/quote-check.js";
import type { Summarizer, Summary, SummaryLength, TokenUsage } from "../summaries/types.js";
import { PLACEHOLDER_API_KEY } from "./answer.js";
import { createPartialStringReader } from "./partial-json.js";
import {
  buildCombineMessages,
  buildSummaryMessages,
  type ChatMessage,
  countMessageTokens,
  countTextTokens,
  PROMPT_VERSION,
  type SummaryAnswer,
} from "./prompt.js";
import { chunkArticleText, parseSummaryAnswer, shapeAnswer } from "./summary-text.js";

export interface OpenAiSummarizerOptions {
  /** Empty: a placeholder is sent (local servers). */
  apiKey: string;
  /** Any OpenAI-compatible server, e.g. http://localhost:11434/v1. */
  baseURL?: string | undefined;
  model: string;
  /** Per attempt (the SDK's `timeout`); it covers the wait for response headers. */
  timeoutMs: number;
  /** The SDK's retries for 429, 5xx, connection errors and timeouts. */
  maxRetries: number;
  /** Overall bound for one summary, retries and chunks included. */
  deadlineMs: number;
  /** Aborts a stream that sends nothing for this long (the SDK timeout does not cover the body). */
  streamIdleMs: number;
  logger: Logger;
  /** Article tokens above which the article is summarized in chunks (map-reduce). Default 6000. */
  chunkTokens?: number;
  /** Chunk summaries requested at once. Default 2. */
  concurrency?: number;
  /** Overrides ANSWER_CAP_CHARS (benchmarks measure the deadline past the cap). */
  answerCapChars?: Partial<Record<SummaryLength, number>>;
}

const DEFAULT_CHUNK_TOKENS = 6_000;

/**
 * The longest answer (JSON characters) accepted for each requested length: about four times what the
 * prompt asks for. A longer answer is a runaway; the stream is cut there and the summary falls back.
 */
export const ANSWER_CAP_CHARS: Record<SummaryLength, number> = {
  short: 4_000,
  medium: 8_000,
  long: 24_000,
};

interface Completion {
  content: string;
  usage: TokenUsage;
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/**
 * The LLM engine over the official `openai` SDK (any OpenAI-compatible server). It sends the cleaned
 * article as delimited, untrusted data, asks for JSON and validates it (one retry on invalid output),
 * checks quotes against the article, splits long articles into chunks (map-reduce), and bounds every
 * call: SDK timeout and retries per attempt, an overall deadline, the caller's AbortSignal, and an
 * idle watchdog on streams. Streaming (when `onPartial` is given) streams the JSON answer and reports
 * the `summary` field's text as it grows. Failures are `SummaryEngineError`s; the caller's abort is
 * an `AbortError`.
 */
export function createOpenAiSummarizer(
  options: OpenAiSummarizerOptions,
): Summarizer & { model: string; promptVersion: string } {
  const client = new OpenAI({
    apiKey: options.apiKey || PLACEHOLDER_API_KEY,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries,
  });
  const chunkTokens = options.chunkTokens ?? DEFAULT_CHUNK_TOKENS;
  const concurrency = Math.max(1, options.concurrency ?? 2);

  const tooLong = (cap: number) =>
    new SummaryEngineError("invalid-output", `the answer ran past ${cap} characters`);

  async function complete(
    messages: ChatMessage[],
    signal: AbortSignal,
    cap: number,
    onContent: ((delta: string) => void) | undefined,
  ): Promise<Completion> {
    const body = {
      model: options.model,
      messages,
      temperature: 0.2,
      response_format: { type: "json_object" as const },
    };
    if (!onContent) {
      const response = await client.chat.completions.create(body, { signal });
      const content = response.choices[0]?.message.content ?? "";
      if (content.length > cap) throw tooLong(cap);
      return {
        content,
        usage: {
          promptTokens: response.usage?.prompt_tokens ?? countMessageTokens(messages),
          completionTokens: response.usage?.completion_tokens ?? countTextTokens(content),
        },
      };
    }
    const idle = new AbortController();
    const overflow = new AbortController();
    const stream = await client.chat.completions.create(
      { ...body, stream: true, stream_options: { include_usage: true } },
      { signal: AbortSignal.any([signal, idle.signal, overflow.signal]) },
    );
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => idle.abort(), options.streamIdleMs);
    };
    let content = "";
    let usage: TokenUsage | null = null;
    try {
      arm();
      for await (const chunk of stream) {
        arm();
        if (chunk.usage) {
          usage = {
            promptTokens: chunk.usage.prompt_tokens,
            completionTokens: chunk.usage.completion_tokens,
          };
        }
        const delta = chunk.choices[0]?.delta?.content;
        if (delta) {
          content += delta;
          if (content.length > cap) {
            overflow.abort();
            break;
          }
          onContent(delta);
        }
      }
    } catch (error) {
      if (idle.signal.aborted && !signal.aborted) {
        throw new SummaryEngineError(
          "stalled",
          `the answer stream stalled (nothing for ${seconds(options.streamIdleMs)})`,
          { cause: error },
        );
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
    if (overflow.signal.aborted) throw tooLong(cap);
    if (idle.signal.aborted && !signal.aborted) {
      throw new SummaryEngineError(
        "stalled",
        `the answer stream stalled (nothing for ${seconds(options.streamIdleMs)})`,
      );
    }
    return {
      content,
      usage: usage ?? {
        promptTokens: countMessageTokens(messages),
        completionTokens: countTextTokens(content),
      },
    };
  }

  /** One JSON answer, validated; a second attempt when the first is invalid. */
  async function ask(
    messages: ChatMessage[],
    signal: AbortSignal,
    total: TokenUsage,
    length: SummaryLength,
    onPartial: ((text: string) => void) | undefined,
  ): Promise<SummaryAnswer> {
    let conversation = messages;
    const cap = options.answerCapChars?.[length] ?? ANSWER_CAP_CHARS[length];
    for (let attempt = 1; attempt <= 2; attempt++) {
      const reader = createPartialStringReader("summary");
      const onContent = onPartial
        ? (delta: string) => {
            const partial = reader.push(delta) ? reader.value() : undefined;
            if (partial) onPartial(partial);
          }
        : undefined;
      const { content, usage } = await complete(conversation, signal, cap, onContent);
      total.promptTokens += usage.promptTokens;
      total.completionTokens += usage.completionTokens;
      const parsed = parseSummaryAnswer(content);
      if (parsed.ok) return parsed.answer;
      options.logger.warn(
        { model: options.model, attempt, problem: parsed.problem },
        "invalid LLM answer",
      );
      conversation = [
        ...messages,
        { role: "assistant", content: content.slice(0, 4_000) },
        {
          role: "user",
          content: `That answer was invalid: ${parsed.problem}. Answer again with only one JSON object: {"summary": string, "keyPoints": [string]}.`,
        },
      ];
    }
    // Each problem (it may quote the model's answer) was logged with its attempt above.
    throw new SummaryEngineError("invalid-output", "the model's answer was invalid twice");
  }

  async function mapChunks(
    article: Article,
    chunks: readonly string[],
    signal: AbortSignal,
    total: TokenUsage,
  ): Promise<string[]> {
    const results = new Array<string>(chunks.length);
    let next = 0;
    const worker = async () => {
      while (next < chunks.length) {
        const index = next++;
        const messages = buildSummaryMessages(
          { title: article.title, text: chunks[index]! },
          {
            length: "medium",
            format: "paragraph",
            part: { index: index + 1, count: chunks.length },
          },
        );
        const answer = await ask(messages, signal, total, "medium", undefined);
        results[index] = [answer.summary, ...answer.keyPoints.map((p) => `- ${p}`)].join("\n");
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, chunks.length) }, worker));
    return results;
  }

  function translateError(
    error: unknown,
    signals: { caller?: AbortSignal | undefined; deadline: AbortSignal },
  ) {
    if (signals.caller?.aborted)
      return new AbortError("The summary was cancelled.", { cause: error });
    if (signals.deadline.aborted) {
      return new SummaryEngineError(
        "deadline",
        `no complete answer within the ${seconds(options.deadlineMs)} deadline`,
        { cause: error },
      );
    }
    if (error instanceof SummaryEngineError) return error;
    const retries = `after ${options.maxRetries} ${options.maxRetries === 1 ? "retry" : "retries"}`;
    if (error instanceof APIConnectionTimeoutError) {
      return new SummaryEngineError(
        "timeout",
        `no response within ${seconds(options.timeoutMs)} ${retries}`,
        { cause: error },
      );
    }
    if (error instanceof APIError && typeof error.status === "number") {
      return new SummaryEngineError(
        "upstream",
        `the server answered HTTP ${error.status} ${retries}`,
        {
          cause: error,
        },
      );
    }
    if (error instanceof APIConnectionError) {
      return new SummaryEngineError("upstream", `could not reach the server ${retries}`, {
        cause: error,
      });
    }
    // The raw text stays in `cause` (logged), out of the message.
    return new SummaryEngineError("upstream", "unexpected error", { cause: error });
  }

  return {
    model: options.model,
    promptVersion: PROMPT_VERSION,
    async summarize(article, summaryOptions): Promise<Summary> {
      if (summaryOptions.signal?.aborted) throw new AbortError("The summary was cancelled.");
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(), options.deadlineMs);
      const signal = summaryOptions.signal
        ? AbortSignal.any([summaryOptions.signal, deadline.signal])
        : deadline.signal;
      const usage: TokenUsage = { promptTokens: 0, completionTokens: 0 };
      const shape = {
        length: summaryOptions.length,
        format: summaryOptions.format,
        ...(summaryOptions.language ? { language: summaryOptions.language } : {}),
      };
      try {
        let answer: SummaryAnswer;
        const articleTokens = countTextTokens(article.text);
        if (articleTokens <= chunkTokens) {
          answer = await ask(
            buildSummaryMessages(article, shape),
            signal,
            usage,
            shape.length,
            summaryOptions.onPartial,
          );
        } else {
          const chunks = chunkArticleText(article.paragraphs, chunkTokens);
          options.logger.info(
            { article: article.id, tokens: articleTokens, chunks: chunks.length },
            "summarizing a long article in chunks",
          );
          const parts = await mapChunks(article, chunks, signal, usage);
          answer = await ask(
            buildCombineMessages(article, parts, shape),
            signal,
            usage,
            shape.length,
            summaryOptions.onPartial,
          );
        }
        const shaped = shapeAnswer(answer, shape);
        const checked = checkQuotes(shaped, article.text);
        if (checked.removed.length > 0) {
          options.logger.warn(
            { article: article.id, model: options.model, removed: checked.removed },
            "removed quotes not found in the article",
          );
        }
        if (!checked.text) {
          throw new SummaryEngineError(
            "invalid-output",
            "every sentence of the answer quoted text not found in the article",
          );
        }
        return {
          text: checked.text,
          keyPoints: checked.keyPoints,
          engine: "llm",
          model: options.model,
          cached: false,
          usage,
          note: describeRemovedQuotes(checked.removed),
          ...(checked.removed.length > 0 ? { removedQuotes: [...checked.removed] } : {}),
        };
      } catch (error) {
        throw translateError(error, { caller: summaryOptions.signal, deadline: deadline.signal });
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
