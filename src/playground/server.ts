import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type {
  APIApplicationCommand,
  CommandOptionValue,
  EmulatedMessage,
  Emulator,
} from "../emulator/index.js";
import type { Logger } from "../logger.js";
import { publicDir } from "./paths.js";

/**
 * The playground's web server: serves the Discord-like page from src/playground/public and turns the
 * page's clicks into real interactions through the emulator, which dispatches them to the bot's own
 * discord.js client. Live updates go to the page as server-sent events. Loopback only.
 */
export interface PlaygroundOptions {
  emulator: Emulator;
  /** Must be a loopback address; default 127.0.0.1. */
  host?: string;
  /** 0 picks a free port. */
  port: number;
  logger: Logger;
}

export interface Playground {
  readonly url: string;
  close(): Promise<void>;
}

const PUBLIC_FILES: Record<string, { file: string; type: string }> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/index.html": { file: "index.html", type: "text/html; charset=utf-8" },
  "/app.js": { file: "app.js", type: "text/javascript; charset=utf-8" },
  "/markdown.js": { file: "markdown.js", type: "text/javascript; charset=utf-8" },
  "/style.css": { file: "style.css", type: "text/css; charset=utf-8" },
};

/** Same-origin only: the page may not load or contact anything beyond the playground itself. */
const SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
};

const MAX_BODY_BYTES = 64 * 1024;
/** Interaction labels kept for the page (oldest forgotten first). */
const MAX_REMEMBERED = 1000;

/** A button's text as the page shows it (emoji and label), or null when the message has no such button. */
export function buttonLabel(message: EmulatedMessage | undefined, customId: string): string | null {
  for (const row of message?.components ?? []) {
    const components = (row as { components?: unknown[] }).components ?? [];
    for (const component of components as {
      custom_id?: string;
      label?: string;
      emoji?: { name?: string };
    }[]) {
      if (component.custom_id !== customId) continue;
      const text = [component.emoji?.name, component.label].filter(Boolean).join(" ").trim();
      return text || null;
    }
  }
  return null;
}

export function isLoopbackHost(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}

export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const host = options.host ?? "127.0.0.1";
  if (!isLoopbackHost(host)) {
    throw new Error(`The playground binds to loopback only, not ${host}.`);
  }
  const { emulator, logger } = options;
  const assets = new Map<string, Buffer>();
  for (const { file } of Object.values(PUBLIC_FILES)) {
    if (!assets.has(file)) {
      assets.set(file, await readFile(path.join(publicDir(), file)));
    }
  }
  const streams = new Set<ServerResponse>();
  /** What each interaction was ("used /article latest", "clicked “Summary”"), by interaction id. */
  const used = new Map<string, string>();
  const remember = (interactionId: string, label: string): string => {
    used.set(interactionId, label);
    if (used.size > MAX_REMEMBERED) used.delete(used.keys().next().value!);
    broadcast("used", { id: interactionId, used: label });
    return label;
  };

  const broadcast = (event: string, data: unknown): void => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const stream of streams) stream.write(frame);
  };
  /** Channel ids the page knows: a message elsewhere (a new thread) sends the list again first. */
  const known = new Set<string>();
  const onMessage = (message: EmulatedMessage, change: "create" | "update" | "delete"): void => {
    if (!known.has(message.channel_id)) {
      const channels = listChannels(emulator);
      for (const channel of channels) known.add(channel.id);
      broadcast("channels", { channels });
    }
    broadcast("message-change", { change, message });
  };
  const onCommands = (): void => broadcast("commands", { commands: allCommands(emulator) });
  const onReady = (): void => broadcast("bot", { connected: true });
  emulator.on("message", onMessage);
  emulator.on("commands", onCommands);
  emulator.on("ready", onReady);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://playground.invalid");
    const asset = PUBLIC_FILES[url.pathname];
    if (req.method === "GET" && asset) {
      res.writeHead(200, { "content-type": asset.type, ...SECURITY_HEADERS });
      res.end(assets.get(asset.file));
      return;
    }
    if (req.method === "GET" && url.pathname === "/favicon.ico") {
      res.writeHead(204, SECURITY_HEADERS);
      res.end();
      return;
    }
    if (req.method === "GET" && url.pathname === "/api/state") {
      sendJson(res, 200, { ...snapshot(emulator), used: Object.fromEntries(used) });
      return;
    }
    if (req.method === "GET" && url.pathname === "/api/events") {
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        connection: "keep-alive",
        ...SECURITY_HEADERS,
      });
      res.write(": connected\n\n");
      streams.add(res);
      req.on("close", () => streams.delete(res));
      return;
    }
    if (req.method === "POST" && url.pathname.startsWith("/api/")) {
      if (!sameOrigin(req)) {
        sendJson(res, 403, { error: "cross-origin requests are refused" });
        return;
      }
      const body = await readJson(req);
      await handleAction(url.pathname, body, res);
      return;
    }
    sendJson(res, 404, { error: "not found" });
  };

  const handleAction = async (path: string, body: unknown, res: ServerResponse): Promise<void> => {
    const input = (typeof body === "object" && body !== null ? body : {}) as Record<
      string,
      unknown
    >;
    const channel = typeof input.channel === "string" ? input.channel : "general";
    const name = typeof input.name === "string" ? input.name : "";
    const subcommand = typeof input.subcommand === "string" ? input.subcommand : undefined;
    const options = optionRecord(input.options);
    if (path === "/api/commands") {
      if (!name) return sendJson(res, 400, { error: "name is required" });
      const run = await emulator.runCommand({
        name,
        channel,
        options,
        ...(subcommand ? { subcommand } : {}),
      });
      const label = remember(run.id, `used /${subcommand ? `${name} ${subcommand}` : name}`);
      return sendJson(res, 202, { id: run.id, used: label });
    }
    if (path === "/api/autocomplete") {
      const focused = typeof input.focused === "string" ? input.focused : "";
      if (!name || !focused) return sendJson(res, 400, { error: "name and focused are required" });
      const choices = await emulator.autocomplete({
        name,
        channel,
        options,
        focused,
        ...(subcommand ? { subcommand } : {}),
      });
      return sendJson(res, 200, { choices });
    }
    if (path === "/api/click") {
      const messageId = typeof input.messageId === "string" ? input.messageId : "";
      const customId = typeof input.customId === "string" ? input.customId : "";
      if (!messageId || !customId) {
        return sendJson(res, 400, { error: "messageId and customId are required" });
      }
      const button = buttonLabel(emulator.message(messageId), customId);
      const run = await emulator.clickButton({ message: messageId, customId });
      const label = remember(run.id, button ? `clicked “${button}”` : "clicked a button");
      return sendJson(res, 202, { id: run.id, used: label });
    }
    sendJson(res, 404, { error: "not found" });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.warn({ err: error, path: req.url }, "playground request failed");
      if (!res.headersSent) sendJson(res, 500, { error: (error as Error).message });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;

  return {
    url,
    close: async () => {
      emulator.off("message", onMessage);
      emulator.off("commands", onCommands);
      emulator.off("ready", onReady);
      for (const stream of streams) stream.end();
      streams.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function allCommands(emulator: Emulator): APIApplicationCommand[] {
  const byName = new Map<string, APIApplicationCommand>();
  for (const command of [...emulator.commands(), ...emulator.commands(emulator.guildId)]) {
    byName.set(command.name, command);
  }
  return [...byName.values()];
}

/** Threads (Discuss opens them on article messages) share the id of the message they start on. */
const THREAD_TYPES = new Set([10, 11, 12]);

/**
 * The text channels in order, each followed by its threads: the list the page shows. The emulator
 * lists no threads among a guild's channels (as Discord), so they are found by their messages.
 */
export function listChannels(
  emulator: Emulator,
): Array<{ id: string; name: string; parentId?: string }> {
  const out: Array<{ id: string; name: string; parentId?: string }> = [];
  const text = emulator
    .channels()
    .filter((channel) => channel.type === 0 || channel.type === 5)
    .sort((a, b) => a.position - b.position);
  for (const channel of text) {
    out.push({ id: channel.id, name: channel.name });
    for (const message of emulator.messages(channel.id)) {
      const thread = emulator.channel(message.id);
      if (thread && THREAD_TYPES.has(thread.type) && thread.parent_id === channel.id) {
        out.push({ id: thread.id, name: thread.name, parentId: channel.id });
      }
    }
  }
  return out;
}

function snapshot(emulator: Emulator) {
  const channels = listChannels(emulator);
  return {
    guild: { id: emulator.guildId, name: "Newsdesk playground" },
    user: emulator.user,
    bot: emulator.bot,
    connected: emulator.connected,
    channels,
    commands: allCommands(emulator),
    messages: channels.flatMap((channel) =>
      emulator.messages(channel.id).filter((message) => !message.deleted),
    ),
  };
}

function optionRecord(value: unknown): Record<string, CommandOptionValue> {
  const out: Record<string, CommandOptionValue> = {};
  if (typeof value !== "object" || value === null) return out;
  for (const [key, raw] of Object.entries(value)) {
    if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") {
      out[key] = raw;
    }
  }
  return out;
}

/** The page posts from its own origin; anything else (another site in the same browser) is refused. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error("request body too large");
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...SECURITY_HEADERS });
  res.end(JSON.stringify(value));
}
