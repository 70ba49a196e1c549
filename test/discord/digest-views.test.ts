import { describe, expect, it } from "vitest";
import type { Subscription } from "../../src/digests/types.js";
import {
  describeFailure,
  describeRunOutcome,
  describeSubscription,
} from "../../src/discord/digest-views.js";
import { translator } from "../../src/i18n/t.js";

function subscription(fields: Partial<Subscription> = {}): Subscription {
  return {
    id: "s1",
    guildId: "g",
    channelId: "c1",
    schedule: { text: "daily 08:00", cron: "0 8 * * *", timezone: "UTC" },
    filters: { source: "example.com", keywords: ["port"] },
    length: "short",
    postEmpty: true,
    cursor: { addedAt: 0, id: "" },
    nextRunAt: 1_000_000,
    lastRunAt: null,
    state: { status: "active" },
    pending: null,
    createdAt: 0,
    createdBy: "u",
    ...fields,
  };
}

describe("describeSubscription", () => {
  it("words the embed in English by default, as before", () => {
    const embed = describeSubscription(subscription());
    expect(embed.title).toBe("Subscription s1");
    expect(embed.description).toContain(
      "**Filters** source example.com · keywords: port · short summaries · posts when empty",
    );
    expect(embed.description).toContain("**Last run** not yet");
    expect(embed.description).toContain("**State** active");
  });

  it("words every label, filter and state in the reader's locale", () => {
    const embed = describeSubscription(
      subscription({
        filters: { source: null, keywords: [] },
        style: "briefing",
        postEmpty: false,
        state: { status: "paused", reason: "paused by a moderator", since: 0, by: "user" },
      }),
      translator("de"),
    );
    expect(embed.title).toBe("Abo s1");
    const description = embed.description ?? "";
    expect(description).toContain("**Filter** alle Artikel · als Überblick");
    expect(description).toContain("**Nächster Lauf** — (pausiert)");
    expect(description).toContain("**Letzter Lauf** noch nicht");
    expect(description).toContain("⏸ pausiert: von einer Moderation pausiert");
    expect(description).not.toMatch(/Channel|Schedule|paused by/);
  });

  it("words a delivery pause from its failure kind in the reader's locale", () => {
    const embed = describeSubscription(
      subscription({
        state: {
          status: "paused",
          reason: "English",
          since: 0,
          by: "delivery",
          failure: "forbidden",
        },
      }),
      translator("de"),
    );
    expect(embed.description).toContain("⏸ pausiert: ich darf in <#c1> nicht mehr posten");
  });

  it("keeps a delivery pause's reason as the service worded it", () => {
    const reason = "I lost permission to post in <#c1>";
    const embed = describeSubscription(
      subscription({ state: { status: "paused", reason, since: 0, by: "delivery" } }),
      translator("fr"),
    );
    expect(embed.description).toContain(`⏸ en pause : ${reason}`);
  });
});

describe("describeFailure", () => {
  it("words a delivery failure from its kind, naming the channel", () => {
    expect(describeFailure("not-found", "english", "c1", translator("es-ES"))).toBe(
      "el canal <#c1> se eliminó o ya no puedo verlo",
    );
    expect(describeFailure("rejected", "english", null, translator("de"))).toBe(
      "Discord hat die Überblick-Nachricht abgelehnt",
    );
  });

  it("keeps the service's sentence without a kind or a channel to name", () => {
    expect(describeFailure(undefined, "english", "c1", translator("de"))).toBe("english");
    expect(describeFailure("forbidden", "english", null, translator("de"))).toBe("english");
  });
});

describe("describeRunOutcome", () => {
  it("words a paused delivery in the reader's locale", () => {
    const outcome = {
      status: "paused",
      reason: "I lost permission",
      failure: "forbidden",
    } as const;
    expect(describeRunOutcome(outcome, translator("fr"), "c9")).toMatch(
      /je n’ai plus le droit de publier dans <#c9>/,
    );
  });

  it("follows the locale it is given", () => {
    expect(describeRunOutcome({ status: "busy" }, translator("es-419"))).toBe(
      translator("es-ES")("digest.runBusy"),
    );
  });
});
