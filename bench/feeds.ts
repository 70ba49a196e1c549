/**
 * Feed polling: 100 feeds × 20 items on a loopback server, polled 10 times, with one item added to
 * every tenth feed between rounds. Measured twice in the same run — with conditional GET (the server
 * answers ETag/If-None-Match with 304) and without (the server sends no validators, so every poll
 * downloads the whole document) — for duplicates (target 0), time per round, bytes fetched and
 * peak RSS. `npm run bench -- feeds`.
 */
import { pathToFileURL } from "node:url";
import { createManualClock } from "../src/clock.js";
import { createFeedRuntime } from "../src/feed-io/runtime.js";
import { newFeed } from "../src/feeds/feed.js";
import { silentLogger } from "../src/logger.js";
import { createStore } from "../src/store/store.js";
import { rssOf, startFeedServer, type TestItem } from "../test/support/feed-server.js";
import { median } from "./stats.js";
import type { BenchSection } from "./types.js";

const FEEDS = 100;
const ITEMS = 20;
const ROUNDS = 10;
const MINUTE = 60_000;
const BODY =
  "The council met on Tuesday and agreed the budget for the harbour and the roads. ".repeat(25);

interface Result {
  duplicates: number;
  ingested: number;
  expected: number;
  roundMs: number[];
  bytes: number;
  notModified: number;
  peakRssMb: number;
}

async function measure(conditional: boolean): Promise<Result> {
  const server = await startFeedServer();
  const store = await createStore({ url: "memory://", logger: silentLogger });
  const clock = createManualClock(Date.parse("2026-01-01T00:00:00Z"));
  const ids: string[] = [];
  const runtime = createFeedRuntime({
    store,
    clock,
    logger: silentLogger,
    allowPrivate: false,
    allowOrigins: [server.origin],
    sink: { put: async (article) => void ids.push(article.id) },
    random: () => 0.5,
  });
  const items: TestItem[][] = [];
  const publish = (feed: number) =>
    server.set(`/feed/${feed}.xml`, {
      body: rssOf(`Feed ${feed}`, server.origin, items[feed]!),
      etag: conditional,
    });
  let counter = 0;
  const addItem = (feed: number) => {
    counter++;
    items[feed]!.unshift({
      guid: `item-${counter}`,
      title: `Feed ${feed} story ${counter}`,
      link: server.url(`/story/${counter}`),
      description: `Story ${counter}. ${BODY}`,
      pubDate: new Date(clock.now() - counter * 1000),
    });
    if (items[feed]!.length > ITEMS) items[feed]!.pop();
  };
  for (let feed = 0; feed < FEEDS; feed++) {
    items.push([]);
    for (let i = 0; i < ITEMS; i++) addItem(feed);
    publish(feed);
    await runtime.repository.save(
      newFeed({ url: server.url(`/feed/${feed}.xml`), title: `Feed ${feed}`, now: clock.now() }),
    );
  }
  let expected = counter;
  const roundMs: number[] = [];
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  for (let round = 0; round < ROUNDS; round++) {
    const began = performance.now();
    await runtime.poller.pollDue();
    roundMs.push(performance.now() - began);
    peak = Math.max(peak, process.memoryUsage().rss);
    for (let feed = 0; feed < FEEDS; feed += 10) {
      addItem(feed);
      publish(feed);
      expected++;
    }
    clock.advance(16 * MINUTE);
  }
  clearInterval(sampler);
  // The items added after the last round are not polled.
  expected -= FEEDS / 10;
  const result: Result = {
    duplicates: ids.length - new Set(ids).size,
    ingested: new Set(ids).size,
    expected,
    roundMs,
    bytes: server.bytesSent(),
    notModified: server.requests.filter((r) => r.status === 304).length,
    peakRssMb: peak / (1024 * 1024),
  };
  await runtime.close();
  await store.close();
  await server.close();
  return result;
}

const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(2);

export async function run(): Promise<BenchSection> {
  const without = await measure(false);
  const withConditional = await measure(true);
  const row = (name: string, r: Result) =>
    `| ${name} | ${r.duplicates} | ${r.ingested} / ${r.expected} | ${r.roundMs[0]!.toFixed(0)} | ${median(r.roundMs.slice(1)).toFixed(0)} | ${mb(r.bytes)} | ${r.notModified} | ${r.peakRssMb.toFixed(0)} |`;
  return {
    title: "Feed polling",
    markdown: [
      `${FEEDS} feeds × ${ITEMS} items (about ${Math.round(BODY.length / 1024)} KB of text each) on a loopback server, ${ROUNDS} poll rounds, one new item in every tenth feed between rounds; in-memory store, 4 feeds polled at once. Baseline: the same run without conditional GET.`,
      "",
      "| mode | duplicates (target 0) | articles ingested / expected | first round (ms) | later rounds, median (ms) | bytes fetched (MB) | 304 answers | peak RSS (MB) |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
      row("without conditional GET (baseline)", without),
      row("with conditional GET", withConditional),
      "",
      "Peak RSS is the whole bench process's (the second run starts with the first one's heap).",
      "",
      `Conditional GET fetches ${(withConditional.bytes / without.bytes).toFixed(2)}× the bytes of the baseline and its later rounds take ${(median(withConditional.roundMs.slice(1)) / median(without.roundMs.slice(1))).toFixed(2)}× the time.`,
    ].join("\n"),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const section = await run();
  process.stdout.write(`${section.markdown}\n`);
}
