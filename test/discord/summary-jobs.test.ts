import { DiscordAPIError } from "discord.js";
import { describe, expect, it } from "vitest";
import { editOriginalWhenAcknowledged } from "../../src/discord/summary-jobs.js";

function discordError(status: number, code: number): DiscordAPIError {
  return new DiscordAPIError({ code, message: "x" }, code, status, "PATCH", "/x", {
    body: undefined,
    files: undefined,
  });
}

describe("editOriginalWhenAcknowledged", () => {
  it("waits for a deferral still on its way and edits once it has landed", async () => {
    let calls = 0;
    await editOriginalWhenAcknowledged(
      async () => {
        calls++;
        if (calls < 3) throw discordError(404, 10008);
      },
      Date.now(),
      new AbortController().signal,
    );
    expect(calls).toBe(3);
  });

  it("gives up at once on an interaction past its acknowledgement window", async () => {
    let calls = 0;
    const edit = async () => {
      calls++;
      throw discordError(404, 10008);
    };
    await expect(
      editOriginalWhenAcknowledged(edit, Date.now() - 6_000, new AbortController().signal),
    ).rejects.toThrow(DiscordAPIError);
    expect(calls).toBe(1);
  });

  it("passes any other failure on without waiting", async () => {
    let calls = 0;
    const edit = async () => {
      calls++;
      throw discordError(401, 50027);
    };
    await expect(
      editOriginalWhenAcknowledged(edit, Date.now(), new AbortController().signal),
    ).rejects.toThrow(DiscordAPIError);
    expect(calls).toBe(1);
  });
});
