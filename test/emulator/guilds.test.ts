import { afterEach, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import { createManualClock } from "../../src/clock.js";
import {
  createGuildState,
  guildIdOnShard,
  memberPermissions,
} from "../../src/emulator/guild-state.js";
import { type Emulator, shardOf, startEmulator } from "../../src/emulator/index.js";
import { Permission } from "../../src/emulator/model.js";
import { createSnowflakeGenerator } from "../../src/emulator/snowflake.js";

interface Packet {
  op: number;
  d: Record<string, unknown>;
  t: string | null;
}

let discord: Emulator | undefined;
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close(1000);
  await discord?.close();
  discord = undefined;
});

/** A raw gateway session on `shard`: resolves after READY and the GUILD_CREATEs that follow it. */
async function identify(emulator: Emulator, shard: [number, number]) {
  const socket = new WebSocket(`${emulator.gatewayUrl}?v=10&encoding=json`);
  sockets.push(socket);
  const dispatches: Packet[] = [];
  socket.on("message", (raw) => {
    const packet = JSON.parse(raw.toString()) as Packet;
    if (packet.op === 10)
      socket.send(JSON.stringify({ op: 2, d: { token: emulator.token, intents: 1, shard } }));
    if (packet.op === 0) dispatches.push(packet);
  });
  await waitFor(() => dispatches.some((p) => p.t === "READY"));
  const ready = dispatches.find((p) => p.t === "READY");
  const expected = (ready?.d.guilds as unknown[] | undefined)?.length ?? 0;
  await waitFor(() => dispatches.filter((p) => p.t === "GUILD_CREATE").length >= expected);
  return {
    guildIds: () => dispatches.filter((p) => p.t === "GUILD_CREATE").map((p) => p.d.id),
    interactions: () => dispatches.filter((p) => p.t === "INTERACTION_CREATE").map((p) => p.d),
  };
}

async function waitFor(check: () => boolean): Promise<void> {
  await vi.waitFor(() => expect(check()).toBe(true), { timeout: 10_000 });
}

async function api(emulator: Emulator, method: string, route: string, body?: unknown) {
  const response = await fetch(`${emulator.apiUrl}/v10${route}`, {
    method,
    headers: { authorization: `Bot ${emulator.token}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as unknown };
}

describe("guildIdOnShard", () => {
  it("picks distinct snowflakes on the asked shard, never in the future", () => {
    const clock = createManualClock(Date.parse("2026-12-01T12:00:00Z"));
    const nextId = createSnowflakeGenerator(clock);
    const ids = new Set<string>();
    for (const count of [1, 2, 3, 7, 16]) {
      for (let shard = 0; shard < count; shard++) {
        const id = guildIdOnShard(nextId, { id: shard, count }, (candidate) => ids.has(candidate));
        expect(shardOf(id, count)).toBe(shard);
        expect(Number((BigInt(id) >> 22n) + 1_420_070_400_000n)).toBeLessThanOrEqual(clock.now());
        ids.add(id);
      }
    }
    expect(ids.size).toBe(1 + 2 + 3 + 7 + 16);
  });

  it("refuses a shard that does not exist", () => {
    const nextId = createSnowflakeGenerator(createManualClock(0));
    expect(() => guildIdOnShard(nextId, { id: 2, count: 2 }, () => false)).toThrow(/shard 2 of 2/);
  });
});

describe("memberPermissions", () => {
  const guild = createGuildState({
    id: "100",
    name: "Desk",
    createdAt: "2026-12-01T00:00:00.000Z",
    ownerId: "1",
    botUserId: "2",
    nextId: (() => {
      let n = 200;
      return () => String(n++);
    })(),
    spec: {
      roles: [
        { name: "editors", permissions: Permission.ManageMessages },
        { name: "admins", permissions: Permission.Administrator },
      ],
      botRoles: ["editors"],
      members: [{ id: "3", roles: ["admins"] }],
    },
    everyonePermissions: Permission.ViewChannel | Permission.SendMessages,
    ensureUser: (member) => member.id ?? "9",
  });
  const editors = [...guild.roles.values()].find((r) => r.name === "editors")!.id;
  const channel = (
    overwrites: Array<{ id: string; type: 0 | 1; allow: bigint; deny: bigint }>,
  ) => ({
    id: "50",
    name: "news",
    type: 0,
    guild_id: "100",
    position: 0,
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    permission_overwrites: overwrites.map((o) => ({
      ...o,
      allow: o.allow.toString(),
      deny: o.deny.toString(),
    })),
  });

  it("adds the member's roles to @everyone, then applies @everyone, role and member overwrites", () => {
    const plain = memberPermissions(guild, "2", channel([]));
    expect(plain).toBe(
      Permission.ViewChannel | Permission.SendMessages | Permission.ManageMessages,
    );
    const denied = memberPermissions(
      guild,
      "2",
      channel([
        { id: "100", type: 0, allow: 0n, deny: Permission.SendMessages },
        { id: editors, type: 0, allow: Permission.EmbedLinks, deny: 0n },
        { id: "2", type: 1, allow: 0n, deny: Permission.ManageMessages },
      ]),
    );
    expect(denied).toBe(Permission.ViewChannel | Permission.EmbedLinks);
  });

  it("gives everything to the owner and to administrators, whatever the overwrites", () => {
    const deny = channel([{ id: "100", type: 0, allow: 0n, deny: Permission.ViewChannel }]);
    expect(memberPermissions(guild, "1", deny) & Permission.ViewChannel).not.toBe(0n);
    expect(memberPermissions(guild, "3", deny) & Permission.ViewChannel).not.toBe(0n);
  });
});

describe("addGuild", () => {
  it("sends each session the guilds of its shard only, and each interaction to every session of its guild's shard", async () => {
    discord = await startEmulator({ guild: { shard: { id: 0, count: 2 } } });
    const second = discord.addGuild({ name: "Second desk", shard: { id: 1, count: 2 } });
    const third = discord.addGuild({ name: "Third desk", shard: { id: 1, count: 2 } });
    const zero = await identify(discord, [0, 2]);
    const oneA = await identify(discord, [1, 2]);
    const oneB = await identify(discord, [1, 2]);
    expect(zero.guildIds()).toEqual([discord.guildId]);
    expect(oneA.guildIds()).toEqual([second.id, third.id]);
    expect(oneB.guildIds()).toEqual([second.id, third.id]);
    await api(discord, "PUT", `/applications/${discord.applicationId}/commands`, [
      { name: "ping", description: "Ping" },
    ]);
    const inSecond = await discord.runCommand({ name: "ping", guild: second.id });
    const inFirst = await discord.runCommand({ name: "ping" });
    await waitFor(() => oneA.interactions().length === 1 && oneB.interactions().length === 1);
    await waitFor(() => zero.interactions().length === 1);
    expect(oneA.interactions()[0]).toMatchObject({ id: inSecond.id, guild_id: second.id });
    expect(oneA.interactions()[0]?.channel_id).toBe(discord.channelId("general", second.id));
    expect(zero.interactions()[0]).toMatchObject({ id: inFirst.id, guild_id: discord.guildId });
    // A guild created while sessions run reaches its shard's sessions as GUILD_CREATE.
    const late = discord.addGuild({ name: "Late desk", shard: { id: 0, count: 2 } });
    await waitFor(() => zero.guildIds().includes(late.id));
    expect(oneA.guildIds()).not.toContain(late.id);
  });

  it("refuses to dispatch an interaction that no session would receive", async () => {
    discord = await startEmulator({ guild: { shard: { id: 0, count: 2 } } });
    const other = discord.addGuild({ shard: { id: 1, count: 2 } });
    await identify(discord, [0, 2]);
    await api(discord, "PUT", `/applications/${discord.applicationId}/commands`, [
      { name: "ping", description: "Ping" },
    ]);
    await expect(discord.runCommand({ name: "ping", guild: other.id })).rejects.toThrow(
      /No bot session receives guild/,
    );
  });

  it("gives each guild its own channels, roles, members and the bot's permissions over REST", async () => {
    discord = await startEmulator();
    const other = discord.addGuild({
      name: "Locked desk",
      roles: [{ name: "bots", permissions: Permission.ViewChannel | Permission.SendMessages }],
      everyonePermissions: 0n,
      botRoles: ["bots"],
      members: [{ id: "4242", username: "editor" }],
      channels: [
        { name: "general" },
        { name: "quiet", overwrites: [{ role: "bots", deny: Permission.SendMessages }] },
      ],
    });
    expect(discord.channelId("general", other.id)).not.toBe(discord.channelId("general"));
    expect(discord.channels(other.id).map((c) => c.name)).toEqual(["general", "quiet"]);
    const bots = other.roles.find((r) => r.name === "bots")!;
    const roles = await api(discord, "GET", `/guilds/${other.id}/roles`);
    expect((roles.body as Array<{ name: string }>).map((r) => r.name)).toEqual([
      "@everyone",
      "bots",
    ]);
    const me = await api(discord, "GET", `/guilds/${other.id}/members/@me`);
    expect(me.body).toMatchObject({ roles: [bots.id] });
    expect((await api(discord, "GET", `/guilds/${other.id}/members/4242`)).status).toBe(200);
    expect((await api(discord, "GET", `/guilds/${discord.guildId}/members/4242`)).status).toBe(404);
    // @everyone has nothing here; the bot's role lets it post in #general but not in #quiet.
    const post = (name: string) =>
      api(discord!, "POST", `/channels/${discord!.channelId(name, other.id)}/messages`, {
        content: "hello",
      });
    expect((await post("general")).status).toBe(200);
    expect((await post("quiet")).body).toMatchObject({ code: 50013 });
    expect(discord.messages(discord.channelId("general", other.id))[0]?.guild_id).toBe(other.id);
    const read = await api(discord, "GET", `/channels/${discord.channelId("quiet", other.id)}`);
    expect(read.status).toBe(200);
    expect((await api(discord, "GET", `/guilds/${other.id}`)).body).toMatchObject({
      name: "Locked desk",
      approximate_member_count: 3,
    });
  });
});
