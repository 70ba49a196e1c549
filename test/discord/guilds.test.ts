import { PermissionFlagsBits as P } from "discord.js";
import { describe, expect, it } from "vitest";
import { computePermissions, createRestGuildDirectory } from "../../src/discord/guilds.js";
import { isUserError, localizedUserErrorText, type UserError } from "../../src/errors.js";

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

describe("createRestGuildDirectory", () => {
  it("refuses without a bot token, worded in the reader's locale", async () => {
    const directory = createRestGuildDirectory(() => null);
    const error = await directory.channel("1").catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as UserError).message).toBe(
      "This bot has no Discord token: it cannot look up channels.",
    );
    expect(localizedUserErrorText(error as UserError, "fr")).toBe(
      "Ce bot n’a pas de jeton Discord : il ne peut pas consulter les salons.",
    );
  });
});
