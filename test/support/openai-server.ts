/**
 * A local OpenAI-compatible server for tests: `POST /v1/chat/completions` as JSON or as a
 * server-sent-event stream (when the request says `stream: true`), scriptable per request. The real
 * `openai` SDK talks to it over HTTP: `new OpenAI({ baseURL: server.baseURL, apiKey: "test" })`.
 *
 *   const server = await startOpenAiTestServer();
 *   server.script((request) => request.index === 0 ? { status: 429 } : { content: answerJson({ summary: "…" }) });
 *   …
 *   expect(server.requests).toHaveLength(2);
 *   await server.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  /** 0-based, in arrival order. */
  index: number;
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  /** The parsed JSON body (null when it was not JSON). */
  body: Record<string, unknown> | null;
  /** True when the request asked for a stream. */
  stream: boolean;
  /** The chat messages sent, for assertions on the prompt. */
  messages: Array<{ role: string; content: string }>;
}

/** An answer: JSON completion, or SSE chunks when the request streams. */
export interface AnswerReply {
  content: string;
  /** Reported usage; null leaves it out. Default: 100 prompt, 20 completion tokens. */
  usage?: { prompt_tokens: number; completion_tokens: number } | null;
  /** Waits before sending headers (use with short client timeouts, not for pacing tests). */
  delayMs?: number;
  /** Streams: characters per SSE event (default 8). */
  chunkSize?: number;
  /** Streams: send this many content events, then stall (headers sent, body never ends). */
  stallAfterChunks?: number;
  /** Streams: wait this long before each content event (a model writing slowly). */
  chunkDelayMs?: number;
  model?: string;
}

export interface StatusReply {
  status: number;
  body?: unknown;
  /** Extra headers; `retry-after-ms: 0` is sent by default so the SDK retries at once. */
  headers?: Record<string, string>;
}

/** Never answers (headers are never sent). */
export interface HangReply {
  hang: true;
}

export type Reply = AnswerReply | StatusReply | HangReply;
export type ScriptHandler = (request: RecordedRequest) => Reply | Promise<Reply>;

export interface OpenAiTestServer {
  /** e.g. http://127.0.0.1:54321/v1 — pass as the SDK's baseURL. */
  baseURL: string;
  /** Every request seen, in order (chat completions and anything else). */
  requests: RecordedRequest[];
  /** Replaces the handler for the requests that follow. */
  script(handler: ScriptHandler): void;
  close(): Promise<void>;
}

/** The JSON text a well-behaved model answers with. */
export function answerJson(answer: { summary: string; keyPoints?: string[] }): string {
  return JSON.stringify({ summary: answer.summary, keyPoints: answer.keyPoints ?? [] });
}

/** A handler that answers the given replies in order, then repeats the last one. */
export function inSequence(...replies: Reply[]): ScriptHandler {
  let next = 0;
  return () => {
    const reply = replies[Math.min(next, replies.length - 1)];
    next++;
    if (!reply) throw new Error("inSequence needs at least one reply");
    return reply;
  };
}

const DEFAULT_REPLY: AnswerReply = {
  content: answerJson({ summary: "A summary from the test server." }),
};

function sendJson(response: ServerResponse, status: number, body: unknown, headers = {}) {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

export async function startOpenAiTestServer(
  options: { handler?: ScriptHandler } = {},
): Promise<OpenAiTestServer> {
  let handler: ScriptHandler = options.handler ?? (() => DEFAULT_REPLY);
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      void respond(request, Buffer.concat(chunks).toString("utf8"), response).catch((error) => {
        if (!response.headersSent) sendJson(response, 500, { error: { message: String(error) } });
        else response.destroy();
      });
    });
  });

  async function respond(request: IncomingMessage, text: string, response: ServerResponse) {
    let body: Record<string, unknown> | null = null;
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      body = null;
    }
    const recorded: RecordedRequest = {
      index: requests.length,
      method: request.method ?? "",
      path: request.url ?? "",
      headers: request.headers,
      body,
      stream: body?.stream === true,
      messages: Array.isArray(body?.messages)
        ? (body.messages as Array<{ role: string; content: string }>)
        : [],
    };
    requests.push(recorded);
    if (request.method !== "POST" || !request.url?.endsWith("/chat/completions")) {
      sendJson(response, 404, { error: { message: "not found" } });
      return;
    }
    const reply = await handler(recorded);
    if ("hang" in reply) return; // the client's timeout or abort ends it
    if ("status" in reply) {
      sendJson(
        response,
        reply.status,
        reply.body ?? { error: { message: `scripted ${reply.status}`, type: "test" } },
        { "retry-after-ms": "0", ...reply.headers },
      );
      return;
    }
    if (reply.delayMs) await wait(reply.delayMs);
    if (response.destroyed) return;
    const model = reply.model ?? String(body?.model ?? "test-model");
    const usage =
      reply.usage === null
        ? undefined
        : (reply.usage ?? { prompt_tokens: 100, completion_tokens: 20 });
    const id = `chatcmpl-test-${recorded.index}`;
    const created = Math.floor(Date.now() / 1000);
    if (!recorded.stream) {
      sendJson(response, 200, {
        id,
        object: "chat.completion",
        created,
        model,
        choices: [
          {
            index: 0,
            message: { role: "assistant", content: reply.content },
            finish_reason: "stop",
          },
        ],
        ...(usage
          ? { usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } }
          : {}),
      });
      return;
    }
    response.writeHead(200, {
      "content-type": "text/event-stream",
      "cache-control": "no-cache",
      connection: "keep-alive",
    });
    const event = (data: unknown) => response.write(`data: ${JSON.stringify(data)}\n\n`);
    const base = { id, object: "chat.completion.chunk", created, model };
    event({ ...base, choices: [{ index: 0, delta: { role: "assistant", content: "" } }] });
    const size = Math.max(1, reply.chunkSize ?? 8);
    let sent = 0;
    for (let i = 0; i < reply.content.length; i += size) {
      if (reply.stallAfterChunks !== undefined && sent >= reply.stallAfterChunks) return; // stall
      if (reply.chunkDelayMs)
        await new Promise((resolve) => setTimeout(resolve, reply.chunkDelayMs));
      if (response.destroyed) return;
      event({
        ...base,
        choices: [{ index: 0, delta: { content: reply.content.slice(i, i + size) } }],
      });
      sent++;
    }
    if (reply.stallAfterChunks !== undefined && sent >= reply.stallAfterChunks) return;
    event({ ...base, choices: [{ index: 0, delta: {}, finish_reason: "stop" }] });
    if (usage) {
      event({
        ...base,
        choices: [],
        usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
      });
    }
    response.write("data: [DONE]\n\n");
    response.end();
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    script(next) {
      handler = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
