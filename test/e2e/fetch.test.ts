import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../src/app.js";
import { escapeText } from "../../src/discord/render.js";
import type { InteractionHandle } from "../../src/emulator/index.js";
import { noWaitIdentifyThrottler } from "../../src/emulator/index.js";
import { fetchedArticleId } from "../../src/fetch/fetcher.js";
import { silentLogger } from "../../src/logger.js";
import { createExtractiveSummarizer } from "../../src/summaries/extractive.js";
import { answerOf, type Harness, startHarness } from "./harness.js";

const ARTICLE_HTML = readFileSync(new URL("../fixtures/pages/article.html", import.meta.url));
const TITLE = "Harbour bridge reopens after two years of repairs";

interface PageServer {
  base: string;
  /** Paths of every request the server saw. */
  seen: string[];
  close(): Promise<void>;
}

/** A news site on 127.0.0.1: every path serves the fixture article. */
async function startPageServer(): Promise<PageServer> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(req.url ?? "/");
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(ARTICLE_HTML);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function summarize(h: Harness, url: string): Promise<InteractionHandle> {
  const run = await h.emulator.runCommand({ name: "summarize", options: { url } });
  await run.callback();
  return run;
}

async function quotes(h: Harness, article: string): Promise<InteractionHandle> {
  const run = await h.emulator.runCommand({ name: "quotes", options: { article } });
  await run.callback();
  return run;
}

/** The ids `/article show` offers for `query`. */
async function offered(h: Harness, query: string): Promise<string[]> {
  const choices = await h.emulator.autocomplete({
    name: "article",
    subcommand: "show",
    options: { article: query },
    focused: "article",
  });
  return choices.map((choice) => String(choice.value));
}

describe("fetching pasted links with private addresses refused (the default)", () => {
  let h: Harness;
  let site: PageServer;

  beforeAll(async () => {
    site = await startPageServer();
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
    await site?.close();
  });

  /** An immediate ephemeral reply (not a deferral: that would fix the answer as public). */
  function expectEphemeralRefusal(run: InteractionHandle, reason: RegExp): void {
    expect(run.callbacks[0]).toMatchObject({ type: 4, ok: true });
    expect(run.original()?.flags).toBe(64);
    expect(run.original()?.content).toMatch(reason);
  }

  it.each([
    ["/summarize", summarize],
    ["/quotes", quotes],
  ])(
    "answers %s for a loopback page with an ephemeral refusal, without requesting it",
    async (_name, run) => {
      const url = `${site.base}/article.html`;
      expectEphemeralRefusal(
        await run(h, url),
        // The host is the person's input, escaped for Discord ("127\." would start a list).
        /^That address is not public \(127\\\.0\.0\.1: loopback\)/,
      );
      expect(site.seen).toEqual([]);
      expect(await h.app.deps.corpus.getByUrl(url)).toBeUndefined();
    },
  );

  it.each([
    ["localhost by name", "http://localhost/", "/summarize", summarize],
    ["127.0.0.1 as one decimal number", "http://2130706433/", "/summarize", summarize],
    ["127.0.0.1 mapped into IPv6", "http://[::ffff:127.0.0.1]/", "/summarize", summarize],
    ["localhost by name", "http://localhost/", "/quotes", quotes],
    ["127.0.0.1 as one decimal number", "http://2130706433/", "/quotes", quotes],
    ["127.0.0.1 mapped into IPv6", "http://[::ffff:127.0.0.1]/", "/quotes", quotes],
  ])("refuses %s (%s) the same way in %s", async (_what, url, _name, run) => {
    expectEphemeralRefusal(await run(h, url), /^That address is not public \(.+: loopback/);
  });

  it("words the refusal in the reader's locale", async () => {
    const run = await h.emulator.runCommand({
      name: "summarize",
      options: { url: `${site.base}/article.html` },
      locale: "de",
    });
    await run.callback();
    expectEphemeralRefusal(
      run,
      /^Diese Adresse ist nicht öffentlich \(127\\\.0\.0\.1: loopback\), daher ruft Newsdesk/,
    );
  });
});

describe("fetching pasted links with FETCH_ALLOW_PRIVATE=1", () => {
  let h: Harness;
  let site: PageServer;
  let dataDir: string;
  let restarted: App | undefined;

  beforeAll(async () => {
    site = await startPageServer();
    dataDir = await mkdtemp(path.join(tmpdir(), "newsdesk-fetch-data-"));
    h = await startHarness({
      env: {
        FETCH_ALLOW_PRIVATE: "1",
        DATA_DIR: dataDir,
        KEYV_URL: `sqlite://${path.join(dataDir, "newsdesk.sqlite")}`,
      },
    });
  });
  afterAll(async () => {
    await restarted?.stop();
    await h?.close();
    await site?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("defers /summarize, fetches the page and answers with its summary", async () => {
    const url = `${site.base}/article.html`;
    const run = await summarize(h, url);
    expect(run.callbacks[0]).toMatchObject({ type: 5, ok: true });
    await run.waitFor((x) => /^Engine:/.test(x.original()?.embeds[0]?.footer?.text ?? ""), 10_000);
    // The page is the fetcher's own (the emulator's default user), not team content.
    const FETCHER = h.emulator.user.id;
    expect(await h.app.deps.corpus.getByUrl(url)).toBeUndefined();
    const grants = await h.app.deps.fetchedPages!.grantsOf(fetchedArticleId(url));
    expect(grants).toEqual([{ kind: "user", userId: FETCHER }]);
    const article = await h.app.deps.fetchedPages!.getByUrl(url, { userId: FETCHER });
    expect(article).toMatchObject({ id: fetchedArticleId(url), origin: "fetched", title: TITLE });
    const expected = await createExtractiveSummarizer().summarize(article!, {
      length: "medium",
      format: "paragraph",
    });
    const message = run.original()!;
    expect(message.flags & 64).toBe(0);
    expect(message.embeds[0]).toMatchObject({
      title: `Summary — ${TITLE}`,
      url,
      description: escapeText(expected.text),
    });
    expect(site.seen).toEqual(["/article.html"]);
  });

  it("defers /quotes, fetches the page and answers with its quotes", async () => {
    const url = `${site.base}/news/bridge.html`;
    const run = await quotes(h, url);
    expect(run.callbacks[0]).toMatchObject({ type: 5, ok: true });
    await run.waitFor((x) => (x.original()?.embeds.length ?? 0) > 0, 10_000);
    const description = run.original()?.embeds[0]?.description ?? "";
    expect(description).toContain("**Elena Park**, Mayor");
    expect(description).toContain("This is a good day for everyone");
    expect(site.seen).toEqual(["/article.html", "/news/bridge.html"]);
    expect(await h.app.deps.corpus.getByUrl(url)).toBeUndefined();
    const viewer = { userId: h.emulator.user.id };
    expect((await h.app.deps.fetchedPages!.getByUrl(url, viewer))?.origin).toBe("fetched");
  });

  it("keeps fetched pages for whoever fetched them across a restart, and offers them to nobody else", async () => {
    const ids = [`${site.base}/article.html`, `${site.base}/news/bridge.html`].map(
      fetchedArticleId,
    );
    for (const id of ids) expect(await offered(h, "harbour bridge")).not.toContain(id);
    const stranger = await h.emulator.runCommand({
      name: "article",
      subcommand: "show",
      options: { article: ids[0]! },
      user: { id: "300000000000000099", username: "stranger" },
    });
    await stranger.callback();
    expect(stranger.original()?.flags).toBe(64);
    expect(stranger.original()?.content).toMatch(/^I don't know the article/);
    // Pages fetched for one person are not the server's latest news, even when newest.
    const latest = await h.emulator.runCommand({ name: "article", subcommand: "latest" });
    await latest.callback();
    expect(latest.original()?.embeds[0]?.title).not.toBe(TITLE);

    await h.app.stop();
    restarted = await createApp(h.config, {
      logger: silentLogger,
      identifyThrottler: noWaitIdentifyThrottler,
    });
    await restarted.start();
    await h.emulator.waitForSession();
    for (const id of ids) expect(await offered(h, "harbour bridge")).not.toContain(id);
    expect(await restarted.deps.corpus.get(ids[0]!)).toBeUndefined();
    expect(
      await restarted.deps.fetchedPages!.get(ids[0]!, { userId: h.emulator.user.id }),
    ).toMatchObject({
      origin: "fetched",
      title: TITLE,
    });
    const run = await quotes(h, `${site.base}/article.html`);
    expect(run.callbacks[0]?.ok).toBe(true);
    // Answered from the stored page, not fetched again; right after the restart the work thread
    // may still be loading, so the answer can come as the edit of a deferred reply.
    expect((await answerOf(run)).embeds[0]?.description).toContain("**Elena Park**, Mayor");
    // Once the thread has loaded, the stored page is answered at once: no fetch to defer for.
    const again = await quotes(h, `${site.base}/article.html`);
    expect(again.callbacks[0]).toMatchObject({ type: 4, ok: true });
    expect(again.original()?.embeds[0]?.description).toContain("**Elena Park**, Mayor");
    expect(site.seen).toHaveLength(2);
  });

  it("lets a member with Manage Messages add a page as team content of this server, and nobody else", async () => {
    const url = `${site.base}/team/bridge.html`;
    const member = { id: "300000000000000098", username: "member" };
    const refused = await h.emulator.runCommand({
      name: "article",
      subcommand: "add",
      options: { url },
      user: member,
      permissions: 0n,
    });
    await refused.callback();
    expect(refused.original()?.flags).toBe(64);
    expect(refused.original()?.content).toMatch(/Manage Messages/);

    const added = await h.emulator.runCommand({
      name: "article",
      subcommand: "add",
      options: { url },
    });
    await added.callback();
    await added.waitFor((x) => (x.original()?.embeds.length ?? 0) > 0, 10_000);
    expect(added.original()?.content).toMatch(/^Added to this server's articles/);
    const id = fetchedArticleId(url);
    const app = restarted ?? h.app; // the bot restarted in the previous case
    expect(await app.deps.fetchedPages!.grantsOf(id)).toEqual([
      { kind: "guild", guildId: h.emulator.guildId },
    ]);
    const shown = await h.emulator.runCommand({
      name: "article",
      subcommand: "show",
      options: { article: id },
      user: member,
      permissions: 0n,
    });
    await shown.callback();
    expect(shown.original()?.embeds[0]?.title).toBe(TITLE);
    expect(await app.deps.corpus.get(id)).toBeUndefined();
    // Team content now: the newest article for this server.
    const latest = await h.emulator.runCommand({
      name: "article",
      subcommand: "latest",
      user: member,
      permissions: 0n,
    });
    await latest.callback();
    expect(latest.original()?.embeds[0]?.title).toBe(TITLE);
    // Found by search and by autocomplete in this server.
    const search = await h.emulator.runCommand({
      name: "article",
      subcommand: "search",
      options: { query: "harbour repairs" },
      user: member,
      permissions: 0n,
    });
    await search.callback();
    expect(search.original()?.embeds[0]?.title).toBe(TITLE);
    const suggested = await h.emulator.autocomplete({
      name: "article",
      subcommand: "show",
      options: { article: "harbour bridge" },
      focused: "article",
      user: member,
    });
    expect(suggested.map((choice) => choice.value)).toContain(id);
  });

  it("limits how many pages one user may fetch per minute", async () => {
    const user = { id: "300000000000000097", username: "eager" };
    const answers: string[] = [];
    for (let i = 0; i < 7; i++) {
      const run = await h.emulator.runCommand({
        name: "summarize",
        options: { url: `${site.base}/burst/${i}.html` },
        user,
      });
      await run.callback();
      await run.waitFor(
        (x) =>
          x.followups().length > 0 ||
          /^Engine:/.test(x.original()?.embeds[0]?.footer?.text ?? "") ||
          x.original()?.flags === 64,
        10_000,
      );
      answers.push(run.followups()[0]?.content ?? run.original()?.content ?? "summary");
    }
    expect(answers.filter((a) => /fetching pages too fast/.test(a))).toHaveLength(2);
  });

  it("takes back the public deferral of /quotes when nobody by that name is quoted, and tells only the person", async () => {
    const run = await h.emulator.runCommand({
      name: "quotes",
      options: { article: `${site.base}/news/speakers.html`, speaker: "Nobody Here" },
    });
    expect(await run.callback()).toMatchObject({ type: 5, ok: true });
    await run.waitFor((x) => x.followups().length > 0, 10_000);
    expect(run.original()?.deleted).toBe(true);
    const [notice] = run.followups();
    expect(notice?.flags).toBe(64);
    expect(notice?.content).toMatch(/^Nobody called “Nobody Here” is quoted in this article\./);
    const publicMessages = [run.original(), ...run.followups()].filter(
      (m) => m !== undefined && m.deleted !== true && (m.flags & 64) === 0,
    );
    expect(publicMessages).toEqual([]);
  });
});
