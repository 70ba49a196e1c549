import {
  ButtonStyle,
  type ChatInputCommandInteraction,
  Client,
  ComponentType,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  MessageFlags,
  PermissionFlagsBits,
  type TextChannel,
} from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { type Clock, createManualClock } from "../../src/clock.js";
import {
  buildClientOptions,
  type Emulator,
  type EmulatorOptions,
  type GatewayPacketRecord,
  startEmulator,
} from "../../src/emulator/index.js";
import { eventually } from "../jobs/eventually.js";

type Handler = (interaction: Interaction) => Promise<void>;

interface Harness {
  discord: Emulator;
  client: Client<true>;
  /** Errors the handler threw (discord.js rejections), in order. */
  errors: unknown[];
  /** Resolves with the next error the handler throws. */
  nextError(): Promise<unknown>;
  handle(handler: Handler): void;
}

const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Starts an emulator and logs a real discord.js client into it. */
async function connect(options: EmulatorOptions = {}): Promise<Harness> {
  const discord = await startEmulator(options);
  cleanups.push(() => discord.close());
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    ...buildClientOptions(discord),
  });
  cleanups.push(() => client.destroy());
  const errors: unknown[] = [];
  const waiting: Array<(error: unknown) => void> = [];
  let handler: Handler = async () => {};
  client.on(Events.InteractionCreate, (interaction) => {
    handler(interaction).catch((error: unknown) => {
      errors.push(error);
      for (const resolve of waiting.splice(0)) resolve(error);
    });
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(discord.token);
  await ready;
  return {
    discord,
    client: client as Client<true>,
    errors,
    nextError: () => new Promise((resolve) => waiting.push(resolve)),
    handle(next) {
      handler = next;
    },
  };
}

async function registerCommands(client: Client<true>): Promise<void> {
  await client.application.commands.set([
    { name: "ping", description: "Replies pong" },
    {
      name: "summary",
      description: "Summarizes an article",
      options: [
        { type: 3, name: "article", description: "Article id", required: true, autocomplete: true },
        { type: 4, name: "sentences", description: "How many", required: false },
      ],
    },
    {
      name: "digest",
      description: "Digest settings",
      options: [
        {
          type: 1,
          name: "channel",
          description: "Set the digest channel",
          options: [{ type: 7, name: "target", description: "Channel", required: true }],
        },
      ],
    },
  ]);
}

function apiError(error: unknown): DiscordAPIError {
  expect(error).toBeInstanceOf(DiscordAPIError);
  return error as DiscordAPIError;
}

describe("startEmulator", () => {
  it("logs a discord.js client in with READY and GUILD_CREATE filling the guild and channel caches", async () => {
    const { discord, client } = await connect();
    const guild = client.guilds.cache.get(discord.guildId);
    expect(guild?.name).toBe("Newsroom");
    expect(guild?.channels.cache.map((c) => c.name).sort()).toEqual(["general", "news-digest"]);
    expect(client.user.id).toBe(discord.botUserId);
    expect(client.application.id).toBe(discord.applicationId);
    const me = await guild?.members.fetchMe({ force: true });
    expect(me?.id).toBe(discord.botUserId);
    expect(discord.connected).toBe(true);
    await discord.waitForSession();
  });

  it("registers global and guild commands and lists them as Discord stores them", async () => {
    const { discord, client } = await connect();
    await registerCommands(client);
    expect(discord.commands().map((c) => c.name)).toEqual(["ping", "summary", "digest"]);
    const summary = discord.commands().find((c) => c.name === "summary");
    expect(summary?.application_id).toBe(discord.applicationId);
    expect(summary?.options?.[0]?.name).toBe("article");
    const guild = client.guilds.cache.get(discord.guildId);
    await guild?.commands.set([{ name: "local", description: "Guild only" }]);
    expect(discord.commands(discord.guildId).map((c) => c.name)).toEqual(["local"]);
    const fetched = await client.application.commands.fetch();
    expect(fetched.map((c) => c.name).sort()).toEqual(["digest", "ping", "summary"]);
  });

  it("rejects a command definition with an invalid name with 50035", async () => {
    const { client } = await connect();
    const error = await client.application.commands
      .set([{ name: "Bad Name", description: "x" }])
      .catch((e: unknown) => e);
    expect(apiError(error).code).toBe(50035);
  });

  it("records a slash command answered with reply, with allowed_mentions and the interaction metadata", async () => {
    const { discord, client, handle } = await connect();
    await registerCommands(client);
    handle(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply({
        content: `pong <@${interaction.user.id}>`,
        allowedMentions: { parse: [] },
      });
    });
    const run = await discord.runCommand({ name: "ping" });
    await run.waitFor((h) => h.original() !== undefined);
    const reply = run.original();
    expect(reply?.content).toBe(`pong <@${discord.user.id}>`);
    expect(reply?.allowed_mentions).toEqual({ parse: [] });
    expect(discord.mentionsPinged(reply!)).toBe(false);
    expect(reply?.interaction_metadata?.name).toBe("ping");
    expect(reply?.interaction_metadata?.user.id).toBe(discord.user.id);
    expect((await run.callback()).type).toBe(4);
    expect(discord.messages(discord.channelId("general"))).toEqual([reply]);
  });

  it("passes options, subcommands and resolved channels to discord.js", async () => {
    const { discord, client, handle } = await connect();
    await registerCommands(client);
    const seen: string[] = [];
    handle(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const i = interaction as ChatInputCommandInteraction;
      if (i.commandName === "summary") {
        seen.push(`${i.options.getString("article", true)}:${i.options.getInteger("sentences")}`);
      } else {
        seen.push(`${i.options.getSubcommand()}:${i.options.getChannel("target", true).name}`);
      }
      await i.reply({ content: "ok" });
    });
    const a = await discord.runCommand({
      name: "summary",
      options: { article: "a1", sentences: 3 },
    });
    await a.callback();
    const b = await discord.runCommand({
      name: "digest",
      subcommand: "channel",
      options: { target: "news-digest" },
      channel: "news-digest",
    });
    await b.callback();
    expect(seen).toEqual(["a1:3", "channel:news-digest"]);
    await expect(discord.runCommand({ name: "summary", options: {} })).rejects.toThrow(/required/);
    await expect(discord.runCommand({ name: "nope" })).rejects.toThrow(/No command/);
  });

  it("turns deferReply + editReply into a loading message that the edit completes", async () => {
    const { discord, client, handle } = await connect();
    await registerCommands(client);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    handle(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      await gate;
      await interaction.editReply({ content: "done", allowedMentions: { parse: [] } });
    });
    const run = await discord.runCommand({ name: "ping" });
    await run.waitFor((h) => h.original() !== undefined);
    expect(run.original()?.flags).toBe(MessageFlags.Loading);
    release();
    await run.waitFor((h) => h.original()?.content === "done");
    expect(run.original()?.flags).toBe(0);
    expect(run.callbacks.map((c) => c.type)).toEqual([5]);
    expect(
      discord.requests.some((r) => r.method === "PATCH" && r.path.endsWith("/messages/@original")),
    ).toBe(true);
  });

  it("flags an ephemeral reply and keeps it out of the channel history the bot can read", async () => {
    const { discord, client, handle } = await connect();
    await registerCommands(client);
    handle(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply({ content: "secret", flags: MessageFlags.Ephemeral });
    });
    const run = await discord.runCommand({ name: "ping" });
    await run.waitFor((h) => h.original() !== undefined);
    expect(run.original()?.flags).toBe(MessageFlags.Ephemeral);
    const channel = client.channels.cache.get(discord.channelId("general")) as TextChannel;
    const history = await channel.messages.fetch();
    expect(history.size).toBe(0);
  });

  it("returns the created message when the reply asks for with_response", async () => {
    const { discord, client, handle } = await connect();
    await registerCommands(client);
    let resolveId: (id: string) => void = () => {};
    const responseId = new Promise<string>((resolve) => {
      resolveId = resolve;
    });
    handle(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const response = await interaction.reply({ content: "hello", withResponse: true });
      resolveId(response.resource?.message?.id ?? "none");
    });
    const run = await discord.runCommand({ name: "ping" });
    expect(await responseId).toBe(run.original()?.id);
    expect(run.original()?.content).toBe("hello");
  });

  it("updates the message a button is on", async () => {
    const { discord, client, handle } = await connect();
    await registerCommands(client);
    handle(async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.reply({
          content: "page 1",
          components: [
            {
              type: ComponentType.ActionRow,
              components: [
                {
                  type: ComponentType.Button,
                  style: ButtonStyle.Primary,
                  label: "Next",
                  customId: "page:2",
                },
              ],
            },
          ],
        });
      } else if (interaction.isButton()) {
        await interaction.update({
          content: `page ${interaction.customId.split(":")[1]}`,
          components: [],
        });
      }
    });
    const run = await discord.runCommand({ name: "ping" });
    await run.waitFor((h) => h.original() !== undefined);
    const message = run.original()!;
    const click = await discord.clickButton({ message, customId: "page:2" });
    expect((await click.callback()).type).toBe(7);
    expect(discord.message(message.id)?.content).toBe("page 2");
    expect(discord.message(message.id)?.components).toEqual([]);
    expect(discord.message(message.id)?.edited_timestamp).not.toBeNull();
    await expect(discord.clickButton({ message, customId: "page:2" })).rejects.toThrow(
      /no component/,
    );
  });

  it("returns the choices the bot responds with to an autocomplete", async () => {
    const { discord, client, handle } = await connect();
    await registerCommands(client);
    handle(async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const typed = interaction.options.getFocused();
      await interaction.respond([{ name: `Article ${typed}`, value: `${typed}-1` }]);
    });
    const choices = await discord.autocomplete({
      name: "summary",
      options: { article: "cli" },
      focused: "article",
    });
    expect(choices).toEqual([{ name: "Article cli", value: "cli-1" }]);
  });

  it("adds follow-ups after a reply and completes a deferred reply with the first follow-up", async () => {
    const { discord, client, handle } = await connect();
    await registerCommands(client);
    handle(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      if (interaction.commandName === "ping") {
        await interaction.reply("first");
        await interaction.followUp({ content: "second", flags: MessageFlags.Ephemeral });
        await interaction.followUp("third");
      } else {
        await interaction.deferReply();
        await interaction.followUp("completed");
      }
    });
    const run = await discord.runCommand({ name: "ping" });
    await run.waitFor((h) => h.followups().length === 2);
    expect(run.followups().map((m) => [m.content, m.flags])).toEqual([
      ["second", MessageFlags.Ephemeral],
      ["third", 0],
    ]);
    const deferred = await discord.runCommand({ name: "summary", options: { article: "x" } });
    await deferred.waitFor((h) => h.original()?.content === "completed");
    expect(deferred.followups()).toEqual([]);
  });

  it("makes a follow-up a new ephemeral message once the deferred reply is deleted", async () => {
    const { discord, client, handle } = await connect();
    await registerCommands(client);
    handle(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      await interaction.deleteReply();
      await interaction.followUp({ content: "only you see this", flags: MessageFlags.Ephemeral });
    });
    const run = await discord.runCommand({ name: "summary", options: { article: "x" } });
    await run.waitFor((h) => h.followups().length === 1);
    expect(run.original()?.deleted).toBe(true);
    expect(run.original()?.content).toBe("");
    expect(run.followups().map((m) => [m.content, m.flags])).toEqual([
      ["only you see this", MessageFlags.Ephemeral],
    ]);
  });

  it("waits for a channel post that no interaction tracks", async () => {
    const { discord, client } = await connect();
    const posted = discord.waitForMessage((m) => m.content.startsWith("Digest"));
    const channel = (await client.channels.fetch(discord.channelId("news-digest"))) as TextChannel;
    await channel.send({ content: "Digest for today", allowedMentions: { parse: [] } });
    const message = await posted;
    expect(message.channel_id).toBe(channel.id);
    expect(message.author.id).toBe(discord.botUserId);
    await expect(discord.waitForMessage((m) => m.content === "never", 50)).rejects.toThrow(
      /Timed out/,
    );
  });

  it("creates one message when a nonce is sent twice with enforce_nonce", async () => {
    const { discord, client } = await connect();
    const channel = (await client.channels.fetch(discord.channelId("news-digest"))) as TextChannel;
    const first = await channel.send({
      content: "digest",
      nonce: "digest-2026-11-30",
      enforceNonce: true,
    });
    const second = await channel.send({
      content: "digest",
      nonce: "digest-2026-11-30",
      enforceNonce: true,
    });
    expect(second.id).toBe(first.id);
    expect(discord.messages(channel.id)).toHaveLength(1);
    const third = await channel.send({ content: "digest", nonce: "digest-2026-11-30" });
    expect(third.id).not.toBe(first.id);
  });

  it("answers payload limit violations with 400 50035 and Discord's error tree", async () => {
    const { discord, client } = await connect();
    const channel = (await client.channels.fetch(discord.channelId("general"))) as TextChannel;
    const error = apiError(
      await channel.send({ content: "x".repeat(2001) }).catch((e: unknown) => e),
    );
    expect(error.status).toBe(400);
    expect(error.code).toBe(50035);
    expect(error.rawError).toMatchObject({
      errors: { content: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH" }] } },
    });
    const tooBig = apiError(
      await channel
        .send({ embeds: [{ description: "d".repeat(4000) }, { description: "d".repeat(2500) }] })
        .catch((e: unknown) => e),
    );
    expect(tooBig.rawError).toMatchObject({
      errors: { embeds: { _errors: [{ code: "MAX_EMBED_SIZE_EXCEEDED" }] } },
    });
    const empty = apiError(await channel.send({ content: "" }).catch((e: unknown) => e));
    expect(empty.code).toBe(50006);
    expect(discord.messages(channel.id)).toEqual([]);
  });

  it("answers 403 when a channel denies the bot, and 404 10003 once the channel is deleted", async () => {
    const { discord, client } = await connect();
    const channelId = discord.channelId("news-digest");
    const channel = (await client.channels.fetch(channelId)) as TextChannel;
    discord.faults.denyChannel(channelId, PermissionFlagsBits.EmbedLinks);
    await channel.send("plain text still works");
    const embeds = apiError(
      await channel.send({ embeds: [{ title: "t" }] }).catch((e: unknown) => e),
    );
    expect([embeds.status, embeds.code]).toEqual([403, 50013]);
    discord.faults.denyChannel(channelId, PermissionFlagsBits.SendMessages);
    const send = apiError(await channel.send("no").catch((e: unknown) => e));
    expect([send.status, send.code]).toEqual([403, 50013]);
    const general = (await client.channels.fetch(discord.channelId("general"))) as TextChannel;
    discord.faults.denyChannel(general.id, PermissionFlagsBits.ViewChannel);
    const hidden = apiError(await general.send("hidden").catch((e: unknown) => e));
    expect([hidden.status, hidden.code]).toEqual([403, 50001]); // Discord: "Missing Access"
    discord.faults.allowChannel(general.id);
    await general.send("visible again");
    discord.faults.deleteChannel(channelId);
    const gone = apiError(await channel.send("gone").catch((e: unknown) => e));
    expect([gone.status, gone.code]).toEqual([404, 10003]);
    expect(discord.messages(channelId).map((m) => m.content)).toEqual(["plain text still works"]);
  });

  it("refuses a second acknowledgement with 40060", async () => {
    const { discord, client, handle, nextError } = await connect();
    await registerCommands(client);
    const failed = nextError();
    handle(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply("once");
      // discord.js guards reply() twice itself, so go around it like a buggy bot would.
      await client.rest.post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
        body: { type: 4, data: { content: "twice" } },
        auth: false,
      });
    });
    const run = await discord.runCommand({ name: "ping" });
    await run.waitFor((h) => h.callbacks.length === 2);
    expect(run.callbacks.map((c) => [c.ok, c.error?.code])).toEqual([
      [true, undefined],
      [false, 40060],
    ]);
    expect(apiError(await failed).code).toBe(40060);
  });

  it("refuses a callback after the window with 10062 and discord.js rejects without crashing", async () => {
    const clock = createManualClock(Date.now());
    const { discord, client, handle, nextError } = await connect({ clock: clock as Clock });
    await registerCommands(client);
    const failed = nextError();
    handle(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply("too late?");
    });
    const run = await discord.runCommand({ name: "ping" });
    clock.advance(3001);
    const callback = await run.callback();
    expect([callback.ok, callback.status, callback.error?.code]).toEqual([false, 404, 10062]);
    expect(apiError(await failed).code).toBe(10062);
    const again = await discord.runCommand({ name: "ping" });
    expect((await again.callback()).ok).toBe(true);
  });

  it("resumes after a resumable close, replays missed dispatches and keeps answering commands", async () => {
    const { discord, client, handle } = await connect();
    await registerCommands(client);
    handle(async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply("still here");
    });
    const resumed = new Promise<void>((resolve) => discord.on("resume", () => resolve()));
    discord.faults.closeGateway(4000);
    const during = await discord.runCommand({ name: "ping" });
    await resumed;
    await during.waitFor((h) => h.original()?.content === "still here");
    const after = await discord.runCommand({ name: "ping" });
    await after.waitFor((h) => h.original()?.content === "still here");
  });

  it("lets the bot identify afresh after a non-resumable invalid session", async () => {
    const { discord, client } = await connect();
    const identified = new Promise<void>((resolve) => discord.on("identify", () => resolve()));
    // Wait for discord.js to see the new READY: destroying a shard that awaits READY can hang.
    const shardReady = new Promise<void>((resolve) =>
      client.once(Events.ShardReady, () => resolve()),
    );
    discord.faults.invalidateSession(false);
    await identified;
    await shardReady;
    expect(discord.connected).toBe(true);
    expect(discord.requests.filter((r) => r.route === "/gateway/bot")).toHaveLength(1);
  });

  it("answers an injected 429 with retry_after that discord.js waits out", async () => {
    const { discord, client } = await connect();
    const channel = (await client.channels.fetch(discord.channelId("general"))) as TextChannel;
    discord.faults.nextRest(
      { method: "POST", route: "/channels/:channelId/messages" },
      { status: 429, retryAfter: 0.05 },
    );
    const message = await channel.send("after the limit");
    const posts = discord.requests.filter((r) => r.route === "/channels/:channelId/messages");
    expect(posts.map((r) => r.status)).toEqual([429, 200]);
    expect(posts[0]?.response).toMatchObject({ retry_after: 0.05, global: false });
    expect(discord.message(message.id)?.content).toBe("after the limit");
  });

  it("answers injected 500s that discord.js retries", async () => {
    const { discord, client } = await connect();
    discord.faults.nextRest({ route: /\/guilds\/\d+$/ }, { status: 500 }, 2);
    const guild = await client.guilds.fetch({ guild: discord.guildId, force: true });
    expect(guild.id).toBe(discord.guildId);
    expect(
      discord.requests.filter((r) => r.route === "/guilds/:guildId").map((r) => r.status),
    ).toEqual([500, 500, 200]);
  });

  it("acknowledges heartbeats at the interval HELLO announces", async () => {
    const { discord } = await connect({ heartbeatIntervalMs: 50 });
    const packets: GatewayPacketRecord[] = [];
    await new Promise<void>((resolve) => {
      discord.on("gateway", (packet) => {
        packets.push(packet);
        if (packet.op === 11) resolve();
      });
    });
    expect(packets.map((p) => `${p.direction}:${p.op}`).slice(-2)).toEqual(["in:1", "out:11"]);
  });

  it("edits, fetches and deletes channel messages and records uploaded files as attachments", async () => {
    const { discord, client } = await connect();
    const channel = (await client.channels.fetch(discord.channelId("general"))) as TextChannel;
    const sent = await channel.send({
      content: "with a file",
      files: [{ attachment: Buffer.from("hello"), name: "note.txt" }],
      allowedMentions: { parse: [] },
    });
    expect(discord.message(sent.id)?.attachments.map((a) => [a.filename, a.size])).toEqual([
      ["note.txt", 5],
    ]);
    expect(discord.message(sent.id)?.allowed_mentions).toEqual({ parse: [] });
    await sent.edit({ content: "edited", allowedMentions: { parse: [] } });
    const fetched = await channel.messages.fetch({ message: sent.id, force: true });
    expect(fetched.content).toBe("edited");
    expect(fetched.editedTimestamp).not.toBeNull();
    await sent.delete();
    expect(discord.message(sent.id)?.deleted).toBe(true);
    const missing = apiError(
      await channel.messages.fetch({ message: sent.id, force: true }).catch((e: unknown) => e),
    );
    expect(missing.code).toBe(10008);
  });

  it("refuses a login with the wrong token", async () => {
    const discord = await startEmulator();
    cleanups.push(() => discord.close());
    const client = new Client({
      intents: [GatewayIntentBits.Guilds],
      ...buildClientOptions(discord),
    });
    cleanups.push(() => client.destroy());
    await expect(client.login("not-the-token")).rejects.toThrow();
    expect(discord.connected).toBe(false);
    expect(discord.requests.map((r) => [r.route, r.status])).toEqual([["/gateway/bot", 401]]);
  });

  it("answers slowly, or with an injected 403, for the next matching requests only", async () => {
    const { discord, client } = await connect();
    const channel = (await client.channels.fetch(discord.channelId("general"))) as TextChannel;
    discord.faults.nextRest({ method: "POST" }, { delayMs: 120 });
    const started = Date.now();
    await channel.send("slow");
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    discord.faults.nextRest(
      { method: "POST", route: "/channels/:channelId/messages" },
      { status: 403 },
    );
    const refused = apiError(await channel.send("refused").catch((e: unknown) => e));
    expect([refused.status, refused.code]).toEqual([403, 50013]);
    await channel.send("fine again");
    expect(discord.messages(channel.id).map((m) => m.content)).toEqual(["slow", "fine again"]);
  });

  it("holds a slowed request until its delay ends, then lets it go", async () => {
    const { discord, client } = await connect();
    const channel = (await client.channels.fetch(discord.channelId("general"))) as TextChannel;
    for (let i = 0; i < 12; i++) {
      discord.faults.nextRest({ method: "POST" }, { delayMs: 1 });
      await channel.send(`quick ${i}`);
    }
    expect(discord.heldRequests).toBe(0);
    discord.faults.nextRest({ method: "POST" }, { delayMs: 400 });
    const sent = channel.send("held");
    await eventually(
      () => discord.heldRequests > 0,
      () => "no request held",
      10_000,
    );
    expect(discord.heldRequests).toBe(1);
    await sent;
    expect(discord.heldRequests).toBe(0);
    expect(discord.messages(channel.id)).toHaveLength(13);
  });

  it("lets a held request go when it closes, without waiting out the delay", async () => {
    const discord = await startEmulator();
    let closed = false;
    cleanups.push(async () => {
      if (!closed) await discord.close();
    });
    discord.faults.nextRest({ method: "GET" }, { delayMs: 60_000 });
    // Answered, or cut off by the closing server: either way it settles.
    const settled = fetch(`${discord.apiUrl}/v10/gateway`).then(
      (response) => response.status,
      () => "cut off",
    );
    await eventually(
      () => discord.heldRequests > 0,
      () => "no request held",
      10_000,
    );
    expect(discord.heldRequests).toBe(1);
    const started = Date.now();
    await discord.close();
    closed = true;
    expect(discord.heldRequests).toBe(0);
    await settled;
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("edits and deletes follow-ups by id and expires interaction tokens after 15 minutes", async () => {
    const clock = createManualClock(Date.now());
    const { discord, client, handle, nextError } = await connect({ clock: clock as Clock });
    await registerCommands(client);
    let stage: (i: ChatInputCommandInteraction) => Promise<void> = async () => {};
    handle(async (interaction) => {
      if (interaction.isChatInputCommand()) await stage(interaction);
    });
    let later: ChatInputCommandInteraction | undefined;
    stage = async (i) => {
      later = i;
      await i.reply("original");
      const first = await i.followUp("to edit");
      const second = await i.followUp("to delete");
      await i.webhook.editMessage(first, { content: "edited follow-up" });
      await i.webhook.deleteMessage(second);
    };
    const run = await discord.runCommand({ name: "ping" });
    await run.waitFor((h) => h.followups().some((m) => m.deleted === true));
    expect(run.followups().map((m) => [m.content, m.deleted ?? false])).toEqual([
      ["edited follow-up", false],
      ["to delete", true],
    ]);
    clock.advance(15 * 60_000 + 1);
    const expired = nextError();
    stage = async () => {
      await later?.editReply("too late");
    };
    await discord.runCommand({ name: "ping" });
    expect(apiError(await expired).code).toBe(50027);
  });

  it("resolves user options to the user and member discord.js reads", async () => {
    const { discord, client, handle } = await connect();
    await client.application.commands.set([
      {
        name: "who",
        description: "Who",
        options: [{ type: 6, name: "person", description: "A user", required: true }],
      },
    ]);
    let resolveName: (name: string) => void = () => {};
    const seen = new Promise<string>((resolve) => {
      resolveName = resolve;
    });
    handle(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      resolveName(interaction.options.getUser("person", true).username);
      await interaction.reply("ok");
    });
    await discord.runCommand({
      name: "who",
      options: { person: discord.user.id },
      user: { username: "other" },
    });
    expect(await seen).toBe(discord.user.username);
  });

  it("requires the bot token on REST and records every request", async () => {
    const { discord } = await connect();
    const anonymous = await fetch(`${discord.apiUrl}/v10/users/@me`);
    expect(anonymous.status).toBe(401);
    const authorized = await fetch(`${discord.apiUrl}/v10/users/@me`, {
      headers: { authorization: `Bot ${discord.token}` },
    });
    expect(((await authorized.json()) as { id: string }).id).toBe(discord.botUserId);
    const recorded = discord.requests.filter((r) => r.path === "/users/@me");
    expect(recorded.map((r) => [r.method, r.route, r.status])).toEqual([
      ["GET", "/users/@me", 401],
      ["GET", "/users/@me", 200],
    ]);
    expect(recorded[1]?.headers.authorization).toBe(`Bot ${discord.token}`);
  });
});
