/**
 * Digest delivery at scale: 1,000 subscriptions (one channel each) and 20 new articles, posted
 * through the Discord emulator by the real digest service (selection, SummaryService with its
 * cache, quotes, renderer, REST poster with nonces, per-message delivery records in the store).
 * Figures: summaries computed (target 20: one per article for every channel), time to post every
 * digest, peak heap. Baseline in the same run: 1,000 plain messages through the same REST client.
 * discord.js's global limit (50 requests/s against real Discord) is raised for both runs so that
 * the figures measure Newsdesk, not the limiter. `node --import tsx bench/digests.ts`.
 */

import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { REST, Routes } from "discord.js";
import { buildArticle } from "../src/articles/article.js";
import { compareNewestFirst } from "../src/articles/query.js";
import type { Article } from "../src/articles/types.js";
import { createManualClock } from "../src/clock.js";
import { digestQuotePicker } from "../src/digests/compose.js";
import { createSubscriptionRepository } from "../src/digests/repository.js";
import { createDigestService } from "../src/digests/service.js";
import { createDigestPoster } from "../src/discord/digest-poster.js";
import { renderDigest } from "../src/discord/digest-render.js";
import { startEmulator } from "../src/emulator/index.js";
import { silentLogger } from "../src/logger.js";
import { createQuoteCache } from "../src/quotes/cache.js";
import { createProcessLockManager } from "../src/store/lock.js";
import { createStore } from "../src/store/store.js";
import { createExtractiveSummarizer } from "../src/summaries/extractive.js";
import { createSummaryService } from "../src/summaries/service.js";
import type { Summarizer } from "../src/summaries/types.js";
import type { BenchSection } from "./types.js";

const SUBSCRIPTIONS = 1000;
const ARTICLES = 20;
const CONCURRENCY = 8;
const START = Date.parse("2026-01-15T07:00:00Z");

function makeArticle(i: number, addedAt: number): Article {
  const paragraphs = Array.from(
    { length: 8 },
    (_, p) =>
      `Paragraph ${p} of story ${i}: the port authority met on Tuesday to discuss the terminal, the budget and the schedule for the works, which residents have followed closely for months.`,
  );
  paragraphs.splice(
    2,
    0,
    `"We will open the terminal in the spring, on time and on budget, whatever the weather," said Maria Lopez, the head of the authority.`,
  );
  return buildArticle({
    id: `bench-${i}`,
    date: "2026-01-15",
    url: `https://bench.example.com/story-${i}`,
    title: `Story ${i}: the port authority approves the new terminal`,
    paragraphs,
    rawWordCount: 300,
    origin: "seed",
    addedAt,
  });
}

async function mapLimit<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<unknown>,
) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

function trackPeakHeap(): { stop(): number } {
  let peak = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 20);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().heapUsed);
    },
  };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export async function run(): Promise<BenchSection> {
  const emulator = await startEmulator();
  try {
    const rest = new REST({ api: emulator.apiUrl, globalRequestsPerSecond: 100_000 }).setToken(
      emulator.token,
    );
    const channels = Array.from(
      { length: SUBSCRIPTIONS },
      (_, i) => emulator.addChannel({ name: `bench-${i}` }).id,
    );

    // Baseline: one plain message per channel, same client, same concurrency.
    const baselineStart = performance.now();
    await mapLimit(channels, CONCURRENCY, (channelId) =>
      rest.post(Routes.channelMessages(channelId), {
        body: { content: "plain", allowed_mentions: { parse: [] } },
      }),
    );
    const baselineMs = performance.now() - baselineStart;

    const store = await createStore({ url: "memory://", logger: silentLogger });
    const clock = createManualClock(START);
    const extractive = createExtractiveSummarizer();
    let computed = 0;
    const counting: Summarizer = {
      summarize(article, options) {
        computed += 1;
        return extractive.summarize(article, options);
      },
    };
    const summarizer = createSummaryService({
      llm: null,
      extractive: counting,
      cache: store.namespace("summaries"),
      logger: silentLogger,
      clock,
    });
    const articles: Article[] = [];
    const service = createDigestService({
      repository: createSubscriptionRepository(store.namespace("digests")),
      locks: createProcessLockManager(),
      corpus: {
        addedAfter: async () => articles,
        async *newest() {
          yield* [...articles].sort(compareNewestFirst);
        },
      },
      summarizer,
      pickQuote: digestQuotePicker(createQuoteCache()),
      render: (digest) => renderDigest(digest),
      poster: createDigestPoster(() => rest),
      clock,
      logger: silentLogger,
      concurrency: CONCURRENCY,
    });
    for (const [i, channelId] of channels.entries()) {
      await service.subscribe({
        guildId: `9000000000000${String(Math.floor(i / 20)).padStart(5, "0")}`,
        channelId,
        schedule: "daily 08:00",
        createdBy: "bench",
      });
    }
    clock.advance(10 * 60_000);
    for (let i = 0; i < ARTICLES; i++) articles.push(makeArticle(i, clock.now() + i));
    clock.set(Date.parse("2026-01-15T08:00:00Z"));

    const heapBefore = process.memoryUsage().heapUsed;
    const peak = trackPeakHeap();
    const digestStart = performance.now();
    const outcomes = await service.runDue();
    const digestMs = performance.now() - digestStart;
    const peakHeap = peak.stop();

    const posted = [...outcomes.values()].filter((o) => o.status === "posted");
    const messages = posted.reduce(
      (sum, o) => sum + (o.status === "posted" ? o.messageIds.length : 0),
      0,
    );
    const perDigest = digestMs / posted.length;
    const perPlain = baselineMs / SUBSCRIPTIONS;
    const rows = [
      "| figure | value | baseline (1,000 plain messages) | ratio | target |",
      "| --- | --- | --- | --- | --- |",
      `| summaries computed for ${ARTICLES} articles × ${SUBSCRIPTIONS} subscriptions | ${computed} | — | — | ${ARTICLES} |`,
      `| digests posted | ${posted.length} (${messages} messages, ${ARTICLES} articles each) | ${SUBSCRIPTIONS} messages | — | ${SUBSCRIPTIONS} |`,
      `| time to post every digest | ${(digestMs / 1000).toFixed(2)} s | ${(baselineMs / 1000).toFixed(2)} s | ${(digestMs / baselineMs).toFixed(2)}× | — |`,
      `| time per digest | ${perDigest.toFixed(1)} ms | ${perPlain.toFixed(1)} ms per message | ${(perDigest / perPlain).toFixed(2)}× | — |`,
      `| time per posted message | ${(digestMs / messages).toFixed(1)} ms | ${perPlain.toFixed(1)} ms | ${(digestMs / messages / perPlain).toFixed(2)}× | — |`,
      `| peak heap while posting | ${mb(peakHeap)} MB (+${mb(Math.max(0, peakHeap - heapBefore))} MB) | — | — | — |`,
    ];
    const markdown = [
      `${SUBSCRIPTIONS} subscriptions, ${ARTICLES} new articles, ${CONCURRENCY} digests at a time, in-memory store, extractive summaries through the SummaryService cache, posted through the Discord emulator on loopback. Every message is recorded in the store before and after it is sent (the exactly-once scheme, docs/adr/0006).`,
      "",
      ...rows,
      "",
      "Against real Discord the global limit (50 requests/s) dominates: about 2,000 messages take at least 40 s however fast Newsdesk is.",
    ].join("\n");
    await store.close();
    return { title: "Digest delivery", markdown };
  } finally {
    await emulator.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const section = await run();
  process.stdout.write(`## ${section.title}\n\n${section.markdown}\n`);
}
