import { Routes } from "discord.js";
import { describe, expect, it } from "vitest";
import { createFeedNotifier } from "../../src/discord/feed-notice.js";
import { newFeed } from "../../src/feeds/feed.js";
import type { Feed } from "../../src/feeds/types.js";
import { silentLogger } from "../../src/logger.js";

const NOW = Date.parse("2024-03-06T08:00:00Z");

function disabledFeed(guildLocale?: string): Feed {
  const feed = newFeed({
    url: "https://example.com/feed.xml",
    title: "Gazette",
    now: NOW,
    follower: {
      guildId: "g1",
      channelId: "c1",
      addedBy: "u",
      addedAt: NOW,
      paused: false,
      ...(guildLocale ? { guildLocale } : {}),
    },
  });
  feed.state.disabled = { code: "removed-upstream", status: 410 };
  return feed;
}

/** Posts what the notifier sends, as Discord's REST would receive it. */
async function noticeOf(feed: Feed, settingsLanguage: string | null): Promise<string> {
  const posts: { route: string; content: string }[] = [];
  const rest = {
    post: async (route: string, options?: { body?: unknown }) => {
      const body = options?.body as { content?: string } | undefined;
      posts.push({ route, content: body?.content ?? "" });
      return {};
    },
  };
  const asked: string[] = [];
  const notifier = createFeedNotifier(
    () => rest as never,
    silentLogger,
    async (guildId) => {
      asked.push(guildId);
      return settingsLanguage;
    },
  );
  await notifier.feedDisabled(feed);
  expect(asked).toEqual(["g1"]);
  expect(posts.map((p) => p.route)).toEqual([Routes.channelMessages("c1")]);
  return posts[0]!.content;
}

describe("createFeedNotifier", () => {
  it("words the notice in the server's /settings language first", async () => {
    expect(await noticeOf(disabledFeed("ja"), "de")).toBe(
      `Der Feed **Gazette** (https://example.com/feed.xml) ist abgeschaltet: Der Feed existiert nicht mehr (HTTP 410). Ein Mitglied mit „Kanäle verwalten“ kann ihn mit \`/feed resume feed:${disabledFeed().id}\` wieder einschalten.`,
    );
  });

  it("falls back to the locale the server had at /feed add, then English", async () => {
    expect(await noticeOf(disabledFeed("ja"), null)).toMatch(
      /^フィード \*\*Gazette\*\*\(https:\/\/example\.com\/feed\.xml\)はフィードが存在しないため無効になりました\(HTTP 410\)。/,
    );
    expect(await noticeOf(disabledFeed(), null)).toMatch(
      /^The feed \*\*Gazette\*\* \(https:\/\/example\.com\/feed\.xml\) is disabled: the feed is gone \(HTTP 410\)\. A member with Manage Channels/,
    );
  });
});
