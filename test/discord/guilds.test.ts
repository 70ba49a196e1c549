import { PermissionFlagsBits as P } from "discord.js";
import { describe, expect, it } from "vitest";
import { computePermissions } from "../../src/discord/guilds.js";

const base = {
  guildId: "1",
  ownerId: "9",
  userId: "5",
  roles: [
    { id: "1", permissions: String(P.ViewChannel | P.SendMessages) },
    { id: "2", permissions: String(P.EmbedLinks) },
  ],
  memberRoles: ["2"],
  overwrites: [],
};

describe("computePermissions", () => {
  it("adds the member's roles to @everyone", () => {
    expect(computePermissions(base)).toBe(P.ViewChannel | P.SendMessages | P.EmbedLinks);
  });

  it("applies @everyone, then role, then member overwrites, in Discord's order", () => {
    const permissions = computePermissions({
      ...base,
      overwrites: [
        { id: "1", type: 0, allow: "0", deny: String(P.SendMessages) },
        { id: "2", type: 0, allow: String(P.SendMessages), deny: String(P.EmbedLinks) },
        { id: "5", type: 1, allow: String(P.EmbedLinks), deny: String(P.ViewChannel) },
      ],
    });
    expect(permissions).toBe(P.SendMessages | P.EmbedLinks);
  });

  it("gives the owner and administrators everything, overwrites or not", () => {
    const deny = [{ id: "5", type: 1, allow: "0", deny: String(P.SendMessages) }];
    expect(computePermissions({ ...base, userId: "9", overwrites: deny }) & P.SendMessages).toBe(
      P.SendMessages,
    );
    const admin = {
      ...base,
      roles: [...base.roles, { id: "3", permissions: String(P.Administrator) }],
      memberRoles: ["3"],
    };
    expect(computePermissions({ ...admin, overwrites: deny }) & P.SendMessages).toBe(
      P.SendMessages,
    );
  });
});
