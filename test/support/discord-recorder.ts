import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedCall {
  method: string;
  /** 200, or 429 when the recorder's global limit refused it. */
  status: number;
  /** Path after the API version, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  body: Record<string, unknown> | null;
  at: number;
}

export interface DiscordRecorder {
  /** Pass as DISCORD_API_URL. */
  apiUrl: string;
  calls: RecordedCall[];
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<Record<string, unknown> | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString();
  try {
    return text ? (JSON.parse(text) as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * A loopback stand-in for Discord's REST API that records every call and answers each with a
 * message object: enough for workers that finish interactions over their tokens. With
 * `globalPerSecond` it enforces Discord's global limit (any 1 s window; token routes exempt) and
 * answers a global 429 past it.
 */
export async function startDiscordRecorder(
  options: { globalPerSecond?: number } = {},
): Promise<DiscordRecorder> {
  const calls: RecordedCall[] = [];
  /** Arrival times of the requests that count against the global limit, last second only. */
  const window: number[] = [];
  let sequence = 0;
  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const path = decodeURIComponent((request.url ?? "").replace(/^\/api\/v\d+/, ""));
      const at = Date.now();
      const counted = !path.startsWith("/webhooks/") && !path.startsWith("/interactions/");
      while (window.length > 0 && window[0]! <= at - 1000) window.shift();
      if (counted && options.globalPerSecond !== undefined) {
        if (window.length >= options.globalPerSecond) {
          calls.push({ method: request.method ?? "", status: 429, path, body, at });
          response.writeHead(429, {
            "content-type": "application/json",
            "retry-after": "1",
            "x-ratelimit-global": "true",
            "x-ratelimit-scope": "global",
          });
          response.end(
            JSON.stringify({
              message: "You are being rate limited.",
              retry_after: 1,
              global: true,
            }),
          );
          return;
        }
        window.push(at);
      }
      calls.push({ method: request.method ?? "", status: 200, path, body, at });
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ id: String(1_000_000_000_000_000_000n + BigInt(++sequence)) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
