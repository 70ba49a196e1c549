import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedCall {
  method: string;
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
 * message object: enough for workers that finish interactions over their tokens.
 */
export async function startDiscordRecorder(): Promise<DiscordRecorder> {
  const calls: RecordedCall[] = [];
  let sequence = 0;
  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const path = decodeURIComponent((request.url ?? "").replace(/^\/api\/v\d+/, ""));
      calls.push({ method: request.method ?? "", path, body, at: Date.now() });
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
