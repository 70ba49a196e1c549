import { describe, expect, it } from "vitest";
import {
  describeDisabled,
  describeFeedError,
  describeFeedStatus,
  feedStatusOf,
} from "../../src/feed-io/describe.js";
import { newFeed } from "../../src/feeds/feed.js";
import type { Feed } from "../../src/feeds/types.js";
import { translator } from "../../src/i18n/t.js";

const NOW = Date.parse("2024-03-06T08:00:00Z");

function feed(change: (feed: Feed) => void = () => {}): Feed {
  const created = newFeed({
    url: "https://example.com/feed.xml",
    title: "Gazette",
    now: NOW,
    follower: { guildId: "g", channelId: "c", addedBy: "u", addedAt: NOW, paused: false },
  });
  change(created);
  return created;
}

describe("describeFeedError", () => {
  it("words a failure code in English by default and in the locale given", () => {
    expect(describeFeedError("network")).toBe("the site cannot be reached");
    expect(describeFeedError("network", translator("fr"))).toBe("le site est injoignable");
  });
});

describe("describeDisabled", () => {
  it("words both reasons for a disabling", () => {
    expect(
      describeDisabled({ code: "too-many-failures", failures: 5, lastError: "malformed" }),
    ).toBe("disabled after 5 failed polls in a row (the feed is broken)");
    expect(describeDisabled({ code: "removed-upstream", status: 410 }, translator("de"))).toBe(
      "abgeschaltet: Der Feed existiert nicht mehr (HTTP 410)",
    );
  });
});

describe("feedStatusOf", () => {
  it("tells active, paused for one server, failing and disabled apart", () => {
    expect(feedStatusOf(feed(), "g")).toEqual({ kind: "active" });
    const paused = feed((f) => {
      f.followers[0]!.paused = true;
    });
    expect(feedStatusOf(paused, "g")).toEqual({ kind: "paused" });
    expect(feedStatusOf(paused, "other")).toEqual({ kind: "active" });
    const failing = feed((f) => {
      f.state.consecutiveFailures = 2;
      f.state.lastError = { code: "timeout", message: "", at: NOW };
    });
    expect(feedStatusOf(failing, null)).toEqual({ kind: "failing", failures: 2, error: "timeout" });
    const gone = feed((f) => {
      f.state.disabled = { code: "removed-upstream", status: 404 };
    });
    expect(feedStatusOf(gone, "g")).toMatchObject({ kind: "disabled" });
  });
});

describe("describeFeedStatus", () => {
  it("keeps the English words the CLI prints, and follows the locale given", () => {
    const failing = feed((f) => {
      f.state.consecutiveFailures = 3;
      f.state.lastError = { code: "http-status", message: "", at: NOW };
    });
    expect(describeFeedStatus(feed(), "g")).toBe("active");
    expect(describeFeedStatus(failing, "g")).toBe(
      "failing (3 in a row: the server answers with an error)",
    );
    expect(describeFeedStatus(failing, "g", translator("es-ES"))).toBe(
      "con fallos (3 seguidos: el servidor responde con un error)",
    );
    expect(describeFeedStatus(feed(), "g", translator("ja"))).toBe("有効");
  });
});
