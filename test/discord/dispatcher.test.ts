import { describe, expect, it } from "vitest";
import {
  GENERIC_FAILURE,
  isExpiredInteraction,
  type Repliable,
  respondWithError,
} from "../../src/discord/dispatcher.js";
import { UserError } from "../../src/errors.js";
import { createMemoryLogger } from "../../src/logger.js";

/** A stand-in interaction that records what the error path sends. */
function fakeInteraction(
  state: {
    deferred?: boolean;
    replied?: boolean;
    ephemeral?: boolean | null;
    fail?: unknown;
    failDelete?: unknown;
  } = {},
) {
  const sent: Array<{ via: string; options: unknown }> = [];
  const send = (via: string) => async (options: unknown) => {
    if (state.fail) throw state.fail;
    sent.push({ via, options });
  };
  const interaction: Repliable = {
    id: "900",
    guildId: "100",
    deferred: state.deferred ?? false,
    replied: state.replied ?? false,
    ephemeral: state.ephemeral ?? null,
    reply: send("reply"),
    editReply: send("editReply"),
    deleteReply: async () => {
      if (state.failDelete) throw state.failDelete;
      sent.push({ via: "deleteReply", options: null });
    },
    followUp: send("followUp"),
  };
  return { interaction, sent };
}

const discordError = (code: number) => Object.assign(new Error("Unknown interaction"), { code });

describe("respondWithError", () => {
  it("replies to a UserError with its message, ephemerally, without logging an error", async () => {
    const logger = createMemoryLogger();
    const { interaction, sent } = fakeInteraction();
    await respondWithError(interaction, new UserError("No such article."), {
      logger,
      command: "x",
    });
    expect(sent).toEqual([
      {
        via: "reply",
        options: {
          content: "No such article.",
          embeds: [],
          components: [],
          allowedMentions: { parse: [] },
          flags: 64,
        },
      },
    ]);
    expect(logger.records.filter((r) => r.level === "error")).toEqual([]);
  });

  it("deletes a public deferred reply and tells the person in an ephemeral follow-up", async () => {
    const { interaction, sent } = fakeInteraction({ deferred: true, ephemeral: false });
    await respondWithError(interaction, new UserError("No quotes in that article."), {
      logger: createMemoryLogger(),
      command: "quotes",
    });
    expect(sent.map((s) => s.via)).toEqual(["deleteReply", "followUp"]);
    expect(sent[1]?.options).toMatchObject({ content: "No quotes in that article.", flags: 64 });
  });

  it("edits a public deferred reply into the notice when it cannot be deleted", async () => {
    const logger = createMemoryLogger();
    const { interaction, sent } = fakeInteraction({
      deferred: true,
      ephemeral: false,
      failDelete: discordError(50013),
    });
    await respondWithError(interaction, new UserError("Too slow."), { logger, command: "x" });
    expect(sent.map((s) => s.via)).toEqual(["editReply"]);
    expect(logger.records.some((r) => r.msg === "could not delete the public deferred reply")).toBe(
      true,
    );
  });

  it("edits the deferred reply instead of replying", async () => {
    const { interaction, sent } = fakeInteraction({ deferred: true });
    await respondWithError(interaction, new UserError("Too slow."), {
      logger: createMemoryLogger(),
      command: "x",
    });
    expect(sent.map((s) => s.via)).toEqual(["editReply"]);
    expect(sent[0]?.options).not.toHaveProperty("flags");
  });

  it("follows up when the interaction was already answered", async () => {
    const { interaction, sent } = fakeInteraction({ replied: true });
    await respondWithError(interaction, new UserError("Nope."), {
      logger: createMemoryLogger(),
      command: "x",
    });
    expect(sent.map((s) => s.via)).toEqual(["followUp"]);
  });

  it("logs an unexpected error with the command and ids and shows only a generic message", async () => {
    const logger = createMemoryLogger();
    const { interaction, sent } = fakeInteraction();
    const error = new Error("ECONNREFUSED 10.0.0.1:443 at Socket.connect (secret stack)");
    await respondWithError(interaction, error, { logger, command: "summarize" });
    expect(sent[0]?.options).toMatchObject({ content: GENERIC_FAILURE, flags: 64 });
    expect(JSON.stringify(sent)).not.toContain("ECONNREFUSED");
    expect(logger.records).toEqual([
      {
        level: "error",
        obj: { command: "summarize", guildId: "100", interactionId: "900", err: error },
        msg: "command failed",
      },
    ]);
  });

  it("logs an expired interaction (10062) as a warning and sends nothing", async () => {
    const logger = createMemoryLogger();
    const { interaction, sent } = fakeInteraction();
    await respondWithError(interaction, discordError(10062), { logger, command: "x" });
    expect(sent).toEqual([]);
    expect(logger.records.map((r) => r.level)).toEqual(["warn"]);
  });

  it("never throws when the error message itself cannot be sent", async () => {
    const logger = createMemoryLogger();
    const { interaction } = fakeInteraction({ fail: discordError(10062) });
    await expect(
      respondWithError(interaction, new UserError("x"), { logger, command: "x" }),
    ).resolves.toBeUndefined();
    expect(logger.records.map((r) => r.level)).toEqual(["warn"]);
  });
});

describe("isExpiredInteraction", () => {
  it("recognizes Discord's unknown-interaction codes only", () => {
    expect(isExpiredInteraction(discordError(10062))).toBe(true);
    expect(isExpiredInteraction(discordError(50013))).toBe(false);
    expect(isExpiredInteraction(new Error("x"))).toBe(false);
  });
});
