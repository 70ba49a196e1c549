import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/emulator/index.js";
import { Permission } from "../../src/emulator/model.js";

/** Manage Threads (the emulator's Permission table does not name it). */
const MANAGE_THREADS = 1n << 34n;

let discord: Emulator;
beforeAll(async () => {
  discord = await startEmulator();
});
afterAll(async () => {
  await discord.close();
});

async function api(method: string, route: string, body?: unknown) {
  const response = await fetch(`${discord.apiUrl}/v10${route}`, {
    method,
    headers: { authorization: `Bot ${discord.token}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return {
    status: response.status,
    body: (await response.json().catch(() => null)) as Record<string, unknown> | null,
  };
}

async function post(channelId: string, content: string): Promise<string> {
  const sent = await api("POST", `/channels/${channelId}/messages`, { content });
  expect(sent.status).toBe(200);
  return String(sent.body!.id);
}

describe("registerThreadRoutes", () => {
  it("starts a public thread on a message: the message's id, its channel as parent", async () => {
    const general = discord.channelId("general");
    const messageId = await post(general, "An article");
    const started = await api("POST", `/channels/${general}/messages/${messageId}/threads`, {
      name: "Tram strike",
      auto_archive_duration: 1440,
    });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({
      id: messageId,
      type: 11,
      parent_id: general,
      name: "Tram strike",
      thread_metadata: { archived: false, auto_archive_duration: 1440 },
    });
    // Messages in the thread; the thread is a channel, but not one of the guild's listed channels.
    await post(messageId, "A question");
    expect(discord.messages(messageId).map((m) => m.content)).toEqual(["A question"]);
    expect((await api("GET", `/channels/${messageId}`)).body).toMatchObject({ type: 11 });
    const listed = await api("GET", `/guilds/${discord.guildId}/channels`);
    expect((listed.body as unknown as Array<{ id: string }>).map((c) => c.id)).not.toContain(
      messageId,
    );
  });

  it("refuses a second thread on the same message with 160004", async () => {
    const general = discord.channelId("general");
    const messageId = await post(general, "Another article");
    const route = `/channels/${general}/messages/${messageId}/threads`;
    expect((await api("POST", route, { name: "One" })).status).toBe(201);
    const again = await api("POST", route, { name: "Two" });
    expect(again).toMatchObject({ status: 400, body: { code: 160004 } });
  });

  it("refuses a thread on a message inside a thread (50024) and a bad name (50035)", async () => {
    const general = discord.channelId("general");
    const threadId = await post(general, "Parent");
    await api("POST", `/channels/${general}/messages/${threadId}/threads`, { name: "T" });
    const inner = await post(threadId, "Inside");
    const nested = await api("POST", `/channels/${threadId}/messages/${inner}/threads`, {
      name: "Nested",
    });
    expect(nested).toMatchObject({ status: 400, body: { code: 50024 } });
    const unnamed = await api("POST", `/channels/${general}/messages/${inner}/threads`, {
      name: "",
    });
    expect(unnamed.status).toBe(404);
    const other = await post(general, "No name");
    const bad = await api("POST", `/channels/${general}/messages/${other}/threads`, { name: "" });
    expect(bad).toMatchObject({ status: 400, body: { code: 50035 } });
  });

  it("needs Create Public Threads to start one and Send Messages in Threads to post in one", async () => {
    const channel = discord.addChannel({ name: "locked" });
    const messageId = await post(channel.id, "Article");
    discord.faults.denyChannel(channel.id, Permission.CreatePublicThreads);
    const refused = await api("POST", `/channels/${channel.id}/messages/${messageId}/threads`, {
      name: "No",
    });
    expect(refused).toMatchObject({ status: 403, body: { code: 50013 } });
    discord.faults.allowChannel(channel.id);
    const started = await api("POST", `/channels/${channel.id}/messages/${messageId}/threads`, {
      name: "Yes",
    });
    expect(started.status).toBe(201);
    // The thread has its parent's overwrites: denying Send Messages in Threads there silences it,
    // while the parent channel itself still takes messages.
    discord.faults.denyChannel(channel.id, Permission.SendMessagesInThreads);
    const inThread = await api("POST", `/channels/${messageId}/messages`, { content: "x" });
    expect(inThread).toMatchObject({ status: 403, body: { code: 50013 } });
    expect(await post(channel.id, "still fine")).toBeTruthy();
  });

  it("deletes a thread with Manage Threads only; a new one can then start on its message", async () => {
    const moderated = discord.addGuild({
      name: "Moderated",
      roles: [{ name: "thread mod", permissions: MANAGE_THREADS }],
      botRoles: ["thread mod"],
    });
    const plain = discord.channelId("general");
    const plainMessage = await post(plain, "Kept");
    await api("POST", `/channels/${plain}/messages/${plainMessage}/threads`, { name: "Kept" });
    expect(await api("DELETE", `/channels/${plainMessage}`)).toMatchObject({
      status: 403,
      body: { code: 50013 },
    });
    // Only threads: deleting an ordinary channel is not modelled.
    expect((await api("DELETE", `/channels/${plain}`)).body).toMatchObject({ code: 50024 });
    const general = discord.channelId("general", moderated.id);
    const messageId = await post(general, "Gone");
    await api("POST", `/channels/${general}/messages/${messageId}/threads`, { name: "Old" });
    expect((await api("DELETE", `/channels/${messageId}`)).status).toBe(200);
    expect(await api("GET", `/channels/${messageId}`)).toMatchObject({
      status: 404,
      body: { code: 10003 },
    });
    const again = await api("POST", `/channels/${general}/messages/${messageId}/threads`, {
      name: "New",
    });
    expect(again).toMatchObject({ status: 201, body: { id: messageId, name: "New" } });
  });
});
