import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InteractionHandle } from "../../src/emulator/index.js";
import { feedIdOf } from "../../src/feeds/feed.js";
import { type FeedServer, rssOf, startFeedServer } from "../support/feed-server.js";
import { type OpenAiTestServer, startOpenAiTestServer } from "../support/openai-server.js";
import { answerOf, type Harness, repoRoot, startHarness } from "./harness.js";

const DEMO = `${repoRoot}demo`;
/** The demo newsroom is dated 2026-11-23 to 2026-11-27. */
const SINCE = "2026-11-20";

async function briefing(
  h: Harness,
  options: Record<string, string> = {},
  locale?: string,
): Promise<InteractionHandle> {
  const run = await h.emulator.runCommand({
    name: "briefing",
    options: { since: SINCE, ...options },
    ...(locale ? { locale } : {}),
  });
  await run.callback();
  return run;
}

async function answered(run: InteractionHandle): Promise<void> {
  await run.waitFor(
    (x) => (x.original()?.embeds.length ?? 0) > 0 || /📰/.test(x.original()?.content ?? ""),
    20_000,
  );
}

describe("/briefing without an LLM", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ seedsFrom: DEMO });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("groups the demo newsroom into stories, one embed each, with citations and sources", async () => {
    const run = await briefing(h);
    expect(run.callbacks[0]).toMatchObject({ type: 5, ok: true });
    await answered(run);
    const message = run.original()!;
    expect(message.content).toMatch(
      /📰 \*\*Briefing\*\* since <t:\d+:f>: 10 stories from 33 articles/,
    );
    expect(message.content).toContain("no AI is configured");
    expect(message.embeds.length).toBeGreaterThanOrEqual(3);
    const tram = message.embeds.find((e) => /tram/i.test(e.title ?? ""));
    expect(tram?.footer?.text).toMatch(/^4 articles · 4 sources/);
    expect(tram?.description).toMatch(/\\\[\d\\\]/);
    expect(tram?.description).toContain("**Sources**");
    expect(tram?.url).toMatch(/^https:\/\/[a-z-]+\.(example|invalid)\//);
    expect(h.emulator.mentionsPinged(message)).toBe(false);
  });

  it("says when nothing is recent and suggests a window that reaches the newest article", async () => {
    const run = await h.emulator.runCommand({ name: "briefing", options: {} });
    await run.callback();
    await answered(run);
    expect(run.original()?.content).toMatch(
      /📰 No articles since <t:\d+:f>\.\nThe newest article is dated 2026-11-27: try `since:\d+d`\./,
    );
  });

  it("keeps to one source when asked", async () => {
    const run = await briefing(h, { source: "www.valemont-courier.example" });
    await answered(run);
    const footers = run.original()!.embeds.map((e) => e.footer?.text ?? "");
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) expect(footer).toMatch(/· 1 sources ·/);
  });

  it("refuses a time it cannot read, privately, in the reader's language", async () => {
    const run = await briefing(h, { since: "yesterday" }, "fr");
    expect(run.callbacks[0]).toMatchObject({ type: 4, ok: true });
    expect(run.original()?.flags).toBe(64);
    expect(run.original()?.content).toContain("Je ne comprends pas `yesterday`");
  });

  it("previews a digest delivered as a briefing: stories with sources, not one embed per article", async () => {
    const channel = h.emulator.addChannel({ name: "briefing-digest" });
    const digest = async (subcommand: string, options: Record<string, string>) => {
      const run = await h.emulator.runCommand({ name: "digest", subcommand, options });
      await run.waitFor((x) => {
        const original = x.original();
        return original !== undefined && !(original.flags & 128);
      }, 20_000);
      return run;
    };
    const subscribed = await digest("subscribe", {
      channel: channel.id,
      schedule: "daily 08:00",
      style: "briefing",
    });
    const id = /\(`([0-9a-f]{8})`\)/.exec(subscribed.original()?.content ?? "")?.[1];
    expect(id).toBeDefined();
    expect((await h.app.deps.digests!.find(h.emulator.guildId, id!)).style).toBe("briefing");
    const preview = await digest("preview", { subscription: id! });
    const embeds = preview.original()!.embeds;
    expect(embeds.length).toBeGreaterThan(0);
    for (const embed of embeds) expect(embed.description).toContain("**Sources**");
  });

  it("words the replies of /article, /quotes and /digest in the reader's language", async () => {
    const reply = async (input: Parameters<Harness["emulator"]["runCommand"]>[0]) => {
      const run = await h.emulator.runCommand(input);
      return (await answerOf(run)).content;
    };
    const search = { name: "article", subcommand: "search", options: { query: "zzqxv" } };
    await expect(reply({ ...search, locale: "de" })).resolves.toBe(
      "Kein Artikel passt zu `zzqxv`.",
    );
    await expect(reply(search)).resolves.toBe("No article matches `zzqxv`.");
    const quotes = { name: "quotes", options: { article: "a1_tram-strike", speaker: "Nobody" } };
    await expect(reply({ ...quotes, locale: "ja" })).resolves.toContain(
      "という人の引用はありません",
    );
    await expect(reply({ name: "digest", subcommand: "list", locale: "fr" })).resolves.toMatch(
      /Abonnements aux digests|Aucun abonnement/,
    );
  });

  it("answers in German for a German client", async () => {
    const run = await briefing(h, {}, "de");
    await answered(run);
    expect(run.original()?.content).toContain("📰 **Überblick** seit");
    expect(run.original()?.embeds[0]?.description).toContain("**Quellen**");
  });
});

describe("/briefing with an LLM", () => {
  let h: Harness;
  let llm: OpenAiTestServer;
  beforeAll(async () => {
    llm = await startOpenAiTestServer();
    h = await startHarness({
      seedsFrom: DEMO,
      env: {
        OPENAI_BASE_URL: llm.baseURL,
        OPENAI_API_KEY: "test",
        OPENAI_MODEL: "test-model",
        OPENAI_MAX_RETRIES: "0",
      },
    });
  });
  afterAll(async () => {
    await h?.close();
    await llm?.close();
  });

  it("keeps the LLM's supported sentences with their citations and removes the invented ones", async () => {
    llm.script((request) => {
      const user = request.messages.find((m) => m.role === "user")?.content ?? "";
      // The first sentence of source 1, copied; then an invented one.
      const first =
        /<article n="1">\nSource: [^\n]*\nTitle: [^\n]*\n([^\n]*?[.!?])(?:\s|\n)/.exec(user)?.[1] ??
        "";
      return {
        content: JSON.stringify({
          sentences: [
            { text: first, sources: [1] },
            { text: "The prime minister of Atlantis resigned in protest on Friday.", sources: [2] },
          ],
        }),
      };
    });
    const run = await briefing(h);
    await answered(run);
    const message = run.original()!;
    expect(message.content).toContain("Some summaries by test-model");
    const first = message.embeds[0]!;
    expect(first.description).not.toContain("Atlantis");
    expect(first.description).toContain("Sentences removed as not supported by the sources: 1");
    expect(first.description).toMatch(/\\\[1\\\]/);
    expect(llm.requests.length).toBe(5);
  });

  it("writes the next briefing extractively, and says why, once the AI may not be asked", async () => {
    const requests = llm.requests.length;
    const run = await briefing(h);
    await answered(run);
    const content = run.original()?.content ?? "";
    expect(content).toMatch(/not by the AI: .*<t:\d+:R>/);
    expect(llm.requests.length).toBe(requests);
    expect(run.original()?.embeds.length).toBeGreaterThan(0);
  });
});

describe("/briefing feed:", () => {
  let h: Harness;
  let server: FeedServer;
  const STORY = "The harbour reopened on Monday after three weeks of repairs to the sea wall. ";
  beforeAll(async () => {
    server = await startFeedServer();
    server.set("/harbour.xml", {
      body: rssOf("Harbour Gazette", server.origin, [
        {
          guid: "h1",
          title: "Harbour reopens",
          link: server.url("/h/1"),
          description: STORY.repeat(30),
        },
      ]),
    });
    h = await startHarness({
      seedsFrom: DEMO,
      env: { FEED_ALLOW_ORIGINS: server.origin, FEED_POLL_TICK_MS: "3600000" },
    });
  });
  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  it("keeps to the articles of one feed the server follows", async () => {
    const add = await h.emulator.runCommand({
      name: "feed",
      subcommand: "add",
      options: { url: server.url("/harbour.xml") },
    });
    await add.waitFor((x) => (x.original()?.flags ?? 128) % 256 < 128, 20_000);
    await h.app.deps.feeds.poller.pollDue();
    const feed = feedIdOf(server.url("/harbour.xml"));
    const run = await briefing(h, { feed });
    await answered(run);
    const embeds = run.original()!.embeds;
    expect(embeds).toHaveLength(1);
    expect(embeds[0]?.title).toContain("Harbour reopens");
    const other = await briefing(h, { feed: "f0000000000000000" });
    await answered(other);
    expect(other.original()?.content).toContain("No articles from the feed `f0000000000000000`");
  });
});
