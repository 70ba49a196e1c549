import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildArticle } from "../../src/articles/article.js";
import type { Article } from "../../src/articles/types.js";
import { createManualClock } from "../../src/clock.js";
import {
  isAbortError,
  isUserError,
  localizedUserErrorText,
  type UserError,
} from "../../src/errors.js";
import { createMemoryLogger } from "../../src/logger.js";
import { createOpenAiSummarizer } from "../../src/openai/summarizer.js";
import { createStore, type Store } from "../../src/store/store.js";
import { createExtractiveSummarizer } from "../../src/summaries/extractive.js";
import { createSummaryService } from "../../src/summaries/service.js";
import {
  answerJson,
  inSequence,
  type OpenAiTestServer,
  startOpenAiTestServer,
} from "../support/openai-server.js";

const article: Article = buildArticle({
  id: "council",
  date: "2024-03-01",
  url: "https://example.com/council",
  title: "Council approves budget",
  paragraphs: [
    "The city council approved a budget of 4 million euros for the new library on Monday.",
    "The mayor said the library would open in 2026. Critics said the cost was too high for a small town.",
    "Construction is to start in the summer, after a public consultation in the spring.",
  ],
  rawWordCount: 80,
  origin: "seed",
  addedAt: 0,
});

const good = answerJson({ summary: "The council approved the library budget." });

let server: OpenAiTestServer;
let store: Store;
beforeAll(async () => {
  server = await startOpenAiTestServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  store = await createStore({ url: "memory://", logger: createMemoryLogger() });
  server.requests.length = 0;
});
afterEach(async () => {
  await store.close();
});

function service(overrides: { deadlineMs?: number; streamIdleMs?: number; llm?: boolean } = {}) {
  const logger = createMemoryLogger();
  const llm =
    overrides.llm === false
      ? null
      : createOpenAiSummarizer({
          apiKey: "k",
          baseURL: server.baseURL,
          model: "test-model",
          timeoutMs: 5_000,
          maxRetries: 0,
          deadlineMs: overrides.deadlineMs ?? 5_000,
          streamIdleMs: overrides.streamIdleMs ?? 5_000,
          logger,
        });
  return {
    logger,
    service: createSummaryService({
      llm,
      extractive: createExtractiveSummarizer(),
      cache: store.namespace("summaries"),
      logger,
      clock: createManualClock(1_700_000_000_000),
    }),
  };
}

describe("createSummaryService", () => {
  it("answers a repeat from the cache without a request", async () => {
    server.script(() => ({ content: good }));
    const { service: s } = service();
    const first = await s.summarize(article, { length: "short", format: "paragraph" });
    const second = await s.summarize(article, { length: "short", format: "paragraph" });
    expect(first.cached).toBe(false);
    expect(second).toEqual({ ...first, cached: true });
    expect(server.requests).toHaveLength(1);
  });

  it("keys the cache by length and format", async () => {
    server.script(() => ({ content: good }));
    const { service: s } = service();
    await s.summarize(article, { length: "short", format: "paragraph" });
    await s.summarize(article, { length: "medium", format: "paragraph" });
    await s.summarize(article, { length: "short", format: "bullets" });
    expect(server.requests).toHaveLength(3);
  });

  it("asks the LLM for a summary language and keys the cache by it; the extractive engine ignores it", async () => {
    server.script(() => ({ content: good }));
    const { service: s } = service();
    await s.summarize(article, { length: "short", format: "paragraph" });
    await s.summarize(article, { length: "short", format: "paragraph", language: "de" });
    await s.summarize(article, { length: "short", format: "paragraph", language: "de" });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.messages[0]!.content).toContain('BCP 47 tag "de"');
    const { service: extractive } = service({ llm: false });
    const plain = await extractive.summarize(article, { length: "short", format: "paragraph" });
    const asked = await extractive.summarize(article, {
      length: "short",
      format: "paragraph",
      language: "de",
    });
    expect(asked).toEqual({ ...plain, cached: true });
  });

  it("shares one upstream call among 20 concurrent identical requests", async () => {
    server.script(() => ({ content: good, delayMs: 50 }));
    const { service: s } = service();
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        s.summarize(article, { length: "short", format: "paragraph" }),
      ),
    );
    expect(server.requests).toHaveLength(1);
    expect(new Set(results.map((r) => r.text))).toEqual(new Set([results[0]!.text]));
  });

  it("falls back to the extractive engine at the deadline, says why, and does not cache it", async () => {
    server.script(() => ({ hang: true }));
    const { service: s, logger } = service({ deadlineMs: 200 });
    const summary = await s.summarize(article, { length: "short", format: "paragraph" });
    expect(summary.engine).toBe("extractive");
    expect(summary.model).toBeNull();
    expect(summary.note).toBe(
      "The LLM did not finish its answer in time. This is an extractive summary instead.",
    );
    // The reason as a code too: Discord words it in the reader's language.
    expect(summary.fallback).toBe("deadline");
    expect(summary.text).toContain("The city council approved a budget");
    expect(logger.records.some((r) => r.level === "warn")).toBe(true);

    server.script(() => ({ content: good }));
    const { service: patient } = service(); // same cache, a deadline a loaded machine can meet
    const retried = await patient.summarize(article, { length: "short", format: "paragraph" });
    expect(retried).toMatchObject({ engine: "llm", cached: false });
    expect(server.requests).toHaveLength(2);
  });

  it("falls back when a stream stalls", async () => {
    server.script(() => ({ content: good, chunkSize: 4, stallAfterChunks: 2 }));
    const { service: s } = service({ streamIdleMs: 200 });
    const partials: string[] = [];
    const summary = await s.summarize(article, {
      length: "short",
      format: "paragraph",
      onPartial: (text) => partials.push(text),
    });
    expect(summary.engine).toBe("extractive");
    expect(summary.note).toMatch(/stalled/);
    expect(summary.fallback).toBe("stalled");
  });

  it("falls back when the model's answer is invalid twice", async () => {
    server.script(inSequence({ content: "nope" }, { content: "still not json" }));
    const { service: s } = service();
    const summary = await s.summarize(article, { length: "medium", format: "paragraph" });
    expect(summary.engine).toBe("extractive");
    expect(summary.note).toBe(
      "The LLM's answer could not be used. This is an extractive summary instead.",
    );
    // The fallback is exactly what the extractive engine says on its own.
    const alone = await createExtractiveSummarizer().summarize(article, {
      length: "medium",
      format: "paragraph",
    });
    expect({ text: summary.text, keyPoints: summary.keyPoints }).toEqual({
      text: alone.text,
      keyPoints: alone.keyPoints,
    });
  });

  it("uses the extractive engine when no LLM is configured, and caches it", async () => {
    const { service: s } = service({ llm: false });
    expect(s.llmModel).toBeNull();
    const first = await s.summarize(article, { length: "medium", format: "paragraph" });
    const second = await s.summarize(article, { length: "medium", format: "paragraph" });
    expect(first).toMatchObject({ engine: "extractive", model: null, cached: false, note: null });
    expect(second.cached).toBe(true);
    expect(server.requests).toHaveLength(0);
  });

  it("refuses the LLM engine when none is configured, with a UserError", async () => {
    const { service: s } = service({ llm: false });
    const error = await s
      .summarize(article, { length: "short", format: "paragraph", engine: "llm" })
      .catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect(String(error)).toMatch(/OPENAI_API_KEY/);
    // English for the CLI; a Discord reader gets it in their locale.
    expect(localizedUserErrorText(error as UserError, "de")).toMatch(
      /^Es ist keine KI eingerichtet: Setze OPENAI_API_KEY/,
    );
  });

  it("treats an invalid cached value as a miss", async () => {
    server.script(() => ({ content: good }));
    const { service: s } = service();
    await s.summarize(article, { length: "short", format: "paragraph" });
    const cache = store.namespace("summaries");
    for await (const [key] of cache.entries()) await cache.set(key, { text: 42 });
    const again = await s.summarize(article, { length: "short", format: "paragraph" });
    expect(again.cached).toBe(false);
    expect(server.requests).toHaveLength(2);
  });

  it("cancels the upstream call when its only caller aborts", async () => {
    const controller = new AbortController();
    server.script(() => {
      controller.abort();
      return { hang: true };
    });
    const { service: s } = service();
    const error = await s
      .summarize(article, { length: "short", format: "paragraph", signal: controller.signal })
      .catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
  });

  it("streams partial text to every caller sharing a flight", async () => {
    server.script(() => ({ content: good, chunkSize: 6 }));
    const { service: s } = service();
    const a: string[] = [];
    const b: string[] = [];
    await Promise.all([
      s.summarize(article, { length: "short", format: "paragraph", onPartial: (t) => a.push(t) }),
      s.summarize(article, { length: "short", format: "paragraph", onPartial: (t) => b.push(t) }),
    ]);
    expect(a.at(-1)).toBe("The council approved the library budget.");
    expect(b.at(-1)).toBe("The council approved the library budget.");
    expect(server.requests).toHaveLength(1);
  });
});
