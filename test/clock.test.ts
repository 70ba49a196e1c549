import { describe, expect, it } from "vitest";
import { createManualClock } from "../src/clock.js";

describe("createManualClock", () => {
  it("stays still until it is set or advanced", () => {
    const clock = createManualClock(1_000);
    expect(clock.now()).toBe(1_000);
    clock.advance(250);
    expect(clock.now()).toBe(1_250);
    clock.set(5);
    expect(clock.now()).toBe(5);
  });
});
