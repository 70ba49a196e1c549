/**
 * Streamed LLM answers (issue 14 §5): the summary field is read from the streamed JSON incrementally.
 * Compares, in the same run, the old way (re-reading the whole answer at every delta) with the
 * incremental reader, on answers of 16 KB to 1 MB in 8-character deltas: total time and the longest
 * single step (what blocks the event loop). Then the real SDK against the local OpenAI test server:
 * a 1 MB answer with the cap lifted must fail at the deadline (2 s) within a second, and with the
 * default cap it is cut at once. `npm run bench -- llm-stream`.
 */

import { buildArticle } from "../src/articles/article.js";
import { createMemoryLogger } from "../src/logger.js";
import { createPartialStringReader, extractPartialString } from "../src/openai/partial-json.js";
import { ANSWER_CAP_CHARS, createOpenAiSummarizer } from "../src/openai/summarizer.js";
import { answerJson, startOpenAiTestServer } from "../test/support/openai-server.js";
import type { BenchSection } from "./types.js";

const DELTA = 8;

function answerOf(bytes: number): string {
  const sentence = "The council said “we will build the bridge” on Monday.\\n";
  return answerJson({
    summary: sentence.repeat(Math.ceil(bytes / sentence.length)).slice(0, bytes),
  });
}

function measure(json: string, step: (content: string, delta: string) => void) {
  let content = "";
  let longest = 0;
  const began = performance.now();
  for (let i = 0; i < json.length; i += DELTA) {
    const delta = json.slice(i, i + DELTA);
    content += delta;
    const t = performance.now();
    step(content, delta);
    longest = Math.max(longest, performance.now() - t);
  }
  return { totalMs: performance.now() - began, longestMs: longest };
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(2));

async function deadlineRun(bytes: number, lifted: boolean) {
  const server = await startOpenAiTestServer();
  server.script(() => ({ content: answerOf(bytes), chunkSize: 64 }));
  const summarizer = createOpenAiSummarizer({
    apiKey: "bench",
    baseURL: server.baseURL,
    model: "bench-model",
    timeoutMs: 10_000,
    maxRetries: 0,
    deadlineMs: 2_000,
    streamIdleMs: 10_000,
    logger: createMemoryLogger(),
    ...(lifted ? { answerCapChars: { medium: 10_000_000 } } : {}),
  });
  const article = buildArticle({
    id: "bench",
    date: "2024-01-01",
    url: "https://example.com/bench",
    title: "Bench",
    paragraphs: ["The council said it will build the bridge."],
    rawWordCount: 8,
    origin: "seed",
    addedAt: 0,
  });
  let partials = 0;
  const began = performance.now();
  const outcome = await summarizer
    .summarize(article, { length: "medium", format: "paragraph", onPartial: () => partials++ })
    .then(
      () => "completed",
      (error: Error & { reason?: string }) => error.reason ?? error.message,
    );
  const elapsed = performance.now() - began;
  await server.close();
  return { outcome, elapsed, partials };
}

export async function run(): Promise<BenchSection> {
  const rows: string[] = [];
  for (const kb of [16, 64, 256, 1024]) {
    const json = answerOf(kb * 1024);
    const incremental = (() => {
      const reader = createPartialStringReader("summary");
      return measure(json, (_content, delta) => {
        if (reader.push(delta)) reader.value();
      });
    })();
    // The old way is quadratic: measured up to 64 KB only (1 MB would take hours).
    const reparse =
      kb <= 64 ? measure(json, (content) => extractPartialString(content, "summary")) : null;
    rows.push(
      `| ${kb} KB | ${reparse ? `${fmt(reparse.totalMs)} ms (longest step ${fmt(reparse.longestMs)} ms)` : "not run (quadratic)"} | ${fmt(incremental.totalMs)} ms (longest step ${fmt(incremental.longestMs)} ms) | ${reparse ? `${(reparse.totalMs / incremental.totalMs).toFixed(0)}×` : "–"} |`,
    );
  }
  const lifted = await deadlineRun(1024 * 1024, true);
  const capped = await deadlineRun(1024 * 1024, false);
  return {
    title: "Streamed LLM answers: incremental parsing, cap and deadline",
    markdown: [
      `Summary field read from a streamed JSON answer in ${DELTA}-character deltas (one process, same run).`,
      "",
      "| answer | re-read at every delta (old) | incremental reader (new) | speed-up |",
      "| --- | ---: | ---: | ---: |",
      ...rows,
      "",
      "Real `openai` SDK against the local test server (test/support/openai-server.ts), a 1 MB answer in 64-character events:",
      "",
      "| case | outcome | elapsed | progress callbacks | target |",
      "| --- | --- | ---: | ---: | --- |",
      `| cap lifted, deadline 2 s | ${lifted.outcome} | ${fmt(lifted.elapsed)} ms | ${lifted.partials} | fails at the deadline within 1 s (≤ 3000 ms) or completes first: ${lifted.outcome === "completed" || lifted.elapsed <= 3_000 ? "met" : "missed"} |`,
      `| default cap (${ANSWER_CAP_CHARS.medium} characters for medium) | ${capped.outcome} | ${fmt(capped.elapsed)} ms | ${capped.partials} | cut at the cap, no retry |`,
    ].join("\n"),
  };
}
