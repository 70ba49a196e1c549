import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/emulator/index.js";
import { listChannels } from "../../src/playground/server.js";

let discord: Emulator;
beforeAll(async () => {
  discord = await startEmulator();
});
afterAll(async () => {
  await discord.close();
});

async function api(method: string, route: string, body: unknown) {
  const response = await fetch(`${discord.apiUrl}/v10${route}`, {
    method,
    headers: { authorization: `Bot ${discord.token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { id: string };
}

describe("listChannels", () => {
  it("lists each text channel followed by the threads opened on its messages", async () => {
    const general = discord.channelId("general");
    const article = await api("POST", `/channels/${general}/messages`, { content: "Article" });
    await api("POST", `/channels/${general}/messages/${article.id}/threads`, {
      name: "Tram strike",
    });
    const channels = listChannels(discord);
    const index = channels.findIndex((c) => c.id === general);
    expect(channels[index + 1]).toEqual({ id: article.id, name: "Tram strike", parentId: general });
    expect(channels.map((c) => c.name)).toContain("news-digest");
  });
});
