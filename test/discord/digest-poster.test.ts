import { DiscordAPIError, HTTPError, PermissionFlagsBits, REST } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDeliveryError } from "../../src/digests/ports.js";
import {
  classifyDiscordError,
  createDigestPoster,
  toMessageBody,
} from "../../src/discord/digest-poster.js";
import { renderMessage } from "../../src/discord/render.js";
import { type Emulator, startEmulator } from "../../src/emulator/index.js";

let emulator: Emulator;
let rest: REST;

beforeAll(async () => {
  emulator = await startEmulator();
  // No client-side retries, and every 429 handed back, so each fault shows as it is.
  rest = new REST({ api: emulator.apiUrl, retries: 0, rejectOnRateLimit: () => true }).setToken(
    emulator.token,
  );
});

afterAll(async () => {
  await emulator?.close();
});

const payload = renderMessage({ content: "Digest @everyone", embeds: [{ title: "A" }] });

async function failureOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (e: unknown) => e,
  );
  if (!isDeliveryError(error)) throw error;
  return error;
}

describe("toMessageBody", () => {
  it("sends the nonce with enforce_nonce and no mentions", () => {
    expect(toMessageBody(payload, "n1")).toEqual({
      content: "Digest @everyone",
      embeds: [{ title: "A" }],
      allowed_mentions: { parse: [] },
      nonce: "n1",
      enforce_nonce: true,
    });
  });
});

describe("createDigestPoster", () => {
  it("posts a message that pings no one", async () => {
    const channel = emulator.addChannel({ name: "poster-ok" }).id;
    const { messageId } = await createDigestPoster(() => rest).post(channel, payload, "nonce-ok-1");
    const [message] = emulator.messages(channel);
    expect(message?.id).toBe(messageId);
    expect(message?.embeds[0]?.title).toBe("A");
    expect(emulator.mentionsPinged(message!)).toBe(false);
  });

  it("gets the same message back for a repeated nonce instead of posting twice", async () => {
    const channel = emulator.addChannel({ name: "poster-dedupe" }).id;
    const poster = createDigestPoster(() => rest);
    const first = await poster.post(channel, payload, "nonce-dup-1");
    const again = await poster.post(channel, payload, "nonce-dup-1");
    expect(again.messageId).toBe(first.messageId);
    expect(emulator.messages(channel)).toHaveLength(1);
  });

  it("reports a channel where the bot may not post as forbidden", async () => {
    const channel = emulator.addChannel({ name: "poster-denied" }).id;
    emulator.faults.denyChannel(channel, PermissionFlagsBits.SendMessages);
    const error = await failureOf(createDigestPoster(() => rest).post(channel, payload, "n-403"));
    expect(error.kind).toBe("forbidden");
    expect(error.status).toBe(403);
  });

  it("reports a deleted channel as not found", async () => {
    const channel = emulator.addChannel({ name: "poster-deleted" }).id;
    emulator.faults.deleteChannel(channel);
    const error = await failureOf(createDigestPoster(() => rest).post(channel, payload, "n-404"));
    expect(error.kind).toBe("not-found");
  });

  it("reports a 500 as transient", async () => {
    const channel = emulator.addChannel({ name: "poster-500" }).id;
    emulator.faults.nextRest(
      { method: "POST", route: "/channels/:channelId/messages" },
      { status: 500 },
    );
    const error = await failureOf(createDigestPoster(() => rest).post(channel, payload, "n-500"));
    expect(error.kind).toBe("transient");
    expect(emulator.messages(channel)).toHaveLength(0);
  });

  it("waits out a rate limit the client hands back, then posts", async () => {
    const channel = emulator.addChannel({ name: "poster-429" }).id;
    emulator.faults.nextRest(
      { method: "POST", route: "/channels/:channelId/messages" },
      { status: 429, retryAfter: 30 },
    );
    const waits: number[] = [];
    const poster = createDigestPoster(() => rest, {
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    await poster.post(channel, payload, "n-429");
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(50);
    expect(emulator.messages(channel)).toHaveLength(1);
  });
});

describe("classifyDiscordError", () => {
  const request = { body: undefined, files: undefined, json: undefined };
  const apiError = (status: number, code: number) =>
    new DiscordAPIError({ code, message: "x" }, code, status, "POST", "/x", request);

  it("maps 403, 404, 5xx and other 4xx to forbidden, not-found, transient and rejected", () => {
    expect(classifyDiscordError(apiError(403, 50013)).kind).toBe("forbidden");
    expect(classifyDiscordError(apiError(404, 10003)).kind).toBe("not-found");
    expect(classifyDiscordError(apiError(502, 0)).kind).toBe("transient");
    expect(classifyDiscordError(apiError(400, 50035)).kind).toBe("rejected");
  });

  it("treats HTTP errors, timeouts and network failures as transient", () => {
    expect(
      classifyDiscordError(new HTTPError(503, "Service Unavailable", "POST", "/x", request)).kind,
    ).toBe("transient");
    expect(classifyDiscordError(new DOMException("aborted", "AbortError")).kind).toBe("transient");
    expect(classifyDiscordError(new TypeError("fetch failed")).kind).toBe("transient");
  });
});
