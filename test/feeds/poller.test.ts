import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../../src/articles/types.js";
import { createManualClock } from "../../src/clock.js";
import { createFeedRuntime } from "../../src/feed-io/runtime.js";
import type { Feed } from "../../src/feeds/types.js";
import { silentLogger } from "../../src/logger.js";
import { createStore } from "../../src/store/store.js";
import {
  articlePage,
  type FeedServer,
  rssOf,
  startFeedServer,
  type TestItem,
} from "../support/feed-server.js";

const MINUTE = 60_000;
const START = Date.parse("2024-03-06T08:00:00Z");
const LONG = Array.from(
  { length: 40 },
  (_, i) => `Sentence number ${i + 1} tells the full story of the council meeting.`,
).join(" ");

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
});

async function setup(options: { maxFailures?: number; timeoutMs?: number } = {}) {
  const store = await createStore({ url: "memory://", logger: silentLogger });
  const clock = createManualClock(START);
  const puts: { article: Article; guildIds: string[] }[] = [];
  const notices: Feed[] = [];
  const runtime = createFeedRuntime({
    store,
    clock,
    logger: silentLogger,
    allowPrivate: false,
    allowOrigins: [server.origin],
    sink: {
      async put(article, meta) {
        puts.push({ article, guildIds: meta.guildIds });
      },
    },
    notifier: {
      async feedDisabled(feed) {
        notices.push(feed);
      },
    },
    random: () => 0.5,
    timeoutMs: options.timeoutMs ?? 5_000,
    policy: { maxFailures: options.maxFailures ?? 8 },
  });
  const scope = { guildId: "100000000000000001", channelId: "200000000000000001", userId: "3" };
  return { store, clock, puts, notices, runtime, scope };
}

const item = (n: number, title = `Story ${n}`): TestItem => ({
  guid: `story-${n}`,
  title,
  link: server.url(`/story/${n}`),
  description: `${title}. ${LONG}`,
  pubDate: new Date(START - (100 - n) * MINUTE),
});

describe("createFeedPoller", () => {
  it("ingests every item exactly once over ten polls with items added, changed and removed", async () => {
    const { clock, puts, runtime, scope } = await setup();
    let items = [item(1), item(2), item(3)];
    const publish = () =>
      server.set("/ten.xml", {
        body: rssOf("Ten", server.origin, items),
        cacheControl: "max-age=60",
      });
    publish();
    const { feed } = await runtime.service.add(server.url("/ten.xml"), scope);
    const changes: (() => void)[] = [
      () => {},
      () => items.unshift(item(4)),
      () => {},
      () => {
        items = items.map((i) => (i.guid === "story-2" ? item(2, "Story 2, corrected") : i));
      },
      () => {
        items = items.filter((i) => i.guid !== "story-1");
      },
      () => {},
      () => items.unshift(item(5), item(6)),
      () => items.push(item(1)),
      () => {},
      () => items.unshift(item(7)),
    ];
    const statuses: string[] = [];
    for (const change of changes) {
      change();
      publish();
      const result = await runtime.poller.pollFeed(feed.id);
      statuses.push(result.status);
      clock.advance(16 * MINUTE);
    }
    const ids = puts.map((p) => p.article.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(puts.map((p) => p.article.title).sort()).toEqual(
      ["Story 1", "Story 2", "Story 3", "Story 4", "Story 5", "Story 6", "Story 7"].sort(),
    );
    expect(statuses.filter((s) => s === "not-modified")).toHaveLength(3);
    expect(puts.every((p) => p.article.origin === "feed" && p.article.feedId === feed.id)).toBe(
      true,
    );
    expect(puts[0]?.guildIds).toEqual([scope.guildId]);
    const feedRequests = server.requests.filter((r) => r.path === "/ten.xml");
    expect(feedRequests.filter((r) => r.status === 304).every((r) => r.bytes === 0)).toBe(true);
    await runtime.close();
  });

  it("fetches the full page of teaser items and keeps the teaser when the link is private", async () => {
    const { puts, runtime, scope } = await setup();
    server.set("/story/teaser", {
      body: articlePage("Harbour reopens", [
        "The harbour reopened on Monday after three weeks of repairs to the sea wall.",
        "Fishing boats returned at dawn, and the harbour master said traffic would be normal by Friday.",
      ]),
      contentType: "text/html; charset=utf-8",
    });
    const teasers: TestItem[] = [
      {
        guid: "t1",
        title: "Harbour reopens",
        link: server.url("/story/teaser"),
        description: "Read more…",
      },
      {
        guid: "t2",
        title: "Private link",
        link: "http://10.0.0.7/internal",
        description: "A teaser only.",
      },
      {
        guid: "t3",
        title: "Loopback link",
        link: "http://localhost:8080/x",
        description: "Another teaser.",
      },
    ];
    server.set("/teasers.xml", { body: rssOf("Teasers", server.origin, teasers) });
    const { feed } = await runtime.service.add(server.url("/teasers.xml"), scope);
    const result = await runtime.poller.pollFeed(feed.id);
    expect(result).toMatchObject({ status: "ingested", ingested: 3, teaserOnly: 2 });
    const byTitle = new Map(puts.map((p) => [p.article.title, p.article]));
    expect(byTitle.get("Harbour reopens")?.text).toContain("Fishing boats returned at dawn");
    expect(byTitle.get("Private link")?.text).toBe("A teaser only.");
    expect(server.requests.some((r) => r.path.startsWith("/internal"))).toBe(false);
    await runtime.close();
  });

  it("backs off, disables after the maximum failures, announces once, and resumes on re-enabling", async () => {
    const { clock, notices, puts, runtime, scope } = await setup({ maxFailures: 3 });
    server.set("/flaky.xml", { body: rssOf("Flaky", server.origin, [item(1)]) });
    const { feed } = await runtime.service.add(server.url("/flaky.xml"), scope);
    server.set("/flaky.xml", { status: 503, body: "down" });
    const waits: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await runtime.poller.pollFeed(feed.id);
      expect(result.error?.code).toBe("http-status");
      const state = (await runtime.repository.get(feed.id))!.state;
      waits.push(state.nextPollAt - clock.now());
      clock.set(state.nextPollAt);
    }
    expect(waits).toEqual([MINUTE, 2 * MINUTE, 4 * MINUTE]);
    const disabled = await runtime.repository.get(feed.id);
    expect(disabled?.state.disabled).toEqual({
      code: "too-many-failures",
      failures: 3,
      lastError: "http-status",
    });
    expect(notices).toHaveLength(1);
    clock.advance(2 * 60 * MINUTE);
    expect(await runtime.poller.pollDue()).toEqual([]);
    expect((await runtime.poller.pollFeed(feed.id)).reason).toBe("disabled");
    expect(notices).toHaveLength(1);

    server.set("/flaky.xml", { body: rssOf("Flaky", server.origin, [item(1)]) });
    const resumed = await runtime.service.resume(feed.id, scope);
    expect(resumed.state).toMatchObject({ disabled: null, consecutiveFailures: 0 });
    const [result] = await runtime.poller.pollDue();
    expect(result).toMatchObject({ status: "ingested", ingested: 1 });
    expect(puts).toHaveLength(1);
    await runtime.close();
  });

  it("caps the backoff at one hour", async () => {
    const { clock, runtime, scope } = await setup({ maxFailures: 20 });
    server.set("/down.xml", { body: rssOf("Down", server.origin, [item(1)]) });
    const { feed } = await runtime.service.add(server.url("/down.xml"), scope);
    server.set("/down.xml", { status: 500 });
    let wait = 0;
    for (let attempt = 0; attempt < 10; attempt++) {
      await runtime.poller.pollFeed(feed.id);
      const state = (await runtime.repository.get(feed.id))!.state;
      wait = state.nextPollAt - clock.now();
      clock.set(state.nextPollAt);
    }
    expect(wait).toBe(60 * MINUTE);
    await runtime.close();
  });
});
