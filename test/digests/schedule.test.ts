import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeNextRun, parseSchedule, validateTimeZone } from "../../src/digests/schedule.js";
import { isUserError } from "../../src/errors.js";

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function userErrorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isUserError(error)) return error.message;
    throw error;
  }
  throw new Error("expected a UserError");
}

describe("validateTimeZone", () => {
  it("accepts IANA names and returns the canonical spelling", () => {
    expect(validateTimeZone("europe/paris")).toBe("Europe/Paris");
    expect(validateTimeZone(" UTC ")).toBe("UTC");
  });

  it("names the unknown time zone in the error", () => {
    expect(userErrorOf(() => validateTimeZone("Mars/Olympus"))).toContain('"Mars/Olympus"');
  });
});

describe("parseSchedule", () => {
  it("reads a daily time as a cron pattern in the given zone", () => {
    expect(parseSchedule("daily 8:05", "Europe/Paris")).toEqual({
      text: "daily 08:05",
      cron: "5 8 * * *",
      timezone: "Europe/Paris",
    });
  });

  it("reads a weekly day and time, in any case and with full day names", () => {
    expect(parseSchedule("Weekly Monday 09:30")).toEqual({
      text: "weekly mon 09:30",
      cron: "30 9 * * 1",
      timezone: "UTC",
    });
  });

  it("keeps a valid cron expression as typed", () => {
    expect(parseSchedule("0 8 * * 1-5", "America/New_York").cron).toBe("0 8 * * 1-5");
  });

  it("names the faulty field of an invalid cron expression", () => {
    const message = userErrorOf(() => parseSchedule("61 * * * *"));
    expect(message).toContain('"61 * * * *"');
    expect(message).toMatch(/minute/i);
  });

  it("refuses a cron expression that never runs", () => {
    expect(userErrorOf(() => parseSchedule("0 0 30 2 *"))).toContain("never runs");
  });

  it("explains the accepted forms for text that is no schedule", () => {
    expect(userErrorOf(() => parseSchedule("every morning"))).toContain("daily HH:MM");
    expect(userErrorOf(() => parseSchedule("daily 25:00"))).toContain('"25:00"');
    expect(userErrorOf(() => parseSchedule("weekly someday 10:00"))).toContain('"someday"');
  });

  it("names an invalid time zone before anything else", () => {
    expect(userErrorOf(() => parseSchedule("daily 08:00", "Nowhere/City"))).toContain(
      '"Nowhere/City"',
    );
  });
});

describe("computeNextRun", () => {
  it("runs a daily schedule at the local time in its zone", () => {
    const schedule = parseSchedule("daily 08:00", "Asia/Kolkata");
    expect(iso(computeNextRun(schedule, at("2026-01-10T00:00:00Z")))).toBe(
      "2026-01-10T02:30:00.000Z",
    );
  });

  it("is strictly after the reference time", () => {
    const schedule = parseSchedule("daily 08:00");
    expect(iso(computeNextRun(schedule, at("2026-01-10T08:00:00Z")))).toBe(
      "2026-01-11T08:00:00.000Z",
    );
  });

  it("keeps 09:00 local across the US spring change (UTC offset moves by an hour)", () => {
    const schedule = parseSchedule("weekly mon 09:00", "America/New_York");
    const first = computeNextRun(schedule, at("2026-03-03T00:00:00Z"));
    const second = computeNextRun(schedule, first!);
    expect(iso(first)).toBe("2026-03-09T13:00:00.000Z"); // EDT (UTC-4), DST began on the 8th
    expect(iso(computeNextRun(schedule, at("2026-03-01T00:00:00Z")))).toBe(
      "2026-03-02T14:00:00.000Z", // EST (UTC-5)
    );
    expect(second! - first!).toBe(7 * 24 * 3600_000);
  });

  it("runs once on the spring-forward day when the local time does not exist", () => {
    // Europe/Berlin skips 02:00–03:00 on 2026-03-29: the run moves to 03:00 local, once.
    const schedule = parseSchedule("daily 02:30", "Europe/Berlin");
    let t = at("2026-03-27T12:00:00Z");
    const runs: string[] = [];
    for (let i = 0; i < 4; i++) {
      t = computeNextRun(schedule, t)!;
      runs.push(iso(t)!);
    }
    expect(runs).toEqual([
      "2026-03-28T01:30:00.000Z",
      "2026-03-29T01:00:00.000Z",
      "2026-03-30T00:30:00.000Z",
      "2026-03-31T00:30:00.000Z",
    ]);
  });

  it("runs once on the fall-back day when the local time happens twice", () => {
    // Europe/Berlin repeats 02:00–03:00 on 2026-10-25.
    const schedule = parseSchedule("daily 02:30", "Europe/Berlin");
    let t = at("2026-10-24T12:00:00Z");
    const runs: string[] = [];
    for (let i = 0; i < 2; i++) {
      t = computeNextRun(schedule, t)!;
      runs.push(iso(t)!);
    }
    expect(runs).toEqual(["2026-10-25T00:30:00.000Z", "2026-10-26T01:30:00.000Z"]);
  });

  it("gives one run per local day for daily schedules, in any zone and season", () => {
    const zones = ["UTC", "Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata"];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: at("2025-01-01T00:00:00Z"), max: at("2027-01-01T00:00:00Z") }),
        (zone, hour, minute, start) => {
          const schedule = parseSchedule(`daily ${hour}:${String(minute).padStart(2, "0")}`, zone);
          const first = computeNextRun(schedule, start)!;
          const second = computeNextRun(schedule, first)!;
          expect(first).toBeGreaterThan(start);
          expect(first - start).toBeLessThanOrEqual(25 * 3600_000);
          // Consecutive runs are a day apart, give or take a DST shift (at most an hour).
          expect(Math.abs(second - first - 24 * 3600_000)).toBeLessThanOrEqual(3600_000);
        },
      ),
      { numRuns: 200 },
    );
  });
});
