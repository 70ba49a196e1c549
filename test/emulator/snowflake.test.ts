import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createManualClock } from "../../src/clock.js";
import { createSnowflakeGenerator, timestampOfSnowflake } from "../../src/emulator/snowflake.js";

describe("createSnowflakeGenerator", () => {
  it("encodes the clock time the way Discord does", () => {
    const clock = createManualClock(Date.UTC(2026, 10, 30));
    const next = createSnowflakeGenerator(clock);
    expect(timestampOfSnowflake(next())).toBe(Date.UTC(2026, 10, 30));
    expect(createSnowflakeGenerator(createManualClock(1_420_070_400_000 + 1))()).toBe(
      String(1n << 22n),
    );
  });

  it("stays strictly increasing whatever the clock does", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5000, max: 5000 }), { maxLength: 200 }), (steps) => {
        const clock = createManualClock(Date.UTC(2026, 0, 1));
        const next = createSnowflakeGenerator(clock);
        let last = BigInt(next());
        for (const step of steps) {
          clock.advance(step);
          const id = BigInt(next());
          expect(id > last).toBe(true);
          last = id;
        }
      }),
    );
  });
});

describe("timestampOfSnowflake", () => {
  it("reads the time of a known Discord id", () => {
    expect(new Date(timestampOfSnowflake("175928847299117063")).toISOString()).toBe(
      "2016-04-30T11:18:25.796Z",
    );
  });
});
