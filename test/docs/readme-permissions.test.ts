import { readFileSync } from "node:fs";
import path from "node:path";
import { PermissionFlagsBits } from "discord.js";
import { describe, expect, it } from "vitest";

const readme = readFileSync(path.join(import.meta.dirname, "../../README.md"), "utf8");

/** The README's invite step, from "Invite the bot" to the authorize URL. */
function inviteStep(): string {
  const start = readme.indexOf("Invite the bot");
  const end = readme.indexOf("oauth2/authorize", start);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return readme.slice(start, readme.indexOf("\n", end));
}

describe("README invite permissions", () => {
  it("states an integer equal to the sum of the permissions it lists, in the text and the URL", () => {
    const step = inviteStep().replace(/\s+/g, " ");
    const listed = {
      "View Channel": PermissionFlagsBits.ViewChannel,
      "Send Messages,": PermissionFlagsBits.SendMessages,
      "Embed Links": PermissionFlagsBits.EmbedLinks,
      "Read Message History": PermissionFlagsBits.ReadMessageHistory,
      "Create Public Threads": PermissionFlagsBits.CreatePublicThreads,
      "Send Messages in Threads": PermissionFlagsBits.SendMessagesInThreads,
    };
    let sum = 0n;
    for (const [name, bit] of Object.entries(listed)) {
      expect(step).toContain(name);
      sum |= bit;
    }
    const stated = /permission integer `(\d+)`/.exec(step)?.[1];
    const inUrl = /permissions=(\d+)/.exec(step)?.[1];
    expect(stated).toBe(sum.toString());
    expect(inUrl).toBe(sum.toString());
  });
});
