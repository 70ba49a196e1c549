import { describe, expect, it } from "vitest";
import { DEFAULT_SINCE_MS, parseSince } from "../../src/briefings/since.js";

const now = Date.parse("2026-12-01T12:00:00Z");

describe("parseSince", () => {
  it("defaults to the last 24 hours", () => {
    expect(parseSince(undefined, now)).toBe(now - DEFAULT_SINCE_MS);
    expect(parseSince("  ", now)).toBe(now - DEFAULT_SINCE_MS);
  });

  it("reads durations in minutes, hours, days and weeks", () => {
    expect(parseSince("90m", now)).toBe(now - 90 * 60_000);
    expect(parseSince("6H", now)).toBe(now - 6 * 3_600_000);
    expect(parseSince("3d", now)).toBe(now - 3 * 86_400_000);
    expect(parseSince("2w", now)).toBe(now - 14 * 86_400_000);
  });

  it("reads a day as UTC midnight", () => {
    expect(parseSince("2026-11-25", now)).toBe(Date.parse("2026-11-25T00:00:00Z"));
  });

  it("refuses nonsense, impossible days, the future and more than a year", () => {
    for (const bad of ["yesterday", "0h", "2026-02-30", "2027-01-01", "400d", "-3d"]) {
      expect(parseSince(bad, now)).toBeNull();
    }
  });
});
