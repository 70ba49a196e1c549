import { mkdtemp, rename, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PermissionFlagsBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { App } from "../../src/app.js";
import { createManualClock, type ManualClock } from "../../src/clock.js";
import type { Subscription } from "../../src/digests/types.js";
import type { EmulatedMessage, Emulator, InteractionHandle } from "../../src/emulator/index.js";
import { type Fixtures, type Harness, startHarness } from "./harness.js";

const MESSAGES_ROUTE = "/channels/:channelId/messages";

let harness: Harness;
let emulator: Emulator;
let app: App;
let clock: ManualClock;
let fixtures: Fixtures;
let seedCount = 0;

beforeAll(async () => {
  clock = createManualClock(Date.now());
  harness = await startHarness({
    clock,
    // Ticks are driven by the test (scheduler.tick()); the timer only does the start-up tick.
    env: { DIGEST_TICK_MS: "3600000", DIGEST_RETRY_DELAY_MS: "1000" },
  });
  ({ emulator, app, fixtures } = harness);
  // The harness's seed files were written after the clock was made: start the clock after them,
  // so that they are all behind a new subscription's cursor.
  clock.set(Date.now());
});

afterAll(async () => {
  await harness?.close();
});

/**
 * Adds a seed file stamped just after the bot's (manual) clock, as if it arrived now: written
 * aside, stamped, then moved in, so the watcher only ever sees the final time.
 */
async function addSeed(title: string): Promise<string> {
  seedCount += 1;
  const id = `digest-e2e-${seedCount}`;
  const body = `${title}. The harbour authority said the new ferry line opens in spring, and the council agreed.\n"We will keep the fares low for every resident," said Jane Doe, the mayor of Springfield.`;
  const aside = await mkdtemp(path.join(tmpdir(), "newsdesk-seed-"));
  const file = path.join(aside, `${id}.txt`);
  await writeFile(
    file,
    ` date 2026-01-${String(10 + seedCount).padStart(2, "0")} https://news.example.org/${id}\n${body}\n`,
  );
  clock.advance(1_000);
  const stamp = new Date(clock.now());
  await utimes(file, stamp, stamp);
  await rename(file, path.join(fixtures.dir, `${id}.txt`));
  await rm(aside, { recursive: true, force: true });
  await vi.waitFor(async () => expect(await app.deps.corpus.get(id)).toBeDefined(), {
    timeout: 10_000,
  });
  clock.advance(5_000); // past the digests' settle time

  return id;
}

async function run(
  subcommand: string,
  options: Record<string, string | boolean> = {},
  permissions?: bigint,
): Promise<InteractionHandle> {
  const handle = await emulator.runCommand({
    name: "digest",
    subcommand,
    options,
    ...(permissions !== undefined ? { permissions } : {}),
  });
  await handle.waitFor((h) => {
    const original = h.original();
    return original !== undefined && !(original.flags & 128); // 128: still "thinking"
  }, 15_000);
  return handle;
}

function replyText(handle: InteractionHandle): string {
  const message = handle.original()!;
  return [
    message.content,
    ...message.embeds.map((e) => `${e.title ?? ""}\n${e.description ?? ""}`),
  ].join("\n");
}

async function subscribe(channelName: string, extra: Record<string, string | boolean> = {}) {
  const channel = emulator.channel(channelName) ?? emulator.addChannel({ name: channelName });
  const handle = await run("subscribe", { channel: channel.id, schedule: "daily 08:00", ...extra });
  const text = replyText(handle);
  expect(text).toMatch(/^Subscribed/);
  const id = /\(`([0-9a-f]{8})`\)/.exec(text)?.[1];
  if (!id) throw new Error(`no subscription id in: ${text}`);
  return { id, channelId: channel.id };
}

async function stored(id: string): Promise<Subscription> {
  const subscription = await app.deps.digests!.find(emulator.guildId, id);
  return subscription;
}

/** Moves the bot's clock to the subscription's next run and runs one scheduler tick. */
async function runScheduled(id: string) {
  const next = (await stored(id)).nextRunAt!;
  if (next > clock.now()) clock.set(next);
  return await app.digests.scheduler.tick();
}

function digestMessages(channelId: string): EmulatedMessage[] {
  return emulator.messages(channelId).filter((m) => !m.interaction_id && !m.deleted);
}

async function titleOf(articleId: string): Promise<string> {
  return (await app.deps.corpus.get(articleId))!.title;
}

function titlesIn(messages: EmulatedMessage[]): string[] {
  return messages.flatMap((m) => m.embeds.map((e) => e.title ?? ""));
}

describe("/digest against the Discord emulator", () => {
  it("registers /digest for members with Manage Channels", () => {
    const command = emulator.commands(emulator.guildId).find((c) => c.name === "digest");
    expect(command?.default_member_permissions).toBe(String(PermissionFlagsBits.ManageChannels));
  });

  it("subscribes, then posts exactly one digest with the new article when the time comes", async () => {
    const { id, channelId } = await subscribe("digest-main", { timezone: "Europe/Paris" });
    const subscription = await stored(id);
    expect(
      new Date(subscription.nextRunAt!).toLocaleTimeString("en-GB", { timeZone: "Europe/Paris" }),
    ).toBe("08:00:00");
    const articleId = await addSeed("Ferry line approved");
    await runScheduled(id);
    await app.digests.scheduler.tick();
    const messages = digestMessages(channelId);
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message?.content).toMatch(/News digest\*\*: 1 new article/);
    expect(message?.embeds[0]).toMatchObject({
      url: `https://news.example.org/${articleId}`,
      footer: { text: expect.stringContaining("news.example.org") },
    });
    expect(message?.embeds[0]?.description).toContain("Jane Doe");
    expect(message?.allowed_mentions).toEqual({ parse: [] });
    expect(emulator.mentionsPinged(message!)).toBe(false);
    const posted = emulator.requests.filter(
      (r) => r.method === "POST" && r.path === `/channels/${channelId}/messages`,
    );
    expect(posted[0]?.body).toMatchObject({ enforce_nonce: true, nonce: expect.any(String) });
    // The next day, with nothing new, nothing is posted.
    await runScheduled(id);
    expect(digestMessages(channelId)).toHaveLength(1);
  });

  it("stops posting once unsubscribed", async () => {
    const { id, channelId } = await subscribe("digest-unsub");
    const handle = await run("unsubscribe", { subscription: id });
    expect(replyText(handle)).toContain("Unsubscribed");
    await addSeed("Unsubscribed story");
    clock.advance(2 * 24 * 3600_000);
    await app.digests.scheduler.tick();
    expect(digestMessages(channelId)).toHaveLength(0);
  });

  it("pauses on a 403 with the reason shown in /digest list", async () => {
    const { id, channelId } = await subscribe("digest-403");
    const articleId = await addSeed("Forbidden story");
    emulator.faults.denyChannel(channelId, PermissionFlagsBits.SendMessages);
    const outcomes = await runScheduled(id);
    expect(outcomes.get(id)).toMatchObject({ status: "paused" });
    expect(digestMessages(channelId)).toHaveLength(0);
    const list = replyText(await run("list"));
    expect(list).toContain(`Subscription ${id}`);
    expect(list).toMatch(
      new RegExp(`${id}[\\s\\S]*paused: I lost permission to post in <#${channelId}>`),
    );
    // Still paused on later ticks; resuming once allowed posts it.
    clock.advance(24 * 3600_000);
    await app.digests.scheduler.tick();
    expect(digestMessages(channelId)).toHaveLength(0);
    emulator.faults.allowChannel(channelId);
    expect(replyText(await run("resume", { subscription: id }))).toContain("Resumed");
    await app.digests.scheduler.tick();
    expect(titlesIn(digestMessages(channelId))).toEqual([await titleOf(articleId)]);
  });

  it("pauses on a 404 when the channel was deleted", async () => {
    const { id, channelId } = await subscribe("digest-404");
    await addSeed("Deleted channel story");
    emulator.faults.deleteChannel(channelId);
    const outcomes = await runScheduled(id);
    expect(outcomes.get(id)).toMatchObject({
      status: "paused",
      reason: expect.stringContaining("deleted"),
    });
    expect((await stored(id)).state).toMatchObject({ status: "paused", by: "delivery" });
  });

  it("retries a 500 on a later tick and posts once", async () => {
    const { id, channelId } = await subscribe("digest-500");
    const articleId = await addSeed("Retried story");
    // More 500s than discord.js retries by itself, so that the tick gives up.
    emulator.faults.nextRest({ method: "POST", route: MESSAGES_ROUTE }, { status: 500 }, 20);
    const first = await runScheduled(id);
    expect(first.get(id)).toMatchObject({ status: "retry" });
    expect(digestMessages(channelId)).toHaveLength(0);
    emulator.faults.clear();
    // Moderators read a fixed sentence; Discord's own error text stays in the logs.
    const listed = replyText(await run("list"));
    expect(listed).toMatch(
      new RegExp(
        `${id}[\\s\\S]*last try failed: Discord did not answer in time or had a temporary error\\)`,
      ),
    );
    expect((await stored(id)).pending?.lastError).toBe(
      "Discord did not answer in time or had a temporary error",
    );
    clock.advance(1_000);
    const second = await app.digests.scheduler.tick();
    expect(second.get(id)).toMatchObject({ status: "posted" });
    expect(titlesIn(digestMessages(channelId))).toEqual([await titleOf(articleId)]);
  });

  it("refuses a channel where the bot cannot embed links, naming the permission", async () => {
    const channel = emulator.addChannel({ name: "digest-noembed" });
    emulator.faults.denyChannel(channel.id, PermissionFlagsBits.EmbedLinks);
    const handle = await run("subscribe", { channel: channel.id, schedule: "daily 08:00" });
    expect(handle.original()?.flags).toBe(64);
    expect(replyText(handle)).toContain("Embed Links");
    const german = await emulator.runCommand({
      name: "digest",
      subcommand: "subscribe",
      options: { channel: channel.id, schedule: "daily 08:00" },
      locale: "de",
    });
    await german.waitFor((h) => h.original() !== undefined, 15_000);
    expect(german.original()?.content).toContain("Links einbetten");
    expect(await app.deps.digests!.list(emulator.guildId)).not.toContainEqual(
      expect.objectContaining({ channelId: channel.id }),
    );
  });

  it("answers an invalid cron expression or time zone with an ephemeral error naming it", async () => {
    const channel = emulator.channelId("news-digest");
    const cron = await run("subscribe", { channel, schedule: "61 * * * *" });
    expect(cron.original()?.flags).toBe(64);
    // The person's own input comes back escaped like all text (it shows as typed in Discord).
    expect(replyText(cron)).toMatch(/"61 \\\* \\\* \\\* \\\*" is invalid.*minute/);
    const zone = await run("subscribe", {
      channel,
      schedule: "daily 08:00",
      timezone: "Mars/Olympus",
    });
    expect(replyText(zone)).toContain('"Mars/Olympus"');
  });

  it("refuses members without Manage Channels even if an admin opened the command to them", async () => {
    const handle = await run(
      "list",
      {},
      PermissionFlagsBits.SendMessages | PermissionFlagsBits.ViewChannel,
    );
    expect(replyText(handle)).toContain("Manage Channels");
  });

  it("previews ephemerally without posting, and send-now posts and advances the schedule", async () => {
    const { id, channelId } = await subscribe("digest-now");
    const articleId = await addSeed("Preview story");
    const preview = await run("preview", { subscription: id });
    expect((preview.original()?.flags ?? 0) & 64).toBe(64);
    expect(titlesIn([preview.original()!])).toEqual([await titleOf(articleId)]);
    expect(digestMessages(channelId)).toHaveLength(0);
    const before = await stored(id);
    const sent = await run("send-now", { subscription: id });
    expect(replyText(sent)).toContain("Posted 1 article");
    expect(titlesIn(digestMessages(channelId))).toEqual([await titleOf(articleId)]);
    const after = await stored(id);
    expect(after.lastRunAt).toBe(clock.now());
    expect(after.cursor).not.toEqual(before.cursor);
    await runScheduled(id);
    expect(digestMessages(channelId)).toHaveLength(1);
  });

  it("previews a labelled sample when nothing is new, and send-now points to it", async () => {
    const { id, channelId } = await subscribe("digest-sample");
    const articleId = await addSeed("Sample story");
    await run("send-now", { subscription: id });
    const empty = await run("send-now", { subscription: id });
    expect(replyText(empty)).toContain("`/digest preview` shows a sample");
    const preview = await run("preview", { subscription: id });
    expect((preview.original()?.flags ?? 0) & 64).toBe(64);
    expect(preview.original()?.content).toMatch(/^📰 \*\*Sample digest\*\*: nothing new since/);
    expect(titlesIn([preview.original()!])).toContain(await titleOf(articleId));
    expect(digestMessages(channelId)).toHaveLength(1);
  });

  it("posts in the server's /settings language and lists in the reader's locale", async () => {
    const { id, channelId } = await subscribe("digest-lang");
    // The server's preferred locale is kept for servers without a /settings language.
    expect((await stored(id)).guildLocale).toBe("en-US");
    await addSeed("Language story");
    const settings = app.deps.settings!;
    await settings.update(emulator.guildId, { language: "de" });
    try {
      await run("send-now", { subscription: id });
      expect(digestMessages(channelId)[0]?.content).toMatch(
        /^📰 \*\*Nachrichtenüberblick\*\*: 1 neuer Artikel seit/,
      );
    } finally {
      await settings.update(emulator.guildId, { language: null });
    }
    const handle = await emulator.runCommand({ name: "digest", subcommand: "list", locale: "fr" });
    await handle.waitFor((h) => h.original() !== undefined, 15_000);
    const embed = handle.original()?.embeds.find((e) => e.title === `Abonnement ${id}`);
    expect(embed?.description).toContain("**Salon**");
    expect(embed?.description).toContain("**Dernier envoi**");
  });

  it("words the service's refusals in the reader's locale, escaping what was typed", async () => {
    const unknown = await emulator.runCommand({
      name: "digest",
      subcommand: "pause",
      options: { subscription: "nope0000" },
      locale: "ja",
    });
    await unknown.waitFor((h) => h.original() !== undefined, 15_000);
    expect(unknown.original()?.content).toBe(
      "その登録はここにはありません。一覧から選んでください。",
    );
    const channel = emulator.channel("digest-main")!;
    const zone = await emulator.runCommand({
      name: "digest",
      subcommand: "subscribe",
      options: { channel: channel.id, schedule: "daily 08:00", timezone: "Mars/*Olympus*" },
      locale: "fr",
    });
    await zone.waitFor((h) => h.original() !== undefined, 15_000);
    expect(zone.original()?.content).toMatch(
      /^« Mars\/\\\*Olympus\\\* » n’est pas un fuseau horaire que je connais/,
    );
  });

  it("offers the server's subscriptions in autocomplete", async () => {
    const { id } = await subscribe("digest-auto");
    const choices = await emulator.autocomplete({
      name: "digest",
      subcommand: "pause",
      options: { subscription: "auto" },
      focused: "subscription",
    });
    expect(choices).toContainEqual({ name: expect.stringContaining("#digest-auto"), value: id });
  });
});
