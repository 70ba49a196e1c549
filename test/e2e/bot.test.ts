import { unlink } from "node:fs/promises";
import path from "node:path";
import type { APIEmbed } from "discord.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { commands } from "../../commands/index.js";
import type { EmulatedMessage } from "../../src/emulator/index.js";
import { answerOf, type Harness, startHarness } from "./harness.js";

/** What Discord would check: every limit of every embed, and the total. */
function expectWithinLimits(message: EmulatedMessage): void {
  expect(message.content.length).toBeLessThanOrEqual(2000);
  expect(message.embeds.length).toBeLessThanOrEqual(10);
  let total = 0;
  for (const embed of message.embeds as APIEmbed[]) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(2048);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
    total +=
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text.length ?? 0) +
      (embed.author?.name.length ?? 0) +
      (embed.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0);
  }
  expect(total).toBeLessThanOrEqual(6000);
}

function buttonIds(message: EmulatedMessage): string[] {
  return message.components.flatMap((row) =>
    "components" in row
      ? (row.components as Array<{ custom_id?: string }>).flatMap((c) =>
          c.custom_id ? [c.custom_id] : [],
        )
      : [],
  );
}

/** Undoes escapeText for comparing with the article's own words. */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\(.)/g, "$1").replace(/\u200b/g, "");
}

describe("the bot against the Discord emulator", () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ extraArticles: 30 });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("registers the commands from the static list", () => {
    const registered = h.emulator.commands(h.emulator.guildId).map((c) => c.name);
    expect(registered.sort()).toEqual(commands.map((c) => c.data.name).sort());
    expect(registered).toEqual(expect.arrayContaining(["article", "summarize", "quotes"]));
  });

  it("answers /article latest with the newest article's embed and Summary and Quotes buttons", async () => {
    const run = await h.emulator.runCommand({ name: "article", subcommand: "latest" });
    const callback = await run.callback();
    expect(callback).toMatchObject({ type: 4, ok: true });
    const message = run.original()!;
    const [embed] = message.embeds;
    expect(embed).toMatchObject({
      url: "https://www.example.com/news/long-bridge-report",
      author: { name: "example.com" },
      timestamp: "2024-02-01T00:00:00.000Z",
    });
    expect(embed?.footer?.text).toMatch(/^page 1\/\d+/);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(buttonIds(message)).toEqual(
      expect.arrayContaining(["article:summary:long-bridge", "article:quotes:long-bridge"]),
    );
    expectWithinLimits(message);
  });

  it("pages through a long article with buttons, keeping all of its text", async () => {
    const run = await h.emulator.runCommand({
      name: "article",
      subcommand: "show",
      options: { article: h.fixtures.longId },
    });
    await run.callback();
    let message = run.original()!;
    const pages = Number(/page 1\/(\d+)/.exec(message.embeds[0]?.footer?.text ?? "")?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    const texts = [message.embeds[0]?.description ?? ""];
    for (let page = 2; page <= pages; page++) {
      const click = await h.emulator.clickButton({
        message,
        customId: `article:page:long-bridge:${page}`,
      });
      expect(await click.callback()).toMatchObject({ type: 7, ok: true });
      message = h.emulator.message(message.id)!;
      expect(message.embeds[0]?.footer?.text).toContain(`page ${page}/${pages}`);
      expect(message.allowed_mentions).toEqual({ parse: [] });
      expectWithinLimits(message);
      texts.push(message.embeds[0]?.description ?? "");
    }
    const article = (await h.app.deps.corpus.get(h.fixtures.longId))!;
    expect(unescapeMarkdown(texts.join(" ")).replace(/\s+/g, " ")).toBe(
      article.text.replace(/\s+/g, " "),
    );
  });

  it("answers /article search with the best match, and an ephemeral message when nothing matches", async () => {
    const run = await h.emulator.runCommand({
      name: "article",
      subcommand: "search",
      options: { query: "Lavrov Korean Peninsula" },
    });
    await run.callback();
    expect(run.original()?.embeds[0]?.url).toContain("sputnikglobe.com");
    const none = await h.emulator.runCommand({
      name: "article",
      subcommand: "search",
      options: { query: "qqqzzzxxyy" },
    });
    await none.callback();
    expect(none.original()?.flags).toBe(64);
    expect(none.original()?.content).toContain("No article matches `qqqzzzxxyy`");
  });

  it("offers at most 25 autocomplete choices, each within Discord's limits, valued by id", async () => {
    const choices = await h.emulator.autocomplete({
      name: "article",
      subcommand: "show",
      options: { article: "" },
      focused: "article",
    });
    expect(choices.length).toBe(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(String(choice.value).length).toBeLessThanOrEqual(100);
      expect(await h.app.deps.corpus.get(String(choice.value))).toBeDefined();
    }
    const bridge = await h.emulator.autocomplete({
      name: "summarize",
      options: { url: "bridge" },
      focused: "url",
    });
    expect(bridge[0]?.value).toBe(h.fixtures.longId);
  });

  it("accepts a pasted URL in another form for an article option", async () => {
    const run = await h.emulator.runCommand({
      name: "article",
      subcommand: "show",
      options: { article: "HTTPS://example.com/news/long-bridge-report/?utm_source=x#top" },
    });
    await run.callback();
    expect(run.original()?.embeds[0]?.url).toBe("https://www.example.com/news/long-bridge-report");
  });

  it("shows an article that says @everyone and <@&123> without pinging anyone", async () => {
    const run = await h.emulator.runCommand({
      name: "article",
      subcommand: "show",
      options: { article: h.fixtures.pingId },
    });
    await run.callback();
    const message = run.original()!;
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(h.emulator.mentionsPinged(message)).toBe(false);
    const description = message.embeds[0]?.description ?? "";
    expect(description).not.toMatch(/(^|[^\\])<@&123>/);
    expect(description).not.toContain("@everyone");
    expect(description).toContain("\\[the minutes\\]");
  });

  it("answers /quotes with the quotes grouped by speaker, direct or reported", async () => {
    const run = await h.emulator.runCommand({
      name: "quotes",
      options: { article: h.fixtures.realId },
    });
    const message = await answerOf(run);
    const description = message.embeds[0]?.description ?? "";
    expect(description).toContain("**Sergey Lavrov**, Russian Foreign Minister");
    expect(description).toMatch(/— \*(direct|reported)\*/);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expectWithinLimits(message);
  });

  it("filters /quotes to one speaker offered by autocomplete and pages them", async () => {
    // Suggestions wait 1.5 s for a first extraction and are empty past it, the quotes then ready
    // for the next keystroke: on a loaded machine the reader's next keystroke is the one offered.
    const suggest = () =>
      h.emulator.autocomplete({
        name: "quotes",
        options: { article: h.fixtures.longId, speaker: "jane" },
        focused: "speaker",
      });
    let speakers = await suggest();
    for (let keystroke = 0; speakers.length === 0 && keystroke < 10; keystroke++) {
      speakers = await suggest();
    }
    expect(speakers.map((c) => c.value)).toEqual(["Jane Doe"]);
    const run = await h.emulator.runCommand({
      name: "quotes",
      options: { article: h.fixtures.longId, speaker: "Jane Doe" },
    });
    const message = await answerOf(run);
    expect(message.embeds[0]?.description).not.toContain("John Smith");
    expect(message.embeds[0]?.footer?.text).toMatch(/20 quotes from 1 speaker/);
    expectWithinLimits(message);
  });

  it("opens the quotes of an article from its Quotes button", async () => {
    const run = await h.emulator.runCommand({
      name: "article",
      subcommand: "show",
      options: { article: h.fixtures.longId },
    });
    await run.callback();
    const click = await h.emulator.clickButton({
      message: run.original()!,
      customId: "article:quotes:long-bridge",
    });
    expect(await click.callback()).toMatchObject({ type: 4, ok: true });
    const quotes = click.original()!;
    expect(quotes.embeds[0]?.title).toContain("Quotes");
    const next = buttonIds(quotes).find((id) => id.startsWith("quotes:page:long-bridge:2"));
    expect(next).toBeDefined();
    const page2 = await h.emulator.clickButton({ message: quotes, customId: next! });
    expect(await page2.callback()).toMatchObject({ type: 7, ok: true });
    expect(h.emulator.message(quotes.id)?.embeds[0]?.footer?.text).toMatch(/^page 2\//);
  });

  it("answers /summarize without an LLM from the extractive engine, deferred first", async () => {
    const run = await h.emulator.runCommand({
      name: "summarize",
      options: { url: h.fixtures.realId, length: "short" },
    });
    expect(await run.callback()).toMatchObject({ type: 5, ok: true });
    await run.waitFor((x) => /^Engine:/.test(x.original()?.embeds[0]?.footer?.text ?? ""));
    const message = run.original()!;
    expect(message.embeds[0]?.footer?.text).toBe("Engine: extractive (no LLM configured)");
    expect(message.embeds[0]?.description?.length).toBeGreaterThan(20);
    expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  it("answers an unknown article with an ephemeral message for the person", async () => {
    const run = await h.emulator.runCommand({
      name: "quotes",
      options: { article: "no-such-article" },
    });
    const callback = await run.callback();
    expect(callback).toMatchObject({ type: 4, ok: true });
    expect(run.original()?.flags).toBe(64);
    expect(run.original()?.content).toContain("I don't know the article `no-such-article`");
  });

  it("answers a URL outside the corpus that cannot be fetched with an ephemeral message", async () => {
    const run = await h.emulator.runCommand({
      name: "summarize",
      options: { url: "http://127.0.0.1:9/private-page" },
    });
    await run.waitFor((x) => (x.original()?.content ?? "").length > 0);
    const message = run.original()!;
    expect(message.content).not.toMatch(/Error:|\n\s+at /);
    expect(message.content.length).toBeGreaterThan(10);
  });

  it("waits out a short 429 on the interaction callback and still answers", async () => {
    h.emulator.faults.nextRest({ route: /callback/ }, { status: 429, retryAfter: 0.3 });
    const run = await h.emulator.runCommand({ name: "article", subcommand: "latest" });
    await run.waitFor((x) => x.callbacks.some((c) => c.ok));
    expect(run.callbacks.at(-1)).toMatchObject({ type: 4, ok: true });
    expect(run.original()?.embeds.length).toBe(1);
  });

  it("resumes after a dropped gateway connection and answers the next command", async () => {
    const resumed = new Promise<void>((resolve) => {
      const onResume = () => {
        h.emulator.off("resume", onResume);
        resolve();
      };
      h.emulator.on("resume", onResume);
    });
    h.emulator.faults.closeGateway(4000, "dropped");
    await resumed;
    await vi.waitFor(() => expect(h.emulator.connected).toBe(true), { timeout: 10_000 });
    const run = await h.emulator.runCommand({ name: "article", subcommand: "latest" });
    expect(await run.callback()).toMatchObject({ type: 4, ok: true });
  });

  it("answers a button on an article that no longer exists with an ephemeral message", async () => {
    const run = await h.emulator.runCommand({
      name: "article",
      subcommand: "show",
      options: { article: "filler-29" },
    });
    await run.callback();
    const message = run.original()!;
    await unlink(path.join(h.fixtures.dir, "filler-29.txt"));
    await vi.waitFor(async () => expect(await h.app.deps.corpus.get("filler-29")).toBeUndefined(), {
      timeout: 10_000,
    });
    const click = await h.emulator.clickButton({ message, customId: "article:summary:filler-29" });
    expect(await click.callback()).toMatchObject({ type: 4, ok: true });
    expect(click.original()?.flags).toBe(64);
    expect(click.original()?.content).toContain("no longer in the corpus");
  });

  it("sent allowed_mentions { parse: [] } with every message payload of the whole run", () => {
    const payloads = h.emulator.requests
      .filter((r) => r.method === "POST" || r.method === "PATCH")
      .map((r) => {
        const body = r.body as { type?: number; data?: Record<string, unknown> } | undefined;
        return r.path.endsWith("/callback") ? body?.data : (body as Record<string, unknown>);
      })
      .filter((data) => data !== undefined && ("embeds" in data || "content" in data));
    expect(payloads.length).toBeGreaterThan(20);
    for (const data of payloads) expect(data?.allowed_mentions).toEqual({ parse: [] });
  });
});
