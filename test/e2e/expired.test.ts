import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createManualClock } from "../../src/clock.js";
import type { InteractionHandle } from "../../src/emulator/index.js";
import { type Harness, startHarness } from "./harness.js";

describe("an interaction that expired before the bot answered", () => {
  const clock = createManualClock(Date.now());
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ emulator: { clock } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("is logged as a warning, does not crash the bot, and the next command works", async () => {
    // The emulator's clock jumps 5 s right after dispatch: the callback arrives "late" (10062).
    const late = (handle: InteractionHandle) => {
      h.emulator.off("interaction", late);
      void handle;
      clock.advance(5_000);
    };
    h.emulator.on("interaction", late);
    const expired = await h.emulator.runCommand({ name: "article", subcommand: "latest" });
    const refused = await expired.callback();
    expect(refused).toMatchObject({ ok: false, error: { code: 10062 } });
    await vi.waitFor(() =>
      expect(h.logs.some((r) => r.msg === "interaction expired or unknown")).toBe(true),
    );
    expect(h.logs.filter((r) => r.level === "error")).toEqual([]);

    const next = await h.emulator.runCommand({ name: "article", subcommand: "latest" });
    expect(await next.callback()).toMatchObject({ type: 4, ok: true });
  });
});
