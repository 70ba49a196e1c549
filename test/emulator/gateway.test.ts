import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type Emulator, startEmulator } from "../../src/emulator/index.js";

interface Packet {
  op: number;
  d: unknown;
  s: number | null;
  t: string | null;
}

let discord: Emulator | undefined;
afterEach(async () => {
  await discord?.close();
  discord = undefined;
});

/** A raw gateway connection that queues packets and the close code. */
async function openSocket(url: string) {
  const socket = new WebSocket(url);
  const packets: Packet[] = [];
  const waiters: Array<() => void> = [];
  let closed: { code: number } | undefined;
  const notify = () => {
    for (const w of waiters.splice(0)) w();
  };
  socket.on("message", (raw) => {
    packets.push(JSON.parse(raw.toString()) as Packet);
    notify();
  });
  socket.on("close", (code) => {
    closed = { code };
    notify();
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  const next = async (): Promise<Packet> => {
    while (packets.length === 0) {
      if (closed !== undefined) throw new Error(`closed with ${closed.code}`);
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
    return packets.shift()!;
  };
  const closeCode = async (): Promise<number> => {
    while (closed === undefined) await new Promise<void>((resolve) => waiters.push(resolve));
    return closed.code;
  };
  const send = (packet: object) => socket.send(JSON.stringify(packet));
  return { socket, next, closeCode, send };
}

describe("GatewayHub (through startEmulator)", () => {
  it("greets with HELLO, answers IDENTIFY with READY then GUILD_CREATE, and acknowledges heartbeats", async () => {
    discord = await startEmulator({ heartbeatIntervalMs: 1234 });
    const gw = await openSocket(`${discord.gatewayUrl}?v=10&encoding=json`);
    expect(await gw.next()).toEqual({ op: 10, d: { heartbeat_interval: 1234 }, s: null, t: null });
    gw.send({ op: 2, d: { token: discord.token, intents: 1, properties: {} } });
    const ready = await gw.next();
    expect([ready.op, ready.t, ready.s]).toEqual([0, "READY", 1]);
    expect(ready.d).toMatchObject({
      v: 10,
      user: { id: discord.botUserId },
      application: { id: discord.applicationId },
    });
    const guild = await gw.next();
    expect([guild.t, guild.s]).toEqual(["GUILD_CREATE", 2]);
    expect((guild.d as { channels: unknown[] }).channels).toHaveLength(2);
    gw.send({ op: 1, d: 2 });
    expect((await gw.next()).op).toBe(11);
    gw.socket.close(1000);
  });

  it("closes with 4004 on a wrong token and 4001 on an unknown opcode", async () => {
    discord = await startEmulator();
    const wrong = await openSocket(`${discord.gatewayUrl}?v=10&encoding=json`);
    await wrong.next();
    wrong.send({ op: 2, d: { token: "nope", intents: 1, properties: {} } });
    expect(await wrong.closeCode()).toBe(4004);
    const unknown = await openSocket(`${discord.gatewayUrl}?v=10&encoding=json`);
    await unknown.next();
    unknown.send({ op: 42, d: null });
    expect(await unknown.closeCode()).toBe(4001);
  });

  it("closes with 4012 for another API version", async () => {
    discord = await startEmulator();
    const old = await openSocket(`${discord.gatewayUrl}?v=6&encoding=json`);
    expect(await old.closeCode()).toBe(4012);
  });

  it("answers a RESUME of an unknown session with INVALID_SESSION false", async () => {
    discord = await startEmulator();
    const gw = await openSocket(`${discord.gatewayUrl}?v=10&encoding=json`);
    await gw.next();
    gw.send({ op: 6, d: { token: discord.token, session_id: "nope", seq: 3 } });
    expect(await gw.next()).toEqual({ op: 9, d: false, s: null, t: null });
    gw.socket.close(1000);
  });

  it("replays the dispatches a resumed session missed, then RESUMED", async () => {
    discord = await startEmulator();
    const first = await openSocket(`${discord.gatewayUrl}?v=10&encoding=json`);
    await first.next();
    first.send({ op: 2, d: { token: discord.token, intents: 1, properties: {} } });
    const ready = (await first.next()).d as { session_id: string };
    await first.next();
    first.socket.close(4000);
    await first.closeCode();
    const added = discord.addChannel({ name: "late-news" });
    const second = await openSocket(`${discord.gatewayUrl}?v=10&encoding=json`);
    await second.next();
    second.send({ op: 6, d: { token: discord.token, session_id: ready.session_id, seq: 2 } });
    const replayed = await second.next();
    expect([replayed.t, replayed.s, (replayed.d as { id: string }).id]).toEqual([
      "CHANNEL_CREATE",
      3,
      added.id,
    ]);
    const resumed = await second.next();
    expect([resumed.t, resumed.s]).toEqual(["RESUMED", 4]);
    second.socket.close(1000);
  });
});
