import { DefaultRestOptions, REST, type RESTOptions } from "discord.js";
import { type GlobalLimiter, isInvalidResponse } from "../queue/global-limit.js";

/** Routes addressed with an interaction token: exempt from Discord's global limit. */
export function isTokenRoute(route: string): boolean {
  return route.startsWith("/interactions/") || route.startsWith("/webhooks/");
}

/** The route of a full API URL (`…/api/v10/channels/1/messages` → `/channels/1/messages`). */
function routeOf(url: string): string {
  const path = new URL(url).pathname;
  const match = /\/v\d+(\/.*)$/.exec(path);
  return match?.[1] ?? path;
}

/**
 * A REST client with Discord's global limit shared across processes. The limiter sits in
 * `makeRequest` — the moment a request (or discord.js's own retry of it) actually leaves, after
 * discord.js's per-route queues — so the pace Discord sees is the pace reserved. Every request that
 * counts (channel messages, channel and member look-ups, …) takes a slot; the interaction callback
 * and token webhooks go straight through. Invalid responses (401, 403, non-shared 429) are counted
 * toward backing off.
 */
export function createLimitedRest(options: Partial<RESTOptions>, limiter: GlobalLimiter): REST {
  const send = options.makeRequest ?? DefaultRestOptions.makeRequest;
  const rest = new REST({
    ...options,
    async makeRequest(url, init) {
      if (!isTokenRoute(routeOf(url))) await limiter.acquire(init.signal ?? undefined);
      return await send(url, init);
    },
  });
  rest.on("response", (_request, response) => {
    if (isInvalidResponse(response.status, response.headers.get("x-ratelimit-scope"))) {
      limiter.noteInvalid();
    }
  });
  return rest;
}
