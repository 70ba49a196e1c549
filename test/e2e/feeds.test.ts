import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PermissionFlagsBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createManualClock, type ManualClock } from "../../src/clock.js";
import type { Emulator, InteractionHandle } from "../../src/emulator/index.js";
import { feedIdOf } from "../../src/feeds/feed.js";
import { type FeedServer, rssOf, startFeedServer } from "../support/feed-server.js";
import { type Harness, startHarness } from "./harness.js";

let harness: Harness;
let emulator: Emulator;
let server: FeedServer;
let clock: ManualClock;
let dataDir: string;

const STORY =
  "The harbour reopened on Monday after three weeks of repairs to the sea wall. ".repeat(30);

beforeAll(async () => {
  server = await startFeedServer();
  server.set("/e2e.xml", {
    body: rssOf("Harbour Gazette", server.origin, [
      { guid: "h1", title: "Harbour reopens", link: server.url("/h/1"), description: STORY },
      { guid: "h2", title: "Ferry fares frozen", link: server.url("/h/2"), description: STORY },
    ]),
  });
  dataDir = await mkdtemp(path.join(tmpdir(), "newsdesk-feeds-e2e-"));
  clock = createManualClock(Date.now());
  harness = await startHarness({
    clock,
    env: {
      DATA_DIR: dataDir,
      // Only this origin is exempt from the public-address rule (FETCH_ALLOW_PRIVATE stays off).
      FEED_ALLOW_ORIGINS: server.origin,
      FEED_POLL_TICK_MS: "3600000",
      FEED_MAX_FAILURES: "2",
    },
  });
  emulator = harness.emulator;
});

afterAll(async () => {
  await harness?.close();
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function run(
  subcommand: string,
  options: Record<string, string> = {},
  permissions?: bigint,
  locale?: string,
) {
  const handle: InteractionHandle = await emulator.runCommand({
    name: "feed",
    subcommand,
    options,
    ...(permissions !== undefined ? { permissions } : {}),
    ...(locale !== undefined ? { locale } : {}),
  });
  await handle.waitFor((h) => {
    const original = h.original();
    return original !== undefined && !(original.flags & 128);
  }, 15_000);
  const message = handle.original()!;
  return [
    message.content,
    ...message.embeds.map((e) => `${e.title ?? ""}\n${e.description ?? ""}`),
  ].join("\n");
}

describe("/feed against the Discord emulator", () => {
  it("adds a feed with a preview, ingests its items, lists it, and announces a disabling once", async () => {
    const added = await run("add", { url: server.url("/e2e.xml") });
    expect(added).toContain("Following **Harbour Gazette**");
    expect(added).toContain("Harbour reopens");

    const feeds = harness.app.deps.feeds;
    const [result] = await feeds.poller.pollDue();
    expect(result).toMatchObject({ status: "ingested", ingested: 2 });
    const article = await harness.app.deps.corpus.getByUrl(server.url("/h/1"));
    expect(article).toMatchObject({ title: "Harbour reopens", origin: "feed" });
    // Team content of the following server only.
    const corpus = harness.app.deps.corpus;
    expect(await corpus.getByUrl(server.url("/h/1"), { guildId: emulator.guildId })).toBeDefined();
    expect(
      await corpus.getByUrl(server.url("/h/1"), { guildId: "100000000000000999" }),
    ).toBeUndefined();

    expect(await run("list")).toMatch(/Harbour Gazette[\s\S]*Status: active/);

    server.set("/e2e.xml", { status: 500 });
    const id = feedIdOf(server.url("/e2e.xml"));
    for (let attempt = 0; attempt < 3; attempt++) {
      await feeds.poller.pollFeed(id, { force: true });
    }
    const notices = () =>
      emulator
        .messages(emulator.channel("general")!.id)
        .filter((m) => !m.interaction_id && m.content.includes("Harbour Gazette"));
    expect(notices()).toHaveLength(1);
    expect(notices()[0]?.content).toContain("disabled after 2 failed polls");
    expect(await run("list")).toContain("disabled after 2 failed polls");

    expect(await run("resume", { feed: id })).toContain("Resumed **Harbour Gazette**");
    expect((await feeds.repository.get(id))?.state.disabled).toBeNull();
  });

  it("refuses members without Manage Channels, and addresses that are not public", async () => {
    expect(await run("list", {}, PermissionFlagsBits.SendMessages)).toContain("Manage Channels");
    expect(await run("add", { url: "http://127.0.0.1:9/feed.xml" })).toContain("not public");
  });

  it("answers in the reader's locale and announces a disabling in the server's language", async () => {
    server.set("/lang.xml", {
      body: rssOf("Sprachblatt", server.origin, [
        { guid: "l1", title: "Hafen offen", link: server.url("/l/1"), description: STORY },
      ]),
    });
    const added = await run("add", { url: server.url("/lang.xml") }, undefined, "de");
    expect(added).toContain("Du folgst jetzt **Sprachblatt**");
    expect(added).toContain("Neueste Einträge\n• [Hafen offen]");
    expect(await run("list", {}, undefined, "ja")).toMatch(/Sprachblatt[\s\S]*状態: 有効/);
    const id = feedIdOf(server.url("/lang.xml"));
    // The server's preferred locale is kept for the notice, for servers without /settings.
    const stored = await harness.app.deps.feeds.repository.get(id);
    expect(stored?.followers[0]?.guildLocale).toBe("en-US");
    expect(await run("pause", { feed: id }, undefined, "fr")).toBe(
      "**Sprachblatt** est en pause pour ce serveur.",
    );
    expect(await run("resume", { feed: id }, undefined, "pt-BR")).toBe(
      "**Sprachblatt** retomado: os artigos novos chegam na próxima consulta.",
    );
    expect(await run("remove", { feed: "nope" }, undefined, "es-ES")).toBe(
      "Aquí no hay ningún feed «nope»: mira la lista de feeds para ver ids y direcciones.",
    );
    expect(await run("list", {}, PermissionFlagsBits.SendMessages, "es-ES")).toBe(
      "Necesitas el permiso Gestionar canales para gestionar los feeds.",
    );

    // Everyone in the channel reads the notice: the server's /settings language, not a reader's.
    const settings = harness.app.deps.settings!;
    await settings.update(emulator.guildId, { language: "fr" });
    try {
      server.set("/lang.xml", { status: 500 });
      for (let attempt = 0; attempt < 3; attempt++) {
        await harness.app.deps.feeds.poller.pollFeed(id, { force: true });
      }
    } finally {
      await settings.update(emulator.guildId, { language: null });
    }
    const notices = emulator
      .messages(emulator.channel("general")!.id)
      .filter((m) => !m.interaction_id && m.content.includes("Sprachblatt"));
    expect(notices.map((m) => m.content)).toEqual([
      `Le flux **Sprachblatt** (${server.url("/lang.xml")}) est désactivé après 2 relevés échoués d’affilée (le serveur répond par une erreur). Un membre avec la permission Gérer les salons peut le réactiver avec \`/feed resume feed:${id}\`.`,
    ]);
  });
});
