import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createManualClock } from "../../src/clock.js";
import { escapeText } from "../../src/discord/render.js";
import { isUserError, localizedUserErrorText, type UserError } from "../../src/errors.js";
import { createFeedRuntime, type FeedRuntime } from "../../src/feed-io/runtime.js";
import { checkFeedUrl } from "../../src/feeds/service.js";
import { silentLogger } from "../../src/logger.js";
import { createStore, type Store } from "../../src/store/store.js";
import { type FeedServer, rssOf, startFeedServer } from "../support/feed-server.js";

const NOW = Date.parse("2024-03-06T08:00:00Z");
const scope = { guildId: "100000000000000001", channelId: "200000000000000001", userId: "3" };

let server: FeedServer;
let store: Store;
let runtime: FeedRuntime;
beforeAll(async () => {
  server = await startFeedServer();
  server.set("/page.xml", {
    body: "<!doctype html><html><body>Hello</body></html>",
    contentType: "text/html",
  });
  server.set("/broken.xml", { status: 500, body: "no" });
  server.set("/good.xml", {
    body: rssOf("Good", server.origin, [
      { guid: "g1", title: "Good news", link: server.url("/g/1"), description: "Good things." },
    ]),
  });
  store = await createStore({ url: "memory://", logger: silentLogger });
  runtime = createFeedRuntime({
    store,
    clock: createManualClock(NOW),
    logger: silentLogger,
    allowPrivate: false,
    allowOrigins: [server.origin],
    sink: { put: async () => {} },
    timeoutMs: 5_000,
  });
});
afterAll(async () => {
  await runtime?.close();
  await store?.close();
  await server?.close();
});

async function refusal(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: unknown) => e,
  );
  expect(isUserError(error)).toBe(true);
  return error as UserError;
}

/** The refusal as the Discord dispatcher words it for a reader in `locale`. */
const shown = (error: UserError, locale: string) =>
  localizedUserErrorText(error, locale, escapeText);

describe("checkFeedUrl", () => {
  it("refuses a bad address in English, worded in the reader's locale in Discord", () => {
    const bad = (input: string) => {
      try {
        checkFeedUrl(input);
      } catch (error) {
        return error as UserError;
      }
      throw new Error("expected a refusal");
    };
    expect(bad("nope").message).toBe(
      "That is not a valid feed address: give a full URL starting with https://.",
    );
    expect(shown(bad("nope"), "de")).toBe(
      "Das ist keine gültige Feed-Adresse: Gib eine vollständige URL an, die mit https:// beginnt.",
    );
    expect(shown(bad("ftp://example.com/feed"), "ja")).toBe(
      "フィードは http か https でのみ読み込みます。",
    );
    expect(shown(bad("https://me:pw@example.com/feed"), "pt-BR")).toBe(
      "Endereços de feed com nome de usuário ou senha não são aceitos.",
    );
  });
});

describe("createFeedService", () => {
  it("words what the feed or its server answered in the reader's locale", async () => {
    const service = runtime.service;
    const page = await refusal(service.add(server.url("/page.xml"), scope));
    expect(page.message).toMatch(/^That address serves a web page, not a feed/);
    expect(shown(page, "de")).toBe(
      "Unter dieser Adresse liegt eine Webseite, kein Feed: Such auf der Website nach dem RSS- oder Atom-Link.",
    );
    const status = await refusal(service.add(server.url("/broken.xml"), scope));
    expect(status.message).toBe("The server answered with HTTP 500.");
    expect(shown(status, "fr")).toBe("Le serveur a répondu HTTP 500.");
  });

  it("words a refused address in the reader's locale, escaping the host", async () => {
    const error = await refusal(runtime.service.add("http://127.0.0.1:9/feed.xml", scope));
    expect(shown(error, "es-ES")).toMatch(/^Esa dirección no es pública \(127\\\.0\.0\.1: /);
  });

  it("words an unknown feed in the reader's locale, escaping what was typed", async () => {
    const added = await runtime.service.add(server.url("/good.xml"), scope);
    expect(added.feed.title).toBe("Good");
    const error = await refusal(runtime.service.remove("*nope*", scope));
    expect(error.message).toBe(
      'No feed "*nope*" here: see the list of feeds for ids and addresses.',
    );
    expect(shown(error, "ja")).toBe(
      "ここに「\\*nope\\*」というフィードはありません。ID とアドレスはフィードの一覧で確認してください。",
    );
  });
});
