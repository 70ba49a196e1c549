import {
  DiscordAPIError,
  HTTPError,
  RateLimitError,
  type REST,
  RESTJSONErrorCodes,
  Routes,
} from "discord.js";
import { DeliveryError, type DigestPoster } from "../digests/ports.js";
import type { RenderedMessage } from "./render.js";

/**
 * Maps a failed REST call to a delivery failure: 403 (and "Missing Access"/"Missing Permissions")
 * pauses, 404 ("Unknown Channel") pauses, 5xx, timeouts and network errors are transient. Other
 * 4xx (a payload Discord refuses) are "rejected": retrying would not help, so it pauses too.
 * 429s never get here: discord.js waits them out.
 */
export function classifyDiscordError(error: unknown): DeliveryError {
  if (error instanceof DiscordAPIError) {
    const message = `Discord ${error.status} (${error.code}): ${error.message}`;
    if (
      error.status === 403 ||
      error.code === RESTJSONErrorCodes.MissingAccess ||
      error.code === RESTJSONErrorCodes.MissingPermissions
    ) {
      return new DeliveryError("forbidden", message, error.status, { cause: error });
    }
    if (error.status === 404 || error.code === RESTJSONErrorCodes.UnknownChannel) {
      return new DeliveryError("not-found", message, error.status, { cause: error });
    }
    if (error.status >= 500 || error.status === 429 || error.status === 408) {
      return new DeliveryError("transient", message, error.status, { cause: error });
    }
    return new DeliveryError("rejected", message, error.status, { cause: error });
  }
  if (error instanceof HTTPError) {
    return new DeliveryError(
      "transient",
      `Discord ${error.status}: ${error.message}`,
      error.status,
      {
        cause: error,
      },
    );
  }
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new DeliveryError("transient", text, null, { cause: error });
}

/** The API body of a rendered message, with the nonce Discord dedupes on (`enforce_nonce`). */
export function toMessageBody(payload: RenderedMessage, nonce: string): Record<string, unknown> {
  const body: Record<string, unknown> = {
    embeds: payload.embeds,
    allowed_mentions: { parse: [] },
    nonce,
    enforce_nonce: true,
  };
  if (payload.content !== undefined) body.content = payload.content;
  if (payload.components.length > 0) body.components = payload.components;
  return body;
}

export interface DigestPosterOptions {
  /** How many long rate limits (429s the client hands back) to wait out for one message; default 5. */
  maxRateLimitWaits?: number;
  /** Waits `ms` (injected so tests need not sleep). */
  sleep?: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Posts digest messages through discord.js's REST client (`client.rest`). Short 429s are queued by
 * discord.js itself; a long one (the bot's client rejects waits over a few seconds so interactions
 * stay snappy) comes back as a RateLimitError and is waited out here, since a digest has time.
 * 5xx are retried a few times by discord.js, then classified as transient.
 */
export function createDigestPoster(
  rest: () => Pick<REST, "post">,
  options: DigestPosterOptions = {},
): DigestPoster {
  const maxWaits = options.maxRateLimitWaits ?? 5;
  const sleep = options.sleep ?? sleepFor;
  return {
    async post(channelId, payload, nonce) {
      for (let waits = 0; ; waits++) {
        try {
          const message = (await rest().post(Routes.channelMessages(channelId), {
            body: toMessageBody(payload as RenderedMessage, nonce),
          })) as { id: string };
          return { messageId: message.id };
        } catch (error) {
          if (error instanceof RateLimitError && waits < maxWaits) {
            await sleep(Math.max(error.retryAfter, 50));
            continue;
          }
          throw classifyDiscordError(error);
        }
      }
    },
  };
}
