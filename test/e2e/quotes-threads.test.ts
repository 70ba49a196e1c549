import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

// Every extraction runs over a 1 ms limit (a thread cannot even start in that time), so each one
// is stopped: what the reader sees, and that the bot goes on serving.
describe("/quotes when the article's extraction runs over its time", () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ env: { QUOTE_TIMEOUT_MS: "1" } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("tells the reader in an ephemeral message, offers no speakers, and keeps serving", async () => {
    const run = await h.emulator.runCommand({
      name: "quotes",
      options: { article: h.fixtures.longId },
    });
    await run.waitFor((x) => (x.original()?.content ?? "").length > 0);
    const message = run.original()!;
    expect(message.flags).toBe(64);
    expect(message.content).toMatch(/is too long to read for quotes in time/);
    expect(
      h.logs.some((r) => r.msg === "quote extraction ran over its time; stopping its thread"),
    ).toBe(true);

    const speakers = await h.emulator.autocomplete({
      name: "quotes",
      options: { article: h.fixtures.longId, speaker: "jane" },
      focused: "speaker",
    });
    expect(speakers).toEqual([]);

    const next = await h.emulator.runCommand({ name: "article", subcommand: "latest" });
    expect(await next.callback()).toMatchObject({ type: 4, ok: true });
    expect(h.logs.filter((r) => r.level === "error")).toEqual([]);
  });
});
