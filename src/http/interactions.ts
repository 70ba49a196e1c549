import type { IncomingMessage, ServerResponse } from "node:http";
import {
  type APIInteraction,
  type APIInteractionResponse,
  InteractionResponseType,
  InteractionType,
} from "discord.js";
import type { Clock } from "../clock.js";
import type { Dispatcher } from "../discord/dispatcher.js";
import { ACK_DEADLINE_MS, createInteraction } from "../discord/interaction.js";
import { renderNotice } from "../discord/render.js";
import { createInteractionWebhooks, type InteractionRest } from "../discord/webhooks.js";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics.js";
import { checkSignature, publicKeyFromHex } from "./signature.js";

/** Requests larger than this are refused before they are read whole. */
export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * Discord waits 3 s for the initial response. A handler that has not answered by this time is
 * deferred for it (type 5 for commands, 6 for buttons, an empty list for autocomplete), leaving a
 * margin for the network; it then finishes over REST with the interaction token.
 */
export { ACK_DEADLINE_MS };

export interface InteractionsEndpointOptions {
  /** The application's public key, 64 hex digits (DISCORD_PUBLIC_KEY). */
  publicKey: string;
  dispatcher: Dispatcher;
  /** Edits and follow-ups after the initial response (no bot token needed). */
  rest: InteractionRest;
  logger: Logger;
  clock: Clock;
  metrics?: Metrics;
  ackDeadlineMs?: number;
}

const RESTARTING = "Newsdesk is restarting. Please try again in a moment.";

type Reject = "missing-headers" | "malformed-signature" | "stale" | "bad-signature";

class BodyTooLarge extends Error {
  override readonly name = "BodyTooLarge" as const;
}

/** Reads the body, refusing (without reading on) anything past `max` bytes. */
function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? "0");
  if (declared > max) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners("data");
        req.pause();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    if (res.writableEnded || res.destroyed) {
      reject(new Error("the HTTP request was already answered or closed"));
      return;
    }
    const text = JSON.stringify(body);
    res.writeHead(status, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(text),
    });
    res.end(text, () => resolve());
    res.once("error", reject);
  });
}

function refuse(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", connection: "close" });
  res.end(`${message}\n`);
}

function isInteraction(value: unknown): value is APIInteraction {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.type === "number" &&
    (v.type === InteractionType.Ping ||
      (typeof v.id === "string" &&
        typeof v.token === "string" &&
        typeof v.application_id === "string"))
  );
}

const HANDLED = new Set<number>([
  InteractionType.Ping,
  InteractionType.ApplicationCommand,
  InteractionType.MessageComponent,
  InteractionType.ApplicationCommandAutocomplete,
]);

/**
 * `POST /interactions`: Discord's signed HTTP interactions (ADR 0011). The signature is checked
 * before anything else (401, nothing done); PING gets PONG; commands, buttons and autocomplete go
 * to the same dispatcher as the gateway's, and their initial response is this HTTP reply. Nothing
 * is kept in this process between requests: any replica can take any interaction.
 */
export function createInteractionsHandler(
  options: InteractionsEndpointOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const key = publicKeyFromHex(options.publicKey);
  const { dispatcher, logger, clock, metrics } = options;
  const ackDeadline = options.ackDeadlineMs ?? ACK_DEADLINE_MS;

  const rejected = (
    res: ServerResponse,
    reason: Reject | "too-large" | "malformed" | "unknown-type",
  ) => {
    metrics?.signatureFailures.inc({ reason });
    if (reason === "too-large") refuse(res, 413, "request body too large");
    else if (reason === "malformed" || reason === "unknown-type") refuse(res, 400, "bad request");
    else refuse(res, 401, "invalid request signature");
  };

  return async (req, res) => {
    const receivedAt = clock.now();
    const header = (name: string) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    // Unsigned requests are refused before their body is read.
    if (!header("x-signature-ed25519") || !header("x-signature-timestamp")) {
      return rejected(res, "missing-headers");
    }
    let body: Buffer;
    try {
      body = await readBody(req, MAX_BODY_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLarge) return rejected(res, "too-large");
      logger.warn({ err: error }, "could not read an interaction request");
      return refuse(res, 400, "bad request");
    }
    const check = checkSignature(key, {
      signature: header("x-signature-ed25519"),
      timestamp: header("x-signature-timestamp"),
      body,
      nowMs: clock.now(),
    });
    if (!check.ok) return rejected(res, check.reason);
    let payload: unknown;
    try {
      payload = JSON.parse(body.toString("utf8"));
    } catch {
      return rejected(res, "malformed");
    }
    if (!isInteraction(payload)) return rejected(res, "malformed");
    if (!HANDLED.has(payload.type)) return rejected(res, "unknown-type");
    if (payload.type === InteractionType.Ping) {
      await sendJson(res, 200, { type: InteractionResponseType.Pong }).catch(() => undefined);
      return;
    }
    const kind = String(payload.type);
    const initial = async (response: APIInteractionResponse): Promise<void> => {
      metrics?.interactionAck.observe({ kind }, (clock.now() - receivedAt) / 1000);
      await sendJson(res, 200, response);
    };
    const interaction = createInteraction(payload, {
      transport: "http",
      initial,
      webhooks: createInteractionWebhooks(options.rest, payload.application_id, payload.token),
    });
    if (!interaction) return rejected(res, "unknown-type");
    const silent = () =>
      interaction.acknowledgeIfSilent().catch((error: unknown) => {
        logger.warn({ err: error, interactionId: payload.id }, "could not defer an interaction");
      });
    const timer = setTimeout(() => void silent(), ackDeadline);
    let outcome: Awaited<ReturnType<Dispatcher["handle"]>>;
    try {
      outcome = await dispatcher.handle(interaction);
    } finally {
      clearTimeout(timer);
    }
    // Shutting down: say so rather than leave "thinking…" that nobody will finish.
    if (outcome === "ignored" && !interaction.acknowledged && interaction.kind !== "autocomplete") {
      await interaction.reply(renderNotice(RESTARTING)).catch(() => undefined);
    }
    // A handler that answered nothing (a refusal while shutting down, a bug) still answers Discord.
    if (!interaction.acknowledged) await silent();
  };
}
