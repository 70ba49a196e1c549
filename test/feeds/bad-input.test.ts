import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../../src/articles/types.js";
import { createManualClock } from "../../src/clock.js";
import { createFeedRuntime } from "../../src/feed-io/runtime.js";
import { feedIdOf, newFeed } from "../../src/feeds/feed.js";
import { silentLogger } from "../../src/logger.js";
import { createStore } from "../../src/store/store.js";
import { type FeedServer, rssOf, startFeedServer } from "../support/feed-server.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url));
const NOW = Date.parse("2024-03-06T08:00:00Z");

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
  const big = Array.from(
    { length: 10_000 },
    (_, i) =>
      `<item><guid>big-${i}</guid><title>Big ${i}</title><link>/big/${i}</link><description>Item ${i} of a very long feed.</description><pubDate>${new Date(NOW - (10_000 - i) * 60_000).toUTCString()}</pubDate></item>`,
  ).join("");
  const routes: Record<string, Parameters<FeedServer["set"]>[1]> = {
    "/html.xml": { body: fixture("page.html"), contentType: "text/html" },
    "/json.json": { body: fixture("not-json-feed.json"), contentType: "application/json" },
    "/binary.xml": { body: fixture("binary.png"), contentType: "image/png" },
    "/huge.xml": { streamBytes: 50 * 1024 * 1024 },
    "/laughs.xml": { body: fixture("billion-laughs.xml") },
    "/broken.xml": { body: fixture("broken.xml") },
    "/hang.xml": { hang: true },
    "/gone.xml": { status: 404, body: "no" },
    "/big.xml": { body: `<rss version="2.0"><channel><title>Big</title>${big}</channel></rss>` },
    "/dupes.xml": { body: fixture("duplicates.xml") },
    "/html-titles.xml": { body: fixture("rss2.xml") },
    "/good.xml": {
      body: rssOf("Good", server.origin, [
        {
          guid: "g1",
          title: "Good news",
          link: server.url("/good/1"),
          description: "Good things happened today in the town.",
        },
      ]),
    },
  };
  for (const [route, value] of Object.entries(routes)) server.set(route, value);
});
afterAll(async () => {
  await server.close();
});

describe("createFeedPoller with bad feeds", () => {
  it("gives each bad feed a clear reason, and one bad feed never stalls the others", async () => {
    const store = await createStore({ url: "memory://", logger: silentLogger });
    const puts: Article[] = [];
    const runtime = createFeedRuntime({
      store,
      clock: createManualClock(NOW),
      logger: silentLogger,
      allowPrivate: false,
      allowOrigins: [server.origin],
      sink: { put: async (article) => void puts.push(article) },
      timeoutMs: 3_000,
      maxItems: 100,
      concurrency: 3,
      random: () => 0.5,
    });
    const paths = [
      "/hang.xml",
      "/huge.xml",
      "/html.xml",
      "/json.json",
      "/binary.xml",
      "/laughs.xml",
      "/broken.xml",
      "/gone.xml",
      "/big.xml",
      "/dupes.xml",
      "/html-titles.xml",
      "/good.xml",
    ];
    const pathOf = new Map(paths.map((p) => [feedIdOf(server.url(p)), p] as const));
    for (const [i, p] of paths.entries()) {
      await runtime.repository.save(
        newFeed({ url: server.url(p), title: p, now: NOW - paths.length + i }),
      );
    }
    const results = await runtime.poller.pollDue();
    const byPath = new Map(results.map((r) => [pathOf.get(r.feedId), r] as const));
    const code = (p: string) => byPath.get(p)?.error?.code ?? byPath.get(p)?.status;
    expect(code("/hang.xml")).toBe("timeout");
    expect(code("/huge.xml")).toBe("too-large");
    expect(byPath.get("/html.xml")?.error?.message).toContain("web page");
    expect(byPath.get("/json.json")?.error?.message).toContain("not a JSON Feed");
    expect(byPath.get("/binary.xml")?.error?.message).toContain("binary");
    expect(code("/laughs.xml")).toBe("entities");
    expect(code("/broken.xml")).toBe("malformed");
    expect(code("/gone.xml")).toBe("http-status");
    expect(byPath.get("/big.xml")).toMatchObject({ status: "ingested", ingested: 100 });
    expect(byPath.get("/dupes.xml")).toMatchObject({ status: "ingested", ingested: 2, skipped: 1 });
    expect(byPath.get("/good.xml")).toMatchObject({ status: "ingested", ingested: 1 });
    const titles = puts.map((a) => a.title);
    expect(titles).toContain("Ferry strike ends after three days");
    expect(titles).toContain("Big 9999");
    expect(titles).not.toContain("Big 9899");
    const relative = puts.find((a) => a.title === "Ferry strike ends after three days");
    expect(relative?.url).toBe(server.url("/2024/03/ferry-strike-ends"));
    expect(puts.filter((a) => a.title === "First version")).toHaveLength(1);
    expect(puts.some((a) => a.title.includes("Second version"))).toBe(false);
    await runtime.close();
  });
});
