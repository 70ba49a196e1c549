import { describe, expect, it } from "vitest";
import { describeFeed, describePreview } from "../../src/discord/feed-views.js";
import { newFeed } from "../../src/feeds/feed.js";
import type { Feed, FeedItem } from "../../src/feeds/types.js";
import { translator } from "../../src/i18n/t.js";

const NOW = Date.parse("2024-03-06T08:00:00Z");
const GUILD = "100000000000000001";

function feed(change: (feed: Feed) => void = () => {}): Feed {
  const created = newFeed({
    url: "https://example.com/feed.xml",
    title: "Gazette",
    now: NOW,
    follower: { guildId: GUILD, channelId: "2", addedBy: "3", addedAt: NOW, paused: false },
  });
  created.format = "rss";
  change(created);
  return created;
}

const failing = feed((f) => {
  f.state.consecutiveFailures = 3;
  f.state.lastError = { code: "timeout", message: "No answer in 10 s.", at: NOW };
  f.state.lastSuccessAt = NOW - 60_000;
});

describe("describeFeed", () => {
  it("words status, polls and footer in the reader's locale", () => {
    const embed = describeFeed(failing, GUILD, translator("de"));
    expect(embed.description?.split("\n")).toEqual([
      "https://example.com/feed.xml",
      "Status: fehlerhaft (3-mal in Folge: die Website antwortet nicht rechtzeitig)",
      `Zuletzt gelesen <t:${Math.floor((NOW - 60_000) / 1000)}:R>`,
      `Nächster Abruf <t:${Math.floor(NOW / 1000)}:R>`,
    ]);
    expect(embed.footer?.text).toBe(`ID ${failing.id} · rss`);
  });

  it("shows no next poll for a disabled or paused feed", () => {
    const disabled = feed((f) => {
      f.state.disabled = { code: "removed-upstream", status: 410 };
    });
    expect(describeFeed(disabled, GUILD, translator("ja")).description?.split("\n")).toEqual([
      "https://example.com/feed.xml",
      "状態: フィードが存在しないため無効になりました(HTTP 410)",
      "未取得",
    ]);
    const paused = feed((f) => {
      f.followers[0]!.paused = true;
    });
    expect(describeFeed(paused, GUILD, translator("fr")).description).toBe(
      "https://example.com/feed.xml\nÉtat : en pause\nPas encore lu",
    );
  });

  it("stays English without a translator", () => {
    expect(describeFeed(failing, GUILD).description).toContain(
      "Status: failing (3 in a row: the site does not answer in time)",
    );
  });
});

const untitled: FeedItem = {
  key: "hash:x",
  title: "",
  link: null,
  publishedAt: null,
  author: null,
  contentHtml: "",
};

describe("describePreview", () => {
  it("words the preview in the reader's locale, an untitled item included", () => {
    const message = describePreview(
      { feed: feed(), created: true, preview: [untitled] },
      translator("es-ES"),
    );
    expect(message.content).toBe(
      "Siguiendo **Gazette**: sus artículos nuevos llegan con la próxima consulta y entran en la búsqueda y los resúmenes programados de este servidor.",
    );
    expect(message.embeds?.[0]).toMatchObject({
      title: "Entradas más recientes",
      description: "• (sin título)",
    });
    const empty = describePreview(
      { feed: feed(), created: true, preview: [] },
      translator("pt-BR"),
    );
    expect(empty.embeds?.[0]?.description).toBe("O feed ainda não tem itens.");
  });
});
