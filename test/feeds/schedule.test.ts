import { describe, expect, it } from "vitest";
import {
  backoffMs,
  DEFAULT_POLL_POLICY,
  maxAgeOf,
  pollIntervalMs,
  withJitter,
} from "../../src/feeds/schedule.js";

const MINUTE = 60_000;
const policy = DEFAULT_POLL_POLICY;

describe("pollIntervalMs", () => {
  it("uses the default interval unless the feed asks for a longer one", () => {
    expect(pollIntervalMs(policy, {})).toBe(15 * MINUTE);
    expect(pollIntervalMs(policy, { ttlMinutes: 5 })).toBe(15 * MINUTE);
    expect(pollIntervalMs(policy, { ttlMinutes: 60 })).toBe(60 * MINUTE);
    expect(pollIntervalMs(policy, { maxAgeSeconds: 1800, ttlMinutes: 20 })).toBe(30 * MINUTE);
  });

  it("never goes below the minimum nor above a day", () => {
    expect(pollIntervalMs({ ...policy, defaultIntervalMs: MINUTE }, {})).toBe(5 * MINUTE);
    expect(pollIntervalMs(policy, { ttlMinutes: 10_000 })).toBe(24 * 60 * MINUTE);
  });
});

describe("backoffMs", () => {
  it("doubles from one minute and stops at one hour", () => {
    expect([1, 2, 3, 4, 7, 8, 50].map((n) => backoffMs(policy, n) / MINUTE)).toEqual([
      1, 2, 4, 8, 60, 60, 60,
    ]);
  });
});

describe("withJitter", () => {
  it("spreads by at most the jitter share either way", () => {
    expect(withJitter(1000, 0.1, () => 0)).toBe(900);
    expect(withJitter(1000, 0.1, () => 0.5)).toBe(1000);
    expect(withJitter(1000, 0.1, () => 0.999_999)).toBe(1100);
  });
});

describe("maxAgeOf", () => {
  it("reads max-age (or s-maxage) from Cache-Control", () => {
    expect(maxAgeOf("public, max-age=600")).toBe(600);
    expect(maxAgeOf('s-maxage="120"')).toBe(120);
    expect(maxAgeOf("no-cache")).toBeNull();
    expect(maxAgeOf(null)).toBeNull();
  });
});
