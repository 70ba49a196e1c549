import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../../src/articles/types.js";
import { createManualClock } from "../../src/clock.js";
import { createFeedRuntime, type FeedRuntime } from "../../src/feed-io/runtime.js";
import { silentLogger } from "../../src/logger.js";
import { type DemoFeedServer, startDemoFeedServer } from "../../src/playground/demo-feed.js";
import { createStore } from "../../src/store/store.js";

let demo: DemoFeedServer;
let runtime: FeedRuntime;
const puts: Article[] = [];

beforeAll(async () => {
  demo = await startDemoFeedServer();
  runtime = createFeedRuntime({
    store: await createStore({ url: "memory://", logger: silentLogger }),
    sink: { put: async (article) => void puts.push(article) },
    clock: createManualClock(Date.now()),
    logger: silentLogger,
    allowPrivate: false,
    allowOrigins: [demo.origin],
  });
});
afterAll(async () => {
  await runtime.close();
  await demo.close();
});

describe("startDemoFeedServer", () => {
  it("serves an RSS feed of teasers whose full text comes from the article pages", async () => {
    const { feed, preview } = await runtime.service.add(demo.rssUrl, null);
    expect(feed.title).toBe("Port Alder Courier");
    expect(preview).toHaveLength(3);
    const result = await runtime.poller.pollFeed(feed.id);
    expect(result).toMatchObject({ status: "ingested", ingested: 3, teaserOnly: 0 });
    const lighthouse = puts.find((a) => a.title.startsWith("Port Alder's lighthouse"));
    expect(lighthouse?.text).toContain("Ines Varga, who led the volunteers");
    expect(lighthouse?.byline).toBe("Mara Quint");
  });

  it("serves an Atom feed with full content", async () => {
    const { feed } = await runtime.service.add(demo.atomUrl, null);
    expect(await runtime.poller.pollFeed(feed.id)).toMatchObject({ ingested: 2 });
  });

  it("is allow-listed by exact origin: another loopback port stays refused", async () => {
    const port = Number(new URL(demo.origin).port);
    const other = `http://127.0.0.1:${port === 65_535 ? port - 1 : port + 1}/rss.xml`;
    await expect(runtime.service.add(other, null)).rejects.toThrow(/not public/);
  });
});
