import { describe, expect, it } from "vitest";
import { findMentions, mentionsPinged, pingedMentions } from "../../src/emulator/mentions.js";

const message = (content: string, allowed_mentions: unknown, flags = 0) =>
  ({ content, flags, allowed_mentions }) as Parameters<typeof mentionsPinged>[0];

describe("findMentions", () => {
  it("finds user, nickname, role and @everyone/@here mentions", () => {
    expect(findMentions("<@1> <@!2> <@&3> @here")).toEqual({
      users: ["1", "2"],
      roles: ["3"],
      everyone: true,
    });
    expect(findMentions("plain text, <#123> is a channel, not a person")).toEqual({
      users: [],
      roles: [],
      everyone: false,
    });
  });
});

describe("pingedMentions", () => {
  it("keeps only whitelisted ids when parse leaves a kind out", () => {
    expect(pingedMentions(message("<@1> <@2> <@&3>", { parse: [], users: ["2"] }))).toEqual({
      users: ["2"],
      roles: [],
      everyone: false,
    });
  });
});

describe("mentionsPinged", () => {
  it("pings everything written when allowed_mentions is absent, as Discord does by default", () => {
    expect(mentionsPinged(message("hi <@1>", null))).toBe(true);
    expect(mentionsPinged(message("hi @everyone", null))).toBe(true);
  });

  it("pings nobody with parse: []", () => {
    expect(mentionsPinged(message("<@1> <@&2> @everyone", { parse: [] }))).toBe(false);
  });

  it("pings @everyone only when parse includes everyone", () => {
    expect(mentionsPinged(message("@everyone", { parse: ["users"] }))).toBe(false);
    expect(mentionsPinged(message("@everyone", { parse: ["everyone"] }))).toBe(true);
  });

  it("never pings from an ephemeral message or one without mentions", () => {
    expect(mentionsPinged(message("<@1>", null, 64))).toBe(false);
    expect(mentionsPinged(message("no one here", null))).toBe(false);
  });
});
