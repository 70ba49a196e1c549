import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createManualClock } from "../../src/clock.js";
import { createFeedRuntime, type FeedRuntime } from "../../src/feed-io/runtime.js";
import { newFeed } from "../../src/feeds/feed.js";
import { silentLogger } from "../../src/logger.js";
import { createStore, type Store } from "../../src/store/store.js";
import { type FeedServer, rssOf, startFeedServer, type TestItem } from "../support/feed-server.js";
import { REDIS_SERVER_BIN, type RedisServer, startRedis } from "../support/redis.js";

const MINUTE = 60_000;
const START = Date.parse("2024-03-06T08:00:00Z");
const FEEDS = 12;

describe.skipIf(!REDIS_SERVER_BIN)(
  "two instances polling the same feeds over one redis-server",
  () => {
    let redis: RedisServer;
    let server: FeedServer;
    const stores: Store[] = [];

    beforeAll(async () => {
      redis = await startRedis();
      server = await startFeedServer();
    });
    afterAll(async () => {
      for (const store of stores) await store.close();
      await server?.close();
      await redis?.stop();
    });

    it("ingests every item once, whichever instance polls", async () => {
      const clock = createManualClock(START);
      const puts: string[] = [];
      const items = new Map<number, TestItem[]>();
      const publish = (feed: number) =>
        server.set(`/f${feed}.xml`, {
          body: rssOf(`Feed ${feed}`, server.origin, items.get(feed)!),
        });
      const addItem = (feed: number, n: number) => {
        items.get(feed)!.unshift({
          guid: `f${feed}-${n}`,
          title: `Feed ${feed} story ${n}`,
          link: server.url(`/f${feed}/${n}`),
          description: `Story ${n} of feed ${feed}. ${"A full sentence of text. ".repeat(160)}`,
        });
      };
      const runtimes: FeedRuntime[] = [];
      for (let i = 0; i < 2; i++) {
        const store = await createStore({ url: redis.url, logger: silentLogger });
        stores.push(store);
        runtimes.push(
          createFeedRuntime({
            store,
            clock,
            logger: silentLogger,
            allowPrivate: false,
            allowOrigins: [server.origin],
            sink: { put: async (article) => void puts.push(article.id) },
            concurrency: 3,
          }),
        );
      }
      for (let feed = 0; feed < FEEDS; feed++) {
        items.set(feed, []);
        for (let n = 0; n < 3; n++) addItem(feed, n);
        publish(feed);
        await runtimes[0]!.repository.save(
          newFeed({ url: server.url(`/f${feed}.xml`), title: `Feed ${feed}`, now: START }),
        );
      }
      let expected = FEEDS * 3;
      for (let round = 0; round < 5; round++) {
        await Promise.all(runtimes.map((r) => r.poller.pollDue()));
        for (let feed = 0; feed < FEEDS; feed += 2) {
          addItem(feed, 10 + round);
          publish(feed);
          expected++;
        }
        clock.advance(30 * MINUTE);
      }
      await Promise.all(runtimes.map((r) => r.poller.pollDue()));
      expect(puts).toHaveLength(expected);
      expect(new Set(puts).size).toBe(expected);
      for (const runtime of runtimes) await runtime.close();
    });
  },
);
